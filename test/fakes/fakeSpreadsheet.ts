// An in-memory Spreadsheet that behaves like the real one where the add-on depends on it
// (ENGINEERING.md, «Platform facts the fakes must honour») and counts every call.
import { a1Notation } from '../../src/core/cells/a1';
import type { CellValue } from '../../src/core/cells/cellValue';
import { a1ToR1C1 } from '../../src/core/cells/r1c1';
import type { RangeLike, SheetLike, SpreadsheetLike } from '../../src/server/platform/surface';
import { CallCounter } from './callCounter';

export { a1Notation };

/**
 * A cell as stored: a value, or a formula (A1 text, as setValues takes it) with the value it shows.
 * The fake computes no formula: one written by setValues shows "" until a test says otherwise.
 */
type StoredCell = CellValue | { formula: string; shown?: CellValue };

function isFormula(cell: StoredCell | undefined): cell is { formula: string; shown?: CellValue } {
  return typeof cell === 'object' && cell !== null && !(cell instanceof Date) && 'formula' in cell;
}

export interface AppliedFormat {
  readonly a1: string;
  readonly kind: string;
  readonly value: unknown;
}

export class FakeRange implements RangeLike {
  constructor(
    private readonly sheet: FakeSheet,
    private readonly row: number,
    private readonly column: number,
    private readonly numRows: number,
    private readonly numColumns: number,
  ) {}

  private hit(method: string): void {
    this.sheet.calls.hit(`Range.${method}`);
  }

  private record(kind: string, value: unknown): this {
    this.sheet.formats.push({ a1: this.getA1Notation(), kind, value });
    return this;
  }

  getValues(): CellValue[][] {
    this.hit('getValues');
    return this.sheet.readBlock(this.row, this.column, this.numRows, this.numColumns);
  }

  getNumberFormats(): string[][] {
    this.hit('getNumberFormats');
    return this.sheet.readNumberFormats(this.row, this.column, this.numRows, this.numColumns);
  }

  /**
   * The formula of each cell in R1C1 notation, "" where a cell holds a value (as Apps Script's
   * getFormulasR1C1): relative references are relative to the cell itself («=B2» in C2 is
   * «=R[0]C[-1]»).
   */
  getFormulasR1C1(): string[][] {
    this.hit('getFormulasR1C1');
    return this.sheet
      .readFormulas(this.row, this.column, this.numRows, this.numColumns)
      .map((line, r) => line.map((f, c) => (f ? a1ToR1C1(f, this.row + r, this.column + c) : '')));
  }

  setValues(values: CellValue[][]): this {
    this.hit('setValues');
    if (values.length !== this.numRows || values.some((r) => r.length !== this.numColumns)) {
      const cols = values[0]?.length ?? 0;
      throw new Error(
        `The number of rows in the data does not match the number of rows in the range. The data has ${values.length} but the range has ${this.numRows}.` +
          (cols !== this.numColumns
            ? ` The data has ${cols} columns but the range has ${this.numColumns}.`
            : ''),
      );
    }
    this.sheet.writeBlock(this.row, this.column, values);
    return this;
  }

  getRow(): number {
    this.hit('getRow');
    return this.row;
  }
  getColumn(): number {
    this.hit('getColumn');
    return this.column;
  }
  getNumRows(): number {
    this.hit('getNumRows');
    return this.numRows;
  }
  getNumColumns(): number {
    this.hit('getNumColumns');
    return this.numColumns;
  }
  getA1Notation(): string {
    return a1Notation(this.row, this.column, this.numRows, this.numColumns);
  }
  setNumberFormat(format: string): this {
    this.hit('setNumberFormat');
    this.sheet.writeNumberFormat(this.row, this.column, this.numRows, this.numColumns, format);
    return this.record('numberFormat', format);
  }
  setDataValidation(rule: GoogleAppsScript.Spreadsheet.DataValidation | null): this {
    this.hit('setDataValidation');
    return this.record('validation', rule);
  }
  setFontWeight(weight: string | null): this {
    this.hit('setFontWeight');
    return this.record('fontWeight', weight);
  }
  setBackground(color: string | null): this {
    this.hit('setBackground');
    return this.record('background', color);
  }
  setWrap(wrap: boolean): this {
    this.hit('setWrap');
    return this.record('wrap', wrap);
  }
  setNote(note: string | null): this {
    this.hit('setNote');
    return this.record('note', note);
  }
  clearContent(): this {
    this.hit('clearContent');
    const blanks = Array.from({ length: this.numRows }, () => Array<CellValue>(this.numColumns).fill(''));
    this.sheet.writeBlock(this.row, this.column, blanks);
    return this;
  }
  activate(): this {
    this.hit('activate');
    this.sheet.spreadsheet.activeRange = {
      sheet: this.sheet.getName(),
      a1: this.getA1Notation(),
      row: this.row,
    };
    return this;
  }
}

/** The number format of a cell nobody formatted, as getNumberFormats reports it. */
export const DEFAULT_NUMBER_FORMAT = 'General';

export class FakeSheet implements SheetLike {
  private cells: StoredCell[][] = [];
  /** Number formats by cell, sparse: undefined is DEFAULT_NUMBER_FORMAT. Rows move with the cells. */
  private numberFormats: (string | undefined)[][] = [];
  maxRows = 1000;
  maxColumns = 26;
  frozenRows = 0;
  tabColor: string | null = null;
  readonly columnWidths = new Map<number, number>();
  readonly formats: AppliedFormat[] = [];
  conditionalRules: GoogleAppsScript.Spreadsheet.ConditionalFormatRule[] = [];

  constructor(
    readonly spreadsheet: FakeSpreadsheet,
    private name: string,
    private readonly id: number,
  ) {}

  get calls(): CallCounter {
    return this.spreadsheet.calls;
  }

  // ---- test helpers (not part of the Apps Script surface, not counted) ----

  /** The sheet's id as the Sheets API gives it (the gid of its links). */
  getSheetIdUncounted(): number {
    return this.id;
  }

  getNameUncounted(): string {
    return this.name;
  }

  /** Every stored value, rows trimmed to the data range: what a person sees. */
  values(): CellValue[][] {
    return this.readBlock(1, 1, Math.max(this.lastRow(), 1), Math.max(this.lastColumn(), 1));
  }

  /** Cells that hold a formula, as A1 → formula text. */
  formulas(): Record<string, string> {
    const out: Record<string, string> = {};
    this.cells.forEach((row, r) => {
      row.forEach((cell, c) => {
        if (isFormula(cell)) out[a1Notation(r + 1, c + 1)] = cell.formula;
      });
    });
    return out;
  }

  /**
   * Puts a formula (A1 text) into a cell without counting, with the value Sheets would show for it
   * (e.g. a HYPERLINK's label): for building test workbooks as people leave them.
   */
  putFormula(row: number, column: number, formula: string, shown: CellValue = ''): this {
    const target = this.cells[row - 1] ?? [];
    for (let r = 0; r < row - 1; r++) this.cells[r] ??= [];
    this.cells[row - 1] = target;
    for (let i = 0; i < column - 1; i++) target[i] ??= '';
    target[column - 1] = { formula, shown };
    return this;
  }

  /** Fills the sheet from row 1 without counting calls: for building test workbooks. */
  load(rows: CellValue[][]): this {
    this.writeBlock(
      1,
      1,
      rows.map((r) => [...r]),
      true,
    );
    this.maxRows = Math.max(this.maxRows, rows.length);
    this.maxColumns = Math.max(this.maxColumns, ...rows.map((r) => r.length));
    return this;
  }

  lastRow(): number {
    for (let r = this.cells.length - 1; r >= 0; r--) {
      if ((this.cells[r] ?? []).some((c) => c !== '' && c !== undefined)) return r + 1;
    }
    return 0;
  }

  lastColumn(): number {
    let last = 0;
    for (const row of this.cells) {
      for (let c = (row ?? []).length - 1; c >= last; c--) {
        if (row[c] !== '' && row[c] !== undefined) {
          last = c + 1;
          break;
        }
      }
    }
    return last;
  }

  /**
   * Formats cells without counting a call, for building test workbooks: «0.00%» makes their numbers
   * fractions shown as percent, as a user's Формат → Число → Процент does.
   */
  formatCells(row: number, column: number, numRows: number, numColumns: number, format: string): this {
    this.writeNumberFormat(row, column, numRows, numColumns, format);
    return this;
  }

  readNumberFormats(row: number, column: number, numRows: number, numColumns: number): string[][] {
    const out: string[][] = [];
    for (let r = 0; r < numRows; r++) {
      const source = this.numberFormats[row - 1 + r];
      const line: string[] = [];
      for (let c = 0; c < numColumns; c++) line.push(source?.[column - 1 + c] ?? DEFAULT_NUMBER_FORMAT);
      out.push(line);
    }
    return out;
  }

  writeNumberFormat(row: number, column: number, numRows: number, numColumns: number, format: string): void {
    for (let r = 0; r < numRows; r++) {
      const target = this.numberFormats[row - 1 + r] ?? [];
      this.numberFormats[row - 1 + r] = target;
      for (let c = 0; c < numColumns; c++) target[column - 1 + c] = format;
    }
  }

  readBlock(row: number, column: number, numRows: number, numColumns: number): CellValue[][] {
    const out: CellValue[][] = [];
    for (let r = 0; r < numRows; r++) {
      const source = this.cells[row - 1 + r];
      const line: CellValue[] = [];
      for (let c = 0; c < numColumns; c++) {
        const cell = source?.[column - 1 + c];
        // A formula reads as the value it shows; the fake computes none, so a written one reads blank.
        if (isFormula(cell)) line.push(cell.shown ?? '');
        else line.push(cell === undefined ? '' : cell instanceof Date ? new Date(cell) : cell);
      }
      out.push(line);
    }
    return out;
  }

  /** The A1 formula text of each cell of the block, "" for a value. */
  readFormulas(row: number, column: number, numRows: number, numColumns: number): string[][] {
    const out: string[][] = [];
    for (let r = 0; r < numRows; r++) {
      const source = this.cells[row - 1 + r];
      const line: string[] = [];
      for (let c = 0; c < numColumns; c++) {
        const cell = source?.[column - 1 + c];
        line.push(isFormula(cell) ? cell.formula : '');
      }
      out.push(line);
    }
    return out;
  }

  writeBlock(row: number, column: number, values: CellValue[][], raw = false): void {
    if (
      !raw &&
      (row - 1 + values.length > this.maxRows || column - 1 + (values[0]?.length ?? 0) > this.maxColumns)
    ) {
      throw new Error('The coordinates of the range are outside the dimensions of the sheet.');
    }
    values.forEach((line, r) => {
      const target = this.cells[row - 1 + r] ?? [];
      this.cells[row - 1 + r] = target;
      for (let i = 0; i < target.length; i++) if (target[i] === undefined) target[i] = '';
      line.forEach((value, c) => {
        target[column - 1 + c] = storeValue(value);
      });
    });
    for (let r = 0; r < this.cells.length; r++) if (this.cells[r] === undefined) this.cells[r] = [];
  }

  // ---- the Apps Script surface ----

  getName(): string {
    this.calls.hit('Sheet.getName');
    return this.name;
  }
  setName(name: string): this {
    this.calls.hit('Sheet.setName');
    this.name = name;
    return this;
  }
  getSheetId(): number {
    this.calls.hit('Sheet.getSheetId');
    return this.id;
  }
  getRange(row: number, column: number, numRows = 1, numColumns = 1): FakeRange {
    this.calls.hit('Sheet.getRange');
    if (row < 1 || column < 1 || numRows < 1 || numColumns < 1) {
      throw new Error(
        'The starting row and column of the range must be at least 1, and its size at least 1.',
      );
    }
    if (row + numRows - 1 > this.maxRows || column + numColumns - 1 > this.maxColumns) {
      throw new Error('The coordinates of the range are outside the dimensions of the sheet.');
    }
    return new FakeRange(this, row, column, numRows, numColumns);
  }
  getDataRange(): FakeRange {
    this.calls.hit('Sheet.getDataRange');
    return new FakeRange(this, 1, 1, Math.max(this.lastRow(), 1), Math.max(this.lastColumn(), 1));
  }
  getSheetValues(startRow: number, startColumn: number, numRows: number, numColumns: number): CellValue[][] {
    this.calls.hit('Sheet.getSheetValues');
    // -1 reaches the last row or column with data; an empty sheet has none, and Sheets refuses a
    // block of no rows or columns, as getRange does.
    const rows = numRows === -1 ? this.lastRow() - startRow + 1 : numRows;
    const columns = numColumns === -1 ? this.lastColumn() - startColumn + 1 : numColumns;
    if (rows < 1) throw new Error('The number of rows in the range must be at least 1.');
    if (columns < 1) throw new Error('The number of columns in the range must be at least 1.');
    if (startRow + rows - 1 > this.maxRows || startColumn + columns - 1 > this.maxColumns) {
      throw new Error('The coordinates of the range are outside the dimensions of the sheet.');
    }
    return this.readBlock(startRow, startColumn, rows, columns);
  }
  getLastRow(): number {
    this.calls.hit('Sheet.getLastRow');
    return this.lastRow();
  }
  getLastColumn(): number {
    this.calls.hit('Sheet.getLastColumn');
    return this.lastColumn();
  }
  getMaxRows(): number {
    this.calls.hit('Sheet.getMaxRows');
    return this.maxRows;
  }
  getMaxColumns(): number {
    this.calls.hit('Sheet.getMaxColumns');
    return this.maxColumns;
  }
  setFrozenRows(rows: number): void {
    this.calls.hit('Sheet.setFrozenRows');
    this.frozenRows = rows;
  }
  insertRowsAfter(afterPosition: number, howMany: number): this {
    this.calls.hit('Sheet.insertRowsAfter');
    this.cells.splice(afterPosition, 0, ...Array.from({ length: howMany }, () => [] as StoredCell[]));
    if (this.numberFormats.length > afterPosition) {
      this.numberFormats.splice(afterPosition, 0, ...Array.from({ length: howMany }, () => []));
    }
    this.maxRows += howMany;
    return this;
  }
  insertColumnsAfter(afterPosition: number, howMany: number): this {
    this.calls.hit('Sheet.insertColumnsAfter');
    for (const row of this.cells)
      if (row.length > afterPosition) row.splice(afterPosition, 0, ...Array<StoredCell>(howMany).fill(''));
    for (const row of this.numberFormats)
      if (row && row.length > afterPosition) row.splice(afterPosition, 0, ...Array<undefined>(howMany));
    this.maxColumns += howMany;
    return this;
  }
  setColumnWidth(column: number, width: number): this {
    this.calls.hit('Sheet.setColumnWidth');
    this.columnWidths.set(column, width);
    return this;
  }
  setTabColor(color: string | null): this {
    this.calls.hit('Sheet.setTabColor');
    this.tabColor = color;
    return this;
  }
  getConditionalFormatRules(): GoogleAppsScript.Spreadsheet.ConditionalFormatRule[] {
    this.calls.hit('Sheet.getConditionalFormatRules');
    return [...this.conditionalRules];
  }
  setConditionalFormatRules(rules: GoogleAppsScript.Spreadsheet.ConditionalFormatRule[]): void {
    this.calls.hit('Sheet.setConditionalFormatRules');
    this.conditionalRules = [...rules];
  }
  activate(): this {
    this.calls.hit('Sheet.activate');
    this.spreadsheet.activeSheetName = this.name;
    return this;
  }
}

function storeValue(value: CellValue): StoredCell {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return new Date(value);
  if (typeof value === 'string') {
    if (value.startsWith("'")) return value.slice(1);
    if (value.startsWith('=')) return { formula: value };
  }
  return value;
}

/** What a fake conditional-format rule records, readable by tests. */
export interface FakeConditionalRule {
  readonly whenTextEqualTo?: string;
  readonly whenFormula?: string;
  readonly background?: string;
  readonly fontColor?: string;
  readonly ranges: string[];
}

/** A conditional-format rule builder that records what it was told (SpreadsheetApp's, in Apps Script). */
export function fakeConditionalRuleBuilder(): GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder {
  const rule: { -readonly [K in keyof FakeConditionalRule]: FakeConditionalRule[K] } = { ranges: [] };
  const builder = {
    whenTextEqualTo(text: string) {
      rule.whenTextEqualTo = text;
      return builder;
    },
    whenFormulaSatisfied(formula: string) {
      rule.whenFormula = formula;
      return builder;
    },
    setBackground(color: string) {
      rule.background = color;
      return builder;
    },
    setFontColor(color: string) {
      rule.fontColor = color;
      return builder;
    },
    setRanges(ranges: RangeLike[]) {
      rule.ranges = ranges.map((r) => r.getA1Notation());
      return builder;
    },
    build() {
      return withRuleReaders({ ...rule });
    },
  };
  return builder as unknown as GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder;
}

/**
 * Adds the readers of a real ConditionalFormatRule (getBooleanCondition, getRanges), not counted
 * and not enumerable, so that code can tell its own rules from the user's as on the platform.
 */
function withRuleReaders(rule: FakeConditionalRule): FakeConditionalRule {
  const condition = {
    getCriteriaType: () => (rule.whenTextEqualTo !== undefined ? 'TEXT_EQUAL_TO' : 'CUSTOM_FORMULA'),
    getCriteriaValues: () =>
      rule.whenTextEqualTo !== undefined ? [rule.whenTextEqualTo] : [rule.whenFormula ?? ''],
    getBackground: () => rule.background ?? null,
  };
  const ranges = rule.ranges.map((a1) => ({ getA1Notation: () => a1 }));
  Object.defineProperty(rule, 'getBooleanCondition', { value: () => condition });
  Object.defineProperty(rule, 'getRanges', { value: () => ranges });
  return rule;
}

let nextSpreadsheetNumber = 1;

export class FakeSpreadsheet implements SpreadsheetLike {
  readonly calls = new CallCounter();
  readonly sheets: FakeSheet[] = [];
  readonly toasts: string[] = [];
  activeSheetName = '';
  activeRange: { sheet: string; a1: string; row: number } | null = null;
  /**
   * The rows of a sheet the workbook adds (Sheets gives 1000). A user may delete the empty ones; a
   * fault sweep builds hundreds of workbooks and so makes them smaller.
   */
  newSheetRows = 1000;
  private nextSheetId = 1;

  constructor(
    private name = 'Таблица ШНОР',
    private readonly id = `fake-spreadsheet-${nextSpreadsheetNumber++}`,
    private readonly timeZone = 'Europe/Moscow',
  ) {}

  /** A sheet for the test to fill, not counted. */
  addSheet(name: string, rows: CellValue[][] = []): FakeSheet {
    const sheet = new FakeSheet(this, name, this.nextSheetId++);
    sheet.maxRows = this.newSheetRows;
    this.sheets.push(sheet);
    return sheet.load(rows);
  }

  /** The sheet by name, for assertions, not counted. */
  sheet(name: string): FakeSheet {
    const found = this.sheets.find((s) => s.getNameUncounted() === name);
    if (!found) throw new Error(`no sheet «${name}» in the fake workbook`);
    return found;
  }

  hasSheet(name: string): boolean {
    return this.sheets.some((s) => s.getNameUncounted() === name);
  }

  sheetNames(): string[] {
    return this.sheets.map((s) => s.getNameUncounted());
  }

  getId(): string {
    this.calls.hit('Spreadsheet.getId');
    return this.id;
  }
  getName(): string {
    this.calls.hit('Spreadsheet.getName');
    return this.name;
  }
  rename(name: string): void {
    this.calls.hit('Spreadsheet.rename');
    this.name = name;
  }
  getUrl(): string {
    this.calls.hit('Spreadsheet.getUrl');
    return `https://docs.google.com/spreadsheets/d/${this.id}/edit`;
  }
  getSheetByName(name: string): FakeSheet | null {
    this.calls.hit('Spreadsheet.getSheetByName');
    return this.sheets.find((s) => s.getNameUncounted() === name) ?? null;
  }
  getSheets(): FakeSheet[] {
    this.calls.hit('Spreadsheet.getSheets');
    return [...this.sheets];
  }
  insertSheet(name: string, index?: number): FakeSheet {
    this.calls.hit('Spreadsheet.insertSheet');
    // Like Sheets, a name that differs only in case is taken («настройки» for «Настройки»).
    if (this.sheets.some((s) => s.getNameUncounted().toLowerCase() === name.toLowerCase())) {
      throw new Error(`A sheet with the name "${name}" already exists. Please enter another name.`);
    }
    const sheet = new FakeSheet(this, name, this.nextSheetId++);
    sheet.maxRows = this.newSheetRows;
    this.sheets.splice(index ?? this.sheets.length, 0, sheet);
    return sheet;
  }
  getSpreadsheetTimeZone(): string {
    this.calls.hit('Spreadsheet.getSpreadsheetTimeZone');
    return this.timeZone;
  }
  /** Файл → Настройки → Региональные настройки: «ru_RU» unless a test sets another. */
  locale = 'ru_RU';
  getSpreadsheetLocale(): string {
    this.calls.hit('Spreadsheet.getSpreadsheetLocale');
    return this.locale;
  }
  toast(message: string, _title?: string, _timeoutSeconds?: number): void {
    this.calls.hit('Spreadsheet.toast');
    this.toasts.push(message);
  }
}
