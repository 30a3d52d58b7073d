// The year of an assessment as results tables write it. A school year «2022-2023» ends with the
// spring assessments of 2023, so it means 2023 (PRODUCT.md §4).
import { normalizeText } from '../text/normalize';

const MIN_YEAR = 2000;
const MAX_YEAR = 2100;
const YEAR_TEXT =
  /^(\d{4})\s*(?:[-–—/]\s*(\d{4}|\d{2}))?\s*(?:г|гг|год|года|у ?г|уч г|уч год|уч года|учебный год|учебного года|учебном году)?$/;

function inRange(year: number): boolean {
  return Number.isInteger(year) && year >= MIN_YEAR && year <= MAX_YEAR;
}

/** 2023, «2023», «2023 г.», «2022-2023», «2022/23», «2022/2023 уч. год» → 2023; null otherwise. */
export function parseAssessmentYear(value: unknown): number | null {
  if (typeof value === 'number') return inRange(value) ? value : null;
  if (typeof value !== 'string') return null;
  const text = normalizeText(value).replace(/[.,]/g, ' ').replace(/\s+/g, ' ').trim().replace(/^в /, '');
  const match = YEAR_TEXT.exec(text);
  if (!match) return null;
  const first = Number(match[1]);
  if (match[2] === undefined) return inRange(first) ? first : null;
  const second = match[2].length === 2 ? Math.floor(first / 100) * 100 + Number(match[2]) : Number(match[2]);
  return second === first + 1 && inRange(second) ? second : null;
}
