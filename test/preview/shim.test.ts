// @vitest-environment happy-dom
// The google.script shim the preview puts into sidebars: it must behave like the real client API,
// or a sidebar that works in the preview could fail in Sheets.
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';

interface Runner {
  withSuccessHandler(h: (value: unknown, user: unknown) => void): Runner;
  withFailureHandler(h: (error: Error, user: unknown) => void): Runner;
  withUserObject(user: unknown): Runner;
  [name: string]: unknown;
}

const page = window as unknown as {
  __PREVIEW_RPC__: { functions: string[] };
  google: { script: { run: Runner; host: { close(): void } } };
};

let replies: unknown[] = [];
const requests: { url: string; body: unknown }[] = [];

beforeAll(async () => {
  page.__PREVIEW_RPC__ = { functions: ['getDashboard', 'selectSheetRow'] };
  vi.stubGlobal('fetch', async (url: string, init: { body: string }) => {
    requests.push({ url, body: JSON.parse(init.body) });
    return { json: async () => replies.shift() };
  });
  await import('../../dev/preview/client/shim');
});

beforeEach(() => {
  replies = [];
  requests.length = 0;
});

const run = () => page.google.script.run;

function call(runner: Runner, name: string, ...args: unknown[]): void {
  (runner[name] as (...a: unknown[]) => void)(...args);
}

describe('google.script.run in the preview', () => {
  it('offers exactly the public server functions as methods', () => {
    expect(typeof run().getDashboard).toBe('function');
    expect(typeof run().selectSheetRow).toBe('function');
    expect(run().helper_).toBeUndefined();
    expect(run().noSuchFunction).toBeUndefined();
  });

  it('posts the arguments and hands the result and the user object to the success handler', async () => {
    replies.push({ ok: true, result: true });
    const done = new Promise<[unknown, unknown]>((resolve) => {
      const runner = run()
        .withSuccessHandler((value, user) => resolve([value, user]))
        .withUserObject({ row: 5 });
      call(runner, 'selectSheetRow', { sheet: 'Дорожная карта', row: 5 }, undefined);
    });

    expect(await done).toEqual([true, { row: 5 }]);
    expect(requests).toEqual([
      { url: '/rpc/selectSheetRow', body: { args: [{ sheet: 'Дорожная карта', row: 5 }, null] } },
    ]);
  });

  it('gives the failure handler an Error with the server message', async () => {
    replies.push({ ok: false, error: { name: 'Error', message: 'Нет листа «Настройки»' } });
    const error = await new Promise<Error>((resolve) => {
      call(run().withFailureHandler(resolve), 'getDashboard');
    });
    expect(error).toBeInstanceOf(Error);
    expect(error.message).toBe('Нет листа «Настройки»');
  });

  it('keeps handlers per runner: a new chain does not inherit another chain’s handler', async () => {
    const first = vi.fn();
    run().withSuccessHandler(first);
    replies.push({ ok: true, result: 1 });
    call(run(), 'getDashboard');
    await vi.waitFor(() => expect(requests).toHaveLength(1));
    await new Promise((r) => setTimeout(r, 0));
    expect(first).not.toHaveBeenCalled();
  });

  it('refuses a Date or a function argument before sending, as the real client does', () => {
    expect(() => call(run(), 'selectSheetRow', new Date())).toThrow(/illegal value/);
    expect(() => call(run(), 'selectSheetRow', { f: () => 1 })).toThrow(/illegal value/);
    expect(requests).toHaveLength(0);
  });
});
