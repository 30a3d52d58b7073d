// The one way the school side finds a template sheet by name (see core/text/sheetName.ts).
import { findSheetTitle } from '../../core/text/sheetName';
import type { SheetLike, SpreadsheetLike } from '../platform/surface';

/**
 * The sheet `name` as people spell it: the exact name costs one call; only a miss lists the sheets
 * (one call, plus one per sheet for its name) to find «дорожная  карта» for «Дорожная карта».
 */
export function findSheet(spreadsheet: SpreadsheetLike, name: string): SheetLike | null {
  const exact = spreadsheet.getSheetByName(name);
  if (exact) return exact;
  const sheets = spreadsheet.getSheets();
  const titles = sheets.map((sheet) => sheet.getName());
  const title = findSheetTitle(titles, name);
  return title === null ? null : (sheets[titles.indexOf(title)] ?? null);
}
