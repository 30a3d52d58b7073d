// The dashboard in real Chromium against the local preview: the built sidebar, its
// google.script.run calls served by the built dist/Code.js over the sample workbook.
import { writeFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type PreviewServer, startPreview } from '../../dev/preview/server';
import { buildSchoolWorkbook, type SampleWorkbook, SCHOOL_SAMPLE } from '../../dev/sample/sampleWorkbook';
import { DASHBOARD_ACTION_IDS } from '../../src/shared/api';
import { texts } from '../../src/sidebar/lib/texts';
import { artifactPath, launchChromium, saveScreenshot } from './browser';
import { PreviewPage } from './previewPage';

const HOSTILE_NAME = '<img src=x onerror="window.__pwned=1">';

/** The sample school renamed in «Настройки» to markup that would run if inserted as HTML. */
const HOSTILE_SAMPLE: SampleWorkbook = {
  id: 'hostile',
  label: 'Школа с опасным названием',
  create: () => {
    const spreadsheet = buildSchoolWorkbook('sample-hostile');
    const settings = spreadsheet.sheet('Настройки');
    settings.load(
      settings
        .values()
        .map((row) => (row[0] === 'Образовательная организация' ? [row[0], HOSTILE_NAME] : row)),
    );
    return { spreadsheet };
  },
};

let preview: PreviewServer;
let browser: Browser;
let page: Page;
let ui: PreviewPage;

beforeAll(async () => {
  [preview, browser] = await Promise.all([
    startPreview({ port: 0, samples: [SCHOOL_SAMPLE, HOSTILE_SAMPLE] }),
    launchChromium(),
  ]);
  page = await browser.newPage({ viewport: { width: 1280, height: 1300 } });
  ui = new PreviewPage(page);
});

afterAll(async () => {
  await browser?.close();
  await preview?.close();
});

const counter = (name: string) => ui.sidebar.locator(`[data-counter="${name}"] .counter-value`);

describe('dashboard in Chromium', () => {
  it('opens from the menu with the school, its ШНОР status and the ten risk factors', async () => {
    await ui.open(preview.url);
    await ui.clickMenu('menuOpenDashboard');
    await ui.sidebarLoaded().waitFor();

    expect(await ui.sidebar.locator('h1').textContent()).toBe('МБОУ СОШ № 2');
    expect(await ui.sidebar.locator('#low-result .badge').textContent()).toBe(texts.lowResult.isLow);
    expect(await ui.sidebar.locator('#risk-map .factor').count()).toBe(10);
    // The 300 px column of a Sheets sidebar: nothing may need a horizontal scroll bar.
    const frame = page.frame({ url: /\/sidebar/ })!;
    const width = await frame.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(300);
    const ms = await ui.firstRenderMs();
    writeFileSync(artifactPath('dashboard-timings.json'), JSON.stringify({ firstRenderMs: ms }, null, 2));
  });

  it('runs «Выявить ШНОР» and «Обновить статусы» from its buttons and shows what changed', async () => {
    const stale = ui.sidebar.locator('[data-stale]');
    expect(await stale.count()).toBe(3);
    expect(
      Number(await ui.sidebar.locator('#roadmap [data-stale]').getAttribute('data-stale')),
    ).toBeGreaterThan(0);

    const identified = await ui.runFromSidebar('identify');
    expect(identified).toMatch(/^Выявлено ШНОР: \d+ из \d+ школ/);
    expect(await ui.sidebar.locator('#low-result [data-stale]').count()).toBe(0);
    // The page shows the toast once it has fetched its state after the RPC: awaited, not raced.
    await expect.poll(() => page.locator('[data-testid="toast-message"]').textContent()).toBe(identified);

    const refreshed = await ui.runFromSidebar('refreshStatuses');
    expect(refreshed).toContain('Мероприятий выполнено');
    expect(await stale.count()).toBe(0);
    // The counters agree with the toast of the action that just wrote the statuses.
    const overdue = Number(await counter('overdue').textContent());
    expect(overdue).toBeGreaterThan(0);
    expect(refreshed).toContain(`просрочено: ${overdue}`);
    await page.mouse.move(0, 0);
    await saveScreenshot(page.locator('[data-testid="sidebar"]'), 'dashboard.png');
  });

  it('follows an overdue measure to its row on «Дорожная карта»', async () => {
    const link = ui.sidebar.locator('.measure-overdue button.link').first();
    const row = await link.getAttribute('data-row');
    await link.press('Enter');

    await expect.poll(() => ui.selectedRow().getAttribute('data-row')).toBe(row);
    expect(await ui.sheetTab('Дорожная карта').getAttribute('aria-selected')).toBe('true');
    expect(await ui.selectedRow().textContent()).toContain('Просрочено');
    await expect
      .poll(() => ui.sidebar.locator('#status').textContent())
      .toBe(texts.roadmap.selected(Number(row)));
    await page.locator('[data-testid="sidebar"]').screenshot({ path: artifactPath('dashboard-roadmap.png') });
  });

  it('is usable from the keyboard: Tab reaches the action buttons with a visible focus ring', async () => {
    const frame = page.frame({ url: /\/sidebar/ })!;
    // The button before «Выявить ШНОР» in the menu's order (the sidebar draws them in that order).
    const previous = DASHBOARD_ACTION_IDS[DASHBOARD_ACTION_IDS.indexOf('identify') - 1]!;
    await frame.locator(`[data-action="${previous}"]`).focus();
    await page.keyboard.press('Tab');
    const focused = await frame.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      return { action: el.getAttribute('data-action'), outline: getComputedStyle(el).outlineStyle };
    });
    expect(focused).toEqual({ action: 'identify', outline: 'solid' });

    // Enter runs the action; focus stays on the button when the view is drawn again.
    const done = Number((await frame.locator('main#app').getAttribute('data-actions-done')) ?? 0);
    await page.keyboard.press('Enter');
    await frame.locator(`main#app[data-actions-done="${done + 1}"]`).waitFor();
    expect(await frame.evaluate(() => document.activeElement?.getAttribute('data-action'))).toBe('identify');
  });

  it('shows a school named with HTML as those characters, and runs none of it', async () => {
    await ui.switchWorkbook('hostile');
    await ui.clickMenu('menuOpenDashboard');
    await ui.sidebar.locator('h1', { hasText: HOSTILE_NAME }).waitFor();

    expect(await ui.sidebar.locator('h1').textContent()).toBe(HOSTILE_NAME);
    expect(await ui.sidebar.locator('img').count()).toBe(0);
    const frame = page.frame({ url: /\/sidebar/ })!;
    expect(await frame.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
  });
});
