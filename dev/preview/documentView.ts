// A Google Doc the add-on created in the preview (the fake DocumentApp's record), as plain JSON for
// the page: each element of the body with what Docs would show — heading level, alignment, bold,
// table cells, list numbering, and for the chart image the data Charts drew it from (the preview
// has no PNG renderer: the page draws the same data as SVG). Text stays text all the way.
import type { FakeBodyElement, FakeDocument } from '../../test/fakes/fakeDocumentApp';

export type DocumentElementView =
  | {
      readonly kind: 'paragraph';
      readonly text: string;
      readonly heading: string;
      readonly alignment: string;
      readonly bold: boolean;
      readonly italic: boolean;
      readonly color: string | null;
    }
  | {
      readonly kind: 'table';
      readonly rows: readonly (readonly string[])[];
      readonly boldRows: readonly number[];
    }
  | {
      readonly kind: 'listItem';
      readonly text: string;
      readonly numbered: boolean;
      /** 1-based position in its list (items sharing a list id), for the number Docs shows. */
      readonly number: number;
      readonly nestingLevel: number;
    }
  | {
      readonly kind: 'image';
      readonly altTitle: string;
      readonly altDescription: string;
      readonly width: number;
      readonly height: number;
      readonly contentType: string;
      /** The Charts data behind the PNG, when the image is a chart. */
      readonly chart: ChartImageView | null;
    };

export interface ChartImageView {
  readonly title: string;
  readonly categories: readonly string[];
  readonly series: readonly { readonly name: string; readonly values: readonly (number | null)[] }[];
  /** The data column Charts draws as a line: the threshold (null: none is drawn as a line). */
  readonly threshold: number | null;
  readonly unit: string;
}

export interface DocumentSummary {
  readonly id: string;
  readonly name: string;
  readonly url: string;
}

export interface DocumentView extends DocumentSummary {
  readonly elements: readonly DocumentElementView[];
}

function chartOf(element: FakeBodyElement & { kind: 'image' }): ChartImageView | null {
  const chart = element.blob.chart;
  if (!chart) return null;
  const series = chart.columns.slice(1).map((column, i) => ({
    name: column.label,
    values: chart.rows.map((row) => {
      const value = row[i + 1];
      return typeof value === 'number' ? value : null;
    }),
  }));
  // The series Charts draws as a line is the threshold (the same value in every row); a chart that
  // draws none (a column chart draws every series as columns) shows no threshold line.
  const lineIndex = chart.marks.findIndex((mark) => mark === 'line' || mark === 'line+points');
  const line = lineIndex < 0 ? undefined : series[lineIndex];
  return {
    title: chart.title,
    categories: chart.rows.map((row) => String(row[0] ?? '')),
    series: line ? series.filter((s) => s !== line) : series,
    threshold: line?.values.find((v) => v !== null) ?? null,
    unit: chart.yAxisTitle,
  };
}

export function documentSummary(document: FakeDocument): DocumentSummary {
  return {
    id: document.id,
    name: document.name,
    url: `https://docs.google.com/document/d/${document.id}/edit`,
  };
}

export function documentView(document: FakeDocument): DocumentView {
  const positions = new Map<string, number>();
  const elements = document.body.elements.map((element): DocumentElementView => {
    switch (element.kind) {
      case 'paragraph':
        return {
          kind: 'paragraph',
          text: element.text,
          heading: element.heading,
          alignment: element.alignment,
          bold: element.style.bold,
          italic: element.style.italic,
          color: element.style.color,
        };
      case 'table':
        return {
          kind: 'table',
          rows: element.cells.map((row) => [...row]),
          boldRows: element.rowStyles.flatMap((style, i) => (style.bold ? [i] : [])),
        };
      case 'listItem': {
        const number = (positions.get(element.listId) ?? 0) + 1;
        positions.set(element.listId, number);
        return {
          kind: 'listItem',
          text: element.text,
          numbered: element.glyphType === 'NUMBER',
          number,
          nestingLevel: element.nestingLevel,
        };
      }
      default:
        return {
          kind: 'image',
          altTitle: element.altTitle,
          altDescription: element.altDescription,
          width: element.width,
          height: element.height,
          contentType: element.blob.getContentType(),
          chart: chartOf(element),
        };
    }
  });
  return { ...documentSummary(document), elements };
}
