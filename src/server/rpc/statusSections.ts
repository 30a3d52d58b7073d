// The dashboard's roadmap and targets: evaluated now, as of the report date, by the same core as
// «Обновить статусы» (one read of each sheet), and compared with the statuses the sheets show.
import { toIsoDate } from '../../core/dates/calendarDate';
import { Journal } from '../../core/journal/journal';
import { measureStatuses, type TargetStatus, targetStatuses } from '../../core/messages/roadmap';
import type { RoadmapEvaluation, RoadmapKey } from '../../core/roadmap/evaluateRoadmap';
import { isDuplicated, type LocatedTable } from '../../core/table/locateTable';
import type { TargetKey, TargetsEvaluation } from '../../core/targets/evaluateTargets';
import { targetScale } from '../../core/targets/targetValues';
import { ROADMAP_SHEET, TARGETS_SHEET } from '../../core/template/sheets';
import { isBlank, normalizeText } from '../../core/text/normalize';
import type { MeasureLinkDto, RoadmapProgressDto, SectionDto, TargetsDto, ToneDto } from '../../shared/api';
import { readStatuses } from '../io/roadmapReader';
import { findSheet } from '../io/sheetLookup';
import type { DashboardRead } from './dashboard';

/** A sidebar stays readable: the rest of a long list is a count. */
export const MAX_ATTENTION_LINKS = 15;

const TARGET_TONES: Readonly<Record<TargetStatus, ToneDto>> = {
  [targetStatuses.achieved]: 'good',
  [targetStatuses.progress]: 'warn',
  [targetStatuses.noProgress]: 'bad',
  [targetStatuses.worse]: 'bad',
  [targetStatuses.noData]: 'neutral',
};

const cellText = (value: unknown): string => (isBlank(value) ? '' : String(value).trim());

/**
 * The rows whose «Статус» on the sheet is not the one computed now. A duplicated «Статус» is never
 * written (the journal says why): refreshing cannot bring it up to date, so none counts.
 */
function staleRows<K extends string>(
  table: LocatedTable<K | 'status'>,
  cellsByRow: ReadonlyMap<number, Readonly<Record<K | 'status', unknown>>>,
  rows: readonly { readonly rowNumber: number; readonly status: string | null }[],
): number {
  if (isDuplicated(table, 'status')) return 0;
  return rows.filter(
    (r) => normalizeText(cellsByRow.get(r.rowNumber)?.status) !== normalizeText(r.status ?? ''),
  ).length;
}

function roadmapDto(table: LocatedTable<RoadmapKey>, evaluation: RoadmapEvaluation): RoadmapProgressDto {
  const cellsByRow = new Map(table.rows.map((row) => [row.rowNumber, row.cells]));
  const measures = evaluation.rows.filter((r) => r.kind === 'measure');
  const link =
    (kind: MeasureLinkDto['kind']) =>
    (r: (typeof measures)[number]): MeasureLinkDto => {
      const cells = cellsByRow.get(r.rowNumber);
      return {
        kind,
        row: r.rowNumber,
        number: cellText(cells?.number),
        title: r.measure,
        dueDate: r.due ? toIsoDate(r.due) : null,
        curatorComment: cellText(cells?.curatorComment),
      };
    };
  const overdue = measures.filter((r) => r.status === measureStatuses.overdue);
  const sentBack = measures.filter((r) => r.sentBack && r.status !== measureStatuses.overdue);
  const attention = [...overdue.map(link('overdue')), ...sentBack.map(link('sentBack'))];
  const { summary } = evaluation;
  return {
    sheet: ROADMAP_SHEET.name,
    total: summary.total,
    done: summary.done,
    overdue: summary.overdue,
    dueSoon: summary.dueSoon,
    sentBack: summary.sentBack,
    attention: attention.slice(0, MAX_ATTENTION_LINKS),
    attentionMore: Math.max(0, attention.length - MAX_ATTENTION_LINKS),
    staleRows: staleRows(table, cellsByRow, measures),
  };
}

function targetsDto(table: LocatedTable<TargetKey>, evaluation: TargetsEvaluation): TargetsDto {
  const cellsByRow = new Map(table.rows.map((row) => [row.rowNumber, row.cells]));
  const targets = evaluation.rows.filter((r) => r.kind === 'target' && r.status !== null);
  return {
    targets: targets.map((r) => {
      const cells = cellsByRow.get(r.rowNumber);
      return {
        row: r.rowNumber,
        name: r.indicator,
        unit: cellText(cells?.unit),
        // The same scale the core read the values with, so 0.22 is shown as «22 %».
        isShare: cells
          ? targetScale(cells.unit, cells.indicator, [cells.base, cells.plan, cells.fact]) === 'share'
          : false,
        base: r.base,
        plan: r.plan,
        fact: r.fact,
        progress: r.progress !== null && Number.isFinite(r.progress) ? r.progress : null,
        status: r.status!,
        tone: TARGET_TONES[r.status!],
      };
    }),
    achieved: evaluation.summary.achieved,
    staleRows: staleRows(table, cellsByRow, targets),
  };
}

/** Both sections from one read of each sheet (six service calls). */
export function statusSections({ context, settings, timeZone }: DashboardRead): {
  roadmap: SectionDto<RoadmapProgressDto>;
  targets: SectionDto<TargetsDto>;
} {
  const today = settings.reportDate!;
  const read = readStatuses(context.spreadsheet, settings, today, timeZone, new Journal());
  const missing = (name: string) =>
    findSheet(context.spreadsheet, name)
      ? ({ state: 'noData', sheet: name } as const)
      : ({ state: 'noSheet', sheet: name } as const);
  return {
    roadmap: read.roadmap
      ? { state: 'ready', ...roadmapDto(read.roadmap.table, read.roadmap.evaluation) }
      : missing(ROADMAP_SHEET.name),
    targets: read.targets
      ? { state: 'ready', ...targetsDto(read.targets.table, read.targets.evaluation) }
      : missing(TARGETS_SHEET.name),
  };
}
