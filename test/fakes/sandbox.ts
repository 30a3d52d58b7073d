// Evaluates the built dist/Code.js in a node:vm context holding fake Apps Script globals, the way
// Apps Script loads it: the whole file runs first, then one global function is called by name.
import vm from 'node:vm';

export interface SandboxOptions {
  /** The clock of `new Date()` / `Date.now()` inside the sandbox (the real clock by default). */
  readonly now?: () => Date;
  /** Stop a call that runs longer (Apps Script stops an execution after 6 min). */
  readonly timeoutMs?: number;
  readonly filename?: string;
}

export interface Sandbox {
  /** Calls a top-level function of Code.js by name, as Apps Script does for a menu item or an RPC. */
  call(name: string, ...args: unknown[]): unknown;
  /** True when Code.js declares a top-level function of that name. */
  has(name: string): boolean;
  /** The names of the top-level functions Code.js declares (what Apps Script can call). */
  functionNames(): string[];
  /** Every access to a global service, in order, as «SpreadsheetApp.getUi». */
  readonly accesses: readonly string[];
  /** The accesses made while Code.js was evaluated: Apps Script reloads it for every call. */
  readonly loadAccesses: readonly string[];
  readonly context: vm.Context;
}

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

function recording(name: string, value: unknown, accesses: string[]): unknown {
  if ((typeof value !== 'object' && typeof value !== 'function') || value === null) return value;
  return new Proxy(value, {
    get(target, property, receiver) {
      if (typeof property === 'string') accesses.push(`${name}.${property}`);
      return Reflect.get(target, property, receiver);
    },
    apply(target, thisArg, args) {
      accesses.push(`${name}()`);
      return Reflect.apply(target as (...a: unknown[]) => unknown, thisArg, args);
    },
  });
}

/**
 * Date of this realm, so that a Date read from the fake workbook passes `instanceof Date` in the
 * sandbox (one realm in Apps Script), with an optional fixed clock.
 */
function sandboxDate(now?: () => Date): DateConstructor {
  if (!now) return Date;
  return new Proxy(Date, {
    construct(target, args) {
      return args.length === 0 ? new target(now().getTime()) : new target(...(args as [number]));
    },
    apply(target, _thisArg, args) {
      return args.length === 0 ? new target(now().getTime()).toString() : target();
    },
    get(target, property, receiver) {
      if (property === 'now') return () => now().getTime();
      return Reflect.get(target, property, receiver);
    },
  });
}

export function runInSandbox(
  codeJs: string,
  globals: Record<string, unknown>,
  options: SandboxOptions = {},
): Sandbox {
  const accesses: string[] = [];
  const context: Record<string, unknown> = { Date: sandboxDate(options.now) };
  for (const [name, value] of Object.entries(globals)) context[name] = recording(name, value, accesses);
  vm.createContext(context);
  new vm.Script(codeJs, { filename: options.filename ?? 'Code.js' }).runInContext(context);
  const loadAccesses = [...accesses];
  const declared = new Set(
    new vm.Script('Object.getOwnPropertyNames(globalThis)').runInContext(context) as string[],
  );
  const isFunction = (name: string) => declared.has(name) && typeof context[name] === 'function';
  const preset = new Set(['Date', ...Object.keys(globals)]);
  return {
    accesses,
    loadAccesses,
    context,
    has: (name) => IDENTIFIER.test(name) && !preset.has(name) && isFunction(name),
    functionNames: () =>
      Object.keys(context).filter((name) => !preset.has(name) && typeof context[name] === 'function'),
    call(name, ...args) {
      if (!IDENTIFIER.test(name) || preset.has(name) || !isFunction(name)) {
        throw new Error(`Script function not found: ${name}`);
      }
      context.__sandboxArgs = args;
      try {
        return new vm.Script(`${name}.apply(undefined, __sandboxArgs)`).runInContext(context, {
          timeout: options.timeoutMs,
        });
      } finally {
        delete context.__sandboxArgs;
      }
    },
  };
}
