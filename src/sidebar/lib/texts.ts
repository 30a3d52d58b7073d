// Every Russian text of the sidebars. Tests assert on these.
import type { DashboardActionId, RiskLevelDto } from '../../shared/api';
import { formatIsoDate } from './format';

function plural(n: number, one: string, few: string, many: string): string {
  const mod10 = n % 10;
  const mod100 = n % 100;
  if (mod10 === 1 && mod100 !== 11) return one;
  if (mod10 >= 2 && mod10 <= 4 && (mod100 < 12 || mod100 > 14)) return few;
  return many;
}

export const texts = {
  appTitle: 'ШНОР-монитор',
  loading: 'Загрузка…',
  noServer: 'Панель открыта вне Google Таблиц: данные недоступны.',
  functionMissing: (name: string) => `Функция сервера «${name}» недоступна в этой версии ШНОР-монитора.`,
  loadFailed: (detail: string) => `Не удалось загрузить данные: ${detail}`,
  emptyResponse: 'Сервер вернул пустой ответ. Обновите панель.',
  refresh: 'Обновить панель',
  running: (label: string) => `Выполняется «${label}»…`,
  actionsTitle: 'Действия',

  schoolUnset: 'Школа не указана',
  reportDate: (date: string) => `Данные на ${formatIsoDate(date)}`,

  emptyTitle: 'Листов шаблона ещё нет',
  emptyBody:
    'Нажмите «Создать листы шаблона»: появятся листы «Настройки», «Результаты ОП», «Рисковый профиль», «Дорожная карта» и другие. Затем впишите название школы в «Настройки» и заполните листы.',

  actionLabels: {
    createTemplate: 'Создать листы шаблона',
    importResults: 'Импортировать результаты',
    identify: 'Выявить ШНОР',
    assessRisk: 'Оценить рисковый профиль',
    refreshStatuses: 'Обновить статусы',
    recalculateAll: 'Пересчитать всё',
    buildReport: 'Сформировать справку',
  } satisfies Record<DashboardActionId, string>,
  actionComing: (label: string) => `«${label}» появится в следующей версии`,

  unavailable: {
    coming: 'Этот раздел появится в следующей версии ШНОР-монитора.',
    noSheet: (sheet: string) => `Нет листа «${sheet}». Нажмите «Создать листы шаблона».`,
    noData: (sheet: string) => `На листе «${sheet}» пока нет данных.`,
  },

  lowResult: {
    title: 'Статус ШНОР',
    isLow: 'ШНОР',
    notLow: 'Не ШНОР',
    unknown: 'Нет данных',
    year: (year: number) => `Год анализа: ${year}`,
    criterion: (criterion: string) => `Критерий: ${criterion}`,
    reasonsTitle: 'Низкие результаты:',
    noReasons: 'Низких результатов нет.',
    schoolUnset: 'Впишите название школы в «Настройки» → «Образовательная организация».',
    schoolNotFound: (school: string) =>
      `Школа «${school}» не найдена в результатах года анализа. Проверьте название в «Настройки» и на листе «Результаты ОП».`,
    cluster: (cluster: string) => `Кластер ФИОКО: ${cluster}`,
    clusterTrend: (trend: string) => `Динамика кластера: ${trend}`,
    sheetStale: 'Лист «ШНОР» ещё не показывает этот результат: нажмите «Выявить ШНОР».',
  },

  riskMap: {
    title: 'Карта рисков',
    legend: 'Оценка школы — по порогам листа «Пороги рисков»; ФИОКО — уровень, полученный школой.',
    local: 'Оценка школы',
    official: 'ФИОКО',
    notScored: 'не оценён',
    notEntered: 'не указан',
    priority: 'приоритет',
    levels: { low: 'низкий', medium: 'средний', high: 'высокий' } satisfies Record<RiskLevelDto, string>,
    highCount: (n: number) => `Высокий риск: ${n} ${plural(n, 'фактор', 'фактора', 'факторов')} из 10`,
  },

  roadmap: {
    title: 'Дорожная карта',
    done: (done: number, total: number, percent: string) => `Выполнено ${done} из ${total} (${percent})`,
    noMeasures: 'В дорожной карте нет мероприятий.',
    overdue: 'Просрочено',
    dueSoon: 'Срок истекает',
    sentBack: 'На доработку',
    attentionTitle: 'Требуют внимания:',
    overdueSince: (date: string) => `просрочено, срок ${formatIsoDate(date)}`,
    overdueNoDate: 'просрочено',
    sentBackLabel: 'на доработку',
    linkHint: 'Выделить строку на листе «Дорожная карта»',
    measureNumber: (n: string) => `№ ${n}`,
    selected: (row: number) => `Выделена строка ${row} листа «Дорожная карта».`,
    notSelected: 'Не удалось выделить строку: лист изменился. Обновите панель.',
    more: (n: number) => `…и ещё ${n} на листе «Дорожная карта».`,
    stale: (n: number) =>
      `На листе «Дорожная карта» статус устарел в ${n} ${plural(n, 'строке', 'строках', 'строках')}: нажмите «Обновить статусы».`,
  },

  targets: {
    title: 'Целевые показатели',
    none: 'Целевых показателей нет.',
    values: (base: string, plan: string, fact: string) => `База ${base} → план ${plan}, факт ${fact}`,
    noValue: '—',
    progress: (percent: string, status: string) => `${percent} · ${status}`,
    achieved: (n: number, total: number) => `Достигнуто ${n} из ${total}`,
    stale: (n: number) =>
      `На листе «Целевые показатели» статус устарел в ${n} ${plural(n, 'строке', 'строках', 'строках')}: нажмите «Обновить статусы».`,
  },

  shareChart: {
    title: 'Доля «2» по процедурам',
    none: 'Нет долей «2» для графика: заполните «Результаты ОП».',
    noValue: 'нет данных',
    threshold: (value: string) => `порог ${value}`,
    procedure: 'Процедура',
    tableCaption: (title: string) => `Числа графика: ${title}`,
    overMark: ' ▲',
    legendNote: (value: string) =>
      `▲ — доля «2» не ниже порога ${value}. «Нет данных» — процедуры не было или участников меньше минимума.`,
  },

  curator: {
    title: 'Сводка по папке',
    intro: 'Собирает таблицы всех школ из папки Google Диска на лист «Сводка».',
    folder: 'Папка школ',
    openFolder: 'Открыть папку',
    folderUnset: 'Ссылка на папку не указана. Впишите её в «Настройки» → «Папка школ».',
    folderInvalid: 'Ссылка в «Настройки» → «Папка школ» не похожа на ссылку на папку Google Диска.',
    collect: 'Собрать',
    stop: 'Остановить',
    coming: 'Сбор сводки по папке появится в следующей версии ШНОР-монитора.',
    progress: (processed: number, total: number | null) =>
      total === null ? `Прочитано файлов: ${processed}` : `Прочитано файлов: ${processed} из ${total}`,
    stopped: 'Сбор остановлен. Нажмите «Собрать», чтобы продолжить.',
    done: (schools: number, unread: number) =>
      `Готово: ${schools} ${plural(schools, 'школа', 'школы', 'школ')} в сводке, не прочитано файлов: ${unread}. Результат — на листе «Сводка».`,
    errorsTitle: 'Не прочитаны:',
    remarksTitle: 'Прочитаны, есть замечания к данным:',
    toDashboard: 'Панель школы',
    queueTitle: 'Очередь проверки',
    queueEmpty: 'Ничего не ждёт проверки. Очередь заполняется при сборе сводки.',
    queueMissing: 'Очередь появится после первого сбора сводки.',
    queueMore: (more: number) => `И ещё ${more} — все строки на листе «Очередь проверки».`,
    queueDue: (date: string) => `срок ${date}`,
    queueOpenRow: 'Открыть строку в файле школы',
    queueDocument: 'Документ',
  },
  toCurator: 'Сводка по папке (для куратора)',
  curatorCard: {
    title: 'Сводка по папке',
    body: 'В «Настройках» указана папка школ: соберите их таблицы на лист «Сводка».',
    open: 'Открыть сводку по папке',
  },
} as const;
