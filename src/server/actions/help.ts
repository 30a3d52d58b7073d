import { HELP_TEXT, HELP_TITLE } from '../../core/messages/help';
import type { AddonContext } from '../context';

/** «Справка»: reads nothing, writes nothing. */
export function showHelp(context: AddonContext): void {
  context.ui?.alert(HELP_TITLE, HELP_TEXT);
}
