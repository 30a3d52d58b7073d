// The menu actions a dashboard button runs: the very functions the menu items call.
import { type ActionResultDto, DASHBOARD_ACTION_IDS, type DashboardActionId } from '../../shared/api';
import { assessRiskProfile } from '../actions/assessRiskProfile';
import { buildReportAction } from '../actions/buildReport';
import { createTemplate } from '../actions/createTemplate';
import { identifyLowResultSchools } from '../actions/identifyLowResultSchools';
import { importResults } from '../actions/importResults';
import { recalculateAll } from '../actions/recalculateAll';
import { refreshStatuses } from '../actions/refreshStatuses';
import type { ActionResult } from '../actions/runAction';
import type { AddonContext } from '../context';
import type { UiPort } from '../platform/surface';

type Action = (context: AddonContext) => ActionResult;

const ACTIONS: Readonly<Record<DashboardActionId, Action>> = {
  createTemplate,
  importResults,
  identify: identifyLowResultSchools,
  assessRisk: assessRiskProfile,
  refreshStatuses: (context) => refreshStatuses(context),
  recalculateAll,
  buildReport: buildReportAction,
};

/** Every button of the dashboard has its action in this version. */
export function availableActions(): DashboardActionId[] {
  return DASHBOARD_ACTION_IDS.filter((id) => id in ACTIONS);
}

/** The справка's link is a dialog of its own, not a copy of the message: it still opens. */
function dialogsOnly(ui: UiPort | null): UiPort | null {
  if (!ui) return null;
  return {
    alert: () => undefined,
    showSidebar: (name, title) => ui.showSidebar(name, title),
    showModalDialog: (html, title, width, height) => ui.showModalDialog(html, title, width, height),
  };
}

/**
 * Runs an action for a sidebar button. Its dialogs are suppressed: the sidebar shows the message
 * itself, and a modal alert on top of it would only be a second copy.
 */
export function runDashboardAction(context: AddonContext, id: DashboardActionId): ActionResultDto {
  const result = ACTIONS[id]({ ...context, ui: id === 'buildReport' ? dialogsOnly(context.ui) : null });
  return { ok: result.ok, message: result.message, journalCount: result.journalCount };
}
