import { describe, expect, it } from 'vitest';
import { fisOkoBlock, giaBlock, spreadCounts } from '../../../dev/sample/fisOkoExport';
import type { CellValue } from '../../../src/core/cells/cellValue';
import { createTemplate } from '../../../src/server/actions/createTemplate';
import { identifyLowResultSchools } from '../../../src/server/actions/identifyLowResultSchools';
import { importResults } from '../../../src/server/actions/importResults';
import { createFakeContext } from '../../fakes/fakeContext';
import { FakeSpreadsheet } from '../../fakes/fakeSpreadsheet';
import { templateWorkbook } from '../../fakes/templateWorkbook';

const RESULTS_HEADER = [
  'Школа',
  'Год',
  'Процедура',
  'Участников',
  'Получили «2»',
  'Доля «2», %',
  'Низкий результат',
  'Код ОО',
  'Получили «3»',
  'Получили «4»',
  'Получили «5»',
  'Источник',
];

const AGGREGATES = [
  { name: 'Вся выборка', schools: 37925, participants: 1332542, shares: [11.68, 38.61, 33.67, 16.04] },
  {
    name: 'Кемеровская обл. - Кузбасс',
    schools: 619,
    participants: 23541,
    shares: [13.2, 40.11, 31.5, 15.19],
  },
  {
    name: 'Озёрский муниципальный округ',
    schools: 4,
    participants: 201,
    shares: [15.42, 40.3, 31.34, 12.94],
  },
] as const;

function schools(failed: readonly number[]) {
  const names = ['МБОУ "СОШ № 2"', 'МАОУ "Лицей № 1"', 'МБОУ "СОШ № 7"', 'МАОУ "Гимназия № 3"'];
  const participants = [35, 60, 27, 112];
  return names.map((name, i) => ({
    login: `sch42316${i}`,
    name,
    participants: participants[i]!,
    counts: spreadCounts(participants[i]!, failed[i]!),
  }));
}

/** Two ВПР blocks (shares as numbers and as text with a comma) and an ОГЭ table of counts. */
function exportGrid(math5Failed: readonly number[] = [12, 3, 4, 1]): CellValue[][] {
  return [
    ...fisOkoBlock({
      year: 2024,
      grade: 5,
      subject: 'Математика',
      date: '18.04.2024',
      aggregates: AGGREGATES,
      schools: schools(math5Failed),
    }),
    ...fisOkoBlock({
      year: 2024,
      grade: 6,
      subject: 'Русский язык',
      date: '23.04.2024',
      aggregates: AGGREGATES,
      schools: schools([11, 2, 9, 0]),
      commaText: true,
    }),
    ...giaBlock(
      ['Результаты ОГЭ по математике, 2024 год'],
      [
        { school: 'МБОУ СОШ № 2', participants: 28, failed: 9 },
        { school: 'МБОУ СОШ № 7', participants: 19, failed: 2 },
      ],
    ),
  ];
}

const USER_ROWS: CellValue[][] = [
  ['МБОУ СОШ № 2', 2023, 'ОГЭ русский язык', 40, 13, '', '', '', '', '', '', ''],
  ['МБОУ СОШ № 7', 2024, 'ОГЭ (математика)', 20, 3, '', '', '', '', '', '', 'отчёт школы'],
];

function workbook(
  paste: CellValue[][] = exportGrid(),
  results: CellValue[][] = [RESULTS_HEADER, ...USER_ROWS],
) {
  return templateWorkbook({ 'Результаты ОП': results, Импорт: paste });
}

const journalRows = (spreadsheet: FakeSpreadsheet) =>
  spreadsheet.hasSheet('Журнал проверки') ? spreadsheet.sheet('Журнал проверки').values().slice(1) : [];

describe('«Импортировать результаты»', () => {
  it('adds a row per school below the user’s rows, with login, counts from the shares and Источник', () => {
    const spreadsheet = workbook();
    const result = importResults(createFakeContext(spreadsheet));
    expect(result.ok).toBe(true);
    const values = spreadsheet.sheet('Результаты ОП').values();
    expect(values.slice(0, 3)).toEqual([RESULTS_HEADER, ...USER_ROWS]);
    expect(values[3]).toEqual([
      'МБОУ "СОШ № 2"',
      2024,
      'ВПР математика 5 класс',
      35,
      12,
      '',
      '',
      'sch423160',
      ...spreadCounts(35, 12).slice(1),
      'Импорт: ФИС ОКО, ВПР математика 5 класс, 2024',
    ]);
    expect(values.slice(3).map((r) => [r[0], r[2], r[4]])).toEqual([
      ['МБОУ "СОШ № 2"', 'ВПР математика 5 класс', 12],
      ['МАОУ "Лицей № 1"', 'ВПР математика 5 класс', 3],
      ['МБОУ "СОШ № 7"', 'ВПР математика 5 класс', 4],
      ['МАОУ "Гимназия № 3"', 'ВПР математика 5 класс', 1],
      ['МБОУ "СОШ № 2"', 'ВПР русский язык 6 класс', 11],
      ['МАОУ "Лицей № 1"', 'ВПР русский язык 6 класс', 2],
      ['МБОУ "СОШ № 7"', 'ВПР русский язык 6 класс', 9],
      ['МАОУ "Гимназия № 3"', 'ВПР русский язык 6 класс', 0],
      ['МБОУ СОШ № 2', 'ОГЭ математика', 9],
    ]);
    expect(spreadsheet.toasts.at(-1)).toBe(
      'Импортировано блоков: 3, строк школ: 9, строк сравнения: 6, замечаний: 1 (см. лист «Журнал проверки»)',
    );
  });

  it('keeps a row the user typed for the same school, year and procedure, and names both rows', () => {
    const spreadsheet = workbook();
    importResults(createFakeContext(spreadsheet));
    const values = spreadsheet.sheet('Результаты ОП').values();
    expect(
      values.filter((r) => r[0] === 'МБОУ СОШ № 7' || r[0] === 'МБОУ "СОШ № 7"').map((r) => r[2]),
    ).toEqual(['ОГЭ (математика)', 'ВПР математика 5 класс', 'ВПР русский язык 6 класс']);
    expect(journalRows(spreadsheet)).toEqual([
      [
        'Импортировать результаты',
        'Результаты ОП',
        3,
        '',
        'МБОУ СОШ № 7',
        expect.stringContaining(
          'Строка 3 введена вручную для той же школы, года и процедуры, что строка 34 листа «Импорт»',
        ),
        expect.stringContaining('удалите строку, введённую вручную'),
        expect.any(Date),
      ],
    ]);
  });

  it('writes the aggregate rows to «Сравнение» with their level', () => {
    const spreadsheet = workbook();
    importResults(createFakeContext(spreadsheet));
    const values = spreadsheet.sheet('Сравнение').values();
    expect(values[0]).toEqual([
      'Уровень',
      'Название',
      'Год',
      'Процедура',
      'Участников',
      'Доля «2», %',
      'Доля «3», %',
      'Доля «4», %',
      'Доля «5», %',
    ]);
    expect(values.slice(1).map((r) => [r[0], r[1], r[3], r[5]])).toEqual([
      ['Вся выборка', 'Вся выборка', 'ВПР математика 5 класс', 11.68],
      ['Регион', 'Кемеровская обл. - Кузбасс', 'ВПР математика 5 класс', 13.2],
      ['Муниципалитет', 'Озёрский муниципальный округ', 'ВПР математика 5 класс', 15.42],
      ['Вся выборка', 'Вся выборка', 'ВПР русский язык 6 класс', 11.68],
      ['Регион', 'Кемеровская обл. - Кузбасс', 'ВПР русский язык 6 класс', 13.2],
      ['Муниципалитет', 'Озёрский муниципальный округ', 'ВПР русский язык 6 класс', 15.42],
    ]);
  });

  it('never writes «Импорт», reads it in one batch and writes each sheet in one block', () => {
    const paste = exportGrid();
    const spreadsheet = workbook(paste);
    spreadsheet.calls.reset();
    importResults(createFakeContext(spreadsheet));
    expect(spreadsheet.sheet('Импорт').values()).toEqual(
      paste.slice(0, -1).map((row) => [...row, ...Array(7 - row.length).fill('')]),
    );
    const calls = spreadsheet.calls;
    expect(calls.count('Range.getNumberFormats')).toBe(1);
    // «Результаты ОП», «Сравнение», «Журнал проверки».
    expect(calls.count('Range.setValues')).toBe(3);
    // «Импорт», «Результаты ОП», «Сравнение» and «Журнал проверки» each read once; the two written
    // through ranges of their own have their values read without the data range.
    expect(calls.count('Range.getValues') + calls.count('Sheet.getSheetValues')).toBe(4);
    expect(calls.count('Sheet.getSheetValues')).toBe(2);
    // Asked only where a block is wider than the range read («Результаты ОП» and «Сравнение» are
    // not); the zone is never asked: the import reads no date.
    expect(calls.count('Sheet.getMaxColumns')).toBe(0);
    expect(calls.count('Spreadsheet.getSpreadsheetTimeZone')).toBe(0);
    expect(calls.total).toBeLessThanOrEqual(23);
  });

  it('costs a fresh template at most 15 calls on its first import: no journal read, one insert to grow', () => {
    // The template and the import share the document's properties, as in Sheets.
    const spreadsheet = new FakeSpreadsheet();
    const context = createFakeContext(spreadsheet);
    createTemplate(context);
    // More school rows than the template's sheet has: «Результаты ОП» must grow.
    const many = Array.from({ length: 1200 }, (_, i) => ({
      login: `sch${430000 + i}`,
      name: `МБОУ "СОШ № ${i + 1}"`,
      participants: 40,
      counts: spreadCounts(40, i % 9),
    }));
    spreadsheet.sheet('Импорт').load(
      fisOkoBlock({
        year: 2024,
        grade: 5,
        subject: 'Математика',
        date: '18.04.2024',
        aggregates: AGGREGATES,
        schools: many,
      }),
    );
    spreadsheet.calls.reset();
    const result = importResults(context);
    expect(result.message).toContain('строк школ: 1200');
    const calls = spreadsheet.calls;
    // The template's journal is known to be empty, and a clean import has nothing to add to it.
    // So three sheets are looked up — «Импорт», «Сравнение», «Результаты ОП» — and read once.
    expect(calls.count('Spreadsheet.getSheetByName')).toBe(3);
    expect(calls.count('Range.getValues') + calls.count('Sheet.getSheetValues')).toBe(3);
    // «Результаты ОП» (its example rows above) grows below its data in one call, without its size.
    expect(calls.count('Sheet.insertRowsAfter')).toBe(1);
    expect(calls.count('Sheet.getMaxColumns')).toBe(0);
    expect(calls.total).toBeLessThanOrEqual(15);
    const results = spreadsheet.sheet('Результаты ОП').values();
    expect(results.filter((row) => String(row[7]).startsWith('sch43'))).toHaveLength(1200);
  });

  it('gives the same sheets on a second run and writes no result row again', () => {
    const spreadsheet = workbook();
    const context = createFakeContext(spreadsheet);
    importResults(context);
    const first = spreadsheet.sheets.map((s) => s.values());
    const firstJournal = journalRows(spreadsheet).map((r) => r.slice(0, 7));
    spreadsheet.calls.reset();
    importResults(context);
    expect(
      spreadsheet.sheets.map((s) => s.values().map((r) => r.map((c) => (c instanceof Date ? 'date' : c)))),
    ).toEqual(first.map((v) => v.map((r) => r.map((c) => (c instanceof Date ? 'date' : c)))));
    expect(journalRows(spreadsheet).map((r) => r.slice(0, 7))).toEqual(firstJournal);
    // The journal's line about the user's row is written again; nothing else is.
    expect(spreadsheet.calls.count('Range.setValues')).toBe(1);
    // «Импорт» (four calls, with its formats), «Результаты ОП» and «Сравнение» (two: the sheet, its
    // values), the journal (three, written over the range just read: no getRange), the toast; the
    // zone is not asked: the import reads no date.
    expect(spreadsheet.calls.total).toBe(13);
  });

  it('replaces its own rows in place when the same export comes again corrected, never duplicating them', () => {
    const spreadsheet = workbook();
    importResults(createFakeContext(spreadsheet));
    // The user adds a row of their own below the imported ones.
    const sheet = spreadsheet.sheet('Результаты ОП');
    const before = sheet.values();
    sheet.load([...before, ['МБОУ ООШ № 45', 2024, 'ОГЭ русский язык', 12, 1, '', '', '', '', '', '', '']]);
    spreadsheet.sheet('Импорт').load(exportGrid([13, 3, 4, 1]));
    spreadsheet.calls.reset();
    importResults(createFakeContext(spreadsheet));
    const after = sheet.values();
    expect(after).toHaveLength(before.length + 1);
    expect(after[3]![4]).toBe(13);
    expect(after[3]![8]).toBe(spreadCounts(35, 13)[1]);
    expect(after.slice(4)).toEqual([
      ...before.slice(4),
      ['МБОУ ООШ № 45', 2024, 'ОГЭ русский язык', 12, 1, '', '', '', '', '', '', ''],
    ]);
    expect(spreadsheet.calls.count('Range.setValues')).toBeLessThanOrEqual(3);
  });

  it('journals a block it cannot read and imports the others', () => {
    const paste = [['Предмет: Математика'], ['5 класс'], ...exportGrid().slice(5, 14), [], ...exportGrid()];
    const spreadsheet = workbook(paste);
    importResults(createFakeContext(spreadsheet));
    expect(spreadsheet.toasts.at(-1)).toContain('Импортировано блоков: 3, строк школ: 9');
    expect(journalRows(spreadsheet).map((r) => [r[1], r[2], r[5]])).toContainEqual([
      'Импорт',
      3,
      expect.stringContaining('Блок выгрузки не распознан: не найден год'),
    ]);
  });

  it('writes the share where no count reproduces it, and «Выявить ШНОР» still uses it', () => {
    const paste: CellValue[][] = [
      ['ВПР 2024'],
      ['5 класс'],
      ['Предмет: Русский язык'],
      ['Группы участников', 'Кол-во ОО', 'Кол-во участников', '2', '3', '4', '5'],
      ['(sch500001) МБОУ СОШ № 21', '', 33, '35,50', '30,30', '24,24', '9,09'],
      ...fisOkoBlock({
        year: 2024,
        grade: 5,
        subject: 'Математика',
        date: '18.04.2024',
        aggregates: [],
        schools: [
          { login: 'sch500001', name: 'МБОУ СОШ № 21', participants: 29, counts: spreadCounts(29, 9) },
        ],
      }),
    ];
    const spreadsheet = workbook(paste, [RESULTS_HEADER]);
    importResults(createFakeContext(spreadsheet));
    const values = spreadsheet.sheet('Результаты ОП').values();
    expect(values[1]!.slice(3, 6)).toEqual([33, '', '35,50 %']);
    expect(journalRows(spreadsheet)[0]![5]).toContain(
      'Ни одно целое число «2» из 33 участников не даёт долю 35,50 %',
    );
    identifyLowResultSchools(createFakeContext(spreadsheet));
    const flagged = spreadsheet
      .sheet('ШНОР')
      .values()
      .find((r) => String(r[0]).includes('МБОУ СОШ № 21'));
    expect(flagged?.[2]).toBe('Да');
    expect(flagged?.[3]).toBe('1');
    expect(flagged?.[5]).toContain('ВПР русский язык 5 кл. 2024: 35,5 %');
  });

  it('adds the optional columns to an older «Результаты ОП» that lacks them', () => {
    const old = [RESULTS_HEADER.slice(0, 7), ['МАОУ лицей № 1', 2023, 'ОГЭ математика', 55, 4, '', '']];
    const spreadsheet = workbook(exportGrid().slice(0, 13), old);
    importResults(createFakeContext(spreadsheet));
    const values = spreadsheet.sheet('Результаты ОП').values();
    expect(values[0]).toEqual(RESULTS_HEADER);
    expect(values[1]).toEqual([...old[1]!, '', '', '', '', '']);
    expect(values[2]![7]).toBe('sch423160');
    expect(values[2]![11]).toBe('Импорт: ФИС ОКО, ВПР математика 5 класс, 2024');
  });

  it('journals a «Результаты ОП» without its headers and still fills «Сравнение»', () => {
    const foreign = [['Отчёт директора'], ['текст, не таблица']];
    const spreadsheet = workbook(exportGrid(), foreign);
    importResults(createFakeContext(spreadsheet));
    expect(spreadsheet.sheet('Результаты ОП').values()).toEqual(foreign);
    expect(spreadsheet.sheet('Сравнение').values()).toHaveLength(7);
    expect(journalRows(spreadsheet).map((r) => [r[1], r[5]])).toContainEqual([
      'Результаты ОП',
      'Лист «Результаты ОП» не записан: на нём не найдены заголовки',
    ]);
  });

  it('writes nothing at all when «Сравнение» holds something that is not its table', () => {
    const spreadsheet = new FakeSpreadsheet();
    spreadsheet.addSheet('Импорт', exportGrid());
    spreadsheet.addSheet('Результаты ОП', [RESULTS_HEADER, ...USER_ROWS]);
    spreadsheet.addSheet('Сравнение', [['Мои заметки о регионе'], ['ничего общего с таблицей']]);
    const before = spreadsheet.sheet('Результаты ОП').values();
    const result = importResults(createFakeContext(spreadsheet));
    expect(result.ok).toBe(false);
    expect(spreadsheet.sheet('Результаты ОП').values()).toEqual(before);
    expect(spreadsheet.sheet('Сравнение').values()).toEqual([
      ['Мои заметки о регионе'],
      ['ничего общего с таблицей'],
    ]);
  });

  it('creates «Результаты ОП» with the template’s headers when the workbook has none', () => {
    const spreadsheet = new FakeSpreadsheet();
    spreadsheet.addSheet('Импорт', exportGrid());
    importResults(createFakeContext(spreadsheet));
    const values = spreadsheet.sheet('Результаты ОП').values();
    expect(values[0]).toEqual(RESULTS_HEADER);
    expect(values).toHaveLength(11);
    expect(spreadsheet.sheet('Сравнение').values()).toHaveLength(7);
  });

  it('names the missing «Импорт» sheet', () => {
    const spreadsheet = new FakeSpreadsheet();
    importResults(createFakeContext(spreadsheet));
    expect(spreadsheet.toasts.at(-1)).toContain('На листе «Импорт» нет ни одной выгрузки');
    expect(journalRows(spreadsheet).map((r) => r[5])).toEqual(['Нет листа «Импорт»']);
    expect(spreadsheet.hasSheet('Результаты ОП')).toBe(false);
  });

  it('says so when «Импорт» holds no export', () => {
    const spreadsheet = workbook([]);
    importResults(createFakeContext(spreadsheet));
    expect(spreadsheet.toasts.at(-1)).toContain('На листе «Импорт» нет ни одной выгрузки');
    expect(spreadsheet.sheet('Результаты ОП').values()).toEqual([RESULTS_HEADER, ...USER_ROWS]);
  });
});
