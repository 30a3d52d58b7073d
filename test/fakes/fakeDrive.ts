// An in-memory Drive folder of school workbooks behind fakes of the two advanced services the
// curator summary uses (Drive v3 Files.get/list, Sheets v4 Spreadsheets.get/Values.batchGet).
// Honest where the add-on depends on it: a range naming a missing sheet fails the whole batchGet
// with Google's «Unable to parse range», an .xlsx cannot be read through the Sheets API, a file
// shared with nobody fails with a permission error, rows come without their trailing blanks and
// dates as serial numbers. Every call is counted, per service method and per file. Drive answers
// only the fields asked for (a field the adapter forgets to ask for is absent, as with Google), a
// trashed file is still found by files.get (trashed: true) but not listed under trashed = false,
// and a deleted file is a 404 like one never shared; a file on a shared drive is a 404 (and not
// listed) for a call that does not pass supportsAllDrives (and includeItemsFromAllDrives).
import { a1Notation } from '../../src/core/cells/a1';
import type { CellValue } from '../../src/core/cells/cellValue';
import { fromInstant, toDayNumber, zoneOffsetMinutes } from '../../src/core/dates/calendarDate';
import { isPercentFormat } from '../../src/core/numbers/shareScale';
import {
  createDriveFolderPort,
  type DriveFileLike,
  type DriveServiceLike,
  type LinkedCell,
  MIME,
  type SheetsServiceLike,
} from '../../src/server/adapters/driveFolder';
import type { SchoolFolderPort } from '../../src/server/platform/surface';
import { CallCounter } from './callCounter';
import { DEFAULT_NUMBER_FORMAT, type FakeSheet, type FakeSpreadsheet } from './fakeSpreadsheet';

/** A clock the fakes move forward, shared with the action's context.now(). */
export class FakeClock {
  private ms: number;
  constructor(start: Date | string = '2024-11-20T09:00:00+03:00') {
    this.ms = new Date(start).getTime();
  }
  now(): Date {
    return new Date(this.ms);
  }
  advance(ms: number): void {
    this.ms += ms;
  }
}

interface StoredFile {
  id: string;
  name: string;
  mimeType: string;
  parents: string[];
  workbook?: FakeSpreadsheet;
  shortcutTarget?: { id: string; mimeType: string };
  denied?: boolean;
  trashed?: boolean;
  modifiedTime?: Date;
  modifiedBy?: string;
  /** On a shared drive: hidden from calls without supportsAllDrives (listing: and includeItemsFromAllDrives). */
  sharedDrive?: boolean;
}

/** The top-level names of a Drive fields mask: «id,name,files(id,name),nextPageToken». */
function topFields(mask: string): Set<string> {
  const names = new Set<string>();
  let depth = 0;
  let name = '';
  for (const ch of mask) {
    if (ch === '(') depth++;
    else if (ch === ')') depth--;
    else if (ch === ',' && depth === 0) {
      names.add(name.trim());
      name = '';
    } else if (depth === 0) name += ch;
  }
  names.add(name.trim());
  return names;
}

/** «files(id,name)» → «id,name»: the mask of the listed files. */
function innerFields(mask: string, field: string): string {
  const start = mask.indexOf(`${field}(`);
  if (start < 0) return '';
  let depth = 0;
  for (let i = start + field.length; i < mask.length; i++) {
    if (mask[i] === '(') depth++;
    else if (mask[i] === ')' && --depth === 0) return mask.slice(start + field.length + 1, i);
  }
  return '';
}

export interface FakeDriveOptions {
  readonly clock?: FakeClock;
  /** Simulated time of one Sheets API read: the slow part of a real run. */
  readonly msPerRead?: number;
  /** Sheets API reads allowed before Google answers 429 (the per-user minute quota). */
  readonly readQuota?: number;
  /** Simulated time of one Drive files.get (the evidence check). */
  readonly msPerMetadata?: number;
}

const SHEETS_EPOCH_DAY = toDayNumber({ year: 1899, month: 12, day: 30 });

/** A Date cell as the Sheets API gives it with SERIAL_NUMBER: days since 30.12.1899 in the file's zone. */
function serialNumber(date: Date, timeZone: string): number {
  const day = toDayNumber(fromInstant(date, timeZone)) - SHEETS_EPOCH_DAY;
  const local = date.getTime() + zoneOffsetMinutes(date, timeZone) * 60_000;
  const fraction = (((local % 86_400_000) + 86_400_000) % 86_400_000) / 86_400_000;
  return day + fraction;
}

/** Worded as the advanced services word it: «API call to sheets.spreadsheets.values.batchGet failed…». */
function apiError(method: string, message: string): Error {
  const name = method.replace(/(^|\.)([A-Z])/g, (_, dot: string, ch: string) => dot + ch.toLowerCase());
  return new Error(`API call to ${name} failed with error: ${message}`);
}

/** «'Дорожная карта'» → «Дорожная карта»: A1 sheet titles as the API parses them. */
function unquote(range: string): string {
  const text = range.includes('!') ? range.slice(0, range.lastIndexOf('!')) : range;
  if (text.startsWith("'") && text.endsWith("'")) return text.slice(1, -1).replace(/''/g, "'");
  return text;
}

/**
 * The GridData of a one-column range with each cell's hyperlink, from its HYPERLINK formula (the
 * fake's stand-in for a link put on a word too: Google gives both in `hyperlink`), and the file
 * chip put on it (putFileChip) when the fields ask for chipRuns.
 */
function hyperlinkData(
  sheet: FakeSheet,
  range: string,
  chipAt: (row: number, column: number) => string | undefined = () => undefined,
): { startRow?: number; rowData: unknown[] } {
  const match = /!([A-Z]+)(\d+)(?::[A-Z]+(\d+))?$/.exec(range);
  if (!match) return { rowData: [] };
  const column = [...match[1]!].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  const first = Number(match[2]);
  const last = Number(match[3] ?? match[2]);
  const formulas = sheet.formulas();
  const rowData = Array.from({ length: last - first + 1 }, (_, i) => {
    const formula = formulas[a1Notation(first + i, column)] ?? '';
    const link = /^=\s*HYPERLINK\(\s*"([^"]*)"/i.exec(formula)?.[1];
    const chip = chipAt(first + i, column);
    if (!link && !chip) return {};
    return {
      values: [
        {
          ...(link ? { hyperlink: link } : {}),
          ...(chip ? { chipRuns: [{ chip: { richLinkProperties: { uri: chip } } }] } : {}),
        },
      ],
    };
  });
  return { ...(first > 1 ? { startRow: first - 1 } : {}), rowData };
}

/**
 * The GridData of a one-column range with each cell's userEnteredFormat.numberFormat, only the
 * parts the fields ask for (type, pattern): PERCENT for a pattern with «%», NUMBER otherwise; a
 * cell nobody formatted has none, and trailing such rows are left out, as Google does.
 */
function numberFormatData(
  sheet: FakeSheet,
  range: string,
  fields: string,
): { startRow?: number; startColumn?: number; rowData: { values?: LinkedCell[] }[] } {
  const match = /!([A-Z]+)(\d+)(?::[A-Z]+(\d+))?$/.exec(range);
  if (!match) return { rowData: [] };
  const column = [...match[1]!].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  const first = Number(match[2]);
  const last = Number(match[3] ?? match[2]);
  const formats = sheet.readNumberFormats(first, column, last - first + 1, 1);
  const rowData = formats.map(([pattern]): { values?: LinkedCell[] } => {
    if (pattern === undefined || pattern === DEFAULT_NUMBER_FORMAT) return {};
    const numberFormat = {
      ...(/type/.test(fields) ? { type: isPercentFormat(pattern) ? 'PERCENT' : 'NUMBER' } : {}),
      ...(/pattern/.test(fields) ? { pattern } : {}),
    };
    return { values: [{ userEnteredFormat: { numberFormat } }] };
  });
  while (rowData.length > 0 && !('values' in rowData[rowData.length - 1]!)) rowData.pop();
  return {
    ...(first > 1 ? { startRow: first - 1 } : {}),
    ...(column > 1 && /startColumn/.test(fields) ? { startColumn: column - 1 } : {}),
    rowData,
  };
}

const chipKey = (spreadsheetId: string, title: string, row: number, column: number): string =>
  [spreadsheetId, title, row, column].join('\u0001');

/** The values of a sheet as values.batchGet returns them: no trailing blanks, no trailing empty rows. */
function apiValues(rows: CellValue[][], timeZone: string): unknown[][] | undefined {
  const out = rows.map((row) => {
    const cells = row.map((cell) => (cell instanceof Date ? serialNumber(cell, timeZone) : cell));
    let end = cells.length;
    while (end > 0 && cells[end - 1] === '') end--;
    return cells.slice(0, end);
  });
  let last = out.length;
  while (last > 0 && out[last - 1]!.length === 0) last--;
  return last === 0 ? undefined : out.slice(0, last);
}

export class FakeDrive {
  readonly calls = new CallCounter();
  private readonly perFile = new Map<string, number>();
  private readonly driveGets = new Map<string, number>();
  private readonly files = new Map<string, StoredFile>();
  private readonly chips = new Map<string, string>();
  private nextId = 1;
  private reads = 0;
  private quotaMinute = Number.NaN;
  readonly clock: FakeClock;
  msPerRead: number;
  readQuota: number;
  msPerMetadata: number;

  constructor(options: FakeDriveOptions = {}) {
    this.clock = options.clock ?? new FakeClock();
    this.msPerRead = options.msPerRead ?? 0;
    this.readQuota = options.readQuota ?? Number.POSITIVE_INFINITY;
    this.msPerMetadata = options.msPerMetadata ?? 0;
  }

  private newId(prefix: string): string {
    return `${prefix}${String(this.nextId++).padStart(6, '0')}abcdefghij`;
  }

  // ---- building the Drive (not counted) ----

  addFolder(name: string, id = this.newId('folder')): string {
    this.files.set(id, { id, name, mimeType: MIME.folder, parents: [] });
    return id;
  }

  /** A Google Sheets file in the folder; its id is the workbook's own. */
  addWorkbook(folderId: string, workbook: FakeSpreadsheet, name?: string): string {
    const id = workbook.getId();
    this.files.set(id, {
      id,
      name: name ?? workbook.getName(),
      mimeType: MIME.sheets,
      parents: [folderId],
      workbook,
    });
    return id;
  }

  /** Any other file: an .xlsx, a PDF, a Google Doc. */
  addFile(folderId: string, name: string, mimeType: string): string {
    const id = this.newId('file');
    this.files.set(id, { id, name, mimeType, parents: [folderId] });
    return id;
  }

  addShortcut(folderId: string, name: string, targetId: string): string {
    const target = this.files.get(targetId);
    const id = this.newId('shortcut');
    this.files.set(id, {
      id,
      name,
      mimeType: MIME.shortcut,
      parents: [folderId],
      shortcutTarget: { id: targetId, mimeType: target?.mimeType ?? MIME.sheets },
    });
    return id;
  }

  /** The school stopped sharing the file: every read fails as in Google's 403. */
  denyAccess(fileId: string): void {
    this.file(fileId).denied = true;
  }

  removeFromFolder(fileId: string, folderId: string): void {
    const file = this.file(fileId);
    file.parents = file.parents.filter((p) => p !== folderId);
  }

  renameFile(fileId: string, name: string): void {
    this.file(fileId).name = name;
  }

  /** A document a school links as evidence: anywhere on Drive, in no folder of ours. */
  addDocument(name: string, mimeType = 'application/pdf', id = this.newId('doc')): string {
    this.files.set(id, { id, name, mimeType, parents: [] });
    return id;
  }

  /** Moved to the trash: still found by id (trashed: true), no longer listed. */
  trashFile(fileId: string): void {
    this.file(fileId).trashed = true;
  }

  /** Moved to a shared drive (a municipality's «ОО ШНОР»): see StoredFile.sharedDrive. */
  putOnSharedDrive(fileId: string): void {
    this.file(fileId).sharedDrive = true;
  }

  /** Deleted for good (the trash emptied): Drive answers 404. */
  deleteFile(fileId: string): void {
    this.file(fileId);
    this.files.delete(fileId);
  }

  /** Drive's last modification of the file and who made it. */
  touchFile(fileId: string, when: Date, byName: string): void {
    const file = this.file(fileId);
    file.modifiedTime = when;
    file.modifiedBy = byName;
  }

  /**
   * A smart chip on a cell (Insert → @ a Drive file): the cell's value is the file's name, the
   * link is only in spreadsheets.get's chipRuns. Row and column are 1-based.
   */
  putFileChip(spreadsheetId: string, title: string, row: number, column: number, uri: string): void {
    this.chips.set(chipKey(spreadsheetId, title, row, column), uri);
  }

  /** Drive metadata calls about one document (files.get), for the «≤ 1 per document» budget. */
  driveGetsFor(fileId: string): number {
    return this.driveGets.get(fileId) ?? 0;
  }

  private file(id: string): StoredFile {
    const file = this.files.get(id);
    if (!file) throw new Error(`no file ${id} in the fake Drive`);
    return file;
  }

  /** Calls made about one file (Sheets reads), for the «≤ 3 calls per file» budget. */
  callsForFile(fileId: string): number {
    return this.perFile.get(fileId) ?? 0;
  }

  // ---- the services ----

  private hit(method: string, fileId?: string): void {
    this.calls.hit(method);
    if (fileId) this.perFile.set(fileId, (this.perFile.get(fileId) ?? 0) + 1);
  }

  private readable(method: string, fileId: string): FakeSpreadsheet {
    this.hit(method, fileId);
    this.clock.advance(this.msPerRead);
    const minute = Math.floor(this.clock.now().getTime() / 60_000);
    if (minute !== this.quotaMinute) {
      this.quotaMinute = minute;
      this.reads = 0;
    }
    this.reads++;
    if (this.reads > this.readQuota) {
      throw apiError(
        method,
        "Quota exceeded for quota metric 'Read requests' and limit 'Read requests per minute per user' of service 'sheets.googleapis.com'",
      );
    }
    const file = this.files.get(fileId);
    if (!file) throw apiError(method, 'Requested entity was not found.');
    if (file.denied) throw apiError(method, 'The caller does not have permission');
    if (!file.workbook) throw apiError(method, 'This operation is not supported for this document');
    return file.workbook;
  }

  /** Resets the per-minute quota, as a new minute does. */
  newMinute(): void {
    this.reads = 0;
  }

  readonly drive: DriveServiceLike = {
    Files: {
      get: (fileId: string, optionalArgs: Record<string, unknown>): DriveFileLike => {
        this.hit('Drive.Files.get');
        this.driveGets.set(fileId, (this.driveGets.get(fileId) ?? 0) + 1);
        this.clock.advance(this.msPerMetadata);
        const file = this.files.get(fileId);
        if (!file) throw apiError('drive.files.get', `File not found: ${fileId}.`);
        // Drive hides a file the user may not see behind the same 404 as a deleted one.
        if (file.denied) throw apiError('drive.files.get', `File not found: ${fileId}.`);
        // So does one on a shared drive asked for by an app that does not say it supports them.
        if (file.sharedDrive && optionalArgs.supportsAllDrives !== true)
          throw apiError('drive.files.get', `File not found: ${fileId}.`);
        return this.metadata(file, String(optionalArgs.fields ?? 'id,name,mimeType'));
      },
      list: (optionalArgs: Record<string, unknown>) => {
        this.hit('Drive.Files.list');
        const q = String(optionalArgs.q ?? '');
        const parent = /'([^']+)' in parents/.exec(q)?.[1];
        const mimeTypes = [...q.matchAll(/mimeType = '([^']+)'/g)].map((match) => match[1]!);
        const notTrashed = /trashed\s*=\s*false/.test(q);
        const allDrives =
          optionalArgs.supportsAllDrives === true && optionalArgs.includeItemsFromAllDrives === true;
        const matching = [...this.files.values()]
          .filter((f) => parent === undefined || f.parents.includes(parent))
          .filter((f) => !(notTrashed && f.trashed))
          .filter((f) => allDrives || !f.sharedDrive)
          .filter((f) => mimeTypes.length === 0 || mimeTypes.includes(f.mimeType))
          .sort((a, b) => a.name.localeCompare(b.name));
        const pageSize = Math.min(Number(optionalArgs.pageSize ?? 100), 1000);
        const start = Number(optionalArgs.pageToken ?? 0);
        const page = matching.slice(start, start + pageSize);
        const next = start + pageSize < matching.length ? String(start + pageSize) : undefined;
        const mask = innerFields(String(optionalArgs.fields ?? 'files(id,name,mimeType)'), 'files');
        return {
          files: page.map((f) => this.metadata(f, mask)),
          ...(next ? { nextPageToken: next } : {}),
        };
      },
    },
  };

  /** The file's metadata with only the fields the mask asks for, as Drive answers. */
  private metadata(file: StoredFile, mask: string): DriveFileLike {
    const asked = topFields(mask);
    const all: Record<string, unknown> = {
      id: file.id,
      name: file.name,
      mimeType: file.mimeType,
      trashed: file.trashed === true,
      ...(file.modifiedTime ? { modifiedTime: file.modifiedTime.toISOString() } : {}),
      ...(file.modifiedBy ? { lastModifyingUser: { displayName: file.modifiedBy } } : {}),
      ...(file.shortcutTarget
        ? {
            shortcutDetails: {
              targetId: file.shortcutTarget.id,
              targetMimeType: file.shortcutTarget.mimeType,
            },
          }
        : {}),
    };
    return Object.fromEntries(Object.entries(all).filter(([key]) => asked.has(key))) as DriveFileLike;
  }

  /**
   * spreadsheets.get with ranges asking for number formats, as Google answers: one entry per sheet
   * in the spreadsheet's order, one GridData per range on it; a range naming no sheet fails.
   */
  private formatsAnswer(
    workbook: FakeSpreadsheet,
    ranges: readonly string[],
    fields: string,
    properties: (title: string) => { title: string },
  ) {
    const byTitle = new Map<string, ReturnType<typeof numberFormatData>[]>();
    for (const range of ranges) {
      const title = unquote(range);
      if (!workbook.hasSheet(title))
        throw apiError('sheets.spreadsheets.get', `Unable to parse range: ${range}`);
      const blocks = byTitle.get(title) ?? [];
      blocks.push(numberFormatData(workbook.sheet(title), range, fields));
      byTitle.set(title, blocks);
    }
    return {
      sheets: workbook
        .sheetNames()
        .filter((title) => byTitle.has(title))
        .map((title) => ({
          ...(/properties/.test(fields) ? { properties: properties(title) } : {}),
          data: byTitle.get(title)!,
        })),
    };
  }

  readonly sheets: SheetsServiceLike = {
    Spreadsheets: {
      get: (spreadsheetId: string, optionalArgs: Record<string, unknown>) => {
        const workbook = this.readable('Sheets.Spreadsheets.get', spreadsheetId);
        const fields = String(optionalArgs.fields ?? 'sheetId');
        const withIds = /sheetId/.test(fields);
        const ranges = (optionalArgs.ranges ?? []) as string[];
        const properties = (title: string) => ({
          title,
          ...(withIds ? { sheetId: workbook.sheet(title).getSheetIdUncounted() } : {}),
        });
        if (ranges.length === 0)
          return { sheets: workbook.sheetNames().map((title) => ({ properties: properties(title) })) };
        if (/numberFormat/.test(fields)) return this.formatsAnswer(workbook, ranges, fields, properties);
        // With ranges, Google answers for the sheets they name only, with their cells' data when
        // the fields ask for it; a range naming no sheet fails the call as in batchGet.
        return {
          sheets: ranges.map((range) => {
            const title = unquote(range);
            if (!workbook.hasSheet(title)) {
              throw apiError('sheets.spreadsheets.get', `Unable to parse range: ${range}`);
            }
            if (!/hyperlink|chipRuns/.test(fields)) return { properties: properties(title) };
            const chipAt = (row: number, column: number) =>
              /chipRuns/.test(fields)
                ? this.chips.get(chipKey(spreadsheetId, title, row, column))
                : undefined;
            return {
              properties: properties(title),
              data: [hyperlinkData(workbook.sheet(title), range, chipAt)],
            };
          }),
        };
      },
      Values: {
        batchGet: (spreadsheetId: string, optionalArgs: Record<string, unknown>) => {
          const workbook = this.readable('Sheets.Spreadsheets.Values.batchGet', spreadsheetId);
          const ranges = (optionalArgs.ranges ?? []) as string[];
          const timeZone = workbook.getSpreadsheetTimeZone();
          const valueRanges = ranges.map((range) => {
            const title = unquote(range);
            if (!workbook.hasSheet(title)) {
              throw apiError('sheets.spreadsheets.values.batchGet', `Unable to parse range: ${range}`);
            }
            const values = apiValues(workbook.sheet(title).values(), timeZone);
            return { range, majorDimension: 'ROWS', ...(values ? { values } : {}) };
          });
          return { spreadsheetId, valueRanges };
        },
      },
    },
  };

  /** The port over these fakes, through the real adapter. */
  port(): SchoolFolderPort {
    const port = createDriveFolderPort({ drive: this.drive, sheets: this.sheets });
    // Waiting moves the fake clock, and a new minute renews the read quota, as with Google.
    return { ...port, pause: (ms: number) => this.clock.advance(ms) };
  }

  /** The globals to pass as createFakeGlobals({ extra }). */
  globals(): Record<string, unknown> {
    return { Drive: this.drive, Sheets: this.sheets };
  }
}
