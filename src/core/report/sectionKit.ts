// Small builders the sections share, so that every section reads as a list of blocks.
import type { ReportBlock, ReportSection, ReportSectionId } from './documentModel';

export const heading = (text: string, level: 1 | 2 | 3 = 2): ReportBlock => ({
  kind: 'heading',
  level,
  text,
});

export const paragraph = (text: string, role?: 'draft' | 'stamp' | 'note'): ReportBlock =>
  role ? { kind: 'paragraph', text, role } : { kind: 'paragraph', text };

export const table = (
  header: readonly string[],
  rows: readonly (readonly string[])[],
  caption?: string,
): ReportBlock => (caption ? { kind: 'table', header, rows, caption } : { kind: 'table', header, rows });

export const list = (items: readonly string[], ordered = false): ReportBlock => ({
  kind: 'list',
  ordered,
  items,
});

/** A section whose data is absent: left out, with one line saying what to fill (PRODUCT.md §11). */
export const absent = (id: ReportSectionId, text: string): ReportSection => ({
  id,
  blocks: [{ kind: 'placeholder', text }],
});
