// Who a school is (PRODUCT.md §4). ФИС ОКО names every school by its login, «(sch223197) МБОУ
// "СОШ №2"», and the login is the key where it is given: rows with one login are one school whatever
// their names. Without it, names are matched loosely — lists of ШНОР are retyped by hand in every
// report (seed 002_…) — but only across what typing changes without changing the name: case,
// quotes, spaces and the spacing of «№». What separates numbers or words stays: «Школа 1-2» is
// not «Школа 12».
import { normalizeText } from '../text/normalize';

// The login at the start of a ФИС ОКО name, in brackets or not: «(sch223197) …», «sch223197 …».
// The space before the bracket and the one after it are never adjacent runs: linear in a cell of spaces.
const LOGIN_IN_NAME = /^\s*(?:[([]\s*)?(sch\d+)\s*(?:[)\]]\s*)?(?:[-–—:,]\s*)?/i;

/** A login as a key: «sch223197». */
function loginKey(login: string): string {
  return login.toLowerCase();
}

/** The login written at the start of a school name, and the name without it. */
export function splitSchoolLogin(name: unknown): { readonly login: string | null; readonly name: string } {
  const text = typeof name === 'string' ? name : String(name ?? '');
  const match = LOGIN_IN_NAME.exec(text);
  if (!match || match[0].length === text.length) return { login: null, name: text.trim() };
  return { login: loginKey(match[1]!), name: text.slice(match[0].length).trim() };
}

/** `Код ОО` as typed: «sch223197», «(sch223197)»; null when blank. */
export function readSchoolCode(code: unknown): string | null {
  const text = normalizeText(code).replace(/^[([]\s*|\s*[)\]]$/g, '');
  return text === '' ? null : loginKey(text.replace(/\s+/g, ''));
}

/** The loose key of a name: case, quotes, spaces and «№»/«N»/«No» before a number dropped. */
export function schoolNameKey(name: unknown): string {
  return (
    normalizeText(name)
      .replace(/№/g, ' ')
      .replace(/(^|[^\p{L}])(?:n|no|nr)\s*\.?\s*(?=\d)/gu, '$1')
      // A period after letters marks an abbreviation («пгт.», «с.п.», «г.»), it separates nothing.
      .replace(/(\p{L})\.(?!\d)/gu, '$1')
      .replace(/\s+/g, '')
  );
}

/** The key of a school as written on a sheet: its login when the name carries one, else the name's. */
export function schoolKey(name: unknown): string {
  const { login, name: rest } = splitSchoolLogin(name);
  return login ?? schoolNameKey(rest);
}

/** The name shown for a school known by its login, in ФИС ОКО's own form: «(sch223197) МБОУ СОШ №2». */
export function schoolDisplayName(login: string | null, name: string): string {
  return login ? `(${login}) ${name}` : name;
}
