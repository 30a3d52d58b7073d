import { SUMMARY_COLUMN } from '../../core/summary/summaryEntry';
import { SUMMARY_SHAPE, type SummarySheetState, summaryTable } from '../../core/summary/summarySheet';
import { SUMMARY_SHEET } from '../../core/template/sheets';
import { type OwnedSheetSpec, writeOwnedSheet } from '../io/ownedSheet';
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
  const written = writeOwnedSheet(spreadsheet, SUMMARY_SPEC, table.rows);
  if (written.rowCount === 0) return;
  const firstRow = written.headerRowNumber + 1;
  for (const [key, format] of [
    ['donePercent', PERCENT_FORMAT],
    ['updatedAt', STAMP_FORMAT],
    ['modifiedAt', STAMP_FORMAT],
  ] as const) {
    const column = written.ownColumns[SUMMARY_COLUMN[key]]!;
    written.sheet.getRange(firstRow, column, written.rowCount, 1).setNumberFormat(format);
  }
}
