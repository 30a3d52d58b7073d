// Russian texts of «Обновить сводку по папке» (PRODUCT.md §7) and the curator view.
import { pluralRu } from './common';

const files = (n: number): string => `${n} ${pluralRu(n, 'файл', 'файла', 'файлов')}`;

export const summaryMessages = {
  // The folder in «Настройки».
  folderMissing: 'В «Настройках» не указана «Папка школ»',
  folderMissingFix:
    'Вставьте в «Настройки» → «Папка школ» ссылку на папку Google Диска со школьными таблицами (Диск → папка → «Копировать ссылку»)',
  folderUnreadable: 'В «Папке школ» не ссылка на папку Google Диска',
  folderUnreadableFix:
    'Скопируйте ссылку на папку из адресной строки Диска: она выглядит как https://drive.google.com/drive/folders/…',
  folderNotFound: (detail: string) => `Папка школ не открылась: ${detail}`,
  folderNotFoundFix: 'Проверьте ссылку и попросите владельца папки дать вам доступ хотя бы на просмотр',
  folderNoAccess: 'папка не найдена или у вас нет к ней доступа',
  serviceMissing: (service: string) =>
    `в проекте не включена расширенная служба ${service}; переустановите дополнение или сообщите администратору`,
  notAFolder: (name: string) => `«Папка школ» ведёт не на папку, а на файл «${name}»`,
  notAFolderFix: 'Укажите ссылку на папку, в которой лежат таблицы школ, а не на отдельный файл',
  summaryOccupied:
    'на листе «Сводка» другие данные без заголовков сводки — переименуйте этот лист, и ШНОР-монитор создаст новую «Сводку»',

  // The Ошибка column of one school file.
  notTemplate: 'не шаблон ШНОР-монитора',
  excelFile: 'файл Excel: откройте его в Google Таблицах и сохраните как Google Таблицу',
  leftFolder: 'нет в папке: файл удалён или перемещён; строка оставлена ради заметок куратора',
  noAccess: 'нет доступа к файлу — попросите школу открыть его вам хотя бы на просмотр',
  missingSheet: (sheet: string) => `нет листа «${sheet}»`,
  missingHeaders: (sheet: string, headers: readonly string[]) =>
    `лист «${sheet}»: не найдены заголовки ${headers.map((h) => `«${h}»`).join(', ')}`,
  dataProblems: (count: number) =>
    `замечаний в данных школы: ${count} (подробности — в «Журнале проверки» школы после пересчёта)`,
  targetsAchieved: (achieved: number, total: number) => `${achieved} из ${total}`,

  // Toasts and progress.
  /**
   * Files that could not be read apart from schools read with questions about their data (before:
   * «прочитано 3 файла … с замечаниями: 3» for two schools read and one file not read at all).
   */
  finished: (total: number, unread: number, flagged: number, overdue: number, remarks: number) =>
    `Сводка обновлена: прочитано ${unread > 0 ? `файлов: ${total - unread} из ${total}` : files(total)}, ШНОР: ${flagged}, просроченных мероприятий: ${overdue}` +
    (unread > 0 ? `, не прочитано: ${unread}` : '') +
    (remarks > 0 ? `, школ с вопросами к данным: ${remarks}` : '') +
    (unread + remarks > 0 ? ' (что не так — в столбце «Ошибка»)' : ''),
  emptyFolder: (folder: string) => `В папке «${folder}» нет Google Таблиц — сводка не изменилась`,
  paused: (done: number, total: number) =>
    `Прочитано ${done} из ${files(total)}, осталось ${total - done}. Запустите «Обновить сводку по папке» ещё раз — сбор продолжится с того же места`,
  quotaPaused: (done: number, total: number) =>
    `Google временно ограничил число чтений таблиц (прочитано ${done} из ${files(total)}) — подождите минуту и запустите сбор ещё раз, он продолжится с того же места`,
} as const;
