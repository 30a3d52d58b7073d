// Every action that writes owned sheets, failing at each of its calls in turn, on workbooks a
// person has worked on: title rows above the tables, own columns with notes, links and relative
// formulas, a column named like one of the add-on's, a note column in «Журнал проверки».
import { describe, expect, it } from 'vitest';
import { fisOkoBlock, spreadCounts } from '../../dev/sample/fisOkoExport';
import { a1Notation } from '../../src/core/cells/a1';
import type { CellValue } from '../../src/core/cells/cellValue';
import { a1ToR1C1 } from '../../src/core/cells/r1c1';
import { SUMMARY_HEADERS } from '../../src/core/summary/summaryEntry';
import { assessRiskProfile } from '../../src/server/actions/assessRiskProfile';
import { createTemplate } from '../../src/server/actions/createTemplate';
import { identifyLowResultSchools } from '../../src/server/actions/identifyLowResultSchools';
import { importResults } from '../../src/server/actions/importResults';
import { recalculateAll } from '../../src/server/actions/recalculateAll';
import { refreshFolderSummary } from '../../src/server/actions/refreshFolderSummary';
import { refreshStatuses } from '../../src/server/actions/refreshStatuses';
import { MUTATING_CALL } from '../fakes/callCounter';
import { createFakeContext, type FakeContext } from '../fakes/fakeContext';
import { FakeClock, FakeDrive } from '../fakes/fakeDrive';
import { schoolWorkbook } from '../fakes/fakeSchoolWorkbook';
import type { FakeSheet } from '../fakes/fakeSpreadsheet';
import { type FaultRun, type SheetState, sweepAction, sweepWorkbook, type WorkbookState } from './sweep';

/** A cell a person added: a value, or a formula (A1, for the row it stands in) with what it shows. */
type UserCell = CellValue | { readonly formula: (row: number) => string; readonly shown?: CellValue };

interface UserColumn {
  readonly header: string;
  /** The cell of the table's i-th data row (0-based), given the row's own cells. */
  readonly cell: (own: readonly CellValue[], i: number) => UserCell;
}

/**
 * What a person does to an owned sheet the add-on wrote: a title row above it and columns of their
 * own to the right, some with formulas pointing into their row.
 */
function workOn(sheet: FakeSheet, title: string, columns: readonly UserColumn[]): void {
  const table = sheet.values();
  const width = table[0]!.length;
  const grid: CellValue[][] = [
    [title, ...Array<CellValue>(width + columns.length - 1).fill('')],
    [...table[0]!, ...columns.map((c) => c.header)],
    ...table.slice(1).map((own, i) => {
      const cells = columns.map((c) => c.cell(own, i));
      return [
        ...own,
        ...cells.map((cell) => (typeof cell === 'object' && !(cell instanceof Date) ? '' : cell)),
      ];
    }),
  ];
  sheet.load(grid);
  table.slice(1).forEach((own, i) => {
    columns.forEach((c, j) => {
      const cell = c.cell(own, i);
      if (typeof cell === 'object' && !(cell instanceof Date)) {
        sheet.putFormula(i + 3, width + j + 1, cell.formula(i + 3), cell.shown ?? '');
      }
    });
  });
}

const link =
  (column: string): UserColumn['cell'] =>
  (own, i) =>
    i % 2 === 0
      ? {
          formula: (row) => `=HYPERLINK("https://docs.google.com/document/d/plan-${i}", ${column}${row})`,
          shown: own[0],
        }
      : '';

/**
 * The user's cells (columns from `from` on) of a sheet's rows by the row's key, formulas in R1C1:
 * a formula that still points into its own row reads the same wherever the row went.
 */
function userCellsByKey(
  state: SheetState,
  headerIndex: number,
  from: number,
  keyOf: (row: readonly CellValue[]) => string = (row) => String(row[0]),
): Map<string, string> {
  const cells = new Map<string, string>();
  state.values.slice(headerIndex + 1).forEach((row, i) => {
    const sheetRow = headerIndex + 2 + i;
    const user = row.slice(from).map((value, j) => {
      const formula = state.formulas[a1Notation(sheetRow, from + j + 1)];
      return formula ? a1ToR1C1(formula, sheetRow, from + j + 1) : String(value);
    });
    if (user.some((c) => c !== '')) cells.set(keyOf(row), user.join(' | '));
  });
  return cells;
}

const RESULTS_HEADER = [
  'Школа',
  'Год',
  'Процедура',
  'Участников',
  'Получили «2»',
  'Доля «2», %',
  'Низкий результат',
];

const FIRST_RESULTS: CellValue[][] = [
  RESULTS_HEADER,
  ['МБОУ СОШ № 7', 2023, 'ВПР по математике (5 класс)', 35, 12, ''],
  ['МБОУ СОШ № 7', 2024, 'ОГЭ (математика)', 28, 9, ''],
  ['МБОУ СОШ № 2', 2024, 'ВПР, мат., 5 кл.', 40, 13, ''],
  ['МБОУ СОШ № 2', 2024, 'ЕГЭ профиль математика', 20, 7, ''],
  ['МАОУ лицей № 1', 2024, 'ОГЭ математика', 60, 3, ''],
  ['МАОУ лицей № 1', 2023, 'ОГЭ математика', 55, 4, ''],
  ['МБОУ ООШ № 8', 2024, 'ОГЭ русский язык', 12, 'н/д', ''],
];

// The next year's data: the lyceum is now flagged, СОШ № 2 is not, so «ШНОР» is re-sorted.
const NEXT_RESULTS: CellValue[][] = [
  RESULTS_HEADER,
  ['МБОУ СОШ № 7', 2023, 'ВПР по математике (5 класс)', 35, 12, ''],
  ['МБОУ СОШ № 7', 2024, 'ОГЭ (математика)', 28, 9, ''],
  ['МБОУ СОШ № 2', 2024, 'ВПР, мат., 5 кл.', 40, 1, ''],
  ['МБОУ СОШ № 2', 2024, 'ЕГЭ профиль математика', 20, 2, ''],
  ['МАОУ лицей № 1', 2024, 'ОГЭ математика', 60, 30, ''],
  ['МАОУ лицей № 1', 2024, 'ОГЭ русский язык', 60, 25, ''],
  ['МАОУ лицей № 1', 2023, 'ОГЭ математика', 55, 4, ''],
  ['МБОУ ООШ № 8', 2024, 'ОГЭ русский язык', 12, 'н/д', ''],
];

function identifySetUp(): FaultRun {
  const spreadsheet = sweepWorkbook();
  const context = createFakeContext(spreadsheet);
  createTemplate(context);
  spreadsheet.sheet('Результаты ОП').load(FIRST_RESULTS);
  identifyLowResultSchools(context);
  workOn(spreadsheet.sheet('ШНОР'), 'ШНОР района — к совещанию 12.12', [
    { header: 'Заметка', cell: (own) => `позвонить в ${own[0]}` },
    { header: 'План', cell: link('A') },
    // The user's «Пояснение»: the add-on's own is among its columns, this one is the user's.
    { header: 'Пояснение', cell: (_own, i) => (i === 1 ? 'своё пояснение' : '') },
    { header: 'Удвоено', cell: () => ({ formula: (row) => `=E${row}*2` }) },
  ]);
  workOn(spreadsheet.sheet('ШНОР по годам'), 'Динамика', [
    { header: 'Комментарий', cell: (own) => `про ${own[0]}` },
  ]);
  workOn(spreadsheet.sheet('Журнал проверки'), 'Что исправить до пятницы', [
    { header: 'Исправлено?', cell: () => 'нет, жду директора' },
  ]);
  spreadsheet.sheet('Результаты ОП').load(NEXT_RESULTS);
  return { spreadsheet, context, run: () => identifyLowResultSchools(context) };
}

function riskSetUp(): FaultRun {
  const spreadsheet = sweepWorkbook();
  const context = createFakeContext(spreadsheet);
  createTemplate(context);
  assessRiskProfile(context);
  workOn(spreadsheet.sheet('Рисковый профиль — итог'), 'Итог для педсовета', [
    { header: 'Что делаем', cell: (own) => `мероприятие по фактору «${own[0]}»` },
    { header: 'Документ', cell: link('A') },
  ]);
  // A result changed since: the levels, and so the summary, change.
  const profile = spreadsheet.sheet('Рисковый профиль');
  const rows = profile.values();
  profile.load(rows.map((row, i) => (i === 1 ? [...row.slice(0, 2), 1, ...row.slice(3)] : row)));
  return { spreadsheet, context, run: () => assessRiskProfile(context) };
}

function summarySetUp(failing: 'spreadsheet' | 'drive' = 'spreadsheet'): FaultRun {
  const clock = new FakeClock('2024-11-20T09:00:00+03:00');
  const drive = new FakeDrive({ clock });
  const folderId = drive.addFolder('ШНОР — школы района');
  const school = (id: string, name: string, failed: number) =>
    schoolWorkbook({
      school: name,
      fileName: name,
      id,
      results: [{ school: name, year: 2024, procedure: 'ОГЭ математика', participants: 30, failed }],
    });
  drive.addWorkbook(folderId, school('school-0002-abcdefghij', 'МБОУ СОШ № 2', 1));
  drive.addWorkbook(folderId, school('school-0008-abcdefghij', 'МБОУ ООШ № 8', 2));
  const curator = sweepWorkbook('Сводка куратора', 'curator-workbook-0001');
  curator.addSheet('Настройки', [
    ['Параметр', 'Значение'],
    ['Муниципалитет', 'Энский район'],
    ['Дата отчёта', '20.11.2024'],
    ['Папка школ', `https://drive.google.com/drive/folders/${folderId}`],
  ]);
  const context: FakeContext = { ...createFakeContext(curator), now: () => clock.now() };
  refreshFolderSummary(context, drive.port());
  workOn(curator.sheet('Сводка'), 'Сводка по району на ноябрь', [
    { header: 'Заметки куратора', cell: (own) => `выезд в ${own[0]}` },
    { header: 'Открыть', cell: link('B') },
  ]);
  // A day later a third school is in the folder and flagged: the rows are re-sorted.
  clock.advance(24 * 3600 * 1000);
  drive.addWorkbook(folderId, school('school-0005-abcdefghij', 'МБОУ СОШ № 5', 20));
  // A re-run after a failure that came after «Сводка» was written starts a new pass, a second
  // later: «Обновлено» says so, every other cell is the same.
  const updated = 1 + SUMMARY_HEADERS.indexOf('Обновлено');
  const stamped = (state: WorkbookState): WorkbookState => {
    const summary = state['Сводка'];
    if (!summary) return state;
    const values = summary.values.map((row, i) =>
      i < 2 ? row : row.map((c, j) => (j === updated - 1 && c instanceof Date ? 'stamp' : c)),
    );
    return { ...state, Сводка: { ...summary, values } };
  };
  // A file whose read failed was marked and sorted among the schools without data; read again,
  // it keeps that place among equals (the sort is stable): the rows are compared as a set, each
  // with its formulas as R1C1, which do not depend on the row's place.
  const asRowSet = (state: WorkbookState): WorkbookState => {
    const summary = stamped(state)['Сводка'];
    if (!summary) return state;
    const rows = summary.values.map((row, r) =>
      JSON.stringify(
        row.map((value, c) => {
          const formula = summary.formulas[a1Notation(r + 1, c + 1)];
          return formula ? a1ToR1C1(formula, r + 1, c + 1) : value;
        }),
      ),
    );
    const values = [...rows.slice(0, 2), ...rows.slice(2).sort()].map((row) => [row]);
    return { ...state, Сводка: { values, formulas: {} } };
  };
  const comparable = failing === 'drive' ? asRowSet : stamped;
  return {
    spreadsheet: curator,
    context,
    run: () => refreshFolderSummary(context, drive.port()),
    comparable,
    ...(failing === 'drive'
      ? {
          calls: drive.calls,
          // A file whose read failed gets its «Ошибка»; the curator's cells stay with their files.
          partial: (state: WorkbookState, before: WorkbookState) => {
            const width = SUMMARY_HEADERS.length;
            expect(userCellsByKey(state['Сводка']!, 1, width)).toEqual(
              userCellsByKey(before['Сводка']!, 1, width),
            );
          },
        }
      : {}),
  };
}

describe('fault injection: owned sheets survive a failure at any call', () => {
  it('«Выявить ШНОР»: «ШНОР», «ШНОР по годам», «Журнал проверки»', () => {
    const report = sweepAction(identifySetUp);
    expect(report.log.filter((name) => MUTATING_CALL.test(name)).length).toBeGreaterThanOrEqual(4);
    expect(report.reported).toBeGreaterThan(0);
    // The clean run kept every cell the user added with its school, the formulas for their row.
    const shnorBefore = userCellsByKey(report.before['ШНОР']!, 1, 8);
    const shnorAfter = userCellsByKey(report.after['ШНОР']!, 1, 8);
    expect(shnorAfter).toEqual(shnorBefore);
    expect(report.after['ШНОР']!.values[0]![0]).toBe('ШНОР района — к совещанию 12.12');
    expect(report.after['ШНОР']!.values[1]).toEqual(report.before['ШНОР']!.values[1]);
    // …and the sheet was really re-sorted: the lyceum moved up among the flagged schools.
    const order = (state: SheetState) => state.values.slice(2).map((row) => row[0]);
    expect(order(report.after['ШНОР']!)).not.toEqual(order(report.before['ШНОР']!));
    // «ШНОР по годам»: the comment follows its row (№, «Всего», …) after its year columns.
    const byYear = (state: SheetState) => {
      const header = state.values[1]!;
      const at = header.indexOf('Комментарий');
      return userCellsByKey(state, 1, at);
    };
    expect(byYear(report.after['ШНОР по годам']!).size).toBeGreaterThan(0);
    expect(byYear(report.after['ШНОР по годам']!)).toEqual(byYear(report.before['ШНОР по годам']!));
    // Input columns are never written: only `Низкий результат` of «Результаты ОП» changed.
    const inputs = (state: SheetState) => state.values.map((row) => row.slice(0, 6));
    expect(inputs(report.after['Результаты ОП']!)).toEqual(inputs(report.before['Результаты ОП']!));
    // A journal line is known by action, sheet, column, value and problem (its row may move).
    const problem = (row: readonly CellValue[]) => [0, 1, 3, 4, 5].map((i) => row[i]).join(' | ');
    const journalBefore = userCellsByKey(report.before['Журнал проверки']!, 1, 8, problem);
    expect(journalBefore.size).toBeGreaterThan(0);
    expect(userCellsByKey(report.after['Журнал проверки']!, 1, 8, problem)).toEqual(journalBefore);
  });

  it('«Оценить рисковый профиль»: «Рисковый профиль — итог»', () => {
    const report = sweepAction(riskSetUp);
    const name = 'Рисковый профиль — итог';
    expect(userCellsByKey(report.after[name]!, 1, 7)).toEqual(userCellsByKey(report.before[name]!, 1, 7));
    expect(report.after[name]!.values[0]![0]).toBe('Итог для педсовета');
  });

  it('«Обновить сводку по папке»: «Сводка», the curator’s notes and links by file', () => {
    const report = sweepAction(() => summarySetUp());
    const width = SUMMARY_HEADERS.length;
    const before = userCellsByKey(report.before['Сводка']!, 1, width);
    const after = userCellsByKey(report.after['Сводка']!, 1, width);
    expect(after).toEqual(before);
    expect(report.after['Сводка']!.values.slice(2).map((row) => row[0])).toContain('МБОУ СОШ № 5');
    expect(report.after['Сводка']!.values[0]![0]).toBe('Сводка по району на ноябрь');
  });
});

describe('fault injection: Drive and the Sheets API failing under «Обновить сводку по папке»', () => {
  it('a failed listing or file read leaves «Сводка» as before or as after, and a re-run completes it', () => {
    const report = sweepAction(() => summarySetUp('drive'));
    expect(report.calls).toBeGreaterThan(3);
  });
});

describe('fault injection: the journal of an action that writes only output columns', () => {
  function statusesSetUp(): FaultRun {
    const spreadsheet = sweepWorkbook();
    const context = createFakeContext(spreadsheet);
    createTemplate(context);
    const roadmap = spreadsheet.sheet('Дорожная карта');
    const rows = roadmap.values();
    // A deadline no one can read: «Обновить статусы» names it in the journal.
    roadmap.load(
      rows.map((row, i) => (i === 2 ? [...row.slice(0, 2), 'когда-нибудь', ...row.slice(3)] : row)),
    );
    refreshStatuses(context);
    workOn(spreadsheet.sheet('Журнал проверки'), 'Журнал — разобрать с завучем', [
      { header: 'Кто исправит', cell: () => 'Петрова' },
    ]);
    return { spreadsheet, context, run: () => refreshStatuses(context) };
  }

  it('«Обновить статусы»: «Журнал проверки» keeps its title and notes', () => {
    const report = sweepAction(statusesSetUp);
    const problem = (row: readonly CellValue[]) => row.slice(0, 7).join(' | ');
    const before = userCellsByKey(report.before['Журнал проверки']!, 1, 8, problem);
    expect(before.size).toBeGreaterThan(0);
    expect(userCellsByKey(report.after['Журнал проверки']!, 1, 8, problem)).toEqual(before);
  });
});

describe('fault injection: «Пересчитать всё»', () => {
  it('runs the three actions under one lock; a failure anywhere loses nothing', () => {
    const report = sweepAction(() => {
      const base = identifySetUp();
      return { ...base, run: () => recalculateAll(base.context) };
    });
    expect(userCellsByKey(report.after['ШНОР']!, 1, 8)).toEqual(userCellsByKey(report.before['ШНОР']!, 1, 8));
  });
});

describe('fault injection: «Импортировать результаты»', () => {
  function importSetUp(): FaultRun {
    const spreadsheet = sweepWorkbook();
    const context = createFakeContext(spreadsheet);
    createTemplate(context);
    const block = (failed: number) =>
      fisOkoBlock({
        year: 2024,
        grade: 5,
        subject: 'Математика',
        date: '18.04.2024',
        aggregates: [
          {
            name: 'Вся выборка',
            schools: 37925,
            participants: 1332542,
            shares: [11.68, 38.61, 33.67, 16.04],
          },
          {
            name: 'Озёрский муниципальный округ',
            schools: 2,
            participants: 95,
            shares: [15.42, 40.3, 31.34, 12.94],
          },
        ],
        schools: [
          { login: 'sch423160', name: 'МБОУ "СОШ № 2"', participants: 35, counts: spreadCounts(35, failed) },
          { login: 'sch423161', name: 'МАОУ "Лицей № 1"', participants: 60, counts: spreadCounts(60, 3) },
        ],
      });
    spreadsheet.sheet('Импорт').load(block(12));
    importResults(context);
    workOn(spreadsheet.sheet('Сравнение'), 'Сравнение с регионом', [
      { header: 'Вывод', cell: (own) => `ниже, чем ${own[1]}` },
    ]);
    // A corrected export pasted over the first one.
    spreadsheet.sheet('Импорт').load(block(10));
    return { spreadsheet, context, run: () => importResults(context) };
  }

  it('«Сравнение» keeps its title and the user’s conclusions; «Результаты ОП» is written in one piece', () => {
    const report = sweepAction(importSetUp);
    const level = (row: readonly CellValue[]) => row.slice(0, 4).join('|');
    const before = userCellsByKey(report.before['Сравнение']!, 1, 9, level);
    expect(before.size).toBeGreaterThan(0);
    expect(userCellsByKey(report.after['Сравнение']!, 1, 9, level)).toEqual(before);
    expect(report.after['Сравнение']!.values[0]![0]).toBe('Сравнение с регионом');
  });
});
