import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CellValue } from '../../../src/core/cells/cellValue';
import type { ImportedResult } from '../../../src/core/import/importTypes';
import { cellsOf, planResultsMerge } from '../../../src/core/import/mergeResults';
import { locateTable, type TableRow } from '../../../src/core/table/locateTable';
import { RESULTS_SHEET } from '../../../src/core/template/sheets';

const HEADER = RESULTS_SHEET.columns.map((c) => c.header);

function rows(lines: CellValue[][]): TableRow<string>[] {
  const located = locateTable([HEADER, ...lines], RESULTS_SHEET);
  if (!located.found) throw new Error('header not found');
  return [...located.table.rows];
}

function result(over: Partial<ImportedResult> = {}): ImportedResult {
  return {
    importRow: 11,
    school: 'МБОУ "СОШ № 2"',
    schoolCode: 'sch423102',
    year: 2024,
    procedure: 'ВПР математика 5 класс',
    procedureId: 'vprMath5',
    participants: 35,
    failed: 12,
    failedShare: '',
    marks3: 9,
    marks4: 9,
    marks5: 5,
    source: 'Импорт: ФИС ОКО, ВПР математика 5 класс, 2024',
    ...over,
  };
}

const line = (r: ImportedResult): CellValue[] => {
  const c = cellsOf(r);
  return [
    c.school,
    c.year,
    c.procedure,
    c.participants,
    c.failed,
    c.share,
    '',
    c.schoolCode,
    c.marks3,
    c.marks4,
    c.marks5,
    c.source,
  ];
};

describe('planResultsMerge', () => {
  it('appends new rows below the table', () => {
    const plan = planResultsMerge(rows([['МАОУ лицей № 1', 2024, 'ОГЭ математика', 60, 3]]), 3, [result()]);
    expect(plan.writes).toEqual([{ rowNumber: 3, cells: cellsOf(result()) }]);
    expect(plan.importedRows).toBe(1);
  });

  it('writes nothing when its own row already holds the same values', () => {
    const plan = planResultsMerge(rows([line(result())]), 3, [result()]);
    expect(plan.writes).toEqual([]);
    expect(plan.importedRows).toBe(1);
  });

  it('replaces its own row in place by source and school (login), whatever the name now', () => {
    const plan = planResultsMerge(rows([['ручная', 2023, 'ОГЭ математика', 1, 0], line(result())]), 4, [
      result({ school: 'МБОУ СОШ №2', failed: 13 }),
    ]);
    expect(plan.writes).toEqual([
      { rowNumber: 3, cells: cellsOf(result({ school: 'МБОУ СОШ №2', failed: 13 })) },
    ]);
  });

  it('leaves rows of another source alone and adds its own beside them', () => {
    const other = result({ source: 'Импорт: ФИС ОКО, ВПР математика 5 класс, 2023', year: 2023 });
    const plan = planResultsMerge(rows([line(other)]), 3, [result()]);
    expect(plan.writes.map((w) => w.rowNumber)).toEqual([3]);
  });

  it.each([
    ['the same name spelled otherwise', ['МБОУ СОШ № 2', 2024, 'ВПР, мат., 5 кл.', 35, 11]],
    [
      'the same login',
      ['Школа два', '2023-2024', 'ВПР по математике (5 класс)', 35, 11, '', '', 'sch423102'],
    ],
    ['the login before the name', ['(sch423102) МБОУ СОШ №2', 2024, 'ВПР математика 5 класс', 35, 11]],
    // `Код ОО` as identification reads it (readSchoolCode): brackets, case and spaces are typing.
    [
      'the login typed in brackets',
      ['Школа два', 2024, 'ВПР математика 5 класс', 35, 11, '', '', '(sch423102)'],
    ],
    [
      'the login typed with a space',
      ['Школа два', 2024, 'ВПР математика 5 класс', 35, 11, '', '', 'SCH 423102'],
    ],
  ])('keeps a user row for the same school, year and procedure: %s', (_case, userRow) => {
    const plan = planResultsMerge(rows([userRow as CellValue[]]), 3, [result()]);
    expect(plan.writes).toEqual([]);
    expect(plan.importedRows).toBe(0);
    expect(plan.entries).toEqual([
      expect.objectContaining({
        sheet: 'Результаты ОП',
        row: 2,
        problem: expect.stringContaining('строка 11 листа «Импорт»'),
      }),
    ]);
  });

  it('does not join a user row of another login, another year or another procedure', () => {
    const plan = planResultsMerge(
      rows([
        ['МБОУ СОШ № 2', 2024, 'ВПР математика 5 класс', 35, 11, '', '', 'sch999999'],
        ['МБОУ СОШ № 2', 2023, 'ВПР математика 5 класс', 35, 11],
        ['МБОУ СОШ № 2', 2024, 'ВПР математика 6 класс', 35, 11],
        ['МБОУ СОШ № 12', 2024, 'ВПР математика 5 класс', 35, 11],
      ]),
      6,
      [result()],
    );
    expect(plan.entries).toEqual([]);
    expect(plan.writes.map((w) => w.rowNumber)).toEqual([6]);
  });

  it('blanks its own earlier copy when a user row for the same result appeared since', () => {
    const plan = planResultsMerge(
      rows([line(result()), ['МБОУ СОШ № 2', 2024, 'ВПР математика 5 класс', 35, 11]]),
      4,
      [result()],
    );
    expect(plan.writes).toHaveLength(1);
    expect(plan.writes[0]!.rowNumber).toBe(2);
    expect(Object.values(plan.writes[0]!.cells).every((cell) => cell === '')).toBe(true);
  });
});

describe('planResultsMerge: a second import of the same export changes nothing', () => {
  const COLUMN = Object.fromEntries(RESULTS_SHEET.columns.map((c, i) => [c.key, i])) as Record<
    string,
    number
  >;

  function apply(grid: CellValue[][], writes: ReturnType<typeof planResultsMerge>['writes']): CellValue[][] {
    const next = grid.map((row) => [...row]);
    for (const write of writes) {
      const row = next[write.rowNumber - 1] ?? Array(HEADER.length).fill('');
      for (const [key, value] of Object.entries(write.cells)) row[COLUMN[key]!] = value;
      next[write.rowNumber - 1] = row;
    }
    return next;
  }

  it('holds for any mix of user rows and imported results', () => {
    const school = fc.constantFrom('МБОУ СОШ № 2', 'МБОУ "СОШ №2"', 'МАОУ лицей № 1', 'МБОУ СОШ № 12');
    const login = fc.constantFrom('', 'sch423102', 'sch423101');
    const procedure = fc.constantFrom(
      'ВПР математика 5 класс',
      'ОГЭ математика',
      'ВПР окружающий мир 4 класс',
    );
    const year = fc.constantFrom(2023, 2024);
    const imported = fc.array(
      fc.record({ school, schoolCode: login, procedure, year, failed: fc.nat(30) }).map((r) =>
        result({
          ...r,
          procedureId:
            r.procedure === 'ОГЭ математика'
              ? 'ogeMath'
              : r.procedure.includes('5 класс')
                ? 'vprMath5'
                : null,
          source: `Импорт: ФИС ОКО, ${r.procedure}, ${r.year}`,
        }),
      ),
      { maxLength: 12 },
    );
    const userRows = fc.array(
      fc
        .tuple(school, year, procedure, fc.nat(30))
        .map(([s, y, p, f]): CellValue[] => [s, y, p, 30, f, '', '', '', '', '', '', '']),
      { maxLength: 5 },
    );
    fc.assert(
      fc.property(userRows, imported, (users, results) => {
        let grid: CellValue[][] = [HEADER, ...users];
        const first = planResultsMerge(rows(grid.slice(1)), grid.length + 1, results);
        grid = apply(grid, first.writes);
        const second = planResultsMerge(rows(grid.slice(1)), grid.length + 1, results);
        expect(second.writes).toEqual([]);
        expect(second.importedRows).toBe(first.importedRows);
        // The user's rows are where they were, as they were.
        expect(grid.slice(1, users.length + 1)).toEqual(users);
      }),
      { numRuns: 300 },
    );
  });
});
