// «Настройки» from the grid the справка's reader already holds: the settings core on its rows (the
// same values readSettings gives the actions), and the approval stamp read by its two labels.
import type { Grid } from '../cells/cellValue';
import type { Journal } from '../journal/journal';
import { DEFAULT_SETTINGS, parseSettings, type Settings } from '../settings/settings';
import { locateTable } from '../table/locateTable';
import { SETTINGS_SHEET } from '../template/sheets';
import { cellText, normalizeHeader } from '../text/normalize';

export function parseSettingsGrid(grid: Grid | null, timeZone: string, journal: Journal): Settings {
  if (!grid) return DEFAULT_SETTINGS;
  const located = locateTable(grid, SETTINGS_SHEET);
  if (!located.found) return DEFAULT_SETTINGS;
  const rows = located.table.rows.map((row) => ({
    rowNumber: row.rowNumber,
    parameter: row.cells.parameter,
    value: row.cells.value,
  }));
  return parseSettings(rows, timeZone, journal);
}

/** The «Утверждаю» stamp (PRODUCT.md §2, §11). */
export interface ApprovalStamp {
  readonly position: string;
  readonly name: string;
}

export const APPROVAL_POSITION_LABEL = 'Утверждает: должность';
export const APPROVAL_NAME_LABEL = 'Утверждает: ФИО';

/** The stamp when either setting is filled; the first row of a label wins, as in the settings core. */
export function approvalStamp(grid: Grid | null): ApprovalStamp | null {
  if (!grid) return null;
  const located = locateTable(grid, SETTINGS_SHEET);
  if (!located.found) return null;
  const value = (label: string): string => {
    const key = normalizeHeader(label);
    const row = located.table.rows.find(
      (r) => normalizeHeader(r.cells.parameter) === key && cellText(r.cells.value),
    );
    return row ? cellText(row.cells.value) : '';
  };
  const position = value(APPROVAL_POSITION_LABEL);
  const name = value(APPROVAL_NAME_LABEL);
  return position || name ? { position, name } : null;
}
