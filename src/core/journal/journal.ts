/** One problem found in the data: where it is, what is wrong and what to do (PRODUCT.md §2). */
export interface JournalEntry {
  readonly sheet: string;
  /** 1-based sheet row; null for a problem of the whole sheet. */
  readonly row: number | null;
  /** The header of the column; "" for a problem of the whole row or sheet. */
  readonly column: string;
  readonly value: unknown;
  readonly problem: string;
  readonly fix: string;
}

/** Collects journal entries while core rules run; the server writes them once at the end. */
export class Journal {
  readonly entries: JournalEntry[] = [];

  add(entry: JournalEntry): void {
    this.entries.push(entry);
  }

  get size(): number {
    return this.entries.length;
  }
}
