import { isUsableDate } from '../dates/oddDate';

/** A value as Range.getValues() gives it: "" for blank, number, boolean (checkbox) or Date. */
export type CellValue = string | number | boolean | Date;

/** A rectangular block of cell values, rows first. */
export type Grid = CellValue[][];

// Sheets turns a written string that starts with one of these into a formula or a number;
// a leading apostrophe keeps it text and is not shown (https://support.google.com/docs/answer/183965).
const FORMULA_STARTS = /^[=+\-@]/;

// Sheets also reads a written string as if a person typed it: «001» becomes 1, «1/2» and
// «13.03.2024» dates, «34 %» a share, «TRUE» a boolean. Text that would change gets the apostrophe
// too, so that what a school typed as text (a value in the journal, a note) stays exactly that.
// Each pattern is tried once on the trimmed text and has no two adjacent runs that can trade
// characters, so the cost is linear in the length: a 50,000-character cell of digits and spaces is
// read in microseconds, not seconds (a `[\d\s]*\d[\d\s]*` form backtracks quadratically).
const NUMBER_LIKE = /^[-+]?[\d\s.,]+%?$/;
const HAS_DIGIT = /\d/;
const DATE_TIME_OR_BOOLEAN =
  /^(?:\d{1,4}[./-]\d{1,2}(?:[./-]\d{1,4})?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?|\d{1,2}:\d{2}(?::\d{2})?|true|false|истина|ложь)$/i;

/** True when Sheets would read the text as a number, date, time or boolean. */
export function readsAsValue(text: string): boolean {
  // JavaScript's trim() removes exactly what \s matches, the no-break space included.
  const trimmed = text.trim();
  return (NUMBER_LIKE.test(trimmed) && HAS_DIGIT.test(trimmed)) || DATE_TIME_OR_BOOLEAN.test(trimmed);
}

/** Text from users (or from other files) made safe to write: never a formula, never re-read as a number or date. */
export function asSheetText(value: unknown): string {
  const text = value === null || value === undefined ? '' : String(value);
  return FORMULA_STARTS.test(text) || readsAsValue(text) ? `'${text}` : text;
}

/** Makes any value safe to write: strings guarded, numbers, booleans and dates as they are. */
export function asSafeCell(value: unknown): CellValue {
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  // An invalid Date written back would fail the whole setValues: it goes as blank text instead.
  if (value instanceof Date) return isUsableDate(value) ? value : '';
  return asSheetText(value);
}
