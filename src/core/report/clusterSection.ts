// §11.4 «Кластер ФИОКО» where «Кластеры» has rows: the cluster of each year (a covered year without
// the school is «вне списка», as the core reads it) and the dynamics «ШНОР» shows.
import { clusterIn } from '../identification/clusterRecords';
import { reportMessages as m } from '../messages/report';
import type { ReportBlock, ReportSection } from './documentModel';
import type { ReportFacts } from './reportFacts';
import { absent, heading, paragraph, table } from './sectionKit';

export function clusterSection(facts: ReportFacts): ReportSection {
  const { clusters, results } = facts;
  const years = [...clusters.years].sort((a, b) => a - b);
  if (years.length === 0 || !results) return absent('cluster', m.clusterAbsent);
  const year = results.identification.analysisYear;
  const state = (key: string, y: number) => clusterIn(clusters, key, y) ?? m.outOfList;
  const blocks: ReportBlock[] = [heading(m.clusterHeading)];
  if (facts.kind === 'school') {
    const verdict = results.verdict;
    if (!verdict) return absent('cluster', m.schoolNotInResults(facts.input.settings.schoolName));
    blocks.push(
      table(
        m.clusterSchoolHeader,
        years.map((y) => [m.yearColumn(y), state(verdict.schoolKey, y)]),
      ),
    );
    if (verdict.clusterTrend && year !== null)
      blocks.push(paragraph(m.clusterTrendSentence(verdict.school, year, verdict.clusterTrend)));
    else if (year !== null) blocks.push(paragraph(m.clusterTrendUnknown(year), 'note'));
    return { id: 'cluster', blocks };
  }
  const schools = results.identification.schools.filter((s) => clusters.bySchool.has(s.schoolKey));
  if (schools.length === 0) return absent('cluster', m.clusterAbsent);
  blocks.push(
    table(
      m.clusterMunicipalHeader(years),
      schools.map((s) => [s.school, ...years.map((y) => state(s.schoolKey, y)), s.clusterTrend ?? '—']),
    ),
  );
  if (year !== null) blocks.push(paragraph(m.clusterTrendNote(year), 'note'));
  return { id: 'cluster', blocks };
}
