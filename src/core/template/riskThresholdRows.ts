import type { CellValue } from '../cells/cellValue';
import { BUILT_IN_RISK_THRESHOLDS } from '../risk/builtInCatalogue';
import { riskFactorById } from '../risk/riskFactors';

/**
 * The rows «Создать листы шаблона» writes into «Пороги рисков»: the built-in catalogue, the
 * direction named on every row so that the user can sort and filter the sheet freely.
 */
export function riskThresholdTemplateRows(): CellValue[][] {
  return BUILT_IN_RISK_THRESHOLDS.map((t) => [
    t.factorId ? riskFactorById(t.factorId).name : '',
    t.indicator,
    t.unit,
    t.worseWhen,
    t.mediumFrom,
    t.highFrom,
  ]);
}
