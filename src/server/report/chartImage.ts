// The справка's chart as a PNG built on Google's side (ENGINEERING.md: the Charts service renders
// it, no request of ours leaves Google and no image is made public). A line chart: a point per
// procedure and year (and the municipality's / region's shares), the threshold as a dashed line
// across them — the Charts service has no combo chart, and a column chart would draw the threshold
// as one more column (a series' `type` is an option of ComboChart only).
import { reportDeliveryMessages as m } from '../../core/messages/reportDelivery';
import type { ChartModel } from '../../core/report/documentModel';
import { chartAxisMax } from '../../shared/api';
import type { BlobLike, ChartsLike } from './documentSurface';

// The text width of a Docs page (Letter or A4, default margins) is about 624 px: the image fits it.
export const CHART_WIDTH = 600;
export const CHART_HEIGHT = 340;

const YEAR_COLORS = ['#9fc5e8', '#3d85c6', '#0b5394', '#073763'];
const COMPARISON_COLORS = ['#999999', '#666666'];
const THRESHOLD_COLOR = '#cc0000';

/** `30` → «30», `12.5` → «12,5»: the threshold's label in the legend. */
function formatThreshold(value: number): string {
  return String(Math.round(value * 10) / 10).replace('.', ',');
}

/** A number for a NUMBER column: anything else (NaN from a broken sheet) is no data. */
const cell = (value: number | null | undefined): number | null =>
  typeof value === 'number' && Number.isFinite(value) ? value : null;

/** A year's series is named by the year; the municipality's and the region's are not. */
const isYearSeries = (name: string) => /^\d{4}$/.test(name);

/** The years' colours in order, then the comparison levels' (greys), so the school's own stand out. */
export function chartSeriesColors(chart: ChartModel): string[] {
  let year = 0;
  let level = 0;
  return chart.series.map((series) =>
    isYearSeries(series.name)
      ? YEAR_COLORS[year++ % YEAR_COLORS.length]!
      : COMPARISON_COLORS[level++ % COMPARISON_COLORS.length]!,
  );
}

/**
 * The per-series options of the line chart (documented for LineChart): every share a point without
 * a connecting line (procedures are not a sequence), the threshold a dashed line without points —
 * with one procedure there is no line to draw between two points, so it gets a marker instead.
 */
export function chartSeriesOptions(chart: ChartModel): Record<number, Record<string, unknown>> {
  const options: Record<number, Record<string, unknown>> = {};
  chart.series.forEach((series, i) => {
    const own = isYearSeries(series.name);
    options[i] = { lineWidth: 0, pointSize: own ? 9 : 8, pointShape: own ? 'circle' : 'diamond' };
  });
  options[chart.series.length] = {
    lineWidth: 2,
    lineDashStyle: [6, 4],
    pointSize: chart.categories.length > 1 ? 0 : 6,
  };
  return options;
}

/**
 * One data table (procedure, each series, the threshold) and one line chart whose last series
 * is the threshold. Calls grow with the procedures, never with the schools behind the shares.
 */
export function chartImage(chart: ChartModel, charts: ChartsLike): BlobLike {
  const table = charts.newDataTable().addColumn(charts.ColumnType.STRING, m.categoryColumn);
  for (const series of chart.series) table.addColumn(charts.ColumnType.NUMBER, series.name);
  table.addColumn(charts.ColumnType.NUMBER, m.thresholdSeries(formatThreshold(chart.threshold)));
  chart.categories.forEach((category, i) => {
    table.addRow([String(category), ...chart.series.map((s) => cell(s.values[i])), chart.threshold]);
  });
  return (
    charts
      .newLineChart()
      .setDataTable(table.build())
      .setTitle(chart.title)
      .setDimensions(CHART_WIDTH, CHART_HEIGHT)
      .setYAxisTitle(chart.unit)
      .setRange(0, chartAxisMax(chart))
      .setColors([...chartSeriesColors(chart), THRESHOLD_COLOR])
      .setLegendPosition(charts.Position.BOTTOM)
      .setOption('series', chartSeriesOptions(chart))
      // Every procedure named under its points, wrapped rather than skipped.
      .setOption('hAxis', { showTextEvery: 1, maxTextLines: 3 })
      .build()
      .getAs('image/png')
  );
}
