import { HELP_TEXT, HELP_TITLE } from '../../core/messages/help';
import { menuLabels } from '../../core/messages/menu';
import type { AddonContext } from '../context';
import { actionFailure, toastQuietly } from './runAction';

/** «Справка»: reads nothing, writes nothing. */
export function showHelp(context: AddonContext): void {
  try {
    context.ui?.alert(HELP_TITLE, HELP_TEXT);
  } catch (error) {
    // The dialog itself failed: the sentence goes where the user still looks, a toast.
    toastQuietly(context, actionFailure(menuLabels.help, error));
  }
}
