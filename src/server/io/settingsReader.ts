import type { Journal } from '../../core/journal/journal';
import { DEFAULT_SETTINGS, parseSettings, type Settings } from '../../core/settings/settings';
import { SETTINGS_SHEET } from '../../core/template/sheets';
import type { SpreadsheetLike } from '../platform/surface';
import { readTable } from './tables';

/** Settings from «Настройки», typed, with defaults for what is blank or missing. */
export function readSettings(spreadsheet: SpreadsheetLike, timeZone: string, journal: Journal): Settings {
  const read = readTable(spreadsheet, SETTINGS_SHEET);
  if (!read?.result.found) return DEFAULT_SETTINGS;
  const rows = read.result.table.rows.map((row) => ({
    rowNumber: row.rowNumber,
    parameter: row.cells.parameter,
    value: row.cells.value,
  }));
  return parseSettings(rows, timeZone, journal);
}
