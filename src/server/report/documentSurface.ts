// The narrow part of DocumentApp and the Charts service the справка uses. The real services satisfy
// these interfaces structurally; test/fakes implements them in memory, records what was built and
// counts every call. Enum values are opaque: the renderer only passes them back to the service.

export type EnumValue = unknown;

/** The scope DocumentApp.create needs (appsscript.json; README justifies it). */
export const DOCUMENTS_SCOPE = 'https://www.googleapis.com/auth/documents';

export interface BlobLike {
  getContentType(): string | null;
  getBytes(): number[];
}

export interface TextLike {
  setBold(bold: boolean): TextLike;
  setItalic(italic: boolean): TextLike;
  setForegroundColor(color: string): TextLike;
}

export interface ParagraphLike {
  setHeading(heading: EnumValue): ParagraphLike;
  setAlignment(alignment: EnumValue): ParagraphLike;
  editAsText(): TextLike;
}

export interface ListItemLike {
  setGlyphType(glyphType: EnumValue): ListItemLike;
  setNestingLevel(nestingLevel: number): ListItemLike;
  /** Joins this item to the list of the given one (numbering continues). */
  setListId(listItem: ListItemLike): ListItemLike;
}

export interface TableRowLike {
  editAsText(): TextLike;
}

export interface TableLike {
  getRow(rowIndex: number): TableRowLike;
  getNumRows(): number;
}

export interface InlineImageLike {
  setAltTitle(title: string): InlineImageLike;
  setAltDescription(description: string): InlineImageLike;
  setWidth(width: number): InlineImageLike;
  setHeight(height: number): InlineImageLike;
}

export interface ElementLike {
  removeFromParent(): unknown;
}

export interface BodyLike {
  appendParagraph(text: string): ParagraphLike;
  appendTable(cells: string[][]): TableLike;
  appendListItem(text: string): ListItemLike;
  appendImage(image: BlobLike): InlineImageLike;
  getNumChildren(): number;
  getChild(childIndex: number): ElementLike;
}

export interface DocumentLike {
  getId(): string;
  getName(): string;
  getUrl(): string;
  getBody(): BodyLike;
  saveAndClose(): void;
}

/** DocumentApp: a new Doc and the enums the renderer needs. */
export interface DocumentAppLike {
  create(name: string): DocumentLike;
  readonly ParagraphHeading: {
    readonly NORMAL: EnumValue;
    readonly HEADING1: EnumValue;
    readonly HEADING2: EnumValue;
    readonly HEADING3: EnumValue;
    readonly TITLE: EnumValue;
  };
  readonly HorizontalAlignment: {
    readonly LEFT: EnumValue;
    readonly CENTER: EnumValue;
    readonly RIGHT: EnumValue;
  };
  readonly GlyphType: { readonly NUMBER: EnumValue; readonly BULLET: EnumValue };
}

export interface DataTableLike {
  getNumberOfRows(): number;
  getNumberOfColumns(): number;
}

export interface DataTableBuilderLike {
  addColumn(type: EnumValue, label: string): DataTableBuilderLike;
  addRow(values: (string | number | null)[]): DataTableBuilderLike;
  build(): DataTableLike;
}

export interface ChartLike {
  getAs(contentType: string): BlobLike;
}

/** What ColumnChartBuilder and LineChartBuilder share (the справка uses the line chart). */
export interface ChartBuilderLike {
  setDataTable(table: DataTableLike): ChartBuilderLike;
  setTitle(title: string): ChartBuilderLike;
  setDimensions(width: number, height: number): ChartBuilderLike;
  setXAxisTitle(title: string): ChartBuilderLike;
  setYAxisTitle(title: string): ChartBuilderLike;
  setRange(start: number, end: number): ChartBuilderLike;
  setColors(cssValues: string[]): ChartBuilderLike;
  setLegendPosition(position: EnumValue): ChartBuilderLike;
  setOption(option: string, value: unknown): ChartBuilderLike;
  build(): ChartLike;
}

/**
 * The Charts service: renders a chart to a PNG on Google's side, no request of ours. It has no
 * combo chart (newArea/Bar/Column/Line/Pie/Scatter/TableChart only), and a series drawn as a line
 * (`series.N.type`) is an option of ComboChart alone: a column chart would draw the threshold as
 * one more column. A line chart, whose series options `lineWidth`/`pointSize` are documented,
 * draws the shares as points and the threshold as a line.
 */
export interface ChartsLike {
  newDataTable(): DataTableBuilderLike;
  newLineChart(): ChartBuilderLike;
  readonly ColumnType: { readonly STRING: EnumValue; readonly NUMBER: EnumValue };
  readonly Position: { readonly BOTTOM: EnumValue };
}

/**
 * The services `Сформировать справку` needs, reached lazily: an add-on's other actions never touch
 * DocumentApp (a user may have declined its scope), and the bundle must load without it.
 */
export interface ReportServices {
  documentApp(): DocumentAppLike;
  charts(): ChartsLike;
}
