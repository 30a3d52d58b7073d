// The number formats of the share columns, read with their values (PRODUCT.md §2: a percent-
// formatted cell holds a fraction, any other number in a «%» column is percent points).
import type { Grid } from '../../core/cells/cellValue';
import type { NumberFormats } from '../../core/numbers/shareScale';
import type { LocatedTable } from '../../core/table/locateTable';
import type { SheetLike, SpreadsheetLike } from '../platform/surface';
import { findSheet } from './sheetLookup';

/**
 * Reads the formats of the given columns below the header: one range spanning them, two calls
 * whatever the number of rows (only the columns that need them, not the whole table: a results
 * sheet has 81,000 rows). No call when none of the columns is there or the table has no rows.
 */
export function readColumnFormats<K extends string>(
  sheet: SheetLike,
  table: LocatedTable<K>,
  keys: readonly K[],
): NumberFormats<K> {
  const formats: Partial<Record<K, string[]>> = {};
  const present = keys.filter((key) => table.columnIndex[key] !== undefined);
  const rows = table.rows.length;
  if (present.length === 0 || rows === 0) return formats;
  const indexes = present.map((key) => table.columnIndex[key]!);
  const first = Math.min(...indexes);
  const width = Math.max(...indexes) - first + 1;
  const grid = sheet.getRange(table.headerRowNumber + 1, first + 1, rows, width).getNumberFormats();
  for (const key of present) {
    const column = table.columnIndex[key]! - first;
    formats[key] = grid.map((line) => line[column] ?? '');
  }
  return formats;
}

/**
 * Reads a small sheet's data range with its number formats: the same range, one call more than
 * readGrid (a risk profile or a target table, where every column may hold a share).
 */
export function readGridWithFormats(
  spreadsheet: SpreadsheetLike,
  sheetName: string,
): { sheet: SheetLike; grid: Grid; formats: string[][] } | null {
  const sheet = findSheet(spreadsheet, sheetName);
  if (!sheet) return null;
  const range = sheet.getDataRange();
  return { sheet, grid: range.getValues(), formats: range.getNumberFormats() };
}
