// What the user reads when something fails (PRODUCT.md §13): one Russian sentence that says what
// happened and the one thing to do. The original error goes to the Executions log, never here.
import type { FailureKind } from '../failures/serviceFailure';
import { summaryMessages } from './summary';

/** What failed, as the sentence needs it: a Google service's kind, or our own Russian reason. */
export type FailureCause =
  | { readonly kind: FailureKind }
  | { readonly kind: 'explained'; readonly reason: string };

const LOG_HINT = 'подробности для администратора — в журнале выполнений Apps Script';

const unexpected = (again: string): string =>
  `произошла непредвиденная ошибка — ${again}, а если она повторится, сообщите администратору время запуска (${LOG_HINT})`;

/** What happened — what to do; `again` is how to repeat what failed. */
const REASONS: Readonly<Record<FailureKind, (again: string) => string>> = {
  quota: (again) =>
    `Google временно ограничил число обращений к таблицам — подождите минуту и ${again} (повторный запуск безопасен)`,
  temporary: (again) =>
    `сервис Google временно не ответил — подождите минуту и ${again} (повторный запуск безопасен)`,
  busy: (again) =>
    `другое действие ШНОР-монитора ещё выполняется в этой таблице — подождите минуту и ${again}`,
  noAccess: (again) =>
    `у вас нет доступа к нужному файлу или папке — попросите их владельца открыть вам доступ и ${again}`,
  gone: (again) =>
    `нужный файл, папка или лист не найден (удалён, перемещён или закрыт для вас) — проверьте ссылки в «Настройках» и ${again}`,
  authorization: () =>
    'дополнению не выдано нужное разрешение Google — выберите в меню ШНОР-монитора «Проверить установку» и выполните указанный там шаг',
  missingSheet: (again) =>
    `в таблице не найден нужный лист — выберите в меню «Создать листы шаблона» и ${again}`,
  notSpreadsheet: (again) =>
    `файл не является Google Таблицей — сохраните его как Google Таблицу (Файл → «Сохранить как таблицу Google») и ${again}`,
  other: unexpected,
  unexpected,
};

const reason = (cause: FailureCause, again: string): string =>
  cause.kind === 'explained' ? cause.reason : REASONS[cause.kind](again);

/** The «Ошибка» of one school file in «Сводка»: what happened — what to do. */
const FILE_REASONS: Readonly<Record<FailureKind, string>> = {
  quota: 'Google временно ограничил число чтений — файл будет прочитан при следующем обновлении сводки',
  temporary: 'сервис Google временно не ответил при чтении файла — обновите сводку ещё раз',
  busy: 'сервис Google временно не ответил при чтении файла — обновите сводку ещё раз',
  noAccess: summaryMessages.noAccess,
  gone: 'файл не найден: он удалён, перемещён или закрыт для вас — попросите школу проверить файл и доступ к нему',
  authorization:
    'дополнению не выдано разрешение на чтение таблиц — выберите в меню ШНОР-монитора «Проверить установку»',
  missingSheet: 'в файле нет листов шаблона — попросите школу выбрать в меню «Создать листы шаблона»',
  notSpreadsheet: summaryMessages.excelFile,
  other: `файл не удалось прочитать из-за непредвиденной ошибки — обновите сводку ещё раз, а если ошибка повторится, сообщите администратору (${LOG_HINT})`,
  unexpected: `файл не удалось разобрать из-за непредвиденной ошибки — обновите сводку ещё раз, а если ошибка повторится, сообщите администратору (${LOG_HINT})`,
};

export const failureMessages = {
  title: 'ШНОР-монитор: ошибка',
  /** «Действие «Выявить ШНОР» не выполнено: …». */
  action: (action: string, cause: FailureCause): string =>
    `Действие «${action}» не выполнено: ${reason(cause, 'запустите действие ещё раз')}.`,
  /** A sidebar call outside any action (reading the dashboard, opening a view). */
  sidebar: (cause: FailureCause): string =>
    `Панель не получила данные: ${reason(cause, 'нажмите «Обновить» или откройте панель заново')}.`,
  /** «Значение» of a journal line about a date cell no rule can read (an invalid Date). */
  oddDateValue: 'дата, которую нельзя прочитать',
  /** For «Сводка» → «Ошибка». */
  file: (kind: FailureKind): string => FILE_REASONS[kind],
} as const;
