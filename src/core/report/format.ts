// Numbers as the справка writes them: shares like `Пояснение` does («34 %», «31,5 %»), changes in
// percentage points with their sign, rates with one decimal.
import { formatShare } from '../identification/explanation';

export { formatShare };

/** A fraction as percent points with one decimal, as the справка shows shares: 0.3429 → 34.3. */
export function sharePoints(share: number): number {
  return Math.round(share * 1000) / 10;
}

/**
 * «+3,2», «−1,5», «0»: the change of a share (fractions in, points out), from the one-decimal
 * shares the table shows, so that a reader who subtracts them gets the same number.
 */
export function formatPoints(from: number, to: number): string {
  const points = Math.round((sharePoints(to) - sharePoints(from)) * 10) / 10;
  if (points === 0) return '0';
  const text = String(Math.abs(points)).replace('.', ',');
  return points > 0 ? `+${text}` : `−${text}`;
}

/** A fraction as percent with one decimal: «97,5 %»; "—" when absent. */
export function formatRate(rate: number | null): string {
  return rate === null ? '—' : formatShare(rate, true);
}

/** A number as Russian text: «3,4», «12». */
export function formatNumber(value: number): string {
  return String(Number(value.toPrecision(12))).replace('.', ',');
}
