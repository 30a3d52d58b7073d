// Global entry points of the roadmap and target indicators (PRODUCT.md §6).
import { menuLabels } from '../../core/messages/menu';
import { enableDailyRefresh } from '../actions/enableDailyRefresh';
import { refreshStatuses } from '../actions/refreshStatuses';
import { createAppsScriptContext } from '../adapters/appsScriptContext';
import { requireScopesOf, requireSpreadsheetScope } from '../adapters/consent';

/** Меню «Обновить статусы». */
export function menuRefreshStatuses(): void {
  requireSpreadsheetScope();
  refreshStatuses(createAppsScriptContext());
}

/** Меню «Включить ежедневное обновление». */
export function menuEnableDailyRefresh(): void {
  requireScopesOf(menuLabels.enableDailyRefresh);
  enableDailyRefresh(createAppsScriptContext());
}

/** Ежедневный триггер: «Обновить статусы» без окон и всплывающих сообщений. */
export function dailyStatusRefresh(_event?: GoogleAppsScript.Events.TimeDriven): void {
  refreshStatuses(createAppsScriptContext(), { toast: false });
}
