// Values of a target indicator as people type them. A share may be «22%», «0,22» or 22 (PRODUCT.md
// §9); other indicators (a mean mark 3,40, an index 0,438) are plain numbers and must not be
// divided by 100, so the scale is chosen for the whole row.
import type { CellValue } from '../cells/cellValue';
import { parseNumber, parseNumberCell, parseShare } from '../numbers/parseNumber';
import { isBlank, normalizeText } from '../text/normalize';

export type TargetScale = 'share' | 'plain';

const SHARE_NAME = /^(доля|процент|удельный вес|охват)/;

/** A row is on the share scale when its unit is «%», a value carries «%», or its name is a share. */
export function targetScale(
  unit: CellValue,
  indicator: CellValue,
  values: readonly CellValue[],
): TargetScale {
  const unitText = normalizeText(unit);
  if (unitText === '%' || unitText.startsWith('процент') || unitText.startsWith('доля')) return 'share';
  if (values.some((v) => parseNumberCell(v)?.percent)) return 'share';
  if (unitText === '' && SHARE_NAME.test(normalizeText(indicator))) return 'share';
  return 'plain';
}

/** The number, null when blank, undefined when the cell holds something that is not a number. */
export function readTargetValue(value: CellValue, scale: TargetScale): number | null | undefined {
  if (isBlank(value)) return null;
  const number = scale === 'share' ? parseShare(value) : parseNumber(value);
  return number ?? undefined;
}
