// Russian texts of the risk profile (PRODUCT.md §5): the documents' conclusions, the journal, the
// toast and RISK_LEVEL's errors.
import { argumentText } from './argumentText';
import { pluralRu } from './common';

const THRESHOLDS = '«Пороги рисков»';
const THRESHOLD_COLUMNS =
  'Фактор риска, Параметр анализа, Ед. измерения, Хуже, когда, Средний от, Высокий от';

export const riskMessages = {
  /** The `Вывод` of a parameter or a factor, in the wording of the seed's «Карта рискового профиля». */
  conclusionLow: 'Риск не выражен',
  conclusionMedium: 'Риск проявляется эпизодически',
  conclusionHigh: 'Риск проявляется часто и достаточно выражен',
  conclusionNoThreshold: `Нет порога: добавьте параметр на лист ${THRESHOLDS}`,
  conclusionBadValue: 'Результат не распознан: укажите число',
  conclusionUnitMismatch: `Единица измерения не совпадает с листом ${THRESHOLDS}`,
  conclusionNoData: 'Нет данных',
  factorNoData: 'Нет оценённых параметров',
  /** The local score is the school's own estimate, never FIOKO's (PRODUCT.md §5). */

  thresholdsMissing: `Нет листа ${THRESHOLDS}: взяты встроенные пороги ШНОР-монитора`,
  thresholdsMissingFix: `Нажмите «Создать листы шаблона»: лист ${THRESHOLDS} заполнится встроенными порогами, которые можно менять`,
  thresholdsHeadersMissing: (headers: readonly string[]) =>
    `На листе ${THRESHOLDS} не найдены заголовки ${headers.map((h) => `«${h}»`).join(', ')}: взяты встроенные пороги`,
  thresholdsHeadersFix: `Верните заголовки в одну строку (в первых 10 строках листа): ${THRESHOLD_COLUMNS}`,
  thresholdsEmpty: `Лист ${THRESHOLDS} пуст: взяты встроенные пороги ШНОР-монитора`,
  thresholdsEmptyFix: `Заполните лист ${THRESHOLDS} или удалите его и нажмите «Создать листы шаблона»`,
  thresholdNotNumber: 'Порог не число, строка порогов не учтена',
  thresholdNotNumberFix: 'Укажите число, например 30 (для долей — в процентах)',
  worseWhenUnknown: 'В столбце «Хуже, когда» должно быть «больше» или «меньше», строка порогов не учтена',
  worseWhenFix: '«больше» — риск растёт с ростом значения, «меньше» — с его снижением',
  thresholdsInverted: (worseWhen: string) =>
    `Пороги противоречат «Хуже, когда» = «${worseWhen}», строка порогов не учтена`,
  thresholdsInvertedFix:
    'Для «больше» «Высокий от» не меньше «Средний от», для «меньше» — не больше (например, 80 и 50)',
  thresholdDuplicate: 'Параметр уже есть выше на этом листе в том же факторе: учтена первая строка',
  thresholdDuplicateFix: 'Оставьте одну строку с этим параметром',
  unknownFactor: 'Фактор риска не узнан',
  unknownFactorFix: (names: readonly string[]) =>
    `Напишите одно из десяти направлений ФИОКО: ${names.map((n) => `«${n}»`).join('; ')}`,

  noThreshold: `Для параметра нет порога на листе ${THRESHOLDS}: уровень не рассчитан`,
  noThresholdFix: `Добавьте на лист ${THRESHOLDS} строку с этим параметром (${THRESHOLD_COLUMNS}) или назовите параметр так, как он назван там`,
  valueNotNumber: 'Результат не число: уровень не рассчитан',
  valueNotNumberFix: 'Укажите число, например 30, 30,5 или 30 %',
  unitMismatch: (thresholdUnit: string) =>
    `Единица измерения не совпадает с порогом (на листе ${THRESHOLDS}: «${thresholdUnit}»): уровень не рассчитан`,
  unitMismatchFix: `Укажите результат в единицах порога или исправьте строку на листе ${THRESHOLDS}`,
  officialLevelUnknown: 'Уровень ФИОКО не распознан и не учтён',
  officialLevelFix: 'Выберите «низкий», «средний» или «высокий» — как в заключении ФИОКО',
  duplicateIndicator: 'Параметр указан в этом факторе ещё раз с другим значением: учтены оба',
  duplicateIndicatorFix: 'Оставьте одну строку с актуальным значением',
  profileMissingSummary: 'Рисковый профиль не оценён: нет листа «Рисковый профиль»',
  profileHeadersMissingSummary: (headers: readonly string[]) =>
    `Рисковый профиль не оценён: на листе «Рисковый профиль» не найдены заголовки ${headers.map((h) => `«${h}»`).join(', ')}`,

  assessed: (counted: number, localHigh: number, officialHigh: number, builtIn: boolean) =>
    `Рисковый профиль оценён: ${counted} ${pluralRu(counted, 'параметр', 'параметра', 'параметров')}` +
    `, высокий риск по оценке школы: ${localHigh} из 10 факторов` +
    (officialHigh > 0 ? `, по ФИОКО: ${officialHigh}` : '') +
    (builtIn ? ', пороги встроенные' : ''),

  riskLevelNotNumber: (value: unknown) =>
    `RISK_LEVEL: «${argumentText(value)}» — не число. Укажите значение числом, например 30, 0,3 или «30 %»`,
  riskLevelThresholdMissing:
    'RISK_LEVEL: укажите оба порога — «средний от» и «высокий от», например RISK_LEVEL(B2; 15; 30); если хуже меньшее значение, высокий порог меньше среднего: RISK_LEVEL(B2; 80; 50)',
  riskLevelThresholdNotNumber: (value: unknown) =>
    `RISK_LEVEL: порог «${argumentText(value)}» — не число. Укажите порог числом, например 30 или «30 %»`,
  riskLevelShape:
    'RISK_LEVEL: пороги задайте одной ячейкой или диапазоном того же размера, что и диапазон значений',
} as const;
