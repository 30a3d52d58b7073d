import { sidebarMessages as m } from '../../core/messages/sidebar';
import { ROADMAP_SHEET, TARGETS_SHEET } from '../../core/template/sheets';
import type { RowLinkDto } from '../../shared/api';
import type { AddonContext } from '../context';
import { findSheet } from '../io/sheetLookup';
import { RpcInputError } from './validate';

/** The sheets whose rows the dashboard links to; no other sheet can be driven from a browser. */
const LINKABLE_SHEETS: readonly string[] = [ROADMAP_SHEET.name, TARGETS_SHEET.name];

/**
 * Selects a whole row of a linked sheet, so the user lands on the measure the dashboard named.
 * false: the sheet or the row is gone (the workbook changed since the dashboard was drawn).
 */
export function selectSheetRow(context: AddonContext, link: RowLinkDto): boolean {
  if (!LINKABLE_SHEETS.includes(link.sheet)) throw new RpcInputError(m.sheetNotLinkable(link.sheet));
  const sheet = findSheet(context.spreadsheet, link.sheet);
  if (!sheet || link.row > sheet.getMaxRows()) return false;
  const width = Math.max(sheet.getLastColumn(), 1);
  sheet.getRange(link.row, 1, 1, width).activate();
  return true;
}
