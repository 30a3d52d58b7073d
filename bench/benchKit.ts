// Shared helpers of the bench files: a row of the printed table, and a timer.

export interface BenchRow {
  readonly work: string;
  readonly measured: string;
  readonly budget: string;
  readonly ok: boolean;
}

/** Runs fn `repeat` times after one warm-up and returns the best wall time in milliseconds. */
export function bestTimeMs(fn: () => void, repeat = 3): number {
  fn();
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < repeat; i++) {
    const start = performance.now();
    fn();
    best = Math.min(best, performance.now() - start);
  }
  return best;
}
