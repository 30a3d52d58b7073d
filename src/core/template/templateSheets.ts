import type { CellValue } from '../cells/cellValue';
import { SETTING_SPECS } from '../settings/settings';
import type { ColumnSchema } from '../table/schema';
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
}

const INPUT_TAB = '#1a73e8';
const OUTPUT_TAB = '#188038';
const none = (): CellValue[][] => [];

/** The sheets of PRODUCT.md §2 in the order a school team works through them. */
export const TEMPLATE_SHEETS: readonly TemplateSheet[] = [
  {
    name: SETTINGS_SHEET.name,
    columns: SETTINGS_SHEET.columns,
    initialRows: () => SETTING_SPECS.map((spec) => [spec.label, spec.templateValue]),
    exampleRows: [],
    tabColor: INPUT_TAB,
  },
  {
    name: RESULTS_SHEET.name,
    columns: RESULTS_SHEET.columns,
    initialRows: none,
    exampleRows: EXAMPLE_ROWS.results,
    tabColor: INPUT_TAB,
  },
  {
    name: CLUSTERS_SHEET.name,
    columns: CLUSTERS_SHEET.columns,
    initialRows: none,
    exampleRows: EXAMPLE_ROWS.clusters,
    tabColor: INPUT_TAB,
  },
  {
    name: IMPORT_SHEET.name,
    columns: IMPORT_SHEET.columns,
    initialRows: none,
    exampleRows: [],
    tabColor: INPUT_TAB,
  },
  {
    name: COMPARISON_SHEET.name,
    columns: COMPARISON_SHEET.columns,
    initialRows: none,
    exampleRows: [],
    tabColor: OUTPUT_TAB,
  },
  {
    name: LOW_RESULT_SCHOOLS_SHEET.name,
    columns: LOW_RESULT_SCHOOLS_SHEET.columns,
    initialRows: none,
    exampleRows: [],
    tabColor: OUTPUT_TAB,
  },
  {
    name: LOW_RESULT_BY_YEAR_SHEET_NAME,
    columns: [{ key: 'year', header: 'Год →', width: 220 }],
    initialRows: none,
    exampleRows: [],
    tabColor: OUTPUT_TAB,
  },
  {
    name: RISK_PROFILE_SHEET.name,
    columns: RISK_PROFILE_SHEET.columns,
    initialRows: none,
    exampleRows: EXAMPLE_ROWS.riskProfile,
    tabColor: INPUT_TAB,
  },
  {
    name: RISK_SUMMARY_SHEET.name,
    columns: RISK_SUMMARY_SHEET.columns,
    initialRows: none,
    exampleRows: [],
    tabColor: OUTPUT_TAB,
  },
  {
    name: RISK_THRESHOLDS_SHEET.name,
    columns: RISK_THRESHOLDS_SHEET.columns,
    initialRows: riskThresholdTemplateRows,
    exampleRows: [],
    tabColor: INPUT_TAB,
  },
  {
    name: ROADMAP_SHEET.name,
    columns: ROADMAP_SHEET.columns,
    initialRows: none,
    exampleRows: EXAMPLE_ROWS.roadmap,
    tabColor: INPUT_TAB,
  },
  {
    name: TARGETS_SHEET.name,
    columns: TARGETS_SHEET.columns,
    initialRows: none,
    exampleRows: EXAMPLE_ROWS.targets,
    tabColor: INPUT_TAB,
  },
  {
    name: SUMMARY_SHEET.name,
    columns: SUMMARY_SHEET.columns,
    initialRows: none,
    exampleRows: [],
    tabColor: OUTPUT_TAB,
  },
  {
    name: REVIEW_QUEUE_SHEET.name,
    columns: REVIEW_QUEUE_SHEET.columns,
    initialRows: none,
    exampleRows: [],
    tabColor: OUTPUT_TAB,
  },
  {
    name: JOURNAL_SHEET.name,
    columns: JOURNAL_SHEET.columns,
    initialRows: none,
    exampleRows: [],
    tabColor: '#d93025',
  },
];

/** Sheets number formats, by column format (Sheets' own pattern syntax). */
export const NUMBER_FORMATS: Readonly<Record<string, string>> = {
  text: '@',
  integer: '0',
  percent: '0.0%',
  date: 'dd.MM.yyyy',
};
