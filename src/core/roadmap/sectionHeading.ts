import type { CellValue } from '../cells/cellValue';
import { isBlank } from '../text/normalize';

/** The columns a section heading may fill: «1. Мероприятия для педагогов…» or its number alone. */
const HEADING_KEYS = new Set(['number', 'measure']);

/**
 * A row with text only in its first cells and no deadline («Региональный и муниципальный уровни»)
 * is a section heading, not a measure (PRODUCT.md §2). An unticked checkbox counts as empty.
 */
export function isSectionHeading(
  cells: Readonly<Record<string, CellValue>>,
  inputKeys: readonly string[],
): boolean {
  let hasText = false;
  for (const key of inputKeys) {
    const value = cells[key];
    if (HEADING_KEYS.has(key)) {
      if (!isBlank(value)) hasText = true;
    } else if (!isBlank(value) && value !== false) return false;
  }
  return hasText;
}
