// Global entry points of the risk profile (PRODUCT.md §5).
import { assessRiskProfile } from '../actions/assessRiskProfile';
import { createAppsScriptContext } from '../adapters/appsScriptContext';

/** Меню «Оценить рисковый профиль». */
export function menuAssessRiskProfile(): void {
  assessRiskProfile(createAppsScriptContext());
}
