// The Apps Script globals the add-on uses, in memory, for running dist/Code.js in node:vm (bundle
// tests, the local preview). Built on FakeSpreadsheet: every service call is counted on its
// CallCounter, so a test can assert what a global function touched.
import type { CallCounter } from './callCounter';
import { createFakeCharts, type FakeCharts } from './fakeCharts';
import { createFakeDocumentApp, DOCUMENTS_SCOPE, type FakeDocumentApp } from './fakeDocumentApp';
import {
  type AuthModeName,
  createFakeScriptApp,
  type InstallationSourceName,
  type RecordedTrigger,
} from './fakeScriptApp';
import {
  createFakeLogging,
  createFakeUtilities,
  FakeServiceLock,
  FakeServiceProperties,
  newFakeDataValidation,
} from './fakeServices';
import { type FakeSheet, FakeSpreadsheet, fakeConditionalRuleBuilder } from './fakeSpreadsheet';
import { BUTTON, BUTTON_SET, createFakeHtmlService, FakeAppsUi, type HtmlLoader } from './fakeUi';

export { runInSandbox, type Sandbox } from './sandbox';

export interface FakeGlobalsOptions {
  /** The bound spreadsheet (a new empty one by default). */
  readonly spreadsheet?: FakeSpreadsheet;
  /** Reads dist/<name>.html for HtmlService.createHtmlOutputFromFile. */
  readonly htmlLoader?: HtmlLoader;
  /** SpreadsheetApp.openById; without it every id fails as a file the user cannot open. */
  readonly openById?: (id: string) => FakeSpreadsheet;
  /** Session.getScriptTimeZone(); the manifest says Europe/Moscow. */
  readonly timeZone?: string;
  readonly userEmail?: string;
  /** More globals (a fake DriveApp, the Sheets advanced service…); they win over the built-in ones. */
  readonly extra?: Record<string, unknown>;
  /** Also print console/Logger lines to stderr (the preview does). */
  readonly echoLogs?: boolean;
}

export interface FakeGlobals {
  /** Name → service object: hand this to runInSandbox. */
  readonly globals: Record<string, unknown>;
  readonly spreadsheet: FakeSpreadsheet;
  readonly calls: CallCounter;
  readonly ui: FakeAppsUi;
  readonly properties: {
    readonly document: FakeServiceProperties;
    readonly script: FakeServiceProperties;
    readonly user: FakeServiceProperties;
  };
  readonly documentLock: FakeServiceLock;
  readonly triggers: readonly RecordedTrigger[];
  readonly logs: readonly string[];
  /** DocumentApp: the Docs created, read back; `authorized = false` is a declined `documents` scope. */
  readonly documentApp: FakeDocumentApp;
  readonly charts: FakeCharts;
  /**
   * The mode of the current execution. In NONE (an add-on's onOpen before the user authorised it)
   * the document and the properties cannot be reached, as in Apps Script.
   */
  authMode: AuthModeName;
  /** How the code runs: an installed add-on (the default) or NONE, the bound script itself. */
  installationSource: InstallationSourceName;
  /** False in a time-driven trigger: SpreadsheetApp.getUi() throws. */
  uiAvailable: boolean;
  /** Scopes the user declined on Google's consent screen (granular consent). */
  declinedScopes: string[];
  /** The consent prompts ScriptApp.requireScopes showed, each with its missing scopes. */
  readonly consentPrompts: readonly (readonly string[])[];
}

function denied(service: string): Error {
  return new Error(
    `You do not have permission to call ${service}. Required permissions: https://www.googleapis.com/auth/spreadsheets.currentonly`,
  );
}

export function createFakeGlobals(options: FakeGlobalsOptions = {}): FakeGlobals {
  const spreadsheet = options.spreadsheet ?? new FakeSpreadsheet();
  const calls = spreadsheet.calls;
  const timeZone = options.timeZone ?? 'Europe/Moscow';
  const ui = new FakeAppsUi(calls);
  const logs: string[] = [];
  const { logger, console } = createFakeLogging(logs, options.echoLogs ?? false);
  const { scriptApp, triggers, state } = createFakeScriptApp(calls, () => spreadsheet.getId());
  const flags = { uiAvailable: true };
  const properties = {
    document: new FakeServiceProperties(calls, 'DocumentProperties'),
    script: new FakeServiceProperties(calls, 'ScriptProperties'),
    user: new FakeServiceProperties(calls, 'UserProperties'),
  };
  const documentLock = new FakeServiceLock(calls);
  const scriptLock = new FakeServiceLock(calls);
  const userLock = new FakeServiceLock(calls);

  const authorised = (service: string): void => {
    calls.hit(service);
    if (state.authMode === 'NONE') throw denied(service);
  };

  const spreadsheetApp = {
    getActiveSpreadsheet(): FakeSpreadsheet {
      authorised('SpreadsheetApp.getActiveSpreadsheet');
      return spreadsheet;
    },
    getActive(): FakeSpreadsheet {
      authorised('SpreadsheetApp.getActive');
      return spreadsheet;
    },
    getActiveSheet(): FakeSheet | null {
      authorised('SpreadsheetApp.getActiveSheet');
      return spreadsheet.sheets.find((s) => s.getNameUncounted() === spreadsheet.activeSheetName) ?? null;
    },
    openById(id: string): FakeSpreadsheet {
      authorised('SpreadsheetApp.openById');
      if (options.openById) return options.openById(String(id));
      throw new Error('You do not have permission to access the requested document.');
    },
    getUi(): FakeAppsUi {
      calls.hit('SpreadsheetApp.getUi');
      if (!flags.uiAvailable) throw new Error('Cannot call SpreadsheetApp.getUi() from this context.');
      return ui;
    },
    newDataValidation: () => newFakeDataValidation(calls),
    newConditionalFormatRule() {
      calls.hit('SpreadsheetApp.newConditionalFormatRule');
      return fakeConditionalRuleBuilder();
    },
    flush(): void {
      calls.hit('SpreadsheetApp.flush');
    },
    DataValidationCriteria: { CHECKBOX: 'CHECKBOX', VALUE_IN_LIST: 'VALUE_IN_LIST' },
    ButtonSet: BUTTON_SET,
    Button: BUTTON,
  };

  const propertiesService = {
    getDocumentProperties() {
      authorised('PropertiesService.getDocumentProperties');
      return properties.document;
    },
    getScriptProperties() {
      authorised('PropertiesService.getScriptProperties');
      return properties.script;
    },
    getUserProperties() {
      authorised('PropertiesService.getUserProperties');
      return properties.user;
    },
  };

  const lockService = {
    getDocumentLock() {
      authorised('LockService.getDocumentLock');
      return documentLock;
    },
    getScriptLock() {
      calls.hit('LockService.getScriptLock');
      return scriptLock;
    },
    getUserLock() {
      calls.hit('LockService.getUserLock');
      return userLock;
    },
  };

  const user = (email: string) => ({ getEmail: () => email });
  const session = {
    getScriptTimeZone(): string {
      calls.hit('Session.getScriptTimeZone');
      return timeZone;
    },
    getActiveUser: () => user(options.userEmail ?? ''),
    getEffectiveUser: () => user(options.userEmail ?? ''),
    getActiveUserLocale: () => 'ru',
    getTemporaryActiveUserKey: () => 'fake-user-key',
  };

  const documentApp = createFakeDocumentApp(
    calls,
    'fake-doc',
    () => !state.declinedScopes.includes(DOCUMENTS_SCOPE),
  );
  const charts = createFakeCharts(calls);

  const globals: Record<string, unknown> = {
    SpreadsheetApp: spreadsheetApp,
    DocumentApp: documentApp,
    Charts: charts,
    HtmlService: createFakeHtmlService(calls, options.htmlLoader),
    LockService: lockService,
    PropertiesService: propertiesService,
    ScriptApp: scriptApp,
    Session: session,
    Utilities: createFakeUtilities(calls),
    Logger: logger,
    console,
    ...options.extra,
  };

  return {
    globals,
    spreadsheet,
    calls,
    ui,
    properties,
    documentLock,
    triggers,
    logs,
    documentApp,
    charts,
    get authMode() {
      return state.authMode;
    },
    set authMode(mode: AuthModeName) {
      state.authMode = mode;
    },
    get installationSource() {
      return state.installationSource;
    },
    set installationSource(source: InstallationSourceName) {
      state.installationSource = source;
    },
    get consentPrompts() {
      return state.consentPrompts;
    },
    get declinedScopes() {
      return state.declinedScopes;
    },
    set declinedScopes(scopes: string[]) {
      state.declinedScopes = scopes;
    },
    get uiAvailable() {
      return flags.uiAvailable;
    },
    set uiAvailable(value: boolean) {
      flags.uiAvailable = value;
    },
  };
}
