import type { CellValue } from '../cells/cellValue';
import { SETTING_SPECS } from '../settings/settings';
import type { ColumnSchema, SheetSchema } from '../table/schema';
import { EXAMPLE_ROWS } from './exampleRows';
import { riskThresholdTemplateRows } from './riskThresholdRows';
import {
  CLUSTERS_SHEET,
  COMPARISON_SHEET,
  IMPORT_SHEET,
  JOURNAL_SHEET,
  LOW_RESULT_BY_YEAR_SHEET_NAME,
  LOW_RESULT_SCHOOLS_SHEET,
  RESULTS_SHEET,
  REVIEW_QUEUE_SHEET,
  RISK_PROFILE_SHEET,
  RISK_SUMMARY_SHEET,
  RISK_THRESHOLDS_SHEET,
  ROADMAP_SHEET,
  SETTINGS_SHEET,
  SUMMARY_SHEET,
  TARGETS_SHEET,
} from './sheets';

/** One sheet as «Создать листы шаблона» creates it. */
export interface TemplateSheet {
  readonly name: string;
  readonly columns: readonly ColumnSchema[];
  /** Rows written on creation whatever the workbook holds (settings, the risk catalogue). */
  readonly initialRows: () => CellValue[][];
  /** Rows written only into an empty workbook, to show how the sheet is filled. */
  readonly exampleRows: readonly CellValue[][];
  readonly tabColor?: string;
  /** The add-on creates and rewrites it (green tabs, and the journal). */
  readonly owned: boolean;
}

const INPUT_TAB = '#1a73e8';
const OUTPUT_TAB = '#188038';
const none = (): CellValue[][] => [];

/** A sheet people fill: its schema's name and columns, its example and initial rows. */
const input = (
  schema: SheetSchema,
  exampleRows: readonly CellValue[][] = [],
  initialRows: () => CellValue[][] = none,
): TemplateSheet => ({
  name: schema.name,
  columns: schema.columns,
  initialRows,
  exampleRows,
  tabColor: INPUT_TAB,
  owned: false,
});

/** A sheet the add-on writes: it starts with its headers only. */
const output = (schema: SheetSchema, tabColor = OUTPUT_TAB): TemplateSheet => ({
  name: schema.name,
  columns: schema.columns,
  initialRows: none,
  exampleRows: [],
  tabColor,
  owned: true,
});

/** The sheets of PRODUCT.md §2 in the order a school team works through them. */
export const TEMPLATE_SHEETS: readonly TemplateSheet[] = [
  input(SETTINGS_SHEET, [], () => SETTING_SPECS.map((spec) => [spec.label, spec.templateValue])),
  input(RESULTS_SHEET, EXAMPLE_ROWS.results),
  input(CLUSTERS_SHEET, EXAMPLE_ROWS.clusters),
  input(IMPORT_SHEET),
  output(COMPARISON_SHEET),
  output(LOW_RESULT_SCHOOLS_SHEET),
  output({ name: LOW_RESULT_BY_YEAR_SHEET_NAME, columns: [{ key: 'year', header: 'Год →', width: 220 }] }),
  input(RISK_PROFILE_SHEET, EXAMPLE_ROWS.riskProfile),
  output(RISK_SUMMARY_SHEET),
  input(RISK_THRESHOLDS_SHEET, [], riskThresholdTemplateRows),
  input(ROADMAP_SHEET, EXAMPLE_ROWS.roadmap),
  input(TARGETS_SHEET, EXAMPLE_ROWS.targets),
  output(SUMMARY_SHEET),
  output(REVIEW_QUEUE_SHEET),
  output(JOURNAL_SHEET, '#d93025'),
];

/**
 * The sheets people fill, in the template's order: what the actions read and «Проверить
 * установку» checks the headers of, and what «Сводка» reads from each school file.
 */
export const INPUT_SHEETS: readonly SheetSchema<string>[] = [
  SETTINGS_SHEET,
  RESULTS_SHEET,
  CLUSTERS_SHEET,
  RISK_PROFILE_SHEET,
  RISK_THRESHOLDS_SHEET,
  ROADMAP_SHEET,
  TARGETS_SHEET,
];

/** Sheets number formats, by column format (Sheets' own pattern syntax). */
export const NUMBER_FORMATS: Readonly<Record<string, string>> = {
  text: '@',
  integer: '0',
  percent: '0.0%',
  date: 'dd.MM.yyyy',
};
