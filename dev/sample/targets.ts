// Sample data of the fictional municipality shown by `npm start` (sheet TARGETS_SHEET): the seven
// target indicators of seed 001_… («Основные целевые показатели на 2024 год», Текущее 2023 → План
// 2024) with the facts of the autumn monitoring; one fact is not in yet. The teachers' row is the
// example of PRODUCT.md §6: 44 % → 10 %, fact 20 %, progress 70.6 %.
import type { CellValue } from '../../src/core/cells/cellValue';
import { TARGETS_SHEET } from '../../src/core/template/sheets';

const TARGETS: readonly (readonly [indicator: string, base: string, plan: string, fact: string])[] = [
  ['Доля обучающихся с рисками учебной неуспешности', '22%', '20%', '21%'],
  [
    'Доля обучающихся с промежуточными низкими образовательными результатами, подтвердивших свои оценки в рамках оценочных процедур (ГИА, ВПР, АКР)',
    '12%',
    '4%',
    '4%',
  ],
  [
    'Доля обучающихся, посещающих занятия «Говорим по-русски», для которых русский язык не является родным или языком повседневного общения',
    '20%',
    '100%',
    '85%',
  ],
  [
    'Доля педагогов, повысивших методический уровень в направлении создания системы работы с обучающимися, имеющими низкую учебную мотивацию',
    '32%',
    '100%',
    '',
  ],
  [
    'Доля учителей, испытывающих неуверенность и трудность при работе со слабоуспевающими и неуспевающими обучающимися, в т.ч. с ОВЗ',
    '44%',
    '10%',
    '20%',
  ],
  [
    'Доля обучающихся с рисками учебной неуспешности, для которых разработаны и реализуются индивидуальные образовательные маршруты',
    '30%',
    '100%',
    '30%',
  ],
  [
    'Доля обучающихся с учебной неуспешностью, охваченных индивидуальным психолого-педагогическим сопровождением',
    '60%',
    '100%',
    '55%',
  ],
];

/** The sheet as the preview loads it, header row first. */
export const SAMPLE_TARGETS: CellValue[][] = [
  TARGETS_SHEET.columns.map((c) => c.header),
  ...TARGETS.map(([indicator, base, plan, fact]) => [indicator, '%', base, plan, fact, '', '', '']),
];
