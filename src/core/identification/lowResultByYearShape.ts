// How the one owned-sheet writer treats «ШНОР по годам»: its year columns change from run to run
// (a year of data added or removed), so every header the sheet ever had of the add-on — «№», a
// «2023 год», the header of the empty sheet, the template's «Год →» — is the add-on's, never a user column to keep; the
// user's columns and notes follow their row by its first cell (the number, «Всего», …).
import { identificationMessages as m } from '../messages/identification';
import type { OwnedSheetShape } from '../table/ownedSheetPlan';
import { LOW_RESULT_BY_YEAR_SHEET_NAME } from '../template/sheets';
import { TEMPLATE_SHEETS } from '../template/templateSheets';
import { normalizeHeader } from '../text/normalize';
import type { SheetBlock } from './lowResultSchoolsSheet';

const SAMPLE_YEAR = 2000;
const YEAR_HEADER = new RegExp(
  `^${normalizeHeader(m.byYearColumn(SAMPLE_YEAR))
    .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    .replace(String(SAMPLE_YEAR), '\\d{4}')}$`,
);
// «Создать листы шаблона» gives the sheet a header of its own before the first run.
const TEMPLATE_HEADERS =
  TEMPLATE_SHEETS.find((sheet) => sheet.name === LOW_RESULT_BY_YEAR_SHEET_NAME)?.columns.map(
    (c) => c.header,
  ) ?? [];
const FIXED = new Set(
  [m.byYearNumber, m.byYearEmptyHeader, ...TEMPLATE_HEADERS].map((header) => normalizeHeader(header)),
);

export function isByYearHeader(header: string): boolean {
  const key = normalizeHeader(header);
  return FIXED.has(key) || YEAR_HEADER.test(key);
}

export function lowResultByYearShape(block: SheetBlock): OwnedSheetShape {
  return { headers: block.headers, keyColumns: [0], isOwnHeader: isByYearHeader };
}
