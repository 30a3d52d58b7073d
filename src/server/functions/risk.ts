// Custom functions of the risk profile (PRODUCT.md §9). They call the same core rule as
// «Оценить рисковый профиль», so a formula and the menu action never disagree on a level.
import type { CellValue } from '../../core/cells/cellValue';
import { riskMessages as m } from '../../core/messages/risk';
import { riskLevelOfCells } from '../../core/risk/riskLevel';

type Argument = CellValue | CellValue[][] | undefined;

function asGrid(argument: Argument): CellValue[][] {
  if (Array.isArray(argument)) return argument;
  return [[argument ?? '']];
}

function isSingle(grid: CellValue[][]): boolean {
  return grid.length === 1 && grid[0]!.length === 1;
}

/** Every range argument has one shape; a single cell is used for every position. */
function broadcast(argumentsIn: readonly Argument[]): {
  rows: number;
  columns: number;
  grids: CellValue[][][];
} {
  const grids = argumentsIn.map(asGrid);
  const shaped = grids.find((grid) => !isSingle(grid)) ?? grids[0]!;
  const rows = shaped.length;
  const columns = shaped[0]?.length ?? 0;
  for (const grid of grids) {
    if (isSingle(grid)) continue;
    if (grid.length !== rows || grid.some((row) => row.length !== columns)) throw new Error(m.riskLevelShape);
  }
  return { rows, columns, grids };
}

/**
 * Уровень риска параметра по двум порогам: «низкий», «средний» или «высокий». Значение, равное
 * порогу, получает уровень этого порога. Если «высокий от» меньше «средний от», хуже меньшее
 * значение (например, доля оснащённых кабинетов: RISK_LEVEL(B2; 80; 50)). Доли можно давать как
 * 30, 0,3 или «30 %»: при разных записях всё сравнивается в процентах. Пустое значение — пустой
 * результат. Принимает ячейки и диапазоны, возвращает диапазон того же размера.
 *
 * @param {number|Array<Array<number>>} value Значение параметра или диапазон значений, например B2:B20
 * @param {number|Array<Array<number>>} medium_from Порог среднего уровня риска («Средний от»), например 15
 * @param {number|Array<Array<number>>} high_from Порог высокого уровня риска («Высокий от»), например 30
 * @return «низкий», «средний» или «высокий» (или диапазон таких значений)
 * @customfunction
 */
export function RISK_LEVEL(value: Argument, medium_from: Argument, high_from: Argument): string | string[][] {
  const { rows, columns, grids } = broadcast([value, medium_from, high_from]);
  const pick = (grid: CellValue[][], r: number, c: number) => (isSingle(grid) ? grid[0]![0]! : grid[r]![c]!);
  const result: string[][] = [];
  for (let r = 0; r < rows; r++) {
    const row: string[] = [];
    for (let c = 0; c < columns; c++) {
      row.push(riskLevelOfCells(pick(grids[0]!, r, c), pick(grids[1]!, r, c), pick(grids[2]!, r, c)));
    }
    result.push(row);
  }
  const single = [value, medium_from, high_from].every((argument) => !Array.isArray(argument));
  return single ? result[0]![0]! : result;
}
