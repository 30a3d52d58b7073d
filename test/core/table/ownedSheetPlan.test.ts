import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CellValue, Grid } from '../../../src/core/cells/cellValue';
import {
  type FormulaGrid,
  locateOwnedSheet,
  type OwnedSheetShape,
  planOwnedSheet,
} from '../../../src/core/table/ownedSheetPlan';

const SHAPE: OwnedSheetShape = {
  headers: ['Школа', 'ШНОР', 'Пояснение'],
  keyColumns: [0],
};

function plan(
  grid: Grid,
  rows: CellValue[][],
  shape: OwnedSheetShape = SHAPE,
  formulas: FormulaGrid | null = null,
) {
  const located = locateOwnedSheet(grid, shape);
  if (!located.found) throw new Error('header not found');
  return planOwnedSheet(grid, formulas, located.layout, shape, rows);
}

describe('locateOwnedSheet', () => {
  it('finds the header under title rows', () => {
    const grid: Grid = [
      ['Список ШНОР на 2024 год', '', ''],
      ['', '', ''],
      ['Школа', 'ШНОР', 'Пояснение'],
      ['СОШ № 1', 'Да', '…'],
    ];
    const located = locateOwnedSheet(grid, SHAPE);
    expect(located).toMatchObject({ found: true, layout: { headerIndex: 2, ownFound: [0, 1, 2] } });
  });

  it('finds it with the tolerance of input headers (case, «ё», spaces, line breaks)', () => {
    const located = locateOwnedSheet([['  школа ', 'шнор', 'ПОЯСНЕНИЕ\n']], SHAPE);
    expect(located).toMatchObject({ found: true, layout: { headerIndex: 0, ownFound: [0, 1, 2] } });
  });

  it('refuses a sheet that holds no own header in its first rows', () => {
    expect(locateOwnedSheet([['Мои заметки'], ['купить мел']], SHAPE)).toEqual({ found: false });
  });

  it('locates a sheet of 600,000 rows (a journal left by a huge «Результаты ОП») without a stack overflow', () => {
    const grid: Grid = [['Школа', 'ШНОР', 'Пояснение']];
    for (let i = 0; i < 600_000; i++) grid.push([`СОШ № ${i}`, 'Нет', '']);
    expect(locateOwnedSheet(grid, SHAPE)).toMatchObject({ found: true, layout: { headerIndex: 0 } });
  });

  it('gives an empty sheet its header in row 1', () => {
    expect(locateOwnedSheet([['']], SHAPE)).toMatchObject({ found: true, layout: { headerIndex: 0 } });
  });

  it.each([
    // A second «Пояснение» right of the table: the add-on's is the one among its own columns.
    [['Школа', 'ШНОР', 'Пояснение', 'Пояснение'], [0, 1, 2], [3]],
    // The user's «Пояснение» typed left of the add-on's, between «Школа» and «ШНОР»: still the one
    // after «ШНОР» is the add-on's, as it stands where its neighbours say.
    [['Школа', 'Пояснение', 'ШНОР', 'Пояснение'], [0, 2, 3], [1]],
    // Nothing tells them apart: the leftmost is the add-on's.
    [['Пояснение', 'Пояснение'], [-1, -1, 0], [1]],
  ])('header %j: own columns %j, user columns %j', (header, own, user) => {
    const located = locateOwnedSheet([header], SHAPE);
    expect(located).toMatchObject({ found: true, layout: { ownFound: own, userColumns: user } });
  });
});

describe('planOwnedSheet', () => {
  it('starts the block at the header row, so title rows are not written', () => {
    const grid: Grid = [
      ['Список ШНОР', '', ''],
      ['Школа', 'ШНОР', 'Пояснение'],
      ['СОШ № 1', 'Да', 'старое'],
    ];
    const result = plan(grid, [['СОШ № 2', 'Нет', 'новое']]);
    expect(result.headerRow).toBe(2);
    expect(result.block).toEqual([
      ['Школа', 'ШНОР', 'Пояснение'],
      ['СОШ № 2', 'Нет', 'новое'],
    ]);
  });

  it('carries the user columns with their school, values and formulas, whatever the new order', () => {
    const grid: Grid = [
      ['Школа', 'ШНОР', 'Пояснение', 'Заметка', 'Ссылка'],
      ['СОШ № 1', 'Да', '', 'позвонить', 'План СОШ 1'],
      ['СОШ № 2', 'Нет', '', 'ок', ''],
    ];
    const formulas: FormulaGrid = [
      ['', '', '', '', ''],
      ['', '', '', '', '=HYPERLINK("https://x/1", R[0]C[-4])'],
      ['', '', '', '', ''],
    ];
    const result = plan(
      grid,
      [
        ['СОШ № 2', 'Да', ''],
        ['сош  № 1', 'Нет', ''],
      ],
      SHAPE,
      formulas,
    );
    expect(result.block).toEqual([
      ['Школа', 'ШНОР', 'Пояснение', 'Заметка', 'Ссылка'],
      ['СОШ № 2', 'Да', '', 'ок', ''],
      ['сош  № 1', 'Нет', '', 'позвонить', '=HYPERLINK("https://x/1", A3)'],
    ]);
  });

  it('keeps an own-name user column as the user’s', () => {
    const grid: Grid = [
      ['Школа', 'ШНОР', 'Пояснение', 'Пояснение'],
      ['СОШ № 1', 'Да', 'старое', 'моё пояснение'],
    ];
    const result = plan(grid, [['СОШ № 1', 'Да', 'новое']]);
    expect(result.block).toEqual([
      ['Школа', 'ШНОР', 'Пояснение', 'Пояснение'],
      ['СОШ № 1', 'Да', 'новое', 'моё пояснение'],
    ]);
  });

  it('keeps the column layout: a user column between own columns stays there; a missing own column goes last', () => {
    const grid: Grid = [
      ['Школа', 'Куратор', 'ШНОР'],
      ['СОШ № 1', 'Иванова', 'Да'],
    ];
    const result = plan(grid, [['СОШ № 1', 'Нет', 'почему']]);
    expect(result.ownColumns).toEqual([1, 3, 4]);
    expect(result.block).toEqual([
      ['Школа', 'Куратор', 'ШНОР', 'Пояснение'],
      ['СОШ № 1', 'Иванова', 'Нет', 'почему'],
    ]);
  });

  it('keeps a user row whose school is gone below the new rows, through keptRow', () => {
    const grid: Grid = [
      ['Школа', 'ШНОР', 'Пояснение', 'Заметка'],
      ['СОШ № 9', 'Да', '', 'закрыта'],
    ];
    const shape: OwnedSheetShape = { ...SHAPE, keptRow: (own) => [own[0]!, '', 'нет в результатах'] };
    expect(plan(grid, [['СОШ № 1', 'Нет', '']], shape).block).toEqual([
      ['Школа', 'ШНОР', 'Пояснение', 'Заметка'],
      ['СОШ № 1', 'Нет', '', ''],
      ['СОШ № 9', '', 'нет в результатах', 'закрыта'],
    ]);
  });

  it('pairs rows of the same key in order', () => {
    const grid: Grid = [
      ['Школа', 'ШНОР', 'Пояснение', 'Заметка'],
      ['', '', '', 'первая'],
      ['', '', '', 'вторая'],
    ];
    const result = plan(grid, [
      ['', 'x', ''],
      ['', 'y', ''],
    ]);
    expect(result.block.slice(1).map((row) => row[3])).toEqual(['первая', 'вторая']);
  });

  it('blanks what the old table had below and to the right within the same block', () => {
    const grid: Grid = [
      ['Школа', 'ШНОР', 'Пояснение', '', ''],
      ['СОШ № 1', 'Да', '', '', ''],
      ['СОШ № 2', 'Да', '', '', ''],
      ['СОШ № 3', 'Да', '', '', ''],
    ];
    const result = plan(grid, [['СОШ № 1', 'Нет', '']]);
    expect(result.block).toEqual([
      ['Школа', 'ШНОР', 'Пояснение', '', ''],
      ['СОШ № 1', 'Нет', '', '', ''],
      ['', '', '', '', ''],
      ['', '', '', '', ''],
    ]);
    expect(result.rowCount).toBe(1);
  });

  it('makes every value formula-safe, the user’s text too, and writes the user’s formulas as formulas', () => {
    const grid: Grid = [
      ['Школа', 'ШНОР', 'Пояснение', 'Заметка', 'Итого'],
      ['СОШ № 1', 'Да', '', '=текст, не формула', 3],
    ];
    const formulas: FormulaGrid = [
      ['', '', '', '', ''],
      ['', '', '', '', '=R[0]C[-3]+1'],
    ];
    const result = plan(grid, [['СОШ № 1', '=IMPORTXML("http://evil")', '+7']], SHAPE, formulas);
    expect(result.block[1]).toEqual([
      'СОШ № 1',
      '\'=IMPORTXML("http://evil")',
      "'+7",
      "'=текст, не формула",
      '=B2+1',
    ]);
  });

  it('lays the own columns of changing headers together, in order, the user columns after them', () => {
    const shape: OwnedSheetShape = {
      headers: ['№', '2022 год', '2023 год', '2024 год'],
      keyColumns: [0],
      isOwnHeader: (h) => /^\d{4} год$/.test(h.trim()) || h === '№',
    };
    const grid: Grid = [
      ['№', '2023 год', '2024 год', 'Заметка', '2021 год'],
      [1, 'СОШ № 1', 'СОШ № 1', 'первая', 'СОШ № 5'],
    ];
    const result = plan(grid, [[1, 'СОШ № 2', 'СОШ № 1', 'СОШ № 1']], shape);
    expect(result.block).toEqual([
      ['№', '2022 год', '2023 год', '2024 год', 'Заметка'],
      [1, 'СОШ № 2', 'СОШ № 1', 'СОШ № 1', 'первая'],
    ]);
  });

  it('is idempotent: planning its own output again gives the same block', () => {
    const grid: Grid = [
      ['Титул', '', '', '', ''],
      ['Школа', 'ШНОР', 'Пояснение', 'Заметка', 'Пояснение'],
      ['СОШ № 2', 'Да', '', 'b', 'мое'],
      ['СОШ № 1', 'Нет', '', 'a', ''],
    ];
    const rows = [
      ['СОШ № 1', 'Да', 'x'],
      ['СОШ № 2', 'Нет', 'y'],
    ];
    const first = plan(grid, rows);
    const after: Grid = [grid[0]!, ...first.block];
    const second = plan(after, rows);
    expect(second.block).toEqual(first.block);
  });
});

describe('formulas in a column without header or shown value', () => {
  it('are the user’s: the column is read for formulas and kept', () => {
    const grid: Grid = [
      ['Школа', 'ШНОР', 'Пояснение', ''],
      ['СОШ № 1', 'Да', '', ''],
    ];
    const located = locateOwnedSheet(grid, SHAPE);
    if (!located.found) throw new Error('header not found');
    expect(located.layout.blankColumns).toEqual([3]);
    const formulas: FormulaGrid = [
      ['', '', '', ''],
      ['', '', '', '=IF(R[0]C[-2]="Да","","!")'],
    ];
    const result = planOwnedSheet(grid, formulas, located.layout, SHAPE, [
      ['СОШ № 2', 'Нет', ''],
      ['СОШ № 1', 'Да', ''],
    ]);
    expect(result.block.map((row) => row[3])).toEqual(['', '', '=IF(B3="Да","","!")']);
  });
});

describe('planOwnedSheet, for any order of the new rows', () => {
  it('puts every user cell on the row of its key, and loses none', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 1, max: 40 }), { minLength: 1, maxLength: 12 }),
        fc.array(fc.boolean(), { minLength: 12, maxLength: 12 }),
        fc.integer({ min: 0, max: 3 }),
        (numbers, keepsRow, titles) => {
          const schools = numbers.map((n) => `СОШ № ${n}`);
          const grid: Grid = [
            ...Array.from({ length: titles }, (_, i): CellValue[] => [`Титул ${i}`, '', '', '']),
            ['Школа', 'ШНОР', 'Пояснение', 'Заметка'],
            ...schools.map((school, i): CellValue[] => [school, 'Да', '', `заметка ${i}`]),
          ];
          const rows = schools
            .filter((_, i) => keepsRow[i])
            .reverse()
            .map((school) => [school, 'Нет', '']);
          const result = plan(grid, rows);
          expect(result.headerRow).toBe(titles + 1);
          const noteBySchool = new Map(result.block.slice(1).map((row) => [row[0], row[3]]));
          schools.forEach((school, i) => {
            expect(noteBySchool.get(school)).toBe(`заметка ${i}`);
          });
        },
      ),
    );
  });
});

describe('a column filled by one spilling formula (ARRAYFORMULA)', () => {
  it('keeps the formula in its cell and leaves the cells it fills empty, whatever the new order', () => {
    const grid: Grid = [
      ['Школа', 'ШНОР', 'Пояснение', 'Длина'],
      ['СОШ № 1', 'Да', '', 7],
      ['СОШ № 22', 'Нет', '', 8],
    ];
    const formulas: FormulaGrid = [
      ['', '', '', ''],
      ['', '', '', '=ARRAYFORMULA(LEN(R[0]C[-3]:C[-3]))'],
      ['', '', '', ''],
    ];
    const result = plan(
      grid,
      [
        ['СОШ № 22', 'Да', ''],
        ['СОШ № 1', 'Нет', ''],
      ],
      SHAPE,
      formulas,
    );
    expect(result.block.map((row) => row[3])).toEqual(['Длина', '=ARRAYFORMULA(LEN(A2:A))', '']);
    expect(result.rowCount).toBe(2);
  });
});

describe('a kept row without keptRow', () => {
  it('shows its key and the user’s cells, and none of its stale own cells', () => {
    const grid: Grid = [
      ['Школа', 'ШНОР', 'Пояснение', 'Заметка'],
      ['СОШ № 9', 'Да', 'прошлогоднее', 'закрыта'],
    ];
    expect(plan(grid, [['СОШ № 1', 'Нет', '']]).block[2]).toEqual(['СОШ № 9', '', '', 'закрыта']);
  });
});
