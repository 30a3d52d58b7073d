// Global entry point of «Проверить установку» (PRODUCT.md §12).
import { checkInstallationAction } from '../actions/checkInstallation';
import { createAppsScriptContext } from '../adapters/appsScriptContext';
import { createInstallationProbe } from '../adapters/installationProbe';

/** Меню «Проверить установку». */
export function menuCheckInstallation(): void {
  checkInstallationAction(createAppsScriptContext(), createInstallationProbe());
}
