import { describe, expect, it } from 'vitest';
import type { Grid } from '../../../src/core/cells/cellValue';
import {
  formatsFromGrid,
  isPercentFormat,
  shareScaleAt,
  shareScaleOf,
} from '../../../src/core/numbers/shareScale';
import { locateTable } from '../../../src/core/table/locateTable';
import { RESULTS_SHEET } from '../../../src/core/template/sheets';

describe('isPercentFormat: what getNumberFormats says about a cell', () => {
  it.each([
    ['0.00%', true],
    ['0%', true],
    ['0.0%', true],
    ['#,##0.0 %', true],
    ['General', false],
    ['0.##', false],
    ['', false],
    ['@', false],
    ['0 "%"', false], // a literal «%» after the number: the value is what it shows
    ['0\\%', false],
    ['dd.MM.yyyy', false],
  ])('%j → %s', (format, percent) => {
    expect(isPercentFormat(format)).toBe(percent);
    expect(shareScaleOf(format)).toBe(percent ? 'fraction' : 'points');
  });

  it('is «unknown» where no format was read (custom functions)', () => {
    expect(shareScaleOf(undefined)).toBe('unknown');
    expect(shareScaleAt(null, 'share', 0)).toBe('unknown');
    expect(shareScaleAt({ share: ['0.00%', 'General'] }, 'share', 1)).toBe('points');
  });

  it('picks the formats of a located table’s columns out of a grid of the same shape', () => {
    const values: Grid = [
      ['Результаты 2024'],
      ['Школа', 'Год', 'Процедура', 'Доля «2», %'],
      ['А', 2024, 'ОГЭ математика', 0.89],
      ['Б', 2024, 'ОГЭ математика', 0.89],
    ];
    const formats = [
      ['General'],
      ['General', 'General', 'General', 'General'],
      ['General', '0', 'General', 'General'],
      ['General', '0', 'General', '0.00%'],
    ];
    const located = locateTable(values, RESULTS_SHEET);
    if (!located.found) throw new Error('not found');
    const picked = formatsFromGrid(formats, located.table, ['share', 'failed']);
    expect(picked).toEqual({ share: ['General', '0.00%'] });
  });
});
