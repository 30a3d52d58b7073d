// School workbooks for the curator-summary tests and the preview: the template's sheets filled
// from rows given by column key, so a test names what it means («deadline», «done»), not positions.
import type { CellValue } from '../../src/core/cells/cellValue';
import type { SheetSchema } from '../../src/core/table/schema';
import { riskThresholdTemplateRows } from '../../src/core/template/riskThresholdRows';
import {
  CLUSTERS_SHEET,
  RESULTS_SHEET,
  RISK_PROFILE_SHEET,
  RISK_THRESHOLDS_SHEET,
  ROADMAP_SHEET,
  SETTINGS_SHEET,
  TARGETS_SHEET,
} from '../../src/core/template/sheets';
import { FakeSpreadsheet } from './fakeSpreadsheet';

export type RowOf<K extends string> = Partial<Record<K, CellValue>>;

/** The sheet's header row and its rows, each cell under its column's header. */
export function sheetRows<K extends string>(
  schema: SheetSchema<K>,
  rows: readonly RowOf<K>[],
): CellValue[][] {
  return [
    schema.columns.map((c) => c.header),
    ...rows.map((row) => schema.columns.map((c) => row[c.key] ?? '')),
  ];
}

type KeyOfSchema<S> = S extends SheetSchema<infer K> ? K : never;

export interface SchoolWorkbookSpec {
  /** «Образовательная организация» in «Настройки»; blank: the summary falls back to the file name. */
  readonly school?: string;
  readonly fileName: string;
  readonly settings?: Readonly<Record<string, CellValue>>;
  readonly results?: readonly RowOf<KeyOfSchema<typeof RESULTS_SHEET>>[];
  readonly clusters?: readonly RowOf<KeyOfSchema<typeof CLUSTERS_SHEET>>[];
  readonly riskProfile?: readonly RowOf<KeyOfSchema<typeof RISK_PROFILE_SHEET>>[];
  /** Default: the built-in catalogue, as «Создать листы шаблона» writes it. */
  readonly riskThresholds?: readonly RowOf<KeyOfSchema<typeof RISK_THRESHOLDS_SHEET>>[];
  readonly roadmap?: readonly RowOf<KeyOfSchema<typeof ROADMAP_SHEET>>[];
  readonly targets?: readonly RowOf<KeyOfSchema<typeof TARGETS_SHEET>>[];
  /** Template sheets to leave out (a school that deleted one). */
  readonly without?: readonly string[];
  readonly id?: string;
}

/** A school's workbook with every template sheet the summary reads. */
export function schoolWorkbook(spec: SchoolWorkbookSpec): FakeSpreadsheet {
  const workbook = new FakeSpreadsheet(spec.fileName, spec.id);
  const settings: CellValue[][] = [
    ['Образовательная организация', spec.school ?? ''],
    ...Object.entries(spec.settings ?? {}).map(([label, value]) => [label, value]),
  ];
  const sheets: readonly [string, CellValue[][]][] = [
    [SETTINGS_SHEET.name, [SETTINGS_SHEET.columns.map((c) => c.header), ...settings]],
    [RESULTS_SHEET.name, sheetRows(RESULTS_SHEET, spec.results ?? [])],
    [CLUSTERS_SHEET.name, sheetRows(CLUSTERS_SHEET, spec.clusters ?? [])],
    [RISK_PROFILE_SHEET.name, sheetRows(RISK_PROFILE_SHEET, spec.riskProfile ?? [])],
    [
      RISK_THRESHOLDS_SHEET.name,
      spec.riskThresholds
        ? sheetRows(RISK_THRESHOLDS_SHEET, spec.riskThresholds)
        : [RISK_THRESHOLDS_SHEET.columns.map((c) => c.header), ...riskThresholdTemplateRows()],
    ],
    [ROADMAP_SHEET.name, sheetRows(ROADMAP_SHEET, spec.roadmap ?? [])],
    [TARGETS_SHEET.name, sheetRows(TARGETS_SHEET, spec.targets ?? [])],
  ];
  for (const [name, rows] of sheets) {
    if (!spec.without?.includes(name)) workbook.addSheet(name, rows);
  }
  return workbook;
}
