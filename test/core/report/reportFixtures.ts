// Builds a ReportInput from grids as the server reader would, and reads a built справка back.

import { SAMPLE_CLUSTERS } from '../../../dev/sample/clusters';
import { MUNICIPAL_RESULTS } from '../../../dev/sample/municipalResults';
import {
  MUNICIPAL_CLUSTERS,
  MUNICIPAL_COMPARISON,
  MUNICIPAL_ROADMAP,
  MUNICIPAL_SETTINGS,
  MUNICIPAL_TARGETS,
} from '../../../dev/sample/municipalWorkbook';
import { SAMPLE_RESULTS } from '../../../dev/sample/results';
import { SAMPLE_RISK_PROFILE } from '../../../dev/sample/riskProfile';
import { SAMPLE_ROADMAP } from '../../../dev/sample/roadmap';
import { SAMPLE_SETTINGS, SAMPLE_TIME_ZONE } from '../../../dev/sample/settings';
import { SAMPLE_TARGETS } from '../../../dev/sample/targets';
import type { CellValue, Grid } from '../../../src/core/cells/cellValue';
import { Journal } from '../../../src/core/journal/journal';
import { ADDON_VERSION } from '../../../src/core/report/addonVersion';
import type {
  ReportBlock,
  ReportDocument,
  ReportSection,
  ReportSectionId,
} from '../../../src/core/report/documentModel';
import type { ReportInput, ReportSheets } from '../../../src/core/report/reportInput';
import { parseSettingsGrid } from '../../../src/core/settings/settings';

export const ZONE = SAMPLE_TIME_ZONE;

/** The sections of PRODUCT.md §11, in the order every справка has them. */
export const SECTION_ORDER: readonly ReportSectionId[] = [
  'header',
  'identification',
  'results',
  'cluster',
  'risk',
  'roadmap',
  'targets',
  'conclusions',
  'decisions',
  'sources',
];

const NO_SHEETS: ReportSheets = {
  settings: null,
  results: null,
  clusters: null,
  riskProfile: null,
  riskThresholds: null,
  roadmap: null,
  targets: null,
  comparison: null,
};

const copy = (grid: Grid): Grid => grid.map((row) => [...row]);

export function reportInputOf(sheets: Partial<ReportSheets>, workbookName = 'Тестовая таблица'): ReportInput {
  const all = { ...NO_SHEETS, ...sheets };
  const settings = parseSettingsGrid(all.settings, ZONE, new Journal());
  return {
    settings,
    reportDate: settings.reportDate ?? { year: 2024, month: 11, day: 20 },
    timeZone: ZONE,
    addonVersion: ADDON_VERSION,
    workbookName,
    sheets: all,
  };
}

/** The input sheets of the sample school МБОУ СОШ № 2 (dev/sample). */
export function schoolSheets(): ReportSheets {
  return {
    ...NO_SHEETS,
    settings: copy(SAMPLE_SETTINGS),
    results: copy(SAMPLE_RESULTS),
    clusters: copy(SAMPLE_CLUSTERS),
    riskProfile: copy(SAMPLE_RISK_PROFILE),
    roadmap: copy(SAMPLE_ROADMAP),
    targets: copy(SAMPLE_TARGETS),
  };
}

/** The municipal sample shaped like seed 002_… (dev/sample/municipalWorkbook.ts). */
export function municipalSheets(): ReportSheets {
  return {
    ...NO_SHEETS,
    settings: copy(MUNICIPAL_SETTINGS),
    results: copy(MUNICIPAL_RESULTS),
    clusters: copy(MUNICIPAL_CLUSTERS),
    roadmap: copy(MUNICIPAL_ROADMAP),
    targets: copy(MUNICIPAL_TARGETS),
    comparison: copy(MUNICIPAL_COMPARISON),
  };
}

/** A settings grid from label → value pairs. */
export function settingsGrid(values: Record<string, CellValue>): Grid {
  return [['Параметр', 'Значение'], ...Object.entries(values)];
}

export function section(doc: ReportDocument, id: ReportSectionId): ReportSection {
  const found = doc.sections.find((s) => s.id === id);
  if (!found) throw new Error(`no section ${id}`);
  return found;
}

/** Every string of a block: its text, items, header and cells, a chart's title and alt text. */
export function blockTexts(block: ReportBlock): string[] {
  switch (block.kind) {
    case 'heading':
    case 'paragraph':
    case 'placeholder':
      return [block.text];
    case 'list':
      return [...block.items];
    case 'table':
      return [...block.header, ...block.rows.flat(), ...(block.caption ? [block.caption] : [])];
    case 'chart':
      return [
        block.chart.title,
        block.chart.altText,
        ...block.chart.categories,
        ...block.chart.series.map((s) => s.name),
      ];
  }
}

export function sectionText(s: ReportSection): string {
  return s.blocks.flatMap(blockTexts).join('\n');
}

export function documentText(doc: ReportDocument): string {
  return doc.sections.map(sectionText).join('\n');
}

export function tablesOf(s: ReportSection) {
  return s.blocks.filter((b): b is Extract<ReportBlock, { kind: 'table' }> => b.kind === 'table');
}

export function listsOf(s: ReportSection) {
  return s.blocks.filter((b): b is Extract<ReportBlock, { kind: 'list' }> => b.kind === 'list');
}

/** The table whose header starts with these cells. */
export function tableStartingWith(s: ReportSection, ...first: string[]) {
  const found = tablesOf(s).find((t) => first.every((h, i) => t.header[i] === h));
  if (!found) throw new Error(`no table ${first.join(' | ')} in ${s.id}`);
  return found;
}
