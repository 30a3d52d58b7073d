// The built-in scoring catalogue: 2–5 measurable parameters per FIOKO direction with default
// thresholds. FIOKO does not publish its scoring (PRODUCT.md §5), so these are the add-on's own,
// transparent defaults; «Создать листы шаблона» copies them to «Пороги рисков», where a school or a
// municipality changes them without code. Every parameter of seed 001_… §2.3 is here, worded as
// there, with thresholds under which the seed's own values (30, 31, 32, 38 %) are «высокий», as the
// school concluded («проявляется часто и достаточно выражена»).
import { BETTER_LESS, BETTER_MORE } from '../template/sheets';
import type { RiskFactorId } from './riskFactors';
import type { WorseWhen } from './riskLevel';

export const PERCENT = '%';

export interface RiskThreshold {
  readonly factorId: RiskFactorId | null;
  readonly indicator: string;
  readonly unit: string;
  readonly worseWhen: WorseWhen;
  readonly mediumFrom: number;
  readonly highFrom: number;
}

const more = (
  factorId: RiskFactorId,
  indicator: string,
  unit: string,
  mediumFrom: number,
  highFrom: number,
): RiskThreshold => ({ factorId, indicator, unit, worseWhen: BETTER_MORE, mediumFrom, highFrom });

const less = (
  factorId: RiskFactorId,
  indicator: string,
  unit: string,
  mediumFrom: number,
  highFrom: number,
): RiskThreshold => ({ factorId, indicator, unit, worseWhen: BETTER_LESS, mediumFrom, highFrom });

export const BUILT_IN_RISK_THRESHOLDS: readonly RiskThreshold[] = [
  less(
    'equipment',
    'Доля учебных кабинетов, оснащённых компьютером, проектором и выходом в интернет',
    PERCENT,
    80,
    50,
  ),
  more('equipment', 'Число обучающихся на один компьютер, используемый в учебных целях', 'чел.', 8, 15),
  less(
    'equipment',
    'Доля обучающихся, обеспеченных учебниками из фонда школьной библиотеки',
    PERCENT,
    95,
    80,
  ),
  less('equipment', 'Скорость подключения школы к интернету', 'Мбит/с', 50, 10),

  more('staffShortage', 'Доля вакантных ставок педагогических работников', PERCENT, 5, 10),
  more('staffShortage', 'Доля учителей с учебной нагрузкой более 1,5 ставки', PERCENT, 20, 40),
  more('staffShortage', 'Доля учителей, преподающих предметы не по профилю образования', PERCENT, 10, 20),
  more('staffShortage', 'Доля учителей пенсионного возраста', PERCENT, 25, 40),
  more(
    'staffShortage',
    'Число вакантных должностей специалистов сопровождения (педагог-психолог, логопед, дефектолог, социальный педагог)',
    'ед.',
    1,
    2,
  ),

  more(
    'teacherCompetence',
    'Доля учителей, испытывающих неуверенность и трудность при работе со слабоуспевающими и неуспевающими обучающимися',
    PERCENT,
    20,
    40,
  ),
  more(
    'teacherCompetence',
    'Доля учителей, не прошедших повышение квалификации за последние три года',
    PERCENT,
    10,
    30,
  ),
  more('teacherCompetence', 'Доля учителей без квалификационной категории', PERCENT, 30, 50),
  more(
    'teacherCompetence',
    'Доля учителей с дефицитами по результатам диагностики профессиональных компетенций',
    PERCENT,
    20,
    40,
  ),

  less(
    'adaptiveTeaching',
    'Доля обучающихся с рисками учебной неуспешности, для которых разработаны индивидуальные образовательные маршруты',
    PERCENT,
    80,
    50,
  ),
  less(
    'adaptiveTeaching',
    'Доля учителей, применяющих дифференцированные задания на уроках',
    PERCENT,
    70,
    40,
  ),
  less(
    'adaptiveTeaching',
    'Доля обучающихся, нуждающихся в дополнительных занятиях, которые их посещают',
    PERCENT,
    80,
    50,
  ),

  less(
    'schoolTraining',
    'Доля учителей, участвующих в работе школьных методических объединений',
    PERCENT,
    80,
    50,
  ),
  less(
    'schoolTraining',
    'Доля учителей, посетивших и обсудивших уроки коллег за учебный год',
    PERCENT,
    50,
    25,
  ),
  less('schoolTraining', 'Число внутришкольных методических мероприятий за учебный год', 'ед.', 6, 2),
  less(
    'schoolTraining',
    'Доля учителей, имеющих индивидуальный план профессионального развития',
    PERCENT,
    50,
    20,
  ),

  more(
    'languageBarriers',
    'Доля обучающихся, для которых русский язык не является родным или языком повседневного общения',
    PERCENT,
    10,
    30,
  ),
  less(
    'languageBarriers',
    'Доля обучающихся с недостаточным владением русским языком, посещающих занятия «Говорим по-русски»',
    PERCENT,
    80,
    50,
  ),
  less(
    'languageBarriers',
    'Число учителей, обученных преподаванию русского языка как неродного',
    'чел.',
    2,
    0,
  ),

  more(
    'schoolClimate',
    'Доля обучающихся, испытывающих дискомфорт в школе (по результатам анкетирования)',
    PERCENT,
    15,
    30,
  ),
  more('schoolClimate', 'Доля обучающихся, сообщивших о случаях травли (буллинга) в школе', PERCENT, 10, 20),
  more('schoolClimate', 'Доля обучающихся, не охваченных дополнительным образованием', PERCENT, 30, 50),

  more('failureRisk', 'Доля обучающихся с ограниченными возможностями здоровья', PERCENT, 15, 30),
  more(
    'failureRisk',
    'Доля обучающихся, для которых русский язык не является родным или языком повседневного общения',
    PERCENT,
    10,
    30,
  ),
  more(
    'failureRisk',
    'Доля обучающихся, не подтверждающих внутренние оценки по результатам внешнего оценивания',
    PERCENT,
    15,
    30,
  ),
  more(
    'failureRisk',
    'Доля обучающихся, которым учителя рекомендуют дополнительные занятия с целью ликвидации отставания от учебной программы',
    PERCENT,
    20,
    35,
  ),
  more('failureRisk', 'Доля обучающихся с рисками учебной неуспешности', PERCENT, 10, 20),

  less('parentInvolvement', 'Доля родителей, посещающих родительские собрания', PERCENT, 70, 40),
  less('parentInvolvement', 'Доля родителей, участвующих в школьных мероприятиях', PERCENT, 40, 20),
  less('parentInvolvement', 'Доля родителей, регулярно просматривающих электронный дневник', PERCENT, 70, 40),
  more(
    'parentInvolvement',
    'Доля родителей, не контролирующих выполнение домашних заданий (по результатам анкетирования)',
    PERCENT,
    30,
    50,
  ),

  more(
    'motivation',
    'Доля обучающихся с низким уровнем учебной мотивации (по результатам диагностики)',
    PERCENT,
    20,
    35,
  ),
  more('motivation', 'Доля обучающихся, систематически не выполняющих домашние задания', PERCENT, 15, 30),
  less('motivation', 'Доля обучающихся, участвующих в олимпиадах и конкурсах', PERCENT, 30, 15),
];
