import { SUMMARY_COLUMN } from '../../core/summary/summaryEntry';
import { SUMMARY_SHAPE, type SummarySheetState, summaryTable } from '../../core/summary/summarySheet';
import { SUMMARY_SHEET } from '../../core/template/sheets';
import { formatOwnColumns, type OwnedSheetSpec, writeOwnedSheet } from '../io/ownedSheet';
import type { SpreadsheetLike } from '../platform/surface';

const PERCENT_FORMAT = '0%';
const STAMP_FORMAT = 'dd.MM.yyyy HH:mm';

export const SUMMARY_SPEC: OwnedSheetSpec = { name: SUMMARY_SHEET.name, ...SUMMARY_SHAPE };

/**
 * Writes «Сводка» through the one owned-sheet writer — the curator's columns follow their file,
 * title rows stay — and formats its two columns whose numbers would otherwise read as bare
 * fractions and serial days. The sheet is read again here rather than at the start of the run:
 * a note the curator typed while the files were read is kept too.
 */
export function writeSummarySheet(spreadsheet: SpreadsheetLike, state: SummarySheetState): void {
  const table = summaryTable(state);
  formatOwnColumns(writeOwnedSheet(spreadsheet, SUMMARY_SPEC, table.rows), [
    [SUMMARY_COLUMN.donePercent, PERCENT_FORMAT],
    [SUMMARY_COLUMN.updatedAt, STAMP_FORMAT],
    [SUMMARY_COLUMN.modifiedAt, STAMP_FORMAT],
  ]);
}
