// The curator view in real Chromium against the local preview: the folder from «Настройки», and
// «Собрать» driving the built Code.js chunk by chunk over the sample folder of school workbooks.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type PreviewServer, startPreview } from '../../dev/preview/server';
import { SAMPLE_WORKBOOKS } from '../../dev/sample/sampleWorkbook';
import { texts } from '../../src/sidebar/lib/texts';
import { launchChromium, saveScreenshot } from './browser';
import { PreviewPage } from './previewPage';

let preview: PreviewServer;
let browser: Browser;
let page: Page;
let ui: PreviewPage;

beforeAll(async () => {
  [preview, browser] = await Promise.all([
    startPreview({ port: 0, samples: SAMPLE_WORKBOOKS }),
    launchChromium(),
  ]);
  page = await browser.newPage({ viewport: { width: 1280, height: 1300 } });
  ui = new PreviewPage(page);
});

afterAll(async () => {
  await browser?.close();
  await preview?.close();
});

describe('curator view in Chromium', () => {
  it('opens from the dashboard with the folder link of «Настройки»', async () => {
    await ui.open(preview.url);
    await ui.switchWorkbook('curator');
    await ui.clickMenu('menuOpenDashboard');
    await ui.sidebarLoaded().waitFor();
    expect(await ui.sidebar.locator('#curator').textContent()).toContain(texts.curatorCard.body);
    await ui.sidebar.locator('[data-action="openCurator"]').click();
    await ui.sidebar.locator('h1', { hasText: texts.curator.title }).waitFor();
    await ui.sidebarLoaded().waitFor();

    const link = ui.sidebar.getByRole('link', { name: texts.curator.openFolder });
    expect(await link.getAttribute('href')).toMatch(/^https:\/\/drive\.google\.com\/drive\/folders\//);
    expect(await ui.sidebar.locator('[data-action="collect"]').getAttribute('aria-disabled')).toBe('false');
  });

  it('collects the folder with a moving progress bar and lists the files it could not read', async () => {
    await ui.sidebar.locator('[data-action="collect"]').click();
    const result = ui.sidebar.locator('#result .facts');
    await result.waitFor({ timeout: 20_000 });

    expect(await ui.sidebar.locator('#progress [role="progressbar"]').getAttribute('aria-valuenow')).toBe(
      '100',
    );
    expect(await result.textContent()).toMatch(/^Готово: \d+ школ/);
    const errors = await ui.sidebar.locator('#result .errors li').allTextContents();
    expect(errors.length).toBeGreaterThan(0);
    // The hostile school of the sample folder is shown as its characters, never as markup.
    expect(await ui.sidebar.locator('#result img').count()).toBe(0);
    expect(await ui.sheetTab('Сводка').count()).toBe(1);
    await saveScreenshot(page.locator('[data-testid="sidebar"]'), 'curator.png');
  });

  it('lists «Очередь проверки» by school after collecting, each measure a link to its row', async () => {
    const links = ui.sidebar.locator('#queue a[data-row-link]');
    await links.first().waitFor({ timeout: 10_000 });
    const hrefs = await links.evaluateAll((all) => all.map((a) => a.getAttribute('href') ?? ''));
    expect(hrefs.length).toBeGreaterThan(3);
    for (const href of hrefs) {
      expect(href).toMatch(/^https:\/\/docs\.google\.com\/spreadsheets\/d\/[\w-]+\/edit#gid=\d+&range=A\d+$/);
    }
    const text = (await ui.sidebar.locator('#queue').textContent()) ?? '';
    expect(text).toContain('Документ в корзине');
    expect(text).toContain('Ссылка не на файл Google Диска');
    expect(await ui.sidebar.locator('#queue img').count()).toBe(0);
    expect(await ui.sheetTab('Очередь проверки').count()).toBe(1);
    await saveScreenshot(page.locator('[data-testid="sidebar"]'), 'curator-queue.png');
  });
});
