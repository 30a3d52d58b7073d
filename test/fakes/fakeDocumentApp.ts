// DocumentApp in memory: DocumentApp.create gives a Document whose Body records every paragraph,
// table, list item and image appended, with their headings, alignment and text styles, so a test
// (or the preview) can read the document back. Every call is counted. Refuses what Google refuses:
// a table cell that is not a string, rows of different lengths, an unknown enum value, an edit
// after saveAndClose, and DocumentApp.create without the `documents` scope.
import type {
  BlobLike,
  BodyLike,
  DocumentAppLike,
  DocumentLike,
  InlineImageLike,
  ListItemLike,
  ParagraphLike,
  TableLike,
  TableRowLike,
  TextLike,
} from '../../src/server/report/documentSurface';
import type { CallCounter } from './callCounter';
import { enumValue, FakeBlob } from './fakeCharts';

export const PARAGRAPH_HEADING = {
  NORMAL: 'NORMAL',
  HEADING1: 'HEADING1',
  HEADING2: 'HEADING2',
  HEADING3: 'HEADING3',
  HEADING4: 'HEADING4',
  HEADING5: 'HEADING5',
  HEADING6: 'HEADING6',
  TITLE: 'TITLE',
  SUBTITLE: 'SUBTITLE',
} as const;
export const HORIZONTAL_ALIGNMENT = {
  LEFT: 'LEFT',
  CENTER: 'CENTER',
  RIGHT: 'RIGHT',
  JUSTIFY: 'JUSTIFY',
} as const;
export const GLYPH_TYPE = {
  BULLET: 'BULLET',
  HOLLOW_BULLET: 'HOLLOW_BULLET',
  SQUARE_BULLET: 'SQUARE_BULLET',
  NUMBER: 'NUMBER',
  LATIN_UPPER: 'LATIN_UPPER',
  LATIN_LOWER: 'LATIN_LOWER',
  ROMAN_UPPER: 'ROMAN_UPPER',
  ROMAN_LOWER: 'ROMAN_LOWER',
} as const;

export const DOCUMENTS_SCOPE = 'https://www.googleapis.com/auth/documents';

/** The text styles set through editAsText() on the whole element. */
export interface TextStyle {
  bold: boolean;
  italic: boolean;
  color: string | null;
}

const plainStyle = (): TextStyle => ({ bold: false, italic: false, color: null });

class FakeText implements TextLike {
  constructor(
    private readonly calls: CallCounter,
    private readonly style: TextStyle,
    private readonly guard: () => void,
  ) {}
  setBold(bold: boolean): this {
    this.calls.hit('Text.setBold');
    this.guard();
    this.style.bold = bold === true;
    return this;
  }
  setItalic(italic: boolean): this {
    this.calls.hit('Text.setItalic');
    this.guard();
    this.style.italic = italic === true;
    return this;
  }
  setForegroundColor(color: string): this {
    this.calls.hit('Text.setForegroundColor');
    this.guard();
    if (!/^#[0-9a-f]{6}$/i.test(String(color))) throw new Error('Invalid argument: color');
    this.style.color = String(color);
    return this;
  }
}

abstract class FakeElement {
  removed = false;
  constructor(
    protected readonly calls: CallCounter,
    protected readonly body: FakeBody,
  ) {}
  protected guard = (): void => this.body.guard();
  removeFromParent(): this {
    this.calls.hit('Element.removeFromParent');
    this.body.remove(this);
    return this;
  }
}

export class FakeParagraph extends FakeElement implements ParagraphLike {
  readonly kind = 'paragraph';
  heading: keyof typeof PARAGRAPH_HEADING = 'NORMAL';
  alignment: keyof typeof HORIZONTAL_ALIGNMENT = 'LEFT';
  readonly style = plainStyle();
  constructor(
    calls: CallCounter,
    body: FakeBody,
    readonly text: string,
  ) {
    super(calls, body);
  }
  getText(): string {
    return this.text;
  }
  setHeading(heading: unknown): this {
    this.calls.hit('Paragraph.setHeading');
    this.guard();
    this.heading = enumValue(PARAGRAPH_HEADING, heading, 'heading');
    return this;
  }
  getHeading(): string {
    return this.heading;
  }
  setAlignment(alignment: unknown): this {
    this.calls.hit('Paragraph.setAlignment');
    this.guard();
    this.alignment = enumValue(HORIZONTAL_ALIGNMENT, alignment, 'alignment');
    return this;
  }
  getAlignment(): string {
    return this.alignment;
  }
  editAsText(): FakeText {
    this.calls.hit('Paragraph.editAsText');
    return new FakeText(this.calls, this.style, this.guard);
  }
}

export class FakeListItem extends FakeElement implements ListItemLike {
  readonly kind = 'listItem';
  glyphType: keyof typeof GLYPH_TYPE = 'BULLET';
  nestingLevel = 0;
  listId: string;
  readonly style = plainStyle();
  constructor(
    calls: CallCounter,
    body: FakeBody,
    readonly text: string,
    listId: string,
  ) {
    super(calls, body);
    this.listId = listId;
  }
  getText(): string {
    return this.text;
  }
  setGlyphType(glyphType: unknown): this {
    this.calls.hit('ListItem.setGlyphType');
    this.guard();
    this.glyphType = enumValue(GLYPH_TYPE, glyphType, 'glyphType');
    return this;
  }
  setNestingLevel(nestingLevel: number): this {
    this.calls.hit('ListItem.setNestingLevel');
    this.guard();
    if (!Number.isInteger(nestingLevel) || nestingLevel < 0 || nestingLevel > 8)
      throw new Error('Invalid argument: nestingLevel');
    this.nestingLevel = nestingLevel;
    return this;
  }
  setListId(listItem: ListItemLike): this {
    this.calls.hit('ListItem.setListId');
    this.guard();
    if (!(listItem instanceof FakeListItem)) throw new Error('Invalid argument: listItem');
    this.listId = listItem.listId;
    return this;
  }
  getListId(): string {
    return this.listId;
  }
  editAsText(): FakeText {
    this.calls.hit('ListItem.editAsText');
    return new FakeText(this.calls, this.style, this.guard);
  }
}

class FakeTableRow implements TableRowLike {
  constructor(
    private readonly calls: CallCounter,
    private readonly style: TextStyle,
    private readonly guard: () => void,
  ) {}
  editAsText(): FakeText {
    this.calls.hit('TableRow.editAsText');
    return new FakeText(this.calls, this.style, this.guard);
  }
}

export class FakeTable extends FakeElement implements TableLike {
  readonly kind = 'table';
  /** The text style of each row, set through getRow(i).editAsText(). */
  readonly rowStyles: TextStyle[];
  constructor(
    calls: CallCounter,
    body: FakeBody,
    readonly cells: readonly (readonly string[])[],
  ) {
    super(calls, body);
    this.rowStyles = cells.map(plainStyle);
  }
  getNumRows(): number {
    this.calls.hit('Table.getNumRows');
    return this.cells.length;
  }
  getRow(rowIndex: number): FakeTableRow {
    this.calls.hit('Table.getRow');
    const style = this.rowStyles[rowIndex];
    if (!Number.isInteger(rowIndex) || !style)
      throw new Error(
        'Child index (' +
          rowIndex +
          ') must be less than the number of child elements (' +
          this.cells.length +
          ').',
      );
    return new FakeTableRow(this.calls, style, this.guard);
  }
  getText(): string {
    return this.cells.map((row) => row.join('\t')).join('\n');
  }
}

/**
 * An image appended to the body. (Docs wraps it in a paragraph of its own; the fake records it as
 * one element of the body, which is what a reader of the document sees.)
 */
export class FakeInlineImage extends FakeElement implements InlineImageLike {
  readonly kind = 'image';
  altTitle = '';
  altDescription = '';
  width: number;
  height: number;
  constructor(
    calls: CallCounter,
    body: FakeBody,
    readonly blob: FakeBlob,
  ) {
    super(calls, body);
    this.width = blob.chart?.width ?? 400;
    this.height = blob.chart?.height ?? 300;
  }
  setAltTitle(title: string): this {
    this.calls.hit('InlineImage.setAltTitle');
    this.guard();
    this.altTitle = String(title);
    return this;
  }
  setAltDescription(description: string): this {
    this.calls.hit('InlineImage.setAltDescription');
    this.guard();
    this.altDescription = String(description);
    return this;
  }
  setWidth(width: number): this {
    this.calls.hit('InlineImage.setWidth');
    this.guard();
    if (!(width > 0)) throw new Error('Invalid argument: width');
    this.width = width;
    return this;
  }
  setHeight(height: number): this {
    this.calls.hit('InlineImage.setHeight');
    this.guard();
    if (!(height > 0)) throw new Error('Invalid argument: height');
    this.height = height;
    return this;
  }
}

export type FakeBodyElement = FakeParagraph | FakeTable | FakeListItem | FakeInlineImage;

export class FakeBody implements BodyLike {
  readonly elements: FakeBodyElement[] = [];
  private nextListId = 1;

  constructor(
    private readonly calls: CallCounter,
    private readonly isClosed: () => boolean,
  ) {
    // A new Google Doc is never empty: its body holds one empty paragraph.
    this.elements.push(new FakeParagraph(calls, this, ''));
  }

  guard(): void {
    if (this.isClosed()) throw new Error('Document is closed, its contents cannot be updated.');
  }

  remove(element: FakeElement): void {
    this.guard();
    const at = this.elements.indexOf(element as FakeBodyElement);
    if (at < 0) throw new Error('Element does not contain the specified child element.');
    // Docs keeps a last paragraph in every body.
    if (this.elements.length === 1) throw new Error("Can't remove the last paragraph in a document section.");
    this.elements.splice(at, 1);
    element.removed = true;
  }

  private text(value: unknown, what: string): string {
    if (typeof value !== 'string') throw new Error(`Invalid argument: ${what}`);
    return value;
  }

  appendParagraph(text: string): FakeParagraph {
    this.calls.hit('Body.appendParagraph');
    this.guard();
    const paragraph = new FakeParagraph(this.calls, this, this.text(text, 'text'));
    this.elements.push(paragraph);
    return paragraph;
  }

  appendTable(cells: string[][]): FakeTable {
    this.calls.hit('Body.appendTable');
    this.guard();
    if (!Array.isArray(cells) || cells.length === 0 || !cells.every(Array.isArray))
      throw new Error('Invalid argument: cells');
    const width = cells[0]!.length;
    if (width === 0 || cells.some((row) => row.length !== width))
      throw new Error('Invalid argument: cells. Every row of a table must have the same number of cells.');
    if (cells.some((row) => row.some((cell) => typeof cell !== 'string')))
      throw new Error('Invalid argument: cells. Every cell must be a string.');
    const table = new FakeTable(
      this.calls,
      this,
      cells.map((row) => [...row]),
    );
    this.elements.push(table);
    return table;
  }

  appendListItem(text: string): FakeListItem {
    this.calls.hit('Body.appendListItem');
    this.guard();
    // Each appended item starts a list of its own unless setListId joins it to another.
    const item = new FakeListItem(this.calls, this, this.text(text, 'text'), `list-${this.nextListId++}`);
    this.elements.push(item);
    return item;
  }

  appendImage(image: BlobLike): FakeInlineImage {
    this.calls.hit('Body.appendImage');
    this.guard();
    if (!(image instanceof FakeBlob)) throw new Error('Invalid argument: image');
    if (!/^image\/(png|jpeg|gif)$/.test(image.getContentType()))
      throw new Error('Invalid image data. Unsupported image type.');
    const inline = new FakeInlineImage(this.calls, this, image);
    this.elements.push(inline);
    return inline;
  }

  getNumChildren(): number {
    this.calls.hit('Body.getNumChildren');
    return this.elements.length;
  }

  getChild(childIndex: number): FakeBodyElement {
    this.calls.hit('Body.getChild');
    const child = this.elements[childIndex];
    if (!child)
      throw new Error(`Child index (${childIndex}) must be less than the number of child elements.`);
    return child;
  }

  /** The document as text, one element a line (tables cell by cell with tabs): for test messages. */
  getText(): string {
    return this.elements
      .map((e) => (e.kind === 'table' ? e.getText() : e.kind === 'image' ? `[image: ${e.altTitle}]` : e.text))
      .join('\n');
  }
}

export class FakeDocument implements DocumentLike {
  closed = false;
  readonly body: FakeBody;
  constructor(
    private readonly calls: CallCounter,
    readonly id: string,
    readonly name: string,
  ) {
    this.body = new FakeBody(calls, () => this.closed);
  }
  getId(): string {
    this.calls.hit('Document.getId');
    return this.id;
  }
  getName(): string {
    this.calls.hit('Document.getName');
    return this.name;
  }
  getUrl(): string {
    this.calls.hit('Document.getUrl');
    return `https://docs.google.com/document/d/${this.id}/edit`;
  }
  getBody(): FakeBody {
    this.calls.hit('Document.getBody');
    return this.body;
  }
  saveAndClose(): void {
    this.calls.hit('Document.saveAndClose');
    this.closed = true;
  }
}

export interface FakeDocumentApp extends DocumentAppLike {
  create(name: string): FakeDocument;
  /** Every Doc created, in order (not Apps Script API): each lands in the user's My Drive root. */
  readonly documents: readonly FakeDocument[];
  /** False: the user declined the `documents` scope, and DocumentApp.create throws as Apps Script does. */
  authorized: boolean;
}

/**
 * `granted`: whether the user granted the `documents` scope (fakeGlobals asks its ScriptApp's
 * declined scopes); `authorized = false` declines it too.
 */
export function createFakeDocumentApp(
  calls: CallCounter,
  idPrefix = 'fake-doc',
  granted: () => boolean = () => true,
): FakeDocumentApp {
  const documents: FakeDocument[] = [];
  const app = {
    documents,
    authorized: true,
    ParagraphHeading: PARAGRAPH_HEADING,
    HorizontalAlignment: HORIZONTAL_ALIGNMENT,
    GlyphType: GLYPH_TYPE,
    create(name: string): FakeDocument {
      calls.hit('DocumentApp.create');
      if (!app.authorized || !granted())
        throw new Error(
          `You do not have permission to call DocumentApp.create. Required permissions: ${DOCUMENTS_SCOPE}`,
        );
      if (typeof name !== 'string' || name.trim() === '') throw new Error('Invalid argument: name');
      const document = new FakeDocument(calls, `${idPrefix}-${documents.length + 1}`, name);
      documents.push(document);
      return document;
    },
  };
  return app;
}
