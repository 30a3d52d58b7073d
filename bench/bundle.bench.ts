import { statSync } from 'node:fs';
import type { BenchRow } from './benchKit';

// ENGINEERING.md: < 400 KB unminified (every sidebar call and formula recalculation loads it).
const BUDGET_BYTES = 400 * 1024;

/** dist/Code.js is loaded on every sidebar call and every formula recalculation. */
export function run(): BenchRow[] {
  const size = statSync('dist/Code.js').size;
  return [
    {
      work: 'dist/Code.js size',
      measured: `${(size / 1024).toFixed(1)} KB`,
      budget: '< 400 KB',
      ok: size < BUDGET_BYTES,
    },
  ];
}
