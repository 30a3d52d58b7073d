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
  /** Columns whose header appears more than once: the add-on writes none of them. */
  readonly duplicates: readonly DuplicateHeader<K>[];
  /** Headers split over two rows («Получили» above «2») that were read joined. */
  readonly joinedHeaders: readonly JoinedHeader<K>[];
  /** Header cells of the header row that name no column of the schema (what the user typed). */
  readonly unrecognisedHeaders: readonly UnrecognisedHeader[];
}

export interface DuplicateHeader<K extends string> {
  readonly key: K;
  /** 0-based columns, left to right; the first is the one read. */
  readonly columns: readonly number[];
  /** The header texts as typed, in the same order. */
  readonly texts: readonly string[];
}

export interface JoinedHeader<K extends string> {
  readonly key: K;
  /** 0-based column. */
  readonly column: number;
  readonly upper: string;
  readonly lower: string;
}

export interface UnrecognisedHeader {
  /** 0-based column. */
  readonly column: number;
  readonly text: string;
}

export type LocateResult<K extends string> =
  | { readonly found: true; readonly table: LocatedTable<K> }
  | {
      readonly found: false;
      readonly missingHeaders: readonly string[];
      /** The texts of the fullest of the first rows that name no column: what the user typed. */
      readonly unrecognisedHeaders: readonly string[];
    };

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

function cellString(value: CellValue | undefined): string {
  return isBlank(value) || value === undefined ? '' : String(value).trim();
}

/**
 * The header text carried right over blank cells: a merged «Получили» over four columns holds its
 * text in the first cell only.
 */
function spanText(row: readonly CellValue[], column: number, stop: (c: number) => boolean): string {
  for (let c = column; c >= 0; c--) {
    if (c !== column && stop(c)) return '';
    const text = cellString(row[c]);
    if (text) return text;
  }
  return '';
}

interface HeaderShape<K extends string> {
  readonly index: Partial<Record<K, number>>;
  /** 0-based: the header row, or the row below it when a header continues there. */
  readonly lastHeaderRow: number;
  readonly duplicates: DuplicateHeader<K>[];
  readonly joined: JoinedHeader<K>[];
  readonly unrecognised: UnrecognisedHeader[];
}

/**
 * What the header row holds beyond its first matches: headers split over two rows, read joined
 * («Получили» above «2» is «Получили «2»»), headers that appear twice, and headers that name nothing.
 * A row below the header counts as its second line only when it is blank under every recognised
 * header: a data row always has something there.
 */
function headerShape<K extends string>(grid: Grid, rowIndex: number, keys: Map<string, K>): HeaderShape<K> {
  const row = grid[rowIndex] ?? [];
  const above = rowIndex > 0 ? (grid[rowIndex - 1] ?? []) : [];
  const below = grid[rowIndex + 1] ?? [];
  const width = Math.max(row.length, below.length);
  const keyAt: (K | undefined)[] = [];
  for (let c = 0; c < width; c++) keyAt.push(keys.get(normalizeHeader(row[c])));
  const joined: JoinedHeader<K>[] = [];
  const taken = new Set(keyAt.filter((k): k is K => k !== undefined));
  const tryJoin = (column: number, upper: string, lower: string): boolean => {
    if (!upper || !lower) return false;
    const key = keys.get(normalizeHeader(`${upper} ${lower}`));
    if (key === undefined || taken.has(key)) return false;
    taken.add(key);
    keyAt[column] = key;
    joined.push({ key, column, upper, lower });
    return true;
  };
  const initially = keyAt.map((key) => key !== undefined);
  const recognised = (c: number): boolean => initially[c] === true;
  // Below: a second header line has text only under the unrecognised (or blank) header cells.
  const belowIsHeader =
    below.some((cell) => !isBlank(cell)) && below.every((cell, c) => isBlank(cell) || !recognised(c));
  let usedBelow = false;
  const lowerOnly = new Set<number>();
  if (belowIsHeader) {
    for (let c = 0; c < width; c++) {
      if (keyAt[c] !== undefined) continue;
      if (tryJoin(c, spanText(row, c, recognised), cellString(below[c]))) usedBelow = true;
    }
  }
  // A whole header in the second line (the add-on's own «Низкий результат», added there by a
  // previous run) is a header too, or a second run would add it again.
  if (usedBelow) {
    for (let c = 0; c < width; c++) {
      if (keyAt[c] !== undefined || !isBlank(row[c])) continue;
      const key = keys.get(normalizeHeader(below[c]));
      if (key === undefined) continue;
      keyAt[c] = key;
      lowerOnly.add(c);
    }
  }
  if (!usedBelow) {
    for (let c = 0; c < width; c++) {
      if (keyAt[c] !== undefined) continue;
      tryJoin(
        c,
        spanText(above, c, () => false),
        cellString(row[c]),
      );
    }
  }
  const index: Partial<Record<K, number>> = {};
  const columnsOf = new Map<K, number[]>();
  const unrecognised: UnrecognisedHeader[] = [];
  const headerText = (c: number): string => {
    const join = joined.find((j) => j.column === c);
    if (join) return `${join.upper} ${join.lower}`;
    return lowerOnly.has(c) ? cellString(below[c]) : cellString(row[c]);
  };
  for (let c = 0; c < width; c++) {
    const key = keyAt[c];
    if (key === undefined) {
      const text = cellString(row[c]) || (usedBelow ? cellString(below[c]) : '');
      if (text) unrecognised.push({ column: c, text });
      continue;
    }
    if (index[key] === undefined) index[key] = c;
    const list = columnsOf.get(key) ?? [];
    list.push(c);
    columnsOf.set(key, list);
  }
  const duplicates: DuplicateHeader<K>[] = [];
  for (const [key, columns] of columnsOf) {
    if (columns.length > 1) duplicates.push({ key, columns, texts: columns.map(headerText) });
  }
  return { index, lastHeaderRow: usedBelow ? rowIndex + 1 : rowIndex, duplicates, joined, unrecognised };
}

/** The unrecognised texts of the fullest row (the likeliest header row of a pasted table). */
function likelyHeaderTexts<K extends string>(rows: Grid, keys: Map<string, K>): string[] {
  let fullest: readonly CellValue[] = [];
  let most = 0;
  for (const row of rows) {
    const filled = row.filter((cell) => !isBlank(cell)).length;
    if (filled > most) {
      most = filled;
      fullest = row;
    }
  }
  return fullest
    .filter((cell) => !isBlank(cell) && !keys.has(normalizeHeader(cell)))
    .map((cell) => cellString(cell));
}

/** The column is there once: the add-on may write it (a duplicated header is written nowhere). */
export function isDuplicated<K extends string>(table: LocatedTable<K>, key: K): boolean {
  return table.duplicates.some((d) => d.key === key);
}

/** The 0-based column the add-on writes `key` in: undefined when the header row lacks it or has it twice. */
export function writtenColumn<K extends string>(table: LocatedTable<K>, key: K): number | undefined {
  return isDuplicated(table, key) ? undefined : table.columnIndex[key];
}

/** Columns of the schema that the header row does not have. */
export function missingColumns<K extends string>(table: LocatedTable<K>): K[] {
  return table.schema.columns.filter((c) => table.columnIndex[c.key] === undefined).map((c) => c.key);
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
    return {
      found: false,
      missingHeaders: missing.length ? missing : required.map((c) => c.header),
      unrecognisedHeaders: likelyHeaderTexts(grid.slice(0, limit), keys),
    };
  }
  const shape = headerShape(grid, best.rowIndex, keys);
  const index = shape.index;
  const firstDataRow = shape.lastHeaderRow + 1;
  const inputKeys = schema.columns.filter((c) => !c.output && index[c.key] !== undefined).map((c) => c.key);
  const rows: TableRow<K>[] = [];
  for (let r = firstDataRow; r < grid.length; r++) {
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
      headerRowNumber: shape.lastHeaderRow + 1,
      columnIndex: index,
      rows,
      width: Math.max((grid[best.rowIndex] ?? []).length, (grid[shape.lastHeaderRow] ?? []).length),
      duplicates: shape.duplicates,
      joinedHeaders: shape.joined,
      unrecognisedHeaders: shape.unrecognised,
    },
  };
}
