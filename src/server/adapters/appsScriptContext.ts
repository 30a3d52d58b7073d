import type { AddonContext } from '../context';
import { once } from '../platform/once';
import type {
  SidebarName,
  SpreadsheetLike,
  TriggerPort,
  UiPort,
  ValidationFactory,
} from '../platform/surface';
import { appsScriptReportServices } from './reportServices';

const SIDEBAR_WIDTH = 300;

function appsScriptUi(): UiPort | null {
  let ui: GoogleAppsScript.Base.Ui;
  try {
    ui = SpreadsheetApp.getUi();
  } catch (_error) {
    // No UI in a time-driven trigger: the action still runs, without dialogs.
    return null;
  }
  return {
    alert: (title, message) => {
      ui.alert(title, message, ui.ButtonSet.OK);
    },
    showSidebar: (name: SidebarName, title: string) => {
      ui.showSidebar(HtmlService.createHtmlOutputFromFile(name).setTitle(title).setWidth(SIDEBAR_WIDTH));
    },
    showModalDialog: (html, title, width, height) => {
      ui.showModalDialog(HtmlService.createHtmlOutput(html).setWidth(width).setHeight(height), title);
    },
  };
}

const validations: ValidationFactory = {
  checkbox: () => SpreadsheetApp.newDataValidation().requireCheckbox().build(),
  list: (values) =>
    SpreadsheetApp.newDataValidation()
      .requireValueInList([...values], true)
      .setAllowInvalid(false)
      .build(),
};

/**
 * An installed add-on's clock trigger belongs to the document it was created in, so
 * getUserTriggers(spreadsheet) lists it (and getProjectTriggers() would also list the user's
 * triggers in other documents). The bound script run in its own spreadsheet (not as an add-on)
 * creates a project clock trigger that getUserTriggers(spreadsheet) does not list: there the
 * project's triggers are this document's.
 */
function documentTriggers(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
): GoogleAppsScript.Script.Trigger[] {
  const own = ScriptApp.getUserTriggers(spreadsheet);
  const asAddon = ScriptApp.getInstallationSource() !== ScriptApp.InstallationSource.NONE;
  return asAddon ? own : [...own, ...ScriptApp.getProjectTriggers()];
}

function triggersFor(spreadsheet: () => GoogleAppsScript.Spreadsheet.Spreadsheet): TriggerPort {
  return {
    handlerNames: () => documentTriggers(spreadsheet()).map((t) => t.getHandlerFunction()),
    createDaily: (handlerName, hour) => {
      ScriptApp.newTrigger(handlerName).timeBased().everyDays(1).atHour(hour).create();
    },
  };
}

/**
 * The context of a menu click, a sidebar call or a trigger in the bound spreadsheet. The services
 * are asked for on first use, inside the action's frame: a Google call that fails there (even the
 * spreadsheet or the lock itself) becomes the action's one Russian sentence, not an English
 * exception thrown before the action began (issue 11, PRODUCT.md §13).
 */
export function createAppsScriptContext(): AddonContext {
  const spreadsheet = once(() => SpreadsheetApp.getActiveSpreadsheet());
  // getDocumentLock() is null outside a document context; the script lock then still serialises runs.
  const lock = once(() => LockService.getDocumentLock() ?? LockService.getScriptLock());
  const documentProperties = once(() => PropertiesService.getDocumentProperties());
  return {
    // The real Spreadsheet satisfies the narrow interface; only the Sheet return types differ nominally.
    get spreadsheet() {
      return spreadsheet() as unknown as SpreadsheetLike;
    },
    ui: appsScriptUi(),
    get lock() {
      return lock();
    },
    get documentProperties() {
      return documentProperties();
    },
    validations,
    conditionalFormats: { newRule: () => SpreadsheetApp.newConditionalFormatRule() },
    triggers: triggersFor(spreadsheet),
    reportServices: appsScriptReportServices,
    now: () => new Date(),
  };
}
