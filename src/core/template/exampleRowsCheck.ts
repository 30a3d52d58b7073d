// The template's example rows name schools, measures and indicators that start with «Пример:»;
// an action that finds them beside real data says so (PRODUCT.md §2), since they are counted.
import type { JournalEntry } from '../journal/journal';
import { tableMessages as m } from '../messages/tables';
import type { LocatedTable } from '../table/locateTable';
import { cellText, normalizeText } from '../text/normalize';

export const EXAMPLE_PREFIX = 'Пример:';
const EXAMPLE_KEY = normalizeText(EXAMPLE_PREFIX);

/** «Пример: школа № 1», «пример:школа» — a text the template wrote as an example. */
export function isExampleText(value: unknown): boolean {
  // Only the head is compared, without normalizeText: it runs on every row of 81 000-row tables,
  // and the template wrote the prefix itself (no look-alike letters to forgive).
  if (typeof value !== 'string') return false;
  const start = value.search(/\S/);
  if (start < 0 || (value[start] !== 'П' && value[start] !== 'п')) return false;
  return value.slice(start, start + EXAMPLE_KEY.length).toLowerCase() === EXAMPLE_KEY;
}

/** «2–5, 9»: sheet rows as a person reads them. */
export function rowRanges(rows: readonly number[]): string {
  const parts: string[] = [];
  let start = rows[0];
  let end = start;
  for (let i = 1; i <= rows.length; i++) {
    const row = rows[i];
    if (row !== undefined && end !== undefined && row === end + 1) {
      end = row;
      continue;
    }
    if (start !== undefined && end !== undefined) parts.push(start === end ? `${start}` : `${start}–${end}`);
    start = row;
    end = row;
  }
  return parts.join(', ');
}

/**
 * A journal line when the table holds both example rows (found by `key`, e.g. the school) and rows
 * of real data; null when it holds only one kind (a fresh template, or real data only).
 */
export function exampleRowsEntry<K extends string>(table: LocatedTable<K>, key: K): JournalEntry | null {
  const filled = table.rows.filter((row) => !row.blank);
  const examples = filled.filter((row) => isExampleText(row.cells[key]));
  if (examples.length === 0 || examples.length === filled.length) return null;
  const header = table.schema.columns.find((c) => c.key === key)?.header ?? '';
  const sample = cellText(examples[0]!.cells[key]).trim();
  return {
    sheet: table.schema.name,
    row: examples[0]!.rowNumber,
    column: header,
    value: sample,
    problem: m.exampleRows(rowRanges(examples.map((row) => row.rowNumber)), sample),
    fix: m.exampleRowsFix,
  };
}
