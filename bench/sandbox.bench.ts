// What it costs to load the built add-on: Apps Script evaluates the whole of Code.js before every
// menu click, sidebar call and formula recalculation, so loading must stay cheap and call nothing.
import { readFileSync } from 'node:fs';
import { createFakeGlobals, runInSandbox } from '../test/fakes/fakeGlobals';
import { type BenchRow, bestTimeMs } from './benchKit';

const LOAD_BUDGET_MS = 50;
const ON_OPEN_BUDGET_CALLS = 2;

export function run(): BenchRow[] {
  const code = readFileSync('dist/Code.js', 'utf8');
  const loadMs = bestTimeMs(() => {
    runInSandbox(code, createFakeGlobals().globals);
  }, 5);

  const fake = createFakeGlobals();
  fake.authMode = 'NONE';
  runInSandbox(code, fake.globals).call('onOpen', { authMode: 'NONE' });
  const onOpenCalls = fake.calls.total;

  return [
    {
      work: 'dist/Code.js load in node:vm',
      measured: `${loadMs.toFixed(1)} ms`,
      budget: `< ${LOAD_BUDGET_MS} ms`,
      ok: loadMs < LOAD_BUDGET_MS,
    },
    {
      work: 'onOpen (AuthMode.NONE) service calls',
      measured: String(onOpenCalls),
      budget: `≤ ${ON_OPEN_BUDGET_CALLS}`,
      ok: onOpenCalls <= ON_OPEN_BUDGET_CALLS,
    },
  ];
}
