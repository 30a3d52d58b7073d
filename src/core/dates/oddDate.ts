// A date cell can give a Date the date rules cannot use: an invalid Date (getValues returns one for
// a date Sheets holds and JavaScript cannot represent), or a year far outside any school's
// calendar where adding a zone offset already overflows JavaScript's range (±275,760 years) and
// Intl refuses it with «RangeError: Invalid time value». Such a cell is a bad cell: journaled and
// skipped, never a stopped action.

const MIN_YEAR = 1;
const MAX_YEAR = 9999;

/** True for a Date that has a time and a four-digit year, so every date rule can take it. */
export function isUsableDate(value: Date): boolean {
  const time = value.getTime();
  if (!Number.isFinite(time)) return false;
  const year = value.getUTCFullYear();
  return year >= MIN_YEAR && year <= MAX_YEAR;
}

/** The text of a date cell for messages and keys: ISO for a usable one, '' for an odd one. */
export function dateCellText(value: Date): string {
  return isUsableDate(value) ? value.toISOString() : '';
}
