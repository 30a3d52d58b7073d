// Rates of an assessment from the number of pupils per mark (PRODUCT.md §9), as the analytic
// reports compute them: ОУ (успеваемость), КУ/КЗ (качество знаний), СОУ (степень обученности),
// and the average mark. N = n5+n4+n3+n2+n_na; pupils exempt from the subject are not counted.

export interface MarkCounts {
  readonly n5: number;
  readonly n4: number;
  readonly n3: number;
  readonly n2: number;
  /** Pupils without a mark («н/а», не аттестованы). */
  readonly nNa: number;
}

function total(c: MarkCounts): number {
  return c.n5 + c.n4 + c.n3 + c.n2 + c.nNa;
}

/**
 * Huge counts divided by the largest of them: every rate here is a ratio of sums of counts, so it
 * does not change, and no sum can overflow to Infinity (five counts near 1e308 gave Infinity /
 * Infinity = NaN in the sheet). Null when a count is not a finite number.
 */
function scaled<C extends Partial<MarkCounts>>(c: C): C | null {
  const values = Object.values(c) as number[];
  if (!values.every(Number.isFinite)) return null;
  const largest = Math.max(...values.map(Math.abs));
  // Below 2^53 counts are exact integers and their sums stay finite: keep them, so that the usual
  // rates come out exactly as the reports compute them by hand.
  if (largest <= Number.MAX_SAFE_INTEGER) return c;
  return Object.fromEntries(Object.entries(c).map(([key, value]) => [key, (value as number) / largest])) as C;
}

/** ОУ = (n5+n4+n3)/N; null when N = 0. */
export function successRate(counts: MarkCounts): number | null {
  const c = scaled(counts);
  if (!c) return null;
  const n = total(c);
  return n === 0 ? null : (c.n5 + c.n4 + c.n3) / n;
}

/** КУ (КЗ) = (n5+n4)/N; null when N = 0. */
export function qualityRate(counts: MarkCounts): number | null {
  const c = scaled(counts);
  if (!c) return null;
  const n = total(c);
  return n === 0 ? null : (c.n5 + c.n4) / n;
}

// The weights of the «степень обученности» of В. П. Симонов: 100 %, 64 %, 36 %, 16 %, 7 %.
const SOU_WEIGHTS = { n5: 100, n4: 64, n3: 36, n2: 16, nNa: 7 } as const;

/** СОУ = (n5·1 + n4·0.64 + n3·0.36 + n2·0.16 + n_na·0.07)/N; null when N = 0. */
export function degreeOfLearning(counts: MarkCounts): number | null {
  const c = scaled(counts);
  if (!c) return null;
  const n = total(c);
  if (n === 0) return null;
  // Weights in whole percent keep the sum exact; one division at the end.
  const points =
    c.n5 * SOU_WEIGHTS.n5 +
    c.n4 * SOU_WEIGHTS.n4 +
    c.n3 * SOU_WEIGHTS.n3 +
    c.n2 * SOU_WEIGHTS.n2 +
    c.nNa * SOU_WEIGHTS.nNa;
  return points / (100 * n);
}

/** (5·n5 + 4·n4 + 3·n3 + 2·n2)/(n5+n4+n3+n2); null without marks. */
export function meanMark(counts: Omit<MarkCounts, 'nNa'>): number | null {
  const c = scaled(counts);
  if (!c) return null;
  const n = c.n5 + c.n4 + c.n3 + c.n2;
  return n === 0 ? null : (5 * c.n5 + 4 * c.n4 + 3 * c.n3 + 2 * c.n2) / n;
}
