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
const READ_AS_VALUE =
  /^\s*(?:[-+]?[\d\s\u00a0.,]*\d[\d\s\u00a0.,]*%?|\d{1,4}[./-]\d{1,2}(?:[./-]\d{1,4})?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?|\d{1,2}:\d{2}(?::\d{2})?|true|false|истина|ложь)\s*$/i;

/** Text from users (or from other files) made safe to write: never a formula, never re-read as a number or date. */
export function asSheetText(value: unknown): string {
  const text = value === null || value === undefined ? '' : String(value);
  return FORMULA_STARTS.test(text) || READ_AS_VALUE.test(text) ? `'${text}` : text;
}

/** Makes any value safe to write: strings guarded, numbers, booleans and dates as they are. */
export function asSafeCell(value: unknown): CellValue {
  if (typeof value === 'number' || typeof value === 'boolean' || value instanceof Date) return value;
  return asSheetText(value);
}
