// A count recovered from a share as exports print it (PRODUCT.md §10): ФИС ОКО gives only percents
// of participants per mark, rounded to the decimals it prints. The count is the whole number k
// whose 100·k / participants rounds to the printed share; with few decimals and many participants
// several k do, and with a mistyped share none does — both are reported, never guessed.
import type { DecimalFraction } from '../identification/exactShare';

export type CountRecovery =
  | { readonly kind: 'exact'; readonly count: number }
  | { readonly kind: 'none' }
  | { readonly kind: 'several'; readonly from: number; readonly to: number };

/** ⌊a / b⌋ for non-negative safe integers, corrected for the division's rounding. */
function floorDiv(a: number, b: number): number {
  let q = Math.floor(a / b);
  while (q > 0 && q * b > a) q--;
  while ((q + 1) * b <= a) q++;
  return q;
}

/** ⌈a / b⌉ for non-negative safe integers. */
function ceilDiv(a: number, b: number): number {
  const q = floorDiv(a, b);
  return q * b === a ? q : q + 1;
}

/**
 * The counts k in [0, participants] with |100·k/participants − share| ≤ half a unit of the share's
 * last printed digit. `share` is in percent points as a decimal (11,68 → 1168/100). A half-way
 * value is accepted either way: exports round half up or half to even.
 */
export function recoverCount(share: DecimalFraction, participants: number): CountRecovery {
  if (!Number.isInteger(participants) || participants < 0) return { kind: 'none' };
  const { numerator, denominator } = share;
  if (numerator < 0) return { kind: 'none' };
  // n·(2S − 1) ≤ 200·D·k ≤ n·(2S + 1), all in integers.
  const scale = 200 * denominator;
  const low = 2 * numerator - 1;
  const high = 2 * numerator + 1;
  if (!Number.isSafeInteger(participants * high) || !Number.isSafeInteger(scale * participants)) {
    return bigRecover(share, participants);
  }
  const from = Math.max(0, low < 0 ? 0 : ceilDiv(participants * low, scale));
  const to = Math.min(participants, floorDiv(participants * high, scale));
  if (from > to) return { kind: 'none' };
  if (from === to) return { kind: 'exact', count: from };
  return { kind: 'several', from, to };
}

function bigRecover(share: DecimalFraction, participants: number): CountRecovery {
  const n = BigInt(participants);
  const scale = 200n * BigInt(share.denominator);
  const low = 2n * BigInt(share.numerator) - 1n;
  const high = 2n * BigInt(share.numerator) + 1n;
  const lowProduct = n * (low < 0n ? 0n : low);
  let from = lowProduct / scale;
  if (from * scale < lowProduct) from += 1n;
  let to = (n * high) / scale;
  if (to > n) to = n;
  if (from > to) return { kind: 'none' };
  if (from === to) return { kind: 'exact', count: Number(from) };
  return { kind: 'several', from: Number(from), to: Number(to) };
}
