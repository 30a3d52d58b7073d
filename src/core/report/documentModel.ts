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
