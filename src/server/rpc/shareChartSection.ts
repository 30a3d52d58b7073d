// The dashboard's chart (PRODUCT.md §8): the справка's chart model, computed by the same core from
// «Результаты ОП» and «Сравнение» (two sheets read, two calls each), as plain JSON.
import { identifyFromGrids } from '../../core/identification/identify';
import { Journal } from '../../core/journal/journal';
import { identificationChart } from '../../core/report/chartModel';
import type { ChartModel } from '../../core/report/documentModel';
import { COMPARISON_SHEET, RESULTS_SHEET } from '../../core/template/sheets';
import type { SectionDto, ShareChartDto } from '../../shared/api';
import { readGridWithFormats } from '../io/numberFormats';
import { readGrid } from '../io/tables';
import type { DashboardRead } from './dashboard';

/** A copy made of plain arrays: what google.script.run carries, nothing of the model's. */
export function shareChartDto(chart: ChartModel): ShareChartDto {
  return {
    title: chart.title,
    categories: [...chart.categories],
    series: chart.series.map((s) => ({
      name: s.name,
      values: s.values.map((v) => (typeof v === 'number' && Number.isFinite(v) ? v : null)),
    })),
    threshold: chart.threshold,
    unit: chart.unit,
    altText: chart.altText,
  };
}

export function shareChartSection({ context, settings }: DashboardRead): SectionDto<ShareChartDto> {
  const { spreadsheet } = context;
  // With its formats, as the ШНОР part reads it (the same range: no call more), so that a typed
  // 0,89 is drawn as 0,89 %, not 89 % (PRODUCT.md §2).
  const results = readGridWithFormats(spreadsheet, RESULTS_SHEET.name);
  if (!results) return { state: 'noSheet', sheet: RESULTS_SHEET.name };
  // Only what the chart is drawn from: «Кластеры» is the ШНОР part's read, not the chart's.
  const identification = identifyFromGrids(results.grid, null, settings, new Journal(), results.formats);
  const comparison = readGrid(spreadsheet, COMPARISON_SHEET.name)?.grid ?? null;
  const chart = identificationChart(identification, comparison, settings);
  if (!chart) return { state: 'noData', sheet: RESULTS_SHEET.name };
  return { state: 'ready', ...shareChartDto(chart) };
}
