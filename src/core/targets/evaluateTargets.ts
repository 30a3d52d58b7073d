// «Целевые показатели» as of now: each indicator's progress and status, and how many are achieved
// (PRODUCT.md §6). Pure, like the roadmap: the action, the sidebar and the curator summary share it.
import type { Journal } from '../journal/journal';
import { targetMessages as m, type TargetStatus, targetStatuses } from '../messages/roadmap';
import { type NumberFormats, shareScaleAt } from '../numbers/shareScale';
import type { LocatedTable, TableRow } from '../table/locateTable';
import type { KeyOf } from '../table/schema';
import { BETTER_LESS, BETTER_MORE, TARGETS_SHEET } from '../template/sheets';
import { isBlank } from '../text/normalize';
import { readBetterWhen, targetDirection, targetProgress } from './targetProgress';
import { planWords, readTargetValue, targetScale } from './targetValues';

export type TargetKey = KeyOf<typeof TARGETS_SHEET>;

export interface TargetEvaluation {
  readonly rowNumber: number;
  readonly kind: 'target' | 'heading' | 'blank';
  readonly indicator: string;
  readonly base: number | null;
  readonly plan: number | null;
  readonly fact: number | null;
  readonly progress: number | null;
  readonly status: TargetStatus | null;
}

export interface TargetsSummary {
  readonly total: number;
  readonly achieved: number;
  readonly progress: number;
  readonly noProgress: number;
  readonly worse: number;
  readonly noData: number;
}

export interface TargetsEvaluation {
  readonly rows: readonly TargetEvaluation[];
  readonly summary: TargetsSummary;
}

const header = (key: TargetKey): string => TARGETS_SHEET.columns.find((c) => c.key === key)!.header;

function evaluateTarget(
  row: TableRow<TargetKey>,
  rowIndex: number,
  formats: NumberFormats<TargetKey> | null,
  journal: Journal,
): TargetEvaluation {
  const { cells, rowNumber } = row;
  const report = (key: TargetKey, problem: string, fix: string): void =>
    journal.add({
      sheet: TARGETS_SHEET.name,
      row: rowNumber,
      column: header(key),
      value: cells[key],
      problem,
      fix,
    });
  const scale = targetScale(cells.unit, cells.indicator, [cells.base, cells.plan, cells.fact]);
  const read = (key: 'base' | 'plan' | 'fact'): number | null => {
    const value = readTargetValue(cells[key], scale, shareScaleAt(formats, key, rowIndex));
    if (value !== undefined) return value;
    report(key, m.valueUnreadable, m.valueFix);
    return null;
  };
  const base = read('base');
  const plan = read('plan');
  const fact = read('fact');
  let betterWhen = readBetterWhen(cells.betterWhen);
  if (betterWhen === undefined) {
    report('betterWhen', m.directionUnknown, m.directionFix);
    betterWhen = null;
  }
  const words = betterWhen === null ? planWords(cells.plan) : null;
  if (
    betterWhen &&
    base !== null &&
    plan !== null &&
    plan !== base &&
    targetDirection(null, base, plan) !== betterWhen
  )
    report(
      'betterWhen',
      m.directionConflict(betterWhen === 'more' ? BETTER_MORE : BETTER_LESS),
      m.directionConflictFix,
    );
  // `Лучше, когда` first; when blank, the plan's words («не ниже 3,80»). «до 10 %» is a cap, unless
  // the plan is above the base: «с 20 % до 100 %» is a rise (seed 001_…).
  const rise = base !== null && plan !== null && plan > base;
  const direction = betterWhen ?? (words === 'upTo' ? (rise ? 'more' : 'less') : words);
  const result = targetProgress(base, plan, fact, direction);
  return {
    rowNumber,
    kind: 'target',
    indicator: String(cells.indicator).trim(),
    base,
    plan,
    fact,
    progress: result.progress,
    status: result.status,
  };
}

/**
 * Evaluates every row; a row without an indicator name is a heading or a blank row and is left
 * alone. `formats`: the number formats of `Базовое значение`, `План`, `Факт` read with the values.
 */
export function evaluateTargets(
  table: LocatedTable<TargetKey>,
  journal: Journal,
  formats: NumberFormats<TargetKey> | null = null,
): TargetsEvaluation {
  const rows = table.rows.map((row, rowIndex): TargetEvaluation => {
    if (row.blank || isBlank(row.cells.indicator)) {
      return {
        rowNumber: row.rowNumber,
        kind: row.blank ? 'blank' : 'heading',
        indicator: '',
        base: null,
        plan: null,
        fact: null,
        progress: null,
        status: null,
      };
    }
    return evaluateTarget(row, rowIndex, formats, journal);
  });
  const targets = rows.filter((r) => r.kind === 'target');
  const count = (status: TargetStatus): number => targets.filter((r) => r.status === status).length;
  return {
    rows,
    summary: {
      total: targets.length,
      achieved: count(targetStatuses.achieved),
      progress: count(targetStatuses.progress),
      noProgress: count(targetStatuses.noProgress),
      worse: count(targetStatuses.worse),
      noData: count(targetStatuses.noData),
    },
  };
}
