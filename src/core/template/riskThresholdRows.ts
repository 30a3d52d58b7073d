import type { CellValue } from '../cells/cellValue';

/**
 * The rows «Создать листы шаблона» writes into «Пороги рисков»: the built-in catalogue of the
 * risk profile (filled by the risk-profile rules; empty until they exist).
 */
export function riskThresholdTemplateRows(): CellValue[][] {
  return [];
}
