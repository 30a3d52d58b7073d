// The low-result test of one procedure (PRODUCT.md §4): at least the threshold share (30 %) of the
// participants got «2» or did not pass the minimum threshold; too few participants is never low.
import { countShareAtLeast, type DecimalFraction, shareAtLeast, toDecimalFraction } from './exactShare';

export type ProcedureOutcome = 'low' | 'notLow' | 'fewParticipants' | 'noData';

/** What a results row says about one procedure; counts win over the share when both are known. */
export interface ProcedureMeasure {
  readonly participants: number | null;
  readonly failed: number | null;
  /** A fraction (0.34), used when the counts cannot give the share. */
  readonly share: number | null;
}

export interface LowResultRule {
  readonly threshold: DecimalFraction;
  readonly minParticipants: number;
}

export const DEFAULT_THRESHOLD = 0.3;

/** The rule from `Порог низкого результата` (a fraction) and `Минимум участников`. */
export function lowResultRule(thresholdShare = DEFAULT_THRESHOLD, minParticipants = 1): LowResultRule {
  return { threshold: toDecimalFraction(thresholdShare), minParticipants };
}

export function judgeProcedure(measure: ProcedureMeasure, rule: LowResultRule): ProcedureOutcome {
  const { participants, failed, share } = measure;
  if (participants !== null && participants < rule.minParticipants) return 'fewParticipants';
  if (participants !== null && failed !== null) {
    if (participants === 0) return 'noData';
    return countShareAtLeast(failed, participants, rule.threshold) ? 'low' : 'notLow';
  }
  // Without the number of participants the minimum cannot be checked; the share alone decides.
  if (share !== null) return shareAtLeast(toDecimalFraction(share), rule.threshold) ? 'low' : 'notLow';
  return 'noData';
}

/** The share the verdict rests on: from the counts when known, else as given. */
export function measuredShare(measure: ProcedureMeasure): number | null {
  const { participants, failed, share } = measure;
  if (participants !== null && failed !== null && participants > 0) return failed / participants;
  return share;
}
