// The numbers of a «Результаты ОП» row as people type them: counts as numbers or numeric text,
// the share as 34, «34 %», «34,5» or 0,89 (percent points, PRODUCT.md §2) — a fraction only in a
// cell formatted as percent — and «н/д» or a negative as errors.
import { parseNumberCell } from '../numbers/parseNumber';
import { isPercentPoints, type ShareScale } from '../numbers/shareScale';
import { isBlank } from '../text/normalize';

export type CellProblem = 'notANumber' | 'negative' | 'notWhole' | 'shareAbove100' | 'percentFormatAbove100';

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
export const MAX_TYPED_DECIMALS = 6;

/** How many decimals a number was typed with: «34,50» → 2, «1e-7» → 7, «34» → 0. */
export function typedDecimals(text: string): number {
  const match = /[.,](\d+)$/.exec(text);
  if (match) return match[1]!.length;
  const exponent = /e-(\d+)$/i.exec(text);
  return exponent ? Number(exponent[1]) : 0;
}

/**
 * A share as a fraction. Text with «%» is percent points; a number is percent points on a sheet
 * (`scale` 'points'), a fraction in a percent-formatted cell ('fraction'), and with no format known
 * ('unknown': custom functions) a fraction up to 1 and percent points above (PRODUCT.md §9).
 */
export function readShare(value: unknown, scale: ShareScale = 'unknown'): CellReading<ShareValue> {
  if (isBlank(value)) return BLANK;
  const parsed = parseNumberCell(value);
  if (!parsed) return { ok: false, problem: 'notANumber' };
  if (parsed.value < 0) return { ok: false, problem: 'negative' };
  const inPercent = parsed.percent || isPercentPoints(parsed.value, typeof value === 'string', scale);
  const share = inPercent ? parsed.value / 100 : parsed.value;
  if (share > 1) {
    // 34 typed into a percent-formatted cell shows as 3400 %: the format, not the number, is wrong.
    const formatted = scale === 'fraction' && !inPercent;
    return { ok: false, problem: formatted ? 'percentFormatAbove100' : 'shareAbove100' };
  }
  const typed = typeof value === 'string' ? value.trim().replace(/\s*%$/, '') : String(value);
  const decimals = typedDecimals(typed);
  // A percent-formatted cell was typed in whole percents at least («100 %» holds 1, not «1»).
  const typedStep = inPercent
    ? 10 ** -decimals / 100
    : Math.min(10 ** -decimals, scale === 'fraction' ? 0.01 : 1);
  const step = decimals > MAX_TYPED_DECIMALS ? 10 ** -MAX_TYPED_DECIMALS : typedStep;
  return { ok: true, value: { share, step } };
}
