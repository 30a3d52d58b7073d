// The numbers of a «Результаты ОП» row as people type them: counts as numbers or numeric text,
// the share as 0.34, 34, «34 %» or «34,5%» (PRODUCT.md §9), and «н/д» or a negative as errors.
import { parseNumberCell } from '../numbers/parseNumber';
import { isBlank } from '../text/normalize';

export type CellProblem = 'notANumber' | 'negative' | 'notWhole' | 'shareAbove100';

export type CellReading<T> =
  | { readonly ok: true; readonly value: T | null }
  | { readonly ok: false; readonly problem: CellProblem };

// Shared results of the common cases: tens of thousands of rows are read at once.
const BLANK: CellReading<never> = { ok: true, value: null };

/** A number of pupils: blank → null. */
export function readCount(value: unknown): CellReading<number> {
  if (typeof value === 'number' && Number.isInteger(value) && value >= 0) return { ok: true, value };
  if (isBlank(value)) return BLANK;
  const parsed = parseNumberCell(value);
  if (!parsed || parsed.percent) return { ok: false, problem: 'notANumber' };
  if (parsed.value < 0) return { ok: false, problem: 'negative' };
  if (!Number.isInteger(parsed.value)) return { ok: false, problem: 'notWhole' };
  return { ok: true, value: parsed.value };
}

export interface ShareValue {
  /** A fraction: 0.345 for «34,5 %». */
  readonly share: number;
  /** One unit of the last digit typed, as a fraction: how far a rounded share may be off. */
  readonly step: number;
}

/** Beyond this many decimals a share came from a formula, not from rounding by hand. */
const MAX_TYPED_DECIMALS = 6;

function decimalsOf(text: string): number {
  const match = /[.,](\d+)$/.exec(text);
  if (match) return match[1]!.length;
  const exponent = /e-(\d+)$/i.exec(text);
  return exponent ? Number(exponent[1]) : 0;
}

/** A share: a number above 1 and text with «%» are percent points, anything else a fraction. */
export function readShare(value: unknown): CellReading<ShareValue> {
  if (isBlank(value)) return BLANK;
  const parsed = parseNumberCell(value);
  if (!parsed) return { ok: false, problem: 'notANumber' };
  if (parsed.value < 0) return { ok: false, problem: 'negative' };
  const inPercent = parsed.percent || parsed.value > 1;
  const share = inPercent ? parsed.value / 100 : parsed.value;
  if (share > 1) return { ok: false, problem: 'shareAbove100' };
  const typed = typeof value === 'string' ? value.trim().replace(/\s*%$/, '') : String(value);
  const decimals = decimalsOf(typed);
  const step =
    decimals > MAX_TYPED_DECIMALS ? 10 ** -MAX_TYPED_DECIMALS : 10 ** -decimals / (inPercent ? 100 : 1);
  return { ok: true, value: { share, step } };
}
