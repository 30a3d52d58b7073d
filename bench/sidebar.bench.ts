// The sidebars: the dashboard's one RPC on the sample workbook (server time and spreadsheet calls,
// as Apps Script would bill them), the sizes of the self-contained dist/*.html files, and — when
// Chromium is installed — the first render of the dashboard in the local preview.
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { buildSchoolWorkbook } from '../dev/sample/sampleWorkbook';
import { readDashboard } from '../src/server/rpc/dashboard';
import { createFakeContext } from '../test/fakes/fakeContext';
import { type BenchRow, bestTimeMs } from './benchKit';

const RPC_BUDGET_MS = 200;
const RPC_CALL_BUDGET = 25;
const HTML_BUDGET_BYTES = 100 * 1024;
const FIRST_RENDER_BUDGET_MS = 1000;
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

function rpcRows(): BenchRow[] {
  const workbook = buildSchoolWorkbook();
  const context = createFakeContext(workbook);
  const ms = bestTimeMs(() => readDashboard(context), 5);
  workbook.calls.reset();
  readDashboard(context);
  const calls = workbook.calls.total;
  return [
    {
      work: 'getDashboard on the sample school (server, Node)',
      measured: `${ms.toFixed(1)} ms`,
      budget: `< ${RPC_BUDGET_MS} ms`,
      ok: ms < RPC_BUDGET_MS,
    },
    {
      work: 'getDashboard spreadsheet calls',
      measured: String(calls),
      budget: `≤ ${RPC_CALL_BUDGET}`,
      ok: calls <= RPC_CALL_BUDGET,
    },
  ];
}

function htmlRows(): BenchRow[] {
  return readdirSync('dist')
    .filter((file) => file.endsWith('.html'))
    .sort()
    .map((file) => {
      const size = statSync(`dist/${file}`).size;
      return {
        work: `dist/${file} size`,
        measured: `${(size / 1024).toFixed(1)} KB`,
        budget: `< ${HTML_BUDGET_BYTES / 1024} KB`,
        ok: size < HTML_BUDGET_BYTES,
      };
    });
}

/** `npm start` in a child process on a free port; resolves with its URL once it listens. */
function startPreviewProcess(): Promise<{ url: string; child: ChildProcess }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['scripts/preview.mjs'], {
      env: { ...process.env, PORT: '0' },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString('utf8');
      const url = /preview: (http:\/\/\S+)/.exec(out)?.[1];
      if (url) resolve({ url, child });
    });
    child.once('exit', (code) => reject(new Error(`preview exited with ${code}`)));
  });
}

/** Navigation to the first data on screen, in the preview with Chromium (best of three). */
async function firstRenderRow(): Promise<BenchRow> {
  const work = 'dashboard first render in the preview (Chromium)';
  const budget = `< ${FIRST_RENDER_BUDGET_MS} ms`;
  if (!existsSync(CHROMIUM)) return { work, measured: 'skipped: no Chromium', budget, ok: true };
  // Loaded at run time from node_modules: the bench bundle must not inline the browser driver.
  const driver = 'playwright-core';
  const { chromium } = (await import(driver)) as typeof import('playwright-core');
  const preview = await startPreviewProcess();
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  try {
    const page = await browser.newPage();
    await page.goto(preview.url);
    let best = Number.POSITIVE_INFINITY;
    for (let i = 0; i < 3; i++) {
      await page.locator('[data-testid="menu-menuOpenDashboard"]').click();
      const html = page.frameLocator('[data-testid="sidebar-frame"]').locator('html[data-first-render-ms]');
      await html.waitFor({ state: 'attached' });
      best = Math.min(best, Number(await html.getAttribute('data-first-render-ms')));
      await page.locator('[data-testid="sidebar-close"]').click();
      await html.waitFor({ state: 'detached' });
    }
    return { work, measured: `${best} ms`, budget, ok: best < FIRST_RENDER_BUDGET_MS };
  } finally {
    await browser.close();
    preview.child.kill('SIGTERM');
  }
}

export async function run(): Promise<BenchRow[]> {
  return [...rpcRows(), ...htmlRows(), await firstRenderRow()];
}
