// The curator's sample for `npm start`: the municipal curator of the fictional Озёрский округ with
// their own workbook («Настройки» → Папка школ) and a shared Drive folder of school workbooks, as
// seed 001_… describes («на Google-диске в группе ОО ШНОР»). The folder holds the cases the summary
// must survive: complete schools, a school without its roadmap sheet, one with a renamed sheet, a
// file the curator cannot open, a spreadsheet that is not ours, an Excel upload, and a hostile
// file named like a formula whose school is named like HTML. «Очередь проверки» gets its cases too
// (PRODUCT.md §7): a done measure waiting for a decision, a document in the trash, a link to a
// deleted file, a link that is not a Drive file, and a school that has not changed its file for
// 40 days.
import type { CellValue } from '../../src/core/cells/cellValue';
import { SETTINGS_SHEET } from '../../src/core/template/sheets';
import { MIME } from '../../src/server/adapters/driveFolder';
import { FakeDrive } from '../../test/fakes/fakeDrive';
import { type SchoolWorkbookSpec, schoolWorkbook } from '../../test/fakes/fakeSchoolWorkbook';
import { FakeSpreadsheet } from '../../test/fakes/fakeSpreadsheet';
import type { SampleWorkbook } from './sampleWorkbook';
import { buildSchoolWorkbook } from './schoolWorkbook';
import { SAMPLE_MUNICIPALITY, SAMPLE_TIME_ZONE, sampleDate } from './settings';

export const CURATOR_FOLDER_ID = '1OzerskySchoolsFolder2024shnor';
export const CURATOR_FOLDER_NAME = 'ОО ШНОР — Озёрский округ';

/** The evidence the schools link to, on the Drive of the municipality. */
const DOCS = {
  protocol7: '1Protocol7PedsovetOzersky',
  mo8: '1Mo8MathProtocolOzersky',
  deleted: '1DeletedReportLyceum1Ozersky',
} as const;

/** The Drive items МБОУ СОШ № 2's roadmap links as evidence (the school sample's own ids). */
const SCHOOL_SAMPLE_EVIDENCE: readonly (readonly [string, string, string])[] = [
  ['sample-presentation', 'Презентация опыта.pptx', 'application/vnd.google-apps.presentation'],
  ['sample-order', 'Приказ об организации работы в Проекте.pdf', 'application/pdf'],
  ['sample-plan', 'План повышения квалификации.docx', 'application/vnd.google-apps.document'],
  ['sample-report', 'Отчёт за 1 полугодие 2024.pdf', 'application/pdf'],
  ['sample-orders', 'Приказы и локальные акты', MIME.folder],
];

const PROGRAMME: Readonly<Record<string, CellValue>> = {
  Муниципалитет: SAMPLE_MUNICIPALITY,
  'Год анализа': 2024,
  'Начало программы': sampleDate(1, 1, 2024),
  'Окончание программы': sampleDate(31, 12, 2024),
};

type Spec = Omit<SchoolWorkbookSpec, 'fileName' | 'id'>;

/** Results of one school: the procedures it wrote with the share of «2» in 2023 and 2024. */
function results(
  school: string,
  rows: readonly (readonly [string, number, number, number])[],
): Spec['results'] {
  return rows.map(([procedure, year, participants, failed]) => ({
    school,
    year,
    procedure,
    participants,
    failed,
  }));
}

const SCHOOLS: readonly (Spec & { readonly fileName: string; readonly id: string })[] = [
  {
    id: '1SchoolSosh7OzerskyShnor2024',
    fileName: 'СОШ № 7 — антирисковая программа',
    school: 'МБОУ СОШ № 7',
    settings: PROGRAMME,
    results: results('МБОУ СОШ № 7', [
      ['ВПР математика 5 класс', 2023, 48, 16],
      ['ВПР русский язык 5 класс', 2023, 47, 9],
      ['ОГЭ (математика)', 2024, 31, 10],
      ['ВПР русский язык 6 класс', 2024, 44, 8],
    ]),
    riskProfile: [
      {
        factor: 'Высокая доля обучающихся с рисками учебной неуспешности',
        indicator: 'Доля обучающихся с ограниченными возможностями здоровья',
        value: 18,
        unit: '%',
      },
      {
        factor: 'Низкая учебная мотивация обучающихся',
        indicator: 'Доля обучающихся, не подтверждающих внутренние оценки по результатам внешнего оценивания',
        value: 41,
        unit: '%',
        officialLevel: 'высокий',
      },
    ],
    roadmap: [
      { measure: 'Школьный уровень' },
      {
        number: '1.',
        measure: 'Проведение диагностики профессиональных дефицитов педагогов',
        deadline: 'Март 2024',
        done: false,
      },
      {
        number: '2.',
        measure: 'Разработка индивидуальных образовательных маршрутов для обучающихся с рисками',
        deadline: 'до 13.03.2024',
        done: false,
      },
      {
        number: '3.',
        measure: 'Педагогический совет по итогам ВПР',
        deadline: 'Ноябрь,2024',
        done: true,
        doneDate: sampleDate(12, 11, 2024),
        // Done, linked, and waiting for the curator's decision.
        documentLink: `https://drive.google.com/file/d/${DOCS.protocol7}/view?usp=sharing`,
      },
      { number: '4.', measure: 'Курсы повышения квалификации', deadline: '2 полугодие 2024', done: false },
    ],
    targets: [
      {
        indicator: 'Доля обучающихся, подтвердивших отметки на ВПР',
        unit: '%',
        base: 0.45,
        plan: 0.7,
        fact: 0.52,
      },
      { indicator: 'Доля учителей, прошедших курсы ПК', unit: '%', base: 0.4, plan: 0.9, fact: 0.95 },
    ],
  },
  {
    id: '1SchoolOosh8OzerskyShnor2024',
    fileName: 'ООШ 8 мониторинг',
    school: 'МБОУ ООШ № 8',
    settings: PROGRAMME,
    results: results('МБОУ ООШ № 8', [
      ['ВПР математика 5 класс', 2023, 12, 5],
      ['ОГЭ (математика)', 2024, 9, 1],
    ]),
    roadmap: [
      {
        number: '1.',
        measure: 'Заседание методического объединения учителей математики',
        deadline: 'Январь, сентябрь, 2024',
        done: true,
        doneDate: sampleDate(20, 9, 2024),
        // Accepted, but the school has since moved the protocol to the trash.
        documentLink: `https://drive.google.com/file/d/${DOCS.mo8}/view`,
        curatorDecision: 'Принято',
      },
      {
        number: '2.',
        measure: 'Посещение уроков администрацией',
        deadline: 'в течение года',
        done: false,
      },
    ],
    targets: [
      { indicator: 'Доля обучающихся, получивших «2» на ОГЭ', unit: '%', base: 0.4, plan: 0.2, fact: 0.11 },
    ],
  },
  {
    id: '1SchoolLyceum1OzerskyShnor24',
    fileName: 'Лицей № 1',
    school: 'МАОУ лицей № 1',
    settings: PROGRAMME,
    results: results('МАОУ лицей № 1', [
      ['ЕГЭ математика (профильная)', 2023, 40, 2],
      ['ЕГЭ русский язык', 2024, 52, 0],
    ]),
    roadmap: [
      {
        number: '1.',
        measure: 'Сетевое взаимодействие со школами-партнёрами',
        deadline: 'Весь период',
        done: false,
      },
      {
        number: '2.',
        measure: 'Отчёт о работе с обучающимися группы риска',
        deadline: 'Октябрь 2024',
        done: true,
        doneDate: sampleDate(28, 10, 2024),
        // The report was deleted for good: Drive answers «not found».
        documentLink: `https://docs.google.com/document/d/${DOCS.deleted}/edit`,
        curatorDecision: 'Принято',
      },
    ],
    targets: [{ indicator: 'Доля выпускников, сдавших ЕГЭ', unit: '%', base: 0.95, plan: 1, fact: 1 }],
  },
  {
    id: '1SchoolSosh11OzerskyShnor24',
    fileName: 'СОШ № 11',
    school: 'МБОУ СОШ № 11',
    settings: PROGRAMME,
    results: results('МБОУ СОШ № 11', [
      ['ВПР, мат., 5 кл.', 2024, 36, 12],
      ['ВПР русский язык 5 класс', 2024, 35, 11],
      ['ВПР математика 5 класс', 2023, 33, 4],
    ]),
    roadmap: [
      {
        number: '1.',
        measure: 'Отчёт о реализации антирисковой программы за 1 полугодие',
        deadline: sampleDate(30, 6, 2024),
        done: true,
        doneDate: sampleDate(5, 7, 2024),
        curatorDecision: 'На доработку',
        curatorComment: 'Нет ссылки на отчёт, приложите документ',
      },
      {
        number: '2.',
        measure: 'Родительское собрание по итогам ВПР',
        deadline: 'I квартал 2024',
        done: false,
      },
      {
        number: '3.',
        measure: 'Публикация плана мероприятий на сайте школы',
        deadline: 'Сентябрь 2024',
        done: true,
        doneDate: sampleDate(16, 9, 2024),
        // A link to the school's site, not to a Drive file.
        documentLink: 'https://sosh11-ozersk.edu.ru/docs/plan-shnor.pdf',
        curatorDecision: 'Принято',
      },
    ],
  },
  {
    // A school that deleted its roadmap: the summary says so and fills the rest.
    id: '1SchoolSosh19OzerskyShnor24',
    fileName: 'СОШ 19',
    school: 'МБОУ СОШ № 19',
    settings: PROGRAMME,
    without: ['Дорожная карта'],
    results: results('МБОУ СОШ № 19', [['ОГЭ русский язык', 2024, 28, 3]]),
  },
];

const HOSTILE_FILE_NAME = '=IMPORTXML("http://x";"//a")';
const HOSTILE_SCHOOL = '<img src=x onerror=alert(1)>';

function curatorWorkbook(): FakeSpreadsheet {
  const workbook = new FakeSpreadsheet(
    `Сводка куратора — ${SAMPLE_MUNICIPALITY}`,
    'sample-curator',
    SAMPLE_TIME_ZONE,
  );
  const rows: CellValue[][] = [
    SETTINGS_SHEET.columns.map((c) => c.header),
    ['Муниципалитет', SAMPLE_MUNICIPALITY],
    ['Дата отчёта', sampleDate(20, 11, 2024)],
    ['Папка школ', `https://drive.google.com/drive/folders/${CURATOR_FOLDER_ID}?usp=sharing`],
  ];
  const settings = workbook.addSheet(SETTINGS_SHEET.name, rows);
  settings.columnWidths.set(1, 300);
  settings.columnWidths.set(2, 420);
  settings.frozenRows = 1;
  workbook.activeSheetName = SETTINGS_SHEET.name;
  return workbook;
}

/** The folder of school workbooks behind the Drive and Sheets advanced services. */
export function buildCuratorFolder(): FakeDrive {
  const drive = new FakeDrive();
  const folder = drive.addFolder(CURATOR_FOLDER_NAME, CURATOR_FOLDER_ID);
  // МБОУ СОШ № 2: the school sample of the preview, exactly as the school fills it.
  drive.addWorkbook(
    folder,
    buildSchoolWorkbook('1SchoolSosh2OzerskyShnor2024'),
    'МБОУ СОШ № 2 — ШНОР-монитор',
  );
  for (const spec of SCHOOLS) drive.addWorkbook(folder, schoolWorkbook(spec), spec.fileName);
  drive.addDocument('Протокол педсовета по итогам ВПР.pdf', 'application/pdf', DOCS.protocol7);
  drive.addDocument(
    'Протокол заседания МО математиков.docx',
    'application/vnd.google-apps.document',
    DOCS.mo8,
  );
  drive.trashFile(DOCS.mo8);
  // МБОУ СОШ № 2's evidence (dev/sample/roadmap.ts) is there too: only the lyceum's report is the
  // preview's deleted document, not five more rows «Документ недоступен».
  for (const [id, name, mimeType] of SCHOOL_SAMPLE_EVIDENCE) drive.addDocument(name, mimeType, id);
  // DOCS.deleted is on no Drive at all: deleted for good.
  // Who last touched each school's file («Сводка» → Файл изменён, Изменил): СОШ № 19 went quiet
  // 40 days before the curator's report date.
  const touched: readonly (readonly [string, Date, string])[] = [
    ['1SchoolSosh7OzerskyShnor2024', sampleDate(18, 11, 2024), 'Смирнова Елена Викторовна'],
    ['1SchoolOosh8OzerskyShnor2024', sampleDate(14, 11, 2024), 'Кузнецов Андрей'],
    ['1SchoolLyceum1OzerskyShnor24', sampleDate(19, 11, 2024), 'Попова И. Н.'],
    ['1SchoolSosh11OzerskyShnor24', sampleDate(12, 11, 2024), 'Васильева Ольга'],
    ['1SchoolSosh19OzerskyShnor24', sampleDate(11, 10, 2024), 'Петрова Анна Владимировна'],
  ];
  for (const [id, when, who] of touched) drive.touchFile(id, when, who);
  // A school that renamed a sheet: read through its sheet list (3 calls instead of 1).
  const gymnasium = schoolWorkbook({
    id: '1SchoolGymn3OzerskyShnor2024',
    fileName: 'Гимназия 3',
    school: 'МАОУ гимназия № 3',
    settings: PROGRAMME,
  });
  gymnasium.sheet('Целевые показатели').setName('целевые  показатели');
  drive.addWorkbook(folder, gymnasium);
  const closed = schoolWorkbook({
    id: '1SchoolSosh21OzerskyShnor24',
    fileName: 'СОШ № 21',
    school: 'МБОУ СОШ № 21',
  });
  drive.addWorkbook(folder, closed);
  drive.denyAccess(closed.getId());
  const foreign = new FakeSpreadsheet('Бюджет школ 2024', '1ForeignBudgetOzersky2024xx', SAMPLE_TIME_ZONE);
  foreign.addSheet('Лист1', [
    ['Статья', 'Сумма, руб.'],
    ['Канцелярские товары', 12000],
  ]);
  drive.addWorkbook(folder, foreign);
  drive.addWorkbook(
    folder,
    schoolWorkbook({
      id: '1HostileFileOzerskyShnor2024',
      fileName: HOSTILE_FILE_NAME,
      school: HOSTILE_SCHOOL,
      settings: PROGRAMME,
    }),
  );
  drive.addFile(folder, 'СОШ № 27 (выгрузка).xlsx', MIME.excel);
  drive.addFile(folder, 'Приказ о кураторстве.pdf', 'application/pdf');
  return drive;
}

export const CURATOR_SAMPLE: SampleWorkbook = {
  id: 'curator',
  label: 'Куратор',
  create: () => ({ spreadsheet: curatorWorkbook(), extraGlobals: buildCuratorFolder().globals() }),
};
