import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { schoolKey } from '../../../src/core/identification/schoolKey';

describe('schoolKey: one school however its name is typed', () => {
  it.each([
    ['МБОУ СОШ № 2', 'МБОУ СОШ №2'],
    ['МБОУ СОШ № 2', 'МБОУ "СОШ №2"'],
    ['МБОУ СОШ № 2', 'мбоу  сош  № 2'],
    ['МБОУ СОШ № 2', 'МБОУ СОШ N 2'],
    ['МБОУ СОШ № 2', 'МБОУ «СОШ № 2»'],
    ['МАОУ лицей пгт Афипского', 'МАОУ Лицей пгт. Афипского'],
    ['МБОУ «Туратская ООШ»', 'МБОУ Туратская ООШ'],
    ['МКОУ СОШ №1 с.п. Кахун', 'МКОУ СОШ № 1 с. п. Кахун'],
  ])('%j = %j', (a, b) => {
    expect(schoolKey(a)).toBe(schoolKey(b));
  });

  it.each([
    ['МБОУ СОШ № 2', 'МБОУ СОШ № 12'],
    ['МБОУ СОШ № 2', 'МБОУ ООШ № 2'],
    ['МБОУ СОШ № 7', 'МБОУ СОШ № 71'],
  ])('%j ≠ %j', (a, b) => {
    expect(schoolKey(a)).not.toBe(schoolKey(b));
  });

  it('does not depend on spaces, quotes or case around the number', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 200 }),
        fc.constantFrom('№', '№ ', ' № ', 'N', 'N '),
        fc.constantFrom('', '"', '«'),
        fc.boolean(),
        (n, sign, quote, upper) => {
          const close = quote === '«' ? '»' : quote;
          const name = `МБОУ ${quote}СОШ ${sign}${n}${close}`;
          expect(schoolKey(upper ? name.toUpperCase() : name.toLowerCase())).toBe(
            schoolKey(`МБОУ СОШ № ${n}`),
          );
        },
      ),
    );
  });
});
