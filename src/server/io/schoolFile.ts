// Reads one school file for «Сводка» with at most three batched reads: the template's sheets in
// one values.batchGet (the usual case: one read); when a sheet is missing or renamed, the file's
// sheet list, then one batchGet of the sheets it has; when a share up to 1 needs its format to be
// read, the formats of those columns (one ranged spreadsheets.get). Only a quota error escapes: the run stops and
// the file is read next time; every other failure becomes the file's «Ошибка».
import type { Grid } from '../../core/cells/cellValue';
import { failureMessages } from '../../core/messages/failures';
import { summaryMessages as m } from '../../core/messages/summary';
import type { ReviewMeasure } from '../../core/review/reviewQueue';
import { type CuratorView, type SchoolSummary, summarizeSchool } from '../../core/summary/schoolSummary';
import { isTemplateWorkbook, matchSourceSheets, SOURCE_SHEET_NAMES } from '../../core/summary/schoolWorkbook';
import {
  type FormatsGrid,
  formatDependentCells,
  formatsGridsOf,
  SHARE_SHEET_NAMES,
} from '../../core/summary/shareFormats';
import { NO_METRICS, type SummaryEntry } from '../../core/summary/summaryEntry';
import { ROADMAP_SHEET } from '../../core/template/sheets';
import { failureCause, logFailure } from '../platform/failureReport';
import { SpreadsheetReadError } from '../platform/spreadsheetReadError';
import type { FolderFile, SchoolFolderPort } from '../platform/surface';

/** The file's «Ошибка» by the kind of failure; Google's own words go to the Executions log only. */
function failureText(file: FolderFile, error: unknown): string {
  logFailure(
    `чтение файла ${file.id}`,
    error instanceof SpreadsheetReadError ? (error.original ?? error) : error,
  );
  if (error instanceof SpreadsheetReadError) return failureMessages.file(error.failure);
  const cause = failureCause(error);
  return cause.kind === 'explained' ? cause.reason : failureMessages.file(cause.kind);
}

function isQuota(error: unknown): boolean {
  return error instanceof SpreadsheetReadError && error.failure === 'quota';
}

type Grids = Map<string, Grid> | { readonly error: string };

/** What the file's sheet list said, when a read had to ask for it. */
export interface SheetListing {
  /** The id (gid) of the roadmap sheet, for «Очередь проверки»'s row links; null without one. */
  readonly roadmapSheetId: number | null;
}

interface SeenListing {
  listing: SheetListing | null;
}

function readGrids(folder: SchoolFolderPort, file: FolderFile, seen: SeenListing): Grids {
  try {
    const grids = folder.readSheets(file.id, SOURCE_SHEET_NAMES);
    return new Map(SOURCE_SHEET_NAMES.map((name, i) => [name, grids[i] ?? []]));
  } catch (error) {
    if (isQuota(error)) throw error;
    if (!(error instanceof SpreadsheetReadError && error.failure === 'missingSheet')) {
      return { error: failureText(file, error) };
    }
  }
  try {
    const titles = folder.sheetTitles(file.id);
    const found = matchSourceSheets(titles.map((sheet) => sheet.title));
    const roadmap = titles.find((sheet) => sheet.title === found.get(ROADMAP_SHEET.name));
    seen.listing = { roadmapSheetId: roadmap?.sheetId ?? null };
    if (!isTemplateWorkbook(found)) return { error: m.notTemplate };
    const names = [...found.keys()];
    const grids = folder.readSheets(
      file.id,
      names.map((name) => found.get(name)!),
    );
    return new Map(names.map((name, i) => [name, grids[i] ?? []]));
  } catch (error) {
    if (isQuota(error)) throw error;
    return { error: failureText(file, error) };
  }
}

type Formats = Map<string, FormatsGrid> | { readonly error: string };

/**
 * The formats of the share cells a plain value cannot tell (a number up to 1, see
 * formatDependentCells): one ranged read of those columns, only for a file that has such a share,
 * so that «Сводка» reads 0,89 as the school's own sheets do (PRODUCT.md §2). A file whose sheets
 * were renamed has spent its three reads: those sheets keep §9's rule (up to 1 a fraction).
 */
function readShareFormats(
  folder: SchoolFolderPort,
  file: FolderFile,
  grids: ReadonlyMap<string, Grid>,
  seen: SeenListing,
): Formats {
  const sheets = SHARE_SHEET_NAMES.filter((name) => grids.has(name));
  const cells = formatDependentCells(grids);
  if (cells.length === 0) return formatsGridsOf(sheets, [], []);
  if (seen.listing) {
    return formatsGridsOf(
      sheets.filter((name) => !cells.some((span) => span.sheet === name)),
      [],
      [],
    );
  }
  try {
    // One batchGet by the template's names sufficed, so the sheets have the template's titles.
    const formats = folder.columnFormats(
      file.id,
      cells.map((span) => ({ ...span, title: span.sheet })),
    );
    return formatsGridsOf(sheets, cells, formats);
  } catch (error) {
    if (isQuota(error)) throw error;
    return { error: failureText(file, error) };
  }
}

/** One school file as «Сводка» and «Очередь проверки» need it, from the same reads. */
export interface SchoolRead {
  readonly entry: SummaryEntry;
  /** The roadmap's measures; empty when the file could not be read or has no roadmap. */
  readonly review: readonly ReviewMeasure[];
  /** What the file's sheet list said when the reads listed it; null when one batchGet sufficed. */
  readonly listing: SheetListing | null;
  /** The file's sheets were read (false: no access, not ours, a failure — nothing is known of it). */
  readonly readable: boolean;
  /** 0-based column of the roadmap's `Ссылка на документ`; null without one. */
  readonly roadmapLinkColumn: number | null;
}

/**
 * Reads one school file: at most two Sheets reads (none for Drive), so that with the roadmap's links
 * (schoolReview.ts) a file costs at most three; a renamed sheet's path is three reads and then reads
 * neither formats nor links.
 */
export function readSchool(
  folder: SchoolFolderPort,
  file: FolderFile,
  view: CuratorView,
  stamp: Date,
): SchoolRead {
  const seen: SeenListing = { listing: null };
  const failed = (error: string): SchoolRead => ({
    entry: {
      fileId: file.id,
      school: file.name,
      metrics: NO_METRICS,
      updatedAt: stamp,
      modifiedAt: file.modifiedAt ?? null,
      modifiedBy: file.modifiedBy ?? '',
      error,
    },
    review: [],
    listing: seen.listing,
    readable: false,
    roadmapLinkColumn: null,
  });
  if (file.kind === 'excel') return failed(m.excelFile);
  const grids = readGrids(folder, file, seen);
  if (!(grids instanceof Map)) return failed(grids.error);
  const formats = readShareFormats(folder, file, grids, seen);
  if (!(formats instanceof Map)) return failed(formats.error);
  let summary: SchoolSummary;
  try {
    summary = summarizeSchool({ fileName: file.name, grids, formats }, view);
  } catch (error) {
    // A cell no rule foresaw must cost this file its row, not the whole folder its summary.
    logFailure(`разбор файла ${file.id}`, error);
    return failed(failureMessages.file('unexpected'));
  }
  return {
    entry: {
      fileId: file.id,
      school: summary.school,
      metrics: summary.metrics,
      updatedAt: stamp,
      modifiedAt: file.modifiedAt ?? null,
      modifiedBy: file.modifiedBy ?? '',
      error: summary.problems.join('; '),
    },
    review: summary.review,
    listing: seen.listing,
    readable: true,
    roadmapLinkColumn: summary.roadmapLinkColumn,
  };
}
