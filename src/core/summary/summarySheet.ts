// «Сводка» as a whole: its rows read back by file, fresh entries merged in, schools that left the
// folder marked, then a stable sort. The curator's own columns are carried with their file by the
// one owned-sheet writer (SUMMARY_SHAPE: rows matched by the file's Drive id).
import type { CellValue, Grid } from '../cells/cellValue';
import { summaryMessages as m } from '../messages/summary';
import { locateTable } from '../table/locateTable';
import type { OwnedSheetShape } from '../table/ownedSheetPlan';
import { SUMMARY_SHEET, YES } from '../template/sheets';
import { isBlank, normalizeText } from '../text/normalize';
import { parseDriveId } from './driveIds';
import { entryCells, SUMMARY_COLUMN, SUMMARY_HEADERS, type SummaryEntry } from './summaryEntry';

export interface SummaryRow {
  /** The school file of the row; null for a row the curator typed without a file. */
  readonly fileId: string | null;
  /** The add-on's own columns, in SUMMARY_HEADERS order. */
  readonly own: readonly CellValue[];
}

export interface SummarySheetState {
  readonly rows: readonly SummaryRow[];
}

/** How the writer matches «Сводка»'s rows: by the Drive id in «Файл», whatever the link's form. */
export const SUMMARY_SHAPE: OwnedSheetShape = {
  headers: SUMMARY_HEADERS,
  keyColumns: [SUMMARY_COLUMN.file],
  keyOf: (cell) => parseDriveId(cell) ?? normalizeText(cell),
};

export type ReadSummaryResult =
  | { readonly ok: true; readonly state: SummarySheetState }
  | { readonly ok: false; readonly problem: string };

const EMPTY: SummarySheetState = { rows: [] };

/** The rows of an existing «Сводка» (null: no such sheet). Never loses a cell the curator typed. */
export function readSummarySheet(grid: Grid | null): ReadSummaryResult {
  if (!grid || grid.every((row) => row.every(isBlank))) return { ok: true, state: EMPTY };
  const located = locateTable(grid, SUMMARY_SHEET);
  if (!located.found) return { ok: false, problem: m.summaryOccupied };
  const rows: SummaryRow[] = [];
  for (const row of located.table.rows) {
    // A row with only the curator's cells stays as a row without a file, in its place among
    // those, so that the writer pairs its cells back with it.
    if ((grid[row.rowNumber - 1] ?? []).every(isBlank)) continue;
    const own = SUMMARY_SHEET.columns.map((c) => row.cells[c.key]);
    rows.push({ fileId: parseDriveId(row.cells.file), own });
  }
  return { ok: true, state: { rows } };
}

/** The «Обновлено» of each file's row: what the collection cursor counts as done. */
export function lastReadByFile(state: SummarySheetState): Map<string, CellValue> {
  const byFile = new Map<string, CellValue>();
  for (const row of state.rows) {
    if (row.fileId && !byFile.has(row.fileId))
      byFile.set(row.fileId, row.own[SUMMARY_COLUMN.updatedAt] ?? '');
  }
  return byFile;
}

/** The newest «Обновлено» in the sheet. */
export function latestStamp(state: SummarySheetState): Date | null {
  let latest: Date | null = null;
  for (const row of state.rows) {
    const value = row.own[SUMMARY_COLUMN.updatedAt];
    if (value instanceof Date && (!latest || value > latest)) latest = value;
  }
  return latest;
}

export function isFlagged(row: SummaryRow): boolean {
  return normalizeText(row.own[SUMMARY_COLUMN.isLowResult]) === normalizeText(YES);
}

export function overdueOf(row: SummaryRow): number {
  const value = row.own[SUMMARY_COLUMN.overdue];
  return typeof value === 'number' ? value : -1;
}

/** Schools in the folder first: ШНОР first, then by overdue measures; then left ones, then free rows. */
function sortGroup(row: SummaryRow, listed: ReadonlySet<string>): number {
  if (row.fileId === null) return 3;
  if (!listed.has(row.fileId)) return 2;
  return isFlagged(row) ? 0 : 1;
}

/**
 * The new «Сводка»: every fresh entry replaces its file's row (or is added), the curator's columns
 * stay with their file, a file no longer in the folder keeps its row with a mark, and the order is
 * flagged schools first, then by overdue count, equal rows keeping their order (Array sort is stable).
 */
export function mergeSummary(
  state: SummarySheetState,
  fresh: readonly SummaryEntry[],
  listed: ReadonlySet<string>,
): SummarySheetState {
  const rows: SummaryRow[] = [...state.rows];
  const indexByFile = new Map<string, number>();
  rows.forEach((row, i) => {
    if (row.fileId && !indexByFile.has(row.fileId)) indexByFile.set(row.fileId, i);
  });
  for (const entry of fresh) {
    const own = entryCells(entry);
    const at = indexByFile.get(entry.fileId);
    if (at === undefined) {
      indexByFile.set(entry.fileId, rows.length);
      rows.push({ fileId: entry.fileId, own });
    } else {
      rows[at] = { ...rows[at]!, own };
    }
  }
  const marked = rows.map((row) => {
    if (row.fileId === null || listed.has(row.fileId)) return row;
    const own = [...row.own];
    own[SUMMARY_COLUMN.error] = m.leftFolder;
    return { ...row, own };
  });
  const sorted = marked
    .map((row, order) => ({ row, order, group: sortGroup(row, listed), overdue: overdueOf(row) }))
    .sort((a, b) => a.group - b.group || b.overdue - a.overdue || a.order - b.order)
    .map((item) => item.row);
  return { rows: sorted };
}

/** The add-on's block: the contract's headers and each row's own cells (the writer adds the curator's). */
export function summaryTable(state: SummarySheetState): {
  headers: CellValue[];
  rows: CellValue[][];
} {
  return { headers: [...SUMMARY_HEADERS], rows: state.rows.map((row) => [...row.own]) };
}
