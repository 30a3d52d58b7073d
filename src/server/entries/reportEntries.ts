// Global entry point of the справка (PRODUCT.md §11).
import { buildReportAction } from '../actions/buildReport';
import { createAppsScriptContext } from '../adapters/appsScriptContext';

/** Меню «Сформировать справку»: новый документ Google «Аналитическая справка» на дату отчёта. */
export function menuBuildReport(): void {
  buildReportAction(createAppsScriptContext());
}
