// Writes «Очередь проверки» (PRODUCT.md §2, §7) through the one owned-sheet writer: the curator's
// own columns (notes, «позвонил», a date) follow their row by school file + № + Мероприятие.
//
// «Строка» and «Документ» are written as plain addresses, not HYPERLINK formulas: Sheets shows a
// plain https address as a link; the addresses are built from Drive ids the add-on validated, so
// no school text is inside them; and a plain address reads back as itself, so the next run finds
// the row's file in it (a HYPERLINK reads back as its label).
import type { CellValue } from '../../core/cells/cellValue';
import { QUEUE_COLUMN, QUEUE_SHAPE } from '../../core/review/queueSheet';
import { REVIEW_QUEUE_SHEET } from '../../core/template/sheets';
import { formatOwnColumns, type OwnedSheetSpec, writeOwnedSheet } from '../io/ownedSheet';
import type { SpreadsheetLike } from '../platform/surface';

const DATE_FORMAT = 'dd.MM.yyyy';

export const REVIEW_QUEUE_SPEC: OwnedSheetSpec = { name: REVIEW_QUEUE_SHEET.name, ...QUEUE_SHAPE };

/**
 * Writes the queue's rows (own columns, QUEUE_HEADERS order) and formats its date column over
 * every row written, the rows kept for the curator's notes too. The writer reads the sheet again
 * rather than trust the grid read at the start of the run: a note the curator typed while the
 * files were read is kept too.
 */
export function writeReviewQueue(
  spreadsheet: SpreadsheetLike,
  rows: readonly (readonly CellValue[])[],
): void {
  formatOwnColumns(writeOwnedSheet(spreadsheet, REVIEW_QUEUE_SPEC, rows), [[QUEUE_COLUMN.due, DATE_FORMAT]]);
}
