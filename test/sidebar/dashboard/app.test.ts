// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import type { DashboardActionId, DashboardDto, RowLinkDto } from '../../../src/shared/api';
import { texts } from '../../../src/sidebar/lib/texts';
import { HOSTILE_NAME, readyDashboard } from '../dashboardDto';
import { mountDashboard } from '../sidebarHarness';

/** A server that answers with the given dashboards in turn and records what the view asked for. */
function stubServer(dashboards: DashboardDto[]) {
  let served = 0;
  const actions: DashboardActionId[] = [];
  const links: RowLinkDto[] = [];
  return {
    actions,
    links,
    server: {
      getDashboard: () => dashboards[Math.min(served++, dashboards.length - 1)],
      runDashboardAction: (id: DashboardActionId) => {
        actions.push(id);
        return { ok: true, message: `Готово: ${id}`, journalCount: 0 };
      },
      selectSheetRow: (link: RowLinkDto) => {
        links.push(link);
        return true;
      },
      getCuratorView: () => ({ folderText: '', folderLink: null, collectAvailable: false }),
      openCuratorSidebar: () => true,
      openDashboardSidebar: () => true,
    },
  };
}

afterEach(() => {
  document.body.replaceChildren();
});

describe('dashboard', () => {
  it('gets all its data in one call and shows status, reasons, the risk map, roadmap and targets', async () => {
    const { server } = stubServer([readyDashboard()]);
    const view = mountDashboard(server);
    await view.app.ready;

    expect(view.run.calls.map((c) => c.name)).toEqual(['getDashboard']);
    expect(view.text('h1')).toBe('МБОУ СОШ № 2');
    expect(view.text('#low-result')).toContain(texts.lowResult.isLow);
    expect(view.text('#low-result')).toContain('Критерий: 1, 2');
    expect([...view.root.querySelectorAll('#low-result .reasons li')].map((li) => li.textContent)).toEqual([
      'ВПР математика 5 кл. 2024: 34 % (12 из 35)',
      'ОГЭ математика 2024: 31 % (9 из 29)',
    ]);
    expect(view.text('#roadmap')).toContain('Выполнено 5 из 12 (41,7 %)');
    expect(view.text('[data-counter="overdue"]')).toBe(`2${texts.roadmap.overdue}`);
    expect(view.text('[data-counter="sentBack"]')).toBe(`1${texts.roadmap.sentBack}`);
    expect(view.text('#targets')).toContain('70,6 % · Есть прогресс');
  });

  it('writes every risk level in words beside its colour, for the school estimate and FIOKO', async () => {
    const view = mountDashboard(stubServer([readyDashboard()]).server);
    await view.app.ready;
    const factors = [...view.root.querySelectorAll('.factor')];
    expect(factors).toHaveLength(3);
    expect(factors[0]!.className).toContain('level-high');
    expect(factors[0]!.textContent).toContain('Оценка школы: высокий');
    expect(factors[0]!.textContent).toContain('ФИОКО: средний');
    expect(factors[0]!.textContent).toContain(texts.riskMap.priority);
    expect(factors[1]!.textContent).toContain('ФИОКО: не указан');
    expect(factors[2]!.textContent).toContain('Оценка школы: не оценён');
    // An official «высокий» colours the factor even when the school's estimate is missing.
    expect(factors[2]!.className).toContain('level-high');
    expect(view.text('#risk-map')).toContain('Высокий риск: 2 фактора из 10');
  });

  it('draws target bars clamped to 0…100 % with their value for screen readers', async () => {
    const view = mountDashboard(stubServer([readyDashboard()]).server);
    await view.app.ready;
    const bars = [...view.root.querySelectorAll('#targets [role="progressbar"]')];
    expect(bars.map((b) => b.getAttribute('aria-valuenow'))).toEqual(['71', '0']);
    expect(view.text('#targets')).toContain('−50 % · Ухудшение');
    expect(view.text('#targets')).toContain('База 44 % → план 10 %, факт 20 %');
    expect(view.text('#targets')).toContain('База 3,1 балл → план 3,5 балл, факт 2,9 балл');
  });

  it('selects the row of an overdue or sent-back measure when its link is clicked', async () => {
    const stub = stubServer([readyDashboard()]);
    const view = mountDashboard(stub.server);
    await view.app.ready;
    const links = [...view.root.querySelectorAll<HTMLButtonElement>('#roadmap button.link')];
    expect(links.map((l) => l.textContent)).toEqual([
      '№ 1.3. Проведение диагностики профессиональных дефицитов',
      '№ 2.1. Разработка плана адаптации',
    ]);
    expect(view.text('#roadmap')).toContain('просрочено, срок 13.03.2024');
    expect(view.text('#roadmap')).toContain('Нет подписи директора');
    links[1]!.click();
    await view.settle();
    expect(stub.links).toEqual([{ sheet: 'Дорожная карта', row: 9 }]);
    expect(view.text('#status')).toBe(texts.roadmap.selected(9));
  });

  it('runs a menu action from its button, shows what it did and reloads the data', async () => {
    const before = readyDashboard();
    const after = readyDashboard({
      roadmap: {
        ...(before.roadmap as Extract<DashboardDto['roadmap'], { state: 'ready' }>),
        done: 6,
        overdue: 1,
      },
    });
    const stub = stubServer([before, after]);
    const view = mountDashboard(stub.server);
    await view.app.ready;
    expect(view.text('[data-counter="overdue"]')).toBe(`2${texts.roadmap.overdue}`);

    await view.click('[data-action="refreshStatuses"]');

    expect(stub.actions).toEqual(['refreshStatuses']);
    expect(view.run.calls.map((c) => c.name)).toEqual(['getDashboard', 'runDashboardAction', 'getDashboard']);
    expect(view.text('#status')).toBe('Готово: refreshStatuses');
    expect(view.text('[data-counter="overdue"]')).toBe(`1${texts.roadmap.overdue}`);
    expect(view.text('#roadmap')).toContain('Выполнено 6 из 12');
  });

  it('keeps keyboard focus on the button that was pressed after the view reloads', async () => {
    const view = mountDashboard(stubServer([readyDashboard()]).server);
    await view.app.ready;
    const button = view.root.querySelector<HTMLButtonElement>('[data-action="identify"]')!;
    button.focus();
    await view.click('[data-action="identify"]');
    expect(document.activeElement?.getAttribute('data-action')).toBe('identify');
    expect(document.activeElement?.tagName).toBe('BUTTON');
  });

  it('says an action is coming instead of calling the server when this version lacks it', async () => {
    const stub = stubServer([readyDashboard({ availableActions: ['createTemplate'] })]);
    const view = mountDashboard(stub.server);
    await view.app.ready;
    const button = view.root.querySelector('[data-action="identify"]')!;
    expect(button.getAttribute('aria-disabled')).toBe('true');
    await view.click('[data-action="identify"]');
    expect(stub.actions).toEqual([]);
    expect(view.text('#status')).toBe(texts.actionComing('Выявить ШНОР'));
  });

  it('shows a new user the empty state and only the button that creates the template', async () => {
    const view = mountDashboard(
      stubServer([readyDashboard({ templateReady: false, schoolName: '' })]).server,
    );
    await view.app.ready;
    expect(view.text('#empty')).toContain(texts.emptyTitle);
    expect(view.text('#empty')).toContain('Нажмите «Создать листы шаблона»');
    const actions = [...view.root.querySelectorAll('nav button')].map((b) => b.getAttribute('data-action'));
    expect(actions).toEqual(['createTemplate', 'refresh']);
    expect(view.root.querySelector('[data-action="createTemplate"]')!.className).toBe('primary');
  });

  it('tells which action the sheets still wait for, and says nothing when they are up to date', async () => {
    const base = readyDashboard();
    const ready = <T>(section: T) => section as Extract<T, { state: 'ready' }>;
    const stale = readyDashboard({
      lowResult: { ...ready(base.lowResult), sheetUpToDate: false },
      roadmap: { ...ready(base.roadmap), staleRows: 3 },
      targets: { ...ready(base.targets), staleRows: 1 },
    });
    const view = mountDashboard(stubServer([stale, base]).server);
    await view.app.ready;
    expect(view.text('#low-result [data-stale]')).toBe(texts.lowResult.sheetStale);
    expect(view.text('#roadmap [data-stale]')).toBe(texts.roadmap.stale(3));
    expect(texts.roadmap.stale(3)).toContain('в 3 строках');
    expect(view.text('#targets [data-stale]')).toBe(texts.targets.stale(1));
    await view.click('[data-action="refresh"]');
    expect(view.root.querySelectorAll('[data-stale]')).toHaveLength(0);
  });

  it('offers the folder summary to a curator whose «Настройки» name a folder of schools', async () => {
    let opened = 0;
    const server = {
      ...stubServer([readyDashboard({ schoolsFolderSet: true })]).server,
      openCuratorSidebar: () => ++opened > 0,
    };
    const view = mountDashboard(server);
    await view.app.ready;
    expect(view.text('#curator')).toContain(texts.curatorCard.body);
    await view.click('[data-action="openCurator"]');
    expect(opened).toBe(1);

    const school = mountDashboard(stubServer([readyDashboard()]).server);
    await school.app.ready;
    expect(school.root.querySelector('#curator')).toBeNull();
  });

  it('words each missing part instead of drawing it', async () => {
    const view = mountDashboard(
      stubServer([
        readyDashboard({
          lowResult: { state: 'coming' },
          riskMap: { state: 'noSheet', sheet: 'Рисковый профиль' },
          roadmap: { state: 'noData', sheet: 'Дорожная карта' },
          targets: { state: 'failed', message: 'Не удалось прочитать данные: сбой' },
        }),
      ]).server,
    );
    await view.app.ready;
    expect(view.text('#low-result')).toContain(texts.unavailable.coming);
    expect(view.text('#risk-map')).toContain(texts.unavailable.noSheet('Рисковый профиль'));
    expect(view.text('#roadmap')).toContain(texts.unavailable.noData('Дорожная карта'));
    expect(view.text('#targets')).toContain('Не удалось прочитать данные: сбой');
  });

  it('renders hostile text from the workbook as text, never as markup', async () => {
    const hostile = readyDashboard({
      schoolName: HOSTILE_NAME,
      lowResult: {
        state: 'ready',
        school: HOSTILE_NAME,
        analysisYear: 2024,
        isLowResult: false,
        criterion: '',
        reasons: [],
        cluster: '<b>жирный</b>',
        clusterTrend: '',
        sheetUpToDate: true,
      },
    });
    const view = mountDashboard(stubServer([hostile]).server);
    await view.app.ready;
    expect(view.text('h1')).toBe(HOSTILE_NAME);
    expect(view.text('#low-result')).toContain('Кластер ФИОКО: <b>жирный</b>');
    expect(document.querySelector('img')).toBeNull();
    expect(document.querySelector('#low-result b')).toBeNull();
  });

  it('says the answer was lost when the server result held a Date (google.script.run gives null)', async () => {
    const withDate = { ...readyDashboard(), reportDate: new Date('2024-11-20') } as unknown as DashboardDto;
    const view = mountDashboard(stubServer([withDate]).server);
    await view.app.ready;
    expect(view.text('#content')).toBe(texts.loadFailed(texts.emptyResponse));
    expect(view.root.querySelector('[data-action="refresh"]')).not.toBeNull();
  });

  it('shows a server exception in Russian and can try again', async () => {
    let fail = true;
    const server = {
      ...stubServer([readyDashboard()]).server,
      getDashboard: () => {
        if (fail) throw new Error('Превышено время ожидания');
        return readyDashboard();
      },
    };
    const view = mountDashboard(server);
    await view.app.ready;
    expect(view.text('#content')).toBe(texts.loadFailed('Превышено время ожидания'));
    fail = false;
    await view.click('[data-action="refresh"]');
    expect(view.text('h1')).toBe('МБОУ СОШ № 2');
  });
});
