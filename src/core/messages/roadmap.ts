// Russian texts of the roadmap («Дорожная карта»), the target indicators («Целевые показатели»),
// «Обновить статусы» and «Включить ежедневное обновление» (PRODUCT.md §6).
import { pluralRu } from './common';

/** Statuses of a measure: acceptance checks and the dashboard read exactly these texts. */
export const measureStatuses = {
  done: 'Выполнено',
  doneLate: 'Выполнено с опозданием',
  overdue: 'Просрочено',
  dueSoon: 'Срок истекает',
  inProgress: 'В работе',
  noDeadline: 'Срок не определён',
} as const;

export type MeasureStatus = (typeof measureStatuses)[keyof typeof measureStatuses];

/** Statuses of a target indicator. */
export const targetStatuses = {
  achieved: 'Достигнут',
  progress: 'Есть прогресс',
  noProgress: 'Нет прогресса',
  worse: 'Ухудшение',
  noData: 'Нет данных',
} as const;

export type TargetStatus = (typeof targetStatuses)[keyof typeof targetStatuses];

/** How the deadline parser read a text: shown by ROADMAP_DUE's callers and the dashboard. */
export const deadlineReadings = {
  exactDate: (date: string) => `дата ${date}`,
  until: 'срок «до» даты включительно',
  endOfMonth: (month: string, year: number) => `конец месяца: ${month} ${year}`,
  endOfQuarter: (quarter: number, year: number) => `конец ${quarter} квартала ${year}`,
  endOfHalfYear: (half: number, year: number) => `конец ${half} полугодия ${year}`,
  endOfYear: (year: number) => `конец ${year} года`,
  endOfYears: (from: number, to: number) => `конец периода ${from}–${to} гг.`,
  endOfSchoolHalfYear: (half: number, from: number, to: number) =>
    half === 1
      ? `конец 1 полугодия ${from}/${to} учебного года (31 декабря)`
      : `конец 2 полугодия ${from}/${to} учебного года («Окончание учебного года» в «Настройках»)`,
  endOfSchoolYear: (from: number, to: number) =>
    `окончание ${from}/${to} учебного года («Окончание учебного года» в «Настройках»)`,
  endOfProgram: 'окончание программы («Окончание программы» в «Настройках»)',
  programYear: 'конец года программы (по «Началу программы» в «Настройках»)',
  yearFromProgram: 'год взят из срока программы',
  yearFromText: 'год взят из соседнего срока',
  latestOfSeveral: 'из нескольких сроков взят самый поздний',
  ignoredUndated: 'часть срока без даты не учтена',
  dateCell: (date: string) => `дата ${date} из ячейки`,
} as const;

/** Why a deadline has no computable date. */
export const deadlineReasons = {
  blank: 'срок не указан',
  undated: (phrase: string) => `срок «${phrase}» не содержит даты`,
  schoolTerm: 'учебные четверти не имеют общих дат',
  noYear: 'не указан год, а в «Настройках» не заполнены «Начало программы» и «Окончание программы»',
  noProgramEnd: 'срок «весь период» требует «Окончание программы» в «Настройках»',
  noProgramStart: 'срок «в течение года» требует «Начало программы» в «Настройках»',
  invalidDate: (text: string) => `такой даты нет: ${text}`,
  unrecognised: 'срок не распознан',
  notADate: 'в ячейке число, которое не является датой или годом',
  oddDate: 'в ячейке дата, которую нельзя прочитать (неверная или слишком далёкая дата)',
} as const;

export const roadmapMessages = {
  deadlineProblem: (reason: string) => `Срок не определён: ${reason}`,
  deadlineFix:
    'Напишите срок так: «до 13.03.2024», «Март 2024», «I квартал 2024», «2023-2024 учебный год» или «весь период»; для сроков без года заполните «Начало программы» и «Окончание программы» в «Настройках»',
  settingsFix: 'Заполните «Начало программы» и «Окончание программы» на листе «Настройки»',
  doneUnreadable: 'Не удалось понять, выполнено ли мероприятие',
  doneFix: 'Поставьте флажок в столбце «Выполнено» или напишите «Да» / «Нет»',
  doneDateUnreadable: 'Дата выполнения не распознана',
  doneDateFix: 'Укажите дату в виде ДД.ММ.ГГГГ, например 13.03.2024',
  decisionUnknown: 'Решение куратора не распознано',
  decisionFix: 'Выберите «Принято» или «На доработку» (или оставьте пустым)',
  remarkNoLink: 'Выполнено, но нет ссылки на отчётный документ',
  remarkFutureDoneDate: (date: string) => `Дата выполнения ${date} ещё не наступила`,
  remarkDateWithoutCheckbox: 'Указана дата выполнения, но не отмечено «Выполнено»',
  remarkSentBack: 'Куратор вернул на доработку',
  remarkSentBackWithComment: (comment: string) => `Куратор вернул на доработку: ${comment}`,
  remarkNoDeadline: (reason: string) => `Срок не определён: ${reason}`,
  remarkBeforeProgramme: (start: string) => `Срок раньше начала программы (${start}): проверьте год`,
  summary: (done: number, total: number, overdue: number, dueSoon: number, sentBack: number) =>
    `Мероприятий выполнено: ${done} из ${total}, просрочено: ${overdue}, срок истекает: ${dueSoon}, на доработке: ${sentBack}`,
  noRoadmap: 'лист «Дорожная карта» не найден',
  roadmapHeadersMissing: (headers: readonly string[]) =>
    `на листе «Дорожная карта» не найдены заголовки ${headers.map((h) => `«${h}»`).join(', ')}`,
  targetsHeadersMissing: (headers: readonly string[]) =>
    `; на листе «Целевые показатели» не найдены заголовки ${headers.map((h) => `«${h}»`).join(', ')}`,
  targetsSummary: (achieved: number, total: number) =>
    `; целевых показателей достигнуто: ${achieved} из ${total}`,
  noTargets: '; лист «Целевые показатели» не найден',
} as const;

export const targetMessages = {
  valueUnreadable: 'Значение не является числом',
  valueFix: 'Укажите число или процент, например 22%, 0,22 или 22',
  directionUnknown: 'Не понятно, в какую сторону лучше',
  directionFix:
    'Выберите «больше» или «меньше» (или оставьте пустым: тогда направление от базового значения к плану)',
  directionConflict: (better: string) =>
    `План противоречит столбцу «Лучше, когда» = «${better}»: прогресс может получиться отрицательным`,
  directionConflictFix: 'Проверьте базовое значение, план и столбец «Лучше, когда»',
} as const;

/** Errors of ROADMAP_DUE, ROADMAP_STATUS, TARGET_PROGRESS, TARGET_STATUS: what to fix in the formula. */
export const roadmapFunctionMessages = {
  shape: 'Диапазоны в аргументах должны быть одного размера (или передайте одну ячейку)',
  year: (value: string) =>
    `Год «${value}» не подходит: укажите год четырьмя цифрами, например ROADMAP_DUE(C2; 2024)`,
  done: (value: string) =>
    `Аргумент «done» = «${value}» не понятен: передайте флажок (ИСТИНА/ЛОЖЬ) или «Да»/«Нет»`,
  date: (argument: string, value: string) =>
    `Аргумент «${argument}» = «${value}» не является датой: передайте ячейку с датой или текст ДД.ММ.ГГГГ`,
  number: (argument: string, value: string) =>
    `Аргумент «${argument}» = «${value}» не является числом: укажите число или процент, например 22%, 0,22 или 22`,
  programEndBeforeStart: (start: string, end: string) =>
    `Окончание программы (${end}) раньше её начала (${start}): проверьте аргументы program_start и program_end`,
} as const;

export const dailyRefreshMessages = {
  enabled: (hour: number) =>
    `Ежедневное обновление статусов включено: каждый день около ${hour}:00 статусы дорожной карты и целевых показателей пересчитываются на текущую дату`,
  alreadyEnabled: 'Ежедневное обновление статусов уже включено, второе не добавлено',
  failed:
    'Не удалось включить ежедневное обновление: Google не разрешил создать триггер (так бывает в тестовом развёртывании Apps Script и при превышении числа триггеров) — пока пересчитывайте статусы командой «Обновить статусы».',
} as const;

/** «3 мероприятия» for toasts. */
export function measuresCount(n: number): string {
  return `${n} ${pluralRu(n, 'мероприятие', 'мероприятия', 'мероприятий')}`;
}
