// Russian texts of «Проверить установку» (PRODUCT.md §12): each line is «работает», or what is wrong
// and the one step that fixes it.
const list = (items: readonly string[]): string => items.map((item) => `«${item}»`).join(', ');

export const installationMessages = {
  title: 'ШНОР-монитор: проверка установки',
  works: 'работает',
  intro: 'Проверка ничего не меняет в таблице.',
  allWork: 'Всё работает.',
  problems: (count: number) => `Требуют внимания: ${count}.`,

  scopeTopic: (grant: string) => `Разрешение «${grant}»`,
  scopeMissing: (features: string, retry: string) =>
    `не выдано, поэтому не работает: ${features} — выберите в меню «${retry}» и в окне Google отметьте это разрешение`,
  scopesUnknown: 'Разрешения',
  scopesUnknownText:
    'Google не сообщил, какие разрешения выданы — закройте таблицу, откройте её снова и повторите проверку',

  serviceTopic: (service: string) => `Расширенная служба ${service}`,
  serviceMissing: (service: string) =>
    `не включена, поэтому не работает «Обновить сводку по папке» — администратор включает службу ${service} в проекте Apps Script (Сервисы → ${service} API) или переустанавливает дополнение`,

  triggerTopic: 'Ежедневное обновление статусов',
  triggerMissing:
    'не включено: статусы пересчитываются только вручную — выберите в меню «Включить ежедневное обновление»',
  triggerUnknown:
    'не удалось проверить: нет разрешения на триггеры — выдайте разрешение «Разрешение этому приложению работать, когда вас нет на месте» (см. строку выше)',

  timeZoneTopic: 'Часовой пояс',
  timeZoneMismatch: (sheet: string, script: string) =>
    `у таблицы ${sheet}, у дополнения ${script}: даты около полуночи и ежедневное обновление могут сдвинуться на день — если школа живёт по времени ${script}, выберите Файл → Настройки → Часовой пояс ${script}`,
  localeTopic: 'Региональные настройки',
  localeNotRussian: (locale: string) =>
    `у таблицы «${locale}»: числа с запятой («30,5») и даты «13.03.2024» Таблицы сохраняют как текст, и проверка данных строже — выберите Файл → Настройки → Региональные настройки «Россия»`,

  localeUnknown:
    'не удалось узнать — откройте Файл → Настройки и проверьте, что в «Региональных настройках» выбрана «Россия»',

  documentTopic: 'Эта таблица',
  documentUnreadable: (grant: string) =>
    `дополнение не может её прочитать, поэтому листы и «Настройки» не проверены — выдайте разрешение «${grant}»: выберите в меню «Создать листы шаблона» и отметьте его в окне Google`,

  sheetTopic: (name: string) => `Лист «${name}»`,
  sheetMissing: 'нет в таблице — выберите в меню «Создать листы шаблона»',
  ownedSheetMissing: 'ещё не создан — его создаст действие меню, которое его заполняет',
  sheetRenamed: (title: string) => `найден под именем «${title}» — работает`,
  headersMissing: (headers: readonly string[]) =>
    `не найдены заголовки ${list(headers)} — верните их в одну строку в первых 10 строках листа`,

  settingsTopic: 'Настройки',
  settingsRead: (settings: readonly string[]) => `прочитаны: ${settings.join('; ')}`,
  settingProblem: (problem: string, fix: string) => `${problem} — ${fix}`,
  notSet: 'не задано',
  yes: 'Да',
  no: 'Нет',
} as const;
