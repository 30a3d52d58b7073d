// Russian texts of «Очередь проверки» (PRODUCT.md §7) and of the evidence check.

/** The reasons of `Что проверить`, in the order PRODUCT.md §7 names them. */
export const reviewReasons = {
  awaitingDecision: 'Выполнено — ждёт решения куратора',
  noDocument: 'Нет документа',
  documentUnavailable: 'Документ недоступен',
  documentTrashed: 'Документ в корзине',
  notDriveFile: 'Ссылка не на файл Google Диска',
  overdue: 'Просрочено',
  dueSoon: 'Срок истекает',
  sentBack: 'На доработку',
} as const;

export type ReviewReasonKey = keyof typeof reviewReasons;

export const REVIEW_REASON_ORDER: readonly ReviewReasonKey[] = [
  'awaitingDecision',
  'noDocument',
  'documentUnavailable',
  'documentTrashed',
  'notDriveFile',
  'overdue',
  'dueSoon',
  'sentBack',
];

export const reviewMessages = {
  /** Joins the reasons of one measure in `Что проверить`. */
  separator: '; ',
  /** Drive answers 404 both for a deleted file and for one not shared with the curator. */
  unavailable: 'Документ недоступен (файл удалён или закрыт для вас)',
  /** Drive failed for a passing reason: the next refresh checks the document again. */
  notChecked: 'Документ не проверен: Google Диск не ответил, обновите сводку ещё раз',
  /** `Что проверить` of a row kept only for the curator's notes: its measure left the queue. */
  keptForNotes: 'Больше не ждёт проверки: строка оставлена ради заметок куратора',
  queueOccupied:
    'На листе «Очередь проверки» другие данные без заголовков очереди. Переименуйте этот лист, и ШНОР-монитор создаст новую очередь',
} as const;
