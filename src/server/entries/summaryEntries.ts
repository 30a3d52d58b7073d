// Global entry points of the curator summary (PRODUCT.md §7): the menu item and the sidebar's
// chunked collection (FolderSummaryApi.collectFolderSummaryChunk in src/shared/api.ts).
import { menuLabels } from '../../core/messages/menu';
import type { FolderSummaryProgressDto } from '../../shared/api';
import { collectFolderSummaryStep, refreshFolderSummary } from '../actions/refreshFolderSummary';
import { createAppsScriptContext } from '../adapters/appsScriptContext';
import { requireScopesOf } from '../adapters/consent';
import { createDriveFolderPort } from '../adapters/driveFolder';
import { guardSidebarCall } from '../rpc/sidebarFailure';

/** Меню «Обновить сводку по папке». */
export function menuRefreshFolderSummary(): void {
  requireScopesOf(menuLabels.refreshSummary);
  refreshFolderSummary(createAppsScriptContext(), createDriveFolderPort());
}

/** Панель куратора: прочитать следующую часть файлов папки школ в «Сводку». */
export function collectFolderSummaryChunk(restart: boolean): FolderSummaryProgressDto {
  return guardSidebarCall('collectFolderSummaryChunk', () =>
    collectFolderSummaryStep(createAppsScriptContext(), createDriveFolderPort(), restart),
  );
}
