// «ШНОР по годам»: the table of seed 002_… — one column for every year of the data, the schools
// flagged for that year under it, and at the bottom how many there were, how the list changed (a
// school of last year's list without results this year counted apart, not as «вышла») and, where
// the year before has no data, that criterion 2 could not be checked (PRODUCT.md §2).
import type { CellValue } from '../cells/cellValue';
import { identificationMessages as m } from '../messages/identification';
import type { Identification } from './identify';
import type { SheetBlock } from './lowResultSchoolsSheet';

export function lowResultByYearSheet(identification: Identification): SheetBlock {
  const lists = identification.byYear;
  if (lists.length === 0) return { headers: [m.byYearEmptyHeader], rows: [[m.nothingToIdentify]] };
  const height = Math.max(0, ...lists.map((l) => l.schools.length));
  const rows: CellValue[][] = [];
  for (let i = 0; i < height; i++) rows.push([i + 1, ...lists.map((l) => l.schools[i] ?? '')]);
  rows.push([m.byYearTotal, ...lists.map((l) => l.schools.length)]);
  rows.push([m.byYearEntered, ...lists.map((l) => l.change?.entered.length ?? '')]);
  rows.push([m.byYearLeft, ...lists.map((l) => l.change?.left.length ?? '')]);
  // Only when some school of a list has no results the next year, as «Критерий 2» below.
  if (lists.some((l) => (l.change?.withoutResults.length ?? 0) > 0))
    rows.push([m.byYearWithoutResults, ...lists.map((l) => l.change?.withoutResults.length ?? '')]);
  if (lists.some((l) => !l.criterion2Checked)) {
    rows.push([
      m.byYearCriterion2,
      ...lists.map((l) => (l.criterion2Checked ? '' : m.byYearCriterion2NotChecked(l.year - 1))),
    ]);
  }
  return { headers: [m.byYearNumber, ...lists.map((l) => m.byYearColumn(l.year))], rows };
}
