// The template's example rows show how to type a share where the template leaves the cell
// unformatted (PRODUCT.md §2): percent points, 35 for 35 %. An example typed 0,35 would be read as
// 0,35 % — and teach the user to type what is now read wrong.
import { describe, expect, it } from 'vitest';
import { readShare } from '../../../src/core/identification/resultCells';
import { EXAMPLE_ROWS } from '../../../src/core/template/exampleRows';
import { RESULTS_SHEET, TARGETS_SHEET } from '../../../src/core/template/sheets';

const column = (schema: { columns: readonly { key: string }[] }, key: string) =>
  schema.columns.findIndex((c) => c.key === key);

describe('the template’s example shares', () => {
  it('`Доля «2», %` of the example results is a low share read as the template leaves the column', () => {
    const shares = EXAMPLE_ROWS.results.map((r) => r[column(RESULTS_SHEET, 'share')]).filter((v) => v !== '');
    expect(shares.length).toBeGreaterThan(0);
    for (const value of shares) {
      const read = readShare(value, 'points');
      expect(read.ok && read.value?.share).toBeCloseTo(0.35, 10);
    }
  });

  it('the «%» targets are typed in percent points', () => {
    const percentRows = EXAMPLE_ROWS.targets.filter((r) => r[column(TARGETS_SHEET, 'unit')] === '%');
    expect(percentRows.length).toBeGreaterThan(0);
    for (const row of percentRows)
      for (const key of ['base', 'plan', 'fact']) {
        const value = row[column(TARGETS_SHEET, key)];
        if (value === '') continue;
        const read = readShare(value, 'points');
        // Each example is a share of pupils or teachers of at least 10 %.
        expect(read.ok && read.value?.share, `${row[0]}: ${key} ${value}`).toBeGreaterThanOrEqual(0.1);
      }
  });
});
