// Mounts a sidebar in happy-dom behind a FakeScriptRun, the way the page runs in Apps Script.
import type { FolderSummaryApi, ServerApi } from '../../src/shared/api';
import { type CuratorApp, startCurator } from '../../src/sidebar/curator/app';
import { type DashboardApp, startDashboard } from '../../src/sidebar/dashboard/app';
import { remote } from '../../src/sidebar/lib/rpc';
import { FakeScriptRun, type FakeScriptRunOptions } from './fakeScriptRun';

type AnyServer = Readonly<Record<string, (...args: never[]) => unknown>>;

export interface Mounted<App> {
  readonly app: App;
  readonly root: HTMLElement;
  readonly run: FakeScriptRun;
  /** Waits until every RPC, and every RPC its handlers started, has finished. */
  settle(): Promise<void>;
  text(selector?: string): string;
  click(selector: string): Promise<void>;
  buttonByText(text: string): HTMLButtonElement;
}

function mountWith<App>(
  server: AnyServer,
  start: (root: HTMLElement) => App,
  options?: FakeScriptRunOptions,
) {
  const run = new FakeScriptRun(server, options);
  (globalThis as { google?: unknown }).google = run.google;
  document.body.replaceChildren();
  const root = document.createElement('main');
  root.id = 'app';
  document.body.appendChild(root);
  const app = start(root);
  const mounted: Mounted<App> = {
    app,
    root,
    run,
    settle: () => run.idle(),
    text: (selector) =>
      selector ? (root.querySelector(selector)?.textContent ?? '') : (root.textContent ?? ''),
    click: async (selector) => {
      const element = root.querySelector<HTMLElement>(selector);
      if (!element) throw new Error(`nothing matches ${selector}`);
      element.click();
      await run.idle();
    },
    buttonByText: (text) => {
      const button = [...root.querySelectorAll('button')].find((b) => b.textContent === text);
      if (!button) throw new Error(`no button «${text}»`);
      return button;
    },
  };
  return mounted;
}

export function mountDashboard(server: AnyServer, options?: FakeScriptRunOptions): Mounted<DashboardApp> {
  return mountWith(server, (root) => startDashboard(root, remote<ServerApi>()), options);
}

export function mountCurator(server: AnyServer, options?: FakeScriptRunOptions): Mounted<CuratorApp> {
  return mountWith(server, (root) => startCurator(root, remote<ServerApi & FolderSummaryApi>()), options);
}
