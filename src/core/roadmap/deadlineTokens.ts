// The pieces of a Russian deadline text, in the order they stand: dates, months, quarters, years,
// school years and the phrases that carry no date. The seeds' real variety drives every pattern:
// «январь 2024 -декабрь 2024», «январь, февраль, 2024год», «2023-2024 учебный год», «По итогам ГИА».
import { fixLookalikeLetters } from '../text/normalize';

export type DeadlineToken =
  | {
      readonly kind: 'date';
      readonly day: number;
      readonly month: number;
      readonly year: number;
      readonly raw: string;
    }
  | { readonly kind: 'dayMonth'; readonly day: number; readonly month: number }
  | { readonly kind: 'month'; readonly month: number }
  | { readonly kind: 'quarter'; readonly quarter: number }
  | { readonly kind: 'half'; readonly half: number }
  | { readonly kind: 'year'; readonly year: number }
  | { readonly kind: 'yearRange'; readonly from: number; readonly to: number }
  | { readonly kind: 'schoolYear'; readonly from: number; readonly to: number }
  | { readonly kind: 'wholePeriod' }
  | { readonly kind: 'withinYear'; readonly school: boolean }
  | { readonly kind: 'undated'; readonly phrase: string }
  | { readonly kind: 'schoolTerm' }
  | { readonly kind: 'until' };

const MONTH_STEMS: readonly (readonly [RegExp, number])[] = [
  [/^янв/, 1],
  [/^фев/, 2],
  [/^мар/, 3],
  [/^апр/, 4],
  [/^ма[йяе]/, 5],
  [/^июн/, 6],
  [/^июл/, 7],
  [/^авг/, 8],
  [/^сен/, 9],
  [/^окт/, 10],
  [/^ноя/, 11],
  [/^дек/, 12],
];

function monthOf(word: string): number {
  return MONTH_STEMS.find(([stem]) => stem.test(word))?.[1] ?? 0;
}

const ROMAN: Readonly<Record<string, number>> = { i: 1, ii: 2, iii: 3, iv: 4 };
const ORDINAL_STEMS: Readonly<Record<string, number>> = { перв: 1, втор: 2, трет: 3, четв: 4 };

function ordinalOf(number: string | undefined, word: string | undefined): number {
  if (number) return ROMAN[number] ?? Number(number);
  const stem = Object.keys(ORDINAL_STEMS).find((s) => word?.startsWith(s));
  return stem ? ORDINAL_STEMS[stem]! : 0;
}

const MONTH =
  '(?:январ[а-я]*|феврал[а-я]*|март[а-я]*|апрел[а-я]*|ма[йяе](?![а-я])|июн[а-я]*|июл[а-я]*|август[а-я]*|сентябр[а-я]*|октябр[а-я]*|ноябр[а-я]*|декабр[а-я]*|(?:янв|фев|апр|авг|сент?|окт|нояб?|дек)(?![а-я])\\.?)';
const YEAR_WORD = '(?:\\s*(?:гг|годы|годов|года|году|год|г)\\.?(?![а-я]))?';

// Alternatives are tried in this order at each position, so the longer readings come first.
const TOKEN = new RegExp(
  [
    `(?<sy1>20\\d{2})\\s*[-/]\\s*(?<sy2>20\\d{2}|\\d{2})(?!\\d)\\s*(?:гг?\\.?\\s*)?уч(?:ебн[а-я]*|\\.)?\\s*(?:год[а-я]*|г(?![а-я])\\.?)`,
    `(?<iy>20\\d{2})-(?<im>\\d{1,2})-(?<id>\\d{1,2})(?!\\d)`,
    `(?<yr1>20\\d{2})\\s*[-/]\\s*(?<yr2>20\\d{2})(?!\\d)${YEAR_WORD}`,
    `(?<![\\d.])(?<dd>\\d{1,2})[./](?<dm>\\d{1,2})[./](?<dy>\\d{4}|\\d{2})(?!\\d|\\.\\d)${YEAR_WORD}`,
    `(?<![\\d.,])(?<mdd>\\d{1,2})\\s*(?:-?го\\s+)?(?<mdm>${MONTH})`,
    `(?<![а-я])(?<mon>${MONTH})`,
    `(?:(?<![a-z\\d])(?<qn>[1-4]|iv|i{1,3})\\s*-?\\s*(?:[а-я]{1,2}\\s+)?|(?<![а-я])(?<qw>перв|втор|трет|четв)[а-я]*\\s+)(?:квартал[а-я]*|кв(?![а-я])\\.?)`,
    `(?:(?<![a-z\\d])(?<hn>[12]|ii|i)\\s*-?\\s*(?:[а-я]{1,2}\\s+)?|(?<![а-я])(?<hw>перв|втор)[а-я]*\\s+)полугоди[а-я]*`,
    `(?<![\\d.])(?<year>20\\d{2})(?!\\d)${YEAR_WORD}`,
    '(?<whole>(?<![а-я])(?:весь период|всего периода|весь срок|на протяжении (?:всего )?(?:периода|срока)|в течение (?:всего )?(?:периода|срока)|постоянно|ежемесячно|еженедельно|ежедневно|ежеквартально|ежегодно|систематически|(?:\\d+\\s+)?раза? в (?:неделю|месяц|квартал|четверть|полугодие|год))(?![а-я]))',
    '(?<within>(?<![а-я])(?:в течение|в течении|на протяжении)\\s+(?:всего\\s+)?(?<wsy>учебного\\s+)?года(?![а-я]))',
    '(?<undated>(?<![а-я])(?:по (?:отдельному |утвержденному )?(?:плану|графику)|по итогам [а-я]+|в соответстви[а-я]* с [а-я]+|по мере [а-я]+|по запросу|по необходимости|по согласованию)(?![а-я]))',
    '(?<term>(?<![а-я])четверт[а-я]*)',
    '(?<until>(?<![а-я])(?:до|не позднее|не позже)(?![а-я]))',
  ].join('|'),
  'g',
);

/** Lower case, «ё» → «е», Latin look-alikes fixed, every dash a hyphen, spaces folded. */
export function normalizeDeadlineText(text: string): string {
  return fixLookalikeLetters(text)
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/[\s\u00a0\u202f]+/g, ' ')
    .trim();
}

function fullYear(text: string): number {
  return text.length === 2 ? 2000 + Number(text) : Number(text);
}

/** The tokens of a deadline text, left to right; words the parser does not know are skipped. */
export function deadlineTokens(text: string): DeadlineToken[] {
  const tokens: DeadlineToken[] = [];
  for (const match of normalizeDeadlineText(text).matchAll(TOKEN)) {
    const g = match.groups ?? {};
    if (g.sy1) tokens.push({ kind: 'schoolYear', from: Number(g.sy1), to: fullYear(g.sy2!) });
    else if (g.iy)
      tokens.push({
        kind: 'date',
        year: Number(g.iy),
        month: Number(g.im),
        day: Number(g.id),
        raw: match[0],
      });
    else if (g.yr1) tokens.push({ kind: 'yearRange', from: Number(g.yr1), to: Number(g.yr2) });
    else if (g.dd)
      tokens.push({
        kind: 'date',
        day: Number(g.dd),
        month: Number(g.dm),
        year: fullYear(g.dy!),
        raw: match[0].trim(),
      });
    else if (g.mdd) tokens.push({ kind: 'dayMonth', day: Number(g.mdd), month: monthOf(g.mdm!) });
    else if (g.mon) tokens.push({ kind: 'month', month: monthOf(g.mon) });
    else if (g.qn || g.qw) tokens.push({ kind: 'quarter', quarter: ordinalOf(g.qn, g.qw) });
    else if (g.hn || g.hw) tokens.push({ kind: 'half', half: ordinalOf(g.hn, g.hw) });
    else if (g.year) tokens.push({ kind: 'year', year: Number(g.year) });
    else if (g.whole) tokens.push({ kind: 'wholePeriod' });
    else if (g.within) tokens.push({ kind: 'withinYear', school: Boolean(g.wsy) });
    else if (g.undated) tokens.push({ kind: 'undated', phrase: g.undated });
    else if (g.term) tokens.push({ kind: 'schoolTerm' });
    else if (g.until) tokens.push({ kind: 'until' });
  }
  return tokens;
}
