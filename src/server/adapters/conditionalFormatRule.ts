import type { SheetLike } from '../platform/surface';

/**
 * A new conditional-format rule builder. Apps Script has it on SpreadsheetApp only, not on Sheet
 * (https://developers.google.com/apps-script/reference/spreadsheet/conditional-format-rule), while
 * SheetLike offers it so that the in-memory fakes can count it: use the sheet's when it has one.
 */
export function newConditionalFormatRule(
  sheet: SheetLike,
): GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder {
  const own = (sheet as Partial<SheetLike>).newConditionalFormatRule;
  return typeof own === 'function' ? own.call(sheet) : SpreadsheetApp.newConditionalFormatRule();
}
