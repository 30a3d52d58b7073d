// What a sheet of the template looks like: its name and its columns, each found by header text.

export type ColumnFormat = 'text' | 'integer' | 'number' | 'percent' | 'date' | 'checkbox';

export interface ColumnSchema<K extends string = string> {
  readonly key: K;
  /** The header text as the template writes it. */
  readonly header: string;
  /** Other header texts people use for the same column (seed documents). */
  readonly aliases?: readonly string[];
  /** The add-on rewrites this column (⚙ in PRODUCT.md); users own every other column. */
  readonly output?: boolean;
  /** Without this column the table cannot be read. */
  readonly required?: boolean;
  readonly width?: number;
  readonly format?: ColumnFormat;
  /** A drop-down list of allowed values. */
  readonly allowed?: readonly string[];
  /** A short hint shown as the header's note. */
  readonly note?: string;
}

export interface SheetSchema<K extends string = string> {
  readonly name: string;
  readonly columns: readonly ColumnSchema<K>[];
}

export type KeyOf<S> = S extends SheetSchema<infer K> ? K : never;

export function defineSheet<const K extends string>(
  name: string,
  columns: readonly ColumnSchema<K>[],
): SheetSchema<K> {
  return { name, columns };
}

/** 0-based position of each column (or of the `keys` given) in the schema's order. */
export function columnPositions<K extends string, P extends K = K>(
  schema: SheetSchema<K>,
  keys: readonly P[] = schema.columns.map((c) => c.key as P),
): Readonly<Record<P, number>> {
  return Object.fromEntries(
    keys.map((key) => [key, schema.columns.findIndex((c) => c.key === key)]),
  ) as Record<P, number>;
}

export function columnOf<K extends string>(schema: SheetSchema<K>, key: K): ColumnSchema<K> {
  const column = schema.columns.find((c) => c.key === key);
  if (!column) throw new Error(`Нет столбца ${key} в схеме листа «${schema.name}»`);
  return column;
}
