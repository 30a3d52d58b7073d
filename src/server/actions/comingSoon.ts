import { commonMessages } from '../../core/messages/common';
import { MENU_TITLE, type MenuAction, menuLabels } from '../../core/messages/menu';
import type { AddonContext } from '../context';

/** A menu item whose capability is not built yet says so instead of failing. */
export function announceComingSoon(context: AddonContext, action: MenuAction): string {
  const message = commonMessages.comingSoon(menuLabels[action]);
  context.ui?.alert(MENU_TITLE, message);
  return message;
}
