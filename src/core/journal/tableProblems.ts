// The two problems every reader of a template sheet can meet, worded once.
import { commonMessages } from '../messages/common';
import type { JournalEntry } from './journal';

/** The sheet is not in the workbook. */
export function sheetMissingEntry(sheet: string): JournalEntry {
  return {
    sheet,
    row: null,
    column: '',
    value: '',
    problem: commonMessages.sheetMissing(sheet),
    fix: commonMessages.sheetMissingFix,
  };
}

/** The sheet is there but its header row is not found in its first rows. */
export function headersMissingEntry(sheet: string, missingHeaders: readonly string[]): JournalEntry {
  return {
    sheet,
    row: null,
    column: '',
    value: '',
    problem: commonMessages.headersMissing(missingHeaders),
    fix: commonMessages.headersMissingFix,
  };
}
