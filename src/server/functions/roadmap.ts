// Custom functions of the roadmap and the target indicators (PRODUCT.md §9). They call the same
// core as «Обновить статусы», so a formula and the menu action never disagree. A formula is
// recalculated only when an argument changes, so the menu action and the daily trigger stay the
// source of truth for statuses as of today (ENGINEERING.md).

import type { CellValue } from '../../core/cells/cellValue';
import {
  type CalendarDate,
  compareDates,
  formatRussianDate,
  fromInstant,
  toInstant,
} from '../../core/dates/calendarDate';
import { argumentText } from '../../core/messages/argumentText';
import { roadmapFunctionMessages as m } from '../../core/messages/roadmap';
import { parseNumber } from '../../core/numbers/parseNumber';
import { deadlineContextForFormula } from '../../core/roadmap/deadlineContext';
import { readDone, readOptionalDate } from '../../core/roadmap/measureCells';
import { measureStatus } from '../../core/roadmap/measureStatus';
import { parseDeadlineCell } from '../../core/roadmap/parseDeadline';
import { DEFAULT_SETTINGS } from '../../core/settings/settings';
import { targetProgress } from '../../core/targets/targetProgress';
import { readTargetValue, targetScale } from '../../core/targets/targetValues';
import { isBlank } from '../../core/text/normalize';
import { customFunctionTimeZone } from '../adapters/customFunctionTimeZone';
import { type Argument, cellwise, type Result } from './cellwise';

function readYear(value: CellValue): number | null {
  if (isBlank(value)) return null;
  const year = parseNumber(value);
  if (year === null || !Number.isInteger(year) || year < 2000 || year > 2100)
    throw new Error(m.year(argumentText(value)));
  return year;
}

function readDate(argument: string, value: CellValue, timeZone: string): CalendarDate | null {
  const date = readOptionalDate(value, timeZone);
  if (date === undefined) throw new Error(m.date(argument, argumentText(value)));
  return date;
}

/** The programme period of a formula's trailing arguments; both blank: none given. */
function readProgram(
  startCell: CellValue,
  endCell: CellValue,
  timeZone: string,
): { programStart: CalendarDate | null; programEnd: CalendarDate | null } {
  const programStart = readDate('program_start', startCell, timeZone);
  const programEnd = readDate('program_end', endCell, timeZone);
  if (programStart && programEnd && compareDates(programEnd, programStart) < 0)
    throw new Error(m.programEndBeforeStart(formatRussianDate(programStart), formatRussianDate(programEnd)));
  return { programStart, programEnd };
}

/**
 * Срок мероприятия дорожной карты как дата: последний день, который допускает текст срока.
 * Понимает «до 13.03.2024», «Март 2024», «Ноябрь,2024», «январь/февраль 2024 год», «Май-июнь 2024»,
 * «I квартал 2024», «2 полугодие 2024», «2023-2024 учебный год» (31 мая), несколько сроков в одной
 * ячейке (берётся самый поздний). «По плану», «по графику», «По итогам ГИА» без даты дают пустой
 * результат. Принимает ячейку или диапазон. С началом и окончанием программы (как в «Настройках»)
 * формула совпадает с листом: месяц без года берётся из периода программы, «весь период» — окончание
 * программы, «в течение года» — конец того года программы, в котором лежит 31 декабря года year
 * (без year — сегодняшняя дата). Если начало и окончание не указаны, программой считается год year:
 * «весь период» и «в течение года» — 31 декабря этого года.
 *
 * @param {string|Array<Array<string>>} deadline_text Текст срока или диапазон сроков, например C2:C40
 * @param {number} year Необязательно: год для сроков без года, например 2024 (а с началом и окончанием программы — год, для которого читается «в течение года»)
 * @param {Date} program_start Необязательно: начало программы, как «Начало программы» в «Настройках»; без него и без program_end программой считается год year
 * @param {Date} program_end Необязательно: окончание программы, как «Окончание программы» в «Настройках»
 * @return Дата (или пусто, если срок не содержит даты); для диапазона — диапазон того же размера
 * @customfunction
 */
export function ROADMAP_DUE(
  deadline_text: Argument,
  year?: Argument,
  program_start?: Argument,
  program_end?: Argument,
): Result<Date | string> {
  const timeZone = customFunctionTimeZone();
  const now = new Date();
  return cellwise(
    [deadline_text, year ?? '', program_start ?? '', program_end ?? ''],
    m.shape,
    ([text, yearCell, startCell, endCell]) => {
      const defaultYear = readYear(yearCell!);
      const program = readProgram(startCell!, endCell!, timeZone);
      const asOf: CalendarDate =
        defaultYear === null ? fromInstant(now, timeZone) : { year: defaultYear, month: 12, day: 31 };
      const context = deadlineContextForFormula({ year: defaultYear, ...program, asOf });
      const result = parseDeadlineCell(text, timeZone, context);
      return result.found ? toInstant(result.date, timeZone) : '';
    },
  );
}

/**
 * Статус мероприятия на дату as_of: «Выполнено», «Выполнено с опозданием», «Просрочено»,
 * «Срок истекает» (осталось 14 дней и меньше), «В работе» или «Срок не определён». Срок — дата или
 * текст, как в ROADMAP_DUE. С началом и окончанием программы (как в «Настройках») и as_of, равной
 * «Дате отчёта», статус совпадает с листом; без них программой считается год даты as_of (месяц без
 * года — этого года, «весь период» и «в течение года» — 31 декабря). Без as_of — на сегодня; такая
 * формула не пересчитывается сама каждый день, поэтому для отчёта используйте меню «Обновить статусы».
 *
 * @param {string|Date|Array<Array<string>>} deadline Срок: дата или текст, например «Март 2024»
 * @param {boolean|Array<Array<boolean>>} done Отметка «Выполнено»: флажок или «Да»/«Нет»
 * @param {Date|Array<Array<Date>>} done_date Необязательно: дата выполнения
 * @param {Date} as_of Необязательно: дата, на которую нужен статус (пусто — сегодня)
 * @param {Date} program_start Необязательно: начало программы, как «Начало программы» в «Настройках»
 * @param {Date} program_end Необязательно: окончание программы, как «Окончание программы» в «Настройках»
 * @return Статус мероприятия (или диапазон статусов того же размера)
 * @customfunction
 */
export function ROADMAP_STATUS(
  deadline: Argument,
  done: Argument,
  done_date?: Argument,
  as_of?: Argument,
  program_start?: Argument,
  program_end?: Argument,
): Result<string> {
  const timeZone = customFunctionTimeZone();
  const now = new Date();
  return cellwise(
    [deadline, done, done_date ?? '', as_of ?? '', program_start ?? '', program_end ?? ''],
    m.shape,
    ([deadlineCell, doneCell, dateCell, asOfCell, startCell, endCell]) => {
      // A blank row of a formula copied down a whole column stays blank.
      // (An unticked checkbox reads as false, so a row of an empty roadmap counts as blank too.)
      if (isBlank(deadlineCell) && (isBlank(doneCell) || doneCell === false) && isBlank(dateCell)) return '';
      const today = readDate('as_of', asOfCell!, timeZone) ?? fromInstant(now, timeZone);
      const isDone = readDone(doneCell!);
      if (isDone === null) throw new Error(m.done(argumentText(doneCell)));
      const doneDate = readDate('done_date', dateCell!, timeZone);
      const program = readProgram(startCell!, endCell!, timeZone);
      const context = deadlineContextForFormula({ year: today.year, ...program, asOf: today });
      const due = parseDeadlineCell(deadlineCell, timeZone, context);
      return measureStatus(
        { due: due.found ? due.date : null, done: isDone, doneDate },
        today,
        DEFAULT_SETTINGS.daysBeforeDeadline,
      );
    },
  );
}

function readTargetCells(cells: CellValue[]): (number | null)[] {
  const scale = targetScale('', '', cells);
  return cells.map((cell, i) => {
    const value = readTargetValue(cell, scale);
    if (value === undefined) throw new Error(m.number(['base', 'plan', 'fact'][i]!, argumentText(cell)));
    return value;
  });
}

/**
 * Прогресс целевого показателя: (факт − базовое) / (план − базовое), доля (0,706 = 70,6 %).
 * Направление — от базового значения к плану: если план ниже базового, лучше меньшее значение.
 * Проценты можно давать как 44%, 0,44 или 44. Без данных — пусто. Принимает ячейки и диапазоны.
 *
 * @param {number|Array<Array<number>>} base Базовое значение, например 44%
 * @param {number|Array<Array<number>>} plan План, например 10%
 * @param {number|Array<Array<number>>} fact Факт, например 20%
 * @return Доля прогресса (или диапазон того же размера)
 * @customfunction
 */
export function TARGET_PROGRESS(base: Argument, plan: Argument, fact: Argument): Result<number | string> {
  return cellwise([base, plan, fact], m.shape, (cells) => {
    const [b, p, f] = readTargetCells(cells);
    return targetProgress(b!, p!, f!).progress ?? '';
  });
}

/**
 * Статус целевого показателя: «Достигнут», «Есть прогресс», «Нет прогресса», «Ухудшение» или
 * «Нет данных». Направление — от базового значения к плану. Принимает ячейки и диапазоны.
 *
 * @param {number|Array<Array<number>>} base Базовое значение, например 44%
 * @param {number|Array<Array<number>>} plan План, например 10%
 * @param {number|Array<Array<number>>} fact Факт, например 20%
 * @return Статус показателя (или диапазон статусов того же размера)
 * @customfunction
 */
export function TARGET_STATUS(base: Argument, plan: Argument, fact: Argument): Result<string> {
  return cellwise([base, plan, fact], m.shape, (cells) => {
    // A blank row of a formula copied down a whole column stays blank.
    if (cells.every((cell) => isBlank(cell))) return '';
    const [b, p, f] = readTargetCells(cells);
    return targetProgress(b!, p!, f!).status;
  });
}
