// The fake Apps Script globals and the node:vm sandbox must be honest, or bundle tests and the
// preview would pass code that fails in Apps Script.
import { describe, expect, it } from 'vitest';
import { createFakeGlobals, runInSandbox } from './fakeGlobals';
import { formatDate } from './fakeServices';
import { FakeSpreadsheet } from './fakeSpreadsheet';

describe('runInSandbox', () => {
  it('records a service touched while the file loads', () => {
    const fake = createFakeGlobals();
    const sandbox = runInSandbox('var ui = SpreadsheetApp.getUi(); function f() {}', fake.globals);
    expect(sandbox.loadAccesses).toEqual(['SpreadsheetApp.getUi']);
    expect(sandbox.functionNames()).toEqual(['f']);
  });

  it('shares Date with the workbook, so a date cell is a Date inside Code.js', () => {
    const spreadsheet = new FakeSpreadsheet();
    spreadsheet.addSheet('Лист1', [[new Date('2024-11-20T00:00:00+03:00')]]);
    const code = `function isDate() {
      return SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Лист1').getRange(1, 1).getValues()[0][0] instanceof Date;
    }`;
    expect(runInSandbox(code, createFakeGlobals({ spreadsheet }).globals).call('isDate')).toBe(true);
  });

  it('gives Code.js a fixed clock when asked, without breaking dates built from values', () => {
    const now = new Date('2024-11-20T09:00:00Z');
    const sandbox = runInSandbox(
      'function clock() { return [new Date().getTime(), Date.now(), new Date(0).getTime()]; }',
      {},
      { now: () => now },
    );
    expect(sandbox.call('clock')).toEqual([now.getTime(), now.getTime(), 0]);
  });

  it('fails a call to a missing or non-function name like Apps Script', () => {
    const sandbox = runInSandbox('var notAFunction = 1;', createFakeGlobals().globals);
    expect(() => sandbox.call('missing')).toThrow('Script function not found: missing');
    expect(() => sandbox.call('notAFunction')).toThrow('Script function not found');
    expect(() => sandbox.call('SpreadsheetApp')).toThrow('Script function not found');
  });
});

describe('createFakeGlobals', () => {
  it('keeps the document and properties out of reach in AuthMode.NONE', () => {
    const fake = createFakeGlobals();
    fake.authMode = 'NONE';
    const sandbox = runInSandbox(
      `function doc() { return SpreadsheetApp.getActiveSpreadsheet(); }
       function props() { return PropertiesService.getDocumentProperties(); }
       function menu() { SpreadsheetApp.getUi().createAddonMenu().addItem('Справка', 'menuHelp').addToUi(); }`,
      fake.globals,
    );
    expect(() => sandbox.call('doc')).toThrow(/permission/);
    expect(() => sandbox.call('props')).toThrow(/permission/);
    sandbox.call('menu');
    expect(fake.ui.menus[0]!.entries).toEqual([{ kind: 'item', label: 'Справка', functionName: 'menuHelp' }]);
  });

  it('has no Ui in a time-driven trigger', () => {
    const fake = createFakeGlobals();
    fake.uiAvailable = false;
    const sandbox = runInSandbox('function f() { SpreadsheetApp.getUi(); }', fake.globals);
    expect(() => sandbox.call('f')).toThrow('Cannot call SpreadsheetApp.getUi() from this context.');
  });

  it('records alerts in each of their forms, and sidebars with their HTML, title and width', () => {
    const fake = createFakeGlobals({ htmlLoader: (name) => `<p>${name}</p>` });
    const sandbox = runInSandbox(
      `function f() {
        var ui = SpreadsheetApp.getUi();
        ui.alert('Только текст');
        ui.alert('Заголовок', 'Текст', ui.ButtonSet.OK);
        ui.showSidebar(HtmlService.createHtmlOutputFromFile('dashboard').setTitle('ШНОР-монитор').setWidth(300));
      }`,
      fake.globals,
    );
    sandbox.call('f');
    expect(fake.ui.alerts).toEqual([
      { title: '', prompt: 'Только текст', buttons: 'OK' },
      { title: 'Заголовок', prompt: 'Текст', buttons: 'OK' },
    ]);
    expect(fake.ui.sidebars).toEqual([
      { kind: 'sidebar', title: 'ШНОР-монитор', width: 300, height: null, html: '<p>dashboard</p>' },
    ]);
  });

  it('installs a daily trigger for the current document and lists it per document', () => {
    const spreadsheet = new FakeSpreadsheet('Школа', 'doc-1');
    const fake = createFakeGlobals({ spreadsheet });
    const sandbox = runInSandbox(
      `function install() { ScriptApp.newTrigger('dailyStatusRefresh').timeBased().everyDays(1).atHour(6).create(); }
       function handlers() { return ScriptApp.getUserTriggers(SpreadsheetApp.getActive()).map(function (t) { return t.getHandlerFunction(); }); }`,
      fake.globals,
    );
    sandbox.call('install');
    expect(sandbox.call('handlers')).toEqual(['dailyStatusRefresh']);
    expect(fake.triggers).toMatchObject([
      { handler: 'dailyStatusRefresh', everyDays: 1, atHour: 6, sourceId: 'doc-1' },
    ]);
  });

  it('builds validation rules and opens other workbooks only through the plugged openById', () => {
    const other = new FakeSpreadsheet('Другая школа', 'doc-2');
    const fake = createFakeGlobals({ openById: (id) => (id === 'doc-2' ? other : (null as never)) });
    const sandbox = runInSandbox(
      `function rule() { return SpreadsheetApp.newDataValidation().requireValueInList(['Принято', 'На доработку'], true).setAllowInvalid(false).build(); }
       function open(id) { return SpreadsheetApp.openById(id).getName(); }`,
      fake.globals,
    );
    expect(sandbox.call('rule')).toMatchObject({
      kind: 'list',
      values: ['Принято', 'На доработку'],
      allowInvalid: false,
    });
    expect(sandbox.call('open', 'doc-2')).toBe('Другая школа');
    const closed = runInSandbox(
      'function open(id) { return SpreadsheetApp.openById(id); }',
      createFakeGlobals().globals,
    );
    expect(() => closed.call('open', 'doc-3')).toThrow(/permission/);
  });
});

describe('Utilities.formatDate', () => {
  it.each([
    ['dd.MM.yyyy', '20.11.2024'],
    ['yyyy-MM-dd HH:mm:ss', '2024-11-20 00:30:05'],
    ["d.M.yy 'г.'", '20.11.24 г.'],
  ])('formats %s in the script time zone', (pattern, expected) => {
    expect(formatDate(new Date('2024-11-19T21:30:05Z'), 'Europe/Moscow', pattern)).toBe(expected);
  });
});
