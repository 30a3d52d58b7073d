// Issue 10, every case, as a user meets it: through the menu labels, the custom functions and the
// built dist/Code.js, on the seeds' own tables (seed 002_…'s list of ШНОР by year and its table 1)
// and a ФИС ОКО «Статистика по отметкам» paste as the issue describes it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSchoolWorkbook } from '../../dev/sample/schoolWorkbook';
import type { CellValue } from '../../src/core/cells/cellValue';
import { createFakeGlobals, runInSandbox } from '../fakes/fakeGlobals';
import { FakeSpreadsheet } from '../fakes/fakeSpreadsheet';
import type { MenuEntry } from '../fakes/fakeUi';
import { distHtmlLoader, readDist } from './builtArtefact';

const code = readDist('Code.js');
// The users' document the test reads, copied into the repository: CI has only the checkout.
const SEEDS = join(import.meta.dirname, '..', 'fixtures', 'seeds');
const ZONE_MIDNIGHT = (iso: string) => new Date(`${iso}T00:00:00+03:00`);

function open(spreadsheet: FakeSpreadsheet) {
  const fake = createFakeGlobals({ spreadsheet, htmlLoader: distHtmlLoader });
  const sandbox = runInSandbox(code, fake.globals, { now: () => new Date('2024-12-10T09:00:00+03:00') });
  sandbox.call('onOpen', { authMode: 'FULL' });
  const items = fake.ui.menus[0]!.entries.flatMap((e: MenuEntry) => (e.kind === 'item' ? [e] : []));
  /** Clicks the menu item of that label. */
  const menu = (label: string) => {
    const item = items.find((i) => i.label === label);
    if (!item) throw new Error(`no menu item «${label}»`);
    sandbox.call(item.functionName);
    return spreadsheet.toasts.at(-1) ?? '';
  };
  return { sandbox, menu };
}

/** A workbook with the template's sheets, as after «Создать листы шаблона» on a used workbook. */
function templateWorkbook() {
  const spreadsheet = new FakeSpreadsheet();
  spreadsheet.addSheet('Лист1', [['заметки']]);
  const opened = open(spreadsheet);
  opened.menu('Создать листы шаблона');
  const setting = (label: string, value: CellValue) => {
    const sheet = spreadsheet.sheet('Настройки');
    const row = sheet.values().findIndex((r) => r[0] === label);
    sheet.writeBlock(row + 1, 2, [[value]], true);
  };
  return { spreadsheet, setting, ...opened };
}

const header = (spreadsheet: FakeSpreadsheet, sheet: string) => spreadsheet.sheet(sheet).values()[0]!;
const column = (spreadsheet: FakeSpreadsheet, sheet: string, name: string) => {
  const index = header(spreadsheet, sheet).indexOf(name);
  expect(index, `${sheet}: ${name}`).toBeGreaterThanOrEqual(0);
  return spreadsheet
    .sheet(sheet)
    .values()
    .slice(1)
    .map((r) => r[index]);
};
const journal = (spreadsheet: FakeSpreadsheet) =>
  spreadsheet.hasSheet('Журнал проверки') ? spreadsheet.sheet('Журнал проверки').values().slice(1) : [];
const shnorRow = (spreadsheet: FakeSpreadsheet, school: RegExp) =>
  spreadsheet
    .sheet('ШНОР')
    .values()
    .find((r) => school.test(String(r[0])));

const RESULTS_HEADER = ['Школа', 'Год', 'Процедура', 'Участников', 'Получили «2»', 'Доля «2», %'];

// «Статистика по отметкам» as the issue describes it: title lines, «Кол-во ОО», «Группы участников»,
// the aggregate rows, logins before the names, «1,75» as text; then a second block right under it.
const FIS_OKO: CellValue[][] = [
  ['ВПР 2024'],
  ['5 кл.'],
  ['Русский язык'],
  ['Статистика по отметкам'],
  ['Группы участников', 'Кол-во ОО', 'Количество участников', '2', '3', '4', '5'],
  ['Вся выборка', 37925, 1332542, '11,68', '38,61', '33,67', '16,04'],
  ['Краснодарский край', 1000, 50000, '10,5', '40', '35', '14,5'],
  ['Северский район', 30, 1200, '9,5', '40', '35', '15,5'],
  ['(sch223197) МБОУ "СОШ №2"', '', 57, '1,75', '35,09', '43,86', '19,3'],
  ['(sch223198) МАОУ Гимназия № 1', '', 112, 0.89, 20.54, 50, 28.57],
  ['(sch223200) МАОУ Гимназия № 5', '', 112, 0.0089, 0.2054, 0.5, 0.2857],
  ['(sch223199) МБОУ СОШ № 7', '', 40, '33,3', '40', '20', '6,7'],
  [],
  ['Всероссийские проверочные работы 2024 (5 класс)'],
  ['Предмет: Математика'],
  ['Статистика по отметкам'],
  ['Группы участников', 'Кол-во ОО', 'Кол-во участников', '2', '3', '4', '5'],
  ['Вся выборка', 37925, 1332542, 11.68, 38.61, 33.67, 16.04],
  ['(sch223199) МБОУ СОШ № 7', '', 40, 35, 40, 20, 5],
  [],
  // ФИС ОКО's next table on the same page: not results, named in the journal, never imported.
  ['Выполнение заданий'],
  ['Группы участников', 'Кол-во ОО', 'Кол-во участников', 1, 2, 3, 4, 5, 6],
  ['(sch223199) МБОУ СОШ № 7', '', 40, 80, 60, 64, 50, 45, 33],
  [],
  ['ВПР 2023'],
  ['5 класс'],
  ['Предмет: Русский язык'],
  ['Группы участников', 'Кол-во ОО', 'Кол-во участников', '2', '3', '4', '5'],
  ['(sch223197) МБОУ СОШ № 2', '', 55, '36,36', '30,91', '21,82', '10,91'],
];

describe('issue 10: a ФИС ОКО export through «Импортировать результаты»', () => {
  function imported() {
    const workbook = templateWorkbook();
    const { spreadsheet } = workbook;
    // A row the user typed for the same school, year and procedure as an imported one.
    spreadsheet
      .sheet('Результаты ОП')
      .writeBlock(2, 1, [['МБОУ СОШ №2', 2024, 'ВПР русский язык 5 класс', 57, 20]], true);
    spreadsheet
      .sheet('Результаты ОП')
      .writeBlock(3, 1, [['Школа 9', 2024, 'ВПР математика 5 класс', 57, 20]], true);
    spreadsheet.sheet('Импорт').load(FIS_OKO);
    // The cells of Гимназия № 5 are formatted as percent: 0,0089 shows 0,89 %.
    spreadsheet.sheet('Импорт').formatCells(11, 4, 1, 4, '0.00%');
    const pasted = spreadsheet.sheet('Импорт').values();
    const toast = workbook.menu('Импортировать результаты');
    return { ...workbook, toast, pasted };
  }

  it('makes rows of «Результаты ОП» without a hand step: names without logins, Код ОО, year and procedure from the title lines, counts from the shares, Источник', () => {
    const { spreadsheet, toast, pasted } = imported();
    expect(toast).toBe(
      'Импортировано блоков: 3, строк школ: 5, строк сравнения: 4, замечаний: 4 (см. лист «Журнал проверки»)',
    );
    const rows = spreadsheet.sheet('Результаты ОП').values();
    const headers = rows[0]!;
    const pick = (r: CellValue[]) =>
      [
        'Школа',
        'Код ОО',
        'Год',
        'Процедура',
        'Участников',
        'Получили «2»',
        'Доля «2», %',
        'Получили «3»',
        'Получили «4»',
        'Получили «5»',
        'Источник',
      ].map((h) => r[headers.indexOf(h)]);
    expect(rows.slice(3).map(pick)).toEqual([
      [
        'МАОУ Гимназия № 1',
        'sch223198',
        2024,
        'ВПР русский язык 5 класс',
        112,
        1,
        '',
        23,
        56,
        32,
        'Импорт: ФИС ОКО, ВПР русский язык 5 класс, 2024',
      ],
      [
        'МАОУ Гимназия № 5',
        'sch223200',
        2024,
        'ВПР русский язык 5 класс',
        112,
        1,
        '',
        23,
        56,
        32,
        'Импорт: ФИС ОКО, ВПР русский язык 5 класс, 2024',
      ],
      [
        'МБОУ СОШ № 7',
        'sch223199',
        2024,
        'ВПР русский язык 5 класс',
        40,
        '',
        '33,3 %',
        16,
        8,
        '',
        'Импорт: ФИС ОКО, ВПР русский язык 5 класс, 2024',
      ],
      [
        'МБОУ СОШ № 7',
        'sch223199',
        2024,
        'ВПР математика 5 класс',
        40,
        14,
        '',
        16,
        8,
        2,
        'Импорт: ФИС ОКО, ВПР математика 5 класс, 2024',
      ],
      [
        'МБОУ СОШ № 2',
        'sch223197',
        2023,
        'ВПР русский язык 5 класс',
        55,
        20,
        '',
        17,
        12,
        6,
        'Импорт: ФИС ОКО, ВПР русский язык 5 класс, 2023',
      ],
    ]);
    // The aggregate rows are not schools: they go to «Сравнение» with their level.
    expect(
      spreadsheet
        .sheet('Сравнение')
        .values()
        .map((r) => r.slice(0, 6)),
    ).toEqual([
      ['Уровень', 'Название', 'Год', 'Процедура', 'Участников', 'Доля «2», %'],
      ['Вся выборка', 'Вся выборка', 2024, 'ВПР русский язык 5 класс', 1332542, 11.68],
      ['Регион', 'Краснодарский край', 2024, 'ВПР русский язык 5 класс', 50000, 10.5],
      ['Муниципалитет', 'Северский район', 2024, 'ВПР русский язык 5 класс', 1200, 9.5],
      ['Вся выборка', 'Вся выборка', 2024, 'ВПР математика 5 класс', 1332542, 11.68],
    ]);
    // «Импорт» is the user's paste: never written.
    expect(spreadsheet.sheet('Импорт').values()).toEqual(pasted);
  });

  it('names in the journal the share no count reproduces, the table that is not results, and both rows for one result', () => {
    const { spreadsheet } = imported();
    const lines = journal(spreadsheet).map((r) => [r[1], r[2], r[3], String(r[5])]);
    expect(lines).toEqual([
      ['Импорт', 12, '2', expect.stringContaining('не даёт долю 33,3 %')],
      ['Импорт', 12, '5', expect.stringContaining('не даёт долю 6,7 %')],
      [
        'Импорт',
        22,
        '',
        expect.stringContaining('строка заголовков не похожа ни на «Статистику по отметкам»'),
      ],
      ['Результаты ОП', 2, '', expect.stringMatching(/Строка 2 введена вручную.*строка 9 листа «Импорт»/)],
    ]);
  });

  it('a second import gives the same sheets and never duplicates its rows', () => {
    const { spreadsheet, menu, toast } = imported();
    const sheets = () => ['Результаты ОП', 'Сравнение', 'Импорт'].map((n) => spreadsheet.sheet(n).values());
    const first = sheets();
    expect(menu('Импортировать результаты')).toBe(toast);
    expect(sheets()).toEqual(first);
  });

  it('the same export pasted twice, one under the other, writes each result once and names the repeat', () => {
    const workbook = templateWorkbook();
    const { spreadsheet, menu } = workbook;
    const math = FIS_OKO.slice(13, 19);
    spreadsheet.sheet('Импорт').load([...math, [], ...math]);
    expect(menu('Импортировать результаты')).toBe(
      'Импортировано блоков: 2, строк школ: 1, строк сравнения: 1, замечаний: 1 (см. лист «Журнал проверки»)',
    );
    expect(column(spreadsheet, 'Результаты ОП', 'Код ОО').filter((c) => c !== '')).toEqual(['sch223199']);
    expect(journal(spreadsheet).map((r) => [r[1], r[2], String(r[5])])).toEqual([
      ['Импорт', 13, expect.stringContaining('что в строке 6 листа «Импорт»')],
    ]);
    const results = spreadsheet.sheet('Результаты ОП').values();
    menu('Импортировать результаты');
    expect(spreadsheet.sheet('Результаты ОП').values()).toEqual(results);
  });

  it('then «Выявить ШНОР»: the login joins «(sch223197) МБОУ "СОШ №2"» and «МБОУ СОШ №2» (criterion 2), 0,89 is 0,89 %', () => {
    const { spreadsheet, menu } = imported();
    menu('Выявить ШНОР');
    const school2 = shnorRow(spreadsheet, /СОШ №2|СОШ № 2/)!;
    expect(school2.slice(2, 4)).toEqual(['Да', '2']);
    for (const gymnasium of [/Гимназия № 1/, /Гимназия № 5/]) {
      const row = shnorRow(spreadsheet, gymnasium)!;
      expect(row[2]).toBe('Нет');
      expect(String(row[5])).not.toContain('89');
    }
    // One low procedure of a share no count reproduces, one of counts: criterion 1.
    expect(shnorRow(spreadsheet, /СОШ № 7/)!.slice(2, 4)).toEqual(['Да', '1']);
  });
});

describe('issue 10: shares as people write them (PRODUCT.md §2)', () => {
  it('the template leaves `Доля «2», %` unformatted; 0,89 typed is 0,89 %, a percent-formatted 0,89 is 89 %', () => {
    const { spreadsheet, menu } = templateWorkbook();
    const results = spreadsheet.sheet('Результаты ОП');
    expect(results.readNumberFormats(2, 6, 1, 1)[0]![0]).not.toContain('%');
    results.writeBlock(
      2,
      1,
      [
        ['МАОУ Гимназия № 1', 2024, 'ВПР математика 5 класс', 112, '', 0.89],
        ['МАОУ Гимназия № 1', 2024, 'ВПР русский язык 5 класс', 112, '', 0.89],
        ['МБОУ СОШ № 3', 2024, 'ВПР математика 5 класс', 100, '', 0.89],
        ['МБОУ СОШ № 3', 2024, 'ВПР русский язык 5 класс', 100, '', 0.34],
      ],
      true,
    );
    results.formatCells(4, 6, 2, 1, '0%');
    menu('Выявить ШНОР');
    const gymnasium = shnorRow(spreadsheet, /Гимназия/)!;
    expect(gymnasium[2]).toBe('Нет');
    expect(String(gymnasium[5])).not.toContain('89 %');
    const formatted = shnorRow(spreadsheet, /СОШ № 3/)!;
    expect(formatted.slice(2, 4)).toEqual(['Да', '1']);
    expect(String(formatted[5])).toContain('89 %');
  });
});

// Seed 002_…: «Список образовательных организаций, входящих в список ШНОР в МО Северский район».
function seedList(): Record<number, string[]> {
  const text = readFileSync(join(SEEDS, '002_64f4c5060e1a0b7a.txt'), 'utf8').split('\n');
  const head = text.findIndex((l) => l.includes('2020 год') && l.includes('2024год'));
  const years = [2020, 2022, 2023, 2024];
  const list: Record<number, string[]> = { 2020: [], 2022: [], 2023: [], 2024: [] };
  for (const line of text.slice(head + 1, head + 11)) {
    const cells = line.split('\t');
    if (!/^\d+$/.test(cells[0] ?? '')) continue;
    years.forEach((year, i) => {
      const school = (cells[i + 1] ?? '').trim();
      if (school) list[year]!.push(school);
    });
  }
  return list;
}

describe('issue 10: «ШНОР по годам» of seed 002_… (PRODUCT.md §2)', () => {
  it('has every year, 2020 included, with the seed’s schools, and says where criterion 2 could not be checked', () => {
    const list = seedList();
    expect(list[2020]).toHaveLength(8);
    const rows: CellValue[][] = [RESULTS_HEADER];
    for (const [year, schools] of Object.entries(list))
      for (const school of schools) {
        rows.push([school, Number(year), 'ВПР математика 5 класс', 30, 12, '']);
        rows.push([school, Number(year), 'ВПР русский язык 5 класс', 30, 10, '']);
      }
    const spreadsheet = new FakeSpreadsheet();
    spreadsheet.addSheet('Результаты ОП', rows);
    open(spreadsheet).menu('Выявить ШНОР');
    const byYear = spreadsheet.sheet('ШНОР по годам').values();
    expect(byYear[0]).toEqual(['№', '2020 год', '2022 год', '2023 год', '2024 год']);
    [2020, 2022, 2023, 2024].forEach((year, i) => {
      const listed = byYear.map((r) => String(r[i + 1])).filter((s) => list[year]!.includes(s));
      expect(listed.sort()).toEqual([...list[year]!].sort());
    });
    const note = byYear.find((r) => r[0] === 'Критерий 2')!;
    expect(note[1]).toContain('2019');
    expect(note[2]).toContain('2021');
    expect(note.slice(3)).toEqual(['', '']);
  });
});

describe('issue 10: the school key (PRODUCT.md §4)', () => {
  it('«Школа 1-2» and «Школа 12» are two schools: one low procedure each makes no criterion 1', () => {
    const spreadsheet = new FakeSpreadsheet();
    spreadsheet.addSheet('Результаты ОП', [
      RESULTS_HEADER,
      ['Школа 1-2', 2024, 'ОГЭ математика', 20, 10, ''],
      ['Школа 12', 2024, 'ОГЭ русский язык', 20, 10, ''],
    ]);
    open(spreadsheet).menu('Выявить ШНОР');
    expect(column(spreadsheet, 'ШНОР', 'ШНОР')).toEqual(['Нет', 'Нет']);
  });
});

// Seed 002_…'s table 1, pasted with its own headers, verbatim: the blank line and the continuation
// line «Афипского» of a merged cell included.
function seedTable1(): CellValue[][] {
  const text = readFileSync(join(SEEDS, '002_64f4c5060e1a0b7a.txt'), 'utf8').split('\n');
  const from = text.findIndex((l) => l.startsWith('Направления Профилактической работы'));
  const to = text.findIndex((l, i) => i > from && l.startsWith('Оценка эффективности профилактики'));
  return text.slice(from, to + 1).map((l) => l.split('\t'));
}

describe('issue 10: the roadmap and the targets as the documents write them (PRODUCT.md §6, §9)', () => {
  function seedRoadmap() {
    const workbook = templateWorkbook();
    const { spreadsheet, setting } = workbook;
    setting('Начало программы', ZONE_MIDNIGHT('2021-01-01'));
    setting('Окончание программы', ZONE_MIDNIGHT('2024-12-31'));
    setting('Дата отчёта', ZONE_MIDNIGHT('2024-12-10'));
    const roadmap = spreadsheet.sheet('Дорожная карта');
    roadmap.writeBlock(
      1,
      1,
      Array.from({ length: 5 }, () => Array(14).fill('')),
      true,
    );
    roadmap.load(seedTable1());
    return workbook;
  }

  it('seed 002_…’s table 1 is read with its own headers; «В течение года» in its 2021–2024 programme is 31.12.2024, in work in December 2024', () => {
    const { spreadsheet, menu } = seedRoadmap();
    const toast = menu('Обновить статусы');
    expect(toast).toMatch(/^Мероприятий выполнено: 0 из 9/);
    const deadlines = column(spreadsheet, 'Дорожная карта', 'Дата проведения');
    const due = column(spreadsheet, 'Дорожная карта', 'Срок (дата)');
    const status = column(spreadsheet, 'Дорожная карта', 'Статус');
    const during = deadlines.flatMap((d, i) => (d === 'В течение года' ? [i] : []));
    expect(during).toHaveLength(3);
    for (const i of during) {
      expect(due[i]).toEqual(ZONE_MIDNIGHT('2024-12-31'));
      expect(status[i]).toBe('В работе');
    }
  });

  it('ROADMAP_DUE and ROADMAP_STATUS with the programme as trailing arguments agree with the sheet', () => {
    const { sandbox } = seedRoadmap();
    const start = ZONE_MIDNIGHT('2021-01-01');
    const end = ZONE_MIDNIGHT('2024-12-31');
    expect(sandbox.call('ROADMAP_DUE', 'В течение года', 2024, start, end)).toEqual(end);
    expect(
      sandbox.call('ROADMAP_STATUS', 'В течение года', false, '', ZONE_MIDNIGHT('2024-12-10'), start, end),
    ).toBe('В работе');
    expect(sandbox.call('ROADMAP_DUE', 'Весь период', 2024)).toEqual(end);
    expect(sandbox.call('ROADMAP_DUE', 'Весь период', 2024, start, ZONE_MIDNIGHT('2025-01-31'))).toEqual(
      ZONE_MIDNIGHT('2025-01-31'),
    );
  });

  it('a roadmap whose headers are not found is named as such, not as a missing sheet', () => {
    const { spreadsheet, menu } = templateWorkbook();
    const roadmap = spreadsheet.sheet('Дорожная карта');
    roadmap.writeBlock(
      1,
      1,
      Array.from({ length: 3 }, () => Array(14).fill('')),
      true,
    );
    roadmap.load([
      ['Что', 'Когда'],
      ['Совещание', 'Март 2024'],
    ]);
    menu('Обновить статусы');
    const lines = journal(spreadsheet).filter((r) => r[1] === 'Дорожная карта');
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.map((r) => String(r[5])).join(' ')).not.toMatch(/нет листа|лист .* не найден/i);
    expect(spreadsheet.toasts.at(-1)).not.toMatch(/нет листа/);
    expect(spreadsheet.toasts.at(-1)).toContain('на листе «Дорожная карта» не найдены заголовки');
  });

  it('plans «0,438 и выше», «99% и выше», «не ниже 3,80», «не более 10 %» are numbers with a direction, on the sheet and in TARGET_STATUS', () => {
    const { spreadsheet, menu, sandbox } = templateWorkbook();
    const targets = spreadsheet.sheet('Целевые показатели');
    const rows: CellValue[][] = [
      ['Индекс образовательных результатов (ИОР)', 'индекс', '0,400', '0,438 и выше', '0,420', ''],
      ['Повышение ОУ', '%', '98%', '99% и выше', '99%', ''],
      ['Средняя оценка ВПР (4 кл)', 'балл', '3,60', 'не ниже 3,80', '3,90', ''],
      ['Доля учителей, испытывающих неуверенность', '%', '44 %', 'не более 10 %', '20 %', ''],
    ];
    targets.writeBlock(2, 1, rows, true);
    menu('Обновить статусы');
    const statuses = column(spreadsheet, 'Целевые показатели', 'Статус').slice(0, 4);
    expect(statuses).toEqual(['Есть прогресс', 'Достигнут', 'Достигнут', 'Есть прогресс']);
    expect(rows.map((r) => sandbox.call('TARGET_STATUS', r[2], r[3], r[4]))).toEqual(statuses);
    expect(journal(spreadsheet).filter((r) => r[1] === 'Целевые показатели')).toEqual([]);
  });
});

describe('issue 10: clusters in their spellings (PRODUCT.md §2)', () => {
  it('«кластер «сильно неуспевающие»» and «Умеренно неуспевающие школы» on «Кластеры» and in CLUSTER_TREND', () => {
    const spreadsheet = new FakeSpreadsheet();
    spreadsheet.addSheet('Результаты ОП', [
      RESULTS_HEADER,
      ['МБОУ СОШ № 7', 2024, 'ВПР математика 5 класс', 30, 12, ''],
      ['МБОУ СОШ № 7', 2024, 'ВПР русский язык 5 класс', 30, 10, ''],
    ]);
    spreadsheet.addSheet('Кластеры', [
      ['Школа', 'Год', 'Кластер ФИОКО'],
      ['МБОУ СОШ № 7', 2023, 'кластер «сильно неуспевающие»'],
      ['МБОУ СОШ №7', 2024, 'Умеренно неуспевающие школы'],
    ]);
    const { menu, sandbox } = open(spreadsheet);
    menu('Выявить ШНОР');
    expect(shnorRow(spreadsheet, /СОШ № 7/)!.slice(6, 8)).toEqual(['умеренно неуспевающие', 'положительная']);
    expect(journal(spreadsheet).filter((r) => r[1] === 'Кластеры')).toEqual([]);
    expect(sandbox.call('CLUSTER_TREND', 'кластер «сильно неуспевающие»', 'Сильно неуспевающие школы')).toBe(
      'нейтральная',
    );
  });
});

describe('issue 10: SHNOR_IDENTIFY with the settings of the sheet agrees with «Выявить ШНОР» (PRODUCT.md §9)', () => {
  it('on the preview’s school workbook after the import (its «Минимум участников» is 5)', () => {
    const spreadsheet = buildSchoolWorkbook();
    const { menu, sandbox } = open(spreadsheet);
    menu('Импортировать результаты');
    menu('Выявить ШНОР');
    const settings = new Map(
      spreadsheet
        .sheet('Настройки')
        .values()
        .map((r) => [r[0], r[1]]),
    );
    expect(settings.get('Минимум участников')).toBe(5);
    const verdicts = (rows: readonly CellValue[][]) => rows.map((r) => [String(r[0]), r[1], r[2]]).sort();
    const sheet = spreadsheet
      .sheet('ШНОР')
      .values()
      .slice(1)
      .filter((r) => r[0] !== '')
      .map((r) => [r[0]!, r[2]!, r[3]!]);
    const formula = sandbox.call(
      'SHNOR_IDENTIFY',
      spreadsheet.sheet('Результаты ОП').values(),
      settings.get('Год анализа'),
      settings.get('Порог низкого результата, %'),
      settings.get('Критерий 2: одна и та же процедура'),
      settings.get('Минимум участников'),
    ) as CellValue[][];
    expect(verdicts(formula.slice(1))).toEqual(verdicts(sheet));
    expect(sheet.filter((r) => r[1] === 'Да').length).toBeGreaterThan(0);
  });
});
