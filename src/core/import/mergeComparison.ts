// «Сравнение» keeps the aggregates of every export imported so far: a new import replaces the rows
// with the same level, name, year and procedure, and adds the others (PRODUCT.md §10).
import type { CellValue } from '../cells/cellValue';
import { normalizeText } from '../text/normalize';
import type { ComparisonResult } from './importTypes';

/** The key columns of «Сравнение»: Уровень, Название, Год, Процедура. */
export const COMPARISON_KEY_COLUMNS = [0, 1, 2, 3] as const;

export function comparisonCells(row: ComparisonResult): CellValue[] {
  return [row.level, row.name, row.year, row.procedure, row.participants, ...row.shares.map((s) => s ?? '')];
}

function keyOf(cells: readonly CellValue[]): string {
  return COMPARISON_KEY_COLUMNS.map((i) => normalizeText(cells[i])).join('|');
}

/** The row's key as «Сравнение» matches it: one row per level, name, year and procedure. */
export function comparisonKey(row: ComparisonResult): string {
  return keyOf(comparisonCells(row));
}

/** The sheet's rows after the import: existing ones in place (replaced by key), new ones after. */
export function mergeComparison(
  existing: readonly (readonly CellValue[])[],
  imported: readonly ComparisonResult[],
): CellValue[][] {
  const fresh = new Map<string, CellValue[]>();
  for (const row of imported) fresh.set(comparisonKey(row), comparisonCells(row));
  const out: CellValue[][] = [];
  const placed = new Set<string>();
  for (const row of existing) {
    if (row.every((cell) => cell === '' || cell === null || cell === undefined)) continue;
    const key = keyOf(row);
    if (placed.has(key)) continue;
    const replacement = fresh.get(key);
    out.push(replacement ?? [...row]);
    placed.add(key);
  }
  for (const [key, row] of fresh) if (!placed.has(key)) out.push(row);
  return out;
}
