import { failureMessages } from '../../core/messages/failures';
import { menuLabels } from '../../core/messages/menu';
import { dailyRefreshMessages as m } from '../../core/messages/roadmap';
import type { AddonContext } from '../context';
import { failureCause, logFailure } from '../platform/failureReport';
import { tellFailure, toastQuietly } from './runAction';

/** The global function the daily trigger calls; main.ts exports it under this name. */
export const DAILY_REFRESH_HANDLER = 'dailyStatusRefresh';

/** Early morning in the script's zone, before the school day: statuses are fresh when people open the file. */
export const DAILY_REFRESH_HOUR = 6;

/**
 * «Включить ежедневное обновление»: one time-driven trigger per document that runs «Обновить
 * статусы». A second click adds no second trigger (an add-on may hold one per event type anyway).
 */
export function enableDailyRefresh(context: AddonContext): {
  readonly created: boolean;
  readonly message: string;
} {
  let exists: boolean;
  try {
    exists = context.triggers.handlerNames().includes(DAILY_REFRESH_HANDLER);
    if (!exists) context.triggers.createDaily(DAILY_REFRESH_HANDLER, DAILY_REFRESH_HOUR);
  } catch (error) {
    // ScriptApp refuses in a test deployment, over the trigger quota, or past an add-on's one
    // time-driven trigger per document: the user gets the reason in Russian, not an exception.
    logFailure(`«${menuLabels.enableDailyRefresh}»`, error);
    const cause = failureCause(error);
    // A trigger refused for lack of the script.scriptapp scope is fixed by granting it.
    const message =
      cause.kind === 'authorization'
        ? failureMessages.action(menuLabels.enableDailyRefresh, cause)
        : m.failed;
    tellFailure(context, message);
    return { created: false, message };
  }
  const message = exists ? m.alreadyEnabled : m.enabled(DAILY_REFRESH_HOUR);
  // The trigger exists by now: a toast that fails must not turn that into an exception.
  toastQuietly(context, message);
  return { created: !exists, message };
}
