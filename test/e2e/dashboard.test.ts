// The dashboard in real Chromium against the local preview: the built sidebar, its
// google.script.run calls served by the built dist/Code.js over the sample workbook.
import { writeFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type PreviewServer, startPreview } from '../../dev/preview/server';
import { SCHOOL_SAMPLE } from '../../dev/sample/sampleWorkbook';
import { artifactPath, launchChromium } from './browser';
import { PreviewPage } from './previewPage';

let preview: PreviewServer;
let browser: Browser;
let page: Page;
let ui: PreviewPage;

beforeAll(async () => {
  [preview, browser] = await Promise.all([
    startPreview({ port: 0, samples: [SCHOOL_SAMPLE] }),
    launchChromium(),
  ]);
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  ui = new PreviewPage(page);
});

afterAll(async () => {
  await browser?.close();
  await preview?.close();
});

describe('dashboard in Chromium', () => {
  it('opens from the menu and draws the school from «Настройки»', async () => {
    await ui.open(preview.url);
    await ui.clickMenu('menuOpenDashboard');
    await ui.sidebarLoaded().waitFor();
    expect(await ui.sidebar.locator('h1').textContent()).toBe('МБОУ СОШ № 2');
    const ms = await ui.firstRenderMs();
    writeFileSync(artifactPath('dashboard-timings.json'), JSON.stringify({ firstRenderMs: ms }, null, 2));
    await page.locator('[data-testid="sidebar"]').screenshot({ path: artifactPath('dashboard.png') });
  });
});
