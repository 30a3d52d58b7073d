/** Counts service calls by name, so tests can assert that access is batched. */
export class CallCounter {
  private readonly counts = new Map<string, number>();

  hit(name: string): void {
    this.counts.set(name, (this.counts.get(name) ?? 0) + 1);
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
  }

  snapshot(): Record<string, number> {
    return Object.fromEntries(this.counts);
  }
}
