// Which sheets of a school workbook the summary reads, and how a file is recognised as ours.
import {
  RESULTS_SHEET,
  RISK_PROFILE_SHEET,
  ROADMAP_SHEET,
  SETTINGS_SHEET,
  TARGETS_SHEET,
} from '../template/sheets';
import { INPUT_SHEETS } from '../template/templateSheets';
import { findSheetTitle } from '../text/sheetName';

/** Every sheet the school's numbers come from, read in one batch (the outputs are never trusted). */
export const SOURCE_SHEET_NAMES: readonly string[] = INPUT_SHEETS.map((sheet) => sheet.name);

/** Sheets only our template has together; a foreign spreadsheet may well have a «Настройки». */
const MARKER_SHEET_NAMES: readonly string[] = [
  SETTINGS_SHEET.name,
  RESULTS_SHEET.name,
  RISK_PROFILE_SHEET.name,
  ROADMAP_SHEET.name,
  TARGETS_SHEET.name,
];
const MIN_MARKERS = 2;

/**
 * The school file's own titles of the source sheets, keyed by the template name. Titles are
 * matched as the school side matches them (findSheetTitle): a sheet renamed «дорожная  карта» is
 * still the roadmap, and of two spellings the exact one, else the leftmost, is read.
 */
export function matchSourceSheets(titles: readonly string[]): Map<string, string> {
  const found = new Map<string, string>();
  for (const name of SOURCE_SHEET_NAMES) {
    const title = findSheetTitle(titles, name);
    if (title !== null) found.set(name, title);
  }
  return found;
}

/** A file is a ШНОР-монитор workbook when at least two of the template's main sheets are in it. */
export function isTemplateWorkbook(found: ReadonlyMap<string, string>): boolean {
  return MARKER_SHEET_NAMES.filter((name) => found.has(name)).length >= MIN_MARKERS;
}
