// Numbers and dates the Russian way, independent of the browser's locale.
import type { IsoDate } from '../../shared/api';

/** 0.706 → «70,6 %»; whole percents without a decimal. */
export function formatPercent(fraction: number): string {
  const percent = Math.round(fraction * 1000) / 10;
  const text = Number.isInteger(percent) ? String(percent) : percent.toFixed(1).replace('.', ',');
  return `${text.replace('-', '−')} %`;
}

/** 12.5 → «12,5»; integers as they are. */
export function formatNumber(value: number): string {
  const rounded = Math.round(value * 100) / 100;
  return String(rounded).replace('.', ',').replace('-', '−');
}

/** '2024-03-13' → «13.03.2024»; anything else as it is. */
export function formatIsoDate(date: IsoDate): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  return match ? `${match[3]}.${match[2]}.${match[1]}` : date;
}

/** A share for a progress bar's width: 0…100, whatever the data. */
export function barPercent(fraction: number | null): number {
  if (fraction === null || !Number.isFinite(fraction)) return 0;
  return Math.max(0, Math.min(100, Math.round(fraction * 100)));
}
