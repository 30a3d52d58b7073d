import type { CellValue, Grid } from '../cells/cellValue';
import { isBlank, normalizeHeader } from '../text/normalize';
import type { SheetSchema } from './schema';

/** How many rows from the top a header row may stand below title rows. */
export const HEADER_SEARCH_ROWS = 10;

export interface TableRow<K extends string> {
  /** 1-based row number on the sheet, for the journal and for links. */
  readonly rowNumber: number;
  readonly cells: Readonly<Record<K, CellValue>>;
  /** Every input column of the row is blank. */
  readonly blank: boolean;
}

export interface LocatedTable<K extends string> {
  readonly schema: SheetSchema<K>;
  /** 1-based sheet row of the header; the data starts below it. */
  readonly headerRowNumber: number;
  /** 0-based column index of each column found. */
  readonly columnIndex: Readonly<Partial<Record<K, number>>>;
  /** Every row below the header up to the last row of the data range, blank ones included. */
  readonly rows: readonly TableRow<K>[];
  /** The width of the header row as read (the next free column is at this index). */
  readonly width: number;
}

export type LocateResult<K extends string> =
  | { readonly found: true; readonly table: LocatedTable<K> }
  | { readonly found: false; readonly missingHeaders: readonly string[] };

function headerKeys<K extends string>(schema: SheetSchema<K>): Map<string, K> {
  const keys = new Map<string, K>();
  for (const column of schema.columns) {
    for (const text of [column.header, ...(column.aliases ?? [])]) {
      const key = normalizeHeader(text);
      if (!keys.has(key)) keys.set(key, column.key);
    }
  }
  return keys;
}

function matchHeaderRow<K extends string>(
  row: readonly CellValue[],
  keys: Map<string, K>,
): Partial<Record<K, number>> {
  const index: Partial<Record<K, number>> = {};
  row.forEach((cell, i) => {
    const key = keys.get(normalizeHeader(cell));
    if (key !== undefined && index[key] === undefined) index[key] = i;
  });
  return index;
}

/**
 * Finds the table's header row among the first rows of the grid by header text (PRODUCT.md §2:
 * case, «ё», spaces, line breaks and a trailing «, %» do not matter) and maps its rows by column key.
 */
export function locateTable<K extends string>(grid: Grid, schema: SheetSchema<K>): LocateResult<K> {
  const keys = headerKeys(schema);
  const required = schema.columns.filter((c) => c.required);
  let best: { rowIndex: number; index: Partial<Record<K, number>>; count: number } | null = null;
  const limit = Math.min(HEADER_SEARCH_ROWS, grid.length);
  for (let r = 0; r < limit; r++) {
    const index = matchHeaderRow(grid[r] ?? [], keys);
    const count = Object.keys(index).length;
    const hasRequired = required.every((c) => index[c.key] !== undefined);
    if (count > 0 && hasRequired && (!best || count > best.count)) best = { rowIndex: r, index, count };
  }
  if (!best) {
    const firstRows = grid.slice(0, limit).map((row) => matchHeaderRow(row, keys));
    const missing = required
      .filter((c) => firstRows.every((index) => index[c.key] === undefined))
      .map((c) => c.header);
    return { found: false, missingHeaders: missing.length ? missing : required.map((c) => c.header) };
  }
  const { rowIndex, index } = best;
  const inputKeys = schema.columns.filter((c) => !c.output && index[c.key] !== undefined).map((c) => c.key);
  const rows: TableRow<K>[] = [];
  for (let r = rowIndex + 1; r < grid.length; r++) {
    const source = grid[r] ?? [];
    const cells = {} as Record<K, CellValue>;
    for (const column of schema.columns) {
      const i = index[column.key];
      cells[column.key] = i === undefined ? '' : (source[i] ?? '');
    }
    rows.push({ rowNumber: r + 1, cells, blank: inputKeys.every((k) => isBlank(cells[k])) });
  }
  return {
    found: true,
    table: {
      schema,
      headerRowNumber: rowIndex + 1,
      columnIndex: index,
      rows,
      width: (grid[rowIndex] ?? []).length,
    },
  };
}
