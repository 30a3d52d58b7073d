// THE one owned-sheet writer (PRODUCT.md §13, ENGINEERING.md «One owned-sheet writer»). Every sheet
// the add-on owns — «ШНОР», «ШНОР по годам», «Сводка», «Очередь проверки», «Сравнение», «Журнал
// проверки», «Рисковый профиль — итог» — is written through writeOwnedSheet and nothing else.
//   - title rows above the header stay; the header is found under them;
//   - columns the user added keep values and formulas with their row's key;
//   - the new block and the blanks below/right of it are ONE setValues: a failure leaves the sheet
//     as it was or fully rewritten, never emptied (src/core/table/ownedSheetPlan.ts decides it).
// Calls on a sheet that exists: getSheetByName, getDataRange, getValues, [getFormulasR1C1 when
// the sheet has user columns], [getMaxRows or getMaxColumns and an insert when the block outgrows
// the range read in that direction], [getRange unless the block covers exactly the range read], setValues.
import type { CellValue, Grid } from '../../core/cells/cellValue';
import { ExplainedError } from '../../core/failures/explainedError';
import { ownedSheetMessages } from '../../core/messages/ownedSheet';
import {
  type FormulaGrid,
  locateOwnedSheet,
  needsFormulas,
  type OwnedSheetLayout,
  type OwnedSheetShape,
  ownCellsOf,
  planOwnedSheet,
} from '../../core/table/ownedSheetPlan';
import type { RangeLike, SheetLike, SpreadsheetLike } from '../platform/surface';
import { findSheet } from './sheetLookup';
import { ensureSize, readSheetValues } from './tables';

/**
 * An owned sheet: its name and the shape the writer keeps (own headers; the key user columns follow
 * their row by — school; file; school + measure — rows of one key keeping their order).
 */
export interface OwnedSheetSpec extends OwnedSheetShape {
  /** The sheet's name as the template writes it. */
  readonly name: string;
}

export interface OwnedSheetWrite {
  readonly sheet: SheetLike;
  /** 1-based sheet row of the header as written (below any title rows the user keeps). */
  readonly headerRowNumber: number;
  /** 1-based sheet column of each own header, in spec.headers order. */
  readonly ownColumns: readonly number[];
  /** True when the sheet did not exist and was created. */
  readonly created: boolean;
  /** Data rows written below the header: the given rows, then rows kept for the user's cells. */
  readonly rowCount: number;
}

/**
 * An owned sheet as read (readOwnedSheet): where its table stands and the own cells of each of its
 * rows. Handed back to writeOwnedSheet as `known`, it saves the calls to read the sheet again.
 */
/**
 * Number formats of own columns over every data row written (the rows kept for the user's cells
 * too): one call per column, none when the table is empty. `formats` pairs an own column's index
 * (spec.headers order) with its format.
 */
export function formatOwnColumns(
  written: OwnedSheetWrite,
  formats: readonly (readonly [ownIndex: number, format: string])[],
): void {
  if (written.rowCount === 0) return;
  for (const [ownIndex, format] of formats) {
    written.sheet
      .getRange(written.headerRowNumber + 1, written.ownColumns[ownIndex]!, written.rowCount, 1)
      .setNumberFormat(format);
  }
}

export interface OwnedSheetRead {
  readonly sheet: SheetLike;
  readonly grid: Grid;
  /** The data range the grid was read from: its formulas are read from it without a new range. */
  readonly range?: RangeLike;
  readonly layout: OwnedSheetLayout;
  /** Every row below the header, as the own cells in spec.headers order ("" for a missing column). */
  readonly rows: readonly (readonly CellValue[])[];
}

/** The sheet holds something that is not the add-on's table: nothing is written over it. */
export class OwnedSheetOccupiedError extends ExplainedError {
  constructor(readonly sheetName: string) {
    super(ownedSheetMessages.occupied(sheetName));
    this.name = 'OwnedSheetOccupiedError';
  }
}

function layoutOf(spec: OwnedSheetSpec, grid: Grid): OwnedSheetLayout {
  const located = locateOwnedSheet(grid, spec);
  if (!located.found) throw new OwnedSheetOccupiedError(spec.name);
  return located.layout;
}

/**
 * Reads an owned sheet once (null: it does not exist) for a caller that needs its rows — the
 * journal keeps other actions' lines, «Сводка» the files not read in this run — and passes the
 * result back to writeOwnedSheet as `known`. Throws OwnedSheetOccupiedError for a sheet of the name
 * that holds no table of the add-on.
 */
export function readOwnedSheet(spreadsheet: SpreadsheetLike, spec: OwnedSheetSpec): OwnedSheetRead | null {
  const sheet = findSheet(spreadsheet, spec.name);
  if (!sheet) return null;
  const range = sheet.getDataRange();
  return ownedRead(spec, sheet, range.getValues(), range);
}

/**
 * readOwnedSheet for a caller that often leaves the sheet as it is (a re-import changes nothing in
 * «Сравнение»): its values in one call without the range, which writeOwnedSheet then asks for only
 * if it writes. The same calls when it writes; one less when it does not.
 */
export function readOwnedSheetValues(
  spreadsheet: SpreadsheetLike,
  spec: OwnedSheetSpec,
): OwnedSheetRead | null {
  const sheet = findSheet(spreadsheet, spec.name);
  if (!sheet) return null;
  return ownedRead(spec, sheet, readSheetValues(sheet));
}

function ownedRead(spec: OwnedSheetSpec, sheet: SheetLike, grid: Grid, range?: RangeLike): OwnedSheetRead {
  const layout = layoutOf(spec, grid);
  const rows = grid.slice(layout.headerIndex + 1).map((line) => ownCellsOf(layout, line));
  return { sheet, grid, ...(range ? { range } : {}), layout, rows };
}

function createSheet(
  spreadsheet: SpreadsheetLike,
  spec: OwnedSheetSpec,
  rows: readonly (readonly CellValue[])[],
): OwnedSheetWrite {
  const sheet = spreadsheet.insertSheet(spec.name);
  const layout = layoutOf(spec, []);
  const plan = planOwnedSheet([], null, layout, spec, rows);
  const width = plan.block[0]!.length;
  ensureSize(sheet, plan.block.length, width);
  sheet.getRange(1, 1, plan.block.length, width).setValues(plan.block);
  sheet.setFrozenRows(1);
  return { sheet, headerRowNumber: 1, ownColumns: plan.ownColumns, created: true, rowCount: plan.rowCount };
}

/**
 * Writes the add-on's rows to an owned sheet without losing anything a person added to it.
 * `rows[i][j]` is the value of spec.headers[j]; values are made formula-safe by the writer.
 */
export function writeOwnedSheet(
  spreadsheet: SpreadsheetLike,
  spec: OwnedSheetSpec,
  rows: readonly (readonly CellValue[])[],
  known?: OwnedSheetRead | null,
): OwnedSheetWrite {
  const sheet = known ? known.sheet : findSheet(spreadsheet, spec.name);
  if (!sheet) return createSheet(spreadsheet, spec, rows);
  let range = known?.range ?? null;
  let grid = known?.grid ?? null;
  if (!grid) {
    range = sheet.getDataRange();
    grid = range.getValues();
  }
  const layout = known?.layout ?? layoutOf(spec, grid);
  // Formulas matter only in the user's columns (the add-on's own are rewritten): a sheet without
  // any costs no extra read.
  let formulas: FormulaGrid | null = null;
  if (needsFormulas(layout)) {
    // Read without its range: the range of the grid read, which a same-size block then reuses.
    range ??= sheet.getRange(1, 1, grid.length, grid[0]?.length ?? 1);
    formulas = range.getFormulasR1C1();
  }
  const plan = planOwnedSheet(grid, formulas, layout, spec, rows);
  const width = plan.block[0]!.length;
  const lastRow = plan.headerRow - 1 + plan.block.length;
  // A block inside the range just read fits the sheet: no need to ask for its size.
  ensureSize(sheet, lastRow, width, { rows: grid.length, columns: grid[0]?.length ?? 0 });
  // A re-run of the same size covers exactly the range just read: it takes the block itself.
  const sameRange =
    range !== null && plan.headerRow === 1 && lastRow === grid.length && width === (grid[0]?.length ?? 0);
  (sameRange ? range! : sheet.getRange(plan.headerRow, 1, plan.block.length, width)).setValues(plan.block);
  return {
    sheet,
    headerRowNumber: plan.headerRow,
    ownColumns: plan.ownColumns,
    created: false,
    rowCount: plan.rowCount,
  };
}
