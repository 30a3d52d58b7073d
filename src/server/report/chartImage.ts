// The справка's chart as a PNG built on Google's side (ENGINEERING.md: the Charts service renders
// it, no request of ours leaves Google and no image is made public). Columns per year (and the
// municipality's / region's shares), the threshold as a line over them.
import { reportDeliveryMessages as m } from '../../core/messages/reportDelivery';
import type { ChartModel } from '../../core/report/documentModel';
import type { BlobLike, ChartsLike } from './documentSurface';

// The text width of a Docs page (Letter or A4, default margins) is about 624 px: the image fits it.
export const CHART_WIDTH = 600;
export const CHART_HEIGHT = 340;

// Years in blues, the comparison levels in greys, so the school's own columns stand out.
const SERIES_COLORS = ['#9fc5e8', '#3d85c6', '#0b5394', '#073763', '#999999', '#666666'];
const THRESHOLD_COLOR = '#cc0000';

/** A round upper bound over every value and the threshold, at most 100 %. */
export function chartRangeMax(chart: ChartModel): number {
  let max = chart.threshold;
  for (const series of chart.series) for (const v of series.values) if (v !== null && v > max) max = v;
  return Math.min(100, Math.max(10, Math.ceil((max * 1.1) / 10) * 10));
}

/** `30` → «30», `12.5` → «12,5»: the threshold's label in the legend. */
function formatThreshold(value: number): string {
  return String(Math.round(value * 10) / 10).replace('.', ',');
}

/** A number for a NUMBER column: anything else (NaN from a broken sheet) is no data. */
const cell = (value: number | null | undefined): number | null =>
  typeof value === 'number' && Number.isFinite(value) ? value : null;

/**
 * One data table (procedure, each series, the threshold) and one column chart whose last series
 * is drawn as a line. Calls grow with the procedures, never with the schools behind the shares.
 */
export function chartImage(chart: ChartModel, charts: ChartsLike): BlobLike {
  const table = charts.newDataTable().addColumn(charts.ColumnType.STRING, m.categoryColumn);
  for (const series of chart.series) table.addColumn(charts.ColumnType.NUMBER, series.name);
  table.addColumn(charts.ColumnType.NUMBER, m.thresholdSeries(formatThreshold(chart.threshold)));
  chart.categories.forEach((category, i) => {
    table.addRow([String(category), ...chart.series.map((s) => cell(s.values[i])), chart.threshold]);
  });
  const thresholdIndex = chart.series.length;
  return charts
    .newColumnChart()
    .setDataTable(table.build())
    .setTitle(chart.title)
    .setDimensions(CHART_WIDTH, CHART_HEIGHT)
    .setYAxisTitle(chart.unit)
    .setRange(0, chartRangeMax(chart))
    .setColors([...chart.series.map((_, i) => SERIES_COLORS[i % SERIES_COLORS.length]!), THRESHOLD_COLOR])
    .setLegendPosition(charts.Position.BOTTOM)
    .setOption('seriesType', 'bars')
    .setOption('series', { [thresholdIndex]: { type: 'line', color: THRESHOLD_COLOR, lineWidth: 2 } })
    .build()
    .getAs('image/png');
}
