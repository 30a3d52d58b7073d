// Everything the справка says, computed once from the input by the same core functions that fill
// the sheets: identification as «Выявить ШНОР», the risk profile as «Оценить рисковый профиль»,
// statuses as «Обновить статусы». The sections only lay these facts out.
import type { Grid } from '../cells/cellValue';
import { type ClusterHistory, readClusterHistory } from '../identification/clusterRecords';
import {
  findSchoolVerdict,
  type Identification,
  type IdentificationWithMarks,
  identifyWithClusters,
  type SchoolVerdict,
} from '../identification/identify';
import type { ResultRecord, ResultsTable } from '../identification/resultRecords';
import { Journal, type JournalEntry } from '../journal/journal';
import { assessRiskProfile, type RiskProfileAssessment } from '../risk/assessRiskProfile';
import { loadRiskCatalogue } from '../risk/riskCatalogue';
import { evaluateRoadmap, type RoadmapEvaluation, type RoadmapKey } from '../roadmap/evaluateRoadmap';
import type { Settings } from '../settings/settings';
import { type LocatedTable, locateTable } from '../table/locateTable';
import type { SheetSchema } from '../table/schema';
import { evaluateTargets, type TargetKey, type TargetsEvaluation } from '../targets/evaluateTargets';
import { exampleRowsEntry } from '../template/exampleRowsCheck';
import {
  CLUSTERS_SHEET,
  COMPARISON_SHEET,
  RESULTS_SHEET,
  RISK_PROFILE_SHEET,
  RISK_THRESHOLDS_SHEET,
  ROADMAP_SHEET,
  SETTINGS_SHEET,
  TARGETS_SHEET,
} from '../template/sheets';
import { isBlank } from '../text/normalize';
import { type ComparisonShare, readComparison } from './comparison';
import type { ReportKind } from './documentModel';
import { type MarkTally, readMarkTallies } from './markTallies';
import { reportPeriod } from './period';
import type { ReportInput } from './reportInput';
import { type ShareTable, shareTable } from './resultShares';
import { type ApprovalStamp, approvalStamp } from './settingsGrid';

export interface ResultsFacts {
  readonly identification: Identification;
  /** The records the tables are about: the school's own (school справка) or every school's. */
  readonly records: readonly ResultRecord[];
  /** The school's verdict (school справка); null for a municipal one or a school not in the data. */
  readonly verdict: SchoolVerdict | null;
  /** Counts of «3», «4», «5» by sheet row, where the row has them. */
  readonly marks: ReadonlyMap<number, MarkTally>;
  /** The «2» share of each procedure and year of `records`. */
  readonly shares: ShareTable;
}

export interface RoadmapFacts {
  readonly table: LocatedTable<RoadmapKey>;
  readonly evaluation: RoadmapEvaluation;
}

export interface TargetsFacts {
  readonly table: LocatedTable<TargetKey>;
  readonly evaluation: TargetsEvaluation;
}

export interface SheetRowCount {
  readonly sheet: string;
  /** Filled rows below the header. */
  readonly rows: number;
}

export interface ReportFacts {
  readonly input: ReportInput;
  readonly kind: ReportKind;
  /** The organisation (school справка) or the municipality; may be blank. */
  readonly subject: string;
  readonly period: string;
  readonly approval: ApprovalStamp | null;
  /** null: «Результаты ОП» is absent or its headers are not found. */
  readonly results: ResultsFacts | null;
  readonly clusters: ClusterHistory;
  readonly risk: RiskProfileAssessment | null;
  readonly roadmap: RoadmapFacts | null;
  readonly targets: TargetsFacts | null;
  readonly comparison: readonly ComparisonShare[];
  readonly sheetsUsed: readonly SheetRowCount[];
  /** Journal entries of the computations run here: part of what the actions write to «Журнал проверки». */
  readonly remarks: number;
  /** Template example rows left beside real data: they are counted, as in the sheets, and said so. */
  readonly exampleRows: readonly JournalEntry[];
}

function locate<K extends string>(grid: Grid | null, schema: SheetSchema<K>): LocatedTable<K> | null {
  if (!grid) return null;
  const located = locateTable(grid, schema);
  return located.found ? located.table : null;
}

function filledRows(table: LocatedTable<string> | null): number {
  return table ? table.rows.filter((row) => !row.blank).length : 0;
}

/** A school справка when «Настройки» names the school, else a municipal one. */
function reportKind(settings: Settings): ReportKind {
  return settings.schoolName ? 'school' : 'municipal';
}

/**
 * The records the справка's tables and chart are about, from the rows identification read: the
 * school's own (none when it is not in the data) or every school's; and the school's verdict.
 */
export function reportRecords(
  identification: IdentificationWithMarks,
  settings: Settings,
): Pick<ResultsFacts, 'records' | 'verdict'> {
  const all = identification.records;
  // A справка «по результатам 2023 года» shows results up to 2023, even when 2024 is in the table.
  const year = identification.analysisYear;
  const upToYear = year === null ? all : all.filter((r) => r.year <= year);
  if (reportKind(settings) === 'municipal') return { records: upToYear, verdict: null };
  const verdict = findSchoolVerdict(identification, settings.schoolName);
  return { records: verdict ? upToYear.filter((r) => r.schoolKey === verdict.schoolKey) : [], verdict };
}

function resultsFacts(
  table: ResultsTable,
  identification: IdentificationWithMarks,
  settings: Settings,
): ResultsFacts {
  const { records, verdict } = reportRecords(identification, settings);
  const shares = shareTable(records, settings.minParticipants);
  return { identification, records, verdict, marks: readMarkTallies(table), shares };
}

export function reportFacts(input: ReportInput): ReportFacts {
  const { sheets, settings } = input;
  const journal = new Journal();
  const kind = reportKind(settings);
  const resultsTable = locate(sheets.results, RESULTS_SHEET);
  const clustersTable = locate(sheets.clusters, CLUSTERS_SHEET);
  const identified =
    resultsTable &&
    identifyWithClusters(
      resultsTable,
      clustersTable,
      settings,
      journal,
      sheets.formats?.resultsShare ?? null,
    );
  const results =
    resultsTable && identified && resultsFacts(resultsTable, identified.identification, settings);
  const roadmapTable = locate(sheets.roadmap, ROADMAP_SHEET);
  const targetsTable = locate(sheets.targets, TARGETS_SHEET);
  const riskTable = locate(sheets.riskProfile, RISK_PROFILE_SHEET);
  // As «Оценить рисковый профиль»: the catalogue of «Пороги рисков» (or the built-in one) on the map.
  const risk =
    riskTable &&
    assessRiskProfile(
      riskTable,
      loadRiskCatalogue(sheets.riskThresholds, journal, sheets.formats?.riskThresholds ?? null),
      journal,
      sheets.formats?.riskValue ?? null,
    );
  const comparison = readComparison(sheets.comparison);
  const sheetsUsed: SheetRowCount[] = [
    { sheet: SETTINGS_SHEET.name, table: locate(sheets.settings, SETTINGS_SHEET) },
    { sheet: RESULTS_SHEET.name, table: resultsTable },
    { sheet: CLUSTERS_SHEET.name, table: clustersTable },
    { sheet: RISK_PROFILE_SHEET.name, table: riskTable },
    { sheet: RISK_THRESHOLDS_SHEET.name, table: locate(sheets.riskThresholds, RISK_THRESHOLDS_SHEET) },
    { sheet: ROADMAP_SHEET.name, table: roadmapTable },
    { sheet: TARGETS_SHEET.name, table: targetsTable },
  ]
    .filter((s) => s.table !== null)
    .map((s) => ({ sheet: s.sheet, rows: filledRows(s.table) }));
  const comparisonTable = locate(sheets.comparison, COMPARISON_SHEET);
  // Every column of «Сравнение» is the add-on's output, so a filled row is one with any cell filled.
  if (comparisonTable)
    sheetsUsed.push({
      sheet: COMPARISON_SHEET.name,
      rows: comparisonTable.rows.filter((r) => Object.values(r.cells).some((c) => !isBlank(c))).length,
    });
  // The example-row check the actions run on the same tables (identification, statuses).
  const exampleRows = [
    resultsTable && exampleRowsEntry(resultsTable, 'school'),
    clustersTable && exampleRowsEntry(clustersTable, 'school'),
    roadmapTable && exampleRowsEntry(roadmapTable, 'measure'),
    targetsTable && exampleRowsEntry(targetsTable, 'indicator'),
  ].filter((entry): entry is JournalEntry => !!entry);
  for (const entry of exampleRows) journal.add(entry);
  return {
    input,
    kind,
    subject: kind === 'school' ? settings.schoolName : settings.municipality,
    period: reportPeriod(settings, results?.identification.analysisYear ?? null, input.reportDate),
    approval: approvalStamp(settings),
    results,
    // Without «Результаты ОП» nothing was identified: the history is read here, its remarks not counted.
    clusters: identified?.clusters ?? readClusterHistory(clustersTable, new Journal()),
    risk,
    roadmap: roadmapTable && {
      table: roadmapTable,
      evaluation: evaluateRoadmap(roadmapTable, settings, input.reportDate, journal, input.timeZone),
    },
    // As readStatuses for «Обновить статусы»: the targets with their number formats.
    targets: targetsTable && {
      table: targetsTable,
      evaluation: evaluateTargets(targetsTable, journal, sheets.formats?.targets ?? null),
    },
    comparison,
    sheetsUsed,
    remarks: journal.size,
    exampleRows,
  };
}
