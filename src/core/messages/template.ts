// Russian texts of «Создать листы шаблона».
export const templateMessages = {
  created: (names: readonly string[]) => `Созданы листы: ${names.map((n) => `«${n}»`).join(', ')}`,
  nothingToCreate: 'Все листы шаблона уже есть, ничего не изменено',
  withExamples: '. В пустую таблицу добавлены примеры строк — замените их своими данными',
} as const;
