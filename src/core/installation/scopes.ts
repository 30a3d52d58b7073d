// The scopes of appsscript.json, each with what the user sees on Google's consent screen and what
// stops working without it (PRODUCT.md §12). Since granular consent a user may tick some and not
// others; «Проверить установку» names the declined ones and the features they turn off. A test
// keeps this list equal to the manifest's oauthScopes.

import { menuLabels } from '../messages/menu';

export interface ScopeUse {
  readonly scope: string;
  /** The permission as Google's consent screen words it, so the user can find the tick box. */
  readonly grant: string;
  /** What does not work without it. */
  readonly features: string;
  /** The menu item that asks Google for it again (its entry calls ScriptApp.requireScopes). */
  readonly retry: string;
}

const AUTH = 'https://www.googleapis.com/auth/';

export const SCOPE_USES: readonly ScopeUse[] = [
  {
    scope: `${AUTH}spreadsheets.currentonly`,
    grant: 'Просмотр и изменение таблиц, в которых установлено это приложение',
    features: 'все действия меню с этой таблицей (листы шаблона, ШНОР, рисковый профиль, статусы, импорт)',
    retry: menuLabels.createTemplate,
  },
  {
    scope: `${AUTH}script.container.ui`,
    grant: 'Показ и запуск стороннего контента в подсказках и на боковых панелях в приложениях Google',
    features: 'панель школы, панель куратора и окна дополнения',
    retry: menuLabels.openDashboard,
  },
  {
    scope: `${AUTH}drive.metadata.readonly`,
    grant: 'Просмотр информации о файлах на Google Диске',
    features:
      '«Обновить сводку по папке» (список файлов папки школ) и проверка документов в «Очереди проверки»',
    retry: menuLabels.refreshSummary,
  },
  {
    scope: `${AUTH}spreadsheets.readonly`,
    grant: 'Просмотр таблиц Google',
    features: '«Обновить сводку по папке» (чтение таблиц школ)',
    retry: menuLabels.refreshSummary,
  },
  {
    scope: `${AUTH}script.scriptapp`,
    grant: 'Разрешение этому приложению работать, когда вас нет на месте',
    features: '«Включить ежедневное обновление» (ежедневный пересчёт статусов)',
    retry: menuLabels.enableDailyRefresh,
  },
  {
    scope: `${AUTH}documents`,
    grant: 'Просмотр, изменение, создание и удаление документов Google',
    features: '«Сформировать справку» (документ «Аналитическая справка»)',
    retry: menuLabels.buildReport,
  },
];

/** Every scope the add-on asks for. */
export const REQUIRED_SCOPES: readonly string[] = SCOPE_USES.map((use) => use.scope);
