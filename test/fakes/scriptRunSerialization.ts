// What survives a google.script.run round trip, as the real platform does it: a Date anywhere in a
// server result turns the whole result into null; undefined becomes null; functions are dropped.
// Used by the preview server and by fake google.script.run runners in sidebar tests.

// Object.prototype.toString, not instanceof: results come from the node:vm realm of Code.js.
const tag = (value: unknown) => Object.prototype.toString.call(value);

export function containsDate(value: unknown, seen = new Set<unknown>()): boolean {
  if (tag(value) === '[object Date]') return true;
  if (typeof value !== 'object' || value === null || seen.has(value)) return false;
  seen.add(value);
  return Object.values(value).some((v) => containsDate(v, seen));
}

function plain(value: unknown): unknown {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'string' || typeof value === 'boolean' || value === null) return value;
  if (Array.isArray(value)) return value.map((v) => (typeof v === 'function' ? null : (plain(v) ?? null)));
  if (typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      if (typeof v === 'function' || v === undefined) continue;
      out[k] = plain(v);
    }
    return out;
  }
  return null;
}

/** The value the sidebar's success handler receives for a server function's return value. */
export function serializeScriptRunResult(value: unknown): unknown {
  if (value === undefined || typeof value === 'function') return null;
  if (containsDate(value)) return null;
  return plain(value);
}

/**
 * google.script.run refuses what it cannot send: a Date or a function among the arguments fails
 * the call before it leaves the browser. Returns the message, or null when the arguments are legal.
 */
export function illegalScriptRunArgument(args: readonly unknown[]): string | null {
  const index = args.findIndex((a) => typeof a === 'function' || containsDate(a));
  return index < 0 ? null : `Failed due to illegal value in property: ${index}`;
}

/** What the failure handler receives: an Error-like object with a message. */
export function scriptRunError(error: unknown): { name: string; message: string } {
  if (typeof error === 'object' && error !== null && 'message' in error) {
    const name = 'name' in error && typeof error.name === 'string' ? error.name : 'Error';
    return { name, message: String((error as { message: unknown }).message) };
  }
  return { name: 'Error', message: String(error) };
}
