// The local preview from Node: the page, the menu from the built add-on, a click that creates the
// template sheets, google.script.run semantics, and user data served as data, never as markup.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type PreviewServer, startPreview } from '../../dev/preview/server';
import type { PreviewState } from '../../dev/preview/session';
import { type SampleWorkbook, SCHOOL_SAMPLE } from '../../dev/sample/sampleWorkbook';

const HOSTILE = '<img src=x onerror="alert(1)"><script>alert(2)</script>';

// The school sample plus one hostile value in the first data row of «Результаты ОП».
const hostileSample: SampleWorkbook = {
  ...SCHOOL_SAMPLE,
  create: () => {
    const instance = SCHOOL_SAMPLE.create();
    instance.spreadsheet
      .sheet('Результаты ОП')
      .getRange(2, 1)
      .setValues([[HOSTILE]]);
    instance.spreadsheet.calls.reset();
    return instance;
  },
};

let preview: PreviewServer;

beforeEach(async () => {
  preview = await startPreview({ port: 0, samples: [hostileSample] });
});

afterEach(async () => {
  await preview.close();
});

async function get(path: string): Promise<Response> {
  return fetch(new URL(path, preview.url));
}

async function post<T>(path: string, body?: unknown): Promise<T> {
  const response = await fetch(new URL(path, preview.url), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return (await response.json()) as T;
}

const state = async () => (await (await get('/api/state')).json()) as PreviewState;
const sheetNames = (s: PreviewState) => s.sheets.map((sheet) => sheet.name);

describe('the preview server', () => {
  it('listens on 127.0.0.1 and serves a Russian page that loads only its own script', async () => {
    expect(preview.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const response = await get('/');
    const html = await response.text();

    expect(response.headers.get('content-type')).toContain('text/html');
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(html).toContain('lang="ru"');
    expect(html).toContain('Начать заново');
    expect([...html.matchAll(/<script[^>]*src="([^"]+)"/g)].map((m) => m[1])).toEqual(['/preview.js']);
    expect(html).not.toMatch(/https?:\/\//);
    expect((await get('/preview.js')).status).toBe(200);
  });

  it('shows the menu that onOpen of the built add-on builds', async () => {
    const s = await state();
    const items = s.menu.flatMap((m) => ('label' in m ? [m] : []));
    expect(items[0]).toEqual({ label: 'Создать листы шаблона', functionName: 'menuCreateTemplate' });
    expect(items.at(-1)).toEqual({ label: 'Справка', functionName: 'menuHelp' });
  });

  it('starts with only the input sheets of the sample, and a click on «Создать листы шаблона» adds the rest', async () => {
    const before = await state();
    expect(sheetNames(before)).toContain('Настройки');
    expect(sheetNames(before)).not.toContain('Журнал проверки');

    const reply = await post<{ ok: boolean; state: PreviewState }>('/api/run/menuCreateTemplate');

    expect(reply.ok).toBe(true);
    expect(sheetNames(reply.state)).toEqual(
      expect.arrayContaining(['ШНОР', 'Пороги рисков', 'Журнал проверки']),
    );
    expect(sheetNames(await state())).toEqual(sheetNames(reply.state));
    const toast = reply.state.events.at(-1);
    expect(toast?.kind).toBe('toast');
    expect(toast?.message).toContain('Созданы листы');
  });

  it('serves a hostile cell value as JSON data and never inside the page markup', async () => {
    const s = await state();
    const results = s.sheets.find((sheet) => sheet.name === 'Результаты ОП')!;
    expect(results.display[1]![0]).toBe(HOSTILE);
    expect(results.values[1]![0]).toBe(HOSTILE);
    const page = await (await get('/')).text();
    expect(page).not.toContain('onerror');
    const response = await get('/api/state');
    expect(response.headers.get('content-type')).toContain('application/json');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('shows an alert for «Справка» and an error event for a function that does not exist', async () => {
    const help = await post<{ state: PreviewState }>('/api/run/menuHelp');
    expect(help.state.events.at(-1)).toMatchObject({ kind: 'alert', title: 'ШНОР-монитор: справка' });

    const missing = await post<{ ok: boolean; state: PreviewState }>('/api/run/noSuchFunction');
    expect(missing.ok).toBe(false);
    expect(missing.state.events.at(-1)).toMatchObject({ kind: 'error' });
    expect(missing.state.events.at(-1)?.message).toContain('noSuchFunction');
  });

  it('«Начать заново» brings back the sample as it was', async () => {
    await post('/api/run/menuCreateTemplate');
    const reset = await post<{ state: PreviewState }>('/api/reset');
    expect(sheetNames(reset.state)).not.toContain('Журнал проверки');
    expect(reset.state.sheets.find((s) => s.name === 'Результаты ОП')!.display[1]![0]).toBe(HOSTILE);
  });
});

describe('google.script.run through /rpc', () => {
  it('runs a global function and returns its result serialised like Apps Script', async () => {
    const reply = await post<{ ok: boolean; result: unknown }>('/rpc/menuHelp', { args: [] });
    expect(reply).toEqual({ ok: true, result: null });
    expect(preview.session.globals.ui.alerts).toHaveLength(1);
  });

  it('refuses private functions (a trailing underscore) and unknown names as failures with a message', async () => {
    const privateCall = await post<{ ok: boolean; error: { message: string } }>('/rpc/helper_', { args: [] });
    expect(privateCall.ok).toBe(false);
    const unknown = await post<{ ok: boolean; error: { message: string } }>('/rpc/nope', { args: [] });
    expect(unknown).toEqual({
      ok: false,
      error: { name: 'Error', message: 'Script function not found: nope' },
    });
  });

  it('has no sidebar page before the add-on shows one', async () => {
    expect((await get('/sidebar')).status).toBe(404);
    expect((await state()).sidebar).toBeNull();
  });
});

describe('more than one sample workbook', () => {
  it('switches between workbooks, each keeping its own changes', async () => {
    const curator: SampleWorkbook = { ...SCHOOL_SAMPLE, id: 'curator', label: 'Куратор' };
    const two = await startPreview({ port: 0, samples: [SCHOOL_SAMPLE, curator] });
    try {
      const call = async (path: string) =>
        ((await (await fetch(new URL(path, two.url), { method: 'POST' })).json()) as { state: PreviewState })
          .state;
      const created = await call('/api/run/menuCreateTemplate');
      expect(created.workbooks).toEqual([
        { id: 'school', label: 'Школа' },
        { id: 'curator', label: 'Куратор' },
      ]);
      expect(sheetNames(created)).toContain('Журнал проверки');

      const other = await call('/api/workbook/curator');
      expect(other.workbook).toBe('curator');
      expect(sheetNames(other)).not.toContain('Журнал проверки');

      const back = await call('/api/workbook/school');
      expect(sheetNames(back)).toContain('Журнал проверки');
    } finally {
      await two.close();
    }
  });
});
