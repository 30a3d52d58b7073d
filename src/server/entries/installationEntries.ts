// Global entry point of «Проверить установку» (PRODUCT.md §12).
import { checkInstallationAction } from '../actions/checkInstallation';
import { createAppsScriptContext } from '../adapters/appsScriptContext';
import { createInstallationProbe } from '../adapters/installationProbe';
import type { AddonContext } from '../context';
import { logFailure } from '../platform/failureReport';

/** Меню «Проверить установку». */
export function menuCheckInstallation(): void {
  let context: AddonContext | null = null;
  try {
    context = createAppsScriptContext();
  } catch (error) {
    // A declined spreadsheet scope: the check still tells which scopes are missing.
    logFailure('«Проверить установку», контекст', error);
  }
  checkInstallationAction(context, createInstallationProbe());
}
