// Tolerant text keys: what people type in headers, school names and procedure names varies in case,
// «ё», spacing, line breaks, quotes and Latin letters that look Cyrillic (typed on a Latin layout).

const LATIN_LOOKALIKES: Readonly<Record<string, string>> = {
  a: 'а',
  c: 'с',
  e: 'е',
  o: 'о',
  p: 'р',
  x: 'х',
  y: 'у',
  k: 'к',
  m: 'м',
  t: 'т',
  h: 'н',
  b: 'в',
  A: 'А',
  C: 'С',
  E: 'Е',
  O: 'О',
  P: 'Р',
  X: 'Х',
  Y: 'У',
  K: 'К',
  M: 'М',
  T: 'Т',
  H: 'Н',
  B: 'В',
};

const CYRILLIC = /[а-яё]/i;
const QUOTES = /[«»"“”„'‘’`]/g;
const WORD = /[\p{L}]+/gu;
/** Any of the look-alike letters: a text without one has nothing to fix (most Russian text). */
const ANY_LOOKALIKE = new RegExp(`[${Object.keys(LATIN_LOOKALIKES).join('')}]`);
const YO = /ё/g;
const SPACES = /[\s\u00a0]+/g;

/** Replaces Latin look-alike letters inside words that also hold Cyrillic letters («BПP» → «ВПР»). */
export function fixLookalikeLetters(text: string): string {
  if (!ANY_LOOKALIKE.test(text)) return text;
  return text.replace(WORD, (word) => {
    // An all-look-alike word of 3+ letters («BПP» typed as «BΠP», «OГЭ») is Russian too; a short
    // Latin word like «ID» or «a» stays Latin.
    if (
      !CYRILLIC.test(word) &&
      !(
        word.length >= 3 &&
        word === word.toUpperCase() &&
        [...word].every((ch) => LATIN_LOOKALIKES[ch] !== undefined)
      )
    )
      return word;
    return [...word].map((ch) => LATIN_LOOKALIKES[ch] ?? ch).join('');
  });
}

/**
 * The text of a cell value. Cells hold strings, numbers, booleans and dates; anything else (a
 * custom function can be handed odd objects) reads as blank rather than throwing.
 */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'object' && !(value instanceof Date)) return '';
  try {
    return String(value);
  } catch (_error) {
    return '';
  }
}

/** Lower case, «ё» → «е», look-alikes fixed, quotes dropped, runs of spaces and line breaks folded. */
export function normalizeText(value: unknown): string {
  return fixLookalikeLetters(cellText(value))
    .toLowerCase()
    .replace(YO, 'е')
    .replace(QUOTES, '')
    .replace(SPACES, ' ')
    .trim();
}

// Units people add after a header: «Участников, чел.», «Доля (%)», «Результат, ед.».
const TRAILING_UNIT =
  /\s*(?:,\s*|\(\s*)(?:%|чел|человек|шт|ед|ед\. изм|баллов|балл|руб|лет|дней)\.?\s*\)?$|\s*%$/;

// Finding a table's header row keys every cell of the rows above it, in every file a curator reads:
// the same few hundred texts, each keyed once (a string's key never changes).
const HEADER_KEYS = new Map<string, string>();
const HEADER_KEYS_KEPT = 10_000;

/** A header key: normalized text without a trailing unit («Доля «2», %» → «доля 2»). */
export function normalizeHeader(value: unknown): string {
  if (typeof value !== 'string') return headerKey(value);
  let key = HEADER_KEYS.get(value);
  if (key === undefined) {
    key = headerKey(value);
    if (HEADER_KEYS.size >= HEADER_KEYS_KEPT) HEADER_KEYS.clear();
    HEADER_KEYS.set(value, key);
  }
  return key;
}

function headerKey(value: unknown): string {
  return trimTrailingPunctuation(normalizeText(value).replace(TRAILING_UNIT, '')).trim();
}

const TRAILING_PUNCTUATION = new Set([' ', ',', '.', ':', ';']);

/**
 * «Участников:», «Доля,» → without the trailing marks. A loop rather than /[\s,.:;]+$/: that
 * pattern is retried at every start of a run, quadratic in a cell of 50,000 commas.
 */
function trimTrailingPunctuation(text: string): string {
  let end = text.length;
  while (end > 0 && TRAILING_PUNCTUATION.has(text[end - 1]!)) end--;
  return text.slice(0, end);
}

/** True when the cell holds nothing a person typed. */
export function isBlank(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
}
