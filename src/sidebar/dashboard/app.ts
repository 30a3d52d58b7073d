// The dashboard: one RPC for all its data, buttons that run the menu actions and reload it.
import {
  DASHBOARD_ACTION_IDS,
  type DashboardActionId,
  type DashboardDto,
  type ServerApi,
} from '../../shared/api';
import { h, mount } from '../lib/dom';
import type { Remote } from '../lib/rpc';
import { texts } from '../lib/texts';
import { lowResultView } from './lowResultView';
import { riskMapView } from './riskMapView';
import { roadmapView } from './roadmapView';
import { sectionView } from './section';
import { shareChartView } from './shareChartView';
import { targetsView } from './targetsView';

export interface DashboardApp {
  /** Settles when the first data has been rendered (or the failure shown). */
  readonly ready: Promise<void>;
  refresh(): Promise<void>;
}

type StatusTone = 'info' | 'ok' | 'error';

export function startDashboard(root: HTMLElement, api: Remote<ServerApi>): DashboardApp {
  const header = h('header', { class: 'page-header' });
  const content = h('div', { id: 'content', attrs: { 'aria-live': 'off' } });
  const actions = h('nav', { class: 'actions', attrs: { 'aria-label': texts.actionsTitle } });
  const status = h('p', { id: 'status', class: 'status', role: 'status', attrs: { 'aria-live': 'polite' } });
  const footer = h(
    'footer',
    null,
    h('button', { type: 'button', class: 'link', onClick: openCurator }, texts.toCurator),
  );
  mount(root, header, actions, status, content, footer);
  let busy = false;
  // Tests and the preview wait on this: how many button actions have finished and been redrawn.
  let actionsDone = 0;

  function setStatus(text: string, tone: StatusTone): void {
    status.className = `status status-${tone}`;
    status.textContent = text;
  }

  function showError(error: unknown): void {
    setStatus(error instanceof Error ? error.message : String(error), 'error');
  }

  // aria-disabled, not disabled: a disabled button drops keyboard focus, and the user should find
  // it where they pressed it when the action is done. Clicks while busy are ignored below.
  function setBusy(value: boolean): void {
    busy = value;
    root.setAttribute('aria-busy', String(value));
    actions.classList.toggle('busy', value);
  }

  async function runAction(id: DashboardActionId, available: boolean): Promise<void> {
    const label = texts.actionLabels[id];
    if (!available) {
      setStatus(texts.actionComing(label), 'info');
      return;
    }
    if (busy) return;
    setBusy(true);
    setStatus(texts.running(label), 'info');
    try {
      const result = await api.runDashboardAction(id);
      if (!result) throw new Error(texts.emptyResponse);
      setStatus(result.message, result.ok ? 'ok' : 'error');
    } catch (error) {
      showError(error);
    } finally {
      setBusy(false);
    }
    await refresh();
    root.setAttribute('data-actions-done', String(++actionsDone));
  }

  async function selectRow(sheet: string, row: number): Promise<void> {
    try {
      const selected = await api.selectSheetRow({ sheet, row });
      setStatus(
        selected ? texts.roadmap.selected(row) : texts.roadmap.notSelected,
        selected ? 'ok' : 'error',
      );
    } catch (error) {
      showError(error);
    }
  }

  function actionButton(id: DashboardActionId, available: boolean, primary: boolean): HTMLElement {
    const label = texts.actionLabels[id];
    return h(
      'button',
      {
        type: 'button',
        class: primary ? 'primary' : '',
        title: available ? '' : texts.actionComing(label),
        attrs: { 'data-action': id, 'aria-disabled': String(!available) },
        onClick: () => void runAction(id, available),
      },
      label,
    );
  }

  function renderActions(ids: readonly DashboardActionId[], dto: DashboardDto): void {
    const focused = (document.activeElement as HTMLElement | null)?.getAttribute('data-action');
    const primary = dto.templateReady ? 'recalculateAll' : 'createTemplate';
    mount(
      actions,
      h('h2', { class: 'visually-hidden' }, texts.actionsTitle),
      ...ids.map((id) => actionButton(id, dto.availableActions.includes(id), id === primary)),
      h(
        'button',
        { type: 'button', attrs: { 'data-action': 'refresh' }, onClick: () => void refresh() },
        texts.refresh,
      ),
    );
    // Re-rendering must not throw keyboard users back to the top of the page.
    if (focused) actions.querySelector<HTMLElement>(`[data-action="${focused}"]`)?.focus();
  }

  function openCurator(): void {
    void api.openCuratorSidebar().catch(showError);
  }

  function curatorCard(): HTMLElement {
    return h(
      'section',
      { class: 'card', id: 'curator', attrs: { 'aria-labelledby': 'curator-title' } },
      h('h2', { id: 'curator-title' }, texts.curatorCard.title),
      h('p', null, texts.curatorCard.body),
      h(
        'button',
        { type: 'button', attrs: { 'data-action': 'openCurator' }, onClick: openCurator },
        texts.curatorCard.open,
      ),
    );
  }

  function render(dto: DashboardDto): void {
    mount(
      header,
      h('h1', null, dto.schoolName || texts.schoolUnset),
      dto.reportDate ? h('p', { class: 'muted small' }, texts.reportDate(dto.reportDate)) : null,
    );
    if (!dto.templateReady) {
      mount(
        content,
        h(
          'section',
          { class: 'card empty', id: 'empty', attrs: { 'data-state': 'empty' } },
          h('h2', null, texts.emptyTitle),
          h('p', null, texts.emptyBody),
        ),
      );
      renderActions(['createTemplate'], dto);
      return;
    }
    mount(
      content,
      dto.schoolsFolderSet ? curatorCard() : null,
      sectionView('low-result', texts.lowResult.title, dto.lowResult, lowResultView),
      sectionView('share-chart', texts.shareChart.title, dto.shareChart, shareChartView),
      sectionView('risk-map', texts.riskMap.title, dto.riskMap, riskMapView),
      sectionView('roadmap', texts.roadmap.title, dto.roadmap, (progress) =>
        roadmapView(progress, (row) => void selectRow(progress.sheet, row)),
      ),
      sectionView('targets', texts.targets.title, dto.targets, targetsView),
    );
    renderActions(DASHBOARD_ACTION_IDS, dto);
  }

  async function refresh(): Promise<void> {
    root.setAttribute('aria-busy', 'true');
    try {
      const dto = await api.getDashboard();
      // google.script.run hands back null for a result it could not serialise (a Date inside).
      if (!dto) throw new Error(texts.emptyResponse);
      render(dto);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      mount(content, h('p', { class: 'notice notice-failed', role: 'alert' }, texts.loadFailed(message)));
      mount(
        actions,
        h(
          'button',
          { type: 'button', attrs: { 'data-action': 'refresh' }, onClick: () => void refresh() },
          texts.refresh,
        ),
      );
    } finally {
      root.setAttribute('aria-busy', String(busy));
      root.setAttribute('data-loaded', 'true');
    }
  }

  mount(content, h('p', { class: 'muted' }, texts.loading));
  return { ready: refresh(), refresh };
}
