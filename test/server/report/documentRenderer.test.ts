// The DocumentApp renderer read back from the fake: every block in order, text as text, one
// appendTable per table, the chart as a PNG with its alternative text.
import { describe, expect, it, vi } from 'vitest';
import type { ChartModel, ReportDocument } from '../../../src/core/report/documentModel';
import { renderReportDocument, tableCells } from '../../../src/server/report/documentRenderer';
import { CallCounter } from '../../fakes/callCounter';
import { createFakeCharts } from '../../fakes/fakeCharts';
import { createFakeDocumentApp, type FakeBodyElement } from '../../fakes/fakeDocumentApp';

const SCHOOL = '<b>=1+1</b>';

const chart: ChartModel = {
  title: 'Доля «2» по процедурам, 2023–2024',
  categories: ['ВПР математика 5', 'ОГЭ математика'],
  series: [
    { name: '2023', values: [34.5, 12] },
    { name: '2024', values: [28, null] },
  ],
  threshold: 30,
  unit: '%',
  altText:
    'ВПР математика 5: 2023 — 34,5 %, 2024 — 28 %; ОГЭ математика: 2023 — 12 %, 2024 — нет данных. Порог 30 %.',
};

function sampleReport(rows = 2): ReportDocument {
  return {
    kind: 'school',
    fileName: `Аналитическая справка — ${SCHOOL} — 2024`,
    period: '2023/2024 учебный год',
    sections: [
      {
        id: 'header',
        blocks: [
          { kind: 'paragraph', role: 'draft', text: 'ЧЕРНОВИК — проверьте и утвердите' },
          { kind: 'paragraph', role: 'stamp', text: 'Утверждаю\nДиректор\nИванова И. И.' },
          { kind: 'heading', level: 1, text: `Аналитическая справка ${SCHOOL}` },
        ],
      },
      {
        id: 'identification',
        blocks: [
          { kind: 'heading', level: 2, text: 'Выявление ШНОР' },
          { kind: 'paragraph', text: `Школа ${SCHOOL} соответствует критерию 1.` },
          {
            kind: 'table',
            caption: 'ШНОР по годам',
            header: ['Школа', '2023', '2024'],
            rows: Array.from({ length: rows }, (_, i) => [i === 0 ? SCHOOL : `Школа ${i}`, 'да', 'нет']),
          },
          { kind: 'paragraph', role: 'note', text: 'Участников меньше 10: доля не показательна.' },
        ],
      },
      { id: 'results', blocks: [{ kind: 'chart', chart }] },
      { id: 'cluster', blocks: [{ kind: 'placeholder', text: 'Заполните лист «Кластеры».' }] },
      {
        id: 'decisions',
        blocks: [
          { kind: 'heading', level: 2, text: 'Решили:' },
          { kind: 'list', ordered: true, items: ['', '', ''] },
          { kind: 'list', ordered: false, items: ['«Результаты ОП»: 12 строк'] },
        ],
      },
    ],
  };
}

function render(report: ReportDocument, options: { chartsFail?: boolean } = {}) {
  const calls = new CallCounter();
  const documentApp = createFakeDocumentApp(calls);
  const charts = createFakeCharts(calls);
  const rendered = renderReportDocument(report, documentApp, () => {
    if (options.chartsFail) throw new Error('Service error: Charts');
    return charts;
  });
  const document = documentApp.documents[0]!;
  return { rendered, document, elements: document.body.elements, calls, charts };
}

const kinds = (elements: readonly FakeBodyElement[]) => elements.map((e) => e.kind);

describe('renderReportDocument', () => {
  it('writes every block in order as a new Doc named after the report, without the empty first paragraph', () => {
    const { rendered, document, elements } = render(sampleReport());

    expect(document.name).toBe(`Аналитическая справка — ${SCHOOL} — 2024`);
    expect(rendered).toEqual({
      id: document.id,
      name: document.name,
      url: `https://docs.google.com/document/d/${document.id}/edit`,
    });
    expect(kinds(elements)).toEqual([
      'paragraph', // draft
      'paragraph', // stamp
      'paragraph', // title
      'paragraph', // Выявление ШНОР
      'paragraph',
      'paragraph', // caption
      'table',
      'paragraph', // note
      'image',
      'paragraph', // placeholder
      'paragraph', // Решили:
      'listItem',
      'listItem',
      'listItem',
      'listItem',
    ]);
    expect(document.closed).toBe(true);
  });

  it('marks headings, the draft, the stamp, caveats and missing sections by their role', () => {
    const { elements } = render(sampleReport());
    const [draft, stamp, title, section] = elements as ReturnType<typeof render>['elements'];
    expect(draft).toMatchObject({ kind: 'paragraph', style: { bold: true, color: '#b3261e' } });
    expect(stamp).toMatchObject({ alignment: 'RIGHT', text: 'Утверждаю\nДиректор\nИванова И. И.' });
    expect(title).toMatchObject({ heading: 'HEADING1' });
    expect(section).toMatchObject({ heading: 'HEADING2', text: 'Выявление ШНОР' });
    expect(elements[7]).toMatchObject({ style: { italic: true } });
    expect(elements[9]).toMatchObject({ text: 'Заполните лист «Кластеры».', style: { italic: true } });
  });

  it('inserts text from cells literally: a school named <b>=1+1</b> is neither markup nor a formula', () => {
    const { elements, document } = render(sampleReport());
    expect(elements[2]).toMatchObject({ text: `Аналитическая справка ${SCHOOL}` });
    expect(elements[4]).toMatchObject({ text: `Школа ${SCHOOL} соответствует критерию 1.` });
    const table = elements[6];
    expect(table?.kind === 'table' && table.cells[1]![0]).toBe(SCHOOL);
    expect(document.body.getText()).toContain('<b>=1+1</b>');
  });

  it('builds a table with one appendTable call, header row bold, whatever its size', () => {
    const small = render(sampleReport(2));
    const large = render(sampleReport(300));

    const table = large.elements.find((e) => e.kind === 'table');
    expect(table?.kind === 'table' && table.cells.length).toBe(301);
    expect(table?.kind === 'table' && table.rowStyles[0]!.bold).toBe(true);
    expect(table?.kind === 'table' && table.rowStyles[1]!.bold).toBe(false);
    expect(large.calls.count('Body.appendTable')).toBe(1);
    // Calls grow with the blocks, not with the cells: 300 rows cost what 2 rows cost.
    expect(large.calls.total).toBe(small.calls.total);
  });

  it('pads rows shorter than the header (Docs refuses a ragged table)', () => {
    expect(tableCells(['А', 'Б', 'В'], [['1'], ['1', '2', '3']])).toEqual([
      ['А', 'Б', 'В'],
      ['1', '', ''],
      ['1', '2', '3'],
    ]);
  });

  it('numbers «Решили:» as one list, and bullets apart', () => {
    const { elements } = render(sampleReport());
    const items = elements.filter((e) => e.kind === 'listItem');
    expect(items.map((i) => i.kind === 'listItem' && i.glyphType)).toEqual([
      'NUMBER',
      'NUMBER',
      'NUMBER',
      'BULLET',
    ]);
    const ids = items.map((i) => i.kind === 'listItem' && i.listId);
    expect(new Set(ids.slice(0, 3)).size).toBe(1);
    expect(ids[3]).not.toBe(ids[0]);
  });

  it('puts the chart in as a PNG built by the Charts service, with the model’s alternative text', () => {
    const { elements, charts } = render(sampleReport());
    const image = elements.find((e) => e.kind === 'image');
    if (image?.kind !== 'image') throw new Error('no image');
    expect(image.altDescription).toBe(chart.altText);
    expect(image.altTitle).toBe(chart.title);
    expect(image.blob.getContentType()).toBe('image/png');
    expect(image.blob.getBytes().slice(0, 4)).toEqual([137, 80, 78, 71]);
    expect(charts.built).toHaveLength(1);
    const built = charts.built[0]!;
    expect(built.title).toBe(chart.title);
    expect(built.columns.map((c) => c.label)).toEqual(['Процедура', '2023', '2024', 'Порог 30 %']);
    expect(built.rows).toEqual([
      ['ВПР математика 5', 34.5, 28, 30],
      ['ОГЭ математика', 12, null, 30],
    ]);
    expect(built.range).toEqual([0, 40]);
  });

  it('draws the threshold as a line Google really draws: a line chart, the shares as points', () => {
    // The Charts service has no combo chart; a column chart draws every series as columns, so its
    // `series.N.type: 'line'` (a ComboChart option) would show the threshold as a fourth column.
    const { charts } = render(sampleReport());
    const built = charts.built[0]!;
    expect(built.type).toBe('line');
    expect(built.marks).toEqual(['points', 'points', 'line']);
    expect(built.colors.at(-1)).toBe('#cc0000');
  });

  it('gives the municipality and the region grey diamonds, and one procedure a visible threshold', () => {
    const compared: ChartModel = {
      ...chart,
      categories: ['ВПР математика 5'],
      series: [
        { name: '2023', values: [34.5] },
        { name: '2024', values: [28] },
        { name: 'Муниципалитет, 2024', values: [20] },
        { name: 'Регион, 2024', values: [18] },
      ],
    };
    const report = sampleReport();
    const withChart: ReportDocument = {
      ...report,
      sections: report.sections.map((s) =>
        s.id === 'results' ? { ...s, blocks: [{ kind: 'chart', chart: compared }] } : s,
      ),
    };
    const built = render(withChart).charts.built[0]!;
    expect(built.colors).toEqual(['#9fc5e8', '#3d85c6', '#999999', '#666666', '#cc0000']);
    const series = built.options.series as Record<string, { pointShape?: string }>;
    expect([0, 1, 2, 3].map((i) => series[i]?.pointShape)).toEqual([
      'circle',
      'circle',
      'diamond',
      'diamond',
    ]);
    // One category: a line needs two points, so the threshold is drawn as a marker too.
    expect(built.marks).toEqual(['points', 'points', 'points', 'points', 'line+points']);
  });

  it('keeps the справка when the Charts service fails: the chart’s numbers go in as words', () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const { elements } = render(sampleReport(), { chartsFail: true });
    expect(log.mock.calls.map((c) => String(c[0])).join('\n')).toContain('Service error: Charts');
    log.mockRestore();
    expect(elements.some((e) => e.kind === 'image')).toBe(false);
    const fallback = elements.find((e) => e.kind === 'paragraph' && e.text.startsWith('График построить не'));
    expect(fallback?.kind === 'paragraph' && fallback.text).toContain(chart.altText);
    // Google's English is for the Executions log, not for the document a school hands in.
    expect(elements.some((e) => e.kind === 'paragraph' && e.text.includes('Service error'))).toBe(false);
  });

  it('creates no Doc when DocumentApp refuses (a declined documents scope)', () => {
    const calls = new CallCounter();
    const documentApp = createFakeDocumentApp(calls);
    documentApp.authorized = false;
    expect(() => renderReportDocument(sampleReport(), documentApp, () => createFakeCharts(calls))).toThrow(
      /auth\/documents/,
    );
    expect(documentApp.documents).toHaveLength(0);
  });
});
