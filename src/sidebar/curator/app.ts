// The curator view: the folder from «Настройки», «Собрать», and a progress bar the browser drives
// chunk by chunk, so no single server call meets the Apps Script time limit.
import type { CuratorViewDto, FolderSummaryApi, FolderSummaryProgressDto, ServerApi } from '../../shared/api';
import { h, isSafeHref, mount } from '../lib/dom';
import { progressBar } from '../lib/progressBar';
import type { Remote } from '../lib/rpc';
import { texts } from '../lib/texts';
import { externalLink } from './externalLink';
import { queueView } from './queueView';

const t = texts.curator;

/** A safety net: a server that never says done must not keep the browser calling forever. */
const MAX_CHUNKS = 500;

export interface CuratorApp {
  readonly ready: Promise<void>;
  /** Resolves when the collection stops: done, stopped, or failed. */
  collect(): Promise<void>;
}

export function startCurator(root: HTMLElement, api: Remote<ServerApi & FolderSummaryApi>): CuratorApp {
  const folder = h('div', { class: 'card', id: 'folder' }, h('p', { class: 'muted' }, texts.loading));
  const controls = h('div', { class: 'controls' });
  const progress = h('div', { id: 'progress', hidden: true });
  const status = h('p', { id: 'status', class: 'status', role: 'status', attrs: { 'aria-live': 'polite' } });
  const result = h('div', { id: 'result' });
  const queue = h('div', { class: 'card', id: 'queue', hidden: true });
  const footer = h(
    'footer',
    null,
    h(
      'button',
      { type: 'button', class: 'link', onClick: () => void api.openDashboardSidebar().catch(showError) },
      t.toDashboard,
    ),
  );
  mount(
    root,
    h('header', { class: 'page-header' }, h('h1', null, t.title), h('p', { class: 'muted small' }, t.intro)),
    folder,
    controls,
    progress,
    status,
    result,
    queue,
    footer,
  );
  let stopRequested = false;
  let running = false;
  let canCollect = false;

  function showError(error: unknown): void {
    status.className = 'status status-error';
    status.textContent = error instanceof Error ? error.message : String(error);
  }

  function setStatus(text: string, tone: 'info' | 'ok' | 'error'): void {
    status.className = `status status-${tone}`;
    status.textContent = text;
  }

  function renderFolder(view: CuratorViewDto): void {
    const link = externalLink(view.folderLink, t.openFolder);
    mount(
      folder,
      h('h2', null, t.folder),
      view.folderText ? h('p', { class: 'small folder-url' }, view.folderText) : null,
      link ? h('p', null, link) : null,
      !view.folderText ? h('p', { class: 'notice' }, t.folderUnset) : null,
      view.folderText && !link ? h('p', { class: 'notice notice-failed' }, t.folderInvalid) : null,
      !view.collectAvailable ? h('p', { class: 'notice notice-coming', id: 'coming' }, t.coming) : null,
    );
  }

  function renderControls(): void {
    mount(
      controls,
      h(
        'button',
        {
          type: 'button',
          class: 'primary',
          attrs: { 'data-action': 'collect', 'aria-disabled': String(!canCollect || running) },
          onClick: () => void collect(),
        },
        t.collect,
      ),
      running
        ? h(
            'button',
            {
              type: 'button',
              attrs: { 'data-action': 'stop' },
              onClick: () => {
                stopRequested = true;
              },
            },
            t.stop,
          )
        : null,
    );
  }

  function renderQueue(view: CuratorViewDto): void {
    queue.hidden = false;
    mount(queue, ...queueView(view.queue));
  }

  /** After a collection the queue on the sheet is new: fetch the view again for it. */
  async function reloadQueue(): Promise<void> {
    const view = await api.getCuratorView();
    if (view) renderQueue(view);
  }

  function renderProgress(step: FolderSummaryProgressDto): void {
    const label = t.progress(step.processed, step.total);
    const share = step.total ? step.processed / step.total : step.done ? 1 : null;
    progress.hidden = false;
    mount(progress, progressBar(share, label, 'good'), h('p', { class: 'small' }, label));
  }

  function fileList(title: string, className: string, files: FolderSummaryProgressDto['errors']) {
    if (files.length === 0) return null;
    return [
      h('p', { class: 'subtitle' }, title),
      h(
        'ul',
        { class: className },
        ...files.map((e) => h('li', null, h('strong', null, e.file), ': ', e.message)),
      ),
    ];
  }

  function renderResult(step: FolderSummaryProgressDto): void {
    const remarks = step.remarks ?? [];
    mount(
      result,
      h('p', { class: 'facts' }, t.done(step.schools, step.errors.length)),
      fileList(t.errorsTitle, 'errors', step.errors),
      fileList(t.remarksTitle, 'remarks', remarks),
    );
  }

  async function collect(): Promise<void> {
    if (!canCollect) {
      setStatus(t.coming, 'info');
      return;
    }
    if (running) return;
    running = true;
    stopRequested = false;
    renderControls();
    mount(result);
    try {
      let step = await api.collectFolderSummaryChunk(true);
      for (let chunk = 1; ; chunk++) {
        if (!step) throw new Error(texts.emptyResponse);
        renderProgress(step);
        setStatus(step.message, 'info');
        if (step.done) {
          renderResult(step);
          setStatus(step.message, 'ok');
          await reloadQueue();
          break;
        }
        if (stopRequested || chunk >= MAX_CHUNKS) {
          setStatus(t.stopped, 'info');
          break;
        }
        step = await api.collectFolderSummaryChunk(false);
      }
    } catch (error) {
      showError(error);
    } finally {
      running = false;
      renderControls();
      controls.querySelector<HTMLElement>('[data-action="collect"]')?.focus();
    }
  }

  async function load(): Promise<void> {
    try {
      const view = await api.getCuratorView();
      if (!view) throw new Error(texts.emptyResponse);
      canCollect = view.collectAvailable && view.folderLink !== null && isSafeHref(view.folderLink);
      renderFolder(view);
      renderQueue(view);
    } catch (error) {
      mount(
        folder,
        h(
          'p',
          { class: 'notice notice-failed', role: 'alert' },
          texts.loadFailed(String((error as Error).message ?? error)),
        ),
      );
    } finally {
      renderControls();
      root.setAttribute('aria-busy', 'false');
      root.setAttribute('data-loaded', 'true');
    }
  }

  return { ready: load(), collect };
}
