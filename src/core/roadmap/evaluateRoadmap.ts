// The roadmap as of the report date: each measure's `Срок (дата)`, `Статус` and `Замечания`, and the
// summary the dashboard and the curator's «Сводка» show. Pure: the menu action, the sidebar and the
// curator summary (over other schools' grids) all run this on a located table.
import { type CalendarDate, compareDates, formatRussianDate } from '../dates/calendarDate';
import { dateCellText } from '../dates/oddDate';
import type { Journal } from '../journal/journal';
import { type MeasureStatus, roadmapMessages as m, measureStatuses } from '../messages/roadmap';
import type { Settings } from '../settings/settings';
import type { LocatedTable, TableRow } from '../table/locateTable';
import type { KeyOf } from '../table/schema';
import { ROADMAP_SHEET } from '../template/sheets';
import { isBlank } from '../text/normalize';
import { deadlineContextOf } from './deadlineContext';
import { type CuratorDecision, readCuratorDecision, readDone, readOptionalDate } from './measureCells';
import { isDoneStatus, measureStatus } from './measureStatus';
import { type DeadlineResult, parseDeadlineCell } from './parseDeadline';
import { isSectionHeading } from './sectionHeading';

export type RoadmapKey = KeyOf<typeof ROADMAP_SHEET>;

export interface MeasureEvaluation {
  /** 1-based sheet row, for the journal and for links to the cell. */
  readonly rowNumber: number;
  readonly kind: 'measure' | 'heading' | 'blank';
  readonly measure: string;
  readonly deadlineText: string;
  readonly deadline: DeadlineResult | null;
  readonly due: CalendarDate | null;
  /** Null for headings and blank rows: their output cells stay empty. */
  readonly status: MeasureStatus | null;
  readonly remarks: readonly string[];
  readonly sentBack: boolean;
  /** `Выполнено` as read (an unreadable cell, journalled, counts as not done); false off measures. */
  readonly done: boolean;
  /** `Решение куратора` as read; 'none' off measures. */
  readonly decision: CuratorDecision;
}

export interface RoadmapSummary {
  readonly total: number;
  readonly done: number;
  /** done / total as a fraction; null without measures. */
  readonly doneShare: number | null;
  readonly overdue: number;
  readonly dueSoon: number;
  readonly inProgress: number;
  readonly noDeadline: number;
  readonly sentBack: number;
}

export interface RoadmapEvaluation {
  readonly today: CalendarDate;
  readonly rows: readonly MeasureEvaluation[];
  readonly summary: RoadmapSummary;
}

const header = (key: RoadmapKey): string => ROADMAP_SHEET.columns.find((c) => c.key === key)!.header;

/** A cell as the roadmap shows it: a date as written, anything else trimmed. */
export function roadmapCellText(value: unknown): string {
  if (value instanceof Date) return dateCellText(value);
  return isBlank(value) ? '' : String(value).trim();
}

function evaluateMeasure(
  row: TableRow<RoadmapKey>,
  settings: Settings,
  today: CalendarDate,
  timeZone: string,
  journal: Journal,
): MeasureEvaluation {
  const { cells, rowNumber } = row;
  const report = (key: RoadmapKey, problem: string, fix: string): void =>
    journal.add({
      sheet: ROADMAP_SHEET.name,
      row: rowNumber,
      column: header(key),
      value: cells[key],
      problem,
      fix,
    });

  const deadline = parseDeadlineCell(cells.deadline, timeZone, deadlineContextOf(settings, today));
  if (!deadline.found && deadline.problem !== 'blank' && deadline.problem !== 'undated')
    report(
      'deadline',
      m.deadlineProblem(deadline.reason),
      deadline.problem === 'needsSettings' ? m.settingsFix : m.deadlineFix,
    );
  let done = readDone(cells.done);
  if (done === null) {
    report('done', m.doneUnreadable, m.doneFix);
    done = false;
  }
  let doneDate = readOptionalDate(cells.doneDate, timeZone);
  if (doneDate === undefined) {
    report('doneDate', m.doneDateUnreadable, m.doneDateFix);
    doneDate = null;
  }
  const decision = readCuratorDecision(cells.curatorDecision);
  if (decision === 'unknown') report('curatorDecision', m.decisionUnknown, m.decisionFix);

  const due = deadline.found ? deadline.date : null;
  const status = measureStatus({ due, done, doneDate }, today, settings.daysBeforeDeadline);
  const remarks: string[] = [];
  const sentBack = decision === 'sentBack';
  if (sentBack) {
    const comment = roadmapCellText(cells.curatorComment);
    remarks.push(comment ? m.remarkSentBackWithComment(comment) : m.remarkSentBack);
  }
  if (done && isBlank(cells.documentLink)) remarks.push(m.remarkNoLink);
  if (doneDate && compareDates(doneDate, today) > 0)
    remarks.push(m.remarkFutureDoneDate(formatRussianDate(doneDate)));
  if (doneDate && !done) remarks.push(m.remarkDateWithoutCheckbox);
  if (!deadline.found && !done) remarks.push(m.remarkNoDeadline(deadline.reason));
  // Seed 001_… plans a 2024 programme with «Июнь 2023»: most likely a mistyped year.
  if (due && settings.programStart && compareDates(due, settings.programStart) < 0)
    remarks.push(m.remarkBeforeProgramme(formatRussianDate(settings.programStart)));
  return {
    rowNumber,
    kind: 'measure',
    measure: roadmapCellText(cells.measure),
    deadlineText: roadmapCellText(cells.deadline),
    deadline,
    due,
    status,
    remarks,
    sentBack,
    done,
    decision,
  };
}

function summarize(rows: readonly MeasureEvaluation[]): RoadmapSummary {
  const measures = rows.filter((r) => r.kind === 'measure');
  const count = (status: MeasureStatus): number => measures.filter((r) => r.status === status).length;
  const done = measures.filter((r) => r.status !== null && isDoneStatus(r.status)).length;
  return {
    total: measures.length,
    done,
    doneShare: measures.length > 0 ? done / measures.length : null,
    overdue: count(measureStatuses.overdue),
    dueSoon: count(measureStatuses.dueSoon),
    inProgress: count(measureStatuses.inProgress),
    noDeadline: count(measureStatuses.noDeadline),
    sentBack: measures.filter((r) => r.sentBack).length,
  };
}

/**
 * Evaluates every row of «Дорожная карта» as of `today` (the report date). Headings and blank rows
 * get no status; a cell that cannot be read goes to the journal and the rest of the row still counts.
 */
export function evaluateRoadmap(
  table: LocatedTable<RoadmapKey>,
  settings: Settings,
  today: CalendarDate,
  journal: Journal,
  timeZone = 'Europe/Moscow',
): RoadmapEvaluation {
  const inputKeys = table.schema.columns
    .filter((c) => !c.output && table.columnIndex[c.key] !== undefined)
    .map((c) => c.key);
  const rows = table.rows.map((row): MeasureEvaluation => {
    // An unticked checkbox reads false, so template rows below the data are not blank to locateTable.
    const empty = row.blank || inputKeys.every((k) => isBlank(row.cells[k]) || row.cells[k] === false);
    if (empty || isSectionHeading(row.cells, inputKeys)) {
      return {
        rowNumber: row.rowNumber,
        kind: empty ? 'blank' : 'heading',
        measure: roadmapCellText(row.cells.measure) || roadmapCellText(row.cells.number),
        deadlineText: '',
        deadline: null,
        due: null,
        status: null,
        remarks: [],
        sentBack: false,
        done: false,
        decision: 'none',
      };
    }
    return evaluateMeasure(row, settings, today, timeZone, journal);
  });
  return { today, rows, summary: summarize(rows) };
}
