// «Импортировать результаты» (PRODUCT.md §10): reads «Импорт» once (values and number formats),
// «Результаты ОП» once and «Сравнение» once (their values only, one call each); core parses and
// plans; then writes only the rows of «Результаты ОП» that change (one block per run of rows and
// columns: a re-import writes nothing) and «Сравнение» through the owned-sheet writer. «Импорт»
// itself is never written.
import { asSafeCell, type CellValue, type Grid } from '../../core/cells/cellValue';
import { COMPARISON_KEY_COLUMNS, mergeComparison } from '../../core/import/mergeComparison';
import {
  IMPORT_COLUMNS,
  type ImportColumn,
  planResultsMerge,
  type RowWrite,
} from '../../core/import/mergeResults';
import { parseImport } from '../../core/import/parseImport';
import { headersMissingEntry, sheetMissingEntry } from '../../core/journal/tableProblems';
import { importMessages as m } from '../../core/messages/import';
import { menuLabels } from '../../core/messages/menu';
import { locateTable } from '../../core/table/locateTable';
import { columnOf, columnPositions } from '../../core/table/schema';
import { COMPARISON_SHEET, IMPORT_SHEET, RESULTS_SHEET } from '../../core/template/sheets';
import type { AddonContext } from '../context';
import { type OwnedSheetSpec, readOwnedSheetValues, writeOwnedSheet } from '../io/ownedSheet';
import { findSheet } from '../io/sheetLookup';
import { ensureSize, readSheetValues } from '../io/tables';
import type { SheetLike, SpreadsheetLike } from '../platform/surface';
import { type ActionOutcome, type ActionResult, type ActionRun, runAction } from './runAction';

export const COMPARISON_SPEC: OwnedSheetSpec = {
  name: COMPARISON_SHEET.name,
  headers: COMPARISON_SHEET.columns.map((c) => c.header),
  keyColumns: COMPARISON_KEY_COLUMNS,
};

/** Consecutive indexes grouped: [3, 4, 5, 9] → [[3, 5], [9, 9]]. */
function runs(
  sorted: readonly number[],
  joinable: (from: number, to: number) => boolean,
): [number, number][] {
  const out: [number, number][] = [];
  for (const value of sorted) {
    const last = out[out.length - 1];
    if (last && (value === last[1] + 1 || joinable(last[1] + 1, value - 1))) last[1] = value;
    else out.push([value, value]);
  }
  return out;
}

interface ResultsTarget {
  readonly sheet: SheetLike;
  readonly grid: Grid;
  /** 0-based column of each import column, appended ones included. */
  readonly columns: Readonly<Record<ImportColumn, number>>;
  /** Headers to add after the last column: [0-based column, header]. */
  readonly newHeaders: readonly (readonly [number, string])[];
  readonly headerRow: number;
  /** Columns between ours that the add-on may rewrite with what they hold (`Низкий результат`). */
  readonly bridgeable: ReadonlySet<number>;
}

/** Writes the planned rows: one setValues per run of rows × run of columns. */
function writeResults(target: ResultsTarget, writes: readonly RowWrite[]): void {
  const { sheet, grid, columns } = target;
  const width = grid[0]?.length ?? 0;
  // The plan gives its writes in row order: the last is the lowest row.
  const lastRow = Math.max(target.headerRow, writes.at(-1)?.rowNumber ?? 0);
  const lastColumn = Math.max(...Object.values(columns)) + 1;
  // Only a block past what was read can be past the sheet's end. Rows below the last data row
  // hold nothing, so the new rows go in right there in one call (they take the format of a data
  // row above); a table of only its header asks the size first, or the rows would look like it.
  if (lastRow > grid.length) {
    if (grid.length > target.headerRow) sheet.insertRowsAfter(grid.length, lastRow - grid.length);
    else ensureSize(sheet, lastRow, 0);
  }
  if (lastColumn > width) ensureSize(sheet, 0, lastColumn);
  if (target.newHeaders.length > 0) {
    const first = target.newHeaders[0]![0];
    const line: CellValue[] = new Array(lastColumn - first).fill('');
    for (const [column, header] of target.newHeaders) line[column - first] = header;
    sheet.getRange(target.headerRow, first + 1, 1, line.length).setValues([line]);
  }
  const byColumn = new Map<number, ImportColumn>(IMPORT_COLUMNS.map((key) => [columns[key], key]));
  const columnRuns = runs(
    [...byColumn.keys()].sort((a, b) => a - b),
    (from, to) => {
      for (let c = from; c <= to; c++) if (!target.bridgeable.has(c)) return false;
      return true;
    },
  );
  let start = 0;
  while (start < writes.length) {
    let end = start;
    while (end + 1 < writes.length && writes[end + 1]!.rowNumber === writes[end]!.rowNumber + 1) end++;
    const rowsOfRun = writes.slice(start, end + 1);
    for (const [from, to] of columnRuns) {
      const block = rowsOfRun.map((write) => {
        const line: CellValue[] = [];
        for (let c = from; c <= to; c++) {
          const key = byColumn.get(c);
          line.push(asSafeCell(key ? write.cells[key] : (grid[write.rowNumber - 1]?.[c] ?? '')));
        }
        return line;
      });
      sheet.getRange(rowsOfRun[0]!.rowNumber, from + 1, block.length, to - from + 1).setValues(block);
    }
    start = end + 1;
  }
}

function sameRows(a: readonly (readonly CellValue[])[], b: readonly (readonly CellValue[])[]): boolean {
  const filled = (rows: readonly (readonly CellValue[])[]) => rows.filter((r) => r.some((c) => c !== ''));
  const left = filled(a);
  const right = filled(b);
  return (
    left.length === right.length &&
    left.every((row, i) => row.every((cell, j) => String(cell) === String(right[i]![j] ?? '')))
  );
}

/** «Результаты ОП» as it will be written, or null when its header row is not found. */
function resultsTarget(spreadsheet: SpreadsheetLike, run: ActionRun) {
  // Written through ranges of its own: the values are read without the data range (one call).
  const found = findSheet(spreadsheet, RESULTS_SHEET.name);
  const read = found && { sheet: found, grid: readSheetValues(found) };
  const grid = read?.grid ?? [];
  const hasData = grid.some((row) => row.some((cell) => cell !== ''));
  if (!read || !hasData) {
    // A new or blank sheet gets the template's header row with the rows.
    const sheet = read?.sheet ?? spreadsheet.insertSheet(RESULTS_SHEET.name);
    const headers = RESULTS_SHEET.columns.map((c) => c.header);
    const columns = columnPositions(RESULTS_SHEET, IMPORT_COLUMNS);
    const target: ResultsTarget = {
      sheet,
      grid: [],
      columns,
      newHeaders: headers.map((h, i) => [i, h] as const),
      headerRow: 1,
      bridgeable: new Set(RESULTS_SHEET.columns.flatMap((c, i) => (c.output ? [i] : []))),
    };
    return { target, rows: [], nextRow: 2 };
  }
  const located = locateTable(grid, RESULTS_SHEET);
  if (!located.found) {
    run.journal.add({
      ...headersMissingEntry(RESULTS_SHEET.name, located.missingHeaders),
      problem: m.resultsUnreadable,
    });
    return null;
  }
  const table = located.table;
  const width = grid[0]?.length ?? 0;
  const columns = {} as Record<ImportColumn, number>;
  const newHeaders: [number, string][] = [];
  for (const key of IMPORT_COLUMNS) {
    const found = table.columnIndex[key];
    if (found !== undefined) columns[key] = found;
    else {
      columns[key] = width + newHeaders.length;
      newHeaders.push([columns[key], columnOf(RESULTS_SHEET, key).header]);
    }
  }
  const bridgeable = new Set(
    RESULTS_SHEET.columns.flatMap((c) => {
      const index = table.columnIndex[c.key];
      return c.output && index !== undefined ? [index] : [];
    }),
  );
  const target: ResultsTarget = {
    sheet: read.sheet,
    grid,
    columns,
    newHeaders,
    headerRow: table.headerRowNumber,
    bridgeable,
  };
  return { target, rows: table.rows, nextRow: grid.length + 1 };
}

/** The body of «Импортировать результаты» inside a running action. */
export function importInWorkbook(run: ActionRun): ActionOutcome {
  const { spreadsheet } = run.context;
  const pasteSheet = findSheet(spreadsheet, IMPORT_SHEET.name);
  if (!pasteSheet) {
    run.journal.add(sheetMissingEntry(IMPORT_SHEET.name));
    return { summary: m.nothingToImport };
  }
  const range = pasteSheet.getDataRange();
  const grid = range.getValues();
  const reading = parseImport(grid, range.getNumberFormats());
  for (const entry of reading.entries) run.journal.add(entry);
  if (reading.blocks.length === 0) return { summary: m.nothingToImport };

  // Everything is read before anything is written: a sheet that cannot be used stops the run clean.
  // «Сравнение» first: a sheet of that name holding something else stops the run before
  // «Результаты ОП» is even created.
  const comparison =
    reading.comparison.length > 0 ? readOwnedSheetValues(spreadsheet, COMPARISON_SPEC) : null;
  const results = reading.results.length > 0 ? resultsTarget(spreadsheet, run) : null;

  let importedRows = 0;
  if (results) {
    const plan = planResultsMerge(results.rows, results.nextRow, reading.results);
    for (const entry of plan.entries) run.journal.add(entry);
    if (plan.writes.length > 0 || results.target.newHeaders.length > 0)
      writeResults(results.target, plan.writes);
    importedRows = plan.importedRows;
  }
  if (reading.comparison.length > 0) {
    const merged = mergeComparison(comparison?.rows ?? [], reading.comparison);
    if (!comparison || !sameRows(comparison.rows, merged)) {
      writeOwnedSheet(spreadsheet, COMPARISON_SPEC, merged, comparison);
    }
  }
  return { summary: m.imported(reading.blocks.length, importedRows, reading.comparison.length) };
}

/** «Импортировать результаты» (PRODUCT.md §3, §10). */
export function importResults(context: AddonContext): ActionResult {
  return runAction(context, menuLabels.importResults, importInWorkbook);
}
