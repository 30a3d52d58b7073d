// ФИС ОКО prints a school as its login before its name: «(sch223197) МБОУ "СОШ №2"». The login is
// the school's key (PRODUCT.md §4) and goes to `Код ОО`; `Школа` gets the name alone.
import { splitSchoolLogin as splitLoginFromName } from '../identification/schoolKey';
import { cellText } from '../text/normalize';

export interface SchoolName {
  readonly login: string;
  readonly name: string;
}

const LOGIN = /^[a-z]{2,6}\d{3,}$/i;

/**
 * A login from a column of its own (`Логин`, `Код ОО`): only what looks like a ФИС ОКО login. A
 * regional centre's numeric school code («420101») is another key space: taken as a login it
 * would split one school into two.
 */
export function loginOf(value: unknown): string {
  const text = cellText(value).trim();
  return LOGIN.test(text) ? text.toLowerCase() : '';
}

/**
 * Splits «(sch223197) МБОУ "СОШ №2"» into the login «sch223197» and the name, by the same rule that
 * identification reads a login in a name with (so an imported row and a typed one agree); the name
 * is written to `Школа`, so its runs of spaces are folded.
 */
export function splitSchoolLogin(value: unknown): SchoolName {
  const { login, name } = splitLoginFromName(cellText(value));
  return { login: login ?? '', name: name.replace(/\s+/g, ' ') };
}
