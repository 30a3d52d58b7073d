// A workbook as the preview page shows it: each sheet's cells as display text (the page puts
// them in with textContent), plus the raw values as JSON for tests.
import type { CellValue } from '../../src/core/cells/cellValue';
import { formatDate } from '../../test/fakes/fakeServices';
import { a1Notation, type FakeSheet, type FakeSpreadsheet } from '../../test/fakes/fakeSpreadsheet';

/** A cell value as JSON: dates become { date: ISO instant }. */
export type CellJson = string | number | boolean | { readonly date: string };

export interface SheetView {
  readonly name: string;
  readonly frozenRows: number;
  readonly tabColor: string | null;
  /** Display text, rows × columns of the used range. */
  readonly display: string[][];
  readonly values: CellJson[][];
  /** A1 → formula text: the add-on must never write one, so the page marks them. */
  readonly formulas: Record<string, string>;
  readonly truncated: boolean;
  /** Pixel width per column as the add-on set it, null where it set none. */
  readonly columnWidths: (number | null)[];
}

// The page is a look at the data, not a spreadsheet engine: enough rows for any sample.
const MAX_ROWS = 2000;

interface ColumnFormat {
  readonly fromRow: number;
  readonly toRow: number;
  readonly fromColumn: number;
  readonly toColumn: number;
  readonly format: string;
}

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

function parseA1(a1: string): Omit<ColumnFormat, 'format'> | null {
  const m = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/.exec(a1);
  if (!m) return null;
  const fromColumn = columnNumber(m[1]!);
  const fromRow = Number(m[2]);
  return {
    fromRow,
    fromColumn,
    toColumn: m[3] ? columnNumber(m[3]) : fromColumn,
    toRow: m[4] ? Number(m[4]) : fromRow,
  };
}

function numberFormats(sheet: FakeSheet): ColumnFormat[] {
  return sheet.formats.flatMap((f) => {
    const range = f.kind === 'numberFormat' ? parseA1(f.a1) : null;
    return range ? [{ ...range, format: String(f.value) }] : [];
  });
}

function formatAt(formats: readonly ColumnFormat[], row: number, column: number): string {
  let found = '';
  for (const f of formats)
    if (row >= f.fromRow && row <= f.toRow && column >= f.fromColumn && column <= f.toColumn)
      found = f.format;
  return found;
}

const decimalComma = (text: string) => text.replace('.', ',');

export function displayCell(value: CellValue, format: string, timeZone: string): string {
  if (value instanceof Date || Object.prototype.toString.call(value) === '[object Date]') {
    const date = value as Date;
    const time = formatDate(date, timeZone, 'HH:mm');
    return formatDate(date, timeZone, time === '00:00' ? 'dd.MM.yyyy' : 'dd.MM.yyyy HH:mm');
  }
  if (typeof value === 'boolean') return value ? '☑' : '☐';
  if (typeof value === 'number') {
    if (format.includes('%')) {
      const decimals = /\.(0+)%/.exec(format)?.[1]?.length ?? 0;
      return `${decimalComma((value * 100).toFixed(decimals))}%`;
    }
    return decimalComma(String(Math.round(value * 1e10) / 1e10));
  }
  return String(value);
}

function cellJson(value: CellValue): CellJson {
  return value instanceof Date || Object.prototype.toString.call(value) === '[object Date]'
    ? { date: (value as Date).toISOString() }
    : (value as CellJson);
}

export function sheetView(sheet: FakeSheet, timeZone: string): SheetView {
  const rows = Math.min(sheet.lastRow(), MAX_ROWS);
  const columns = sheet.lastColumn();
  const raw = rows > 0 && columns > 0 ? sheet.readBlock(1, 1, rows, columns) : [];
  const formulas = sheet.formulas();
  const formats = numberFormats(sheet);
  return {
    name: sheet.getNameUncounted(),
    frozenRows: sheet.frozenRows,
    tabColor: sheet.tabColor,
    display: raw.map((line, r) =>
      line.map(
        (cell, c) =>
          formulas[a1Notation(r + 1, c + 1)] ?? displayCell(cell, formatAt(formats, r + 1, c + 1), timeZone),
      ),
    ),
    values: raw.map((line) => line.map(cellJson)),
    formulas,
    truncated: sheet.lastRow() > MAX_ROWS,
    columnWidths: Array.from({ length: columns }, (_, c) => sheet.columnWidths.get(c + 1) ?? null),
  };
}

export function workbookView(spreadsheet: FakeSpreadsheet, timeZone: string): SheetView[] {
  return spreadsheet.sheets.map((sheet) => sheetView(sheet, timeZone));
}
