// Which measures of one school need the curator, and why (PRODUCT.md §7 «Очередь проверки»). The
// statuses are the roadmap core's own (evaluateRoadmap as of the curator's «Дата отчёта»); this
// adds what only the curator acts on: a done measure without a decision, and the evidence.
import type { CalendarDate } from '../dates/calendarDate';
import { REVIEW_REASON_ORDER, type ReviewReasonKey, reviewMessages, reviewReasons } from '../messages/review';
import { type MeasureStatus, measureStatuses } from '../messages/roadmap';
import { type RoadmapEvaluation, type RoadmapKey, roadmapCellText } from '../roadmap/evaluateRoadmap';
import type { LocatedTable } from '../table/locateTable';
import { documentUrl, type EvidenceLink, parseEvidenceLink, rowUrl } from './evidenceLink';

/** What Drive's metadata says about a linked document (files.get; never its content). */
export type EvidenceCheck =
  | { readonly state: 'present'; readonly name: string }
  | { readonly state: 'trashed'; readonly name: string }
  /** 404 (or 403): deleted, or never shared with the curator; Drive does not tell which. */
  | { readonly state: 'unavailable' }
  /** A passing failure (rate limit, 5xx): the next refresh checks again. */
  | { readonly state: 'failed'; readonly detail: string };

/** One measure of the roadmap with what the curator has to look at, before the evidence check. */
export interface ReviewMeasure {
  readonly rowNumber: number;
  readonly number: string;
  readonly measure: string;
  readonly due: CalendarDate | null;
  readonly status: MeasureStatus;
  /** Reasons known from the school's cells alone, in §7 order. */
  readonly reasons: readonly ReviewReasonKey[];
  /** Done, and the curator has not decided (blank or unreadable `Решение куратора`). */
  readonly awaitingDecision: boolean;
  /** The evidence of a done measure; 'none' for a measure not done (its link is a draft). */
  readonly evidence: EvidenceLink;
}

/**
 * Every measure of the evaluated roadmap with its review reasons. Rows are matched to the
 * evaluation by sheet row; headings and blank rows are not measures.
 */
export function reviewMeasures(
  table: LocatedTable<RoadmapKey>,
  evaluation: RoadmapEvaluation,
): ReviewMeasure[] {
  const cellsByRow = new Map(table.rows.map((row) => [row.rowNumber, row.cells]));
  const measures: ReviewMeasure[] = [];
  for (const row of evaluation.rows) {
    const cells = cellsByRow.get(row.rowNumber);
    if (row.kind !== 'measure' || row.status === null || !cells) continue;
    // As evaluateRoadmap read them: an unreadable checkbox, journalled there, counts as not done.
    const { done, decision } = row;
    const awaitingDecision = done && decision !== 'accepted' && decision !== 'sentBack';
    const evidence: EvidenceLink = done ? parseEvidenceLink(cells.documentLink ?? '') : { kind: 'none' };
    const reasons: ReviewReasonKey[] = [];
    if (awaitingDecision) reasons.push('awaitingDecision');
    if (done && evidence.kind === 'none') reasons.push('noDocument');
    if (evidence.kind === 'notDrive') reasons.push('notDriveFile');
    if (row.status === measureStatuses.overdue) reasons.push('overdue');
    if (row.status === measureStatuses.dueSoon) reasons.push('dueSoon');
    if (row.sentBack) reasons.push('sentBack');
    measures.push({
      rowNumber: row.rowNumber,
      number: roadmapCellText(cells.number),
      measure: row.measure,
      due: row.due,
      status: row.status,
      reasons,
      awaitingDecision,
      evidence,
    });
  }
  return measures;
}

/**
 * The measures with the links Sheets keeps behind a cell's text: a school often writes
 * «Протокол № 3» and links the word (Insert → Link, or =HYPERLINK), so the value names no file but
 * the cell does. Such a done measure is checked by that link, and is no longer «not a Drive file».
 */
export function withCellLinks(
  measures: readonly ReviewMeasure[],
  linkAt: (rowNumber: number) => string | null,
): ReviewMeasure[] {
  return measures.map((m) => {
    if (m.evidence.kind !== 'notDrive') return m;
    const link = parseEvidenceLink(linkAt(m.rowNumber) ?? '');
    if (link.kind !== 'drive') return m;
    return { ...m, evidence: link, reasons: m.reasons.filter((reason) => reason !== 'notDriveFile') };
  });
}

/** The sheet rows whose text names no Drive file: where a link behind the text is worth asking for. */
export function rowsWithoutDriveLink(measures: readonly ReviewMeasure[]): number[] {
  return measures.filter((m) => m.evidence.kind === 'notDrive').map((m) => m.rowNumber);
}

/** The Drive ids to check, each once, in row order. */
export function documentsToCheck(measures: readonly ReviewMeasure[]): string[] {
  const ids = new Set<string>();
  for (const m of measures) if (m.evidence.kind === 'drive') ids.add(m.evidence.id);
  return [...ids];
}

/** A row of «Очередь проверки» as the add-on computes it. */
export interface QueueEntry {
  readonly fileId: string;
  readonly school: string;
  readonly rowNumber: number;
  readonly number: string;
  readonly measure: string;
  readonly due: CalendarDate | null;
  readonly status: MeasureStatus;
  /** `Что проверить`: every reason, in §7 order. */
  readonly reasons: string;
  /** `Строка`: the school's file on the measure's row. */
  readonly rowLink: string;
  /** `Документ`: rebuilt from the Drive id; '' when the measure links no Drive item. */
  readonly documentLink: string;
}

export interface SchoolOfQueue {
  readonly fileId: string;
  readonly school: string;
  /** The id (gid) of the school's roadmap sheet; null when unknown. */
  readonly roadmapSheetId: number | null;
}

function evidenceReason(check: EvidenceCheck | undefined): ReviewReasonKey | 'failed' | null {
  if (!check) return 'failed';
  if (check.state === 'trashed') return 'documentTrashed';
  if (check.state === 'unavailable') return 'documentUnavailable';
  if (check.state === 'failed') return 'failed';
  return null;
}

function reasonText(key: ReviewReasonKey): string {
  return key === 'documentUnavailable' ? reviewMessages.unavailable : reviewReasons[key];
}

/**
 * The school's rows of the queue: the measures with at least one reason once the evidence is
 * known. A Drive id missing from `checks` was not checked (the check failed): it says so.
 */
export function queueEntries(
  school: SchoolOfQueue,
  measures: readonly ReviewMeasure[],
  checks: ReadonlyMap<string, EvidenceCheck>,
): QueueEntry[] {
  const entries: QueueEntry[] = [];
  for (const m of measures) {
    const keys = new Set(m.reasons);
    let failed = false;
    if (m.evidence.kind === 'drive') {
      const found = evidenceReason(checks.get(m.evidence.id));
      if (found === 'failed') failed = true;
      else if (found) keys.add(found);
    }
    if (keys.size === 0 && !failed) continue;
    const reasons = REVIEW_REASON_ORDER.filter((key) => keys.has(key)).map(reasonText);
    if (failed) reasons.push(reviewMessages.notChecked);
    entries.push({
      fileId: school.fileId,
      school: school.school,
      rowNumber: m.rowNumber,
      number: m.number,
      measure: m.measure,
      due: m.due,
      status: m.status,
      reasons: reasons.join(reviewMessages.separator),
      rowLink: rowUrl(school.fileId, school.roadmapSheetId, m.rowNumber),
      documentLink: m.evidence.kind === 'drive' ? documentUrl(m.evidence.id) : '',
    });
  }
  return entries;
}
