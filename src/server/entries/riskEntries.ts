// Global entry points of the risk profile (PRODUCT.md §5).
import { assessRiskProfile } from '../actions/assessRiskProfile';
import { createAppsScriptContext } from '../adapters/appsScriptContext';
import { requireSpreadsheetScope } from '../adapters/consent';

/** Меню «Оценить рисковый профиль». */
export function menuAssessRiskProfile(): void {
  requireSpreadsheetScope();
  assessRiskProfile(createAppsScriptContext());
}
