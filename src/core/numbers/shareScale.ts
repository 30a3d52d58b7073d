// What a plain number in a share cell means (PRODUCT.md §2, §9). On a sheet, in a column whose
// header carries «%», people type percent points: 0,89 in `Доля «2», %` is 0,89 % (an ordinary share
// of «2» at a good gymnasium), and only a cell FORMATTED as percent holds a fraction (it shows 89 %,
// its value is 0,89). So the sheet actions read the number formats with the values. A custom
// function receives values without formats: there a number up to 1 is a fraction and a larger one
// percent points, as §9 documents.
import type { LocatedTable } from '../table/locateTable';

/**
 * 'points': the cell is not formatted as percent, a number is percent points;
 * 'fraction': the cell is formatted as percent, its number is a fraction;
 * 'unknown': no format was read (custom functions, other files' values), §9's rule.
 */
export type ShareScale = 'points' | 'fraction' | 'unknown';

/**
 * True when a number format shows its number as percent: a «%» outside quoted text and not escaped
 * («0.00%», «0%», «#,##0.0 %»; not «0 "%"», «0\%»). Sheets gives one format string per cell.
 */
export function isPercentFormat(format: string): boolean {
  let quoted = false;
  for (let i = 0; i < format.length; i++) {
    const ch = format[i];
    if (ch === '\\') i++;
    else if (ch === '"') quoted = !quoted;
    else if (ch === '%' && !quoted) return true;
  }
  return false;
}

/** The scale of a cell with the given number format; undefined (not read) is 'unknown'. */
export function shareScaleOf(format: string | undefined): ShareScale {
  if (format === undefined) return 'unknown';
  return isPercentFormat(format) ? 'fraction' : 'points';
}

/**
 * Number formats read with a table: per column key, one format string per row of the located table
 * (index = the row's index in `table.rows`). Only the columns that hold shares are read.
 */
export type NumberFormats<K extends string> = Readonly<Partial<Record<K, readonly string[]>>>;

/** The scale of one cell of a located table; without formats for the column, 'unknown'. */
export function shareScaleAt<K extends string>(
  formats: NumberFormats<K> | null | undefined,
  key: K,
  rowIndex: number,
): ShareScale {
  const column = formats?.[key];
  if (!column) return 'unknown';
  return shareScaleOf(column[rowIndex] ?? '');
}

/**
 * A number read from a share cell, in percent points or as a fraction. Text with «%» and text typed
 * without it are percent points on a sheet; a number is what its cell's format says.
 */
export function isPercentPoints(value: number, typedAsText: boolean, scale: ShareScale): boolean {
  if (scale === 'points') return true;
  if (scale === 'fraction') return typedAsText;
  return Math.abs(value) > 1;
}

/**
 * The formats of some columns of a located table, from a grid of formats read beside its values
 * (`getDataRange().getNumberFormats()`, the same shape as the values grid); no grid read, null.
 */
export function formatsFromGrid<K extends string>(
  formatsGrid: readonly (readonly string[])[] | null | undefined,
  table: LocatedTable<K>,
  keys: readonly K[],
): NumberFormats<K> | null {
  if (!formatsGrid) return null;
  const formats: Partial<Record<K, string[]>> = {};
  for (const key of keys) {
    const column = table.columnIndex[key];
    if (column === undefined) continue;
    formats[key] = table.rows.map((row) => formatsGrid[row.rowNumber - 1]?.[column] ?? '');
  }
  return formats;
}
