// Global entry points of the workbook itself: the menu, the template, the help.
import { menuLabels } from '../../core/messages/menu';
import { createTemplate } from '../actions/createTemplate';
import { showHelp } from '../actions/help';
import { createAppsScriptContext } from '../adapters/appsScriptContext';
import { requireScopesOf } from '../adapters/consent';
import { buildAddonMenu } from '../menu';

/** Builds the add-on menu when the spreadsheet opens (any AuthMode). */
export function onOpen(_event?: GoogleAppsScript.Events.SheetsOnOpen): void {
  buildAddonMenu(SpreadsheetApp.getUi());
}

/** Builds the menu right after installation, without reopening the spreadsheet. */
export function onInstall(event?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(event as unknown as GoogleAppsScript.Events.SheetsOnOpen);
}

/** Меню «Создать листы шаблона». */
export function menuCreateTemplate(): void {
  requireScopesOf(menuLabels.createTemplate);
  createTemplate(createAppsScriptContext());
}

/** Меню «Справка». */
export function menuHelp(): void {
  showHelp(createAppsScriptContext());
}
