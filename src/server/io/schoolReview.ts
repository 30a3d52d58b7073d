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
} from '../../core/review/reviewQueue';
import type { CuratorView } from '../../core/summary/schoolSummary';
import { matchSourceSheets } from '../../core/summary/schoolWorkbook';
import type { SummaryEntry } from '../../core/summary/summaryEntry';
import { ROADMAP_SHEET } from '../../core/template/sheets';
import { SpreadsheetReadError } from '../platform/spreadsheetReadError';
import type { FolderFile, SchoolFolderPort, SheetTitle } from '../platform/surface';
import { readSchool } from './schoolFile';

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

function roadmapSheetId(titles: readonly SheetTitle[]): number | null {
  const title = matchSourceSheets(titles.map((t) => t.title)).get(ROADMAP_SHEET.name);
  return titles.find((t) => t.title === title)?.sheetId ?? null;
}

/** The sheet list when the reads did not give it; a quota answer escapes (nothing is checked yet). */
function sheetIdOf(
  folder: SchoolFolderPort,
  file: FolderFile,
  titles: readonly SheetTitle[] | null,
): number | null {
  if (titles) return roadmapSheetId(titles);
  try {
    return roadmapSheetId(folder.sheetTitles(file.id));
  } catch (error) {
    if (error instanceof SpreadsheetReadError && error.failure === 'quota') throw error;
    // The values were read a moment ago: the links then open the file, without the row.
    return null;
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
  const sheetId = sheetIdOf(folder, file, read.titles);
  for (const id of documentsToCheck(read.review)) {
    if (!checked.has(id)) checked.set(id, folder.checkDocument(id));
  }
  const school = { fileId: file.id, school: read.entry.school, roadmapSheetId: sheetId };
  return { entry: read.entry, queue: queueEntries(school, read.review, checked) };
}
