// How imported results join «Результаты ОП» (PRODUCT.md §10): a row the import wrote before (its
// Источник starts with «Импорт:») is replaced in place by the same source and school, so a second
// import changes nothing and never duplicates; a row the user typed is never written, moved or
// lost — when it holds the same school, year and procedure, it wins and the journal names both.
import type { CellValue } from '../cells/cellValue';
import { recognizeProcedure } from '../identification/procedures';
import { readSchoolCode, schoolKey } from '../identification/schoolKey';
import { parseAssessmentYear } from '../identification/year';
import type { JournalEntry } from '../journal/journal';
import { IMPORT_SOURCE_PREFIX, importMessages as m } from '../messages/import';
import { parseNumber } from '../numbers/parseNumber';
import type { TableRow } from '../table/locateTable';
import { RESULTS_SHEET } from '../template/sheets';
import { cellText, isBlank, normalizeText } from '../text/normalize';
import type { ImportedResult } from './importTypes';
import { splitSchoolLogin } from './schoolLogin';
import { schoolMatch } from './schoolMatch';

/** The «Результаты ОП» columns the import fills, in the template's order. */
export const IMPORT_COLUMNS = [
  'school',
  'year',
  'procedure',
  'participants',
  'failed',
  'share',
  'schoolCode',
  'marks3',
  'marks4',
  'marks5',
  'source',
] as const;

export type ImportColumn = (typeof IMPORT_COLUMNS)[number];

export type ImportCells = Readonly<Record<ImportColumn, CellValue>>;

/** One row to write: an earlier import's row replaced in place, or a new row below the table. */
export interface RowWrite {
  readonly rowNumber: number;
  readonly cells: ImportCells;
}

export interface ResultsMerge {
  /** In row order; rows whose cells already hold these values are left out. */
  readonly writes: readonly RowWrite[];
  readonly entries: readonly JournalEntry[];
  /** Imported results now on the sheet (written or already there). */
  readonly importedRows: number;
}

type RowCells = Readonly<Partial<Record<string, CellValue>>>;

const PREFIX = normalizeText(IMPORT_SOURCE_PREFIX);

export function isImportSource(value: unknown): boolean {
  return normalizeText(value).startsWith(PREFIX);
}

export function cellsOf(result: ImportedResult): ImportCells {
  const count = (n: number | null): CellValue => (n === null ? '' : n);
  return {
    school: result.school,
    year: result.year,
    procedure: result.procedure,
    participants: result.participants,
    failed: count(result.failed),
    share: result.failedShare,
    schoolCode: result.schoolCode,
    marks3: count(result.marks3),
    marks4: count(result.marks4),
    marks5: count(result.marks5),
    source: result.source,
  };
}

const BLANK_CELLS = Object.fromEntries(IMPORT_COLUMNS.map((c) => [c, ''])) as ImportCells;

function sameCell(read: CellValue | undefined, written: CellValue): boolean {
  if (read === undefined) return written === '';
  // A column formatted as text gives the number back as its text.
  if (typeof written === 'number') return read === written || parseNumber(read) === written;
  return cellText(read) === cellText(written);
}

function ownKey(source: unknown, login: string, name: unknown): string {
  return `${normalizeText(source)}|${login || schoolKey(name)}`;
}

function procedureKey(value: unknown): string {
  return recognizeProcedure(value) ?? normalizeText(value);
}

interface SchoolIdentity {
  readonly login: string;
  readonly nameKey: string;
}

/** The school of a sheet row, by identification's own reading of `Код ОО` and of a login in the name. */
function identityOf(cells: RowCells): SchoolIdentity {
  const split = splitSchoolLogin(cells.school);
  const login = readSchoolCode(cells.schoolCode) ?? split.login;
  return { login, nameKey: schoolKey(split.name) };
}

/**
 * Plans the write: `rows` are «Результаты ОП»'s rows as read (by column key), `nextRow` the first
 * sheet row below its data.
 */
export function planResultsMerge(
  rows: readonly TableRow<string>[],
  nextRow: number,
  imported: readonly ImportedResult[],
): ResultsMerge {
  const owned = new Map<string, TableRow<string>[]>();
  const userRowIndex = schoolMatch<number>();
  for (const row of rows) {
    const cells = row.cells as RowCells;
    if (isImportSource(cells.source)) {
      const identity = identityOf(cells);
      const key = ownKey(cells.source, identity.login, cells.school);
      const list = owned.get(key);
      if (list) list.push(row);
      else owned.set(key, [row]);
      continue;
    }
    if (isBlank(cells.school)) continue;
    const year = parseAssessmentYear(cells.year);
    if (year === null) continue;
    const identity = identityOf(cells);
    const what = `${year}|${procedureKey(cells.procedure)}`;
    userRowIndex.add(identity.login, identity.nameKey, what, row.rowNumber);
  }

  const userRows = imported.map((result) =>
    userRowIndex.find(
      result.schoolCode,
      schoolKey(result.school),
      `${result.year}|${result.procedureId ?? normalizeText(result.procedure)}`,
    ),
  );
  const writes: RowWrite[] = [];
  const entries: JournalEntry[] = [];
  let next = nextRow;
  let importedRows = 0;
  // The results that are written take their own earlier rows first, in order, so that a result
  // kept out by a user's row never takes (and blanks) the row of another.
  imported.forEach((result, i) => {
    if (userRows[i] !== undefined) return;
    importedRows++;
    const previous = owned.get(ownKey(result.source, result.schoolCode, result.school))?.shift();
    const cells = cellsOf(result);
    if (!previous) {
      writes.push({ rowNumber: next++, cells });
      return;
    }
    const read = previous.cells as RowCells;
    if (IMPORT_COLUMNS.every((column) => sameCell(read[column], cells[column]))) return;
    writes.push({ rowNumber: previous.rowNumber, cells });
  });
  imported.forEach((result, i) => {
    const userRow = userRows[i];
    if (userRow === undefined) return;
    entries.push({
      sheet: RESULTS_SHEET.name,
      row: userRow,
      column: '',
      value: result.school,
      problem: m.userRowKept(userRow, result.importRow),
      fix: m.userRowKeptFix,
    });
    // The import's own earlier copy would count the school twice beside the user's row.
    const previous = owned.get(ownKey(result.source, result.schoolCode, result.school))?.shift();
    if (previous) writes.push({ rowNumber: previous.rowNumber, cells: BLANK_CELLS });
  });
  writes.sort((a, b) => a.rowNumber - b.rowNumber);
  return { writes, entries, importedRows };
}
