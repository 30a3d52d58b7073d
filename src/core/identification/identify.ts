// ШНОР identification (PRODUCT.md §4): one core for the menu action, SHNOR_IDENTIFY, the dashboard
// sidebar and the curator summary (which runs it on grids read from other workbooks). Plain data in,
// plain JSON-safe data out: no Map or Date in the result.

import type { Grid } from '../cells/cellValue';
import type { Journal, JournalEntry } from '../journal/journal';
import { headersNotFoundEntry, missingColumnEntry } from '../journal/tableShapeProblems';
import { identificationMessages as m } from '../messages/identification';
import { tableMessages } from '../messages/tables';
import { formatsFromGrid, type NumberFormats } from '../numbers/shareScale';
import type { Settings } from '../settings/settings';
import { locateTable } from '../table/locateTable';
import { CLUSTERS_SHEET, RESULTS_SHEET } from '../template/sheets';
import { type ClusterHistory, type ClustersTable, clusterOf, readClusterHistory } from './clusterRecords';
import type { ClusterLevel, ClusterTrend } from './clusterTrend';
import { type Criterion, criteriaMet, criterionText } from './criteria';
import { fewParticipantsLine, type LowProcedureResult, lowProcedureLine } from './explanation';
import { type LowResultRule, lowResultRule } from './lowResult';
import { procedureOrder } from './procedures';
import { type ResultRecord, type ResultsKey, type ResultsTable, readResultRecords } from './resultRecords';
import { schoolKey } from './schoolKey';

export interface IdentificationOptions {
  /** null: the latest year in the data. */
  readonly analysisYear: number | null;
  readonly rule: LowResultRule;
  readonly sameProcedure: boolean;
}

export function identificationOptions(settings: Settings): IdentificationOptions {
  return {
    analysisYear: settings.analysisYear,
    rule: lowResultRule(settings.lowResultThreshold, settings.minParticipants),
    sameProcedure: settings.criterion2SameProcedure,
  };
}

/** One school's verdict for the analysis year. */
export interface SchoolVerdict {
  /** The name as first written on «Результаты ОП». */
  readonly school: string;
  /** The school's login, or the loose key two spellings of its name share (schoolKey). */
  readonly schoolKey: string;
  /** The loose keys of every name the school was written with (for a school known by its login). */
  readonly nameKeys: readonly string[];
  readonly analysisYear: number;
  readonly isLowResult: boolean;
  readonly criteria: readonly Criterion[];
  /** «1», «2», «1, 2» or "". */
  readonly criterion: string;
  /** Low procedures in the analysis year. */
  readonly lowProcedureCount: number;
  /** Low procedures of the year before and of the analysis year, oldest first. */
  readonly lowProcedures: readonly LowProcedureResult[];
  readonly explanationLines: readonly string[];
  /** The lines joined by «; », as `Пояснение` shows them. */
  readonly explanation: string;
  /** The FIOKO cluster in the analysis year, null when out of the list or unknown. */
  readonly cluster: ClusterLevel | null;
  readonly clusterTrend: ClusterTrend | null;
  /** The school has results for the analysis year. */
  readonly hasData: boolean;
}

/**
 * Last year's list against this year's, by name (sorted). A school of last year's list is «вышла»
 * only when it has results this year and is not flagged; with no results this year the data cannot
 * say whether it left (withoutResults). The sheet's count rows and the справка's sentences both read
 * this, so they agree.
 */
export interface ListChange {
  readonly entered: readonly string[];
  readonly left: readonly string[];
  readonly withoutResults: readonly string[];
}

/** The schools flagged for one year, as a column of «ШНОР по годам». */
export interface YearList {
  readonly year: number;
  readonly schools: readonly string[];
  /** How the list changed from the year before, when that year is a column too; null otherwise. */
  readonly change: ListChange | null;
  /** The year before has data, so criterion 2 could be checked; without it only criterion 1 was. */
  readonly criterion2Checked: boolean;
}

export interface Identification {
  /** null only when there is no data and no `Год анализа`. */
  readonly analysisYear: number | null;
  /** Years with at least one counted row, ascending. */
  readonly years: readonly number[];
  /** Every school of the data: flagged first, then by name. */
  readonly schools: readonly SchoolVerdict[];
  readonly lowResultCount: number;
  /** Schools with results in the analysis year: the «из 41 школы» of the toast. */
  readonly schoolsWithData: number;
  /** Every year with data, the earliest included (the columns of «ШНОР по годам»). */
  readonly byYear: readonly YearList[];
}

/** `Низкий результат` of every results row, in table order. */
export interface IdentificationWithMarks extends Identification {
  readonly lowResultMarks: readonly string[];
  /** The checked rows the verdicts rest on (readResultRecords): the справка's tables show them. */
  readonly records: readonly ResultRecord[];
}

/** The identification with the «Кластеры» history it was judged on, which the справка shows too. */
export interface IdentificationWithClusters {
  readonly identification: IdentificationWithMarks;
  readonly clusters: ClusterHistory;
}

interface SchoolYear {
  readonly low: LowProcedureResult[];
  /** Results left out for too few participants: named so nobody wonders why they do not count. */
  readonly few: LowProcedureResult[];
  /** Results whose row gives neither the count nor the share of «2». */
  noData: number;
  /** Results of the year, counted or not. */
  total: number;
}

interface SchoolData {
  readonly key: string;
  readonly name: string;
  readonly nameKeys: Set<string>;
  readonly years: Map<number, SchoolYear>;
}

// Numbers inside names sort as numbers: «СОШ № 2» before «СОШ № 11».
const collator = new Intl.Collator('ru', { numeric: true, sensitivity: 'base' });

function groupBySchool(records: readonly ResultRecord[]): Map<string, SchoolData> {
  const schools = new Map<string, SchoolData>();
  for (const record of records) {
    let school = schools.get(record.schoolKey);
    if (!school) {
      school = { key: record.schoolKey, name: record.school, nameKeys: new Set(), years: new Map() };
      schools.set(record.schoolKey, school);
    }
    school.nameKeys.add(record.nameKey);
    let year = school.years.get(record.year);
    if (!year) {
      year = { low: [], few: [], noData: 0, total: 0 };
      school.years.set(record.year, year);
    }
    const result = { year: record.year, procedure: record.procedure, measure: record.measure };
    if (record.outcome === 'low') year.low.push(result);
    else if (record.outcome === 'fewParticipants') year.few.push(result);
    else if (record.outcome === 'noData') year.noData++;
    year.total++;
  }
  return schools;
}

function byYearAndProcedure(a: LowProcedureResult, b: LowProcedureResult): number {
  return a.year - b.year || procedureOrder(a.procedure) - procedureOrder(b.procedure);
}

function judgeSchool(
  school: SchoolData,
  year: number,
  options: IdentificationOptions,
  clusters: ClusterHistory,
  previousYearHasData: boolean,
): SchoolVerdict {
  const now = school.years.get(year);
  const lowNow = now?.low ?? [];
  const lowBefore = school.years.get(year - 1)?.low ?? [];
  const criteria = criteriaMet(
    lowNow.map((r) => r.procedure),
    lowBefore.map((r) => r.procedure),
    options.sameProcedure,
  );
  const lowProcedures = [...lowBefore, ...lowNow].sort(byYearAndProcedure);
  const few = [...(school.years.get(year - 1)?.few ?? []), ...(now?.few ?? [])].sort(byYearAndProcedure);
  const lines = [
    ...lowProcedures.map(lowProcedureLine),
    ...few.map((r) => fewParticipantsLine(r, options.rule.minParticipants)),
  ];
  const before = school.years.get(year - 1);
  const withoutShare = (now?.noData ?? 0) + (before?.noData ?? 0);
  const results = (now?.total ?? 0) + (before?.total ?? 0);
  if (!now) lines.unshift(m.noResultsForYear(year));
  else if (lowProcedures.length === 0 && withoutShare === results)
    lines.unshift(m.noShareData(year - 1, year));
  else if (lowProcedures.length === 0) lines.unshift(m.noLowResults(year - 1, year));
  if (now && !previousYearHasData) lines.push(m.criterion2NotChecked(year));
  const { cluster, trend } = schoolClusterOf(clusters, school, year);
  return {
    school: school.name,
    schoolKey: school.key,
    nameKeys: [...school.nameKeys],
    analysisYear: year,
    isLowResult: criteria.length > 0,
    criteria,
    criterion: criterionText(criteria),
    lowProcedureCount: lowNow.length,
    lowProcedures,
    explanationLines: lines,
    explanation: lines.join('; '),
    cluster: cluster ?? null,
    clusterTrend: trend,
    hasData: hasResultsIn(school, year),
  };
}

/** «Кластеры» names a school by login or by name: the first of its keys the sheet knows. */
function schoolClusterOf(clusters: ClusterHistory, school: SchoolData, year: number) {
  for (const key of [school.key, ...school.nameKeys]) {
    if (clusters.bySchool.has(key)) return clusterOf(clusters, key, year);
  }
  return clusterOf(clusters, school.key, year);
}

function flaggedFirst(a: SchoolVerdict, b: SchoolVerdict): number {
  return Number(b.isLowResult) - Number(a.isLowResult) || collator.compare(a.school, b.school);
}

function yearLists(
  schools: readonly SchoolData[],
  years: readonly number[],
  options: IdentificationOptions,
): YearList[] {
  const present = new Set(years);
  // A year whose year before has no data still has its list: criterion 1 alone (seed 002_… lists
  // 2020 and 2022 with no 2019 or 2021), and the sheet says criterion 2 was not checked.
  const lists: { year: number; flagged: SchoolData[] }[] = years.map((year) => ({
    year,
    flagged: schools.filter(
      (s) => criteriaMet(lowIn(s, year), lowIn(s, year - 1), options.sameProcedure).length > 0,
    ),
  }));
  return lists.map(({ year, flagged }, i) => {
    const previous = lists[i - 1];
    const comparable = previous?.year === year - 1 ? previous : undefined;
    const before = new Set(comparable?.flagged.map((s) => s.key));
    const now = new Set(flagged.map((s) => s.key));
    const gone = comparable?.flagged.filter((s) => !now.has(s.key)) ?? [];
    return {
      year,
      schools: names(flagged),
      change: comparable
        ? {
            entered: names(flagged.filter((s) => !before.has(s.key))),
            left: names(gone.filter((s) => hasResultsIn(s, year))),
            withoutResults: names(gone.filter((s) => !hasResultsIn(s, year))),
          }
        : null,
      criterion2Checked: present.has(year - 1),
    };
  });
}

/** Any row of the year, counted or not: the one meaning of «has results» for verdicts and lists. */
function hasResultsIn(school: SchoolData, year: number): boolean {
  return school.years.has(year);
}

function names(schools: readonly SchoolData[]): string[] {
  return schools.map((s) => s.name).sort(collator.compare);
}

function lowIn(school: SchoolData, year: number) {
  return school.years.get(year)?.low.map((r) => r.procedure) ?? [];
}

/** The rule on checked records: the verdicts of the analysis year and the lists of every year. */
export function identifyFromRecords(
  records: readonly ResultRecord[],
  clusters: ClusterHistory,
  options: IdentificationOptions,
  journal: Journal,
): Identification {
  const years = [...new Set(records.map((r) => r.year))].sort((a, b) => a - b);
  const analysisYear = options.analysisYear ?? years.at(-1) ?? null;
  const grouped = [...groupBySchool(records).values()];
  if (analysisYear === null) {
    return { analysisYear, years, schools: [], lowResultCount: 0, schoolsWithData: 0, byYear: [] };
  }
  if (records.length > 0 && !years.includes(analysisYear)) {
    journal.add({
      sheet: RESULTS_SHEET.name,
      row: null,
      column: 'Год',
      value: analysisYear,
      problem: m.noDataForAnalysisYear(analysisYear),
      fix: m.noDataForAnalysisYearFix,
    });
  } else if (records.length > 0 && !years.includes(analysisYear - 1)) {
    journal.add({
      sheet: RESULTS_SHEET.name,
      row: null,
      column: 'Год',
      value: analysisYear - 1,
      problem: m.noPreviousYear(analysisYear),
      fix: m.noPreviousYearFix(analysisYear),
    });
  }
  const previousYearHasData = years.includes(analysisYear - 1);
  const schools = grouped
    .map((s) => judgeSchool(s, analysisYear, options, clusters, previousYearHasData))
    .sort(flaggedFirst);
  return {
    analysisYear,
    years,
    schools,
    lowResultCount: schools.filter((s) => s.isLowResult).length,
    schoolsWithData: schools.filter((s) => s.hasData).length,
    byYear: yearLists(grouped, years, options),
  };
}

/** Without `Получили «2»` or `Доля «2», %` no result can be low: a header the add-on did not know. */
export function hasFailedColumn(results: ResultsTable): boolean {
  return results.columnIndex.failed !== undefined || results.columnIndex.share !== undefined;
}

/**
 * With one of `Получили «2»` and `Доля «2», %` missing, rows that hold only the other are fine, but a
 * row left «нет данных» may have its number in a column the add-on did not recognise («Получили
 * двойки»): the journal names the missing column, what the header row holds and the accepted names.
 */
function missingCountColumns(results: ResultsTable, records: readonly ResultRecord[]): JournalEntry[] {
  if (
    !hasFailedColumn(results) ||
    !records.some((r) => r.outcome === 'noData' && r.measure.participants !== 0)
  )
    return [];
  if (results.columnIndex.failed === undefined)
    return [missingColumnEntry(results, 'failed', tableMessages.withoutFailed)];
  if (results.columnIndex.share === undefined)
    return [missingColumnEntry(results, 'share', tableMessages.withoutShare)];
  return [];
}

/**
 * The whole identification from located «Результаты ОП» and (optional) «Кластеры» tables and the
 * settings; every bad row goes to the journal and is skipped. `formats`: the number formats of
 * `Доля «2», %` read with the values (null: none known, as in a custom function).
 */
export function identifyLowResultSchools(
  results: ResultsTable,
  clusters: ClustersTable | null,
  settings: Settings,
  journal: Journal,
  formats: NumberFormats<ResultsKey> | null = null,
): IdentificationWithMarks {
  return identifyWithClusters(results, clusters, settings, journal, formats).identification;
}

/** The same, with the cluster history it read: a caller that shows it reads «Кластеры» no second time. */
export function identifyWithClusters(
  results: ResultsTable,
  clusters: ClustersTable | null,
  settings: Settings,
  journal: Journal,
  formats: NumberFormats<ResultsKey> | null = null,
): IdentificationWithClusters {
  const options = identificationOptions(settings);
  if (!hasFailedColumn(results)) {
    const found = results.unrecognisedHeaders.map((h) => h.text);
    journal.add({
      sheet: RESULTS_SHEET.name,
      row: null,
      column: '',
      value: found.join(' | '),
      problem: m.noFailedColumn + tableMessages.foundInstead(found),
      fix: m.noFailedColumnFix,
    });
  }
  const reading = readResultRecords(results, options.rule, journal, formats);
  for (const entry of missingCountColumns(results, reading.records)) journal.add(entry);
  const history = readClusterHistory(clusters, journal);
  return {
    identification: {
      ...identifyFromRecords(reading.records, history, options, journal),
      lowResultMarks: reading.marks,
      records: reading.records,
    },
    clusters: history,
  };
}

/**
 * The same from raw grids, e.g. the sheets of another school's workbook read by the curator
 * summary. A results grid without its headers gives an empty identification and a journal entry.
 * `resultsFormats`: the number formats of the results grid, same shape, where the reader has them.
 */
export function identifyFromGrids(
  resultsGrid: Grid,
  clustersGrid: Grid | null,
  settings: Settings,
  journal: Journal,
  resultsFormats: readonly (readonly string[])[] | null = null,
): IdentificationWithMarks {
  const results = locateTable(resultsGrid, RESULTS_SHEET);
  const clusters = clustersGrid ? locateTable(clustersGrid, CLUSTERS_SHEET) : null;
  if (!results.found) {
    journal.add(headersNotFoundEntry(RESULTS_SHEET, results));
    const empty = identifyFromRecords(
      [],
      readClusterHistory(null, journal),
      identificationOptions(settings),
      journal,
    );
    return { ...empty, lowResultMarks: [], records: [] };
  }
  const formats = formatsFromGrid(resultsFormats, results.table, ['share']);
  return identifyLowResultSchools(
    results.table,
    clusters?.found ? clusters.table : null,
    settings,
    journal,
    formats,
  );
}

/**
 * The verdict of one school (e.g. `Образовательная организация` of «Настройки»): by its login when
 * the name carries one, else by loose name among every name the school was written with.
 */
export function findSchoolVerdict(identification: Identification, schoolName: string): SchoolVerdict | null {
  const key = schoolKey(schoolName);
  if (!key) return null;
  return (
    identification.schools.find((s) => s.schoolKey === key) ??
    identification.schools.find((s) => s.nameKeys.includes(key)) ??
    null
  );
}
