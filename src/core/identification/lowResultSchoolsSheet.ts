// The «ШНОР» sheet: owned by the add-on and rewritten whole through the one owned-sheet writer,
// which keeps the columns a user added (notes, a curator's name…) with their school by the shape
// below: rows are matched by the loose school key, a school gone from the results keeps its row.
import type { CellValue } from '../cells/cellValue';
import { identificationMessages as m } from '../messages/identification';
import type { OwnedSheetShape } from '../table/ownedSheetPlan';
import { LOW_RESULT_SCHOOLS_SHEET, NO, YES } from '../template/sheets';
import type { Identification, SchoolVerdict } from './identify';
import { schoolKey } from './schoolKey';

/** A whole owned sheet: its header row and the rows below. */
export interface SheetBlock {
  readonly headers: readonly string[];
  readonly rows: readonly (readonly CellValue[])[];
}

const OWN_HEADERS = LOW_RESULT_SCHOOLS_SHEET.columns.map((c) => c.header);
const EXPLANATION = LOW_RESULT_SCHOOLS_SHEET.columns.findIndex((c) => c.key === 'explanation');

/** How the writer matches «ШНОР»'s rows: by school (its ФИС ОКО login, else its loose name). */
export const LOW_RESULT_SCHOOLS_SHAPE: OwnedSheetShape = {
  headers: OWN_HEADERS,
  keyColumns: [0],
  keyOf: (cell) => schoolKey(cell),
  // A school no longer in the results keeps its row for the user's cells, and says why it is there.
  keptRow: (own) =>
    OWN_HEADERS.map((_, j) => (j === 0 ? (own[0] ?? '') : j === EXPLANATION ? m.schoolNotInResults : '')),
};

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

/** The add-on's content of «ШНОР»: one row per school, flagged first. */
export function lowResultSchoolsSheet(identification: Identification): SheetBlock {
  return { headers: OWN_HEADERS, rows: identification.schools.map(verdictRow) };
}
