// Russian texts of the справка (PRODUCT.md §11), in the phrasing of seeds 000_…, 002_… and 004_….
export const reportMessages = {
  draft: 'ЧЕРНОВИК — проверьте и утвердите',
  title: 'Аналитическая справка',
  fileName: (subject: string, period: string) =>
    ['Аналитическая справка', subject, period].filter((part) => part !== '').join(' — '),
} as const;
