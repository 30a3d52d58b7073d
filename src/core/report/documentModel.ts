// The справка as plain data (ENGINEERING.md «One document model»): src/core builds it, the server
// renders it with DocumentApp, the preview renders it as HTML, and the dashboard draws its chart.
// Every string here is text: a renderer never interprets it as markup or a formula.

export type ReportKind = 'school' | 'municipal';

/** One line series of a chart: a value per category (null: no data for that category). */
export interface ChartSeries {
  readonly name: string;
  readonly values: readonly (number | null)[];
}

/**
 * The «2» share by procedure (PRODUCT.md §8, §11): categories are procedures, series are years
 * (and the municipality's / region's shares where «Сравнение» has them). Values are percent points.
 */
export interface ChartModel {
  readonly title: string;
  readonly categories: readonly string[];
  readonly series: readonly ChartSeries[];
  /** The threshold line, percent points (30). */
  readonly threshold: number;
  readonly unit: string;
  /** The alternative text of the image: what the chart shows, in words, numbers included. */
  readonly altText: string;
}

export type ReportBlock =
  | { readonly kind: 'heading'; readonly level: 1 | 2 | 3; readonly text: string }
  | {
      readonly kind: 'paragraph';
      readonly text: string;
      /** 'draft': the draft mark; 'stamp': the approval stamp (right-aligned); 'note': a caveat. */
      readonly role?: 'draft' | 'stamp' | 'note';
    }
  | {
      readonly kind: 'table';
      readonly header: readonly string[];
      readonly rows: readonly (readonly string[])[];
      readonly caption?: string;
    }
  | { readonly kind: 'list'; readonly ordered: boolean; readonly items: readonly string[] }
  | { readonly kind: 'chart'; readonly chart: ChartModel }
  /** A section whose data is missing: one line saying what to fill. */
  | { readonly kind: 'placeholder'; readonly text: string };

// What buildReport (engineer R1) puts in the model, for the renderers (engineer R2):
// - every section is always present, in the order of ReportSectionId; a section whose data is
//   absent holds exactly one block, a placeholder (no heading): render it as one muted line;
// - the header section: a 'draft' paragraph first; then, when set, consecutive 'stamp' paragraphs
//   («Утверждаю», position, name, the date line) to align right as one block; then the level-1
//   title heading and two plain paragraphs (subject with the period, «По состоянию на …»);
// - section headings are level 2, sub-tables' headings level 3; 'note' paragraphs are caveats;
// - «Решили:» is a level-2 heading followed by an ordered list of blank lines («____»): the
//   renderer numbers them, never the text;
// - table cells are short plain strings, never blank rows; the chart block comes last in
//   'results', after the tables, and may be absent (no share in the last two years).

export interface ReportSection {
  /** Stable id of the §11 section, in order: header, identification, results, cluster, risk, roadmap, targets, conclusions, decisions, sources. */
  readonly id: ReportSectionId;
  readonly blocks: readonly ReportBlock[];
}

export type ReportSectionId =
  | 'header'
  | 'identification'
  | 'results'
  | 'cluster'
  | 'risk'
  | 'roadmap'
  | 'targets'
  | 'conclusions'
  | 'decisions'
  | 'sources';

export interface ReportDocument {
  readonly kind: ReportKind;
  /** The Doc's file name («Аналитическая справка — МБОУ … — 2024»). */
  readonly fileName: string;
  /** The one period string used everywhere in the document. */
  readonly period: string;
  readonly sections: readonly ReportSection[];
}
