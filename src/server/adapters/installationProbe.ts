// What «Проверить установку» asks Apps Script, each question read-only. ScriptApp.getAuthorizationInfo
// takes the scopes to ask about and answers with the granted ones among them
// (https://developers.google.com/apps-script/reference/script/authorization-info); the typings know
// only its one-argument form, hence the narrow interface here.

/** The questions the check asks beyond the AddonContext. */
export interface InstallationProbe {
  /** The scopes among `scopes` the user granted; throws when Google cannot be asked. */
  grantedScopes(scopes: readonly string[]): readonly string[];
  /** An advanced service of the manifest is a global of the project. */
  hasAdvancedService(name: 'Drive' | 'Sheets'): boolean;
  scriptTimeZone(): string;
  spreadsheetLocale(): string;
  /** A dialog without the AddonContext, for when the spreadsheet itself cannot be opened. */
  alert(title: string, text: string): void;
}

interface AuthorizationInfoLike {
  getAuthorizedScopes(): string[] | null;
}

interface ScriptAppLike {
  readonly AuthMode: { readonly FULL: unknown };
  getAuthorizationInfo(authMode: unknown, scopes?: string[]): AuthorizationInfoLike;
}

export function createInstallationProbe(): InstallationProbe {
  return {
    grantedScopes(scopes) {
      const scriptApp = ScriptApp as unknown as ScriptAppLike;
      return scriptApp.getAuthorizationInfo(scriptApp.AuthMode.FULL, [...scopes]).getAuthorizedScopes() ?? [];
    },
    hasAdvancedService(name) {
      return Boolean((globalThis as Record<string, unknown>)[name]);
    },
    scriptTimeZone: () => Session.getScriptTimeZone(),
    spreadsheetLocale: () => SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetLocale(),
    alert(title, text) {
      const ui = SpreadsheetApp.getUi();
      ui.alert(title, text, ui.ButtonSet.OK);
    },
  };
}
