import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseAssessmentYear } from '../../../src/core/identification/year';

describe('parseAssessmentYear: the calendar year of the assessment', () => {
  it.each<[unknown, number]>([
    [2023, 2023],
    ['2023', 2023],
    ['2023 г.', 2023],
    ['2023г', 2023],
    ['2023 год', 2023],
    ['2022-2023', 2023],
    ['2022 – 2023', 2023],
    ['2022/2023 уч. год', 2023],
    ['2022-2023 учебного года', 2023],
    ['2022/2023 у.г.', 2023],
    ['в 2022-2023 учебном году', 2023],
    ['2022/23', 2023],
    ['2022-2023 учебный год', 2023],
  ])('%j → %d', (value, year) => {
    expect(parseAssessmentYear(value)).toBe(year);
  });

  it.each([
    [''],
    ['н/д'],
    [2023.5],
    ['2021-2023'],
    ['23'],
    [1999],
    ['2023 март'],
    [true],
    [new Date(2023, 4, 1)],
  ])('%j is not a year', (value) => {
    expect(parseAssessmentYear(value)).toBeNull();
  });

  it('reads a school year as the year it ends, however it is separated', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2001, max: 2099 }),
        fc.constantFrom('-', '/', '–', ' - '),
        fc.constantFrom('', ' уч. год', ' учебный год', ' г.'),
        (year, separator, suffix) => {
          expect(parseAssessmentYear(`${year - 1}${separator}${year}${suffix}`)).toBe(year);
          expect(parseAssessmentYear(`${year - 1}${separator}${String(year).slice(2)}`)).toBe(year);
        },
      ),
    );
  });
});
