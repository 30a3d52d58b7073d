// How a custom function takes single cells and ranges (PRODUCT.md §9): ranges of one shape go in
// parallel, a single cell (or a 1×1 range) stands for every position, and the answer has the
// ranges' shape — a single value when no argument was a range.
import type { CellValue } from '../../core/cells/cellValue';

/** What Sheets passes for one argument: a cell's value, rows of values, undefined when omitted. */
export type Argument = CellValue | CellValue[][] | undefined | null;
export type Result<T> = T | T[][];

function asGrid(argument: Argument): CellValue[][] {
  if (Array.isArray(argument)) return argument;
  return [[argument ?? '']];
}

/** Applies fn cell by cell; `shapeMessage` is the Russian error for ranges of different sizes. */
export function cellwise<T>(
  argumentsIn: readonly Argument[],
  shapeMessage: string,
  fn: (cells: CellValue[]) => T,
): Result<T> {
  const grids = argumentsIn.map(asGrid);
  const single = (grid: CellValue[][]): boolean => grid.length === 1 && grid[0]!.length === 1;
  const shaped = grids.find((grid) => !single(grid)) ?? grids[0]!;
  const rows = shaped.length;
  const columns = shaped[0]?.length ?? 0;
  for (const grid of grids) {
    if (!single(grid) && (grid.length !== rows || grid.some((row) => row.length !== columns)))
      throw new Error(shapeMessage);
  }
  const out: T[][] = [];
  for (let r = 0; r < rows; r++) {
    const line: T[] = [];
    for (let c = 0; c < columns; c++) line.push(fn(grids.map((g) => (single(g) ? g[0]![0]! : g[r]![c]!))));
    out.push(line);
  }
  return argumentsIn.some(Array.isArray) ? out : out[0]![0]!;
}
