// Granular consent (PRODUCT.md §12): a user may decline some of the manifest's scopes. The menu item
// «Проверить установку» names for each declined one runs this first, so that Google shows its own
// consent prompt for exactly those scopes (ScriptApp.requireScopes ends the run and asks; a granted
// scope costs nothing) — the one step the check promises actually works.
import { SCOPE_USES } from '../../core/installation/scopes';
import { menuLabels } from '../../core/messages/menu';

interface ConsentScriptApp {
  readonly AuthMode: { readonly FULL: unknown };
  requireScopes?: (authMode: unknown, scopes: string[]) => void;
}

/** Asks Google for the scopes whose features start from the menu item with this label. */
export function requireScopesOf(menuLabel: string): void {
  const scopes = SCOPE_USES.filter((use) => use.retry === menuLabel).map((use) => use.scope);
  const scriptApp = ScriptApp as unknown as ConsentScriptApp;
  if (scopes.length > 0 && typeof scriptApp.requireScopes === 'function')
    scriptApp.requireScopes(scriptApp.AuthMode.FULL, scopes);
}

/**
 * Every menu action reads and writes this spreadsheet: a user who declined its scope gets Google's
 * prompt for it instead of «You do not have permission to call SpreadsheetApp…».
 */
export function requireSpreadsheetScope(): void {
  requireScopesOf(menuLabels.createTemplate);
}
