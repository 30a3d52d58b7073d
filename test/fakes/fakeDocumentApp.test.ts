// The fakes refuse what DocumentApp and Charts refuse, so a renderer that passes here passes there.
import { describe, expect, it } from 'vitest';
import { CallCounter } from './callCounter';
import { createFakeCharts } from './fakeCharts';
import { createFakeDocumentApp } from './fakeDocumentApp';

function newBody() {
  const calls = new CallCounter();
  const app = createFakeDocumentApp(calls);
  const document = app.create('Справка');
  return { calls, app, document, body: document.getBody() };
}

describe('fake DocumentApp', () => {
  it('starts a Doc with one empty paragraph, which cannot be removed while it is the last', () => {
    const { body } = newBody();
    expect(body.getNumChildren()).toBe(1);
    expect(() => body.getChild(0).removeFromParent()).toThrow(/last paragraph/);
    body.appendParagraph('Текст');
    body.getChild(0).removeFromParent();
    expect(body.elements.map((e) => e.kind === 'paragraph' && e.text)).toEqual(['Текст']);
  });

  it.each([
    ['a number cell', [['Школа'], [1]]],
    ['a null cell', [['Школа'], [null]]],
    ['rows of different lengths', [['Школа', 'Год'], ['СОШ № 2']]],
    ['no rows', []],
  ])('refuses a table with %s', (_case, cells) => {
    const { body } = newBody();
    expect(() => body.appendTable(cells as string[][])).toThrow(/Invalid argument: cells/);
  });

  it('refuses unknown enum values and edits after saveAndClose', () => {
    const { app, body, document } = newBody();
    expect(() => body.appendParagraph('x').setHeading('H1')).toThrow(/heading/);
    expect(() => body.appendListItem('x').setGlyphType('DIGIT')).toThrow(/glyphType/);
    body.appendParagraph('x').setHeading(app.ParagraphHeading.HEADING2);
    document.saveAndClose();
    expect(() => body.appendParagraph('y')).toThrow(/closed/);
  });

  it('throws Apps Script’s permission error when the documents scope was declined', () => {
    const app = createFakeDocumentApp(new CallCounter());
    app.authorized = false;
    expect(() => app.create('Справка')).toThrow(
      'You do not have permission to call DocumentApp.create. Required permissions: https://www.googleapis.com/auth/documents',
    );
  });

  it('takes only image blobs into appendImage', () => {
    const calls = new CallCounter();
    const charts = createFakeCharts(calls);
    const { body } = newBody();
    const table = charts.newDataTable().addColumn(charts.ColumnType.STRING, 'П').addRow(['ВПР']).build();
    const blob = charts.newColumnChart().setDataTable(table).build().getAs('image/png');
    expect(body.appendImage(blob).setAltDescription('Описание')).toMatchObject({
      altDescription: 'Описание',
    });
    expect(() =>
      body.appendImage({ getContentType: () => 'image/png', getBytes: () => [] } as never),
    ).toThrow(/image/);
  });
});

describe('fake Charts', () => {
  it('refuses a row that does not fit its columns, and a chart without data', () => {
    const charts = createFakeCharts(new CallCounter());
    const table = charts
      .newDataTable()
      .addColumn(charts.ColumnType.STRING, 'Процедура')
      .addColumn(charts.ColumnType.NUMBER, '2024');
    expect(() => table.addRow(['ВПР'])).toThrow(/2 values/);
    expect(() => table.addRow(['ВПР', '34'])).toThrow(/NUMBER/);
    table.addRow(['ВПР', null]);
    expect(() => table.addColumn(charts.ColumnType.NUMBER, '2025')).toThrow(/after rows/);
    expect(() => charts.newColumnChart().build()).toThrow(/setDataTable/);
    expect(() => charts.newDataTable().addColumn(charts.ColumnType.STRING, 'П').build()).toThrow(/empty/);
    expect(() => charts.newColumnChart().setDataTable(table.build()).build().getAs('text/html')).toThrow();
  });
});

describe('fake Charts: how each series is drawn', () => {
  const table = (charts: ReturnType<typeof createFakeCharts>) =>
    charts
      .newDataTable()
      .addColumn(charts.ColumnType.STRING, 'Процедура')
      .addColumn(charts.ColumnType.NUMBER, '2024')
      .addColumn(charts.ColumnType.NUMBER, 'Порог')
      .addRow(['ВПР', 34, 30])
      .build();

  it('a column chart draws every series as columns, whatever a ComboChart option asks', () => {
    const charts = createFakeCharts(new CallCounter());
    charts
      .newColumnChart()
      .setDataTable(table(charts))
      .setOption('seriesType', 'bars')
      .setOption('series', { 1: { type: 'line' } })
      .build();
    expect(charts.built[0]!.marks).toEqual(['column', 'column']);
  });

  it('a line chart draws lines (lineWidth, default 2) and points (pointSize, default 0)', () => {
    const charts = createFakeCharts(new CallCounter());
    charts.newLineChart().setDataTable(table(charts)).build();
    charts
      .newLineChart()
      .setDataTable(table(charts))
      .setOption('series', { 0: { lineWidth: 0, pointSize: 9 }, 1: { pointSize: 0 } })
      .build();
    charts.newLineChart().setDataTable(table(charts)).setOption('lineWidth', 0).build();
    expect(charts.built.map((c) => [c.type, ...c.marks])).toEqual([
      ['line', 'line', 'line'],
      ['line', 'points', 'line'],
      ['line', 'none', 'none'],
    ]);
  });
});
