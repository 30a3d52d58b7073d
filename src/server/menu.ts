import { menuLabels } from '../core/messages/menu';

/** Menu items and the global functions they call; main.ts exports every one of these names. */
export const MENU_ITEMS: readonly (readonly [label: string, functionName: string] | 'separator')[] = [
  [menuLabels.createTemplate, 'menuCreateTemplate'],
  'separator',
  [menuLabels.identify, 'menuIdentifyLowResultSchools'],
  [menuLabels.assessRisk, 'menuAssessRiskProfile'],
  [menuLabels.refreshStatuses, 'menuRefreshStatuses'],
  [menuLabels.recalculateAll, 'menuRecalculateAll'],
  'separator',
  [menuLabels.openDashboard, 'menuOpenDashboard'],
  [menuLabels.refreshSummary, 'menuRefreshFolderSummary'],
  [menuLabels.enableDailyRefresh, 'menuEnableDailyRefresh'],
  [menuLabels.importResults, 'menuImportResults'],
  [menuLabels.buildReport, 'menuBuildReport'],
  'separator',
  [menuLabels.checkInstallation, 'menuCheckInstallation'],
  [menuLabels.help, 'menuHelp'],
];

/**
 * Builds the add-on menu. Safe in AuthMode.NONE (an add-on's onOpen before authorisation): it
 * touches nothing but the Ui, reads no document and no properties.
 */
export function buildAddonMenu(ui: GoogleAppsScript.Base.Ui): void {
  const menu = ui.createAddonMenu();
  for (const item of MENU_ITEMS) {
    if (item === 'separator') menu.addSeparator();
    else menu.addItem(item[0], item[1]);
  }
  menu.addToUi();
}
