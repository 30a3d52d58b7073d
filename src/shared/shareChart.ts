// The value axis of the «2»-share chart: one rule for the справка's PNG (server) and the
// dashboard's SVG (sidebar), both drawn from the same chart model.
import type { ShareChartDto } from './api';

/** A round upper bound over every value and the threshold, at most 100 %. */
export function shareChartAxisMax(chart: ShareChartDto): number {
  let max = chart.threshold;
  for (const series of chart.series) for (const v of series.values) if (v !== null && v > max) max = v;
  return Math.min(100, Math.max(10, Math.ceil((max * 1.1) / 10) * 10));
}
