// Sheets are found by name with the tolerance of headers (PRODUCT.md §13): case, «ё», repeated
// spaces. «Дорожная  карта» typed with two spaces is the roadmap, on the school side and the
// curator side alike; one rule, so the two sides never disagree.
import { normalizeText } from './normalize';

/** The key two spellings of one sheet name share. */
export function sheetNameKey(name: unknown): string {
  return normalizeText(name);
}

/**
 * The title among `titles` that is the sheet `name`: the exact title first (Sheets may hold
 * «Итоги» and «итоги» made by another tool), else the leftmost title with the same key; null
 * when there is none.
 */
export function findSheetTitle(titles: readonly string[], name: string): string | null {
  if (titles.includes(name)) return name;
  const key = sheetNameKey(name);
  return titles.find((title) => sheetNameKey(title) === key) ?? null;
}
