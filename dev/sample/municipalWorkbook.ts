// The municipal sample of `npm start` (seeds 002_… and 004_…): the analyst's workbook of the
// fictional Заречный муниципальный район — «Настройки» without `Образовательная организация` (so
// «Сформировать справку» writes a municipal справка), the results of 20 schools over 2020–2024
// with 2021 missing, clusters, «Сравнение» with the region's and the municipality's shares, and the
// municipal roadmap of seed 002_…'s «Таблица 1» with its targets. No risk profile: that section of
// the справка shows what to fill.
import type { CellValue } from '../../src/core/cells/cellValue';
import { SETTING_SPECS, type Settings } from '../../src/core/settings/settings';
import {
  CLUSTERS_SHEET,
  COMPARISON_SHEET,
  RESULTS_SHEET,
  ROADMAP_SHEET,
  SETTINGS_SHEET,
  TARGETS_SHEET,
} from '../../src/core/template/sheets';
import type { FakeSpreadsheet } from '../../test/fakes/fakeSpreadsheet';
import { MUNICIPAL_RESULTS } from './municipalResults';
import { roadmapSheet, type SampleMeasure } from './roadmap';
import type { SampleWorkbook } from './sampleWorkbook';
import { sampleDate } from './settings';
import { buildTemplateWorkbook, type SampleSheets } from './templateWorkbook';

export const MUNICIPALITY = 'Заречный муниципальный район';

const VALUES: Partial<Record<keyof Settings, CellValue>> = {
  schoolName: '',
  municipality: MUNICIPALITY,
  analysisYear: '',
  lowResultThreshold: 30,
  criterion2SameProcedure: 'Нет',
  minParticipants: 5,
  reportDate: sampleDate(23, 12, 2024),
  programStart: sampleDate(1, 1, 2021),
  programEnd: sampleDate(31, 12, 2024),
  approverPosition: 'Руководитель МКУ «Информационно-методический центр»',
  approverName: 'Е. В. Ганина',
};

/** «Настройки» in the template's order. */
export const MUNICIPAL_SETTINGS: CellValue[][] = [
  SETTINGS_SHEET.columns.map((c) => c.header),
  ...SETTING_SPECS.map((spec) => [spec.label, VALUES[spec.key] ?? spec.templateValue]),
];

export const MUNICIPAL_CLUSTERS: CellValue[][] = [
  CLUSTERS_SHEET.columns.map((c) => c.header),
  ['МБОУ СОШ № 6', 2023, 'умеренно неуспевающие'],
  ['МБОУ СОШ № 7', 2023, 'сильно неуспевающие'],
  ['МБОУ ООШ № 8', 2023, 'умеренно неуспевающие'],
  ['МБОУ СОШ № 21', 2023, 'базово неуспевающие'],
  ['МБОУ СОШ № 27', 2023, 'базово неуспевающие'],
  ['МБОУ СОШ № 7', 2024, 'умеренно неуспевающие'],
];

// The aggregate rows «Импортировать результаты» writes from the ФИС ОКО exports, shares in points.
const COMPARISON_ROWS: readonly (readonly [string, string, number, string, number, number])[] = [
  ['Регион', 'Энская область', 2023, 'ВПР математика 5 класс', 28_410, 11.68],
  ['Регион', 'Энская область', 2024, 'ВПР математика 5 класс', 28_977, 10.92],
  ['Муниципалитет', MUNICIPALITY, 2024, 'ВПР математика 5 класс', 612, 12.4],
  ['Регион', 'Энская область', 2023, 'ВПР русский язык 5 класс', 28_102, 13.05],
  ['Регион', 'Энская область', 2024, 'ВПР русский язык 5 класс', 28_650, 12.31],
  ['Муниципалитет', MUNICIPALITY, 2024, 'ВПР русский язык 5 класс', 605, 14.2],
  ['Регион', 'Энская область', 2024, 'ОГЭ математика', 21_344, 5.7],
];

export const MUNICIPAL_COMPARISON: CellValue[][] = [
  COMPARISON_SHEET.columns.map((c) => c.header),
  ...COMPARISON_ROWS.map(([level, name, year, procedure, participants, share2]) => [
    level,
    name,
    year,
    procedure,
    participants,
    share2,
    '',
    '',
    '',
  ]),
];

// Seed 002_…, «Таблица 1»: the forms of the municipal prevention work and their dates.
const MEASURES: readonly SampleMeasure[] = [
  { measure: 'Реализация профилактических мероприятий' },
  {
    number: '1',
    measure: 'Заседание рабочей группы',
    deadline: 'Ноябрь 2024г.',
    responsible: 'МКУ «ИМЦ»',
    done: true,
    doneDate: sampleDate(26, 11, 2024),
    documentLink: 'https://drive.google.com/file/d/municipal-protocol',
  },
  {
    number: '2',
    measure: 'Методический десант в МБОУ ООШ № 8, МБОУ СОШ № 6, МБОУ СОШ № 21, МБОУ СОШ № 27, МБОУ СОШ № 7',
    deadline: 'Март 2024г.',
    responsible: 'Методисты МКУ «ИМЦ»',
    done: true,
    doneDate: sampleDate(28, 3, 2024),
    documentLink: 'https://drive.google.com/file/d/municipal-landing',
  },
  {
    number: '3',
    measure: 'Тематические семинары (МБОУ СОШ № 45, МАОУ лицей пгт Афипского)',
    deadline: 'Апрель 2024г.',
    responsible: 'МКУ «ИМЦ»',
    done: true,
    doneDate: sampleDate(14, 5, 2024),
  },
  {
    number: '4',
    measure: 'Совещание с руководителями школ из списка ШНОР',
    deadline: 'Октябрь 2024г.',
    responsible: 'МКУ «ИМЦ»',
  },
  {
    number: '5',
    measure: 'Стажировка на базе МБОУ СОШ № 6',
    deadline: 'Апрель 2024г.',
    responsible: 'МБОУ СОШ № 6',
  },
  { number: '6', measure: 'Консультирование', deadline: 'В течение года', responsible: 'МКУ «ИМЦ»' },
  { number: '7', measure: 'Разработка ИОМ', deadline: 'В течение года', responsible: 'МКУ «ИМЦ»' },
  {
    number: '8',
    measure: 'Участие в конкурсах профессионального мастерства',
    deadline: 'В течение года',
    responsible: 'МКУ «ИМЦ»',
    done: true,
    doneDate: sampleDate(15, 12, 2024),
  },
  { measure: 'Оценка эффективности профилактики. Корректировка дальнейшей работы' },
  {
    number: '9',
    measure: 'Аудит, мониторинг, отчёт, контрольные собеседования',
    deadline: 'Сентябрь 2024г.',
    responsible: 'МКУ «ИМЦ»',
    done: true,
    doneDate: sampleDate(30, 9, 2024),
    documentLink: 'https://drive.google.com/file/d/municipal-audit',
  },
  {
    number: '10',
    measure: 'Разработка программы на 2025–2030 годы',
    deadline: 'По плану',
    responsible: 'МКУ «ИМЦ»',
  },
];

export const MUNICIPAL_ROADMAP: CellValue[][] = roadmapSheet(MEASURES);

export const MUNICIPAL_TARGETS: CellValue[][] = [
  TARGETS_SHEET.columns.map((c) => c.header),
  ['Число школ в списке ШНОР', 'ед.', 8, 0, 1, 'меньше', '', ''],
  ['Доля педагогов ШНОР, прошедших курсы повышения квалификации', '%', '40%', '100%', '85%', '', '', ''],
  ['Доля школ ШНОР с утверждённой дорожной картой', '%', '50%', '100%', '100%', '', '', ''],
];

const MUNICIPAL_SHEETS: SampleSheets = [
  [SETTINGS_SHEET.name, MUNICIPAL_SETTINGS],
  [RESULTS_SHEET.name, MUNICIPAL_RESULTS],
  [CLUSTERS_SHEET.name, MUNICIPAL_CLUSTERS],
  [ROADMAP_SHEET.name, MUNICIPAL_ROADMAP],
  [TARGETS_SHEET.name, MUNICIPAL_TARGETS],
  [COMPARISON_SHEET.name, MUNICIPAL_COMPARISON],
];

/** The analyst's workbook of Заречный район with its input sheets and «Сравнение». */
export function buildMunicipalWorkbook(id = 'sample-municipal'): FakeSpreadsheet {
  return buildTemplateWorkbook(`ШНОР-монитор — ${MUNICIPALITY}`, id, MUNICIPAL_SHEETS);
}

/** For the preview's switcher (engineer R2 adds it to SAMPLE_WORKBOOKS). */
export const MUNICIPAL_SAMPLE: SampleWorkbook = {
  id: 'municipal',
  label: 'Муниципалитет',
  create: () => ({ spreadsheet: buildMunicipalWorkbook() }),
};
