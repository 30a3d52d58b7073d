// @vitest-environment happy-dom
// The dashboard against the real server handlers over an in-memory workbook, through a
// google.script.run that serialises like the real one.
import { afterEach, describe, expect, it } from 'vitest';
import { createServerApi } from '../../../src/server/rpc/handlers';
import { texts } from '../../../src/sidebar/lib/texts';
import { createFakeContext } from '../../fakes/fakeContext';
import { FakeSpreadsheet } from '../../fakes/fakeSpreadsheet';
import { schoolWorkbook } from '../../server/rpc/schoolWorkbook';
import { HOSTILE_NAME } from '../dashboardDto';
import { mountDashboard } from '../sidebarHarness';

afterEach(() => {
  document.body.replaceChildren();
});

describe('dashboard with the server', () => {
  it('guides a new user from the empty state to the template in one click', async () => {
    const workbook = new FakeSpreadsheet();
    workbook.addSheet('Лист1');
    const view = mountDashboard(createServerApi(createFakeContext(workbook)));
    await view.app.ready;
    expect(view.text('#empty')).toContain(texts.emptyTitle);

    await view.click('[data-action="createTemplate"]');

    expect(workbook.hasSheet('Настройки')).toBe(true);
    expect(view.text('#status')).toContain('Созданы листы');
    expect(view.root.querySelector('#empty')).toBeNull();
    expect(view.root.querySelectorAll('section.card')).toHaveLength(5);
    expect(view.run.calls.map((c) => c.name)).toEqual(['getDashboard', 'runDashboardAction', 'getDashboard']);
  });

  it('shows a hostile school name from «Настройки» as those characters', async () => {
    const workbook = new FakeSpreadsheet();
    const context = createFakeContext(workbook);
    createServerApi(context).runDashboardAction('createTemplate');
    const settings = workbook.sheet('Настройки');
    settings.load(
      settings
        .values()
        .map((row) => (row[0] === 'Образовательная организация' ? [row[0], HOSTILE_NAME] : row)),
    );

    const view = mountDashboard(createServerApi(context));
    await view.app.ready;

    expect(view.text('h1')).toBe(HOSTILE_NAME);
    expect(document.querySelector('img')).toBeNull();
  });

  it('runs «Пересчитать всё» from its button: the notices go, the overdue link selects its row', async () => {
    const { workbook, context } = schoolWorkbook();
    const view = mountDashboard(createServerApi(context));
    await view.app.ready;
    expect(view.root.querySelectorAll('[data-stale]')).toHaveLength(3);

    await view.click('[data-action="recalculateAll"]');

    expect(view.text('#status')).toMatch(/^Пересчитано всё\. Выявить ШНОР: /);
    expect(view.root.querySelectorAll('[data-stale]')).toHaveLength(0);
    await view.click('.measure-overdue button.link');
    expect(workbook.activeRange).toEqual({ sheet: 'Дорожная карта', a1: 'A3:N3', row: 3 });
    expect(view.text('#status')).toBe(texts.roadmap.selected(3));
  });
});
