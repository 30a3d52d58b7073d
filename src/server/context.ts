import type {
  ConditionalFormatFactory,
  LockLike,
  PropertiesLike,
  SpreadsheetLike,
  TriggerPort,
  UiPort,
  ValidationFactory,
} from './platform/surface';

/**
 * Everything an action needs from the platform, passed in so that a Node test hands it fakes.
 * Only src/server/adapters builds one from the Apps Script globals.
 */
export interface AddonContext {
  readonly spreadsheet: SpreadsheetLike;
  readonly ui: UiPort | null;
  readonly lock: LockLike;
  readonly documentProperties: PropertiesLike;
  readonly validations: ValidationFactory;
  readonly conditionalFormats: ConditionalFormatFactory;
  readonly triggers: TriggerPort;
  readonly now: () => Date;
}
