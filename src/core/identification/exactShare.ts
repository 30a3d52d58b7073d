// Shares compared without floating error. The rule is «failed / participants ≥ 30 %» compared
// exactly (`100·failed ≥ 30·participants`, PRODUCT.md §4): 0.1 + 0.2 ≠ 0.3 in binary floating
// point, so a share of exactly 30 % must not be judged by a division.

/** A non-negative decimal written as numerator / 10^k. */
export interface DecimalFraction {
  readonly numerator: number;
  readonly denominator: number;
}

const MAX_DECIMALS = 9;

/** The decimal a typed number stands for: 0.3 → 3/10, 0.345 → 345/1000 (up to 9 decimals). */
export function toDecimalFraction(value: number): DecimalFraction {
  let denominator = 1;
  for (let k = 0; k <= MAX_DECIMALS; k++) {
    const scaled = value * denominator;
    const rounded = Math.round(scaled);
    if (Math.abs(scaled - rounded) <= 1e-9 * Math.max(1, Math.abs(scaled))) {
      return { numerator: rounded, denominator };
    }
    denominator *= 10;
  }
  return { numerator: Math.round(value * denominator), denominator };
}

/** a·b ≥ c·d for non-negative integers, exactly even past 2^53. */
function productAtLeast(a: number, b: number, c: number, d: number): boolean {
  const left = a * b;
  const right = c * d;
  if (left <= Number.MAX_SAFE_INTEGER && right <= Number.MAX_SAFE_INTEGER) return left >= right;
  return BigInt(a) * BigInt(b) >= BigInt(c) * BigInt(d);
}

/** failed / participants ≥ threshold, in integers (participants > 0). */
export function countShareAtLeast(failed: number, participants: number, threshold: DecimalFraction): boolean {
  return productAtLeast(failed, threshold.denominator, threshold.numerator, participants);
}

/** share ≥ threshold, both read as the decimals they were typed as. */
export function shareAtLeast(share: DecimalFraction, threshold: DecimalFraction): boolean {
  return productAtLeast(share.numerator, threshold.denominator, threshold.numerator, share.denominator);
}
