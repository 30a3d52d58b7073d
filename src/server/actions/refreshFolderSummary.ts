// «Обновить сводку по папке» (PRODUCT.md §7) and its chunked form for the curator sidebar. One run:
// read the curator's settings, «Сводка» and «Очередь проверки» once → list the folder → read school
// files (and check their linked documents) until the time budget is spent → write «Сводка» and
// «Очередь проверки» once each → keep or clear the cursor → toast. The queue needs no cursor of its
// own: a file is read and checked whole within one run, and «Сводка»'s stamps say which are done.
import { fromInstant } from '../../core/dates/calendarDate';
import { ExplainedError } from '../../core/failures/explainedError';
import type { Journal } from '../../core/journal/journal';
import { MENU_TITLE, menuLabels } from '../../core/messages/menu';
import { summaryMessages as m } from '../../core/messages/summary';
import {
  checksInQueue,
  mergeQueue,
  type QueueRow,
  queueCells,
  readQueueSheet,
} from '../../core/review/queueSheet';
import {
  type CollectionCursor,
  CURSOR_PROPERTY,
  decodeCursor,
  encodeCursor,
  passFor,
  readInPass,
  readStamp,
} from '../../core/summary/collectionCursor';
import { parseDriveId } from '../../core/summary/driveIds';
import { isReadFailure } from '../../core/summary/readFailure';
import type { CuratorView } from '../../core/summary/schoolSummary';
import type { SummaryEntry } from '../../core/summary/summaryEntry';
import { SUMMARY_COLUMN } from '../../core/summary/summaryEntry';
import {
  isFlagged,
  lastReadByFile,
  latestStamp,
  mergeSummary,
  readSummarySheet,
  type SummaryRow,
  type SummarySheetState,
} from '../../core/summary/summarySheet';
import { REVIEW_QUEUE_SHEET, SETTINGS_SHEET, SUMMARY_SHEET } from '../../core/template/sheets';
import type { FolderSummaryProgressDto } from '../../shared/api';
import type { AddonContext } from '../context';
import { type CheckedDocuments, reviewSchoolFile } from '../io/schoolReview';
import { readSettings } from '../io/settingsReader';
import { readGrid } from '../io/tables';
import { SpreadsheetReadError } from '../platform/spreadsheetReadError';
import type { FolderFile, SchoolFolderPort } from '../platform/surface';
import { type ActionResult, runAction } from './runAction';
import { writeReviewQueue } from './writeReviewQueue';
import { writeSummarySheet } from './writeSummarySheet';

/** An execution may run 6 minutes; the rest of the 4.5 is left for writing «Сводка». */
export const RUN_BUDGET_MS = 270_000;
/** A sidebar chunk is short, so that its progress bar moves. */
export const CHUNK_BUDGET_MS = 30_000;

export interface CollectOptions {
  /** Time for reading files in this run, measured with context.now(). */
  readonly budgetMs?: number;
  /** Forget an unfinished pass and start a new one. */
  readonly restart?: boolean;
  /** Show the toast (the menu) or not (the sidebar draws its own progress). */
  readonly toast?: boolean;
}

/** What a run did, for the toast and for the sidebar's progress bar. */
export interface CollectProgress {
  /** Nothing is left to read in this pass (or there was nothing to do). */
  readonly finished: boolean;
  /** Files of the folder read in this pass so far. */
  readonly processed: number;
  /** Files in the folder; null when the folder could not be listed. */
  readonly total: number | null;
  /** Files read in this pass that are school workbooks, with or without remarks on their data. */
  readonly schools: number;
  /** Files of this pass that could not be read, with their «Ошибка». */
  readonly errors: readonly { readonly file: string; readonly message: string }[];
  /** Schools read in this pass whose data has remarks in «Ошибка». */
  readonly remarks: readonly { readonly file: string; readonly message: string }[];
  readonly message: string;
}

interface Folder {
  readonly id: string;
  readonly name: string;
}

function settingProblem(journal: Journal, value: string, problem: string, fix: string): string {
  journal.add({ sheet: SETTINGS_SHEET.name, row: null, column: 'Папка школ', value, problem, fix });
  // One sentence for the toast and the sidebar: what is wrong — what to do.
  return `${problem} — ${fix.charAt(0).toLowerCase()}${fix.slice(1)}.`;
}

function openFolder(
  folder: SchoolFolderPort,
  reference: string,
  journal: Journal,
): Folder | { readonly problem: string } {
  if (reference.trim() === '')
    return { problem: settingProblem(journal, reference, m.folderMissing, m.folderMissingFix) };
  const id = parseDriveId(reference);
  if (!id) return { problem: settingProblem(journal, reference, m.folderUnreadable, m.folderUnreadableFix) };
  const lookup = folder.lookUpFolder(id);
  if (lookup.status === 'unavailable') {
    return {
      problem: settingProblem(journal, reference, m.folderNotFound(lookup.detail), m.folderNotFoundFix),
    };
  }
  if (lookup.status === 'notFolder') {
    return { problem: settingProblem(journal, reference, m.notAFolder(lookup.name), m.notAFolderFix) };
  }
  return { id: lookup.id, name: lookup.name };
}

function rowName(row: SummaryRow): string {
  return String(row.own[SUMMARY_COLUMN.school] ?? '');
}

function progressOf(
  state: SummarySheetState,
  files: readonly FolderFile[],
  cursor: CollectionCursor,
): Pick<CollectProgress, 'processed' | 'schools' | 'errors' | 'remarks'> & {
  flagged: number;
  overdue: number;
} {
  const listed = new Set(files.map((f) => f.id));
  const inPass = state.rows.filter(
    (row) =>
      row.fileId !== null && listed.has(row.fileId) && readInPass(row.own[SUMMARY_COLUMN.updatedAt], cursor),
  );
  const errorOf = (row: SummaryRow): string => String(row.own[SUMMARY_COLUMN.error] ?? '');
  const listedAs = (row: SummaryRow) => ({ file: rowName(row), message: errorOf(row) });
  // A school read with remarks on its data is read: counted, its remarks listed apart.
  const unread = inPass.filter((row) => isReadFailure(errorOf(row)));
  const withRemarks = inPass.filter((row) => errorOf(row) !== '' && !isReadFailure(errorOf(row)));
  const sum = (rows: readonly SummaryRow[], pick: (row: SummaryRow) => number): number =>
    rows.reduce((total, row) => total + pick(row), 0);
  return {
    processed: new Set(inPass.map((row) => row.fileId)).size,
    schools: inPass.length - unread.length,
    errors: unread.map(listedAs),
    remarks: withRemarks.map(listedAs),
    flagged: inPass.filter(isFlagged).length,
    overdue: sum(inPass, (row) => {
      const value = row.own[SUMMARY_COLUMN.overdue];
      return typeof value === 'number' ? value : 0;
    }),
  };
}

/**
 * Reads the next files of the folder in `Папка школ` into «Сводка» within the time budget and
 * says how far the pass got. Running it again continues the pass; a finished pass clears the cursor.
 */
export function collectFolderSummary(
  context: AddonContext,
  folder: SchoolFolderPort,
  options: CollectOptions = {},
): { readonly result: ActionResult; readonly progress: CollectProgress } {
  const startedAt = context.now().getTime();
  const budgetMs = options.budgetMs ?? RUN_BUDGET_MS;
  let progress: CollectProgress = {
    finished: true,
    processed: 0,
    total: null,
    schools: 0,
    errors: [],
    remarks: [],
    message: '',
  };
  const result = runAction(
    context,
    menuLabels.refreshSummary,
    ({ journal, timeZone }) => {
      const { spreadsheet, documentProperties } = context;
      const settings = readSettings(spreadsheet, timeZone, journal);
      const opened = openFolder(folder, settings.schoolsFolder, journal);
      if ('problem' in opened) {
        if (options.toast ?? true) context.ui?.alert(MENU_TITLE, opened.problem);
        progress = { ...progress, message: opened.problem };
        return { summary: opened.problem };
      }
      const read = readSummarySheet(readGrid(spreadsheet, SUMMARY_SHEET.name)?.grid ?? null);
      // Thrown, so that runAction reports it and nothing is written over the curator's data.
      if (!read.ok) throw new ExplainedError(read.problem);
      const queueRead = readQueueSheet(readGrid(spreadsheet, REVIEW_QUEUE_SHEET.name)?.grid ?? null);
      if (!queueRead.ok) throw new ExplainedError(queueRead.problem);
      const ownId = spreadsheet.getId();
      const files = folder.listSpreadsheets(opened.id).filter((file) => file.id !== ownId);
      const saved = decodeCursor(documentProperties.getProperty(CURSOR_PROPERTY));
      const { cursor } = passFor(
        saved,
        opened.id,
        context.now(),
        options.restart ?? false,
        latestStamp(read.state),
      );
      const lastRead = lastReadByFile(read.state);
      const pending = files.filter((file) => !readInPass(lastRead.get(file.id), cursor));
      const view: CuratorView = {
        reportDate: settings.reportDate ?? fromInstant(context.now(), timeZone),
        timeZone,
      };

      const fresh: SummaryEntry[] = [];
      const freshQueue = new Map<string, QueueRow[]>();
      // Documents the queue already answered for in this pass are not asked of Drive again.
      const checked: CheckedDocuments = checksInQueue(queueRead.rows, (fileId) =>
        readInPass(lastRead.get(fileId), cursor),
      );
      let slowestMs = 0;
      let quotaHit = false;
      let pauses = 0;
      for (let i = 0; i < pending.length; ) {
        const file = pending[i]!;
        const before = context.now().getTime();
        if (before - startedAt + slowestMs > budgetMs) break;
        try {
          const review = reviewSchoolFile(folder, file, view, readStamp(context.now(), cursor), checked);
          fresh.push(review.entry);
          if (review.queue) {
            freshQueue.set(
              file.id,
              review.queue.map((entry) => ({ fileId: file.id, cells: queueCells(entry, timeZone) })),
            );
          }
        } catch (error) {
          if (!(error instanceof SpreadsheetReadError && error.failure === 'quota')) throw error;
          // Google allows 60 reads a minute per user: wait for the next minute while the run's
          // budget allows, rather than stop a long folder after every sixty files.
          const elapsed = context.now().getTime() - startedAt;
          if (pauses >= MAX_QUOTA_PAUSES || elapsed + QUOTA_PAUSE_MS + slowestMs > budgetMs) {
            quotaHit = true;
            break;
          }
          folder.pause(QUOTA_PAUSE_MS);
          pauses++;
          continue;
        }
        pauses = 0;
        i++;
        slowestMs = Math.max(slowestMs, context.now().getTime() - before);
      }

      // The queue first: «Сводка»'s stamps are what marks a file done in this pass, so a queue
      // write that fails must leave them unwritten (the files are read again), never the reverse.
      const listed = new Set(files.map((f) => f.id));
      const queue = mergeQueue(queueRead.rows, freshQueue, listed);
      // Written whenever «Сводка» is: an empty queue (headers only) tells the curator, and the
      // curator view, that nothing waits — a missing sheet would mean «not collected yet». (Fresh
      // rows come from listed files only, so without files or earlier rows the queue is empty.)
      if (files.length > 0 || queueRead.rows.length > 0) {
        writeReviewQueue(
          spreadsheet,
          queue.map((row) => row.cells),
        );
      }
      const merged = mergeSummary(read.state, fresh, listed);
      if (files.length > 0 || read.state.rows.length > 0) writeSummarySheet(spreadsheet, merged);
      const left = pending.length - fresh.length;
      if (left === 0) documentProperties.deleteProperty(CURSOR_PROPERTY);
      else documentProperties.setProperty(CURSOR_PROPERTY, encodeCursor(cursor));

      const counts = progressOf(merged, files, cursor);
      const total = files.length;
      const message =
        total === 0
          ? m.emptyFolder(opened.name)
          : left === 0
            ? m.finished(total, counts.errors.length, counts.flagged, counts.overdue, counts.remarks.length)
            : quotaHit
              ? m.quotaPaused(counts.processed, total)
              : m.paused(counts.processed, total);
      progress = {
        finished: left === 0,
        processed: counts.processed,
        total,
        schools: counts.schools,
        errors: counts.errors,
        remarks: counts.remarks,
        message,
      };
      return { summary: message };
    },
    { toast: options.toast ?? true },
  );
  if (!result.ok) progress = { ...progress, finished: true, message: result.message };
  return { result, progress };
}

/** A wait after a quota answer: the per-minute quota frees up within a minute. */
const QUOTA_PAUSE_MS = 20_000;
const MAX_QUOTA_PAUSES = 3;

/** The menu action: one run of up to 4.5 minutes; the toast says how many files are left. */
export function refreshFolderSummary(context: AddonContext, folder: SchoolFolderPort): ActionResult {
  return collectFolderSummary(context, folder).result;
}

/** The sidebar shows the first errors; the rest are in «Сводка» → «Ошибка». */
const ERRORS_SHOWN = 50;

/**
 * One chunk of the sidebar's «Собрать» (FolderSummaryApi): a short run that reports its progress
 * as JSON-safe data. `restart` is validated: the function is callable from any browser.
 */
export function collectFolderSummaryStep(
  context: AddonContext,
  folder: SchoolFolderPort,
  restart: unknown,
): FolderSummaryProgressDto {
  // The sidebar shows every message itself: no modal dialog may open on top of it (ui: null).
  const { progress } = collectFolderSummary({ ...context, ui: null }, folder, {
    budgetMs: CHUNK_BUDGET_MS,
    restart: restart === true,
    toast: false,
  });
  return {
    done: progress.finished,
    processed: progress.processed,
    total: progress.total,
    schools: progress.schools,
    errors: progress.errors.slice(0, ERRORS_SHOWN).map((e) => ({ file: e.file, message: e.message })),
    remarks: progress.remarks.slice(0, ERRORS_SHOWN).map((e) => ({ file: e.file, message: e.message })),
    message: progress.message,
  };
}
