// The narrow part of the Apps Script services the add-on uses. The real objects satisfy these
// interfaces structurally; test/fakes implements them in memory and counts every call.
import type { CellValue } from '../../core/cells/cellValue';
import type { EvidenceCheck } from '../../core/review/reviewQueue';

export interface RangeLike {
  getValues(): CellValue[][];
  /**
   * One number format per cell, in one call: «0.00%» for percent, «General» or «0.##» otherwise. A
   * percent-formatted cell's value is a fraction (it shows 89 %, getValues gives 0.89).
   */
  getNumberFormats(): string[][];
  /** Each cell's formula in R1C1 notation, "" for a value: the owned-sheet writer moves them with their row. */
  getFormulasR1C1(): (string | null)[][];
  setValues(values: CellValue[][]): RangeLike;
  getRow(): number;
  getColumn(): number;
  getNumRows(): number;
  getNumColumns(): number;
  getA1Notation(): string;
  setNumberFormat(format: string): RangeLike;
  setDataValidation(rule: GoogleAppsScript.Spreadsheet.DataValidation | null): RangeLike;
  setFontWeight(weight: string | null): RangeLike;
  setBackground(color: string | null): RangeLike;
  setWrap(wrap: boolean): RangeLike;
  setNote(note: string | null): RangeLike;
  clearContent(): RangeLike;
  activate(): RangeLike;
}

export interface SheetLike {
  getName(): string;
  getSheetId(): number;
  getRange(row: number, column: number, numRows?: number, numColumns?: number): RangeLike;
  getDataRange(): RangeLike;
  /**
   * The values of a block in one call; -1 rows or columns reach the last row or column with data,
   * so (1, 1, -1, -1) is the data range's values without asking for the range (refused on a sheet
   * with no data: there is no row to reach).
   */
  getSheetValues(startRow: number, startColumn: number, numRows: number, numColumns: number): CellValue[][];
  getLastRow(): number;
  getLastColumn(): number;
  getMaxRows(): number;
  getMaxColumns(): number;
  setFrozenRows(rows: number): void;
  /** Real sheets throw on a range past their size, so writers grow them first. */
  insertRowsAfter(afterPosition: number, howMany: number): SheetLike;
  insertColumnsAfter(afterPosition: number, howMany: number): SheetLike;
  setColumnWidth(column: number, width: number): SheetLike;
  setTabColor(color: string | null): SheetLike;
  getConditionalFormatRules(): GoogleAppsScript.Spreadsheet.ConditionalFormatRule[];
  setConditionalFormatRules(rules: GoogleAppsScript.Spreadsheet.ConditionalFormatRule[]): void;
  activate(): SheetLike;
}

export interface SpreadsheetLike {
  getId(): string;
  getName(): string;
  getUrl(): string;
  getSheetByName(name: string): SheetLike | null;
  getSheets(): SheetLike[];
  insertSheet(name: string, index?: number): SheetLike;
  getSpreadsheetTimeZone(): string;
  toast(message: string, title?: string, timeoutSeconds?: number): void;
}

export interface LockLike {
  tryLock(timeoutInMillis: number): boolean;
  releaseLock(): void;
}

export interface PropertiesLike {
  getProperty(key: string): string | null;
  setProperty(key: string, value: string): PropertiesLike;
  deleteProperty(key: string): PropertiesLike;
}

/** Builds validation rules; the adapter uses SpreadsheetApp.newDataValidation(). */
export interface ValidationFactory {
  checkbox(): GoogleAppsScript.Spreadsheet.DataValidation;
  list(values: readonly string[]): GoogleAppsScript.Spreadsheet.DataValidation;
}

/** Builds conditional-format rules: Apps Script has the builder on SpreadsheetApp, not on a Sheet. */
export interface ConditionalFormatFactory {
  newRule(): GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder;
}

export type SidebarName = 'dashboard' | 'curator';

/** What the add-on shows the user; absent in a trigger run and in AuthMode.NONE. */
export interface UiPort {
  alert(title: string, message: string): void;
  showSidebar(name: SidebarName, title: string): void;
  /** A modal dialog over the spreadsheet; the html is built by the add-on from escaped text only. */
  showModalDialog(html: string, title: string, width: number, height: number): void;
}

/** Time-driven triggers of the current document (an add-on may hold at most one per event type). */
export interface TriggerPort {
  /** Handler names of this user's triggers for this document. */
  handlerNames(): string[];
  createDaily(handlerName: string, hour: number): void;
}

/** A spreadsheet in the schools' folder, from Drive metadata only. */
export interface FolderFile {
  readonly id: string;
  readonly name: string;
  /** 'sheets': a Google Sheets file or a shortcut to one; 'excel': an .xlsx the Sheets API cannot read. */
  readonly kind: 'sheets' | 'excel';
  /** Drive's last modification (files.list modifiedTime); null for a shortcut or when Drive gave none. */
  readonly modifiedAt?: Date | null;
  /** Who made it (lastModifyingUser.displayName); '' when Drive gave none. */
  readonly modifiedBy?: string;
}

/** Cells of one column of a sheet: 1-based rows firstRow…lastRow, 0-based column. */
export interface ColumnCells {
  readonly column: number;
  readonly firstRow: number;
  readonly lastRow: number;
}

/** Cells of one column of the sheet titled so. */
export interface SheetColumnCells extends ColumnCells {
  readonly title: string;
}

/** One sheet's id and the links behind its cells' text (a link put on a word, a HYPERLINK). */
export interface SheetLinks {
  readonly sheetId: number | null;
  /** By 1-based sheet row. */
  readonly links: ReadonlyMap<number, string>;
}

/** A sheet of another spreadsheet: its title and its id (the gid a link opens it by). */
export interface SheetTitle {
  readonly title: string;
  readonly sheetId: number | null;
}

export type FolderLookup =
  | { readonly status: 'folder'; readonly id: string; readonly name: string }
  | { readonly status: 'notFolder'; readonly name: string }
  | { readonly status: 'unavailable'; readonly detail: string };

/**
 * The curator's read-only view of other files (PRODUCT.md §7): list a Drive folder, read other
 * spreadsheets' values in batches. A failed read throws a SpreadsheetReadError.
 */
export interface SchoolFolderPort {
  lookUpFolder(folderId: string): FolderLookup;
  /** Every spreadsheet in the folder (not in subfolders), by name. */
  listSpreadsheets(folderId: string): FolderFile[];
  /** The titles and ids of the file's sheets: one read. */
  sheetTitles(fileId: string): SheetTitle[];
  /**
   * The id of the sheet titled so and, for the given cells, the link behind each one's text: one
   * read (spreadsheets.get with the range; values.batchGet gives a linked word as the word alone).
   */
  sheetLinks(fileId: string, title: string, cells: ColumnCells | null): SheetLinks;
  /**
   * The number format of each of the given cells (per range, index 0 = its firstRow), as
   * getNumberFormats words it ('' for a cell nobody formatted): one read (spreadsheets.get with the
   * ranges; values.batchGet gives no formats).
   */
  columnFormats(fileId: string, ranges: readonly SheetColumnCells[]): string[][];
  /** The values of the named sheets, dates as serial numbers, in the order asked: one read. */
  readSheets(fileId: string, titles: readonly string[]): CellValue[][][];
  /**
   * What Drive's metadata says of a linked document (files.get id,name,trashed,mimeType; never its
   * content): one Drive call. Throws only when the add-on lacks the scope.
   */
  checkDocument(fileId: string): EvidenceCheck;
  /** Waits before a retry after Google's per-minute read quota answered (Utilities.sleep). */
  pause(ms: number): void;
}
