// Russian texts of «Выявить ШНОР», of the «ШНОР» and «ШНОР по годам» sheets and of the formulas
// SHNOR_LOW, SHNOR_IDENTIFY, SUCCESS_RATE, QUALITY_RATE, SOU, MEAN_MARK, CLUSTER_TREND.
import { argumentText } from './argumentText';

/** The values of `Низкий результат` (PRODUCT.md §2). */
export const lowResultMarks = {
  low: 'Да',
  notLow: 'Нет',
  fewParticipants: 'мало участников',
  noData: 'нет данных',
} as const;

/** «из 1 школы», «из 3 школ», «из 41 школы»: genitive after «из». */
export function ofSchools(n: number): string {
  return `${n} ${n % 10 === 1 && n % 100 !== 11 ? 'школы' : 'школ'}`;
}

export const identificationMessages = {
  // The toast.
  identified: (flagged: number, schools: number, year: number) =>
    `Выявлено ШНОР: ${flagged} из ${ofSchools(schools)} (${year} год)`,
  nothingToIdentify: 'На листе «Результаты ОП» нет ни одной строки, которую можно учесть',

  // «ШНОР» sheet.
  criterionBoth: '1, 2',
  noLowResults: (fromYear: number, toYear: number) => `Низких результатов в ${fromYear}–${toYear} гг. нет`,
  noResultsForYear: (year: number) => `Нет результатов за ${year} год`,
  noShareData: (fromYear: number, toYear: number) =>
    `Нет ни числа, ни доли «2» за ${fromYear}–${toYear} гг.: низкий результат не определить`,
  lowProcedureLine: (label: string, year: number, share: string, counts: string) =>
    `${label} ${year}: ${share}${counts}`,
  counts: (failed: number, participants: number) => ` (${failed} из ${participants})`,
  fewParticipantsLine: (label: string, year: number, participants: number, minimum: number) =>
    `${label} ${year}: мало участников (${participants}, нужно не менее ${minimum}), не учтено`,
  criterion2NotChecked: (year: number) => `Критерий 2 не проверен: нет результатов за ${year - 1} год`,
  schoolNotInResults: 'Школы нет на листе «Результаты ОП»: строка сохранена из-за ваших столбцов',

  // «ШНОР по годам».
  byYearNumber: '№',
  byYearColumn: (year: number) => `${year} год`,
  byYearTotal: 'Всего',
  byYearEntered: 'Вошли в список',
  byYearLeft: 'Вышли из списка',
  /** Of last year's list, no results this year: not «вышли» — the data cannot say (PRODUCT.md §2). */
  byYearWithoutResults: 'Нет результатов за год (вышли ли — неизвестно)',
  byYearEmptyHeader: 'ШНОР по годам',
  byYearCriterion2: 'Критерий 2',
  byYearCriterion2NotChecked: (previousYear: number) => `не проверен: нет данных за ${previousYear} год`,

  // Journal: whole sheet.
  noPreviousYear: (year: number) =>
    `Нет результатов за ${year - 1} год: критерий 2 для ${year} года не проверялся`,
  noPreviousYearFix: (year: number) => `Добавьте результаты ${year - 1} года, если они есть`,
  noFailedColumn:
    'Не найден столбец «Получили «2»» или «Доля «2», %»: без него низкий результат не определить, ни одна школа не выявлена.',
  noFailedColumnFix:
    'Назовите столбец с числом получивших «2» (не преодолевших порог) «Получили «2»» или столбец с их долей «Доля «2», %»',
  noDataForAnalysisYear: (year: number) => `Нет ни одной учтённой строки за год анализа ${year}`,
  noDataForAnalysisYearFix:
    'Проверьте «Год анализа» на листе «Настройки» (пусто — последний год в данных) и столбец «Год»',

  // Journal: one row of «Результаты ОП». Every skipped row gets a blank «Низкий результат».
  skipped: ' Строка не учтена, «Низкий результат» для неё пуст.',
  missingSchool: 'Не указана школа.',
  missingSchoolFix: 'Впишите название школы',
  totalsRow: 'Строка итогов, а не школа. Строка не учтена, «Низкий результат» для неё пуст.',
  totalsRowFix: 'Итоговые строки не нужны: удалите её или оставьте — она не учитывается',
  missingYear: 'Не указан год.',
  badYear: 'Год не распознан.',
  yearFix: 'Укажите год проведения процедуры: 2024, «2024 г.» или учебный год «2023-2024» (это 2024)',
  missingProcedure: 'Не указана процедура.',
  unknownProcedure: 'Процедура не распознана или не входит в перечень для выявления ШНОР.',
  procedureFix: (accepted: readonly string[]) => `Укажите одну из процедур: ${accepted.join('; ')}`,
  notANumber: (header: string) => `В столбце «${header}» не число.`,
  notANumberFix: (header: string) =>
    `Впишите в «${header}» число или оставьте ячейку пустой, если данных нет (вместо «н/д»)`,
  negative: (header: string) => `В столбце «${header}» отрицательное число.`,
  notWhole: (header: string) => `В столбце «${header}» дробное число, а нужно число человек.`,
  countFix: (header: string) => `Впишите в «${header}» целое неотрицательное число человек`,
  shareAbove100: 'Доля больше 100 %.',
  shareFix: 'Впишите долю в процентах от 0 до 100, например 34 или «34,5 %»',
  sharePercentFormatAbove100:
    'Ячейка в процентном формате: число в ней — доля от 1, и она показывает больше 100 %.',
  sharePercentFormatFix:
    'Уберите процентный формат (Формат → Число → Автоматически): тогда 34 — это 34 %; или впишите «34 %»',
  failedAboveParticipants: (failed: number, participants: number) =>
    `Получивших «2» (${failed}) больше, чем участников (${participants}).`,
  failedAboveParticipantsFix: 'Проверьте числа «Участников» и «Получили «2»»: возможно, они перепутаны',
  failedWithoutParticipants: 'Указано число «2», но не указано число участников: долю не вычислить.',
  failedWithoutParticipantsFix: 'Впишите «Участников» или «Доля «2», %»',
  duplicate: (firstRow: number) =>
    `Школа, год и процедура повторяют строку ${firstRow}: учтена строка ${firstRow}.`,
  duplicateFix: 'Удалите повтор или исправьте школу, год или процедуру',
  ambiguousSchool: (logins: readonly string[]) =>
    `Школа с таким названием есть под несколькими логинами ФИС ОКО (${logins.join(', ')}): строка считается отдельной школой`,
  ambiguousSchoolFix: 'Укажите логин школы в столбце «Код ОО»',
  shareDisagrees: (share: string, computed: string) =>
    `Доля «2» (${share}) не совпадает с долей по числам (${computed}): учтены числа участников и «2».`,
  shareDisagreesFix: 'Исправьте долю или числа, чтобы они совпадали, или очистите «Доля «2», %»',

  // Journal: «Кластеры».
  unknownCluster: 'Кластер не распознан.',
  clusterFix: 'Укажите «сильно неуспевающие», «умеренно неуспевающие» или «базово неуспевающие»',
  duplicateCluster: (firstRow: number) =>
    `Школа и год повторяют строку ${firstRow}: учтена строка ${firstRow}.`,
  duplicateClusterFix: 'Удалите повтор или исправьте школу или год',
  clusterSkipped: ' Строка не учтена.',

  // Formulas.
  noFailedColumnArgument:
    'В диапазоне нет столбца «Получили «2»» или «Доля «2», %»: без него низкий результат не определить. Выделите таблицу вместе с этим столбцом и строкой заголовков.',
  badResultsRange: (headers: readonly string[]) =>
    `В диапазоне не найдены заголовки ${headers.map((h) => `«${h}»`).join(', ')}. Выделите таблицу вместе со строкой заголовков, как на листе «Результаты ОП».`,
  badYearArgument: (value: unknown) =>
    `Год «${argumentText(value)}» не распознан. Укажите год, например 2024.`,
  badThresholdArgument: (value: unknown) =>
    `Порог «${argumentText(value)}» не распознан. Укажите долю от 0 до 1 (0,3) или проценты (30).`,
  badYesNoArgument: (value: unknown) =>
    `«${argumentText(value)}» не распознано. Укажите ИСТИНА/ЛОЖЬ или «Да»/«Нет».`,
  badCountArgument: (name: string, value: unknown) =>
    `${name}: «${argumentText(value)}» — не целое неотрицательное число. Укажите число человек.`,
  badShareArgument: (value: unknown) =>
    `«${argumentText(value)}» — не число и не доля. Укажите число получивших «2» или долю: 0,34, 34 или «34 %».`,
  shareAbove100Argument: (value: unknown) =>
    `Доля «${argumentText(value)}» больше 100 %. Укажите долю получивших «2» от 0 до 100 %: 0,34, 34 или «34 %».`,
  negativeShareArgument: (value: unknown) =>
    `Доля «${argumentText(value)}» отрицательная. Укажите долю получивших «2» от 0 до 100 %: 0,34, 34 или «34 %».`,
  failedAboveParticipantsArgument: (failed: number, participants: number) =>
    `Получивших «2» (${failed}) больше, чем участников (${participants}). Проверьте порядок аргументов.`,
  shapeMismatch: 'Диапазоны в аргументах должны быть одного размера.',
  badMinParticipantsArgument: (value: unknown) =>
    `min_participants: «${argumentText(value)}» не распознано. Укажите минимум участников целым числом от 0 до 1000, как «Минимум участников» в «Настройках», например 5.`,
  singleValueArgument: (name: string) => `Аргумент ${name} — одно значение, а не диапазон.`,
  badClusterArgument: (value: unknown) =>
    `Кластер «${argumentText(value)}» не распознан. Укажите «сильно неуспевающие», «умеренно неуспевающие», «базово неуспевающие» или оставьте пустым (вне списка ШНОР).`,
  identifyHeader: ['Школа', 'ШНОР', 'Критерий', 'Пояснение'] as const,
} as const;
