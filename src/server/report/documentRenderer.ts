// The справка's document model → a new Google Doc (ENGINEERING.md «One document model»). Every
// string of the model goes in as text through appendParagraph / appendTable / appendListItem:
// nothing is interpreted as markup or a formula. Calls grow with the blocks, never with the cells:
// a table is one appendTable call.
import { reportDeliveryMessages as m } from '../../core/messages/reportDelivery';
import type { ReportBlock, ReportDocument } from '../../core/report/documentModel';
import { logFailure } from '../platform/failureReport';
import { CHART_HEIGHT, CHART_WIDTH, chartImage } from './chartImage';
import type { BodyLike, ChartsLike, DocumentAppLike } from './documentSurface';

export interface RenderedReport {
  readonly id: string;
  readonly name: string;
  readonly url: string;
}

const DRAFT_COLOR = '#b3261e';
const PLACEHOLDER_COLOR = '#5f6368';

/** Blocks whose text is styled: the draft mark, the approval stamp, a caveat, a missing section. */
function appendText(body: BodyLike, app: DocumentAppLike, block: ReportBlock & { kind: 'paragraph' }): void {
  const paragraph = body.appendParagraph(String(block.text));
  if (block.role === 'draft') paragraph.editAsText().setBold(true).setForegroundColor(DRAFT_COLOR);
  else if (block.role === 'stamp') paragraph.setAlignment(app.HorizontalAlignment.RIGHT);
  else if (block.role === 'note') paragraph.editAsText().setItalic(true);
}

/** Header and rows as one rectangle of strings (Docs refuses rows of different lengths). */
export function tableCells(header: readonly string[], rows: readonly (readonly string[])[]): string[][] {
  const width = Math.max(1, header.length, ...rows.map((r) => r.length));
  const pad = (row: readonly string[]) =>
    Array.from({ length: width }, (_, i) => (row[i] === undefined || row[i] === null ? '' : String(row[i])));
  return [pad(header), ...rows.map(pad)];
}

function appendBlock(
  body: BodyLike,
  app: DocumentAppLike,
  charts: () => ChartsLike,
  block: ReportBlock,
): void {
  switch (block.kind) {
    case 'heading': {
      const heading = [
        app.ParagraphHeading.HEADING1,
        app.ParagraphHeading.HEADING2,
        app.ParagraphHeading.HEADING3,
      ][block.level - 1];
      body.appendParagraph(String(block.text)).setHeading(heading ?? app.ParagraphHeading.HEADING3);
      return;
    }
    case 'paragraph':
      appendText(body, app, block);
      return;
    case 'placeholder':
      body
        .appendParagraph(String(block.text))
        .editAsText()
        .setItalic(true)
        .setForegroundColor(PLACEHOLDER_COLOR);
      return;
    case 'table': {
      if (block.caption) body.appendParagraph(String(block.caption)).editAsText().setBold(true);
      const table = body.appendTable(tableCells(block.header, block.rows));
      table.getRow(0).editAsText().setBold(true);
      return;
    }
    case 'list': {
      const glyph = block.ordered ? app.GlyphType.NUMBER : app.GlyphType.BULLET;
      const [head, ...rest] = block.items;
      if (head === undefined) return;
      const first = body.appendListItem(String(head)).setGlyphType(glyph);
      // Without a shared list id every item would be a list of its own, each numbered «1.».
      for (const item of rest) body.appendListItem(String(item)).setListId(first).setGlyphType(glyph);
      return;
    }
    case 'chart': {
      const { chart } = block;
      let image: ReturnType<typeof chartImage>;
      try {
        image = chartImage(chart, charts());
      } catch (error) {
        // The справка without its picture is still a справка: the numbers go in as words, and
        // Google's English stays in the Executions log.
        logFailure('график справки', error);
        body.appendParagraph(`${m.chartFailed} ${chart.altText}`).editAsText().setItalic(true);
        return;
      }
      body
        .appendImage(image)
        .setAltTitle(String(chart.title))
        .setAltDescription(String(chart.altText))
        .setWidth(CHART_WIDTH)
        .setHeight(CHART_HEIGHT);
      return;
    }
  }
}

/**
 * Creates the Doc (in the user's My Drive root), writes every section in order, and closes it.
 * DocumentApp.create throws when the user declined the `documents` scope: the caller words that.
 */
export function renderReportDocument(
  report: ReportDocument,
  documentApp: DocumentAppLike,
  charts: () => ChartsLike,
): RenderedReport {
  const document = documentApp.create(report.fileName);
  const body = document.getBody();
  // A new Doc starts with one empty paragraph; it goes once the first block is in (a body keeps
  // at least one paragraph, so it cannot be removed before).
  const emptyFirst = body.getChild(0);
  let appended = 0;
  for (const section of report.sections) {
    for (const block of section.blocks) {
      appendBlock(body, documentApp, charts, block);
      appended++;
    }
  }
  if (appended > 0) emptyFirst.removeFromParent();
  const rendered = { id: document.getId(), name: report.fileName, url: document.getUrl() };
  document.saveAndClose();
  return rendered;
}
