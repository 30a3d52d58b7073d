// What the header row of an input table says beyond «found»: headers typed twice, headers split over
// two rows, and expected columns that are not there (PRODUCT.md §13). Worded once for every reader.
import { columnLetters } from '../cells/a1';
import { tableMessages as m } from '../messages/tables';
import type { LocatedTable } from '../table/locateTable';
import { columnOf, type SheetSchema } from '../table/schema';
import type { JournalEntry } from './journal';
import { headersMissingEntry } from './tableProblems';

/**
 * The journal lines of a located table's header: each duplicated header (an output column there is
 * written nowhere), each header read joined from two rows, and each column of `expected` that is
 * missing, with why it matters, what the header row holds instead and the names accepted.
 */
export function tableShapeEntries<K extends string>(
  table: LocatedTable<K>,
  expected: Partial<Record<K, string>> = {},
): JournalEntry[] {
  const sheet = table.schema.name;
  const row = table.headerRowNumber;
  const entries: JournalEntry[] = [];
  for (const duplicate of table.duplicates) {
    const column = columnOf(table.schema, duplicate.key);
    const letters = duplicate.columns.map((c) => columnLetters(c + 1));
    entries.push({
      sheet,
      row,
      column: column.header,
      value: duplicate.texts.join(' | '),
      problem: column.output
        ? m.duplicateOutput(column.header, letters)
        : m.duplicateInput(column.header, letters),
      fix: m.duplicateFix(column.header),
    });
  }
  for (const join of table.joinedHeaders) {
    const column = columnOf(table.schema, join.key);
    entries.push({
      sheet,
      row,
      column: column.header,
      value: `${join.upper} / ${join.lower}`,
      problem: m.joined(join.upper, join.lower, column.header),
      fix: m.joinedFix,
    });
  }
  for (const key of Object.keys(expected) as K[]) {
    if (table.columnIndex[key] !== undefined) continue;
    entries.push(missingColumnEntry(table, key, expected[key] ?? ''));
  }
  return entries;
}

/** One expected column is not in the header row: named with its accepted names and what is there. */
export function missingColumnEntry<K extends string>(
  table: LocatedTable<K>,
  key: K,
  consequence: string,
): JournalEntry {
  const column = columnOf(table.schema, key);
  const found = table.unrecognisedHeaders.map((h) => h.text);
  return {
    sheet: table.schema.name,
    row: table.headerRowNumber,
    column: column.header,
    value: found.join(' | '),
    problem:
      m.missingColumn(column.header, [column.header, ...(column.aliases ?? [])], consequence) +
      m.foundInstead(found),
    fix: m.missingColumnFix(column.header),
  };
}

/**
 * The table is not found: the headers missing, each with the names accepted for it, and what the
 * likeliest header row holds instead (a roadmap pasted from a report, «Направления работы | Место»).
 */
export function headersNotFoundEntry<K extends string>(
  schema: SheetSchema<K>,
  result: { readonly missingHeaders: readonly string[]; readonly unrecognisedHeaders: readonly string[] },
): JournalEntry {
  const accepted = result.missingHeaders.map((header) => {
    const column = schema.columns.find((c) => c.header === header);
    return m.acceptedNames(header, column?.aliases ?? []);
  });
  const found = result.unrecognisedHeaders;
  const entry = headersMissingEntry(schema.name, result.missingHeaders);
  return {
    ...entry,
    value: found.join(' | '),
    problem: entry.problem + accepted.join('') + (found.length > 0 ? m.foundInFirstRows(found) : ''),
  };
}
