import { type CalendarDate, compareDates, daysBetween } from '../dates/calendarDate';
import { type MeasureStatus, measureStatuses as s } from '../messages/roadmap';

export interface MeasureState {
  /** `Срок (дата)`; null when the deadline has no computable date. */
  readonly due: CalendarDate | null;
  /** The `Выполнено` checkbox. */
  readonly done: boolean;
  readonly doneDate: CalendarDate | null;
}

/**
 * The status of a measure as of the report date (PRODUCT.md §6). Done on the due date is on time;
 * due today or in exactly `Дней до срока` days is «Срок истекает»; the day after the due date is
 * «Просрочено». Done without a completion date cannot be late.
 */
export function measureStatus(
  state: MeasureState,
  today: CalendarDate,
  daysBeforeDeadline: number,
): MeasureStatus {
  const { due, done, doneDate } = state;
  if (done) return due && doneDate && compareDates(doneDate, due) > 0 ? s.doneLate : s.done;
  if (!due) return s.noDeadline;
  const daysLeft = daysBetween(today, due);
  if (daysLeft < 0) return s.overdue;
  if (daysLeft <= daysBeforeDeadline) return s.dueSoon;
  return s.inProgress;
}

export function isDoneStatus(status: MeasureStatus): boolean {
  return status === s.done || status === s.doneLate;
}
