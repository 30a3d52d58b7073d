import { describe, expect, it } from 'vitest';
import { FakeScriptRun } from './fakeScriptRun';

function call(run: FakeScriptRun, name: string, ...args: unknown[]): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const runner = run.google.script.run as Record<string, unknown>;
    const chained = (runner.withSuccessHandler as (h: unknown) => Record<string, unknown>)(resolve);
    const withFailure = (chained.withFailureHandler as (h: unknown) => Record<string, unknown>)(reject);
    (withFailure[name] as (...a: unknown[]) => void)(...args);
  });
}

describe('the fake google.script.run behaves like the real one', () => {
  const server = {
    date: () => ({ when: new Date(), n: 1 }),
    nested: () => ({ rows: [{ at: new Date() }] }),
    nothing: () => undefined,
    sparse: () => ({ a: 1, b: undefined, list: [1, undefined] }),
    echo: (value: unknown) => value,
    boom: () => {
      throw new Error('Нет листа «Настройки»');
    },
  };

  it('turns a whole result holding a Date into null, however deep', async () => {
    const run = new FakeScriptRun(server);
    expect(await call(run, 'date')).toBeNull();
    expect(await call(run, 'nested')).toBeNull();
  });

  it('turns undefined into null and drops undefined properties', async () => {
    const run = new FakeScriptRun(server);
    expect(await call(run, 'nothing')).toBeNull();
    expect(await call(run, 'sparse')).toEqual({ a: 1, list: [1, null] });
  });

  it('fails a request whose argument holds a Date or a function', async () => {
    const run = new FakeScriptRun(server);
    await expect(call(run, 'echo', { at: new Date() })).rejects.toThrow(/illegal value/);
    await expect(call(run, 'echo', () => 1)).rejects.toThrow(/illegal value/);
    expect(await call(run, 'echo', { a: [1, 'x', null] })).toEqual({ a: [1, 'x', null] });
  });

  it('passes a server exception to the failure handler as an Error with its message', async () => {
    const run = new FakeScriptRun(server);
    await expect(call(run, 'boom')).rejects.toThrow('Нет листа «Настройки»');
  });

  it('keeps each runner’s handlers apart, and calls may finish out of order', async () => {
    const run = new FakeScriptRun(server, { delayMs: (c) => (c.args[0] === 'slow' ? 20 : 0) });
    const order: string[] = [];
    const slow = call(run, 'echo', 'slow').then((v) => order.push(String(v)));
    const fast = call(run, 'echo', 'fast').then((v) => order.push(String(v)));
    await Promise.all([slow, fast]);
    expect(order).toEqual(['fast', 'slow']);
  });

  it('is asynchronous: the handler never runs inside the call', () => {
    const run = new FakeScriptRun(server);
    let called = false;
    const runner = run.google.script.run as Record<string, (...a: unknown[]) => Record<string, unknown>>;
    (
      runner.withSuccessHandler!(() => {
        called = true;
      }).echo as (v: unknown) => void
    )(1);
    expect(called).toBe(false);
  });
});
