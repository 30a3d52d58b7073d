// «Настройки» for the справка: the settings core on the grid its reader already holds (the same
// values readSettings gives the actions; parseSettingsGrid lives with that core), and the approval
// stamp from two of its rows.
import type { Settings } from '../settings/settings';

export { parseSettingsGrid } from '../settings/settings';

/** The «Утверждаю» stamp (PRODUCT.md §2, §11). */
export interface ApprovalStamp {
  readonly position: string;
  readonly name: string;
}

/** The stamp when either `Утверждает: должность` or `Утверждает: ФИО` is filled. */
export function approvalStamp(settings: Settings): ApprovalStamp | null {
  const { approverPosition: position, approverName: name } = settings;
  return position || name ? { position, name } : null;
}
