// Typed promises over google.script.run. A fresh runner per call: a runner keeps the handlers it
// was given, so a shared one would send two concurrent calls' results to the same handler.

import { googleScript } from './googleScript';
import { texts } from './texts';

/** Every server function of T as a function that returns a promise of its result. */
export type Remote<T> = {
  readonly [K in keyof T]: T[K] extends (...args: infer A) => infer R ? (...args: A) => Promise<R> : never;
};

/** The server has no function of that name: the capability is not in this version. */
export class ServerFunctionMissing extends Error {
  constructor(readonly functionName: string) {
    super(texts.functionMissing(functionName));
    this.name = 'ServerFunctionMissing';
  }
}

/** Whether the server exposes the function (google.script.run lists every public global). */
export function hasServerFunction(name: string): boolean {
  return typeof googleScript()?.run[name] === 'function';
}

function toError(error: unknown): Error {
  if (error instanceof Error) return error;
  const message = (error as { message?: unknown } | null)?.message;
  return new Error(typeof message === 'string' ? message : String(error));
}

/** Calls one server function; rejects with a readable Error on a server exception. */
export function callServer<R>(name: string, args: readonly unknown[]): Promise<R> {
  return new Promise<R>((resolve, reject) => {
    const script = googleScript();
    if (!script) {
      reject(new Error(texts.noServer));
      return;
    }
    const runner = script.run
      .withSuccessHandler((value) => resolve(value as R))
      .withFailureHandler((error) => reject(toError(error)));
    const fn = runner[name];
    if (typeof fn !== 'function') {
      reject(new ServerFunctionMissing(name));
      return;
    }
    fn.apply(runner, args);
  });
}

/** The server API as promises: `remote<ServerApi>().getDashboard()`. */
export function remote<T>(): Remote<T> {
  return new Proxy({} as Remote<T>, {
    get: (_target, name) =>
      typeof name === 'string' ? (...args: unknown[]) => callServer(name, args) : undefined,
  });
}
