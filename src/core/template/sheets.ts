// The template of PRODUCT.md §2: every sheet, its headers (the contract acceptance checks drive),
// the aliases seen in the seed documents, formats and drop-down lists.
import { IMPORT_INSTRUCTION, IMPORT_SHEET_NAME } from '../messages/import';
import { defineSheet } from '../table/schema';

export const YES = 'Да';
export const NO = 'Нет';
export const BETTER_MORE = 'больше';
export const BETTER_LESS = 'меньше';
export const CURATOR_ACCEPTED = 'Принято';
export const CURATOR_SENT_BACK = 'На доработку';
export const FIOKO_CLUSTERS = [
  'сильно неуспевающие',
  'умеренно неуспевающие',
  'базово неуспевающие',
] as const;
export const RISK_LEVELS = ['низкий', 'средний', 'высокий'] as const;

export const SETTINGS_SHEET = defineSheet('Настройки', [
  { key: 'parameter', header: 'Параметр', required: true, width: 300 },
  { key: 'value', header: 'Значение', required: true, width: 320 },
]);

export const RESULTS_SHEET = defineSheet('Результаты ОП', [
  {
    key: 'school',
    header: 'Школа',
    aliases: ['ОО', 'Образовательная организация', 'Наименование ОО', 'Общеобразовательная организация'],
    required: true,
    width: 260,
  },
  { key: 'year', header: 'Год', aliases: ['Учебный год', 'Год проведения'], required: true, width: 90 },
  {
    key: 'procedure',
    header: 'Процедура',
    aliases: ['Оценочная процедура', 'Процедура оценки'],
    required: true,
    width: 240,
  },
  {
    key: 'participants',
    header: 'Участников',
    aliases: ['Количество участников', 'Кол-во участников', 'Участники', 'Число участников'],
    width: 100,
    format: 'integer',
  },
  {
    key: 'failed',
    header: 'Получили «2»',
    aliases: [
      'Получили 2',
      'Количество «2»',
      'Кол-во «2»',
      'Число «2»',
      'Не преодолели порог',
      'Не преодолели минимальный порог',
      // «Двойки» is how people say «2» (issue 11: «Получили двойки» was every row «нет данных»).
      'Получили двойки',
      'Двойки',
      'Количество двоек',
      'Кол-во двоек',
      'Число двоек',
    ],
    width: 110,
    format: 'integer',
    note: 'Число участников с отметкой «2» или не преодолевших минимальный порог процедуры',
  },
  {
    key: 'share',
    header: 'Доля «2», %',
    aliases: ['Доля 2', 'Доля «2»', 'Доля не преодолевших порог', 'Доля двоек'],
    width: 100,
    // Unformatted on purpose (PRODUCT.md §2): a typed 34 stays 34 %, a percent format would show 3400 %.
    note: 'Заполняйте, только если число «2» неизвестно. Доля в процентах: 34 или 0,89 (это 0,89 %)',
  },
  { key: 'lowResult', header: 'Низкий результат', output: true, width: 140 },
  // Optional (PRODUCT.md §2, §10): filled by the import or by hand.
  { key: 'schoolCode', header: 'Код ОО', aliases: ['Логин ОО', 'Логин'], width: 100 },
  {
    key: 'marks3',
    header: 'Получили «3»',
    aliases: ['Получили 3', 'Кол-во «3»'],
    width: 100,
    format: 'integer',
  },
  {
    key: 'marks4',
    header: 'Получили «4»',
    aliases: ['Получили 4', 'Кол-во «4»'],
    width: 100,
    format: 'integer',
  },
  {
    key: 'marks5',
    header: 'Получили «5»',
    aliases: ['Получили 5', 'Кол-во «5»'],
    width: 100,
    format: 'integer',
  },
  { key: 'source', header: 'Источник', width: 260 },
]);

export const LOW_RESULT_SCHOOLS_SHEET = defineSheet('ШНОР', [
  { key: 'school', header: 'Школа', output: true, width: 260 },
  { key: 'analysisYear', header: 'Год анализа', output: true, width: 100 },
  { key: 'isLowResult', header: 'ШНОР', output: true, width: 70 },
  { key: 'criterion', header: 'Критерий', output: true, width: 90 },
  { key: 'lowProcedureCount', header: 'Низких процедур', output: true, width: 110, format: 'integer' },
  { key: 'explanation', header: 'Пояснение', output: true, width: 480 },
  { key: 'cluster', header: 'Кластер ФИОКО', output: true, width: 180 },
  { key: 'clusterTrend', header: 'Динамика кластера', output: true, width: 150 },
]);

/** «ШНОР по годам» is one column per year, so it has no fixed columns beyond its name. */
export const LOW_RESULT_BY_YEAR_SHEET_NAME = 'ШНОР по годам';

export const CLUSTERS_SHEET = defineSheet('Кластеры', [
  {
    key: 'school',
    header: 'Школа',
    aliases: ['ОО', 'Образовательная организация'],
    required: true,
    width: 260,
  },
  { key: 'year', header: 'Год', aliases: ['Учебный год'], required: true, width: 90 },
  {
    key: 'cluster',
    header: 'Кластер ФИОКО',
    aliases: ['Кластер'],
    required: true,
    width: 200,
    allowed: FIOKO_CLUSTERS,
  },
]);

/** Where exports are pasted as they come (PRODUCT.md §10); the import never writes it. */
export const IMPORT_SHEET = defineSheet(IMPORT_SHEET_NAME, [
  { key: 'paste', header: IMPORT_INSTRUCTION, width: 420 },
]);

/** The aggregate rows of imported exports (PRODUCT.md §10); shares in percent points, unformatted. */
export const COMPARISON_SHEET = defineSheet('Сравнение', [
  { key: 'level', header: 'Уровень', output: true, width: 130 },
  { key: 'name', header: 'Название', output: true, width: 280 },
  { key: 'year', header: 'Год', output: true, width: 70 },
  { key: 'procedure', header: 'Процедура', output: true, width: 240 },
  { key: 'participants', header: 'Участников', output: true, width: 100, format: 'integer' },
  { key: 'share2', header: 'Доля «2», %', output: true, width: 100 },
  { key: 'share3', header: 'Доля «3», %', output: true, width: 100 },
  { key: 'share4', header: 'Доля «4», %', output: true, width: 100 },
  { key: 'share5', header: 'Доля «5», %', output: true, width: 100 },
]);

export const RISK_PROFILE_SHEET = defineSheet('Рисковый профиль', [
  { key: 'factor', header: 'Фактор риска', aliases: ['Факторы риска', 'Рисковое направление'], width: 280 },
  {
    key: 'indicator',
    header: 'Параметр анализа',
    aliases: ['Параметры анализа', 'Параметр', 'Показатель'],
    required: true,
    width: 360,
  },
  { key: 'value', header: 'Результат', aliases: ['Значение'], required: true, width: 90 },
  { key: 'unit', header: 'Ед. измерения', aliases: ['Единица измерения', 'Ед. изм.'], width: 90 },
  {
    key: 'officialLevel',
    header: 'Уровень ФИОКО',
    aliases: ['Уровень риска ФИОКО'],
    width: 120,
    allowed: RISK_LEVELS,
  },
  {
    key: 'localLevel',
    header: 'Уровень риска',
    output: true,
    width: 120,
    note: 'Оценка школы по порогам листа «Пороги рисков», не уровень ФИОКО',
  },
  { key: 'conclusion', header: 'Вывод', output: true, width: 320 },
]);

export const RISK_SUMMARY_SHEET = defineSheet('Рисковый профиль — итог', [
  { key: 'factor', header: 'Фактор риска', output: true, width: 320 },
  { key: 'localLevel', header: 'Уровень (оценка школы)', output: true, width: 150 },
  { key: 'officialLevel', header: 'Уровень ФИОКО', output: true, width: 120 },
  { key: 'indicatorsCounted', header: 'Параметров учтено', output: true, width: 120, format: 'integer' },
  { key: 'indicatorsWithoutThreshold', header: 'Без порога', output: true, width: 100, format: 'integer' },
  { key: 'priority', header: 'Приоритет', output: true, width: 100 },
  { key: 'conclusion', header: 'Вывод', output: true, width: 320 },
]);

export const RISK_THRESHOLDS_SHEET = defineSheet('Пороги рисков', [
  { key: 'factor', header: 'Фактор риска', required: true, width: 320 },
  { key: 'indicator', header: 'Параметр анализа', required: true, width: 380 },
  { key: 'unit', header: 'Ед. измерения', width: 90 },
  {
    key: 'worseWhen',
    header: 'Хуже, когда',
    required: true,
    width: 100,
    allowed: [BETTER_MORE, BETTER_LESS],
  },
  { key: 'mediumFrom', header: 'Средний от', required: true, width: 100, format: 'number' },
  { key: 'highFrom', header: 'Высокий от', required: true, width: 100, format: 'number' },
]);

export const ROADMAP_SHEET = defineSheet('Дорожная карта', [
  { key: 'number', header: '№', aliases: ['№ п/п', 'N', 'Номер'], width: 50 },
  {
    key: 'measure',
    header: 'Мероприятие',
    // The seeds' own headers: 001_… «Мероприятия», «Пути минимизации риска»; 002_… «Формы
    // профилактических мероприятий».
    aliases: [
      'Мероприятия',
      'Наименование мероприятия',
      'Формы профилактических мероприятий',
      'Форма мероприятия',
      'Формы мероприятий',
      'Содержание мероприятия',
      'Пути минимизации риска',
    ],
    required: true,
    width: 360,
  },
  {
    key: 'deadline',
    header: 'Срок',
    aliases: [
      'Сроки',
      'Сроки реализации',
      'Срок реализации',
      'Срок исполнения',
      'Сроки исполнения',
      'Дата проведения',
      'Срок проведения',
      'Сроки проведения',
    ],
    required: true,
    width: 150,
    // Plain text: a ru_RU sheet would turn a typed «Март 2024» into the date 01.03.2024.
    format: 'text',
  },
  {
    key: 'responsible',
    header: 'Ответственный',
    aliases: [
      'Ответственный исполнитель',
      'Ответственные',
      'Ответственные исполнители',
      'Исполнитель',
      'Исполнители',
    ],
    width: 180,
  },
  {
    key: 'reportDocument',
    header: 'Отчётный документ',
    aliases: ['Вид отчетного документа', 'Отчетный документ'],
    width: 180,
  },
  { key: 'plannedResult', header: 'Планируемый результат', aliases: ['Ожидаемый результат'], width: 220 },
  { key: 'done', header: 'Выполнено', width: 90, format: 'checkbox' },
  { key: 'doneDate', header: 'Дата выполнения', width: 110, format: 'date' },
  { key: 'documentLink', header: 'Ссылка на документ', width: 180 },
  { key: 'dueDate', header: 'Срок (дата)', output: true, width: 100, format: 'date' },
  { key: 'status', header: 'Статус', output: true, width: 170 },
  { key: 'remarks', header: 'Замечания', output: true, width: 260 },
  { key: 'curatorComment', header: 'Комментарий куратора', width: 220 },
  {
    key: 'curatorDecision',
    header: 'Решение куратора',
    width: 130,
    allowed: [CURATOR_ACCEPTED, CURATOR_SENT_BACK],
  },
]);

export const TARGETS_SHEET = defineSheet('Целевые показатели', [
  {
    key: 'indicator',
    header: 'Показатель',
    aliases: ['Наименование целевого показателя', 'Целевой показатель'],
    required: true,
    width: 380,
  },
  { key: 'unit', header: 'Ед. измерения', aliases: ['Единица измерения'], width: 90 },
  {
    key: 'base',
    header: 'Базовое значение',
    aliases: ['Базовое', 'Текущее', 'Исходное значение'],
    required: true,
    width: 110,
  },
  {
    key: 'plan',
    header: 'План',
    aliases: ['Плановое значение', 'Целевое значение'],
    required: true,
    width: 90,
  },
  { key: 'fact', header: 'Факт', aliases: ['Фактическое значение'], width: 90 },
  { key: 'betterWhen', header: 'Лучше, когда', width: 100, allowed: [BETTER_MORE, BETTER_LESS] },
  { key: 'progress', header: 'Прогресс, %', output: true, width: 100, format: 'percent' },
  { key: 'status', header: 'Статус', output: true, width: 140 },
]);

export const SUMMARY_SHEET = defineSheet('Сводка', [
  { key: 'school', header: 'Школа', output: true, width: 240 },
  { key: 'file', header: 'Файл', output: true, width: 200 },
  { key: 'isLowResult', header: 'ШНОР', output: true, width: 70 },
  { key: 'highRisks', header: 'Высоких рисков', output: true, width: 110, format: 'integer' },
  { key: 'measures', header: 'Мероприятий', output: true, width: 100, format: 'integer' },
  { key: 'donePercent', header: 'Выполнено, %', output: true, width: 100, format: 'percent' },
  { key: 'overdue', header: 'Просрочено', output: true, width: 100, format: 'integer' },
  { key: 'sentBack', header: 'На доработку', output: true, width: 100, format: 'integer' },
  { key: 'targetsAchieved', header: 'Показателей достигнуто', output: true, width: 150 },
  { key: 'awaitingDecision', header: 'Ждут решения', output: true, width: 110, format: 'integer' },
  { key: 'modifiedAt', header: 'Файл изменён', output: true, width: 140 },
  { key: 'modifiedBy', header: 'Изменил', output: true, width: 180 },
  { key: 'updatedAt', header: 'Обновлено', output: true, width: 140 },
  { key: 'error', header: 'Ошибка', output: true, width: 260 },
]);

/** «Очередь проверки» (PRODUCT.md §2, §7): one row per measure of any school that needs the curator. */
export const REVIEW_QUEUE_SHEET = defineSheet('Очередь проверки', [
  { key: 'school', header: 'Школа', output: true, width: 220 },
  { key: 'number', header: '№', output: true, width: 50 },
  { key: 'measure', header: 'Мероприятие', output: true, width: 320 },
  { key: 'due', header: 'Срок (дата)', output: true, width: 100, format: 'date' },
  { key: 'status', header: 'Статус', output: true, width: 150 },
  { key: 'reasons', header: 'Что проверить', output: true, width: 320 },
  { key: 'rowLink', header: 'Строка', output: true, width: 220 },
  { key: 'document', header: 'Документ', output: true, width: 220 },
]);

export const JOURNAL_SHEET = defineSheet('Журнал проверки', [
  { key: 'action', header: 'Действие', output: true, width: 170 },
  { key: 'sheet', header: 'Лист', output: true, width: 150 },
  { key: 'row', header: 'Строка', output: true, width: 70 },
  { key: 'column', header: 'Столбец', output: true, width: 150 },
  { key: 'value', header: 'Значение', output: true, width: 180 },
  { key: 'problem', header: 'Что не так', output: true, width: 360 },
  { key: 'fix', header: 'Что сделать', output: true, width: 360 },
  { key: 'checkedAt', header: 'Проверено', output: true, width: 140 },
]);
