// Global entry points of ШНОР identification.
import { identifyLowResultSchools } from '../actions/identifyLowResultSchools';
import { createAppsScriptContext } from '../adapters/appsScriptContext';

/** Меню «Выявить ШНОР». */
export function menuIdentifyLowResultSchools(): void {
  identifyLowResultSchools(createAppsScriptContext());
}
