// Global entry points of the sidebars: the menu item that opens the dashboard, and the functions
// google.script.run calls (their names are the methods of ServerApi in src/shared/api.ts).
import { menuLabels } from '../../core/messages/menu';
import type {
  ActionResultDto,
  CuratorViewDto,
  DashboardActionId,
  DashboardDto,
  RowLinkDto,
} from '../../shared/api';
import { recalculateAll } from '../actions/recalculateAll';
import { createAppsScriptContext } from '../adapters/appsScriptContext';
import { requireScopesOf, requireSpreadsheetScope } from '../adapters/consent';
import { createServerApi, openDashboardFromMenu } from '../rpc/handlers';
import { guardSidebarCall } from '../rpc/sidebarFailure';

function api() {
  return createServerApi(createAppsScriptContext());
}

/** Меню «Открыть панель». */
export function menuOpenDashboard(): void {
  requireScopesOf(menuLabels.openDashboard);
  openDashboardFromMenu(createAppsScriptContext());
}

/** Панель: все данные панели одним вызовом. */
export function getDashboard(): DashboardDto {
  return guardSidebarCall('getDashboard', () => api().getDashboard());
}

/** Панель: кнопка действия меню. */
export function runDashboardAction(action: DashboardActionId): ActionResultDto {
  return guardSidebarCall('runDashboardAction', () => api().runDashboardAction(action));
}

/** Панель: выделить строку мероприятия или показателя. */
export function selectSheetRow(link: RowLinkDto): boolean {
  return guardSidebarCall('selectSheetRow', () => api().selectSheetRow(link));
}

/** Панель куратора: папка школ из «Настроек». */
export function getCuratorView(): CuratorViewDto {
  return guardSidebarCall('getCuratorView', () => api().getCuratorView());
}

/** Открыть панель куратора. */
export function openCuratorSidebar(): boolean {
  return guardSidebarCall('openCuratorSidebar', () => api().openCuratorSidebar());
}

/** Открыть панель школы. */
export function openDashboardSidebar(): boolean {
  return guardSidebarCall('openDashboardSidebar', () => api().openDashboardSidebar());
}

/** Меню «Пересчитать всё». */
export function menuRecalculateAll(): void {
  requireSpreadsheetScope();
  recalculateAll(createAppsScriptContext());
}
