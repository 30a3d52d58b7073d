// @vitest-environment happy-dom
// The dashboard's «2»-share chart: inline SVG built with DOM calls, every number also as text,
// the threshold as a line, «Сравнение»'s series beside the years, data never as markup.
import { afterEach, describe, expect, it } from 'vitest';
import type { ShareChartDto } from '../../../src/shared/api';
import { axisMax, CHART_WIDTH, shareChartView } from '../../../src/sidebar/dashboard/shareChartView';
import { mount } from '../../../src/sidebar/lib/dom';
import { texts } from '../../../src/sidebar/lib/texts';
import { HOSTILE_NAME, readyDashboard } from '../dashboardDto';
import { mountDashboard } from '../sidebarHarness';

const SVG_NS = 'http://www.w3.org/2000/svg';

function chartOf(dto = readyDashboard().shareChart): ShareChartDto {
  if (dto.state !== 'ready') throw new Error('not ready');
  return dto;
}

function draw(chart: ShareChartDto): HTMLElement {
  const root = document.createElement('div');
  document.body.append(root);
  mount(root, shareChartView(chart));
  return root;
}

afterEach(() => {
  document.body.replaceChildren();
});

describe('shareChartView', () => {
  it('draws one group per procedure and one bar per series, widths in proportion to the shares', () => {
    const root = draw(chartOf());
    const chart = root.querySelector('svg')!;
    expect(chart.namespaceURI).toBe(SVG_NS);
    const groups = [...chart.querySelectorAll('g.procedure')];
    expect(groups.map((g) => g.getAttribute('data-procedure'))).toEqual([
      'ВПР математика 5 кл.',
      HOSTILE_NAME,
    ]);
    const bars = [...groups[0]!.querySelectorAll('g.bar')];
    expect(bars).toHaveLength(3);
    const widths = bars.map((b) => Number(b.querySelector('rect')!.getAttribute('width')));
    // 34,3 : 28,6 : 18,2 on one scale (axis to 40 %).
    expect(axisMax(chartOf())).toBe(40);
    expect(widths[0]! / widths[2]!).toBeCloseTo(34.3 / 18.2, 1);
    expect(widths[0]!).toBeLessThanOrEqual(CHART_WIDTH);
  });

  it('writes each number as text beside its bar and again in a table', () => {
    const root = draw(chartOf());
    const values = [...root.querySelectorAll('g.procedure')[0]!.querySelectorAll('text.bar-value')].map(
      (t) => t.textContent,
    );
    expect(values).toEqual(['34,3 %', '28,6 %', '18,2 %']);
    const rows = [...root.querySelectorAll('table.chart-numbers tbody tr')].map((tr) =>
      [...tr.children].map((c) => c.textContent),
    );
    expect(rows).toEqual([
      ['ВПР математика 5 кл.', '34,3 % ▲', '28,6 %', '18,2 %'],
      [HOSTILE_NAME, '12 %', texts.shareChart.noValue, '9,5 %'],
    ]);
    expect([...root.querySelectorAll('table.chart-numbers thead th')].map((th) => th.textContent)).toEqual([
      'Процедура',
      '2023 год',
      '2024 год',
      'Муниципалитет, 2024',
    ]);
  });

  it('draws the threshold as a line at its share, labelled', () => {
    const root = draw(chartOf());
    const line = root.querySelector('g.threshold line')!;
    const bar = root.querySelector('g.bar rect')!;
    const scale = Number(bar.getAttribute('width')) / 34.3;
    expect(Number(line.getAttribute('x1'))).toBeCloseTo(30 * scale, 0);
    expect(root.querySelector('g.threshold text')!.textContent).toBe('порог 30 %');
  });

  it('is an image named by the model’s alternative text, for screen readers', () => {
    const root = draw(chartOf());
    const chart = root.querySelector('svg')!;
    expect(chart.getAttribute('role')).toBe('img');
    const title = chart.querySelector(`#${chart.getAttribute('aria-labelledby')}`)!;
    expect(title.textContent).toContain(chartOf().altText);
  });

  it('puts a procedure named like markup in as text, creating no element', () => {
    const root = draw(chartOf());
    expect(root.querySelector('img')).toBeNull();
    expect(root.textContent).toContain(HOSTILE_NAME);
  });

  it('draws no bar for a missing share and says «нет данных»', () => {
    const root = draw(chartOf());
    const missing = root.querySelectorAll('g.procedure')[1]!.querySelectorAll('g.bar')[1]!;
    expect(missing.querySelector('rect')!.getAttribute('width')).toBe('0.0');
    expect(missing.querySelector('text')!.textContent).toBe(texts.shareChart.noValue);
  });
});

describe('the chart in the dashboard', () => {
  it('is a card of its own, with a «Сформировать справку» button among the actions', async () => {
    const view = mountDashboard({
      getDashboard: () => readyDashboard(),
      runDashboardAction: () => ({ ok: true, message: 'Справка создана', journalCount: 0 }),
      selectSheetRow: () => true,
      getCuratorView: () => ({ folderText: '', folderLink: null, collectAvailable: false }),
      openCuratorSidebar: () => true,
      openDashboardSidebar: () => true,
    });
    await view.app.ready;
    expect(view.root.querySelector('#share-chart svg')).not.toBeNull();
    const button = view.root.querySelector<HTMLButtonElement>('[data-action="buildReport"]')!;
    expect(button.textContent).toBe('Сформировать справку');
    expect(button.getAttribute('aria-disabled')).toBe('false');
  });

  it('says why there is no chart when the section is not ready', async () => {
    const view = mountDashboard({
      getDashboard: () => readyDashboard({ shareChart: { state: 'noData', sheet: 'Результаты ОП' } }),
      runDashboardAction: () => ({ ok: true, message: '', journalCount: 0 }),
      selectSheetRow: () => true,
      getCuratorView: () => ({ folderText: '', folderLink: null, collectAvailable: false }),
      openCuratorSidebar: () => true,
      openDashboardSidebar: () => true,
    });
    await view.app.ready;
    expect(view.root.querySelector('#share-chart svg')).toBeNull();
    expect(view.text('#share-chart')).toContain(texts.unavailable.noData('Результаты ОП'));
  });
});
