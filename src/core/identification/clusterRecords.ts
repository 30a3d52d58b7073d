// Rows of the optional «Кластеры» sheet: the FIOKO cluster of a school in a year.
import type { Journal } from '../journal/journal';
import { identificationMessages as m } from '../messages/identification';
import type { LocatedTable } from '../table/locateTable';
import type { KeyOf } from '../table/schema';
import { columnOf } from '../table/schema';
import { CLUSTERS_SHEET } from '../template/sheets';
import { isBlank } from '../text/normalize';
import { type ClusterState, type ClusterTrend, clusterTrend, parseCluster } from './clusterTrend';
import { schoolKey } from './schoolKey';
import { parseAssessmentYear } from './year';

export type ClustersKey = KeyOf<typeof CLUSTERS_SHEET>;
export type ClustersTable = LocatedTable<ClustersKey>;

/** Clusters by school key and year; a year with no row of a school while others have rows is «out». */
export interface ClusterHistory {
  readonly bySchool: ReadonlyMap<string, ReadonlyMap<number, ClusterState>>;
  /** Years the sheet has any row for. */
  readonly years: ReadonlySet<number>;
}

export const EMPTY_CLUSTER_HISTORY: ClusterHistory = { bySchool: new Map(), years: new Set() };

export function readClusterHistory(table: ClustersTable | null, journal: Journal): ClusterHistory {
  if (!table) return EMPTY_CLUSTER_HISTORY;
  const bySchool = new Map<string, Map<number, ClusterState>>();
  const firstRow = new Map<string, number>();
  const years = new Set<number>();
  const header = (key: ClustersKey): string => columnOf(CLUSTERS_SHEET, key).header;
  for (const row of table.rows) {
    if (row.blank) continue;
    const { cells } = row;
    const report = (key: ClustersKey, problem: string, fix: string): void =>
      journal.add({
        sheet: CLUSTERS_SHEET.name,
        row: row.rowNumber,
        column: header(key),
        value: cells[key],
        problem: problem + m.clusterSkipped,
        fix,
      });
    const year = parseAssessmentYear(cells.year);
    const cluster = parseCluster(cells.cluster);
    let bad = false;
    if (isBlank(cells.school)) {
      report('school', m.missingSchool, m.missingSchoolFix);
      bad = true;
    }
    if (year === null) {
      report('year', isBlank(cells.year) ? m.missingYear : m.badYear, m.yearFix);
      bad = true;
    }
    if (cluster === undefined) {
      report('cluster', m.unknownCluster, m.clusterFix);
      bad = true;
    }
    if (bad || year === null || cluster === undefined) continue;
    const key = schoolKey(cells.school);
    const identity = `${key}|${year}`;
    const first = firstRow.get(identity);
    if (first !== undefined) {
      report('year', m.duplicateCluster(first), m.duplicateClusterFix);
      continue;
    }
    firstRow.set(identity, row.rowNumber);
    years.add(year);
    let history = bySchool.get(key);
    if (!history) {
      history = new Map();
      bySchool.set(key, history);
    }
    history.set(year, cluster);
  }
  return { bySchool, years };
}

/** The school's cluster in a year: a level, null (out of the list) or undefined (unknown). */
export function clusterIn(history: ClusterHistory, key: string, year: number): ClusterState | undefined {
  const known = history.bySchool.get(key)?.get(year);
  if (known !== undefined) return known;
  // A year the sheet covers, without this school: the school was not in the list.
  return history.years.has(year) ? null : undefined;
}

/** The cluster of the analysis year and its dynamics from the year before, when both are known. */
export function clusterOf(
  history: ClusterHistory,
  key: string,
  year: number,
): { cluster: ClusterState | undefined; trend: ClusterTrend | null } {
  const cluster = clusterIn(history, key, year);
  const before = clusterIn(history, key, year - 1);
  if (cluster === undefined || before === undefined) return { cluster, trend: null };
  return { cluster, trend: clusterTrend(before, cluster) };
}
