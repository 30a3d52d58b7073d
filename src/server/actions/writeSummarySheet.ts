import { asSheetText } from '../../core/cells/cellValue';
import { SUMMARY_COLUMN } from '../../core/summary/summaryEntry';
import { type SummarySheetState, summaryTable } from '../../core/summary/summarySheet';
import { SUMMARY_SHEET } from '../../core/template/sheets';
import { rewriteOwnedSheet } from '../io/tables';
import type { SpreadsheetLike } from '../platform/surface';

const PERCENT_FORMAT = '0%';
const STAMP_FORMAT = 'dd.MM.yyyy HH:mm';

/**
 * Writes «Сводка» as one block (school text made formula-safe by rewriteOwnedSheet) and formats its
 * two columns whose numbers would otherwise read as bare fractions and serial days.
 */
export function writeSummarySheet(spreadsheet: SpreadsheetLike, state: SummarySheetState): void {
  const table = summaryTable(state);
  // The curator's own header texts are written back too, so they get the same guard as the data.
  const headers = table.headers.map((header) => asSheetText(header));
  const sheet = rewriteOwnedSheet(spreadsheet, SUMMARY_SHEET.name, { headers, rows: table.rows });
  if (table.rows.length === 0) return;
  sheet.getRange(2, SUMMARY_COLUMN.donePercent + 1, table.rows.length, 1).setNumberFormat(PERCENT_FORMAT);
  sheet.getRange(2, SUMMARY_COLUMN.updatedAt + 1, table.rows.length, 1).setNumberFormat(STAMP_FORMAT);
}
