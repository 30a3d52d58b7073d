// The справка in real Chromium against the local preview: «Сформировать справку» from the menu and
// from the dashboard, the built Code.js writing the Doc into the fake DocumentApp, the page showing
// it as a document, the dialog with its link over the page.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type PreviewServer, startPreview } from '../../dev/preview/server';
import { MUNICIPAL_SAMPLE } from '../../dev/sample/municipalWorkbook';
import { buildSchoolWorkbook, type SampleWorkbook, SCHOOL_SAMPLE } from '../../dev/sample/sampleWorkbook';
import { launchChromium, saveScreenshot } from './browser';
import { PreviewPage } from './previewPage';

const HOSTILE_NAME = '<b>=1+1</b><img src=x onerror="window.__pwned=1">';

/** The school renamed in «Настройки» and in its results to markup that would run as HTML. */
const HOSTILE_SAMPLE: SampleWorkbook = {
  id: 'hostile',
  label: 'Школа с опасным названием',
  create: () => {
    const spreadsheet = buildSchoolWorkbook('sample-hostile');
    for (const name of ['Настройки', 'Результаты ОП']) {
      const sheet = spreadsheet.sheet(name);
      sheet.load(
        sheet.values().map((row) => row.map((cell) => (cell === 'МБОУ СОШ № 2' ? HOSTILE_NAME : cell))),
      );
    }
    return { spreadsheet };
  },
};

let preview: PreviewServer;
let browser: Browser;
let page: Page;
let ui: PreviewPage;

beforeAll(async () => {
  [preview, browser] = await Promise.all([
    startPreview({ port: 0, samples: [SCHOOL_SAMPLE, MUNICIPAL_SAMPLE, HOSTILE_SAMPLE] }),
    launchChromium(),
  ]);
  page = await browser.newPage({ viewport: { width: 1280, height: 1400 } });
  ui = new PreviewPage(page);
});

afterAll(async () => {
  await browser?.close();
  await preview?.close();
});

const documentPage = () => page.locator('[data-testid="document-page"]');

/** The dialog's own «Закрыть» (google.script.host.close), and the toast out of the picture. */
async function closeDialog(): Promise<void> {
  await page.frameLocator('[data-testid="dialog-frame"]').locator('button').click();
  await page.locator('[data-testid="dialog"]').waitFor({ state: 'hidden' });
  if (await page.locator('[data-testid="toast"]').isVisible()) await page.locator('#toast-close').click();
}

describe('the справка in Chromium', () => {
  it('the school: the menu item writes the Doc, the page shows it section by section, the dialog links it', async () => {
    await ui.open(preview.url);
    await ui.clickMenu('menuBuildReport');
    await page.locator('[data-testid="document"]:not([hidden])').waitFor();

    const text = (await documentPage().textContent()) ?? '';
    expect(text.startsWith('ЧЕРНОВИК — проверьте и утвердите')).toBe(true);
    const headings = await documentPage().locator('h1, h2').allTextContents();
    expect(headings[0]).toContain('Аналитическая справка');
    expect(headings.length).toBeGreaterThan(4);
    expect(await documentPage().locator('table.doc-table').count()).toBeGreaterThan(0);
    await expect.poll(() => documentPage().locator('[data-testid="document-chart"] svg').count()).toBe(1);

    const dialog = page.frameLocator('[data-testid="dialog-frame"]');
    const link = dialog.locator('#report-link');
    await link.waitFor();
    expect(await link.getAttribute('href')).toMatch(
      /^https:\/\/docs\.google\.com\/document\/d\/[\w-]+\/edit$/,
    );
    await closeDialog();

    // What the README shows: the top of the справка as a reader opens it, then its chart.
    await saveScreenshot(page.locator('[data-testid="document"]'), 'report.png');
    await saveScreenshot(documentPage().locator('figure.doc-image'), 'report-chart.png');
  });

  it('the municipality: a municipal справка over its schools, every year of «ШНОР по годам»', async () => {
    await ui.switchWorkbook('municipal');
    await ui.clickMenu('menuBuildReport');
    await page.locator('[data-testid="document"]:not([hidden])').waitFor();
    await expect
      .poll(async () => (await page.locator('[data-testid="document-title"]').textContent()) ?? '')
      .toContain('Заречный муниципальный район');
    const text = (await documentPage().textContent()) ?? '';
    expect(text).toContain('Решили:');
    await closeDialog();
    await saveScreenshot(page.locator('[data-testid="document"]'), 'report-municipal.png');
  });

  it('from the dashboard button; a school named like markup appears as text and runs nothing', async () => {
    await ui.switchWorkbook('hostile');
    await ui.clickMenu('menuOpenDashboard');
    await ui.sidebarLoaded().waitFor();
    await ui.runFromSidebar('buildReport');
    await page.locator('[data-testid="document"]:not([hidden])').waitFor();

    expect(await documentPage().textContent()).toContain(HOSTILE_NAME);
    expect(await documentPage().locator('img, b').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    const dialog = page.frameLocator('[data-testid="dialog-frame"]');
    expect(await dialog.locator('#report-name').textContent()).toContain(HOSTILE_NAME);
    expect(await dialog.locator('img, b').count()).toBe(0);
  });
});
