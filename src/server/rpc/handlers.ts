// The server side of the sidebar contract: one handler per ServerApi method, each validating its
// input, since a global function can be called from any browser with any arguments.
import { ExplainedError } from '../../core/failures/explainedError';
import { type FailureCause, failureMessages } from '../../core/messages/failures';
import { menuLabels } from '../../core/messages/menu';
import { sidebarMessages as m } from '../../core/messages/sidebar';
import type { ServerApi } from '../../shared/api';
import { tellFailure, toastQuietly } from '../actions/runAction';
import type { AddonContext } from '../context';
import { failureCause, logFailure } from '../platform/failureReport';
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

/**
 * The menu's «Открыть панель»: a sidebar Google fails to open is one Russian sentence, in a toast
 * when the Ui itself did not answer (a menu click always has one, so that is Google failing).
 */
export function openDashboardFromMenu(context: AddonContext): void {
  try {
    openSidebar(context, 'dashboard');
  } catch (error) {
    logFailure(`«${menuLabels.openDashboard}»`, error);
    const cause: FailureCause = context.ui ? failureCause(error) : { kind: 'temporary' };
    const message = failureMessages.action(menuLabels.openDashboard, cause);
    if (context.ui) tellFailure(context, message);
    else toastQuietly(context, message);
  }
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
