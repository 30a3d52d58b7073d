import { describe, expect, it } from 'vitest';
import { sidebarMessages } from '../../../src/core/messages/sidebar';
import { createTemplate } from '../../../src/server/actions/createTemplate';
import * as main from '../../../src/server/main';
import { folderLink } from '../../../src/server/rpc/curatorView';
import { createServerApi } from '../../../src/server/rpc/handlers';
import { DASHBOARD_ACTION_IDS, type ServerApi } from '../../../src/shared/api';
import { createFakeContext } from '../../fakes/fakeContext';
import { FakeSpreadsheet } from '../../fakes/fakeSpreadsheet';
import { overTheWire } from '../../sidebar/fakeScriptRun';

function templateWorkbook(settings: [string, string | number][] = []) {
  const workbook = new FakeSpreadsheet();
  const context = createFakeContext(workbook);
  createTemplate(context);
  if (settings.length > 0) {
    const sheet = workbook.sheet('Настройки');
    const rows = sheet.values().map((row) => {
      const hit = settings.find(([label]) => label === row[0]);
      return hit ? [row[0]!, hit[1]] : row;
    });
    sheet.load(rows);
  }
  workbook.calls.reset();
  return { workbook, context, api: createServerApi(context) };
}

describe('the global surface of the sidebars', () => {
  it('exports every ServerApi method from main.ts under its own name', () => {
    const { api } = templateWorkbook();
    const methods = Object.keys(api) as (keyof ServerApi)[];
    for (const name of methods) expect(typeof (main as Record<string, unknown>)[name], name).toBe('function');
    expect(typeof main.menuOpenDashboard).toBe('function');
  });
});

describe('getDashboard', () => {
  it('shows the empty state in a workbook without the template and reads only a few things', () => {
    const workbook = new FakeSpreadsheet();
    workbook.addSheet('Лист1');
    const dto = createServerApi(createFakeContext(workbook)).getDashboard();
    expect(dto.templateReady).toBe(false);
    expect(dto.availableActions).toContain('createTemplate');
    expect(workbook.calls.count('Range.getValues')).toBe(0);
  });

  it('reads the school and report date from «Настройки», writes nothing, and survives google.script.run intact', () => {
    const { workbook, api } = templateWorkbook([
      ['Образовательная организация', 'МБОУ СОШ № 2'],
      ['Дата отчёта', '15.11.2024'],
    ]);
    const dto = api.getDashboard();
    expect(dto.templateReady).toBe(true);
    expect(dto.schoolName).toBe('МБОУ СОШ № 2');
    expect(dto.reportDate).toBe('2024-11-15');
    expect(overTheWire(dto)).toEqual(dto);
    expect(workbook.calls.countMatching(/\.(setValues|clearContent|insertSheet|activate)$/)).toBe(0);
  });

  it('takes today in the spreadsheet zone when «Дата отчёта» is blank', () => {
    const { api } = templateWorkbook();
    // createFakeContext's clock: 2024-11-20 09:00 Moscow.
    expect(api.getDashboard().reportDate).toBe('2024-11-20');
  });
});

describe('runDashboardAction', () => {
  it('runs «Создать листы шаблона» as the menu does, without a dialog over the sidebar', () => {
    const workbook = new FakeSpreadsheet();
    const context = createFakeContext(workbook);
    const result = createServerApi(context).runDashboardAction('createTemplate');
    expect(result.ok).toBe(true);
    expect(result.message).toContain('Созданы листы');
    expect(workbook.hasSheet('Дорожная карта')).toBe(true);
    expect(workbook.toasts.at(-1)).toBe(result.message);
    expect(context.ui.alerts).toEqual([]);
  });

  it.each([['deleteEverything'], [''], [null], [42], [{ id: 'identify' }]])(
    'refuses an action that is not a menu action: %j',
    (bad) => {
      const { api, workbook } = templateWorkbook();
      expect(() => api.runDashboardAction(bad as never)).toThrow(/Неизвестное действие/);
      expect(workbook.calls.total).toBe(0);
    },
  );

  it('names the allowed actions in its refusal', () => {
    const { api } = templateWorkbook();
    expect(() => api.runDashboardAction('x' as never)).toThrow(
      sidebarMessages.unknownAction('x', DASHBOARD_ACTION_IDS),
    );
  });

  it('offers every menu action of the dashboard in this version', () => {
    const { api } = templateWorkbook();
    expect([...api.getDashboard().availableActions].sort()).toEqual([...DASHBOARD_ACTION_IDS].sort());
  });
});

describe('selectSheetRow', () => {
  it('selects the whole row of a roadmap measure in one range', () => {
    const { api, workbook } = templateWorkbook();
    expect(api.selectSheetRow({ sheet: 'Дорожная карта', row: 3 })).toBe(true);
    expect(workbook.activeRange).toEqual({ sheet: 'Дорожная карта', a1: 'A3:N3', row: 3 });
    expect(workbook.calls.count('Range.activate')).toBe(1);
  });

  it('answers false for a row past the sheet, so the sidebar can say the sheet changed', () => {
    const { api, workbook } = templateWorkbook();
    expect(api.selectSheetRow({ sheet: 'Дорожная карта', row: 5000 })).toBe(false);
    expect(workbook.activeRange).toBeNull();
  });

  it.each([
    [{ sheet: 'Настройки', row: 2 }, /нельзя выделить/],
    [{ sheet: 'Дорожная карта', row: 0 }, /номер строки/],
    [{ sheet: 'Дорожная карта', row: 2.5 }, /номер строки/],
    [{ sheet: 'Дорожная карта', row: '2' }, /номер строки/],
    [{ row: 2 }, /номер строки/],
    [null, /номер строки/],
    ['A1', /номер строки/],
  ])('refuses %j', (link, message) => {
    const { api, workbook } = templateWorkbook();
    expect(() => api.selectSheetRow(link as never)).toThrow(message);
    expect(workbook.activeRange).toBeNull();
  });
});

describe('sidebars', () => {
  it('open by name with their Russian titles', () => {
    const { api, context } = templateWorkbook();
    expect(api.openCuratorSidebar()).toBe(true);
    expect(api.openDashboardSidebar()).toBe(true);
    expect(context.ui.sidebars).toEqual([
      { name: 'curator', title: sidebarMessages.curatorTitle },
      { name: 'dashboard', title: sidebarMessages.dashboardTitle },
    ]);
  });
});

describe('getCuratorView', () => {
  it('gives the folder of «Настройки» as entered and as a link the sidebar may open', () => {
    const entered =
      'https://drive.google.com/drive/u/0/folders/1AbCdEfGhIjKlMnOpQrStUvWxYz012345?usp=sharing';
    const { api } = templateWorkbook([['Папка школ', entered]]);
    expect(api.getCuratorView()).toEqual({
      folderText: entered,
      folderLink: 'https://drive.google.com/drive/folders/1AbCdEfGhIjKlMnOpQrStUvWxYz012345',
      collectAvailable: true,
      // The template's «Очередь проверки» is there, empty until the first collection.
      queue: { schools: [], more: 0 },
    });
    expect(api.getDashboard().schoolsFolderSet).toBe(true);
    expect(templateWorkbook().api.getDashboard().schoolsFolderSet).toBe(false);
  });

  it.each([
    [
      '1AbCdEfGhIjKlMnOpQrStUvWxYz012345',
      'https://drive.google.com/drive/folders/1AbCdEfGhIjKlMnOpQrStUvWxYz012345',
    ],
    // Only the id survives: another host or scheme in the cell never becomes the link.
    ['https://evil.example/folders/1AbCdEfGhIjK', 'https://drive.google.com/drive/folders/1AbCdEfGhIjK'],
    ['javascript:alert(1)', null],
    ['папка школ', null],
    ['', null],
  ])('links %j as %j', (entered, link) => {
    expect(folderLink(entered)).toBe(link);
  });
});
