// The chart of the «2» share by procedure for the last two years with the threshold line (PRODUCT.md
// §8, §11): one model the справка renders as a PNG and the dashboard draws as SVG. Shares below
// `Минимум участников` are left out of the bars (null) and named in the alternative text.
import type { Grid } from '../cells/cellValue';
import type { IdentificationWithMarks } from '../identification/identify';
import { procedureById } from '../identification/procedures';
import { reportMessages as m } from '../messages/report';
import type { Settings } from '../settings/settings';
import { type ComparisonShare, readComparison } from './comparison';
import type { ChartModel, ChartSeries } from './documentModel';
import { formatShare, sharePoints as points } from './format';
import { reportRecords } from './reportFacts';
import { comparable, type ShareTable, shareTable } from './resultShares';

/** null when none of the last two years has a share to draw. */
export function shareChart(
  table: ShareTable,
  comparison: readonly ComparisonShare[],
  thresholdShare: number,
): ChartModel | null {
  const years = table.years.slice(-2);
  const lastYear = years.at(-1);
  if (lastYear === undefined) return null;
  const procedures = table.procedures.filter((p) => years.some((y) => p.byYear.get(y)?.share != null));
  if (procedures.length === 0) return null;
  const categories = procedures.map((p) => procedureById(p.procedure).label);
  // The year of each series drawn from the table (null: a comparison series from «Сравнение»).
  const seriesYears: (number | null)[] = [...years];
  const series: ChartSeries[] = years.map((year) => ({
    name: m.chartYearSeries(year),
    values: procedures.map((p) => {
      const cell = p.byYear.get(year);
      return comparable(cell) ? points(cell.share) : null;
    }),
  }));
  for (const level of ['municipality', 'region'] as const) {
    const values = procedures.map((p) => {
      const row = comparison.find(
        (c) => c.level === level && c.year === lastYear && c.procedure === p.procedure,
      );
      return row ? points(row.share) : null;
    });
    if (values.some((v) => v !== null)) {
      series.push({ name: m.chartComparisonSeries(level, lastYear), values });
      seriesYears.push(null);
    }
  }
  const describe = procedures.map((p, i) => {
    const parts = series.map((s, j) => {
      const value = s.values[i];
      if (value !== null && value !== undefined)
        return m.chartAltValue(s.name, formatShare(value / 100, true));
      const year = seriesYears[j];
      const cell = year === null || year === undefined ? undefined : p.byYear.get(year);
      return m.chartAltValue(s.name, cell?.fewParticipants ? m.fewParticipantsShort : m.noDataShort);
    });
    return m.chartAltProcedure(categories[i]!, parts);
  });
  const threshold = points(thresholdShare);
  return {
    title: m.chartTitle(years),
    categories,
    series,
    threshold,
    unit: '%',
    altText: m.chartAltText(years, formatShare(thresholdShare, true), describe),
  };
}

/**
 * The same chart from an identification already run and «Сравнение» as read, for the dashboard
 * (engineer R2): the справка's records and shares of them, without the rest of its facts.
 */
export function identificationChart(
  identification: IdentificationWithMarks,
  comparison: Grid | null,
  settings: Settings,
): ChartModel | null {
  const { records } = reportRecords(identification, settings);
  return shareChart(
    shareTable(records, settings.minParticipants),
    readComparison(comparison),
    settings.lowResultThreshold,
  );
}
