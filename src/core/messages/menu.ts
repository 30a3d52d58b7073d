// The add-on menu (PRODUCT.md §3): acceptance checks click exactly these labels.
export const MENU_TITLE = 'ШНОР-монитор';

export const menuLabels = {
  createTemplate: 'Создать листы шаблона',
  identify: 'Выявить ШНОР',
  assessRisk: 'Оценить рисковый профиль',
  refreshStatuses: 'Обновить статусы',
  recalculateAll: 'Пересчитать всё',
  openDashboard: 'Открыть панель',
  refreshSummary: 'Обновить сводку по папке',
  enableDailyRefresh: 'Включить ежедневное обновление',
  importResults: 'Импортировать результаты',
  buildReport: 'Сформировать справку',
  checkInstallation: 'Проверить установку',
  help: 'Справка',
} as const;

export type MenuAction = keyof typeof menuLabels;
