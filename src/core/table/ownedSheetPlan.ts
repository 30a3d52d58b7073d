// The pure half of THE one owned-sheet writer (PRODUCT.md §13, ENGINEERING.md «One owned-sheet
// writer»): from what an owned sheet holds now (values and the user's formulas in R1C1) and the
// add-on's new rows, the one block to write. The server half (src/server/io/ownedSheet.ts) only
// reads the sheet and writes the block.
//
// What the plan promises:
// - rows above the header (titles) are not part of the block, so they stay as they are;
// - the header is found among the first rows by header text, as on input sheets;
// - a column that is not the add-on's is the user's: its cells (values and formulas) follow their
//   row's key; a formula is written back in A1 at the row's new place from its R1C1 text, so a
//   relative reference still points into its own row;
// - when a user column's header repeats an own header (a second «Пояснение»), the add-on's is the
//   occurrence that stands between its own neighbours (the columns before and after it in the
//   spec), else the leftmost; every other occurrence is the user's;
// - own columns stay where they stand and a missing one is added after the last header; a sheet
//   with headers that change from run to run (years) keeps its own columns together, in order;
// - a user's row whose key is gone is kept below the new rows, with its key and the user's cells;
// - the block covers everything the old table covered, so the new rows and the blanks below and
//   to the right of them are one write: a failure leaves the sheet as it was or fully rewritten.
import { asSafeCell, asSheetText, type CellValue, type Grid } from '../cells/cellValue';
import { r1c1ToA1 } from '../cells/r1c1';
import { isBlank, normalizeHeader, normalizeText } from '../text/normalize';
import { HEADER_SEARCH_ROWS } from './locateTable';

export interface OwnedSheetShape {
  /** The add-on's own headers, in the order of the rows' cells. */
  readonly headers: readonly string[];
  /** Which own columns (indexes into headers) make a row's key. */
  readonly keyColumns: readonly number[];
  /** Normalises a key cell before matching (e.g. a file link to its Drive id); default: normalizeText. */
  readonly keyOf?: (cell: CellValue, column: number) => string;
  /**
   * Headers the add-on writes on this sheet in some run but not in others (a year column of
   * «ШНОР по годам», its «no data» header): such a column is the add-on's, never kept as the user's.
   * Given, the own columns are laid out together in the order of headers.
   */
  readonly isOwnHeader?: (header: string) => boolean;
  /**
   * The own cells of a row kept only for the user's cells (its key is not among the new rows),
   * from its old own cells in headers order; default: its key cells, the rest blank (they would
   * be stale: the add-on no longer computes this row).
   */
  readonly keptRow?: (own: readonly CellValue[]) => readonly CellValue[];
}

/** Where the table of an owned sheet stands, from its values alone. */
export interface OwnedSheetLayout {
  /** 0-based grid row of the header; the table's rows follow it. */
  readonly headerIndex: number;
  /** 0-based grid column of each own header found (spec order), or -1. */
  readonly ownFound: readonly number[];
  /** 0-based grid columns holding the user's cells. */
  readonly userColumns: readonly number[];
  /** Columns of headers the add-on wrote before (isOwnHeader) that are not in headers now. */
  readonly formerColumns: readonly number[];
  /**
   * Columns of the data range with no header and no value below it: they are in the range for a
   * reason — formulas that show nothing, typically — and are the user's where they hold formulas.
   */
  readonly blankColumns: readonly number[];
  /** The grid's width: every column of the old table. */
  readonly width: number;
}

export type LayoutResult =
  | { readonly found: true; readonly layout: OwnedSheetLayout }
  /** The sheet holds something else: no own header in its first rows. */
  | { readonly found: false };

/** The R1C1 formula of each cell of the grid, '' (or null) where there is none. */
export type FormulaGrid = readonly (readonly (string | null | undefined)[])[];

export interface OwnedSheetPlan {
  /** 1-based sheet row where the block starts: the header row. */
  readonly headerRow: number;
  /** 1-based sheet column of each own header, in headers order. */
  readonly ownColumns: readonly number[];
  /** Header row first; every row as wide as the first; values safe, user formulas in A1. */
  readonly block: CellValue[][];
  /** Data rows written: the new rows, then the kept ones. */
  readonly rowCount: number;
}

function isEmptyGrid(grid: Grid): boolean {
  return grid.every((row) => row.every(isBlank));
}

/** Every 0-based column of the row whose header is this own header. */
function occurrences(row: readonly CellValue[], header: string): number[] {
  const key = normalizeHeader(header);
  const found: number[] = [];
  row.forEach((cell, i) => {
    if (normalizeHeader(cell) === key) found.push(i);
  });
  return found;
}

/**
 * Assigns each own header one column of the header row. A header found once takes it; a repeated
 * one takes the occurrence between the own columns before and after it, else the leftmost.
 */
function assignOwnColumns(row: readonly CellValue[], headers: readonly string[]): number[] {
  const candidates = headers.map((h) => occurrences(row, h));
  const own = candidates.map((c) => (c.length === 1 ? c[0]! : -1));
  const taken = new Set(own.filter((i) => i >= 0));
  candidates.forEach((list, j) => {
    if (list.length < 2) return;
    const before = own.slice(0, j).filter((i) => i >= 0);
    const after = own.slice(j + 1).filter((i) => i >= 0);
    const low = before.length ? Math.max(...before) : -1;
    const high = after.length ? Math.min(...after) : Number.POSITIVE_INFINITY;
    const free = list.filter((i) => !taken.has(i));
    const chosen = free.find((i) => i > low && i < high) ?? free[0];
    if (chosen !== undefined) {
      own[j] = chosen;
      taken.add(chosen);
    }
  });
  return own;
}

/** How many different own headers (keys in `own`, or isOwnHeader's) the row holds. */
function score(row: readonly CellValue[], own: ReadonlySet<string>, shape: OwnedSheetShape): number {
  let count = 0;
  const seen = new Set<string>();
  for (const cell of row) {
    if (isBlank(cell)) continue;
    const key = normalizeHeader(cell);
    if (seen.has(key)) continue;
    if (own.has(key) || shape.isOwnHeader?.(String(cell))) {
      seen.add(key);
      count++;
    }
  }
  return count;
}

/**
 * Finds the header of an owned sheet among its first rows: the row with most own headers, the
 * topmost of equals. An empty sheet gets its header in row 1.
 */
export function locateOwnedSheet(grid: Grid, shape: OwnedSheetShape): LayoutResult {
  // Not Math.max(...rows): spreading a sheet of some 500,000 rows overflows the call stack.
  const width = grid.reduce((widest, row) => Math.max(widest, row.length), 0);
  if (isEmptyGrid(grid)) {
    return {
      found: true,
      layout: {
        headerIndex: 0,
        ownFound: shape.headers.map(() => -1),
        userColumns: [],
        formerColumns: [],
        blankColumns: [],
        width: 0,
      },
    };
  }
  let best = -1;
  let bestScore = 0;
  const ownKeys = new Set(shape.headers.map(normalizeHeader));
  for (let r = 0; r < Math.min(HEADER_SEARCH_ROWS, grid.length); r++) {
    const s = score(grid[r] ?? [], ownKeys, shape);
    if (s > bestScore) {
      best = r;
      bestScore = s;
    }
  }
  if (best < 0) return { found: false };
  const header = grid[best] ?? [];
  const ownFound = assignOwnColumns(header, shape.headers);
  const own = new Set(ownFound.filter((i) => i >= 0));
  const userColumns: number[] = [];
  const formerColumns: number[] = [];
  const blankColumns: number[] = [];
  for (let c = 0; c < width; c++) {
    if (own.has(c)) continue;
    const cell = header[c] ?? '';
    if (!isBlank(cell) && shape.isOwnHeader?.(String(cell))) {
      formerColumns.push(c);
      continue;
    }
    const used = !isBlank(cell) || grid.some((row, r) => r > best && !isBlank(row[c]));
    if (used) userColumns.push(c);
    else blankColumns.push(c);
  }
  return {
    found: true,
    layout: { headerIndex: best, ownFound, userColumns, formerColumns, blankColumns, width },
  };
}

/** A row's own cells in headers order ("" for an own column the sheet lacks). */
export function ownCellsOf(layout: OwnedSheetLayout, line: readonly CellValue[]): CellValue[] {
  return layout.ownFound.map((i) => (i >= 0 ? (line[i] ?? '') : ''));
}

/** True when the writer must read the sheet's formulas: there are cells of the user's to carry. */
export function needsFormulas(layout: OwnedSheetLayout): boolean {
  return layout.userColumns.length > 0 || layout.blankColumns.length > 0;
}

/** The user's columns, with the blank ones that hold a formula in the table. */
function withFormulaColumns(layout: OwnedSheetLayout, formulas: FormulaGrid | null): OwnedSheetLayout {
  if (!formulas || layout.blankColumns.length === 0) return layout;
  const holding = layout.blankColumns.filter((c) =>
    formulas.some((row, r) => r >= layout.headerIndex && hasFormula(row[c])),
  );
  if (holding.length === 0) return layout;
  return { ...layout, userColumns: [...layout.userColumns, ...holding].sort((a, b) => a - b) };
}

/** 0-based target column of each own header and each user column. */
function targetColumns(
  layout: OwnedSheetLayout,
  shape: OwnedSheetShape,
): { own: number[]; user: Map<number, number>; width: number } {
  const user = new Map<number, number>();
  if (shape.isOwnHeader) {
    // Headers that change between runs: the own columns together in order, where the first of
    // them stood; the user's columns before it stay, those after it follow the own block.
    const ownSlots = [...layout.ownFound.filter((i) => i >= 0), ...layout.formerColumns];
    const start = ownSlots.length ? Math.min(...ownSlots) : layout.userColumns.length;
    const before = layout.userColumns.filter((c) => c < start);
    const after = layout.userColumns.filter((c) => c >= start);
    before.forEach((c, i) => {
      user.set(c, i);
    });
    const own = shape.headers.map((_, j) => before.length + j);
    after.forEach((c, i) => {
      user.set(c, before.length + shape.headers.length + i);
    });
    return { own, user, width: before.length + shape.headers.length + after.length };
  }
  let next = layout.width;
  const own = layout.ownFound.map((i) => (i >= 0 ? i : next++));
  for (const c of layout.userColumns) user.set(c, c);
  return { own, user, width: next };
}

/** A kept row shows its key (the user's cells are about it) and none of its stale own data. */
function keyCellsOnly(shape: OwnedSheetShape): (own: readonly CellValue[]) => readonly CellValue[] {
  const keys = new Set(shape.keyColumns);
  return (own) => shape.headers.map((_, j) => (keys.has(j) ? (own[j] ?? '') : ''));
}

function keyOfRow(cells: readonly CellValue[], shape: OwnedSheetShape): string {
  const keyOf = shape.keyOf ?? ((cell: CellValue) => normalizeText(cell));
  return shape.keyColumns.map((j) => keyOf(cells[j] ?? '', j)).join('\u0001');
}

// Functions whose one formula fills the cells below it: the column is theirs, not the rows'.
const SPILLING =
  /\b(?:ARRAYFORMULA|FILTER|SORT|SORTN|UNIQUE|QUERY|IMPORTRANGE|SEQUENCE|FLATTEN|TRANSPOSE|MAP|BYROW|SCAN)\s*\(/i;

/** User columns holding a formula that fills the column (an ARRAYFORMULA in its header, say). */
function spillingColumns(layout: OwnedSheetLayout, formulas: FormulaGrid | null): Set<number> {
  const found = new Set<number>();
  if (!formulas) return found;
  for (const c of layout.userColumns) {
    for (let r = layout.headerIndex; r < formulas.length; r++) {
      const formula = formulas[r]?.[c];
      if (hasFormula(formula) && SPILLING.test(formula)) {
        found.add(c);
        break;
      }
    }
  }
  return found;
}

interface UserCells {
  readonly values: readonly CellValue[];
  readonly formulas: readonly string[];
  readonly own: readonly CellValue[];
}

function hasFormula(text: string | null | undefined): text is string {
  return typeof text === 'string' && text.startsWith('=');
}

/**
 * The block to write from the sheet's header row down: the new rows with the user's cells carried
 * by key, then the user's rows whose key is gone, then blanks down to the old table's last row.
 */
export function planOwnedSheet(
  grid: Grid,
  formulas: FormulaGrid | null,
  layout: OwnedSheetLayout,
  shape: OwnedSheetShape,
  rows: readonly (readonly CellValue[])[],
): OwnedSheetPlan {
  layout = withFormulaColumns(layout, formulas);
  const target = targetColumns(layout, shape);
  const spilling = spillingColumns(layout, formulas);
  // The cells that follow their row; a column filled by one spilling formula stays as it is.
  const userColumns = layout.userColumns.filter((c) => !spilling.has(c));
  const headerRow = layout.headerIndex + 1;

  // The user's cells of every old row that has any, queued by the row's key in sheet order.
  const queues = new Map<string, UserCells[]>();
  const kept: UserCells[] = [];
  for (let r = layout.headerIndex + 1; r < grid.length; r++) {
    const line = grid[r] ?? [];
    const values = userColumns.map((c) => line[c] ?? '');
    const texts = userColumns.map((c) => formulas?.[r]?.[c] ?? '');
    if (values.every(isBlank) && !texts.some(hasFormula)) continue;
    const cells: UserCells = {
      values,
      formulas: texts.map((t) => (hasFormula(t) ? t : '')),
      own: ownCellsOf(layout, line),
    };
    const key = keyOfRow(cells.own, shape);
    const queue = queues.get(key) ?? [];
    queue.push(cells);
    queues.set(key, queue);
    kept.push(cells);
  }

  const placed = new Set<UserCells>();
  const lines: { own: readonly CellValue[]; user: UserCells | null }[] = rows.map((row) => {
    const user = queues.get(keyOfRow(row, shape))?.shift() ?? null;
    if (user) placed.add(user);
    return { own: row, user };
  });
  for (const user of kept) {
    if (placed.has(user)) continue;
    lines.push({ own: (shape.keptRow ?? keyCellsOnly(shape))(user.own), user });
  }

  const oldHeight = Math.max(0, grid.length - layout.headerIndex);
  const height = Math.max(1 + lines.length, oldHeight);
  const width = Math.max(target.width, layout.width, shape.headers.length);
  const block: CellValue[][] = [];
  for (let r = 0; r < height; r++) block.push(new Array<CellValue>(width).fill(''));

  const header = block[0]!;
  const oldHeader = grid[layout.headerIndex] ?? [];
  shape.headers.forEach((h, j) => {
    header[target.own[j]!] = asSheetText(h);
  });
  const headerFormulas = formulas?.[layout.headerIndex] ?? [];
  layout.userColumns.forEach((c) => {
    const formula = headerFormulas[c];
    header[target.user.get(c)!] = hasFormula(formula)
      ? r1c1ToA1(formula, headerRow, target.user.get(c)! + 1)
      : asSafeCell(oldHeader[c] ?? '');
  });

  lines.forEach((line, i) => {
    const out = block[i + 1]!;
    const sheetRow = headerRow + 1 + i;
    shape.headers.forEach((_, j) => {
      out[target.own[j]!] = asSafeCell(line.own[j] ?? '');
    });
    if (!line.user) return;
    const { values, formulas: texts } = line.user;
    userColumns.forEach((c, u) => {
      const column = target.user.get(c)!;
      const formula = texts[u]!;
      out[column] = formula ? r1c1ToA1(formula, sheetRow, column + 1) : asSafeCell(values[u] ?? '');
    });
  });
  // A spilling formula keeps its cell and the cells it fills are left empty for it to fill again
  // (a value written there would stop it: «Array result was not expanded»).
  for (const c of spilling) {
    const column = target.user.get(c)!;
    for (let r = layout.headerIndex + 1; r < grid.length; r++) {
      const formula = formulas?.[r]?.[c];
      if (hasFormula(formula)) block[r - layout.headerIndex]![column] = r1c1ToA1(formula, r + 1, column + 1);
    }
  }

  return {
    headerRow,
    ownColumns: target.own.map((c) => c + 1),
    block,
    rowCount: lines.length,
  };
}
