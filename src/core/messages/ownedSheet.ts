// What the owned-sheet writer says (PRODUCT.md §13).

export const ownedSheetMessages = {
  /** A sheet of an owned name holds other data: nothing is written over it. */
  occupied: (sheet: string) =>
    `на листе «${sheet}» другие данные: в первых строках нет ни одного заголовка его таблицы. Переименуйте этот лист, и ШНОР-монитор создаст новый «${sheet}»`,
} as const;
