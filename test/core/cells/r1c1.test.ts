import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { a1ToR1C1, r1c1ToA1 } from '../../../src/core/cells/r1c1';

describe('r1c1ToA1', () => {
  it.each([
    ['=R[0]C[-1]*2', 5, 3, '=B5*2'],
    ['=RC[-1]*2', 5, 3, '=B5*2'],
    ['=R[-1]C', 5, 3, '=C4'],
    ['=R2C3', 9, 9, '=$C$2'],
    ['=R[0]C2', 7, 4, '=$B7'],
    ['=SUM(R[-3]C[0]:R[-1]C[0])', 10, 2, '=SUM(B7:B9)'],
    [
      '=HYPERLINK("https://docs.google.com/R1C1", R[0]C[-6])',
      4,
      9,
      '=HYPERLINK("https://docs.google.com/R1C1", C4)',
    ],
    ["='Результаты ОП'!R2C1", 3, 3, "='Результаты ОП'!$A$2"],
    ['=ROUND(R[0]C[-1], 0)', 2, 2, '=ROUND(A2, 0)'],
    ['=CONCAT(R[0]C[-1], "RC")', 2, 2, '=CONCAT(A2, "RC")'],
    ['=SUM(C[-1])', 3, 3, '=SUM(B:B)'],
    ['=SUM(R1:R3)', 3, 3, '=SUM($1:$3)'],
    ['=R[-5]C', 2, 2, '=#REF!'],
    ['не формула', 1, 1, 'не формула'],
  ])('%s in R%iC%i is %s', (formula, row, column, a1) => {
    expect(r1c1ToA1(formula, row, column)).toBe(a1);
  });
});

describe('a1ToR1C1', () => {
  it.each([
    ['=B5*2', 5, 3, '=R[0]C[-1]*2'],
    ['=$C$2', 9, 9, '=R2C3'],
    ['=SUM(B7:B9)', 10, 2, '=SUM(R[-3]C[0]:R[-1]C[0])'],
    ['=LOG10(A1)', 1, 2, '=LOG10(R[0]C[-1])'],
    ['=HYPERLINK("A1", A1)', 1, 2, '=HYPERLINK("A1", R[0]C[-1])'],
    ['=SUM(B:B)', 3, 3, '=SUM(C[-1]:C[-1])'],
  ])('%s in R%iC%i is %s', (formula, row, column, r1c1) => {
    expect(a1ToR1C1(formula, row, column)).toBe(r1c1);
  });

  it('moves a relative reference with its row and keeps an absolute one', () => {
    const read = a1ToR1C1('=HYPERLINK($A$1, A7) & B7', 7, 9);
    expect(r1c1ToA1(read, 3, 9)).toBe('=HYPERLINK($A$1, A3) & B3');
  });

  it('comes back to the same A1 formula at the same cell', () => {
    const reference = fc
      .tuple(fc.boolean(), fc.integer({ min: 1, max: 52 }), fc.boolean(), fc.integer({ min: 1, max: 60 }))
      .map(([fixedColumn, column, fixedRow, row]) => {
        const letters =
          column <= 26 ? String.fromCharCode(64 + column) : `A${String.fromCharCode(64 + column - 26)}`;
        return `${fixedColumn ? '$' : ''}${letters}${fixedRow ? '$' : ''}${row}`;
      });
    fc.assert(
      fc.property(
        fc.array(reference, { minLength: 1, maxLength: 3 }),
        fc.integer({ min: 1, max: 50 }),
        fc.integer({ min: 1, max: 30 }),
        (refs, row, column) => {
          const formula = `=SUM(${refs.join(', ')}) & "R1C1 A1"`;
          expect(r1c1ToA1(a1ToR1C1(formula, row, column), row, column)).toBe(formula);
        },
      ),
    );
  });
});
