import { asSafeCell, type CellValue, type Grid } from '../../core/cells/cellValue';
import {
  isDuplicated,
  type LocatedTable,
  type LocateResult,
  locateTable,
} from '../../core/table/locateTable';
import type { SheetSchema } from '../../core/table/schema';
import type { SheetLike, SpreadsheetLike } from '../platform/surface';
import { findSheet } from './sheetLookup';

export interface ReadTable<K extends string> {
  readonly sheet: SheetLike;
  readonly result: LocateResult<K>;
}

/**
 * Grows the sheet so that a block of the size fits: real sheets throw on a range past their end.
 * `known` is a size the sheet surely has (the data range just read): within it nothing is asked.
 */
export function ensureSize(
  sheet: SheetLike,
  rows: number,
  columns: number,
  known: { readonly rows: number; readonly columns: number } = { rows: 0, columns: 0 },
): void {
  if (rows > known.rows) {
    const maxRows = sheet.getMaxRows();
    if (rows > maxRows) sheet.insertRowsAfter(maxRows, rows - maxRows);
  }
  if (columns > known.columns) {
    const maxColumns = sheet.getMaxColumns();
    if (columns > maxColumns) sheet.insertColumnsAfter(maxColumns, columns - maxColumns);
  }
}

/**
 * The values of a sheet's data range in one call instead of two (getSheetValues to the last row
 * and column with data), for a reader that needs no range object. Sheets refuses it on a sheet
 * with no data: then — as after any failure of that call — the data range is read as usual, and a
 * failure of that read is the caller's.
 */
export function readSheetValues(sheet: SheetLike): Grid {
  try {
    return sheet.getSheetValues(1, 1, -1, -1);
  } catch (_refused) {
    return sheet.getDataRange().getValues();
  }
}

/**
 * Reads the whole data range of a sheet in one call; null when the sheet does not exist. The sheet
 * is found with the tolerance of headers («Дорожная  карта» is «Дорожная карта»).
 */
export function readGrid(
  spreadsheet: SpreadsheetLike,
  sheetName: string,
): { sheet: SheetLike; grid: Grid } | null {
  const sheet = findSheet(spreadsheet, sheetName);
  if (!sheet) return null;
  return { sheet, grid: sheet.getDataRange().getValues() };
}

/** Reads a template table by its headers: three service calls whatever its size. */
export function readTable<K extends string>(
  spreadsheet: SpreadsheetLike,
  schema: SheetSchema<K>,
): ReadTable<K> | null {
  const read = readGrid(spreadsheet, schema.name);
  if (!read) return null;
  return { sheet: read.sheet, result: locateTable(read.grid, schema) };
}

/**
 * The outputs the add-on may write: a header typed twice (a user's «Статус» beside the template's)
 * is written in neither column; the journal names it (tableShapeEntries).
 */
export function writableOutputs<K extends string, V>(
  table: LocatedTable<K>,
  outputs: Partial<Record<K, V>>,
): Partial<Record<K, V>> {
  const writable: Partial<Record<K, V>> = {};
  for (const key of Object.keys(outputs) as K[]) {
    if (!isDuplicated(table, key)) writable[key] = outputs[key];
  }
  return writable;
}

/**
 * Writes the add-on's output columns of a located table: one setValues per run of adjacent output
 * columns, never touching the input columns between them. An output column the user deleted is
 * added back after the last header; a duplicated one is not written at all. Every value is made
 * formula-safe.
 */
export function writeOutputColumns<K extends string>(
  sheet: SheetLike,
  table: LocatedTable<K>,
  outputs: Partial<Record<K, readonly CellValue[]>>,
): void {
  const rowCount = table.rows.length;
  const keys = Object.keys(writableOutputs(table, outputs)) as K[];
  if (keys.length === 0) return;
  const columnIndex: Partial<Record<K, number>> = { ...table.columnIndex };
  const missing = keys.filter((key) => columnIndex[key] === undefined);
  if (missing.length > 0) {
    const headers = missing.map((key) => table.schema.columns.find((c) => c.key === key)?.header ?? key);
    ensureSize(sheet, table.headerRowNumber, table.width + headers.length, {
      rows: table.headerRowNumber,
      columns: table.width,
    });
    sheet.getRange(table.headerRowNumber, table.width + 1, 1, headers.length).setValues([headers]);
    missing.forEach((key, i) => {
      columnIndex[key] = table.width + i;
    });
  }
  if (rowCount === 0) return;
  const ordered = keys.map((key) => ({ key, index: columnIndex[key]! })).sort((a, b) => a.index - b.index);
  let run: { key: K; index: number }[] = [];
  const flush = (): void => {
    if (run.length === 0) return;
    const block: CellValue[][] = [];
    for (let r = 0; r < rowCount; r++) {
      block.push(run.map(({ key }) => asSafeCell(outputs[key]?.[r] ?? '')));
    }
    sheet.getRange(table.headerRowNumber + 1, run[0]!.index + 1, rowCount, run.length).setValues(block);
    run = [];
  };
  for (const column of ordered) {
    const last = run[run.length - 1];
    if (last && column.index !== last.index + 1) flush();
    run.push(column);
  }
  flush();
}
