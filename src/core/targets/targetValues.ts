// Values of a target indicator as people type them. A share may be «22%», «0,22» or 22 (PRODUCT.md
// §9); other indicators (a mean mark 3,40, an index 0,438) are plain numbers and must not be
// divided by 100, so the scale is chosen for the whole row. Plans come as the documents write them
// (seed 001_…: «0,438 и выше», «99% и выше», «не ниже 3,80»): the number, and the words a direction.
import type { CellValue } from '../cells/cellValue';
import { parseNumber, parseNumberCell, parseShare } from '../numbers/parseNumber';
import { isPercentPoints, type ShareScale } from '../numbers/shareScale';
import { isBlank, normalizeText } from '../text/normalize';
import type { Direction } from './targetProgress';

export type TargetScale = 'share' | 'plain';

const SHARE_NAME = /^(доля|процент|удельный вес|охват)/;

/**
 * The direction the words of a plan give: «не менее», «не ниже», «и выше» want more; «не более»,
 * «не выше», «и ниже» want less. «до 10 %» caps the value too, but «увеличение … до 100 %» is how
 * the same documents write a rise: 'upTo' leaves it to the base when there is one.
 */
export type PlanWords = Direction | 'upTo';

interface WordedNumber {
  readonly text: string;
  readonly words: PlanWords | null;
}

const PREFIXES: readonly [RegExp, PlanWords][] = [
  [/^(?:не\s+(?:менее|меньше|ниже)|от|≥|>=)\s*/, 'more'],
  [/^(?:не\s+(?:более|больше|выше)|≤|<=)\s*/, 'less'],
  [/^до\s+/, 'upTo'],
];
const SUFFIXES: readonly [RegExp, PlanWords][] = [
  [/\s*(?:и\s+(?:выше|более|больше)|или\s+выше)\.?$/, 'more'],
  [/\s*(?:и\s+(?:ниже|менее|меньше)|или\s+ниже)\.?$/, 'less'],
];

/** Splits the words off a worded value: «0,438 и выше» → «0,438», 'more'. Plain values pass through. */
export function splitPlanWords(value: CellValue): WordedNumber | null {
  if (typeof value !== 'string') return null;
  const text = normalizeText(value);
  for (const [pattern, words] of PREFIXES) {
    if (pattern.test(text)) return { text: text.replace(pattern, ''), words };
  }
  for (const [pattern, words] of SUFFIXES) {
    if (pattern.test(text)) return { text: text.replace(pattern, ''), words };
  }
  return null;
}

/** The value without its words, as a cell would hold it. */
function numberPart(value: CellValue): CellValue {
  return splitPlanWords(value)?.text ?? value;
}

/** A row is on the share scale when its unit is «%», a value carries «%», or its name is a share. */
export function targetScale(
  unit: CellValue,
  indicator: CellValue,
  values: readonly CellValue[],
): TargetScale {
  const unitText = normalizeText(unit);
  if (unitText === '%' || unitText.startsWith('процент') || unitText.startsWith('доля')) return 'share';
  if (values.some((v) => parseNumberCell(numberPart(v))?.percent)) return 'share';
  if (unitText === '' && SHARE_NAME.test(normalizeText(indicator))) return 'share';
  return 'plain';
}

/**
 * The number, null when blank, undefined when the cell holds something that is not a number. On the
 * share scale a number is read by its cell's format (`cellScale`, PRODUCT.md §2): percent points
 * unless the cell is formatted as percent; 'unknown' (a formula, another file) keeps §9's rule.
 */
export function readTargetValue(
  value: CellValue,
  scale: TargetScale,
  cellScale: ShareScale = 'unknown',
): number | null | undefined {
  if (isBlank(value)) return null;
  const cell = numberPart(value);
  if (scale === 'plain') return parseNumber(cell) ?? undefined;
  if (cellScale === 'unknown') return parseShare(cell) ?? undefined;
  const parsed = parseNumberCell(cell);
  if (!parsed) return undefined;
  const points = parsed.percent || isPercentPoints(parsed.value, typeof cell === 'string', cellScale);
  return points ? parsed.value / 100 : parsed.value;
}

/** The direction the plan's words give, if any («не ниже 3,80» → 'more'). */
export function planWords(plan: CellValue): PlanWords | null {
  return splitPlanWords(plan)?.words ?? null;
}
