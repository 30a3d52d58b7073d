// «ШНОР по годам»: the table of seed 002_… — one column per year, the schools flagged for that
// year under it, and at the bottom how many there were and how the list changed.
import type { CellValue } from '../cells/cellValue';
import { identificationMessages as m } from '../messages/identification';
import type { Identification } from './identify';
import type { SheetBlock } from './lowResultSchoolsSheet';

export function lowResultByYearSheet(identification: Identification): SheetBlock {
  const lists = identification.byYear;
  if (lists.length === 0) return { headers: [m.byYearEmptyHeader], rows: [[m.byYearEmpty]] };
  const height = Math.max(0, ...lists.map((l) => l.schools.length));
  const rows: CellValue[][] = [];
  for (let i = 0; i < height; i++) rows.push([i + 1, ...lists.map((l) => l.schools[i] ?? '')]);
  rows.push([m.byYearTotal, ...lists.map((l) => l.schools.length)]);
  rows.push([m.byYearEntered, ...lists.map((l) => l.entered ?? '')]);
  rows.push([m.byYearLeft, ...lists.map((l) => l.left ?? '')]);
  return { headers: [m.byYearNumber, ...lists.map((l) => m.byYearColumn(l.year))], rows };
}
