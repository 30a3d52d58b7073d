// Custom functions of the risk profile (PRODUCT.md §9). They call the same core rule as
// «Оценить рисковый профиль», so a formula and the menu action never disagree on a level.
import { riskMessages as m } from '../../core/messages/risk';
import { riskLevelOfCells } from '../../core/risk/riskLevel';
import { type Argument, cellwise, type Result } from './cellwise';

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
export function RISK_LEVEL(value: Argument, medium_from: Argument, high_from: Argument): Result<string> {
  return cellwise([value, medium_from, high_from], m.riskLevelShape, ([cell, medium, high]) =>
    riskLevelOfCells(cell!, medium!, high!),
  );
}
