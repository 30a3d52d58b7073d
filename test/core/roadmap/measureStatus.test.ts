import { describe, expect, it } from 'vitest';
import { addDays, type CalendarDate } from '../../../src/core/dates/calendarDate';
import { measureStatuses as s } from '../../../src/core/messages/roadmap';
import { measureStatus } from '../../../src/core/roadmap/measureStatus';

const today: CalendarDate = { year: 2024, month: 11, day: 20 };
const days = 14;
const due = (offset: number): CalendarDate => addDays(today, offset);

describe('measureStatus as of the report date, `Дней до срока` = 14', () => {
  it.each([
    ['due yesterday, not done', { due: due(-1), done: false, doneDate: null }, s.overdue],
    ['due today, not done', { due: due(0), done: false, doneDate: null }, s.dueSoon],
    ['due in exactly 14 days', { due: due(days), done: false, doneDate: null }, s.dueSoon],
    ['due in 15 days', { due: due(days + 1), done: false, doneDate: null }, s.inProgress],
    ['no computable deadline', { due: null, done: false, doneDate: null }, s.noDeadline],
    ['done on the due date', { due: due(-5), done: true, doneDate: due(-5) }, s.done],
    ['done the day after the due date', { due: due(-5), done: true, doneDate: due(-4) }, s.doneLate],
    ['done early', { due: due(10), done: true, doneDate: due(-30) }, s.done],
    ['done without a completion date', { due: due(-5), done: true, doneDate: null }, s.done],
    ['done without a deadline', { due: null, done: true, doneDate: due(-1) }, s.done],
    [
      'a completion date without the checkbox is not done',
      { due: due(-1), done: false, doneDate: due(-2) },
      s.overdue,
    ],
  ])('%s → %s', (_name, state, expected) => {
    expect(measureStatus(state, today, days)).toBe(expected);
  });

  it('«Дней до срока» = 0 leaves only the due day itself as «Срок истекает»', () => {
    expect(measureStatus({ due: due(0), done: false, doneDate: null }, today, 0)).toBe(s.dueSoon);
    expect(measureStatus({ due: due(1), done: false, doneDate: null }, today, 0)).toBe(s.inProgress);
  });
});
