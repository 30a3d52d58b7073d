// ОУ, КУ and СОУ of a procedure (PRODUCT.md §9, §11) from the optional `Получили «3»/«4»/«5»`
// columns of «Результаты ОП», beside `Получили «2»`: the rates come from markCounts, the same
// functions as SUCCESS_RATE, QUALITY_RATE and SOU.

import { readCount } from '../identification/resultCells';
import type { ResultRecord, ResultsTable } from '../identification/resultRecords';
import { degreeOfLearning, type MarkCounts, qualityRate, successRate } from '../rates/markCounts';

/** The «3», «4», «5» counts of one row. */
export interface MarkTally {
  readonly n3: number;
  readonly n4: number;
  readonly n5: number;
}

/** Rows where all three counts are given; a row with one of them blank or unreadable has no rates. */
export function readMarkTallies(table: ResultsTable): Map<number, MarkTally> {
  const tallies = new Map<number, MarkTally>();
  const { columnIndex } = table;
  if (
    columnIndex.marks3 === undefined ||
    columnIndex.marks4 === undefined ||
    columnIndex.marks5 === undefined
  )
    return tallies;
  for (const row of table.rows) {
    if (row.blank) continue;
    const n3 = readCount(row.cells.marks3);
    const n4 = readCount(row.cells.marks4);
    const n5 = readCount(row.cells.marks5);
    if (!n3.ok || !n4.ok || !n5.ok || n3.value === null || n4.value === null || n5.value === null) continue;
    tallies.set(row.rowNumber, { n3: n3.value, n4: n4.value, n5: n5.value });
  }
  return tallies;
}

/**
 * The mark counts of records summed (one school's row, or a municipality's rows of a procedure and
 * year); null unless every record has «2» as a count and its «3», «4», «5». Pupils without a mark
 * are not in the columns, so n_na is 0: N is the sum of the four marks.
 */
export function sumMarkCounts(
  records: readonly ResultRecord[],
  tallies: ReadonlyMap<number, MarkTally>,
): MarkCounts | null {
  if (records.length === 0) return null;
  const sum = { n5: 0, n4: 0, n3: 0, n2: 0, nNa: 0 };
  for (const record of records) {
    const tally = tallies.get(record.rowNumber);
    if (!tally || record.measure.failed === null) return null;
    sum.n5 += tally.n5;
    sum.n4 += tally.n4;
    sum.n3 += tally.n3;
    sum.n2 += record.measure.failed;
  }
  return sum;
}

export interface MarkRates {
  readonly participants: number;
  readonly success: number | null;
  readonly quality: number | null;
  readonly degree: number | null;
}

export function markRates(counts: MarkCounts): MarkRates {
  return {
    participants: counts.n5 + counts.n4 + counts.n3 + counts.n2 + counts.nNa,
    success: successRate(counts),
    quality: qualityRate(counts),
    degree: degreeOfLearning(counts),
  };
}
