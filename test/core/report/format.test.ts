import { describe, expect, it } from 'vitest';
import { formatNumber, formatPoints, formatRate, sharePoints } from '../../../src/core/report/format';

describe('formatPoints: the change of a share in percentage points, from the shares as shown', () => {
  it.each([
    [0.162, 0.343, '+18,1'],
    [0.343, 0.162, '−18,1'],
    [0.3, 0.3, '0'],
    // 10,25 % and 5,15 % show as 10,3 % and 5,2 %: the change a reader computes is 5,1.
    [0.0515, 0.1025, '+5,1'],
    [0.1, 0.4, '+30'],
  ])('%d → %d is %s', (from, to, expected) => {
    expect(formatPoints(from, to)).toBe(expected);
  });
});

describe('number texts', () => {
  it.each([
    [0.34286, 34.3],
    [0.05, 5],
    [1, 100],
  ])('sharePoints(%d) = %d', (share, points) => expect(sharePoints(share)).toBe(points));

  it('writes rates with a decimal comma and a dash when absent', () => {
    expect(formatRate(0.9753)).toBe('97,5 %');
    expect(formatRate(null)).toBe('—');
    expect(formatNumber(0.438)).toBe('0,438');
    expect(formatNumber(0.1 + 0.2)).toBe('0,3');
  });
});
