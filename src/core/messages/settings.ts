// Russian texts of «Настройки».
import { pluralRu } from './common';

export const settingsMessages = {
  hintSchool: 'Название школы, как в списках ШНОР',
  hintAnalysisYear: 'Пусто — последний год в данных',
  hintSameProcedure: 'Да — критерий 2 только для одной и той же процедуры в оба года',
  hintReportDate: 'Пусто — сегодня',
  hintSchoolYearEnd: 'День и месяц, например 31.05',
  hintFolder: 'Ссылка на папку Google Диска со школьными таблицами (для куратора)',
  unreadable: (label: string) =>
    `Не удалось прочитать значение параметра «${label}»; взято значение по умолчанию`,
  fixYear: 'Укажите год четырьмя цифрами, например 2024, или оставьте пустым',
  fixThreshold: 'Укажите порог в процентах, например 30',
  fixYesNo: 'Укажите «Да» или «Нет»',
  fixWholeNumber: 'Укажите целое неотрицательное число',
  fixDate: 'Укажите дату в виде ДД.ММ.ГГГГ, например 31.12.2024',
  fixDayMonth: 'Укажите день и месяц в виде ДД.ММ, например 31.05',
  hintApproverPosition: 'Для грифа «УТВЕРЖДАЮ» справки, например «Директор МБОУ СОШ № 7»',
  hintApproverName: 'Для грифа «УТВЕРЖДАЮ» справки, например «И. И. Иванова»',
  implausible: (label: string, why: string) =>
    `Значение параметра «${label}» не может быть верным: ${why}; взято значение по умолчанию`,
  aboveMax: (max: number) => `больше ${max}`,
  fixAtMost: (max: number) => `Укажите целое число от 0 до ${max}`,
  yearOutside: (year: number, from: number, to: number) => `${year} год — не между ${from} и ${to}`,
  endsBeforeStart: (start: string, startRow: number) =>
    `программа кончается раньше, чем начинается («Начало программы» — ${start}, строка ${startRow}); не взяты обе даты`,
  fixProgramme: 'Проверьте «Начало программы» и «Окончание программы»: окончание не может быть раньше начала',
  givenTwice: (label: string, rows: readonly number[]) =>
    `Параметр «${label}» указан ${rows.length} ${pluralRu(rows.length, 'раз', 'раза', 'раз')} (строки ${rows.join(', ')}): непонятно, какое значение верное; взято значение по умолчанию`,
  givenTwiceFix: (label: string) => `Оставьте параметр «${label}» в одной строке`,
} as const;
