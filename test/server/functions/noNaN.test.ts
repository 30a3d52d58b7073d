// No formula answers NaN or Infinity (PRODUCT.md §13): a finite answer or a Russian error, also on
// counts near the largest double, given as single cells or ranges.
import { describe, expect, it } from 'vitest';
import {
  MEAN_MARK,
  QUALITY_RATE,
  SHNOR_LOW,
  SOU,
  SUCCESS_RATE,
} from '../../../src/server/functions/identification';
import { TARGET_PROGRESS } from '../../../src/server/functions/roadmap';

const MAX = Number.MAX_VALUE;
const HUGE = [MAX, 1e308, Number.MAX_SAFE_INTEGER + 2, 1e16, 0, 1];

function finiteOrBlank(value: unknown): boolean {
  const cells = Array.isArray(value) ? value.flat() : [value];
  return cells.every((cell) => typeof cell !== 'number' || Number.isFinite(cell));
}

describe('formulas on huge counts', () => {
  it.each([
    ['SUCCESS_RATE', (a: number, b: number) => SUCCESS_RATE(a, b, a, b, a)],
    ['QUALITY_RATE', (a: number, b: number) => QUALITY_RATE(a, b, a, b, a)],
    ['SOU', (a: number, b: number) => SOU(a, b, a, b, a)],
    ['MEAN_MARK', (a: number, b: number) => MEAN_MARK(a, b, a, b)],
    ['TARGET_PROGRESS', (a: number, b: number) => TARGET_PROGRESS(-a, a, b)],
    ['SHNOR_LOW', (a: number, b: number) => SHNOR_LOW(Math.min(a, b), Math.max(a, b))],
  ])('%s gives a finite answer for every pair', (_name, formula) => {
    for (const a of HUGE) for (const b of HUGE) expect(finiteOrBlank(formula(a, b))).toBe(true);
  });

  it('SUCCESS_RATE over a range of the largest counts: a share in every cell', () => {
    const column = [[MAX], [MAX]];
    const result = SUCCESS_RATE(column, column, column, column, column) as number[][];
    expect(result).toEqual([[0.6], [0.6]]);
  });
});
