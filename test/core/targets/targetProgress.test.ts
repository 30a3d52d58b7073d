import { describe, expect, it } from 'vitest';
import { targetStatuses as s } from '../../../src/core/messages/roadmap';
import { targetProgress } from '../../../src/core/targets/targetProgress';

describe('targetProgress', () => {
  it('reproduces PRODUCT.md §6: 44 % → 10 %, fact 20 % is 70.6 % progress', () => {
    const result = targetProgress(0.44, 0.1, 0.2);
    expect(result.status).toBe(s.progress);
    expect(result.progress).toBeCloseTo(0.7059, 4);
  });

  it.each([
    // base, plan, fact, better when, status, progress
    [0.22, 0.2, 0.2, null, s.achieved, 1],
    [0.22, 0.2, 0.18, null, s.achieved, 2],
    [0.22, 0.2, 0.22, null, s.noProgress, 0],
    [0.22, 0.2, 0.25, null, s.worse, -1.5],
    [0.2, 1, 0.6, null, s.progress, 0.5],
    [0.2, 1, 1, null, s.achieved, 1],
    [0.2, 1, 0.1, null, s.worse, -0.125],
    [0.32, 1, null, null, s.noData, null],
    [null, 1, 0.5, null, s.noData, null],
    // Plan equal to base: keep the level.
    [0.5, 0.5, 0.5, null, s.achieved, 1],
    [0.5, 0.5, 0.4, null, s.worse, null],
    [0.5, 0.5, 0.4, 'less', s.achieved, 1],
    // An explicit direction wins over base→plan.
    [3.4, 3.6, 3.5, 'more', s.progress, 0.5],
  ] as const)('base %s, plan %s, fact %s, better %s → %s', (base, plan, fact, better, status, progress) => {
    const result = targetProgress(base, plan, fact, better);
    expect(result.status).toBe(status);
    if (progress === null) expect(result.progress).toBeNull();
    else expect(result.progress).toBeCloseTo(progress, 9);
  });

  it('treats percentages read from text as equal despite floating point (0.1 + 0.2 vs 0.3)', () => {
    expect(targetProgress(0.1, 0.3, 0.1 + 0.2).status).toBe(s.achieved);
  });
});
