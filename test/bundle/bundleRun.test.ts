// Global functions of dist/Code.js called the way Apps Script calls them, against fake globals.

import { describe, expect, it } from 'vitest';
import { HELP_TITLE } from '../../src/core/messages/help';
import { createFakeGlobals, runInSandbox } from '../fakes/fakeGlobals';
import { FakeSpreadsheet } from '../fakes/fakeSpreadsheet';
import type { MenuEntry } from '../fakes/fakeUi';
import { PRODUCT_SHEET_NAMES } from '../productContract';
import { distHtmlLoader, readDist } from './builtArtefact';

const code = readDist('Code.js');

// PRODUCT.md §3, in order: what the user reads under Расширения → ШНОР-монитор.
const MENU_LABELS = [
  'Создать листы шаблона',
  'Выявить ШНОР',
  'Оценить рисковый профиль',
  'Обновить статусы',
  'Пересчитать всё',
  'Открыть панель',
  'Обновить сводку по папке',
  'Включить ежедневное обновление',
  'Импортировать результаты',
  'Сформировать справку',
  'Проверить установку',
  'Справка',
];

function load(spreadsheet = new FakeSpreadsheet()) {
  const fake = createFakeGlobals({ spreadsheet, htmlLoader: distHtmlLoader });
  const sandbox = runInSandbox(code, fake.globals, { now: () => new Date('2024-11-20T09:00:00+03:00') });
  return { fake, sandbox, spreadsheet };
}

const items = (entries: readonly MenuEntry[]) => entries.flatMap((e) => (e.kind === 'item' ? [e] : []));

describe.each(['onOpen', 'onInstall'])('%s in AuthMode.NONE', (trigger) => {
  it('builds the add-on menu of PRODUCT.md §3 without touching the document', () => {
    const { fake, sandbox } = load();
    fake.authMode = 'NONE';

    sandbox.call(trigger, { authMode: 'NONE', source: null });

    expect(fake.ui.menus).toHaveLength(1);
    const menu = fake.ui.menus[0]!;
    expect(menu.addedToUi).toBe(true);
    expect(items(menu.entries).map((e) => e.label)).toEqual(MENU_LABELS);
    for (const item of items(menu.entries)) expect(sandbox.has(item.functionName), item.label).toBe(true);
    expect(sandbox.accesses.filter((a) => !a.startsWith('SpreadsheetApp.getUi'))).toEqual([]);
    expect(fake.calls.countMatching(/^(Spreadsheet|Sheet|Range|Lock|\w*Properties)\./)).toBe(0);
  });
});

describe('menu actions through the bundle', () => {
  it('«Создать листы шаблона» adds the template sheets and toasts what it did; a second run changes nothing', () => {
    const spreadsheet = new FakeSpreadsheet();
    spreadsheet.addSheet('Лист1');
    const { fake, sandbox } = load(spreadsheet);

    sandbox.call('menuCreateTemplate');

    for (const name of PRODUCT_SHEET_NAMES) expect(spreadsheet.hasSheet(name), name).toBe(true);
    expect(spreadsheet.toasts.at(-1)).toContain('Настройки');
    expect(fake.documentLock.held).toBe(false);
    const before = spreadsheet.sheets.map((s) => [s.getNameUncounted(), s.values()]);

    sandbox.call('menuCreateTemplate');

    expect(spreadsheet.sheets.map((s) => [s.getNameUncounted(), s.values()])).toEqual(before);
  });

  it('«Справка» shows the help in an alert and writes nothing', () => {
    const { fake, sandbox, spreadsheet } = load();

    sandbox.call('menuHelp');

    expect(fake.ui.alerts).toHaveLength(1);
    expect(fake.ui.alerts[0]!.title).toBe(HELP_TITLE);
    expect(fake.ui.alerts[0]!.prompt.length).toBeGreaterThan(100);
    expect(spreadsheet.calls.countMatching(/^(Range|Sheet)\.set/)).toBe(0);
  });

  it('every menu item, clicked on a template workbook, shows the user something and holds no lock after', () => {
    const { fake, sandbox } = load();
    fake.authMode = 'NONE';
    sandbox.call('onOpen', { authMode: 'NONE' });
    fake.authMode = 'FULL';
    const menu = items(fake.ui.menus[0]!.entries);
    sandbox.call('menuCreateTemplate');

    for (const item of menu) {
      const shown = () => fake.spreadsheet.toasts.length + fake.ui.alerts.length + fake.ui.dialogs.length;
      const before = shown();
      sandbox.call(item.functionName);
      expect(shown(), item.label).toBeGreaterThan(before);
      expect(fake.documentLock.held, item.label).toBe(false);
    }
  });
});
