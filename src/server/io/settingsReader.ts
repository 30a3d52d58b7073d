import type { Journal } from '../../core/journal/journal';
import { headersMissingEntry } from '../../core/journal/tableProblems';
import { DEFAULT_SETTINGS, parseSettingsTable, type Settings } from '../../core/settings/settings';
import { SETTINGS_SHEET } from '../../core/template/sheets';
import type { SpreadsheetLike } from '../platform/surface';
import { readTable } from './tables';

/** Settings from «Настройки», typed, with defaults for what is blank or missing. */
export function readSettings(spreadsheet: SpreadsheetLike, timeZone: string, journal: Journal): Settings {
  const read = readTable(spreadsheet, SETTINGS_SHEET);
  if (!read) return DEFAULT_SETTINGS;
  // The sheet is there but unreadable: its `Дата отчёта` and programme dates would be lost silently.
  if (!read.result.found) {
    journal.add(headersMissingEntry(SETTINGS_SHEET.name, read.result.missingHeaders));
    return DEFAULT_SETTINGS;
  }
  return parseSettingsTable(read.result.table, timeZone, journal);
}
