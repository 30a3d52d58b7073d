// google.script.run and google.script.host for a sidebar shown by the preview, behaving like the
// real ones: a runner per call chain with withSuccessHandler / withFailureHandler /
// withUserObject, one method per public server function, asynchronous calls, results serialised
// by the server the way Apps Script does it, failures as Error objects.

interface PreviewRpcConfig {
  readonly functions: readonly string[];
}

type Handler = (value: unknown, userObject: unknown) => void;

interface RunnerState {
  readonly success: Handler | null;
  readonly failure: Handler | null;
  readonly userObject: unknown;
}

// The server puts the list of public functions here before this script runs.
const page = window as unknown as { __PREVIEW_RPC__?: PreviewRpcConfig; google?: unknown };
const config: PreviewRpcConfig = page.__PREVIEW_RPC__ ?? { functions: [] };

function notifyParent(type: 'rpc-done' | 'close-sidebar'): void {
  if (window.parent !== window) window.parent.postMessage({ source: 'shnor-preview', type }, '*');
}

function hasIllegalValue(value: unknown): boolean {
  if (typeof value === 'function' || value instanceof Date) return true;
  if (typeof value !== 'object' || value === null) return false;
  return Object.values(value).some(hasIllegalValue);
}

function fail(state: RunnerState, error: Error): void {
  if (state.failure) state.failure(error, state.userObject);
  else console.error(error);
}

async function send(name: string, args: unknown[], state: RunnerState): Promise<void> {
  let reply: { ok: boolean; result?: unknown; error?: { name: string; message: string } };
  try {
    const response = await fetch(`/rpc/${encodeURIComponent(name)}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ args: args.map((a) => (a === undefined ? null : a)) }),
    });
    reply = await response.json();
  } catch (_networkError) {
    reply = { ok: false, error: { name: 'NetworkError', message: 'NetworkError: Connection failure.' } };
  }
  if (reply.ok) state.success?.(reply.result ?? null, state.userObject);
  else {
    const error = new Error(reply.error?.message ?? 'Error');
    error.name = reply.error?.name ?? 'Error';
    fail(state, error);
  }
  notifyParent('rpc-done');
}

function runner(state: RunnerState): Record<string, unknown> {
  const run: Record<string, unknown> = {
    withSuccessHandler: (handler: Handler) => runner({ ...state, success: handler }),
    withFailureHandler: (handler: Handler) => runner({ ...state, failure: handler }),
    withUserObject: (userObject: unknown) => runner({ ...state, userObject }),
  };
  for (const name of config.functions) {
    run[name] = (...args: unknown[]) => {
      const illegal = args.findIndex(hasIllegalValue);
      if (illegal >= 0) throw new Error(`Failed due to illegal value in property: ${illegal}`);
      void send(name, args, state);
    };
  }
  return run;
}

page.google = {
  script: {
    run: runner({ success: null, failure: null, userObject: undefined }),
    host: {
      origin: window.location.origin,
      close: () => notifyParent('close-sidebar'),
      setHeight: () => {},
      setWidth: () => {},
      editor: { focus: () => {} },
    },
  },
};

export {};
