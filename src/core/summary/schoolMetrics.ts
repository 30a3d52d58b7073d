// The school's numbers for «Сводка», each from the core rule that computes it inside the school's
// own workbook (identification §4, risk profile §5, roadmap and targets §6).
import type { Grid } from '../cells/cellValue';
import { findSchoolVerdict, identifyLowResultSchools } from '../identification/identify';
import { Journal } from '../journal/journal';
import { summaryMessages as m } from '../messages/summary';
import { formatsFromGrid, type NumberFormats } from '../numbers/shareScale';
import { type ReviewMeasure, reviewMeasures } from '../review/reviewQueue';
import { assessRiskProfile } from '../risk/assessRiskProfile';
import { loadRiskCatalogue } from '../risk/riskCatalogue';
import { highRiskCount } from '../risk/riskMap';
import { evaluateRoadmap } from '../roadmap/evaluateRoadmap';
import type { Settings } from '../settings/settings';
import type { LocatedTable } from '../table/locateTable';
import type { SheetSchema } from '../table/schema';
import { evaluateTargets } from '../targets/evaluateTargets';
import {
  CLUSTERS_SHEET,
  RESULTS_SHEET,
  RISK_PROFILE_SHEET,
  RISK_THRESHOLDS_SHEET,
  ROADMAP_SHEET,
  TARGETS_SHEET,
} from '../template/sheets';
import type { SchoolMetrics } from './summaryEntry';

/** The school's sheets as the areas need them. */
export interface SchoolSources {
  readonly grids: ReadonlyMap<string, Grid>;
  /** Number formats by sheet name, same shape as its grid, where the reader has them. */
  readonly formats: ReadonlyMap<string, readonly (readonly string[])[]>;
  /** The located table; null (with a problem reported) when its headers are missing. */
  locate<K extends string>(schema: SheetSchema<K>): LocatedTable<K> | null;
  /** The school's settings with the curator's report date. */
  readonly settings: Settings;
  readonly timeZone: string;
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

/** Optional sheets («Кластеры») are read when present, silently skipped when not. */
function optional<K extends string>(sources: SchoolSources, schema: SheetSchema<K>): LocatedTable<K> | null {
  return sources.grids.has(schema.name) ? sources.locate(schema) : null;
}

/** The number formats of the table's columns as the reader has them; null when it has none (§9). */
function formatsOf<K extends string>(
  sources: SchoolSources,
  table: LocatedTable<K>,
  keys: readonly K[],
): NumberFormats<K> | null {
  return formatsFromGrid(sources.formats.get(table.schema.name), table, keys);
}

/**
 * The school's verdict for its analysis year. The school is found by its name in «Настройки»; a
 * workbook whose results hold one school only is that school's, whatever its name there.
 */
function lowResultOf(sources: SchoolSources, school: string, journal: Journal): boolean | null {
  const results = required(sources, RESULTS_SHEET);
  if (!results) return null;
  const identification = identifyLowResultSchools(
    results,
    optional(sources, CLUSTERS_SHEET),
    sources.settings,
    journal,
    // Shares read as the school's own sheets read them: a plain 0,89 is 0,89 % (§2).
    formatsOf(sources, results, ['share']),
  );
  const only = identification.schools.length === 1 ? identification.schools[0]! : null;
  const verdict = findSchoolVerdict(identification, school) ?? only;
  return verdict?.hasData ? verdict.isLowResult : null;
}

function highRisksOf(sources: SchoolSources, journal: Journal): number | null {
  const profile = required(sources, RISK_PROFILE_SHEET);
  if (!profile) return null;
  // Without «Пороги рисков» the school's own action scores by the built-in catalogue too; that is
  // the school's note to fix, not a problem of its summary row.
  const thresholds = sources.grids.get(RISK_THRESHOLDS_SHEET.name) ?? null;
  const catalogue = loadRiskCatalogue(
    thresholds,
    thresholds ? journal : new Journal(),
    sources.formats.get(RISK_THRESHOLDS_SHEET.name) ?? null,
  );
  const assessment = assessRiskProfile(profile, catalogue, journal, formatsOf(sources, profile, ['value']));
  // An empty risk map is «not filled in», not «no high risks».
  if (assessment.rows.every((row) => row.outcome === 'blank')) return null;
  return highRiskCount(assessment);
}

type RoadmapPart = Pick<
  SchoolMetrics,
  'measures' | 'donePercent' | 'overdue' | 'sentBack' | 'awaitingDecision'
>;

/** The roadmap's numbers and its measures for «Очередь проверки», from one evaluation. */
function roadmapOf(
  sources: SchoolSources,
  journal: Journal,
): {
  readonly part: RoadmapPart;
  readonly review: ReviewMeasure[];
  readonly linkColumn: number | null;
} | null {
  const roadmap = required(sources, ROADMAP_SHEET);
  const today = sources.settings.reportDate;
  if (!roadmap || !today) return null;
  const evaluation = evaluateRoadmap(roadmap, sources.settings, today, journal, sources.timeZone);
  const { summary } = evaluation;
  const review = reviewMeasures(roadmap, evaluation);
  return {
    part: {
      measures: summary.total,
      donePercent: summary.doneShare,
      overdue: summary.overdue,
      sentBack: summary.sentBack,
      awaitingDecision: review.filter((measure) => measure.awaitingDecision).length,
    },
    review,
    linkColumn: roadmap.columnIndex.documentLink ?? null,
  };
}

type TargetsPart = Pick<SchoolMetrics, 'targetsAchieved' | 'targetsTotal'>;

function targetsOf(sources: SchoolSources, journal: Journal): TargetsPart | null {
  const targets = required(sources, TARGETS_SHEET);
  if (!targets) return null;
  const { summary } = evaluateTargets(
    targets,
    journal,
    formatsOf(sources, targets, ['base', 'plan', 'fact']),
  );
  if (summary.total === 0) return null;
  return { targetsAchieved: summary.achieved, targetsTotal: summary.total };
}

export interface SchoolAnalysis {
  readonly metrics: SchoolMetrics;
  /** The roadmap's measures with their review reasons; empty without a readable roadmap. */
  readonly review: readonly ReviewMeasure[];
  /** 0-based column of `Ссылка на документ` on the roadmap sheet; null without one. */
  readonly roadmapLinkColumn: number | null;
}

/** Every number of the school's summary row; a part that cannot be computed stays null. */
export function computeSchoolMetrics(
  sources: SchoolSources,
  school: string,
  journal: Journal,
): SchoolAnalysis {
  const isLowResult = lowResultOf(sources, school, journal);
  const highRisks = highRisksOf(sources, journal);
  const roadmap = roadmapOf(sources, journal);
  return {
    metrics: {
      isLowResult,
      highRisks,
      measures: null,
      donePercent: null,
      overdue: null,
      sentBack: null,
      awaitingDecision: null,
      ...roadmap?.part,
      targetsAchieved: null,
      targetsTotal: null,
      ...targetsOf(sources, journal),
    },
    review: roadmap?.review ?? [],
    roadmapLinkColumn: roadmap?.linkColumn ?? null,
  };
}
