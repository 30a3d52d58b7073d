// One school file for «Сводка» and «Очередь проверки» in one go (PRODUCT.md §7): its sheets (at
// most three Sheets reads, schoolFile.ts), the id of its roadmap sheet for the row links, then each
// linked document through Drive's metadata, at most one Drive call per document in a run.
//
// Order matters for «a stop and resume checks every document exactly once»: every read that can
// answer «quota» (and so make the run retry or stop on this file) comes before the first Drive
// check; after the checks nothing can fail, so a file is either done whole in a run or not begun.
import {
  documentsToCheck,
  type EvidenceCheck,
  type QueueEntry,
  queueEntries,
  type ReviewMeasure,
  rowsWithoutDriveLink,
  withCellLinks,
} from '../../core/review/reviewQueue';
import type { CuratorView } from '../../core/summary/schoolSummary';
import type { SummaryEntry } from '../../core/summary/summaryEntry';
import { ROADMAP_SHEET } from '../../core/template/sheets';
import { SpreadsheetReadError } from '../platform/spreadsheetReadError';
import type { FolderFile, SchoolFolderPort, SheetLinks } from '../platform/surface';
import { readSchool, type SchoolRead } from './schoolFile';

export interface SchoolReview {
  readonly entry: SummaryEntry;
  /**
   * The school's rows of «Очередь проверки»; empty when nothing needs the curator; null when the
   * file could not be read (its earlier rows then stay: a passing failure must not empty them).
   */
  readonly queue: readonly QueueEntry[] | null;
}

/** Documents checked in this run, by Drive id: a document linked twice costs one call. */
export type CheckedDocuments = Map<string, EvidenceCheck>;

/** The roadmap could go into the queue: then its row links need the sheet's id. */
function mayNeedCurator(review: readonly ReviewMeasure[]): boolean {
  return review.some((m) => m.reasons.length > 0 || m.evidence.kind === 'drive');
}

const NO_LINKS: SheetLinks = { sheetId: null, links: new Map() };

/**
 * The roadmap sheet's id and the links behind the text of its `Ссылка на документ` cells, in one
 * read. When the file's sheet list was already read (a renamed sheet: three reads done), its id
 * comes from there and the links behind the text stay unknown. A quota answer escapes (nothing is
 * checked yet); any other failure leaves the row links without their row.
 */
function roadmapLinksOf(folder: SchoolFolderPort, file: FolderFile, read: SchoolRead): SheetLinks {
  if (read.listing) return { sheetId: read.listing.roadmapSheetId, links: new Map() };
  const rows = rowsWithoutDriveLink(read.review);
  const cells =
    read.roadmapLinkColumn !== null && rows.length > 0
      ? { column: read.roadmapLinkColumn, firstRow: Math.min(...rows), lastRow: Math.max(...rows) }
      : null;
  try {
    // One batchGet by the template's names sufficed, so the roadmap has the template's title.
    return folder.sheetLinks(file.id, ROADMAP_SHEET.name, cells);
  } catch (error) {
    if (error instanceof SpreadsheetReadError && error.failure === 'quota') throw error;
    return NO_LINKS;
  }
}

/** Reads one school file, checks its evidence, and gives its «Сводка» entry and queue rows. */
export function reviewSchoolFile(
  folder: SchoolFolderPort,
  file: FolderFile,
  view: CuratorView,
  stamp: Date,
  checked: CheckedDocuments,
): SchoolReview {
  const read = readSchool(folder, file, view, stamp);
  if (!read.readable) return { entry: read.entry, queue: null };
  if (!mayNeedCurator(read.review)) return { entry: read.entry, queue: [] };
  const roadmap = roadmapLinksOf(folder, file, read);
  const review = withCellLinks(read.review, (row) => roadmap.links.get(row) ?? null);
  for (const id of documentsToCheck(review)) {
    if (!checked.has(id)) checked.set(id, folder.checkDocument(id));
  }
  const school = { fileId: file.id, school: read.entry.school, roadmapSheetId: roadmap.sheetId };
  return { entry: read.entry, queue: queueEntries(school, review, checked) };
}
