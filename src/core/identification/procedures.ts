// The nine assessment procedures of the official rule (Рособрнадзор order No. 847 of 19.08.2020,
// seed 003_…) and the spellings people give them in results tables.
import { normalizeText } from '../text/normalize';

export type ProcedureId =
  | 'vprMath5'
  | 'vprMath6'
  | 'vprRussian5'
  | 'vprRussian6'
  | 'ogeMath'
  | 'ogeRussian'
  | 'egeMathBasic'
  | 'egeMathProfile'
  | 'egeRussian';

export interface Procedure {
  readonly id: ProcedureId;
  /** The accepted name, as the journal lists it. */
  readonly name: string;
  /** The short name of an explanation line: «ВПР математика 5 кл.». */
  readonly label: string;
}

/** In the order of the official list; explanations follow it too. */
export const PROCEDURES: readonly Procedure[] = [
  { id: 'vprMath5', name: 'ВПР математика 5 класс', label: 'ВПР математика 5 кл.' },
  { id: 'vprMath6', name: 'ВПР математика 6 класс', label: 'ВПР математика 6 кл.' },
  { id: 'vprRussian5', name: 'ВПР русский язык 5 класс', label: 'ВПР русский язык 5 кл.' },
  { id: 'vprRussian6', name: 'ВПР русский язык 6 класс', label: 'ВПР русский язык 6 кл.' },
  { id: 'ogeMath', name: 'ОГЭ математика', label: 'ОГЭ математика' },
  { id: 'ogeRussian', name: 'ОГЭ русский язык', label: 'ОГЭ русский язык' },
  { id: 'egeMathBasic', name: 'ЕГЭ математика (базовая)', label: 'ЕГЭ математика (базовая)' },
  { id: 'egeMathProfile', name: 'ЕГЭ математика (профильная)', label: 'ЕГЭ математика (профильная)' },
  { id: 'egeRussian', name: 'ЕГЭ русский язык', label: 'ЕГЭ русский язык' },
];

const BY_ID = new Map(PROCEDURES.map((p) => [p.id, p]));

export function procedureById(id: ProcedureId): Procedure {
  return BY_ID.get(id)!;
}

/** Position in the official list, for a stable order of explanations. */
export function procedureOrder(id: ProcedureId): number {
  return PROCEDURES.findIndex((p) => p.id === id);
}

const KINDS: readonly { kind: 'vpr' | 'oge' | 'ege'; pattern: RegExp }[] = [
  { kind: 'vpr', pattern: /впр|vpr|проверочн/ },
  { kind: 'oge', pattern: /огэ|oge|гиа 9|основн\S* государств/ },
  { kind: 'ege', pattern: /егэ|ege|гиа 11|един\S* государств/ },
];
export type ProcedureKind = (typeof KINDS)[number]['kind'];

/** A text as the patterns read it: lower case, its words and numbers separated by single spaces. */
function wordsOf(value: unknown): string {
  return normalizeText(value)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function kindIn(words: string): ProcedureKind | null {
  return oneOf(KINDS.filter((k) => k.pattern.test(words)).map((k) => k.kind));
}

/** ВПР, ОГЭ or ЕГЭ named anywhere in a text (an export's title line), null for none or several. */
export function procedureKindOf(value: unknown): ProcedureKind | null {
  return kindIn(wordsOf(value));
}

// At the start of a word: «мат» inside «информатика» or «формате» is not mathematics.
const MATH = /(?:^| )(?:мат|алгебр|math)/;
// «РЯ» is how results tables abbreviate «русский язык» («ВПР РЯ 5»).
const RUSSIAN = /(?:^| )(?:рус|russ|ря(?:$|[ .,]))/;
const GRADE_NUMBER = /(?<!\d)(\d{1,2})(?!\d)/g;
const GRADE_WORDS: readonly [RegExp, number][] = [
  [/пят/, 5],
  [/шест/, 6],
];

function oneOf<T>(values: readonly T[]): T | null {
  const distinct = [...new Set(values)];
  return distinct.length === 1 ? distinct[0]! : null;
}

// The mark of «получивших отметку «2» по ВПР…» is not a grade.
const MARK = /(?:отметк|оценк)\S* \d/g;

function gradeOf(text: string): number | null {
  const grades = [...text.replace(MARK, ' ').matchAll(GRADE_NUMBER)].map((m) => Number(m[1]));
  for (const [pattern, grade] of GRADE_WORDS) if (pattern.test(text)) grades.push(grade);
  return oneOf(grades);
}

const cache = new Map<string, ProcedureId | null>();

/**
 * Recognises a procedure from the way it is written: «ВПР по математике (5 класс)», «ВПР, мат., 5
 * кл.», «ОГЭ (математика)», «ЕГЭ профиль математика», Latin look-alike letters, «ё». Returns null
 * for anything that is not exactly one of the nine (e.g. ВПР 4 класс, or ЕГЭ математика without
 * its level), so that a wrong name is never counted as another procedure.
 */
export function recognizeProcedure(value: unknown): ProcedureId | null {
  const raw = typeof value === 'string' ? value : String(value ?? '');
  const cached = cache.get(raw);
  if (cached !== undefined) return cached;
  const recognized = recognize(raw);
  // Results tables repeat a handful of spellings thousands of times.
  if (cache.size < 1000) cache.set(raw, recognized);
  return recognized;
}

function recognize(raw: string): ProcedureId | null {
  const text = wordsOf(raw);
  if (!text) return null;
  const kind = kindIn(text);
  const isMath = MATH.test(text);
  const isRussian = RUSSIAN.test(text);
  if (!kind || isMath === isRussian) return null;
  if (kind === 'vpr') {
    const grade = gradeOf(text);
    if (grade !== 5 && grade !== 6) return null;
    if (isMath) return grade === 5 ? 'vprMath5' : 'vprMath6';
    return grade === 5 ? 'vprRussian5' : 'vprRussian6';
  }
  if (kind === 'oge') return isMath ? 'ogeMath' : 'ogeRussian';
  if (!isMath) return 'egeRussian';
  const basic = /баз|base|basic/.test(text);
  const profile = /проф|prof/.test(text);
  if (basic === profile) return null;
  return basic ? 'egeMathBasic' : 'egeMathProfile';
}
