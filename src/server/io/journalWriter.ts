import type { CellValue } from '../../core/cells/cellValue';
import type { JournalEntry } from '../../core/journal/journal';
import { JOURNAL_SHEET } from '../../core/template/sheets';
import { normalizeText } from '../../core/text/normalize';
import type { PropertiesLike, SpreadsheetLike } from '../platform/surface';
import { type OwnedSheetSpec, readOwnedSheet, writeOwnedSheet } from './ownedSheet';

/**
 * The journal through the one owned-sheet writer: a column the user adds (a «Исправлено?», a
 * note) follows its line by action, sheet, row, column and problem, so it stays with the problem
 * while the problem is reported again.
 */
export const JOURNAL_SPEC: OwnedSheetSpec = {
  name: JOURNAL_SHEET.name,
  headers: JOURNAL_SHEET.columns.map((c) => c.header),
  keyColumns: ['action', 'sheet', 'row', 'column', 'problem'].map((key) =>
    JOURNAL_SHEET.columns.findIndex((c) => c.key === key),
  ),
};

function displayValue(value: unknown): CellValue {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value;
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  return String(value);
}

/**
 * Replaces the journal rows of one action with its new findings and keeps the other actions'
 * rows, so running an action twice leaves one set of its rows (two reads, one write).
 */
export function writeJournal(
  spreadsheet: SpreadsheetLike,
  actionLabel: string,
  entries: readonly JournalEntry[],
  checkedAt: Date,
  memory?: PropertiesLike,
): void {
  // The document remembers how many rows each action left, so a clean run after a clean run
  // does not even read the journal (a daily refresh stays within its call budget).
  const memoryKey = `journalRows:${normalizeText(actionLabel)}`;
  if (entries.length === 0 && memory?.getProperty(memoryKey) === '0') return;
  memory?.setProperty(memoryKey, String(entries.length));
  const existing = readOwnedSheet(spreadsheet, JOURNAL_SPEC);
  if (!existing && entries.length === 0) return;
  const ownLabel = normalizeText(actionLabel);
  const rows = existing?.rows ?? [];
  const kept = rows.filter((row) => normalizeText(row[0]) !== ownLabel && row.some((cell) => cell !== ''));
  // Nothing of this action to replace and nothing new: a clean run costs no writes.
  if (entries.length === 0 && kept.length === rows.filter((row) => row.some((cell) => cell !== '')).length)
    return;
  const fresh: CellValue[][] = entries.map((e) => [
    actionLabel,
    e.sheet,
    e.row ?? '',
    e.column,
    displayValue(e.value),
    e.problem,
    e.fix,
    checkedAt,
  ]);
  writeOwnedSheet(spreadsheet, JOURNAL_SPEC, [...kept, ...fresh], existing);
}
