// Sample data of the fictional municipality shown by `npm start` (sheet RISK_PROFILE_SHEET): the
// «Карта рискового профиля» of МБОУ СОШ № 2 — the seed's four parameters (001_… §2.3, all high)
// and four more directions with mixed levels; FIOKO rated «Дефицит педагогических кадров» high
// where the school's own estimate is «средний», so the map shows both sources disagreeing.
import type { CellValue } from '../../src/core/cells/cellValue';
import { EXAMPLE_ROWS } from '../../src/core/template/exampleRows';
import { RISK_PROFILE_SHEET } from '../../src/core/template/sheets';

/** The sheet as the preview loads it, header row first. */
export const SAMPLE_RISK_PROFILE: CellValue[][] = [
  RISK_PROFILE_SHEET.columns.map((c) => c.header),
  // The seed's four parameters, as the template's example rows also show them.
  ...EXAMPLE_ROWS.riskProfile,
  ['Дефицит педагогических кадров', 'Доля вакантных ставок педагогических работников', 6, '%', 'высокий'],
  ['', 'Доля учителей с учебной нагрузкой более 1,5 ставки', 27, '%', ''],
  ['', 'Доля учителей пенсионного возраста', 18, '%', ''],
  [
    'Недостаточная предметная и методическая компетентность педагогических работников',
    'Доля учителей, испытывающих неуверенность и трудность при работе со слабоуспевающими и неуспевающими обучающимися',
    44,
    '%',
    '',
  ],
  ['', 'Доля учителей, не прошедших повышение квалификации за последние три года', 8, '%', ''],
  [
    'Низкое качество преодоления языковых и культурных барьеров',
    'Доля обучающихся с недостаточным владением русским языком, посещающих занятия «Говорим по-русски»',
    20,
    '%',
    '',
  ],
  ['', 'Число учителей, обученных преподаванию русского языка как неродного', 1, 'чел.', ''],
  ['Низкий уровень вовлеченности родителей', 'Доля родителей, посещающих родительские собрания', 76, '%', ''],
  ['', 'Доля родителей, участвующих в школьных мероприятиях', 45, '%', ''],
  ['', 'Доля родителей, регулярно просматривающих электронный дневник', 82, '%', ''],
];
