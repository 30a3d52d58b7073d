// THE one owned-sheet writer (PRODUCT.md §13, ENGINEERING.md «One owned-sheet writer»). Every sheet
// the add-on owns — «ШНОР», «ШНОР по годам», «Сводка», «Очередь проверки», «Сравнение», «Журнал
// проверки», «Рисковый профиль — итог» — is written through writeOwnedSheet and nothing else.
// CONTRACT (stable signature; the implementation is being replaced by the full writer):
//   - title rows above the header stay; the header is found under them;
//   - columns the user added keep values and formulas with their row's key;
//   - the new block is written first, what is left below/right is blanked after.
import type { CellValue } from '../../core/cells/cellValue';
import type { SheetLike, SpreadsheetLike } from '../platform/surface';
import { type KnownSheet, rewriteOwnedSheet } from './tables';

export interface OwnedSheetSpec {
  /** The sheet's name as the template writes it. */
  readonly name: string;
  /** The add-on's own headers, in the order of the rows' cells. */
  readonly headers: readonly string[];
  /**
   * Which own columns (indexes into headers) make a row's key: user columns follow their row by it
   * (school; file; school + measure). Rows with the same key keep their order among themselves.
   */
  readonly keyColumns: readonly number[];
  /** Normalises a key cell before matching (e.g. a file link to its Drive id); default: normalizeText. */
  readonly keyOf?: (cell: CellValue, column: number) => string;
}

export interface OwnedSheetWrite {
  readonly sheet: SheetLike;
  /** 1-based sheet row of the header as written (below any title rows the user keeps). */
  readonly headerRowNumber: number;
  /** 1-based sheet column of each own header, in spec.headers order. */
  readonly ownColumns: readonly number[];
  /** True when the sheet did not exist and was created. */
  readonly created: boolean;
}

/**
 * Writes the add-on's rows to an owned sheet without losing anything a person added to it.
 * `rows[i][j]` is the value of spec.headers[j]; values are made formula-safe by the writer.
 */
export function writeOwnedSheet(
  spreadsheet: SpreadsheetLike,
  spec: OwnedSheetSpec,
  rows: readonly (readonly CellValue[])[],
  known?: KnownSheet | null,
): OwnedSheetWrite {
  const existed = known ? true : spreadsheet.getSheetByName(spec.name) !== null;
  const sheet = rewriteOwnedSheet(spreadsheet, spec.name, { headers: spec.headers, rows }, known);
  return {
    sheet,
    headerRowNumber: 1,
    ownColumns: spec.headers.map((_, i) => i + 1),
    created: !existed,
  };
}
