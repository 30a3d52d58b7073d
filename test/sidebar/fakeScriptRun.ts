// A google.script.run that crosses the wire the way the real one does
// (https://developers.google.com/apps-script/guides/html/reference/run):
// - arguments may be primitives, null, plain objects and arrays of them; a Date or a function
//   anywhere fails the request, undefined is sent as null;
// - a result holding a Date anywhere arrives as null; undefined arrives as null; the rest goes
//   through as JSON (undefined properties vanish) — the same serialiser the preview uses;
// - a server exception reaches the failure handler as an Error with the exception's message;
// - every call is asynchronous, and concurrent calls may finish in any order.

import { illegalScriptRunArgument, serializeScriptRunResult } from '../fakes/scriptRunSerialization';

type ServerFunction = (...args: never[]) => unknown;

export interface RecordedCall {
  readonly name: string;
  readonly args: readonly unknown[];
}

/** What the success handler of the real google.script.run receives for a server result. */
export const overTheWire = serializeScriptRunResult;

export interface FakeScriptRunOptions {
  /** Delay of each call in ms; a function gives calls different delays (out-of-order completion). */
  readonly delayMs?: number | ((call: RecordedCall) => number);
}

export class FakeScriptRun {
  readonly calls: RecordedCall[] = [];
  private pending = 0;

  constructor(
    private readonly server: Readonly<Record<string, ServerFunction>>,
    private readonly options: FakeScriptRunOptions = {},
  ) {}

  /** The `google` global a sidebar page sees. */
  get google(): { script: { run: Record<string, unknown>; host: { close(): void } } } {
    return { script: { run: this.runner(null, null), host: { close: () => {} } } };
  }

  count(name: string): number {
    return this.calls.filter((c) => c.name === name).length;
  }

  /** Resolves once no call is in flight and none was started by the handlers of the last one. */
  async idle(): Promise<void> {
    const tick = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
    for (;;) {
      await tick();
      if (this.pending > 0) continue;
      await tick();
      if (this.pending === 0) return;
    }
  }

  private runner(
    onSuccess: ((value: unknown) => void) | null,
    onFailure: ((error: Error) => void) | null,
  ): Record<string, unknown> {
    // Like the real one, each with… returns a new runner; the original stays unchanged.
    const runner: Record<string, unknown> = {
      withSuccessHandler: (handler: (value: unknown) => void) => this.runner(handler, onFailure),
      withFailureHandler: (handler: (error: Error) => void) => this.runner(onSuccess, handler),
      withUserObject: () => runner,
    };
    for (const name of Object.keys(this.server)) {
      runner[name] = (...args: unknown[]) => this.invoke(name, args, onSuccess, onFailure);
    }
    return runner;
  }

  private invoke(
    name: string,
    args: unknown[],
    onSuccess: ((value: unknown) => void) | null,
    onFailure: ((error: Error) => void) | null,
  ): void {
    const call = { name, args: JSON.parse(JSON.stringify(args)) as unknown[] };
    this.calls.push(call);
    this.pending++;
    const delay =
      typeof this.options.delayMs === 'function' ? this.options.delayMs(call) : (this.options.delayMs ?? 0);
    const bad = illegalScriptRunArgument(args);
    setTimeout(() => {
      try {
        if (bad) throw new Error(bad);
        const fn = this.server[name] as (...a: unknown[]) => unknown;
        const result = overTheWire(fn(...(call.args as unknown[])));
        onSuccess?.(result);
      } catch (error) {
        onFailure?.(error instanceof Error ? new Error(error.message) : new Error(String(error)));
      } finally {
        this.pending--;
      }
    }, delay);
  }
}
