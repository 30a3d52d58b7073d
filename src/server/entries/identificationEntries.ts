// Global entry points of ШНОР identification.
import { identifyLowResultSchools } from '../actions/identifyLowResultSchools';
import { createAppsScriptContext } from '../adapters/appsScriptContext';
import { requireSpreadsheetScope } from '../adapters/consent';

/** Меню «Выявить ШНОР». */
export function menuIdentifyLowResultSchools(): void {
  requireSpreadsheetScope();
  identifyLowResultSchools(createAppsScriptContext());
}
