// Menu items whose capability is still being built: each says so clearly. main.ts moves an item
// to its real entry file when the capability lands.
import { announceComingSoon } from '../actions/comingSoon';
import { createAppsScriptContext } from '../adapters/appsScriptContext';

/** Меню «Пересчитать всё». */
export function menuRecalculateAll(): void {
  announceComingSoon(createAppsScriptContext(), 'recalculateAll');
}
