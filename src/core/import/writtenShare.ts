// A share as an export writes it: percent points as a number (11.68) or as text with a decimal
// comma («1,75», «1,75 %»), or a cell formatted as percent whose value is the fraction (0.1168
// shown as 11.68 %). The decimals it was written with are the precision a count must reproduce.
import { type DecimalFraction, toDecimalFraction } from '../identification/exactShare';
import { MAX_TYPED_DECIMALS, typedDecimals } from '../identification/resultCells';
import { parseNumberCell } from '../numbers/parseNumber';
import { isPercentFormat } from '../numbers/shareScale';
import { isBlank } from '../text/normalize';

export interface WrittenShare {
  /** Percent points, as the decimal written: 11,68 → 1168/100. */
  readonly points: DecimalFraction;
  /** How many decimals were written. */
  readonly decimals: number;
}

export type ShareReading = WrittenShare | 'blank' | 'bad';

/** Decimals a Sheets number format shows: «0.00» and «0.00%» → 2, «General» → 0. */
export function formatDecimals(format: string | undefined): number {
  if (!format) return 0;
  const section = format.split(';')[0]!.replace(/"[^"]*"/g, '');
  const match = /\.([0#?]+)/.exec(section);
  return match ? match[1]!.length : 0;
}

function decimalsOf(fraction: DecimalFraction): number {
  return Math.round(Math.log10(fraction.denominator));
}

function written(points: number, minimumDecimals: number): WrittenShare | 'bad' {
  if (!Number.isFinite(points) || points < 0 || points > 100) return 'bad';
  const own = toDecimalFraction(points);
  // Beyond MAX_TYPED_DECIMALS the value came from a division, not from a printed share.
  const decimals = Math.min(MAX_TYPED_DECIMALS, Math.max(decimalsOf(own), minimumDecimals));
  const denominator = 10 ** decimals;
  return { points: { numerator: Math.round(points * denominator), denominator }, decimals };
}

/** Reads a share cell of an export; `format` is the cell's number format when it was read. */
export function readWrittenShare(value: unknown, format?: string): ShareReading {
  if (isBlank(value)) return 'blank';
  if (typeof value === 'number') {
    if (format !== undefined && isPercentFormat(format)) return written(value * 100, formatDecimals(format));
    return written(value, formatDecimals(format));
  }
  if (typeof value !== 'string') return 'bad';
  const parsed = parseNumberCell(value);
  if (!parsed) return 'bad';
  return written(parsed.value, typedDecimals(value.replace(/[\s\u00a0\u202f%]/g, '')));
}

/** The share back as a number of percent points. */
export function sharePoints(share: WrittenShare): number {
  return share.points.numerator / share.points.denominator;
}
