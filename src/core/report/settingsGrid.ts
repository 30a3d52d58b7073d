// The справка's approval stamp from two rows of «Настройки» (the settings themselves are read by
// parseSettingsGrid in core/settings, as for every action).
import type { Settings } from '../settings/settings';

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
