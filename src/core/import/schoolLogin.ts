// ФИС ОКО prints a school as its login before its name: «(sch223197) МБОУ "СОШ №2"». The login is
// the school's key (PRODUCT.md §4) and goes to `Код ОО`; `Школа` gets the name alone.
import { cellText } from '../text/normalize';

const LOGIN_FIRST = /^\s*[([]\s*([a-z]{2,6}\d{3,})\s*[)\]]\s*[-–—:,]?\s*(.*)$/is;
const BARE_LOGIN_FIRST = /^\s*(sch\d{3,})\b\s*[-–—:,]?\s*(.*)$/is;

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

/** Splits «(sch223197) МБОУ "СОШ №2"» into the login «sch223197» and the name. */
export function splitSchoolLogin(value: unknown): SchoolName {
  const text = cellText(value).replace(/\s+/g, ' ').trim();
  const match = LOGIN_FIRST.exec(text) ?? BARE_LOGIN_FIRST.exec(text);
  if (!match) return { login: '', name: text };
  return { login: match[1]!.toLowerCase(), name: match[2]!.trim() };
}
