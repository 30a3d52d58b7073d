// The two criteria of the official rule (PRODUCT.md §4, seed 004_…): a school is ШНОР for year Y
// when at least two procedures were low in Y (criterion 1), or at least one was low in Y−1 and at
// least one in Y (criterion 2) — with the `одна и та же процедура` switch, the same one both years.
import { identificationMessages as m } from '../messages/identification';
import type { ProcedureId } from './procedures';

export type Criterion = 1 | 2;

/** Low procedures are distinct: duplicate rows never reach here. */
export function criteriaMet(
  lowInYear: readonly ProcedureId[],
  lowInPreviousYear: readonly ProcedureId[],
  sameProcedure: boolean,
): Criterion[] {
  const criteria: Criterion[] = [];
  if (new Set(lowInYear).size >= 2) criteria.push(1);
  const criterion2 = sameProcedure
    ? lowInYear.some((p) => lowInPreviousYear.includes(p))
    : lowInYear.length > 0 && lowInPreviousYear.length > 0;
  if (criterion2) criteria.push(2);
  return criteria;
}

/** `Критерий`: «1», «2», «1, 2» or "". */
export function criterionText(criteria: readonly Criterion[]): string {
  if (criteria.length === 2) return m.criterionBoth;
  return criteria.length === 1 ? String(criteria[0]) : '';
}
