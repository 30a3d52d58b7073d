/** What Google says when a Spreadsheet call fails on its side: a temporary failure. */
export const INJECTED_FAILURE = 'Service Spreadsheets timed out while accessing document with id fake.';

/** Calls that change the workbook (the rest only read). */
export const MUTATING_CALL = /\.(set|insert|clear|delete|append|activate|rename|toast)/;

/**
 * Counts service calls by name, so tests can assert that access is batched; keeps their order
 * (a write before a blank); and can make the n-th call fail, as Google's calls fail halfway
 * through an action (the fault-injection tier, test/faults).
 */
export class CallCounter {
  private readonly counts = new Map<string, number>();
  /** Every call by name, in order. */
  readonly log: string[] = [];
  private failure: { readonly at: number; readonly matches: RegExp; seen: number } | null = null;

  hit(name: string): void {
    this.log.push(name);
    const failure = this.failure;
    if (failure?.matches.test(name) && ++failure.seen === failure.at) {
      // Thrown before the call does anything, and only once: the next run finds Google working.
      this.failure = null;
      throw new Error(INJECTED_FAILURE);
    }
    this.counts.set(name, (this.counts.get(name) ?? 0) + 1);
  }

  /** The n-th (1-based) call from now whose name matches fails with Google's temporary error. */
  failOn(n: number, matches: RegExp = /./): void {
    this.failure = { at: n, matches, seen: 0 };
  }

  /** True while an armed failure has not happened yet (the action made fewer calls). */
  get failurePending(): boolean {
    return this.failure !== null;
  }

  get total(): number {
    let sum = 0;
    for (const n of this.counts.values()) sum += n;
    return sum;
  }

  count(name: string): number {
    return this.counts.get(name) ?? 0;
  }

  /** Calls whose name ends with the suffix, e.g. '.setValue' for per-cell writes. */
  countMatching(pattern: RegExp): number {
    let sum = 0;
    for (const [name, n] of this.counts) if (pattern.test(name)) sum += n;
    return sum;
  }

  reset(): void {
    this.counts.clear();
    this.log.length = 0;
  }

  snapshot(): Record<string, number> {
    return Object.fromEntries(this.counts);
  }
}
