// §11.3 «Образовательные результаты»: the «2» share of each procedure by year with its counts and the
// change in percentage points, ОУ/КУ/СОУ where mark counts exist, the municipality's and region's
// shares from «Сравнение», and the chart.
import { procedureById } from '../identification/procedures';
import { reportMessages as m } from '../messages/report';
import { shareChart } from './chartModel';
import type { ComparisonShare } from './comparison';
import type { ReportBlock, ReportSection } from './documentModel';
import { formatPoints, formatRate, formatShare } from './format';
import { markRates, sumMarkCounts } from './markTallies';
import type { ReportFacts, ResultsFacts } from './reportFacts';
import { comparable, type ShareCell, type ShareTable } from './resultShares';
import { absent, heading, paragraph, table } from './sectionKit';

/** «34 % (12 из 35)», «31,5 %» (a share typed alone), with «мало участников» below the minimum. */
export function shareCellText(cell: ShareCell | undefined): string {
  if (!cell) return '—';
  if (cell.share === null) return m.noDataShort;
  const text =
    cell.failed !== null && cell.participants !== null
      ? `${formatShare(cell.share, true)} ${m.counts(cell.failed, cell.participants)}`
      : formatShare(cell.share, true);
  return cell.fewParticipants ? `${text}, ${m.fewParticipantsShort}` : text;
}

/** The change between the last two years of the table; null when there are not two years. */
export function shareChange(prev: ShareCell | undefined, last: ShareCell | undefined): string {
  if (comparable(prev) && comparable(last)) return formatPoints(prev.share, last.share);
  if (prev?.fewParticipants || last?.fewParticipants) return m.fewParticipantsShort;
  return '—';
}

function sharesTable(shares: ShareTable): ReportBlock {
  const years = shares.years;
  const pair = years.length >= 2 ? years.slice(-2) : null;
  const header = [m.procedureColumn, ...years.map(m.yearColumn)];
  if (pair) header.push(m.changeColumn(pair[0]!, pair[1]!));
  const rows = shares.procedures.map((p) => {
    const row = [procedureById(p.procedure).label, ...years.map((y) => shareCellText(p.byYear.get(y)))];
    if (pair) row.push(shareChange(p.byYear.get(pair[0]!), p.byYear.get(pair[1]!)));
    return row;
  });
  return table(header, rows, m.sharesCaption);
}

function ratesBlocks(results: ResultsFacts): ReportBlock[] {
  const rows: string[][] = [];
  for (const p of results.shares.procedures) {
    for (const year of results.shares.years) {
      const cell = p.byYear.get(year);
      const counts = cell ? sumMarkCounts(cell.records, results.marks) : null;
      if (!cell || !counts) continue;
      const rates = markRates(counts);
      const participants = cell.fewParticipants
        ? `${rates.participants}, ${m.fewParticipantsShort}`
        : String(rates.participants);
      rows.push([
        procedureById(p.procedure).label,
        String(year),
        participants,
        formatRate(rates.success),
        formatRate(rates.quality),
        formatRate(rates.degree),
      ]);
    }
  }
  if (rows.length === 0) return [];
  return [heading(m.ratesHeading, 3), table(m.ratesHeader, rows), paragraph(m.ratesNote, 'note')];
}

function comparisonBlocks(
  facts: ReportFacts,
  shares: ShareTable,
  comparison: readonly ComparisonShare[],
): ReportBlock[] {
  const rows: string[][] = [];
  for (const p of shares.procedures) {
    for (const year of shares.years) {
      const find = (level: ComparisonShare['level']) =>
        comparison.find((c) => c.level === level && c.year === year && c.procedure === p.procedure);
      const municipality = find('municipality');
      const region = find('region');
      if (!municipality && !region) continue;
      rows.push([
        procedureById(p.procedure).label,
        String(year),
        shareCellText(p.byYear.get(year)),
        municipality ? formatShare(municipality.share, true) : '—',
        region ? formatShare(region.share, true) : '—',
      ]);
    }
  }
  if (rows.length === 0) return [];
  return [heading(m.comparisonHeading, 3), table(m.comparisonHeader(facts.kind), rows, m.comparisonCaption)];
}

export function resultsSection(facts: ReportFacts): ReportSection {
  const { results } = facts;
  if (!results) return absent('results', m.resultsAbsent);
  if (facts.kind === 'school' && !results.verdict)
    return absent('results', m.schoolNotInResults(facts.input.settings.schoolName));
  if (results.shares.procedures.length === 0) return absent('results', m.resultsAbsent);
  const { shares } = results;
  const settings = facts.input.settings;
  const blocks: ReportBlock[] = [heading(m.resultsHeading), sharesTable(shares)];
  const cells = shares.procedures.flatMap((p) => [...p.byYear.values()]);
  if (cells.some((c) => c.fewParticipants))
    blocks.push(paragraph(m.fewParticipantsCaveat(settings.minParticipants), 'note'));
  const shareOnly = cells.reduce((sum, c) => sum + (c.records.length > 1 ? c.shareOnly : 0), 0);
  if (shareOnly > 0) blocks.push(paragraph(m.shareOnlyExcluded(shareOnly), 'note'));
  if (shares.years.length < 2) blocks.push(paragraph(m.oneYearOnly(shares.years[0]!), 'note'));
  blocks.push(...ratesBlocks(results));
  blocks.push(...comparisonBlocks(facts, shares, facts.comparison));
  const chart = shareChart(shares, facts.comparison, settings.lowResultThreshold);
  if (chart) blocks.push({ kind: 'chart', chart });
  return { id: 'results', blocks };
}
