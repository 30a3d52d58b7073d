// Russian texts of «Импортировать результаты» (PRODUCT.md §10): the toast, the «Импорт» sheet's
// instruction, the sources written to «Источник» and the journal's lines.

/** The first cell of a new «Импорт» sheet; the import skips it when the paste goes below it. */
export const IMPORT_INSTRUCTION =
  'Вставьте сюда выгрузки ФИС ОКО («Статистика по отметкам») или таблицы ОГЭ/ЕГЭ регионального центра как есть, можно несколько одну под другой, и нажмите «Импортировать результаты». Этот лист дополнение не изменяет.';

/** «Уровень» of «Сравнение». */
export const COMPARISON_LEVELS = {
  wholeSample: 'Вся выборка',
  region: 'Регион',
  municipality: 'Муниципалитет',
} as const;

export type ComparisonLevel = (typeof COMPARISON_LEVELS)[keyof typeof COMPARISON_LEVELS];

/** Every imported row's `Источник` starts with this: it marks the rows the import owns. */
export const IMPORT_SOURCE_PREFIX = 'Импорт:';

const formatPercent = (points: number, decimals: number): string =>
  `${points.toFixed(decimals).replace('.', ',')} %`;

export const importMessages = {
  // The toast (runAction appends the remarks).
  imported: (blocks: number, schoolRows: number, comparisonRows: number) =>
    `Импортировано блоков: ${blocks}, строк школ: ${schoolRows}, строк сравнения: ${comparisonRows}`,
  nothingToImport:
    'На листе «Импорт» нет ни одной выгрузки: вставьте таблицу ФИС ОКО или регионального центра вместе со строками заголовка',

  // «Источник».
  sourceFisOko: 'ФИС ОКО',
  sourceRegionalCentre: 'РЦОИ',
  source: (origin: string, procedure: string, year: number) =>
    `${IMPORT_SOURCE_PREFIX} ${origin}, ${procedure}, ${year}`,
  /** The name of a ВПР the official list does not hold («ВПР окружающий мир 4 класс»). */
  vprName: (subject: string, grade: number) => `ВПР ${subject} ${grade} класс`,

  // A share written where no count could be recovered, as text that stays a share in any locale.
  shareText: formatPercent,

  // Journal: a whole block.
  blockUnreadable: (what: string) => `Блок выгрузки не распознан: ${what}. Блок не импортирован.`,
  noYear: 'не найден год (ожидалась строка над таблицей вроде «ВПР 2024», «ОГЭ 2024» или «Дата: 18.04.2024»)',
  severalYears: (years: readonly number[]) =>
    `в строках над таблицей несколько годов (${years.join(', ')}), неясно, к какому относятся результаты`,
  noProcedure:
    'не найдена процедура (ожидалась строка над таблицей вроде «ВПР 2024 (5 класс)» и «Предмет: Математика», «ОГЭ по математике» или столбец «Процедура»)',
  noGrade: 'не найден класс ВПР (ожидалась строка вроде «5 класс» или «5 кл.»)',
  noSubject: 'не найден предмет ВПР (ожидалась строка вроде «Предмет: Математика» или «Русский язык»)',
  unknownHeaders:
    'строка заголовков не похожа ни на «Статистику по отметкам» ФИС ОКО («Кол-во участников» и столбцы «2», «3», «4», «5»), ни на таблицу ГИА регионального центра («ОО», «Количество участников», «Не преодолели минимальный порог»)',
  unknownTableFix:
    'Если это выгрузка результатов, вставьте её вместе с её строкой заголовков; другие таблицы ФИС ОКО («Выполнение заданий», «Распределение первичных баллов») импортировать не нужно, их можно удалить с листа «Импорт». Блоки «Статистика по отметкам» выше и ниже импортированы',
  blockFix:
    'Вставьте выгрузку целиком, вместе со строками над таблицей (год, класс, предмет), или добавьте их вручную над строкой заголовков',
  notUsedProcedure: (name: string) =>
    `Процедура «${name}» не входит в девять процедур выявления ШНОР: строки импортированы, но при выявлении не учитываются`,
  notUsedProcedureFix: (accepted: readonly string[]) =>
    `Ничего делать не нужно, если так и задумано. Учитываются: ${accepted.join('; ')}`,

  // Journal: a result that comes twice on «Импорт».
  repeatedResult: (firstRow: number, same: boolean) =>
    `Та же школа, год и процедура, что в строке ${firstRow} листа «Импорт»${same ? '' : ', но другие числа'}: строка не импортирована, импортирована строка ${firstRow}`,
  repeatedResultFix:
    'Если выгрузка вставлена дважды, удалите повтор; если числа различаются, оставьте на листе «Импорт» верную выгрузку и запустите импорт ещё раз',

  // Journal: one row of a block.
  participantsMissing: 'Не указано число участников: строка не импортирована',
  participantsBad: 'Число участников должно быть целым неотрицательным числом: строка не импортирована',
  participantsFix: 'Проверьте строку выгрузки и запустите импорт ещё раз',
  yearMissing: 'Не указан или не распознан год: строка не импортирована',
  yearFix: 'Укажите год, например 2024 или «2023-2024»',
  procedureMissing: 'Не указана процедура: строка не импортирована',
  procedureFix: 'Укажите процедуру, например «ОГЭ математика»',
  shareBad: (mark: string) =>
    `Доля «${mark}» должна быть числом процентов от 0 до 100: число «${mark}» не заполнено`,
  countBad: (mark: string, participants: number) =>
    `Число «${mark}» должно быть целым, от 0 до ${participants}: не заполнено`,
  valueFix: 'Проверьте значение в выгрузке',
  noCountForShare: (mark: string, share: string, participants: number) =>
    `Ни одно целое число «${mark}» из ${participants} участников не даёт долю ${share} при таком округлении`,
  severalCountsForShare: (mark: string, share: string, participants: number, from: number, to: number) =>
    `Доле ${share} при ${participants} участниках соответствуют разные числа «${mark}» (от ${from} до ${to})`,
  shareKeptFailed: ': в «Доля «2», %» записана доля, она учитывается при выявлении',
  shareKeptOther: (mark: string) => `: «Получили «${mark}»» не заполнено`,
  /** The separate-row advice is for «2» only: «3»…«5» are not used for identification. */
  countFromShareFix: (mark: string) =>
    mark === '2'
      ? 'Проверьте долю и число участников в выгрузке; точное число «2» можно ввести отдельной строкой (без «Импорт:» в «Источник»)'
      : 'Проверьте долю и число участников в выгрузке',

  // Journal: the merge with «Результаты ОП».
  userRowKept: (userRow: number, importRow: number) =>
    `Строка ${userRow} введена вручную для той же школы, года и процедуры, что строка ${importRow} листа «Импорт»: оставлена ваша строка, импортированная не записана`,
  userRowKeptFix:
    'Если данные выгрузки вернее, удалите строку, введённую вручную, и запустите импорт ещё раз',
  resultsUnreadable: 'Лист «Результаты ОП» не записан: на нём не найдены заголовки',
} as const;

/** The input sheet of the import (PRODUCT.md §2). */
export const IMPORT_SHEET_NAME = 'Импорт';
