// ScriptApp in memory: triggers an add-on installs for the current document, and AuthMode.
import { REQUIRED_SCOPES } from '../../src/core/installation/scopes';
import type { CallCounter } from './callCounter';

export const AUTH_MODE = {
  NONE: 'NONE',
  CUSTOM_FUNCTION: 'CUSTOM_FUNCTION',
  LIMITED: 'LIMITED',
  FULL: 'FULL',
} as const;

export type AuthModeName = keyof typeof AUTH_MODE;

export const INSTALLATION_SOURCE = {
  APPS_MARKETPLACE_DOMAIN_ADD_ON: 'APPS_MARKETPLACE_DOMAIN_ADD_ON',
  NONE: 'NONE',
  WEB_STORE_ADD_ON: 'WEB_STORE_ADD_ON',
} as const;

/** NONE: the bound script run in its own spreadsheet, not as an add-on. */
export type InstallationSourceName = keyof typeof INSTALLATION_SOURCE;

export interface RecordedTrigger {
  readonly id: string;
  readonly handler: string;
  readonly kind: 'CLOCK' | 'ON_OPEN' | 'ON_EDIT' | 'ON_CHANGE';
  readonly everyDays: number | null;
  readonly everyHours: number | null;
  readonly atHour: number | null;
  /** The spreadsheet id for document triggers, null for a project-wide clock trigger. */
  readonly sourceId: string | null;
}

function asTrigger(t: RecordedTrigger) {
  return {
    getHandlerFunction: () => t.handler,
    getUniqueId: () => t.id,
    getEventType: () => t.kind,
    getTriggerSource: () => (t.kind === 'CLOCK' ? 'CLOCK' : 'SPREADSHEETS'),
    getTriggerSourceId: () => t.sourceId,
  };
}

/** What the user was asked for: appsscript.json's oauthScopes (a test keeps the two equal). */
const MANIFEST_SCOPES: readonly string[] = REQUIRED_SCOPES;

export function createFakeScriptApp(calls: CallCounter, currentDocumentId: () => string) {
  const triggers: RecordedTrigger[] = [];
  let nextId = 1;
  const state = {
    authMode: 'FULL' as AuthModeName,
    installationSource: 'APPS_MARKETPLACE_DOMAIN_ADD_ON' as InstallationSourceName,
    /** Scopes of the manifest the user did not tick on Google's consent screen. */
    declinedScopes: [] as string[],
    /** The scopes of each consent prompt requireScopes showed, in order. */
    consentPrompts: [] as string[][],
  };

  const newTrigger = (handler: string) => {
    calls.hit('ScriptApp.newTrigger');
    const draft = {
      handler: String(handler),
      kind: 'CLOCK' as RecordedTrigger['kind'],
      everyDays: null as number | null,
      everyHours: null as number | null,
      atHour: null as number | null,
      sourceId: null as string | null,
    };
    const create = () => {
      calls.hit('TriggerBuilder.create');
      // An add-on may hold one trigger of each kind per document (Apps Script's limit).
      const record: RecordedTrigger = { id: `trigger-${nextId++}`, ...draft };
      triggers.push(record);
      return asTrigger(record);
    };
    const clock = {
      everyDays(n: number) {
        draft.everyDays = n;
        return clock;
      },
      everyHours(n: number) {
        if (![1, 2, 4, 6, 8, 12].includes(n)) throw new Error('Invalid argument: hours');
        draft.everyHours = n;
        return clock;
      },
      atHour(hour: number) {
        if (!Number.isInteger(hour) || hour < 0 || hour > 23) throw new Error('Invalid argument: hour');
        draft.atHour = hour;
        return clock;
      },
      nearMinute(_minute: number) {
        return clock;
      },
      inTimezone(_zone: string) {
        return clock;
      },
      create,
    };
    const spreadsheetBuilder = {
      onOpen() {
        draft.kind = 'ON_OPEN';
        return { create };
      },
      onEdit() {
        draft.kind = 'ON_EDIT';
        return { create };
      },
      onChange() {
        draft.kind = 'ON_CHANGE';
        return { create };
      },
    };
    return {
      timeBased() {
        draft.kind = 'CLOCK';
        // An add-on's clock trigger belongs to the document it was created in; a script's own
        // clock trigger belongs to the project only (getUserTriggers(document) does not list it).
        draft.sourceId = state.installationSource === 'NONE' ? null : currentDocumentId();
        return clock;
      },
      forSpreadsheet(spreadsheet: { getId(): string } | string) {
        draft.sourceId = typeof spreadsheet === 'string' ? spreadsheet : spreadsheet.getId();
        return spreadsheetBuilder;
      },
    };
  };

  const scriptApp = {
    AuthMode: AUTH_MODE,
    InstallationSource: INSTALLATION_SOURCE,
    getInstallationSource() {
      calls.hit('ScriptApp.getInstallationSource');
      return state.installationSource;
    },
    EventType: { CLOCK: 'CLOCK', ON_OPEN: 'ON_OPEN', ON_EDIT: 'ON_EDIT', ON_CHANGE: 'ON_CHANGE' },
    TriggerSource: { CLOCK: 'CLOCK', SPREADSHEETS: 'SPREADSHEETS' },
    getUserTriggers(spreadsheet: { getId(): string }) {
      calls.hit('ScriptApp.getUserTriggers');
      const id = spreadsheet.getId();
      return triggers.filter((t) => t.sourceId === id).map(asTrigger);
    },
    getProjectTriggers() {
      calls.hit('ScriptApp.getProjectTriggers');
      return triggers.map(asTrigger);
    },
    newTrigger,
    deleteTrigger(trigger: { getUniqueId(): string }) {
      calls.hit('ScriptApp.deleteTrigger');
      const index = triggers.findIndex((t) => t.id === trigger.getUniqueId());
      if (index >= 0) triggers.splice(index, 1);
    },
    /**
     * With a list of scopes, getAuthorizedScopes answers the granted ones among them; without, every
     * granted scope. Granular consent lets a user decline some: `state.declinedScopes`.
     */
    getAuthorizationInfo(_mode: unknown, scopes?: readonly string[]) {
      calls.hit('ScriptApp.getAuthorizationInfo');
      const granted = (scopes ?? MANIFEST_SCOPES).filter(
        (scope) => MANIFEST_SCOPES.includes(scope) && !state.declinedScopes.includes(scope),
      );
      return {
        getAuthorizationStatus: () =>
          state.authMode === 'NONE' || granted.length < (scopes ?? MANIFEST_SCOPES).length
            ? 'REQUIRED'
            : 'NOT_REQUIRED',
        getAuthorizationUrl: () => 'https://script.google.com/authorize',
        getAuthorizedScopes: () => [...granted],
      };
    },
    AuthorizationStatus: { REQUIRED: 'REQUIRED', NOT_REQUIRED: 'NOT_REQUIRED' },
    /**
     * Granular consent: with every scope granted, nothing happens; otherwise Apps Script ends the
     * execution and shows Google's consent prompt for the missing ones (recorded here).
     */
    requireScopes(_mode: unknown, scopes: readonly string[]) {
      calls.hit('ScriptApp.requireScopes');
      const missing = [...scopes].filter(
        (scope) => state.authMode === 'NONE' || state.declinedScopes.includes(scope),
      );
      if (missing.length === 0) return;
      state.consentPrompts.push(missing);
      throw new Error(
        `Authorization is required to perform that action. Required permissions: ${missing.join(', ')}`,
      );
    },
    getScriptId: () => 'fake-script-id',
  };
  return { scriptApp, triggers, state };
}
