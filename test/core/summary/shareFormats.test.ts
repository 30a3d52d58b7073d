import { describe, expect, it } from 'vitest';
import type { CellValue, Grid } from '../../../src/core/cells/cellValue';
import { formatsFromGrid } from '../../../src/core/numbers/shareScale';
import { formatDependentCells, formatsGridsOf } from '../../../src/core/summary/shareFormats';
import { locateTable } from '../../../src/core/table/locateTable';
import {
  RESULTS_SHEET,
  RISK_PROFILE_SHEET,
  RISK_THRESHOLDS_SHEET,
  TARGETS_SHEET,
} from '../../../src/core/template/sheets';
import { sheetRows } from '../../fakes/fakeSchoolWorkbook';

const resultsGrid = (shares: readonly CellValue[]): Grid =>
  sheetRows(
    RESULTS_SHEET,
    shares.map((share, i) => ({
      school: 'МБОУ СОШ № 2',
      year: 2024,
      procedure: `П${i}`,
      participants: 30,
      share,
    })),
  );
const SHARE = RESULTS_SHEET.columns.findIndex((c) => c.key === 'share');

describe('formatDependentCells', () => {
  it.each<[string, readonly CellValue[], { firstRow: number; lastRow: number } | null]>([
    ['a plain 0,89 among points', [34, 0.89, 12], { firstRow: 3, lastRow: 3 }],
    ['the span of every number up to 1', [0.5, 40, 1], { firstRow: 2, lastRow: 4 }],
    ['percent points only: no read', [34, 12.5, 100], null],
    ['0 reads the same either way', [0, 0, 34], null],
    ['text is percent points whatever its format', ['0,89', '0,5 %', ''], null],
  ])('results: %s', (_, shares, span) => {
    const cells = formatDependentCells(new Map([[RESULTS_SHEET.name, resultsGrid(shares)]]));
    expect(cells).toEqual(span ? [{ sheet: RESULTS_SHEET.name, column: SHARE, ...span }] : []);
  });

  it('takes only «%» rows of «Пороги рисков», so the template’s «ед.» thresholds 1 and 2 cost no read', () => {
    const grid = sheetRows(RISK_THRESHOLDS_SHEET, [
      {
        indicator: 'Число вакантных должностей',
        unit: 'ед.',
        worseWhen: 'больше',
        mediumFrom: 1,
        highFrom: 2,
      },
      { indicator: 'Доля вакантных ставок', unit: '%', worseWhen: 'больше', mediumFrom: 5, highFrom: 0.1 },
    ]);
    const highFrom = RISK_THRESHOLDS_SHEET.columns.findIndex((c) => c.key === 'highFrom');
    expect(formatDependentCells(new Map([[RISK_THRESHOLDS_SHEET.name, grid]]))).toEqual([
      { sheet: RISK_THRESHOLDS_SHEET.name, column: highFrom, firstRow: 3, lastRow: 3 },
    ]);
  });

  it('takes a risk profile’s values up to 1, negative changes too, and share targets only', () => {
    const profile = sheetRows(RISK_PROFILE_SHEET, [
      { indicator: 'Доля учителей пенсионного возраста', value: 30 },
      { indicator: 'Изменение доли «2»', value: -0.05 },
    ]);
    const targets = sheetRows(TARGETS_SHEET, [
      { indicator: 'Средний балл', unit: 'балл', base: 0.5, plan: 0.6, fact: 0.7 },
      { indicator: 'Доля «2»', unit: '%', base: 12, plan: 0.08, fact: 10 },
    ]);
    const cells = formatDependentCells(
      new Map([
        [RISK_PROFILE_SHEET.name, profile],
        [TARGETS_SHEET.name, targets],
      ]),
    );
    const column = (schema: typeof TARGETS_SHEET | typeof RISK_PROFILE_SHEET, key: string) =>
      schema.columns.findIndex((c) => c.key === key);
    expect(cells).toEqual([
      {
        sheet: RISK_PROFILE_SHEET.name,
        column: column(RISK_PROFILE_SHEET, 'value'),
        firstRow: 3,
        lastRow: 3,
      },
      { sheet: TARGETS_SHEET.name, column: column(TARGETS_SHEET, 'plan'), firstRow: 3, lastRow: 3 },
    ]);
  });

  it('finds nothing in a sheet without its headers', () => {
    expect(formatDependentCells(new Map([[RESULTS_SHEET.name, [['что-то'], [0.5]]]]))).toEqual([]);
  });
});

describe('formatsGridsOf', () => {
  it('puts each read format at its cell; every other cell of the named sheets is plain', () => {
    const grid = resultsGrid([34, 0.89, 0.5]);
    const span = { sheet: RESULTS_SHEET.name, column: SHARE, firstRow: 3, lastRow: 4 };
    const grids = formatsGridsOf([RESULTS_SHEET.name, TARGETS_SHEET.name], [span], [['0.00%', '']]);
    const located = locateTable(grid, RESULTS_SHEET);
    if (!located.found) throw new Error('headers');
    expect(formatsFromGrid(grids.get(RESULTS_SHEET.name)!, located.table, ['share'])).toEqual({
      share: ['', '0.00%', ''],
    });
    expect(grids.get(TARGETS_SHEET.name)).toEqual([]);
    expect(grids.has(RISK_PROFILE_SHEET.name)).toBe(false);
  });
});
