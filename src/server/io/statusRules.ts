// Colours of a status column, as conditional formatting: the status text stays in the cell, so
// colour is never the only signal, and a colour follows the text when a user edits it.
import { columnLetters } from '../../core/cells/a1';
import type { ConditionalFormatFactory, PropertiesLike, SheetLike } from '../platform/surface';

export interface StatusColour {
  readonly text: string;
  readonly background: string;
}

export interface StatusColumn {
  /** 1-based column of the statuses, first data row and number of rows. */
  readonly column: number;
  readonly firstRow: number;
  readonly numRows: number;
}

// Bumped when the palette changes, so that every workbook gets the new rules once.
const RULES_VERSION = 1;

function a1Of(target: StatusColumn): string {
  const letters = columnLetters(target.column);
  return `${letters}${target.firstRow}:${letters}${target.firstRow + target.numRows - 1}`;
}

/** A rule the add-on wrote: «text is exactly one of our statuses» on cells of a single column. */
function isOwnRule(
  rule: GoogleAppsScript.Spreadsheet.ConditionalFormatRule,
  texts: ReadonlySet<string>,
): boolean {
  const condition = rule.getBooleanCondition?.();
  if (!condition || String(condition.getCriteriaType()) !== 'TEXT_EQUAL_TO') return false;
  const values = condition.getCriteriaValues();
  if (values.length !== 1 || !texts.has(String(values[0]))) return false;
  // One column: «K2:K40», or «K2» when the table has a single row (Sheets names one cell so).
  return rule.getRanges().every((range) => /^([A-Z]+)\d+(?::\1\d+)?$/.test(range.getA1Notation()));
}

/**
 * Puts the add-on's colour rules on a status column, replacing the add-on's earlier rules of these
 * statuses (the column may have moved) and keeping every rule of the user. The rules are rebuilt
 * only when the column or its length changed since the last run (a document property remembers
 * it), so a daily refresh costs no formatting calls.
 */
export function applyStatusColours(
  sheet: SheetLike,
  sheetName: string,
  properties: PropertiesLike,
  target: StatusColumn,
  colours: readonly StatusColour[],
  rules: ConditionalFormatFactory,
): boolean {
  if (target.numRows < 1) return false;
  const key = `statusColours:${sheetName}`;
  const fingerprint = `${RULES_VERSION}|${a1Of(target)}|${colours.map((c) => c.text).join(',')}`;
  if (properties.getProperty(key) === fingerprint) return false;
  const texts = new Set(colours.map((c) => c.text));
  const kept = sheet.getConditionalFormatRules().filter((rule) => !isOwnRule(rule, texts));
  const range = sheet.getRange(target.firstRow, target.column, target.numRows, 1);
  const own = colours.map((colour) =>
    rules
      .newRule()
      .whenTextEqualTo(colour.text)
      .setBackground(colour.background)
      .setRanges([range as unknown as GoogleAppsScript.Spreadsheet.Range])
      .build(),
  );
  sheet.setConditionalFormatRules([...own, ...kept]);
  properties.setProperty(key, fingerprint);
  return true;
}
