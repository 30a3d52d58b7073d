// The «2» share by procedure (PRODUCT.md §8) as inline SVG: one group per procedure, a horizontal
// bar per series (years, then the municipality and the region), the threshold as a dashed line.
// Each bar carries its number as text, and a table below gives every number again for anyone who
// cannot see the picture; the picture itself is named by the model's alternative text.
import { chartAxisMax, type ShareChartDto } from '../../shared/api';
import { type Child, h } from '../lib/dom';
import { formatPercent } from '../lib/format';
import { svg } from '../lib/svg';
import { texts } from '../lib/texts';

const t = texts.shareChart;

export const CHART_WIDTH = 276;
const LABEL_HEIGHT = 16;
const BAR_HEIGHT = 11;
const BAR_GAP = 3;
const GROUP_GAP = 8;
const TOP = 16;
// Room right of the longest bar for its number («100 %»).
const VALUE_ROOM = 46;
// Years in blues, the comparison levels in greys: the same palette as the справка's chart.
const SERIES_COLORS = ['#9fc5e8', '#3d85c6', '#0b5394', '#073763', '#999999', '#666666'];
const THRESHOLD_COLOR = '#cc0000';

export const seriesColor = (index: number): string => SERIES_COLORS[index % SERIES_COLORS.length]!;

/** Percent points → «34,5 %»; no share → «нет данных». */
export function shareText(value: number | null): string {
  return value === null ? t.noValue : formatPercent(value / 100);
}

/** The axis end: the справка's chart's, a round number over every value and the threshold. */
export const axisMax = chartAxisMax;

function chartSvg(chart: ShareChartDto, titleId: string): SVGSVGElement {
  const max = axisMax(chart);
  const plot = CHART_WIDTH - VALUE_ROOM;
  const x = (value: number) => Math.max(0, Math.min(plot, (value / max) * plot));
  const groupHeight = LABEL_HEIGHT + chart.series.length * (BAR_HEIGHT + BAR_GAP) + GROUP_GAP;
  const height = TOP + chart.categories.length * groupHeight;
  const groups = chart.categories.map((category, i) => {
    const y0 = TOP + i * groupHeight;
    const bars = chart.series.map((series, j) => {
      const value = series.values[i] ?? null;
      const y = y0 + LABEL_HEIGHT + j * (BAR_HEIGHT + BAR_GAP);
      const width = value === null ? 0 : x(value);
      const over = value !== null && value >= chart.threshold;
      return svg(
        'g',
        { class: 'bar', 'data-series': j, 'data-value': value === null ? '' : value },
        svg('title', {}, `${category}, ${series.name}: ${shareText(value)}`),
        svg('rect', { x: 0, y, width: width.toFixed(1), height: BAR_HEIGHT, fill: seriesColor(j) }),
        svg(
          'text',
          {
            x: (width + 3).toFixed(1),
            y: y + BAR_HEIGHT - 2,
            class: over ? 'bar-value over' : 'bar-value',
          },
          shareText(value),
        ),
      );
    });
    return svg(
      'g',
      { class: 'procedure', 'data-procedure': category },
      svg('text', { x: 0, y: y0 + LABEL_HEIGHT - 4, class: 'procedure-label' }, category),
      ...bars,
    );
  });
  const tx = x(chart.threshold).toFixed(1);
  return svg(
    'svg',
    {
      class: 'share-chart',
      width: CHART_WIDTH,
      height,
      viewBox: `0 0 ${CHART_WIDTH} ${height}`,
      role: 'img',
      'aria-labelledby': titleId,
    },
    svg('title', { id: titleId }, `${chart.title}. ${chart.altText}`),
    ...groups,
    svg(
      'g',
      { class: 'threshold', 'data-threshold': chart.threshold },
      svg('line', {
        x1: tx,
        x2: tx,
        y1: TOP - 4,
        y2: height - GROUP_GAP,
        stroke: THRESHOLD_COLOR,
        'stroke-width': 1.5,
        'stroke-dasharray': '4 3',
      }),
      svg('text', { x: tx, y: TOP - 6, class: 'threshold-label' }, t.threshold(shareText(chart.threshold))),
    ),
  );
}

function legend(chart: ShareChartDto): HTMLElement {
  return h(
    'ul',
    { class: 'chart-legend' },
    ...chart.series.map((series, j) =>
      h(
        'li',
        { attrs: { 'data-series': j } },
        h('span', { class: `swatch swatch-${j % SERIES_COLORS.length}`, attrs: { 'aria-hidden': 'true' } }),
        series.name,
      ),
    ),
    h(
      'li',
      null,
      h('span', { class: 'swatch swatch-threshold', attrs: { 'aria-hidden': 'true' } }),
      t.threshold(shareText(chart.threshold)),
    ),
  );
}

/** Every number of the chart as text: procedures down, series across. */
function numbersTable(chart: ShareChartDto): HTMLElement {
  return h(
    'table',
    { class: 'chart-numbers' },
    h('caption', { class: 'visually-hidden' }, t.tableCaption(chart.title)),
    h(
      'thead',
      null,
      h(
        'tr',
        null,
        h('th', { attrs: { scope: 'col' } }, t.procedure),
        ...chart.series.map((s) => h('th', { attrs: { scope: 'col' } }, s.name)),
      ),
    ),
    h(
      'tbody',
      null,
      ...chart.categories.map((category, i) =>
        h(
          'tr',
          { attrs: { 'data-procedure': category } },
          h('th', { attrs: { scope: 'row' } }, category),
          ...chart.series.map((s) => {
            const value = s.values[i] ?? null;
            const over = value !== null && value >= chart.threshold;
            return h('td', { class: over ? 'over' : '' }, shareText(value), over ? t.overMark : '');
          }),
        ),
      ),
    ),
  );
}

let chartCount = 0;

export function shareChartView(chart: ShareChartDto): Child {
  if (chart.categories.length === 0 || chart.series.length === 0) return h('p', { class: 'notice' }, t.none);
  const titleId = `share-chart-title-${++chartCount}`;
  return [
    h('p', { class: 'muted small' }, chart.title),
    chartSvg(chart, titleId),
    legend(chart),
    numbersTable(chart),
    h('p', { class: 'muted small' }, t.legendNote(shareText(chart.threshold))),
  ];
}
