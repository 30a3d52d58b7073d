// The preview session against a hand-written Code.js: sidebars, selections and the serialisation
// of google.script.run, independent of which capabilities the add-on has today.
import { describe, expect, it } from 'vitest';
import { PreviewSession } from '../../dev/preview/session';
import { SCHOOL_SAMPLE } from '../../dev/sample/sampleWorkbook';

const CODE = `
var loads = (typeof loads === 'number' ? loads : 0) + 1;
function onOpen(e) {
  SpreadsheetApp.getUi().createAddonMenu().addItem('Открыть', 'openPanel').addSeparator().addToUi();
}
function openPanel() {
  SpreadsheetApp.getUi().showSidebar(
    HtmlService.createHtmlOutputFromFile('dashboard').setTitle('Панель').setWidth(300));
}
function selectRow(row) {
  SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Настройки').getRange(row, 1, 1, 2).activate();
  return { row: row };
}
function withDate() { return { items: [1, 2], when: new Date(2024, 0, 1) }; }
function withFunctionsAndUndefined() { return { a: 1, f: function () {}, u: undefined, list: [undefined, 2] }; }
function nothing() {}
function fails() { throw new Error('Нет листа «Дорожная карта»'); }
function loadCount() { return loads; }
function helper_() { return 1; }
`;

const HTML = '<!doctype html><html lang="ru"><head><title>x</title></head><body><p>Панель</p></body></html>';

function session(): PreviewSession {
  return new PreviewSession(
    [SCHOOL_SAMPLE],
    () => CODE,
    (name) => {
      if (name !== 'dashboard') throw new Error('no file');
      return HTML;
    },
  );
}

describe('PreviewSession', () => {
  it('reads the menu by running onOpen in AuthMode.NONE', () => {
    expect(session().state().menu).toEqual([
      { label: 'Открыть', functionName: 'openPanel' },
      { separator: true },
    ]);
  });

  it('keeps the sidebar the add-on shows, with its title and width, until it is closed', () => {
    const s = session();
    s.runMenu('openPanel');
    const first = s.state().sidebar;
    expect(first).toMatchObject({ title: 'Панель', width: 300 });
    expect(s.sidebarHtml()).toBe(HTML);
    s.runMenu('openPanel');
    expect(s.state().sidebar!.seq).toBeGreaterThan(first!.seq);
    s.closeSidebar();
    expect(s.state().sidebar).toBeNull();
  });

  it('reports the row the add-on activates, so the page can switch to it', () => {
    const s = session();
    const outcome = s.rpc('selectRow', [4]);
    expect(outcome).toEqual({ ok: true, result: { row: 4 } });
    expect(s.state().selection).toMatchObject({ sheet: 'Настройки', row: 4, a1: 'A4:B4' });
  });

  it('serialises results like google.script.run: a Date anywhere → null, undefined → null, functions dropped', () => {
    const s = session();
    expect(s.rpc('withDate', [])).toEqual({ ok: true, result: null });
    expect(s.rpc('nothing', [])).toEqual({ ok: true, result: null });
    expect(s.rpc('withFunctionsAndUndefined', [])).toEqual({ ok: true, result: { a: 1, list: [null, 2] } });
  });

  it('turns a thrown error into a failure with its message, and refuses private functions', () => {
    const s = session();
    expect(s.rpc('fails', [])).toEqual({
      ok: false,
      error: { name: 'Error', message: 'Нет листа «Дорожная карта»' },
    });
    expect(s.rpc('helper_', [])).toMatchObject({ ok: false });
    expect(s.rpcFunctionNames()).not.toContain('helper_');
    expect(s.rpcFunctionNames()).toContain('selectRow');
  });

  it('loads Code.js afresh for every call, as Apps Script does, while the workbook persists', () => {
    const s = session();
    expect(s.rpc('loadCount', [])).toEqual({ ok: true, result: 1 });
    expect(s.rpc('loadCount', [])).toEqual({ ok: true, result: 1 });
  });

  it('shows a menu click that fails as an error event', () => {
    const s = session();
    s.runMenu('fails');
    expect(s.state().events.at(-1)).toMatchObject({ kind: 'error', message: 'Нет листа «Дорожная карта»' });
  });
});
