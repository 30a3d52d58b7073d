// Russian texts of delivering the справка (PRODUCT.md §11): the chart image, the dialog with the
// link, and what to do when Google refuses to create the document. The справка's own wording is in
// ./report.ts.

export const reportDeliveryMessages = {
  /** The legend entry of the threshold line. */
  thresholdSeries: (threshold: string) => `Порог ${threshold} %`,
  categoryColumn: 'Процедура',
  chartFailed: (detail: string) => `График не построен (${detail}). Его данные:`,

  dialogTitle: 'Аналитическая справка готова',
  dialogLead: 'Создан документ Google (в корне «Моего диска»):',
  dialogOpen: 'Открыть справку',
  dialogDraftHint: 'Это черновик: проверьте цифры и выводы, затем утвердите.',
  dialogClose: 'Закрыть',
  done: (name: string) => `Справка создана: «${name}»`,

  scopeDeclined:
    'Нет разрешения создавать документы Google: при установке ШНОР-монитора доступ к Google Документам не был предоставлен. Откройте Расширения → ШНОР-монитор → «Сформировать справку» ещё раз и в окне Google отметьте «Просматривать, создавать, изменять и удалять все ваши документы Google Документов». Если окно не появляется, удалите доступ дополнения на странице myaccount.google.com/permissions и запустите действие снова.',
  createFailed: (detail: string) =>
    `Google не создал документ справки: ${detail}. Данные таблицы не изменены; запустите «Сформировать справку» ещё раз через минуту.`,
} as const;
