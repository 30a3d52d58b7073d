// «Очередь проверки» for the curator view (PRODUCT.md §7, §8): the sheet's rows by school, each
// with a link to the school's row. Links are rebuilt from the ids the cells name, never passed on
// as typed; the sidebar renders every text as text.

import type { CellValue } from '../../core/cells/cellValue';
import { fromInstant, toIsoDate } from '../../core/dates/calendarDate';
import { rebuildDocumentUrl, rebuildRowUrl } from '../../core/review/evidenceLink';
import { QUEUE_COLUMN, readQueueSheet } from '../../core/review/queueSheet';
import { REVIEW_QUEUE_SHEET } from '../../core/template/sheets';
import { cellText } from '../../core/text/normalize';
import type { ReviewItemDto, ReviewQueueDto, ReviewSchoolDto } from '../../shared/api';
import { readGrid } from '../io/tables';
import type { SpreadsheetLike } from '../platform/surface';

/** Enough for a municipality's queue at a glance; the sheet has the rest. */
export const QUEUE_ITEMS_SHOWN = 300;

const text = (value: CellValue | undefined): string => cellText(value).trim();

/** The queue as the view lists it; null when the sheet is missing or holds other data. */
export function readReviewQueueView(spreadsheet: SpreadsheetLike, timeZone: string): ReviewQueueDto | null {
  const found = readGrid(spreadsheet, REVIEW_QUEUE_SHEET.name);
  if (!found) return null;
  const read = readQueueSheet(found.grid);
  if (!read.ok) return null;
  const schools: ReviewSchoolDto[] = [];
  const bySchool = new Map<string, ReviewItemDto[]>();
  for (const row of read.rows.slice(0, QUEUE_ITEMS_SHOWN)) {
    const cells = row.cells;
    const due = cells[QUEUE_COLUMN.due];
    const item: ReviewItemDto = {
      number: text(cells[QUEUE_COLUMN.number]),
      measure: text(cells[QUEUE_COLUMN.measure]),
      status: text(cells[QUEUE_COLUMN.status]),
      reasons: text(cells[QUEUE_COLUMN.reasons]),
      dueDate: due instanceof Date ? toIsoDate(fromInstant(due, timeZone)) : null,
      rowLink: rebuildRowUrl(cells[QUEUE_COLUMN.rowLink]),
      documentLink: rebuildDocumentUrl(cells[QUEUE_COLUMN.document]),
    };
    // Rows of one school stand together in the sheet; a school seen again joins its group.
    const school = text(cells[QUEUE_COLUMN.school]);
    let items = bySchool.get(school);
    if (!items) {
      items = [];
      bySchool.set(school, items);
      schools.push({ school, items });
    }
    items.push(item);
  }
  return { schools, more: Math.max(0, read.rows.length - QUEUE_ITEMS_SHOWN) };
}
