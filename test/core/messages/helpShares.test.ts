// «Справка» says how shares are read as PRODUCT.md §2 reads them: beside «%» a plain number is
// percent points (0,89 is 0,89 %), only a cell formatted as percent holds a fraction. Its first
// release said «0,34» is 34 % — what a user following it typed was then read as 0,34 %.
import { describe, expect, it } from 'vitest';
import { readShare } from '../../../src/core/identification/resultCells';
import { helpSections } from '../../../src/core/messages/help';

const identification = helpSections.find((s) => s.includes('«Результаты ОП»'))!;
const risk = helpSections.find((s) => s.includes('«Пороги рисков»'))!;

describe('«Справка» on shares', () => {
  it.each([
    ['identification', identification],
    ['the risk profile', risk],
  ])(
    '%s: no plain fraction offered as a share; percent points and the percent format explained',
    (_what, text) => {
      expect(text).not.toMatch(/0,34, 34|или 0,3\b/);
      expect(text).toContain('в формате процентов');
    },
  );

  it('the identification section’s example is what the rule reads', () => {
    expect(identification).toContain('0,89 — это 0,89 %');
    const typed = readShare(0.89, 'points');
    expect(typed.ok && typed.value?.share).toBeCloseTo(0.0089, 10);
  });
});
