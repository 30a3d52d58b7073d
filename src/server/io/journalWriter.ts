import type { CellValue } from '../../core/cells/cellValue';
import { isUsableDate } from '../../core/dates/oddDate';
import type { JournalEntry } from '../../core/journal/journal';
import { failureMessages } from '../../core/messages/failures';
import { JOURNAL_SHEET } from '../../core/template/sheets';
import { normalizeText } from '../../core/text/normalize';
import type { PropertiesLike, SpreadsheetLike } from '../platform/surface';
import { type OwnedSheetSpec, readOwnedSheet, writeOwnedSheet } from './ownedSheet';

/**
 * The journal through the one owned-sheet writer: a column the user adds (a «Исправлено?», a
 * note) follows its line by action, sheet, column, value and problem — not by row number, which
 * changes whenever a row is inserted above — so it stays with the problem while it is reported.
 */
export const JOURNAL_SPEC: OwnedSheetSpec = {
  name: JOURNAL_SHEET.name,
  headers: JOURNAL_SHEET.columns.map((c) => c.header),
  keyColumns: ['action', 'sheet', 'column', 'value', 'problem'].map((key) =>
    JOURNAL_SHEET.columns.findIndex((c) => c.key === key),
  ),
};

/** Remembered as «1» once the journal is known to hold no line of any action. */
const EMPTY_KEY = 'journalEmpty';

function displayValue(value: unknown): CellValue {
  if (value === null || value === undefined) return '';
  // A Date no rule can read is named, not written back: setValues would refuse it.
  if (value instanceof Date) return isUsableDate(value) ? value : failureMessages.oddDateValue;
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
  const ownLabel = normalizeText(actionLabel);
  const memoryKey = `journalRows:${ownLabel}`;
  // An empty journal (the template's, or one every action left clean) has no rows of any action:
  // the first clean run of each action after it does not read it either.
  if (entries.length === 0 && (recall(memory, memoryKey) === '0' || recall(memory, EMPTY_KEY) === '1'))
    return;
  // Forgotten before the journal is read, remembered only once it is written: a read or a write
  // that fails halfway must not leave a «0» behind, or the old lines would never be read again.
  remember(memory, memoryKey, null);
  remember(memory, EMPTY_KEY, null);
  const existing = readOwnedSheet(spreadsheet, JOURNAL_SPEC);
  const done = (): void => remember(memory, memoryKey, String(entries.length));
  const rows = existing?.rows ?? [];
  const filled = rows.filter((row) => row.some((cell) => cell !== ''));
  const kept = filled.filter((row) => normalizeText(row[0]) !== ownLabel);
  // Nothing of this action to replace and nothing new: a clean run costs no writes.
  if (entries.length === 0 && kept.length === filled.length) {
    done();
    if (filled.length === 0) remember(memory, EMPTY_KEY, '1');
    return;
  }
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
  const written = writeOwnedSheet(spreadsheet, JOURNAL_SPEC, [...kept, ...fresh], existing);
  done();
  // Rows kept for a user's note still name their action: then the journal is not empty.
  if (written.rowCount === 0) remember(memory, EMPTY_KEY, '1');
}

/** The remembered count; null when unknown or when the properties service fails (then: read). */
function recall(memory: PropertiesLike | undefined, key: string): string | null {
  try {
    return memory?.getProperty(key) ?? null;
  } catch (_error) {
    return null;
  }
}

/**
 * The memory only saves reads, so a properties service that fails is not the action's failure. A
 * count that cannot be stored is at least forgotten, so that the next run reads the journal.
 */
function remember(memory: PropertiesLike | undefined, key: string, count: string | null): void {
  if (!memory) return;
  try {
    if (count === null) memory.deleteProperty(key);
    else memory.setProperty(key, count);
  } catch (_error) {
    try {
      memory.deleteProperty(key);
    } catch (_again) {
      // The service is down: its recall fails too, and a failed recall reads the journal.
    }
  }
}
