// A tolerant key for the long Russian names of risk directions and parameters of analysis: the same
// parameter is written «с ограниченными возможностями здоровья», «с ОВЗ» or «учащихся с ОВЗ.» in
// different documents, so words are cut to a rough stem and common abbreviations are spelled out.
import { cellText, normalizeText } from '../text/normalize';

// Abbreviations of the seed documents and FIOKO's materials, spelled out before stemming.
const ABBREVIATIONS: Readonly<Record<string, string>> = {
  овз: 'ограниченными возможностями здоровья',
  пк: 'повышения квалификации',
  иом: 'индивидуальные образовательные маршруты',
  кдн: 'комиссии по делам несовершеннолетних',
  шмо: 'школьных методических объединений',
  доп: 'дополнительные',
};

// Stems that name the same people.
const SYNONYM_STEMS: Readonly<Record<string, string>> = {
  учащ: 'обучающ',
  ученик: 'обучающ',
  школьни: 'обучающ',
  педагог: 'учител',
};

const REFLEXIVE = /(ся|сь)$/;
const ENDINGS = [
  'ями',
  'ами',
  'ыми',
  'ими',
  'ого',
  'его',
  'ому',
  'ему',
  'ов',
  'ев',
  'ей',
  'ой',
  'ий',
  'ый',
  'ая',
  'яя',
  'ое',
  'ее',
  'ие',
  'ые',
  'ых',
  'их',
  'ым',
  'им',
  'ом',
  'ем',
  'ую',
  'юю',
  'ам',
  'ям',
  'ах',
  'ях',
  'а',
  'я',
  'о',
  'е',
  'ы',
  'и',
  'у',
  'ю',
  'ь',
];
const MIN_STEM = 4;
const MAX_STEM = 7;

function stem(word: string): string {
  let base = word.length > MIN_STEM + 1 ? word.replace(REFLEXIVE, '') : word;
  const ending = ENDINGS.find((e) => base.endsWith(e) && base.length - e.length >= MIN_STEM);
  if (ending) base = base.slice(0, -ending.length);
  base = base.slice(0, MAX_STEM);
  return SYNONYM_STEMS[base] ?? base;
}

// The same few hundred names recur in every row and every school's workbook (the curator summary
// scores thousands), so keys are remembered; the bound keeps a long run's memory flat.
const CACHE_LIMIT = 5000;
const cache = new Map<string, string>();

function computeKey(text: string): string {
  const words = normalizeText(text)
    .replace(/\([^)]*\)/g, ' ')
    .replace(/[^\p{L}]+/gu, ' ')
    .trim()
    .split(' ')
    .filter((word) => word !== '');
  return words
    .flatMap((word) => (ABBREVIATIONS[word] ?? word).split(' '))
    .map(stem)
    .join(' ');
}

/**
 * The key two spellings of one name share: letters only (numbering, punctuation and remarks in
 * brackets dropped), abbreviations spelled out, each word cut to its stem.
 */
export function matchKey(value: unknown): string {
  const text = cellText(value);
  if (text === '') return '';
  let key = cache.get(text);
  if (key === undefined) {
    if (cache.size >= CACHE_LIMIT) cache.clear();
    key = computeKey(text);
    cache.set(text, key);
  }
  return key;
}
