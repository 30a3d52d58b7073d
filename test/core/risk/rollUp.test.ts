import { describe, expect, it } from 'vitest';
import type { RiskLevel } from '../../../src/core/risk/riskLevel';
import { rollUpFactorLevel } from '../../../src/core/risk/rollUp';

const H: RiskLevel = 'высокий';
const M: RiskLevel = 'средний';
const L: RiskLevel = 'низкий';

describe('the roll-up rule of a direction', () => {
  it.each<[RiskLevel[], RiskLevel | null]>([
    [[], null],
    [[L], L],
    [[M], M],
    [[H], H],
    [[L, L, L, H], H],
    [[H, M, L], H],
    [[M, L], M],
    [[M, M, L], M],
    [[M, L, L], L],
    [[M, M, L, L], M],
    [[M, L, L, L, L], L],
    [[H, H, H, H], H],
  ])('%j → %j', (levels, expected) => {
    expect(rollUpFactorLevel(levels)).toBe(expected);
  });
});
