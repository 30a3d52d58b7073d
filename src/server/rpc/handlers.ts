// The server side of the sidebar contract: one handler per ServerApi method, each validating its
// input, since a global function can be called from any browser with any arguments.
import { ExplainedError } from '../../core/failures/explainedError';
import { sidebarMessages as m } from '../../core/messages/sidebar';
import type { ServerApi } from '../../shared/api';
import type { AddonContext } from '../context';
import type { SidebarName } from '../platform/surface';
import { readCuratorView } from './curatorView';
import { readDashboard } from './dashboard';
import { runDashboardAction } from './dashboardActions';
import { selectSheetRow } from './selectRow';
import { expectActionId, expectRowLink } from './validate';

/** Whether «Сводка по папке» can be collected from the sidebar in this version. */
export const FOLDER_SUMMARY_AVAILABLE = true;

export function openSidebar(context: AddonContext, name: SidebarName): boolean {
  if (!context.ui) throw new ExplainedError(m.noUi);
  context.ui.showSidebar(name, name === 'dashboard' ? m.dashboardTitle : m.curatorTitle);
  return true;
}

export function createServerApi(context: AddonContext) {
  return {
    getDashboard: () => readDashboard(context),
    runDashboardAction: (action: unknown) => runDashboardAction(context, expectActionId(action)),
    selectSheetRow: (link: unknown) => selectSheetRow(context, expectRowLink(link)),
    getCuratorView: () => readCuratorView(context, FOLDER_SUMMARY_AVAILABLE),
    openCuratorSidebar: () => openSidebar(context, 'curator'),
    openDashboardSidebar: () => openSidebar(context, 'dashboard'),
  } satisfies ServerApi;
}
