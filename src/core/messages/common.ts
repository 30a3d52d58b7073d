// Russian texts shared by every action.
export const commonMessages = {
  journalSuffix: (count: number) =>
    count > 0 ? `, замечаний: ${count} (см. лист «Журнал проверки»)` : ', замечаний нет',
  sheetMissing: (sheet: string) => `Нет листа «${sheet}»`,
  sheetMissingFix: 'Нажмите «Создать листы шаблона» в меню ШНОР-монитора и заполните лист',
  headersMissing: (headers: readonly string[]) =>
    `Не найдены заголовки: ${headers.map((h) => `«${h}»`).join(', ')}`,
  headersMissingFix: 'Верните заголовки в одну строку таблицы (в первых 10 строках листа)',
} as const;

/** «1 школа», «3 школы», «41 школы» (genitive after «из»). */
export function pluralRu(n: number, one: string, few: string, many: string): string {
  const mod10 = n % 10;
  const mod100 = n % 100;
  if (mod10 === 1 && mod100 !== 11) return one;
  if (mod10 >= 2 && mod10 <= 4 && (mod100 < 12 || mod100 > 14)) return few;
  return many;
}
