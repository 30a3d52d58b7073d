// Numbers as people type them in a Russian sheet: «34,5», «1 234», «34 %», «0.34».
// A ru_RU sheet turns «30,5» into a number; an en_US one leaves it text, so both are read.

const NUMBER_TEXT = /^[-+]?\d+(?:[.,]\d+)?$/;

export interface ParsedNumber {
  value: number;
  /** The text carried a percent sign. */
  percent: boolean;
}

/** Reads a number from a cell; null when the cell is blank or not a number. */
export function parseNumberCell(value: unknown): ParsedNumber | null {
  if (typeof value === 'number') return Number.isFinite(value) ? { value, percent: false } : null;
  if (typeof value !== 'string') return null;
  let text = value.replace(/[\s\u00a0\u202f]/g, '');
  let percent = false;
  if (text.endsWith('%')) {
    percent = true;
    text = text.slice(0, -1);
  }
  if (!NUMBER_TEXT.test(text)) return null;
  return { value: Number(text.replace(',', '.')), percent };
}

/** A plain number (a count, a mark, a year), or null. */
export function parseNumber(value: unknown): number | null {
  return parseNumberCell(value)?.value ?? null;
}

/**
 * A share as a fraction: 0.34, 34, «34 %», «34,5%» all mean 34 %.
 * A number above 1 is read as percent points (PRODUCT.md §9); text with «%» always is.
 */
export function parseShare(value: unknown): number | null {
  const parsed = parseNumberCell(value);
  if (!parsed) return null;
  if (parsed.percent || Math.abs(parsed.value) > 1) return parsed.value / 100;
  return parsed.value;
}
