import { targetStatuses as s, type TargetStatus } from '../messages/roadmap';
import { BETTER_LESS, BETTER_MORE } from '../template/sheets';
import { isBlank, normalizeText } from '../text/normalize';

export type Direction = 'more' | 'less';

/** `Лучше, когда`: «больше» / «меньше»; null when blank, undefined when unreadable. */
export function readBetterWhen(value: unknown): Direction | null | undefined {
  if (isBlank(value)) return null;
  const text = normalizeText(value);
  if (text === BETTER_MORE || text === 'выше' || text === 'больше лучше') return 'more';
  if (text === BETTER_LESS || text === 'ниже' || text === 'меньше лучше') return 'less';
  return undefined;
}

/** Without `Лучше, когда` the plan says it: a plan below the base means lower is better. */
export function targetDirection(betterWhen: Direction | null, base: number, plan: number): Direction {
  if (betterWhen) return betterWhen;
  return plan < base ? 'less' : 'more';
}

export interface TargetResult {
  /** (fact − base) / (plan − base); null without data or when plan equals base and is not met. */
  readonly progress: number | null;
  readonly status: TargetStatus;
}

// Shares read from «44 %» are 0.44 in binary floating point: compare with a tolerance.
const EPSILON = 1e-9;

/**
 * Progress and status of a target indicator (PRODUCT.md §6): «Достигнут» when the fact reaches the
 * plan in the better direction, «Ухудшение» when it moved away from the base the other way,
 * «Нет прогресса» when it stayed at the base, «Есть прогресс» in between, «Нет данных» when any of
 * base, plan and fact is missing.
 */
export function targetProgress(
  base: number | null,
  plan: number | null,
  fact: number | null,
  betterWhen: Direction | null = null,
): TargetResult {
  if (base === null || plan === null || fact === null) return { progress: null, status: s.noData };
  if (![base, plan, fact].every(Number.isFinite)) return { progress: null, status: s.noData };
  // Progress and status do not change when all three are divided by one number; dividing by the
  // largest keeps fact − base finite for counts near 1e308 (where it would be Infinity, and the
  // progress Infinity or NaN in the sheet).
  const scale = Math.max(1, Math.abs(base), Math.abs(plan), Math.abs(fact));
  return scaledProgress(base / scale, plan / scale, fact / scale, targetDirection(betterWhen, base, plan));
}

function scaledProgress(base: number, plan: number, fact: number, direction: Direction): TargetResult {
  const sign = direction === 'more' ? 1 : -1;
  const tolerance = EPSILON * Math.max(1, Math.abs(base), Math.abs(plan), Math.abs(fact));
  const achieved = sign * (fact - plan) >= -tolerance;
  const gain = sign * (fact - base);
  const span = plan - base;
  const raw = Math.abs(span) > tolerance ? (fact - base) / span : achieved ? 1 : null;
  // 0.5000000000000007 from «22%» − «21%» would show as such in the sheet's formula bar.
  const progress = raw === null ? null : Number(raw.toPrecision(12));
  if (achieved) return { progress, status: s.achieved };
  if (gain < -tolerance) return { progress, status: s.worse };
  if (gain <= tolerance) return { progress, status: s.noProgress };
  return { progress, status: s.progress };
}
