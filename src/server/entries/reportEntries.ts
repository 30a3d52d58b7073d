// Global entry point of the справка (PRODUCT.md §11).
import { buildReportAction } from '../actions/buildReport';
import { createAppsScriptContext } from '../adapters/appsScriptContext';
import { DOCUMENTS_SCOPE } from '../report/documentSurface';

/** Меню «Сформировать справку»: новый документ Google «Аналитическая справка» на дату отчёта. */
export function menuBuildReport(): void {
  // Granular consent: a user who declined the documents scope gets Google's own prompt for it now
  // (Apps Script ends this run and shows it), before anything is read. The dashboard's button
  // cannot show that prompt; there the action words the refusal itself.
  if (typeof ScriptApp.requireScopes === 'function')
    ScriptApp.requireScopes(ScriptApp.AuthMode.FULL, [DOCUMENTS_SCOPE]);
  buildReportAction(createAppsScriptContext());
}
