import type {
  ConditionalFormatFactory,
  LockLike,
  PropertiesLike,
  SpreadsheetLike,
  TriggerPort,
  UiPort,
  ValidationFactory,
} from './platform/surface';
import type { ReportServices } from './report/documentSurface';

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
  /** DocumentApp and Charts for the справка, reached only when it is built. */
  readonly reportServices: ReportServices;
  readonly now: () => Date;
}
