// «Сформировать справку»: a new Doc from the workbook, a dialog with its link, and a Russian answer
// when the user declined the documents scope.
import { describe, expect, it } from 'vitest';
import { buildMunicipalWorkbook } from '../../../dev/sample/municipalWorkbook';
import { buildSchoolWorkbook } from '../../../dev/sample/schoolWorkbook';
import { SAMPLE_SCHOOL } from '../../../dev/sample/settings';
import { reportDeliveryMessages as m } from '../../../src/core/messages/reportDelivery';
import { buildReport } from '../../../src/core/report/buildReport';
import { buildReportAction, isDocumentsScopeDeclined } from '../../../src/server/actions/buildReport';
import { escapeHtml, reportDialogHtml } from '../../../src/server/report/reportDialog';
import { readReportInput } from '../../../src/server/report/reportInput';
import { runDashboardAction } from '../../../src/server/rpc/dashboardActions';
import { createFakeContext } from '../../fakes/fakeContext';

function context() {
  return createFakeContext(buildSchoolWorkbook(), new Date('2024-11-20T09:00:00+03:00'));
}

describe('«Сформировать справку»', () => {
  it('creates one Doc from the sample workbook and shows a dialog with its link', () => {
    const ctx = context();
    const result = buildReportAction(ctx);

    expect(result.ok).toBe(true);
    expect(ctx.documentApp.documents).toHaveLength(1);
    const document = ctx.documentApp.documents[0]!;
    expect(document.closed).toBe(true);
    expect(document.body.elements.length).toBeGreaterThan(1);
    expect(result.report).toEqual({ id: document.id, name: document.name, url: document.getUrl() });
    expect(ctx.ui.dialogs).toHaveLength(1);
    const dialog = ctx.ui.dialogs[0]!;
    expect(dialog.title).toBe(m.dialogTitle);
    expect(dialog.html).toContain(`href="https://docs.google.com/document/d/${document.id}/edit"`);
    expect(dialog.html).toContain(escapeHtml(document.name));
    expect(ctx.spreadsheet.toasts.at(-1)).toContain(m.done(document.name));
    expect(ctx.lock.held).toBe(false);
  });

  it('writes nothing to the workbook: each run makes a new draft and leaves the sheets as they were', () => {
    const ctx = context();
    const before = ctx.spreadsheet.sheets.map((s) => [s.getNameUncounted(), s.values()]);
    buildReportAction(ctx);
    buildReportAction(ctx);
    expect(ctx.documentApp.documents).toHaveLength(2);
    expect(ctx.spreadsheet.calls.countMatching(/^Range\.(setValues?|clear\w*)$/)).toBe(0);
    const after = ctx.spreadsheet.sheets
      .filter((s) => before.some(([name]) => name === s.getNameUncounted()))
      .map((s) => [s.getNameUncounted(), s.values()]);
    expect(after).toEqual(before);
  });

  it('tells a user who declined the documents scope, in Russian, how to grant it; no dialog', () => {
    const ctx = context();
    ctx.documentApp.authorized = false;
    const result = buildReportAction(ctx);

    expect(result.ok).toBe(false);
    expect(result.report).toBeNull();
    expect(ctx.ui.dialogs).toHaveLength(0);
    expect(ctx.ui.alerts).toHaveLength(1);
    expect(ctx.ui.alerts[0]!.message).toContain(m.scopeDeclined);
    expect(ctx.ui.alerts[0]!.message).not.toMatch(/You do not have|Required permissions/);
    expect(ctx.lock.held).toBe(false);
  });

  it('words another Google failure of DocumentApp apart from the scope', () => {
    const base = context();
    const ctx = {
      ...base,
      reportServices: {
        documentApp: () => {
          throw new Error('Service unavailable: Docs');
        },
        charts: () => base.charts,
      },
    };
    const result = buildReportAction(ctx);
    expect(result.ok).toBe(false);
    expect(result.message).not.toContain(m.scopeDeclined);
    expect(result.message).not.toContain('Service unavailable');
    expect(ctx.documentApp.documents).toHaveLength(0);
  });
});

describe('isDocumentsScopeDeclined', () => {
  it.each([
    [
      'You do not have permission to call DocumentApp.create. Required permissions: https://www.googleapis.com/auth/documents',
      true,
    ],
    ['Authorization is required to perform that action. (DocumentApp)', true],
    ['Service unavailable: Docs', false],
    ['You do not have permission to call SpreadsheetApp.openById', false],
  ])('%s → %s', (message, declined) => {
    expect(isDocumentsScopeDeclined(new Error(message))).toBe(declined);
  });
});

describe('the dialog', () => {
  it('is text only: a name with markup is escaped, and only a Docs address becomes a link', () => {
    const html = reportDialogHtml({
      id: 'x',
      name: 'Справка — <b>=1+1</b> "СОШ"',
      url: 'javascript:alert(1)',
    });
    expect(html).toContain('Справка — &lt;b&gt;=1+1&lt;/b&gt; &quot;СОШ&quot;');
    expect(html).not.toContain('<b>');
    expect(html).not.toContain('href="javascript');
  });
});

describe('the dashboard button «Сформировать справку»', () => {
  it('runs the same action: the dialog with the link opens, the message goes to the sidebar', () => {
    const ctx = context();
    const result = runDashboardAction(ctx, 'buildReport');
    expect(result.ok).toBe(true);
    expect(result.message).toContain(m.done(ctx.documentApp.documents[0]!.name));
    expect(ctx.ui.dialogs).toHaveLength(1);
  });

  it('a refusal is the sidebar’s message only, not a second copy in an alert', () => {
    const ctx = context();
    ctx.documentApp.authorized = false;
    const result = runDashboardAction(ctx, 'buildReport');
    expect(result.ok).toBe(false);
    expect(result.message).toContain(m.scopeDeclined);
    expect(ctx.ui.alerts).toHaveLength(0);
    expect(ctx.ui.dialogs).toHaveLength(0);
  });
});

describe('the Doc read back against the model it was built from', () => {
  const NOW = new Date('2024-12-23T09:00:00+03:00');

  it.each([
    ['the school sample', () => buildSchoolWorkbook()],
    ['the municipal sample (seed 002_…)', () => buildMunicipalWorkbook()],
  ])('%s: every block in order, each table in one call with the model’s cells', (_name, workbook) => {
    const ctx = createFakeContext(workbook(), NOW);
    const model = buildReport(readReportInput(ctx.spreadsheet, NOW));
    ctx.spreadsheet.calls.reset();
    expect(buildReportAction(ctx).ok).toBe(true);

    const elements = ctx.documentApp.documents[0]!.body.elements;
    const blocks = model.sections.flatMap((s) => s.blocks);
    const headings = blocks.flatMap((b) => (b.kind === 'heading' ? [b.text] : []));
    expect(
      elements.flatMap((e) => (e.kind === 'paragraph' && e.heading !== 'NORMAL' ? [e.text] : [])),
    ).toEqual(headings);
    const tables = blocks.flatMap((b) => (b.kind === 'table' ? [[b.header, ...b.rows]] : []));
    expect(elements.flatMap((e) => (e.kind === 'table' ? [e.cells] : []))).toEqual(tables);
    expect(ctx.spreadsheet.calls.count('Body.appendTable')).toBe(tables.length);
    const items = blocks.flatMap((b) => (b.kind === 'list' ? b.items : []));
    expect(elements.flatMap((e) => (e.kind === 'listItem' ? [e.text] : []))).toEqual(items);
    const charts = blocks.flatMap((b) => (b.kind === 'chart' ? [b.chart.altText] : []));
    expect(elements.flatMap((e) => (e.kind === 'image' ? [e.altDescription] : []))).toEqual(charts);
    expect(elements[0]).toMatchObject({ kind: 'paragraph', text: 'ЧЕРНОВИК — проверьте и утвердите' });
  });

  it('a school named <b>=1+1</b> in the sheets is in the Doc literally', () => {
    const hostile = '<b>=1+1</b>';
    const workbook = buildSchoolWorkbook();
    for (const name of ['Настройки', 'Результаты ОП']) {
      const sheet = workbook.sheet(name);
      sheet.load(sheet.values().map((row) => row.map((cell) => (cell === SAMPLE_SCHOOL ? hostile : cell))));
    }
    const ctx = createFakeContext(workbook, NOW);
    expect(buildReportAction(ctx).ok).toBe(true);
    const document = ctx.documentApp.documents[0]!;
    expect(document.name).toContain(hostile);
    expect(document.body.getText()).toContain(hostile);
    expect(ctx.ui.dialogs[0]!.html).not.toContain(hostile);
    expect(ctx.ui.dialogs[0]!.html).toContain('&lt;b&gt;=1+1&lt;/b&gt;');
  });
});
