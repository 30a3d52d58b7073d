// The «ШНОР» sheet: owned by the add-on and rewritten whole, yet the columns a user added after
// the eight of the template (notes, a curator's name…) stay with their school across rewrites.
import type { CellValue, Grid } from '../cells/cellValue';
import { identificationMessages as m } from '../messages/identification';
import { LOW_RESULT_SCHOOLS_SHEET, NO, YES } from '../template/sheets';
import { isBlank, normalizeHeader } from '../text/normalize';
import type { Identification, SchoolVerdict } from './identify';
import { schoolKey } from './schoolKey';

/** A whole owned sheet: its header row and the rows below. */
export interface SheetBlock {
  readonly headers: readonly string[];
  readonly rows: readonly (readonly CellValue[])[];
}

const OWN_HEADERS = LOW_RESULT_SCHOOLS_SHEET.columns.map((c) => c.header);
const OWN_KEYS = new Set(OWN_HEADERS.map(normalizeHeader));

interface UserColumns {
  readonly headers: string[];
  /** The user's cells of each school, by loose key; the first row of a school wins. */
  readonly bySchool: Map<string, { school: CellValue; values: CellValue[] }>;
  /** Rows whose user cells cannot be matched to a school of this run: kept at the bottom. */
  readonly unmatched: { school: CellValue; values: CellValue[] }[];
}

function userColumns(previous: Grid | null): UserColumns {
  const empty: UserColumns = { headers: [], bySchool: new Map(), unmatched: [] };
  const headerRow = previous?.[0];
  if (!previous || !headerRow) return empty;
  const schoolIndex = headerRow.findIndex((h) => normalizeHeader(h) === normalizeHeader(OWN_HEADERS[0]));
  const indexes = headerRow
    .map((_header, i) => i)
    .filter((i) => !OWN_KEYS.has(normalizeHeader(headerRow[i])))
    .filter((i) => !isBlank(headerRow[i]) || previous.some((row, r) => r > 0 && !isBlank(row[i])));
  if (indexes.length === 0) return empty;
  const result: UserColumns = {
    headers: indexes.map((i) => String(headerRow[i] ?? '')),
    bySchool: new Map(),
    unmatched: [],
  };
  for (const row of previous.slice(1)) {
    const values = indexes.map((i) => row[i] ?? '');
    if (values.every(isBlank)) continue;
    const school = schoolIndex >= 0 ? (row[schoolIndex] ?? '') : '';
    const key = schoolKey(school);
    if (key && !result.bySchool.has(key)) result.bySchool.set(key, { school, values });
    else result.unmatched.push({ school, values });
  }
  return result;
}

function verdictRow(v: SchoolVerdict): CellValue[] {
  return [
    v.school,
    v.analysisYear,
    v.isLowResult ? YES : NO,
    v.criterion,
    v.lowProcedureCount,
    v.explanation,
    v.cluster ?? '',
    v.clusterTrend ?? '',
  ];
}

/**
 * The new content of «ШНОР»: one row per school, flagged first, then the user's own columns; the
 * previous grid of the sheet (or null) gives those columns.
 */
export function lowResultSchoolsSheet(identification: Identification, previous: Grid | null): SheetBlock {
  const user = userColumns(previous);
  const blankUser = user.headers.map(() => '');
  const rows: CellValue[][] = identification.schools.map((v) => {
    const kept = user.bySchool.get(v.schoolKey);
    user.bySchool.delete(v.schoolKey);
    return [...verdictRow(v), ...(kept?.values ?? blankUser)];
  });
  const orphans = [...user.bySchool.values(), ...user.unmatched];
  for (const orphan of orphans) {
    const own: CellValue[] = OWN_HEADERS.map(() => '');
    own[0] = orphan.school;
    own[5] = m.schoolNotInResults;
    rows.push([...own, ...orphan.values]);
  }
  return { headers: [...OWN_HEADERS, ...user.headers], rows };
}
