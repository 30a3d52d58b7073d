// «Настройки» from the grid the справка's reader already holds: the settings core on its rows (the
// same values readSettings gives the actions), and the approval stamp from two of them.
import type { Grid } from '../cells/cellValue';
import type { Journal } from '../journal/journal';
import { DEFAULT_SETTINGS, parseSettings, type Settings } from '../settings/settings';
import { locateTable } from '../table/locateTable';
import { SETTINGS_SHEET } from '../template/sheets';

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

/** The stamp when either `Утверждает: должность` or `Утверждает: ФИО` is filled. */
export function approvalStamp(settings: Settings): ApprovalStamp | null {
  const { approverPosition: position, approverName: name } = settings;
  return position || name ? { position, name } : null;
}
