// The school's numbers for «Сводка», each from the core rule that computes it inside the school's
// own workbook (identification §4, risk profile §5, roadmap and targets §6).
import type { Grid } from '../cells/cellValue';
import type { Journal } from '../journal/journal';
import { summaryMessages as m } from '../messages/summary';
import type { Settings } from '../settings/settings';
import type { LocatedTable } from '../table/locateTable';
import type { SheetSchema } from '../table/schema';
import { RESULTS_SHEET, RISK_PROFILE_SHEET, ROADMAP_SHEET, TARGETS_SHEET } from '../template/sheets';
import { NO_METRICS, type SchoolMetrics } from './summaryEntry';

/** The school's sheets as the areas need them. */
export interface SchoolSources {
  readonly grids: ReadonlyMap<string, Grid>;
  /** The located table, dates revived; null (with a problem reported) when its headers are missing. */
  locate<K extends string>(schema: SheetSchema<K>): LocatedTable<K> | null;
  /** The school's settings with the curator's report date. */
  readonly settings: Settings;
  reportProblem(problem: string): void;
}

/** The table of a sheet the column needs; a missing sheet is a problem of the file. */
function required<K extends string>(sources: SchoolSources, schema: SheetSchema<K>): LocatedTable<K> | null {
  if (!sources.grids.has(schema.name)) {
    sources.reportProblem(m.missingSheet(schema.name));
    return null;
  }
  return sources.locate(schema);
}

function lowResultOf(sources: SchoolSources, _school: string, _journal: Journal): boolean | null {
  const results = required(sources, RESULTS_SHEET);
  if (!results) return null;
  sources.reportProblem(m.notBuiltYet('ШНОР'));
  return null;
}

function highRisksOf(sources: SchoolSources, _journal: Journal): number | null {
  const profile = required(sources, RISK_PROFILE_SHEET);
  if (!profile) return null;
  sources.reportProblem(m.notBuiltYet('Высоких рисков'));
  return null;
}

type RoadmapPart = Pick<SchoolMetrics, 'measures' | 'donePercent' | 'overdue' | 'sentBack'>;

function roadmapOf(sources: SchoolSources, _journal: Journal): RoadmapPart | null {
  const roadmap = required(sources, ROADMAP_SHEET);
  if (!roadmap) return null;
  sources.reportProblem(m.notBuiltYet('Дорожная карта'));
  return null;
}

type TargetsPart = Pick<SchoolMetrics, 'targetsAchieved' | 'targetsTotal'>;

function targetsOf(sources: SchoolSources, _journal: Journal): TargetsPart | null {
  const targets = required(sources, TARGETS_SHEET);
  if (!targets) return null;
  sources.reportProblem(m.notBuiltYet('Показателей достигнуто'));
  return null;
}

/** Every number of the school's summary row; a part that cannot be computed stays null. */
export function computeSchoolMetrics(
  sources: SchoolSources,
  school: string,
  journal: Journal,
): SchoolMetrics {
  return {
    ...NO_METRICS,
    isLowResult: lowResultOf(sources, school, journal),
    highRisks: highRisksOf(sources, journal),
    ...roadmapOf(sources, journal),
    ...targetsOf(sources, journal),
  };
}
