// FIOKO's ten risk directions of the antirisk programme (PRODUCT.md §5, https://fioco.ru/antirisk),
// by their official names, with the short names school teams write in their own documents.
import { matchKey } from './matchKey';

export type RiskFactorId =
  | 'equipment'
  | 'staffShortage'
  | 'teacherCompetence'
  | 'adaptiveTeaching'
  | 'schoolTraining'
  | 'languageBarriers'
  | 'schoolClimate'
  | 'failureRisk'
  | 'parentInvolvement'
  | 'motivation';

export interface RiskFactor {
  readonly id: RiskFactorId;
  /** The official name, as FIOKO writes it. */
  readonly name: string;
  /** What the dashboard's risk map prints on a tile. */
  readonly shortName: string;
  /**
   * Other names people use for the direction, matched like the official one. A spelling that
   * matchKey folds into the name or short name («вовлеченность родителей») needs no entry.
   */
  readonly aliases: readonly string[];
}

/** The ten directions in FIOKO's own order. */
export const RISK_FACTORS: readonly RiskFactor[] = [
  {
    id: 'equipment',
    name: 'Низкий уровень оснащения школы',
    shortName: 'Оснащение школы',
    aliases: ['низкое оснащение', 'материально-техническая база', 'материально-техническое оснащение'],
  },
  {
    id: 'staffShortage',
    name: 'Дефицит педагогических кадров',
    shortName: 'Кадровый дефицит',
    aliases: ['дефицит кадров', 'дефицит педагогов', 'нехватка педагогов', 'нехватка кадров'],
  },
  {
    id: 'teacherCompetence',
    name: 'Недостаточная предметная и методическая компетентность педагогических работников',
    shortName: 'Компетентность педагогов',
    aliases: [
      'предметная и методическая компетентность',
      'низкая компетентность педагогов',
      'методическая компетентность',
    ],
  },
  {
    id: 'adaptiveTeaching',
    name: 'Риски низкой адаптивности учебного процесса',
    shortName: 'Адаптивность обучения',
    aliases: [
      'низкая адаптивность учебного процесса',
      'адаптивность учебного процесса',
      'низкая адаптивность',
    ],
  },
  {
    id: 'schoolTraining',
    name: 'Несформированность внутришкольной системы повышения квалификации',
    shortName: 'Внутришкольное повышение квалификации',
    aliases: ['внутришкольная система повышения квалификации', 'система повышения квалификации'],
  },
  {
    id: 'languageBarriers',
    name: 'Низкое качество преодоления языковых и культурных барьеров',
    shortName: 'Языковые и культурные барьеры',
    aliases: ['языковые барьеры', 'культурные барьеры'],
  },
  {
    id: 'schoolClimate',
    name: 'Пониженный уровень качества школьной образовательной и воспитательной среды',
    shortName: 'Образовательная среда',
    aliases: [
      'качество школьной образовательной и воспитательной среды',
      'образовательная и воспитательная среда',
      'школьная среда',
      'школьный климат',
    ],
  },
  {
    id: 'failureRisk',
    name: 'Высокая доля обучающихся с рисками учебной неуспешности',
    shortName: 'Учебная неуспешность',
    aliases: [
      'доля обучающихся с рисками учебной неуспешности',
      'риски учебной неуспешности',
      'высокая доля неуспевающих',
    ],
  },
  {
    id: 'parentInvolvement',
    name: 'Низкий уровень вовлеченности родителей',
    shortName: 'Вовлечённость родителей',
    aliases: ['низкая вовлеченность родителей'],
  },
  {
    id: 'motivation',
    name: 'Низкая учебная мотивация обучающихся',
    shortName: 'Учебная мотивация',
    aliases: ['низкая учебная мотивация', 'низкая мотивация', 'мотивация обучающихся'],
  },
];

/** The official names, as a journal's fix lists them. */
export const RISK_FACTOR_NAMES: readonly string[] = RISK_FACTORS.map((f) => f.name);

const BY_ID = new Map(RISK_FACTORS.map((factor) => [factor.id, factor]));

export function riskFactorById(id: RiskFactorId): RiskFactor {
  return BY_ID.get(id)!;
}

interface NamedKey {
  readonly key: string;
  readonly factor: RiskFactor;
}

const NAMED_KEYS: readonly NamedKey[] = RISK_FACTORS.flatMap((factor) =>
  [factor.name, factor.shortName, ...factor.aliases].map((text) => ({ key: matchKey(text), factor })),
).sort((a, b) => b.key.length - a.key.length);

// Shorter than this, a cell is too vague to stand for a direction by being part of its name.
const MIN_PARTIAL_KEY = 10;

/**
 * The direction a cell names: its official name, short name or an alias, in any case, with a
 * number («1.», «Риск 3:») or extra words around it; null when none is recognised.
 */
export function matchRiskFactor(text: unknown): RiskFactor | null {
  const key = matchKey(text);
  if (key === '') return null;
  const exact = NAMED_KEYS.find((named) => named.key === key);
  if (exact) return exact.factor;
  // The longest name found inside the cell wins: «дефицит педагогических кадров в школе» names
  // the direction, and a longer name is never shadowed by a shorter alias inside it.
  const inside = NAMED_KEYS.find((named) => ` ${key} `.includes(` ${named.key} `));
  if (inside) return inside.factor;
  if (key.length < MIN_PARTIAL_KEY) return null;
  const partOf = NAMED_KEYS.find((named) => ` ${named.key} `.includes(` ${key} `));
  return partOf?.factor ?? null;
}
