// Russian texts of delivering the справка (PRODUCT.md §11): the chart image, the dialog with the
// link, and what to do when Google refuses to create the document. The справка's own wording is in
// ./report.ts.

export const reportDeliveryMessages = {
  /** The legend entry of the threshold line. */
  thresholdSeries: (threshold: string) => `Порог ${threshold} %`,
  categoryColumn: 'Процедура',
  /** Google's own words go to the Executions log, never into the справка (PRODUCT.md §13). */
  chartFailed: 'График построить не удалось (повторите «Сформировать справку» позже). Его данные:',

  dialogTitle: 'Аналитическая справка готова',
  dialogLead: 'Создан документ Google (в корне «Моего диска»):',
  dialogOpen: 'Открыть справку',
  dialogDraftHint: 'Это черновик: проверьте цифры и выводы, затем утвердите.',
  dialogClose: 'Закрыть',
  done: (name: string) => `Справка создана: «${name}»`,

  /** The reason of «Действие «Сформировать справку» не выполнено: …» (lower case, no full stop). */
  scopeDeclined:
    'ШНОР-монитору не выдано разрешение создавать документы Google — выберите в меню Расширения → ШНОР-монитор → «Сформировать справку»: Google спросит это разрешение, отметьте в его окне доступ к Google Документам (если окно не появилось, удалите доступ ШНОР-монитора на странице myaccount.google.com/permissions и выберите пункт меню снова; остальные действия работают и без этого разрешения)',
} as const;
