// The words of `Пояснение`: every low procedure with its share and year, as the analysts' reports
// write it: «ВПР математика 5 кл. 2024: 34 % (12 из 35)» (PRODUCT.md §4).
import { identificationMessages as m } from '../messages/identification';
import type { ProcedureMeasure } from './lowResult';
import { measuredShare } from './lowResult';
import { type ProcedureId, procedureById } from './procedures';

/** «34 %»; with `precise`, one decimal when it has one: «34,5 %». */
export function formatShare(share: number, precise = false): string {
  const percent = share * 100;
  const rounded = precise ? Math.round(percent * 10) / 10 : Math.round(percent);
  return `${String(rounded).replace('.', ',')} %`;
}

export interface LowProcedureResult {
  readonly year: number;
  readonly procedure: ProcedureId;
  readonly measure: ProcedureMeasure;
}

/** One explanation line for a low procedure. */
export function lowProcedureLine(result: LowProcedureResult): string {
  const { participants, failed } = result.measure;
  const share = measuredShare(result.measure) ?? 0;
  const label = procedureById(result.procedure).label;
  if (participants !== null && failed !== null && participants > 0) {
    return m.lowProcedureLine(label, result.year, formatShare(share), m.counts(failed, participants));
  }
  // A share typed by hand is shown as typed, not re-rounded.
  return m.lowProcedureLine(label, result.year, formatShare(share, true), '');
}

/** A result not counted for too few participants: «ОГЭ математика 2024: мало участников (4, нужно не менее 5)». */
export function fewParticipantsLine(result: LowProcedureResult, minParticipants: number): string {
  const label = procedureById(result.procedure).label;
  return m.fewParticipantsLine(label, result.year, result.measure.participants ?? 0, minParticipants);
}
