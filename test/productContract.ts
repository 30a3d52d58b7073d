// Names PRODUCT.md fixes for users and acceptance checks, written out here by hand on purpose:
// tests compare the add-on against the contract, not against the add-on's own constants.

/** PRODUCT.md §2: the sheets «Создать листы шаблона» adds. */
export const PRODUCT_SHEET_NAMES: readonly string[] = [
  'Настройки',
  'Результаты ОП',
  'ШНОР',
  'ШНОР по годам',
  'Кластеры',
  'Импорт',
  'Сравнение',
  'Рисковый профиль',
  'Пороги рисков',
  'Дорожная карта',
  'Целевые показатели',
  'Сводка',
  'Очередь проверки',
  'Журнал проверки',
];
