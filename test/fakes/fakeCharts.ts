// The Charts service of Apps Script in memory: a data table builder and column / line chart
// builders whose chart renders to a PNG blob. The blob records the chart it was drawn from (data
// table, title, options) and how Google draws each series, so tests and the preview can read the
// picture back. Refuses what Google refuses: a row that does not fit the columns, a value of the
// wrong type, a chart without data. Like Google it has no combo chart: a column chart draws every
// series as columns whatever `seriesType` / `series.N.type` say (options of ComboChart only).
import type {
  ChartBuilderLike,
  ChartsLike,
  DataTableBuilderLike,
  DataTableLike,
} from '../../src/server/report/documentSurface';
import type { CallCounter } from './callCounter';

export const COLUMN_TYPE = { DATE: 'DATE', NUMBER: 'NUMBER', STRING: 'STRING' } as const;
export const LEGEND_POSITION = { TOP: 'TOP', RIGHT: 'RIGHT', BOTTOM: 'BOTTOM', NONE: 'NONE' } as const;

type ColumnTypeName = keyof typeof COLUMN_TYPE;
export type ChartCell = string | number | null;

export interface FakeDataColumn {
  readonly type: ColumnTypeName;
  readonly label: string;
}

/**
 * How a series is drawn: a column chart's as columns; a line chart's as a line where its
 * `lineWidth` (series option, else the chart's, default 2) is above 0 and as points where its
 * `pointSize` (default 0) is — both: 'line+points'; neither: 'none' (nothing shows).
 */
export type SeriesMark = 'column' | 'line' | 'points' | 'line+points' | 'none';

/** What a chart image shows: read back from the blob of `getAs('image/png')`. */
export interface RecordedChart {
  readonly type: 'column' | 'line';
  readonly title: string;
  readonly width: number;
  readonly height: number;
  readonly xAxisTitle: string;
  readonly yAxisTitle: string;
  readonly range: readonly [number, number] | null;
  readonly colors: readonly string[];
  readonly legendPosition: string | null;
  readonly options: Readonly<Record<string, unknown>>;
  readonly columns: readonly FakeDataColumn[];
  readonly rows: readonly (readonly ChartCell[])[];
  /** One per data column after the first (the categories). */
  readonly marks: readonly SeriesMark[];
}

function seriesMarks(
  type: RecordedChart['type'],
  options: Readonly<Record<string, unknown>>,
  count: number,
): SeriesMark[] {
  if (type === 'column') return Array.from({ length: count }, () => 'column');
  const series = (options.series ?? {}) as Record<string, Record<string, unknown> | undefined>;
  const number = (value: unknown, fallback: number) => (typeof value === 'number' ? value : fallback);
  return Array.from({ length: count }, (_, i) => {
    const own = series[String(i)] ?? {};
    const line = number(own.lineWidth, number(options.lineWidth, 2)) > 0;
    const points = number(own.pointSize, number(options.pointSize, 0)) > 0;
    return line && points ? 'line+points' : line ? 'line' : points ? 'points' : 'none';
  });
}

// PNG's signature: the bytes a real chart blob starts with.
const PNG_SIGNATURE = [137, 80, 78, 71, 13, 10, 26, 10];

export class FakeBlob {
  private name: string | null = null;

  constructor(
    private readonly contentType: string,
    private readonly bytes: number[],
    /** Not Apps Script API: the chart this PNG was rendered from. */
    readonly chart: RecordedChart | null = null,
  ) {}

  getContentType(): string {
    return this.contentType;
  }
  getBytes(): number[] {
    return [...this.bytes];
  }
  getName(): string | null {
    return this.name;
  }
  setName(name: string): this {
    this.name = String(name);
    return this;
  }
  copyBlob(): FakeBlob {
    return new FakeBlob(this.contentType, this.bytes, this.chart);
  }
}

export class FakeDataTable implements DataTableLike {
  constructor(
    readonly columns: readonly FakeDataColumn[],
    readonly rows: readonly (readonly ChartCell[])[],
  ) {}
  getNumberOfRows(): number {
    return this.rows.length;
  }
  getNumberOfColumns(): number {
    return this.columns.length;
  }
  getColumnLabel(columnIndex: number): string {
    return this.columns[columnIndex]?.label ?? '';
  }
  getValue(rowIndex: number, columnIndex: number): ChartCell {
    return this.rows[rowIndex]?.[columnIndex] ?? null;
  }
}

/** An enum argument by its name, refused as Apps Script refuses an unknown one (shared with the DocumentApp fake). */
export function enumValue<T extends Record<string, string>>(
  values: T,
  value: unknown,
  what: string,
): keyof T {
  const name = String(value);
  if (!(name in values)) throw new Error(`Invalid argument: ${what}`);
  return name as keyof T;
}

function fits(type: ColumnTypeName, value: unknown): boolean {
  if (value === null) return true;
  if (type === 'STRING') return typeof value === 'string';
  if (type === 'NUMBER') return typeof value === 'number' && Number.isFinite(value);
  return value instanceof Date;
}

class FakeDataTableBuilder implements DataTableBuilderLike {
  private readonly columns: FakeDataColumn[] = [];
  private readonly rows: ChartCell[][] = [];

  constructor(private readonly calls: CallCounter) {}

  addColumn(type: unknown, label: string): this {
    this.calls.hit('DataTableBuilder.addColumn');
    // Columns first, then rows (the builder's documented order).
    if (this.rows.length > 0) throw new Error('Cannot add a column after rows have been added.');
    this.columns.push({ type: enumValue(COLUMN_TYPE, type, 'type'), label: String(label) });
    return this;
  }

  addRow(values: unknown[]): this {
    this.calls.hit('DataTableBuilder.addRow');
    if (!Array.isArray(values) || values.length !== this.columns.length)
      throw new Error(`Invalid argument: values. The row must have ${this.columns.length} values.`);
    values.forEach((value, i) => {
      if (!fits(this.columns[i]!.type, value))
        throw new Error(
          `Invalid argument: values. Column ${i} («${this.columns[i]!.label}») expects ${this.columns[i]!.type}.`,
        );
    });
    this.rows.push(values as ChartCell[]);
    return this;
  }

  build(): FakeDataTable {
    this.calls.hit('DataTableBuilder.build');
    // Documented: build() throws «if the data table is empty or otherwise malformed».
    if (this.columns.length === 0 || this.rows.length === 0) throw new Error('The data table is empty.');
    return new FakeDataTable(
      [...this.columns],
      this.rows.map((r) => [...r]),
    );
  }
}

class FakeChart {
  constructor(
    private readonly calls: CallCounter,
    readonly spec: RecordedChart,
  ) {}

  getAs(contentType: string): FakeBlob {
    this.calls.hit('Chart.getAs');
    if (!/^image\/(png|jpeg|gif)$/.test(String(contentType)))
      throw new Error(`Converting from chart to ${contentType} is not supported.`);
    const payload = [...Buffer.from(JSON.stringify(this.spec), 'utf8')];
    return new FakeBlob(String(contentType), [...PNG_SIGNATURE, ...payload], this.spec);
  }

  getBlob(): FakeBlob {
    return this.getAs('image/png');
  }

  getOptions(): Readonly<Record<string, unknown>> {
    return this.spec.options;
  }
}

class FakeChartBuilder implements ChartBuilderLike {
  private table: FakeDataTable | null = null;
  private title = '';
  private width = 600;
  private height = 371;
  private xAxisTitle = '';
  private yAxisTitle = '';
  private range: [number, number] | null = null;
  private colors: string[] = [];
  private legendPosition: string | null = null;
  private readonly options: Record<string, unknown> = {};

  /** `type` names the builder in the call log: ColumnChartBuilder.setTitle, LineChartBuilder.setTitle… */
  constructor(
    private readonly calls: CallCounter,
    private readonly type: RecordedChart['type'],
  ) {}

  private hit(method: string): void {
    this.calls.hit(`${this.type === 'column' ? 'ColumnChartBuilder' : 'LineChartBuilder'}.${method}`);
  }

  setDataTable(table: unknown): this {
    this.hit('setDataTable');
    if (table instanceof FakeDataTableBuilder) this.table = table.build();
    else if (table instanceof FakeDataTable) this.table = table;
    else throw new Error('Invalid argument: table');
    return this;
  }
  setTitle(title: string): this {
    this.hit('setTitle');
    this.title = String(title);
    return this;
  }
  setDimensions(width: number, height: number): this {
    this.hit('setDimensions');
    if (!Number.isInteger(width) || !Number.isInteger(height) || width <= 0 || height <= 0)
      throw new Error('Invalid argument: dimensions');
    this.width = width;
    this.height = height;
    return this;
  }
  setXAxisTitle(title: string): this {
    this.hit('setXAxisTitle');
    this.xAxisTitle = String(title);
    return this;
  }
  setYAxisTitle(title: string): this {
    this.hit('setYAxisTitle');
    this.yAxisTitle = String(title);
    return this;
  }
  setRange(start: number, end: number): this {
    this.hit('setRange');
    this.range = [start, end];
    return this;
  }
  setColors(cssValues: string[]): this {
    this.hit('setColors');
    this.colors = [...cssValues].map(String);
    return this;
  }
  setLegendPosition(position: unknown): this {
    this.hit('setLegendPosition');
    this.legendPosition = enumValue(LEGEND_POSITION, position, 'position');
    return this;
  }
  setOption(option: string, value: unknown): this {
    this.hit('setOption');
    // Options travel to Google as JSON: a clone keeps the recorded chart apart from the caller's object.
    this.options[String(option)] = JSON.parse(JSON.stringify(value ?? null));
    return this;
  }
  build(): FakeChart {
    this.hit('build');
    if (!this.table) throw new Error('Data table is not set. Use setDataTable() before build().');
    if (this.table.columns[0]?.type !== 'STRING' && this.table.columns[0]?.type !== 'DATE')
      throw new Error(`The first column of a ${this.type} chart must hold its categories.`);
    const options = { ...this.options };
    return new FakeChart(this.calls, {
      type: this.type,
      title: this.title,
      width: this.width,
      height: this.height,
      xAxisTitle: this.xAxisTitle,
      yAxisTitle: this.yAxisTitle,
      range: this.range,
      colors: [...this.colors],
      legendPosition: this.legendPosition,
      options,
      columns: this.table.columns,
      rows: this.table.rows,
      marks: seriesMarks(this.type, options, this.table.columns.length - 1),
    });
  }
}

export interface FakeCharts extends ChartsLike {
  /** Every chart built, in order (not Apps Script API). */
  readonly built: readonly RecordedChart[];
  newColumnChart(): ChartBuilderLike;
}

export function createFakeCharts(calls: CallCounter): FakeCharts {
  const built: RecordedChart[] = [];
  const recorded = (builder: FakeChartBuilder): FakeChartBuilder => {
    const build = builder.build.bind(builder);
    builder.build = () => {
      const chart = build();
      built.push(chart.spec);
      return chart;
    };
    return builder;
  };
  return {
    built,
    ColumnType: COLUMN_TYPE,
    Position: LEGEND_POSITION,
    newDataTable() {
      calls.hit('Charts.newDataTable');
      return new FakeDataTableBuilder(calls);
    },
    newColumnChart() {
      calls.hit('Charts.newColumnChart');
      return recorded(new FakeChartBuilder(calls, 'column'));
    },
    newLineChart() {
      calls.hit('Charts.newLineChart');
      return recorded(new FakeChartBuilder(calls, 'line'));
    },
  };
}
