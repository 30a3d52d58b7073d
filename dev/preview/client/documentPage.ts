// The Google Doc the add-on created, drawn in the preview as a page a newcomer can read: headings,
// the draft mark, the right-aligned stamp, tables, numbered lists, and the chart image — drawn from
// the data Charts received, by the dashboard's own SVG chart. Every string goes in as a text node.
import { shareChartView } from '../../../src/sidebar/dashboard/shareChartView';
import { mount } from '../../../src/sidebar/lib/dom';
import type { DocumentElementView, DocumentView } from '../documentView';
import { el } from './el';

const HEADING_TAGS: Readonly<Record<string, 'h1' | 'h2' | 'h3' | 'h4'>> = {
  TITLE: 'h1',
  HEADING1: 'h1',
  HEADING2: 'h2',
  HEADING3: 'h3',
  HEADING4: 'h4',
};

function paragraph(element: DocumentElementView & { kind: 'paragraph' }): HTMLElement {
  const node = el(HEADING_TAGS[element.heading] ?? 'p', { 'data-kind': 'paragraph' });
  // A line break inside a paragraph (the stamp's lines) stays a line break.
  element.text.split('\n').forEach((line, i) => {
    if (i > 0) node.append(el('br'));
    node.append(document.createTextNode(line));
  });
  if (element.alignment !== 'LEFT') node.classList.add(`align-${element.alignment.toLowerCase()}`);
  if (element.bold) node.classList.add('bold');
  if (element.italic) node.classList.add('italic');
  // CSSOM, not a style attribute: the page's CSP forbids inline styles.
  if (element.color) node.style.color = element.color;
  return node;
}

function table(element: DocumentElementView & { kind: 'table' }): HTMLElement {
  const node = el('table', { 'data-kind': 'table', class: 'doc-table' });
  element.rows.forEach((row, i) => {
    const header = element.boldRows.includes(i);
    const tr = el('tr');
    for (const cell of row) tr.append(el(header ? 'th' : 'td', {}, cell));
    node.append(tr);
  });
  return node;
}

function image(element: DocumentElementView & { kind: 'image' }): HTMLElement {
  const figure = el('figure', { 'data-kind': 'image', class: 'doc-image' });
  if (element.chart) {
    const chart = element.chart;
    const drawing = el('div', {
      role: 'img',
      'aria-label': element.altDescription,
      'data-testid': 'document-chart',
    });
    mount(
      drawing,
      shareChartView({
        title: chart.title,
        categories: chart.categories,
        series: chart.series,
        threshold: chart.threshold ?? 0,
        unit: chart.unit,
        altText: element.altDescription,
      }),
    );
    figure.append(drawing);
  } else {
    figure.append(el('p', {}, `[${element.contentType}]`));
  }
  figure.append(
    el('figcaption', { 'data-testid': 'document-alt' }, `Альтернативный текст: ${element.altDescription}`),
  );
  return figure;
}

/** Consecutive list items become one <ol>/<ul>, numbered as Docs numbers them. */
export function renderDocument(container: HTMLElement, view: DocumentView): void {
  container.replaceChildren();
  let list: HTMLOListElement | HTMLUListElement | null = null;
  for (const element of view.elements) {
    if (element.kind !== 'listItem') list = null;
    switch (element.kind) {
      case 'paragraph':
        container.append(paragraph(element));
        break;
      case 'table':
        container.append(table(element));
        break;
      case 'image':
        container.append(image(element));
        break;
      case 'listItem': {
        const tag = element.numbered ? 'ol' : 'ul';
        if (!list || list.tagName.toLowerCase() !== tag || element.number === 1) {
          list = el(tag, { 'data-kind': 'list' });
          container.append(list);
        }
        const item = el('li', { value: String(element.number) });
        // «Решили:» items are blank lines for the meeting to fill.
        item.textContent = element.text === '' ? '\u00a0' : element.text;
        list.append(item);
        break;
      }
    }
  }
}
