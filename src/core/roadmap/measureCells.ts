// Reading the input cells of a measure as people fill them: a checkbox or «Да», a date cell or text.
import type { CellValue } from '../cells/cellValue';
import { type CalendarDate, parseDateCell } from '../dates/calendarDate';
import { parseYesNo } from '../settings/settings';
import { CURATOR_ACCEPTED, CURATOR_SENT_BACK } from '../template/sheets';
import { isBlank, normalizeText } from '../text/normalize';

const DONE_WORDS = new Set(['выполнено', 'выполнен', 'выполнена', '+', 'v', '✓', '✔', 'x', 'х']);

/** The `Выполнено` cell: true, false, or null when it cannot be read. */
export function readDone(value: CellValue): boolean | null {
  if (typeof value === 'boolean') return value;
  if (isBlank(value)) return false;
  if (DONE_WORDS.has(normalizeText(value))) return true;
  if (normalizeText(value) === 'не выполнено') return false;
  return parseYesNo(value);
}

/** A date cell; undefined when it holds something that is not a date, null when blank. */
export function readOptionalDate(value: CellValue, timeZone: string): CalendarDate | null | undefined {
  if (isBlank(value)) return null;
  return parseDateCell(value, timeZone) ?? undefined;
}

export type CuratorDecision = 'accepted' | 'sentBack' | 'none' | 'unknown';

export function readCuratorDecision(value: CellValue): CuratorDecision {
  if (isBlank(value)) return 'none';
  const text = normalizeText(value);
  if (text === normalizeText(CURATOR_SENT_BACK) || text.startsWith('на доработ') || text === 'доработать')
    return 'sentBack';
  if (text === normalizeText(CURATOR_ACCEPTED) || text === 'принят' || text === 'да') return 'accepted';
  return 'unknown';
}
