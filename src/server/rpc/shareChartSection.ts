// The dashboard's chart (PRODUCT.md §8): the справка's chart model, computed by the same core from
// «Результаты ОП» and «Сравнение» (two sheets read, two calls each), as plain JSON.
import { formatsFromGrid } from '../../core/numbers/shareScale';
import { ADDON_VERSION } from '../../core/report/addonVersion';
import { reportChart } from '../../core/report/chartModel';
import type { ChartModel } from '../../core/report/documentModel';
import { locateTable } from '../../core/table/locateTable';
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

export function shareChartSection({ context, settings, timeZone }: DashboardRead): SectionDto<ShareChartDto> {
  const { spreadsheet } = context;
  // With its formats, as the ШНОР part reads it (the same range: no call more), so that a typed
  // 0,89 is drawn as 0,89 %, not 89 % (PRODUCT.md §2).
  const results = readGridWithFormats(spreadsheet, RESULTS_SHEET.name);
  if (!results) return { state: 'noSheet', sheet: RESULTS_SHEET.name };
  const located = locateTable(results.grid, RESULTS_SHEET);
  const reportDate = settings.reportDate;
  if (!reportDate) return { state: 'noData', sheet: RESULTS_SHEET.name };
  const chart = reportChart({
    settings,
    reportDate,
    timeZone,
    addonVersion: ADDON_VERSION,
    workbookName: '',
    // Only what the chart is drawn from: the other sheets are the other parts' reads.
    sheets: {
      settings: null,
      results: results.grid,
      clusters: null,
      riskProfile: null,
      riskThresholds: null,
      roadmap: null,
      targets: null,
      comparison: readGrid(spreadsheet, COMPARISON_SHEET.name)?.grid ?? null,
      formats: {
        resultsShare: located.found ? formatsFromGrid(results.formats, located.table, ['share']) : null,
      },
    },
  });
  if (!chart) return { state: 'noData', sheet: RESULTS_SHEET.name };
  return { state: 'ready', ...shareChartDto(chart) };
}
