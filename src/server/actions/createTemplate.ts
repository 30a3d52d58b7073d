import type { CellValue } from '../../core/cells/cellValue';
import { menuLabels } from '../../core/messages/menu';
import { templateMessages as m } from '../../core/messages/template';
import { NUMBER_FORMATS, TEMPLATE_SHEETS, type TemplateSheet } from '../../core/template/templateSheets';
import { findSheetTitle } from '../../core/text/sheetName';
import type { AddonContext } from '../context';
import type { SheetLike, SpreadsheetLike, ValidationFactory } from '../platform/surface';
import { type ActionResult, runAction } from './runAction';

const HEADER_BACKGROUND = '#e8f0fe';
const OUTPUT_HEADER_BACKGROUND = '#e6f4ea';

/** An empty workbook: every sheet it has is blank (a new spreadsheet has one blank «Лист1»). */
function isEmptyWorkbook(spreadsheet: SpreadsheetLike): boolean {
  return spreadsheet.getSheets().every((sheet) => sheet.getLastRow() === 0);
}

function formatColumns(sheet: SheetLike, template: TemplateSheet, validations: ValidationFactory): void {
  const dataRows = sheet.getMaxRows() - 1;
  template.columns.forEach((column, i) => {
    const col = i + 1;
    if (column.width) sheet.setColumnWidth(col, column.width);
    if (dataRows <= 0) return;
    const data = sheet.getRange(2, col, dataRows, 1);
    if (column.format === 'checkbox') data.setDataValidation(validations.checkbox());
    // A plain number keeps Sheets' automatic format (a pattern like «0.##» shows «30.»).
    else if (column.format && NUMBER_FORMATS[column.format])
      data.setNumberFormat(NUMBER_FORMATS[column.format]!);
    if (column.allowed) data.setDataValidation(validations.list(column.allowed));
  });
}

function createSheet(
  spreadsheet: SpreadsheetLike,
  template: TemplateSheet,
  validations: ValidationFactory,
  withExamples: boolean,
): void {
  const sheet = spreadsheet.insertSheet(template.name, spreadsheet.getSheets().length);
  const width = template.columns.length;
  const header = sheet.getRange(1, 1, 1, width);
  header.setValues([template.columns.map((c) => c.header)]);
  header.setFontWeight('bold').setWrap(true).setBackground(HEADER_BACKGROUND);
  template.columns.forEach((column, i) => {
    if (column.output) sheet.getRange(1, i + 1).setBackground(OUTPUT_HEADER_BACKGROUND);
    if (column.note) sheet.getRange(1, i + 1).setNote(column.note);
  });
  sheet.setFrozenRows(1);
  if (template.tabColor) sheet.setTabColor(template.tabColor);
  formatColumns(sheet, template, validations);
  const rows: CellValue[][] = [...template.initialRows(), ...(withExamples ? template.exampleRows : [])];
  if (rows.length > 0) {
    const block = rows.map((row) => Array.from({ length: width }, (_, i) => row[i] ?? ''));
    sheet.getRange(2, 1, block.length, width).setValues(block);
  }
}

/**
 * «Создать листы шаблона» (PRODUCT.md §2): adds every missing sheet with its headers, formats and
 * lists; never changes a sheet that exists, so a second run changes nothing.
 */
export function createTemplate(context: AddonContext): ActionResult {
  return runAction(context, menuLabels.createTemplate, () => {
    const { spreadsheet } = context;
    // A sheet spelled another way («настройки», «Дорожная  карта») is the template's sheet: every
    // action finds it, so a second one would be an empty near-duplicate (and Sheets refuses a
    // name that differs only in case).
    const existing = spreadsheet.getSheets().map((sheet) => sheet.getName());
    const missing = TEMPLATE_SHEETS.filter((t) => findSheetTitle(existing, t.name) === null);
    if (missing.length === 0) return { summary: m.nothingToCreate };
    const withExamples = isEmptyWorkbook(spreadsheet);
    for (const template of missing) createSheet(spreadsheet, template, context.validations, withExamples);
    return { summary: m.created(missing.map((t) => t.name)) + (withExamples ? m.withExamples : '') };
  });
}
