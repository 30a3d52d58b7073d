// The schools' folder through the Drive and Sheets advanced services (appsscript.json →
// dependencies.enabledAdvancedServices). Why these and not DriveApp/SpreadsheetApp.openById:
// - scopes: Drive v3 files.list works with drive.metadata.readonly and Sheets values.batchGet with
//   spreadsheets.readonly, where openById needs the full `spreadsheets` scope (edit every sheet of
//   the user) and DriveApp needs drive.readonly or more;
// - calls: one files.list page holds up to 1000 files and one values.batchGet reads every template
//   sheet of a school at once, where openById + getDataRange().getValues() is ~3 calls per sheet.
import { a1Notation } from '../../core/cells/a1';
import type { CellValue } from '../../core/cells/cellValue';
import { ExplainedError } from '../../core/failures/explainedError';
import { summaryMessages as m } from '../../core/messages/summary';
import { parseEvidenceLink } from '../../core/review/evidenceLink';
import type { EvidenceCheck } from '../../core/review/reviewQueue';
import { classifyReadError } from '../platform/spreadsheetReadError';
import type {
  ColumnCells,
  FolderFile,
  FolderLookup,
  SchoolFolderPort,
  SheetColumnCells,
  SheetLinks,
  SheetTitle,
} from '../platform/surface';

export interface DriveFileLike {
  readonly id?: string;
  readonly name?: string;
  readonly mimeType?: string;
  readonly trashed?: boolean;
  /** RFC 3339, «2024-10-11T08:15:00.000Z». */
  readonly modifiedTime?: string;
  readonly lastModifyingUser?: { readonly displayName?: string };
  readonly shortcutDetails?: { readonly targetId?: string; readonly targetMimeType?: string };
}

/** The part of the Drive v3 advanced service used here. */
export interface DriveServiceLike {
  readonly Files: {
    get(fileId: string, optionalArgs: Record<string, unknown>): DriveFileLike;
    list(optionalArgs: Record<string, unknown>): {
      readonly files?: readonly DriveFileLike[];
      readonly nextPageToken?: string;
    };
  };
}

/**
 * A cell's links as spreadsheets.get gives them: the whole cell's (Insert → Link, =HYPERLINK), a
 * smart chip's (a Drive file inserted with «@» or a pasted link turned into a chip: the text is the
 * file's name), or a link on part of the text.
 */
export interface LinkedCell {
  readonly hyperlink?: string;
  readonly chipRuns?: readonly {
    readonly chip?: { readonly richLinkProperties?: { readonly uri?: string } };
  }[];
  readonly textFormatRuns?: readonly { readonly format?: { readonly link?: { readonly uri?: string } } }[];
  /** The format the cell was given (none: nobody formatted it); Sheets v4 CellFormat.numberFormat. */
  readonly userEnteredFormat?: {
    readonly numberFormat?: { readonly type?: string; readonly pattern?: string };
  };
}

/**
 * A cell's number format worded as getNumberFormats words it, for isPercentFormat: type PERCENT is
 * percent whatever its pattern (a pattern left out means the locale's default «0.00%»).
 */
function numberFormatText(cell: LinkedCell | undefined): string {
  const format = cell?.userEnteredFormat?.numberFormat;
  if (!format) return '';
  if (format.type === 'PERCENT') return format.pattern?.includes('%') ? format.pattern : '0.00%';
  return format.pattern ?? '';
}

/** The cell's first Drive link among its links; else its first link; null when it has none. */
function cellLink(cell: LinkedCell | undefined): string | null {
  if (!cell) return null;
  const links = [
    cell.hyperlink,
    ...(cell.chipRuns ?? []).map((run) => run.chip?.richLinkProperties?.uri),
    ...(cell.textFormatRuns ?? []).map((run) => run.format?.link?.uri),
  ].filter((link): link is string => typeof link === 'string' && link !== '');
  return links.find((link) => parseEvidenceLink(link).kind === 'drive') ?? links[0] ?? null;
}

const cellKey = (title: string, row: number, column: number): string => `${title}\u0001${row}\u0001${column}`;

/** The part of the Sheets v4 advanced service used here. */
export interface SheetsServiceLike {
  readonly Spreadsheets: {
    get(
      spreadsheetId: string,
      optionalArgs: Record<string, unknown>,
    ): {
      readonly sheets?: readonly {
        readonly properties?: { readonly title?: string; readonly sheetId?: number };
        readonly data?: readonly {
          readonly startRow?: number;
          readonly startColumn?: number;
          readonly rowData?: readonly { readonly values?: readonly LinkedCell[] }[];
        }[];
      }[];
    };
    readonly Values: {
      batchGet(
        spreadsheetId: string,
        optionalArgs: Record<string, unknown>,
      ): { readonly valueRanges?: readonly { readonly values?: readonly (readonly unknown[])[] }[] };
    };
  };
}

export const MIME = {
  folder: 'application/vnd.google-apps.folder',
  sheets: 'application/vnd.google-apps.spreadsheet',
  shortcut: 'application/vnd.google-apps.shortcut',
  excel: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;

// Shared drives are where a municipality's school folders usually live.
const ALL_DRIVES = { supportsAllDrives: true, includeItemsFromAllDrives: true } as const;
const PAGE_SIZE = 1000;

/** A sheet title in A1 notation: quoted, with its apostrophes doubled. */
export function quoteSheetTitle(title: string): string {
  return `'${title.replace(/'/g, "''")}'`;
}

/** The cells of one column on the sheet titled so, in A1 notation: «'Дорожная карта'!H5:H12». */
function columnRange(title: string, cells: ColumnCells): string {
  return `${quoteSheetTitle(title)}!${a1Notation(cells.firstRow, cells.column + 1, cells.lastRow - cells.firstRow + 1)}`;
}

/** A sheet's id (the gid a link opens it by) as Sheets v4 gives it; null when it gave none usable. */
function sheetIdOf(id: number | undefined): number | null {
  return typeof id === 'number' && Number.isInteger(id) && id >= 0 ? id : null;
}

function toCell(value: unknown): CellValue {
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'string') return value;
  return value === null || value === undefined ? '' : String(value);
}

/** The API leaves out trailing blanks of a row; a Grid is rectangular like getValues(). */
function toGrid(values: readonly (readonly unknown[])[] | undefined): CellValue[][] {
  const rows = values ?? [];
  const width = rows.reduce((w, row) => Math.max(w, row.length), 0);
  return rows.map((row) => Array.from({ length: width }, (_, i) => toCell(row[i])));
}

function instantOf(text: string | undefined): Date | null {
  const date = text ? new Date(text) : null;
  return date && !Number.isNaN(date.getTime()) ? date : null;
}

function folderFile(file: DriveFileLike): FolderFile | null {
  const name = file.name ?? '';
  // «Сводка» → Файл изменён / Изменил: who last touched the school's file, from the same listing.
  const modified = {
    modifiedAt: instantOf(file.modifiedTime),
    modifiedBy: file.lastModifyingUser?.displayName ?? '',
  };
  if (file.mimeType === MIME.sheets && file.id) return { id: file.id, name, kind: 'sheets', ...modified };
  if (file.mimeType === MIME.excel && file.id) return { id: file.id, name, kind: 'excel', ...modified };
  const target = file.shortcutDetails;
  if (file.mimeType === MIME.shortcut && target?.targetMimeType === MIME.sheets && target.targetId) {
    // The shortcut's own modifiedTime is when the shortcut was made, not when the school wrote.
    return { id: target.targetId, name, kind: 'sheets', modifiedAt: null, modifiedBy: '' };
  }
  return null;
}

/** The port over the given services; the defaults are the Apps Script advanced services. */
export function createDriveFolderPort(
  services: { readonly drive?: DriveServiceLike; readonly sheets?: SheetsServiceLike } = {},
): SchoolFolderPort {
  // Looked up on use: a missing service then fails inside the action, which words it in Russian.
  const drive = (): DriveServiceLike => services.drive ?? advancedService<DriveServiceLike>('Drive');
  const sheets = (): SheetsServiceLike => services.sheets ?? advancedService<SheetsServiceLike>('Sheets');
  return {
    pause(ms: number): void {
      Utilities.sleep(ms);
    },

    lookUpFolder(folderId: string): FolderLookup {
      let file: DriveFileLike;
      try {
        file = drive().Files.get(folderId, {
          fields: 'id,name,mimeType,shortcutDetails',
          supportsAllDrives: true,
        });
      } catch (error) {
        const failure = classifyReadError(error);
        // Drive answers 404 also for a folder the user may not see: both are «ask for access».
        if (failure.failure === 'noAccess' || failure.failure === 'gone')
          return { status: 'unavailable', detail: m.folderNoAccess };
        // Temporary, quota, a scope not granted: the run stops and says so by kind.
        throw failure;
      }
      if (file.mimeType === MIME.folder)
        return { status: 'folder', id: file.id ?? folderId, name: file.name ?? '' };
      const target = file.shortcutDetails;
      if (file.mimeType === MIME.shortcut && target?.targetMimeType === MIME.folder && target.targetId) {
        return { status: 'folder', id: target.targetId, name: file.name ?? '' };
      }
      return { status: 'notFolder', name: file.name ?? '' };
    },

    listSpreadsheets(folderId: string): FolderFile[] {
      // folderId passed parseDriveId: only [A-Za-z0-9_-], so it cannot break out of the query.
      const q =
        `'${folderId}' in parents and trashed = false and (mimeType = '${MIME.sheets}' or ` +
        `mimeType = '${MIME.shortcut}' or mimeType = '${MIME.excel}')`;
      const found = new Map<string, FolderFile>();
      let pageToken: string | undefined;
      do {
        const page = drive().Files.list({
          q,
          pageSize: PAGE_SIZE,
          orderBy: 'name',
          fields:
            'nextPageToken,files(id,name,mimeType,modifiedTime,lastModifyingUser(displayName),' +
            'shortcutDetails(targetId,targetMimeType))',
          ...ALL_DRIVES,
          ...(pageToken ? { pageToken } : {}),
        });
        for (const file of page.files ?? []) {
          const entry = folderFile(file);
          if (entry && !found.has(entry.id)) found.set(entry.id, entry);
        }
        pageToken = page.nextPageToken;
      } while (pageToken);
      return [...found.values()].sort((a, b) => a.name.localeCompare(b.name, 'ru') || (a.id < b.id ? -1 : 1));
    },

    sheetTitles(fileId: string): SheetTitle[] {
      try {
        // The sheet ids come with the titles: «Очередь проверки» links open the roadmap by its gid.
        const spreadsheet = sheets().Spreadsheets.get(fileId, { fields: 'sheets.properties(title,sheetId)' });
        return (spreadsheet.sheets ?? []).map((sheet) => {
          return { title: sheet.properties?.title ?? '', sheetId: sheetIdOf(sheet.properties?.sheetId) };
        });
      } catch (error) {
        throw classifyReadError(error);
      }
    },

    sheetLinks(fileId: string, title: string, cells: ColumnCells | null): SheetLinks {
      try {
        const answer = sheets().Spreadsheets.get(fileId, {
          // With a range, spreadsheets.get answers for that sheet only; A1 is enough for its id.
          ranges: [cells ? columnRange(title, cells) : `${quoteSheetTitle(title)}!A1`],
          fields: cells
            ? 'sheets(properties(sheetId,title),data(startRow,rowData(values(hyperlink,' +
              'chipRuns(chip(richLinkProperties(uri))),textFormatRuns(format(link(uri)))))))'
            : 'sheets.properties(sheetId,title)',
        });
        const sheet = answer.sheets?.[0];
        const links = new Map<number, string>();
        for (const block of sheet?.data ?? []) {
          // startRow is 0-based and left out when 0.
          const first = (block.startRow ?? 0) + 1;
          (block.rowData ?? []).forEach((row, i) => {
            const link = cellLink(row.values?.[0]);
            if (link !== null) links.set(first + i, link);
          });
        }
        return { sheetId: sheetIdOf(sheet?.properties?.sheetId), links };
      } catch (error) {
        throw classifyReadError(error);
      }
    },

    columnFormats(fileId: string, ranges: readonly SheetColumnCells[]): string[][] {
      if (ranges.length === 0) return [];
      try {
        const answer = sheets().Spreadsheets.get(fileId, {
          ranges: ranges.map((r) => columnRange(r.title, r)),
          fields:
            'sheets(properties(title),data(startRow,startColumn,rowData(values(' +
            'userEnteredFormat(numberFormat(type,pattern))))))',
        });
        // Google answers one entry per sheet, a GridData per range on it; startRow and startColumn
        // are 0-based and left out when 0, trailing rows and cells nobody formatted are left out.
        const byCell = new Map<string, string>();
        for (const sheet of answer.sheets ?? []) {
          const title = sheet.properties?.title ?? '';
          for (const block of sheet.data ?? []) {
            (block.rowData ?? []).forEach((row, r) => {
              (row.values ?? []).forEach((cell, c) => {
                const key = cellKey(title, (block.startRow ?? 0) + r, (block.startColumn ?? 0) + c);
                byCell.set(key, numberFormatText(cell));
              });
            });
          }
        }
        return ranges.map((range) =>
          Array.from(
            { length: range.lastRow - range.firstRow + 1 },
            (_, i) => byCell.get(cellKey(range.title, range.firstRow - 1 + i, range.column)) ?? '',
          ),
        );
      } catch (error) {
        throw classifyReadError(error);
      }
    },

    checkDocument(fileId: string): EvidenceCheck {
      // Metadata only: drive.metadata.readonly covers files.get without alt=media.
      let file: DriveFileLike;
      try {
        file = drive().Files.get(fileId, { fields: 'id,name,trashed,mimeType', supportsAllDrives: true });
      } catch (error) {
        const failure = classifyReadError(error);
        // Drive answers 404 for a deleted file and for one the curator may not see alike.
        if (failure.failure === 'gone' || failure.failure === 'noAccess') return { state: 'unavailable' };
        // A missing scope fails every check the same way: the run stops and says so.
        if (failure.failure === 'authorization') throw failure;
        return { state: 'failed', detail: failure.message };
      }
      const name = file.name ?? '';
      return file.trashed === true ? { state: 'trashed', name } : { state: 'present', name };
    },

    readSheets(fileId: string, titles: readonly string[]): CellValue[][][] {
      try {
        const response = sheets().Spreadsheets.Values.batchGet(fileId, {
          ranges: titles.map(quoteSheetTitle),
          // Raw values: numbers as numbers, checkboxes as booleans, dates as serial numbers, whatever
          // the school's locale (a formatted «13.03.2024» would read «3/13/2024» in an en_US file).
          valueRenderOption: 'UNFORMATTED_VALUE',
          dateTimeRenderOption: 'SERIAL_NUMBER',
        });
        const ranges = response.valueRanges ?? [];
        return titles.map((_, i) => toGrid(ranges[i]?.values));
      } catch (error) {
        throw classifyReadError(error);
      }
    },
  };
}

function advancedService<T>(name: 'Drive' | 'Sheets'): T {
  const service = (globalThis as Record<string, unknown>)[name];
  if (!service) throw new ExplainedError(m.serviceMissing(name));
  return service as T;
}
