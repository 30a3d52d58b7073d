/** A value as Range.getValues() gives it: "" for blank, number, boolean (checkbox) or Date. */
export type CellValue = string | number | boolean | Date;

/** A rectangular block of cell values, rows first. */
export type Grid = CellValue[][];

// Sheets turns a written string that starts with one of these into a formula or a number;
// a leading apostrophe keeps it text and is not shown (https://support.google.com/docs/answer/183965).
const FORMULA_STARTS = /^[=+\-@]/;

/** Text from users (or from other files) made safe to write: never a formula. */
export function asSheetText(value: unknown): string {
  const text = value === null || value === undefined ? '' : String(value);
  return FORMULA_STARTS.test(text) ? `'${text}` : text;
}

/** Makes any value safe to write: strings guarded, numbers, booleans and dates as they are. */
export function asSafeCell(value: unknown): CellValue {
  if (typeof value === 'number' || typeof value === 'boolean' || value instanceof Date) return value;
  return asSheetText(value);
}
