// Global entry point of the import of results (PRODUCT.md §10).
import { importResults } from '../actions/importResults';
import { createAppsScriptContext } from '../adapters/appsScriptContext';
import { requireSpreadsheetScope } from '../adapters/consent';

/** Меню «Импортировать результаты». */
export function menuImportResults(): void {
  requireSpreadsheetScope();
  importResults(createAppsScriptContext());
}
