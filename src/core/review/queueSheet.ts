// «Очередь проверки» as a whole across runs of one pass (PRODUCT.md §7): the rows of the files read
// in this run replace that file's rows, the rows of files not read yet stay as the last pass left
// them, and files that left the folder drop out. The curator's own columns are not handled here:
// writeOwnedSheet carries them by the row key (school file + № + Мероприятие).
import type { CellValue, Grid } from '../cells/cellValue';
import { toInstant } from '../dates/calendarDate';
import { reviewMessages, reviewReasons } from '../messages/review';
import { parseDriveId } from '../summary/driveIds';
import { locateTable } from '../table/locateTable';
import type { OwnedSheetShape } from '../table/ownedSheetPlan';
import { columnPositions, type KeyOf } from '../table/schema';
import { REVIEW_QUEUE_SHEET } from '../template/sheets';
import { isBlank, normalizeText } from '../text/normalize';
import { parseEvidenceLink, rowOfUrl } from './evidenceLink';
import type { EvidenceCheck, QueueEntry } from './reviewQueue';

export type QueueKey = KeyOf<typeof REVIEW_QUEUE_SHEET>;

export const QUEUE_HEADERS: readonly string[] = REVIEW_QUEUE_SHEET.columns.map((c) => c.header);

/** 0-based position of each own column in the rows handed to the writer. */
export const QUEUE_COLUMN = columnPositions(REVIEW_QUEUE_SHEET);

/** The columns whose cells make a row's key: the school file (in «Строка»), №, Мероприятие. */
export const QUEUE_KEY_COLUMNS: readonly number[] = [
  QUEUE_COLUMN.rowLink,
  QUEUE_COLUMN.number,
  QUEUE_COLUMN.measure,
];

/**
 * A key cell as matched across refreshes: «Строка» by the file's Drive id alone (the school may
 * insert rows above the measure, and the link's row moves), the others as normalised text.
 */
export function queueKeyOf(cell: CellValue, column: number): string {
  if (column === QUEUE_COLUMN.rowLink) return parseDriveId(cell) ?? normalizeText(cell);
  return normalizeText(cell);
}

/**
 * «Очередь проверки» for the one owned-sheet writer: rows matched by school file + № + Мероприятие;
 * a row whose measure left the queue but holds the curator's notes is kept below, marked.
 */
export const QUEUE_SHAPE: OwnedSheetShape = {
  headers: QUEUE_HEADERS,
  keyColumns: QUEUE_KEY_COLUMNS,
  keyOf: queueKeyOf,
  keptRow: (own) => own.map((cell, i) => (i === QUEUE_COLUMN.reasons ? reviewMessages.keptForNotes : cell)),
};

export interface QueueRow {
  /** The school file of the row; null for a row without a readable «Строка». */
  readonly fileId: string | null;
  /** The own columns, in QUEUE_HEADERS order. */
  readonly cells: readonly CellValue[];
}

export type ReadQueueResult =
  | { readonly ok: true; readonly rows: readonly QueueRow[] }
  | { readonly ok: false; readonly problem: string };

/** The own columns of an existing «Очередь проверки» (null: no such sheet). */
export function readQueueSheet(grid: Grid | null): ReadQueueResult {
  if (!grid || grid.every((row) => row.every(isBlank))) return { ok: true, rows: [] };
  const located = locateTable(grid, REVIEW_QUEUE_SHEET);
  if (!located.found) return { ok: false, problem: reviewMessages.queueOccupied };
  const rows: QueueRow[] = [];
  for (const row of located.table.rows) {
    const cells = REVIEW_QUEUE_SHEET.columns.map((c) => row.cells[c.key] ?? '');
    if (cells.every(isBlank)) continue;
    // Kept by the writer for the curator's notes only: not a measure of the queue any more.
    if (normalizeText(row.cells.reasons) === normalizeText(reviewMessages.keptForNotes)) continue;
    rows.push({ fileId: parseDriveId(row.cells.rowLink), cells });
  }
  return { ok: true, rows };
}

/** The entry as the cells of the queue's own columns. Text is made formula-safe by the writer. */
export function queueCells(entry: QueueEntry, timeZone: string): CellValue[] {
  const cells: Record<QueueKey, CellValue> = {
    school: entry.school,
    number: entry.number,
    measure: entry.measure,
    due: entry.due ? toInstant(entry.due, timeZone) : '',
    status: entry.status,
    reasons: entry.reasons,
    rowLink: entry.rowLink,
    document: entry.documentLink,
  };
  return REVIEW_QUEUE_SHEET.columns.map((c) => cells[c.key]);
}

const compareText = (a: unknown, b: unknown): number => String(a ?? '').localeCompare(String(b ?? ''), 'ru');

/**
 * The new queue: for every file read in this run its fresh rows (none when nothing needs the
 * curator), for every other file still in the folder its earlier rows; rows of files no longer in
 * the folder drop out, rows typed without a file link stay at the end. Ordered by school, then
 * file, then the measure's row in the school's file.
 */
export function mergeQueue(
  previous: readonly QueueRow[],
  fresh: ReadonlyMap<string, readonly QueueRow[]>,
  listed: ReadonlySet<string>,
): QueueRow[] {
  const kept = previous.filter(
    (row) => row.fileId === null || (listed.has(row.fileId) && !fresh.has(row.fileId)),
  );
  const rows = [...kept, ...[...fresh.values()].flat()];
  return rows
    .map((row, order) => ({ row, order, line: rowOfUrl(row.cells[QUEUE_COLUMN.rowLink]) ?? 0 }))
    .sort(
      (a, b) =>
        Number(a.row.fileId === null) - Number(b.row.fileId === null) ||
        compareText(a.row.cells[QUEUE_COLUMN.school], b.row.cells[QUEUE_COLUMN.school]) ||
        (a.row.fileId ?? '').localeCompare(b.row.fileId ?? '') ||
        a.line - b.line ||
        a.order - b.order,
    )
    .map((item) => item.row);
}

/**
 * What the queue already says of the documents of files read earlier in this pass (their rows
 * are this pass's): a document another school links too is then not asked of Drive again in a
 * later run. Its `Что проверить` names every reason, so a document row without a document reason
 * was there. A document whose check failed is asked again.
 */
export function checksInQueue(
  rows: readonly QueueRow[],
  readInThisPass: (fileId: string) => boolean,
): Map<string, EvidenceCheck> {
  const known = new Map<string, EvidenceCheck>();
  for (const row of rows) {
    if (row.fileId === null || !readInThisPass(row.fileId)) continue;
    const link = parseEvidenceLink(row.cells[QUEUE_COLUMN.document] ?? '');
    if (link.kind !== 'drive') continue;
    const reasons = String(row.cells[QUEUE_COLUMN.reasons] ?? '');
    if (reasons.includes(reviewMessages.notChecked)) continue;
    const check: EvidenceCheck = reasons.includes(reviewReasons.documentTrashed)
      ? { state: 'trashed', name: '' }
      : reasons.includes(reviewReasons.documentUnavailable)
        ? { state: 'unavailable' }
        : { state: 'present', name: '' };
    known.set(link.id, check);
  }
  return known;
}
