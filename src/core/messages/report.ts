// Russian texts of the справка (PRODUCT.md §11), in the phrasing of seeds 000_…, 002_… and 004_….
// A sentence of «Выводы» quotes the figures it rests on; none speaks of «необъективность».
import type { RoadmapFigures } from '../report/roadmapSection';
import type { TargetsSummary } from '../targets/evaluateTargets';
import { pluralRu } from './common';
import { ofSchools } from './identification';

const measuresWord = (n: number): string => pluralRu(n, 'мероприятие', 'мероприятия', 'мероприятий');
const joinNames = (names: readonly string[]): string => names.join(', ');
const years2 = (years: readonly number[]): string =>
  years.length === 2 ? `${years[0]} и ${years[1]} годах` : `${years[0]} году`;

export const reportMessages = {
  // §11.1
  draft: 'ЧЕРНОВИК — проверьте и утвердите',
  approve: 'Утверждаю',
  approvalDateLine: (year: number) => `«___» ____________ ${year} г.`,
  title: 'Аналитическая справка',
  subtitle: (kind: 'school' | 'municipal', subject: string, municipality: string, period: string) => {
    if (kind === 'school') {
      const where = municipality ? ` (${municipality})` : '';
      return `о реализации программы повышения качества образования в ${subject}${where}, период: ${period}`;
    }
    const where = subject ? ` (${subject})` : '';
    return `о школах с низкими образовательными результатами${where}, период: ${period}`;
  },
  asOf: (date: string) => `По состоянию на ${date}`,
  periodYear: (year: number) => `${year} год`,
  periodYears: (from: number, to: number) => `${from}–${to} годы`,
  fileName: (subject: string, period: string) =>
    ['Аналитическая справка', subject, period].filter((part) => part !== '').join(' — '),

  // Shared words.
  yes: 'Да',
  no: 'Нет',
  yearColumn: (year: number) => `${year} год`,
  counts: (failed: number, participants: number) => `(${failed} из ${participants})`,
  noDataShort: 'нет данных',
  fewParticipantsShort: 'мало участников',

  // §11.2
  identificationHeading: 'Выявление ШНОР',
  identificationAbsent:
    'Раздел «Выявление ШНОР» не сформирован: заполните лист «Результаты ОП» (Школа, Год, Процедура, Участников, Получили «2»).',
  ruleApplied: (threshold: string, minParticipants: number, sameProcedure: boolean) =>
    `Идентификация проводилась по критериям: 1) низкие результаты не менее чем по двум оценочным процедурам в году анализа; 2) низкие результаты хотя бы по одной оценочной процедуре в году анализа и в предыдущем году${sameProcedure ? ' (по одной и той же процедуре)' : ''}. Под «низкими результатами» понимаются результаты оценочной процедуры, при которых не менее ${threshold} участников получили отметку «2» (не преодолели минимальный порог). Результаты, где участников меньше ${minParticipants}, не учитываются.`,
  proceduresAnalysed: 'Анализ проводился по результатам следующих процедур:',
  identifiedMunicipal: (flagged: number, schools: number, year: number) =>
    `По результатам ${year} года выявлено ШНОР: ${flagged} из ${ofSchools(schools)}.`,
  flaggedHeader: ['Школа', 'Критерий', 'Пояснение'] as readonly string[],
  flaggedCaption: (year: number) => `ШНОР по результатам ${year} года`,
  schoolMeets: (school: string, year: number, criterion: string) =>
    `По результатам ${year} года ${school} соответствует критериям ШНОР (критерий ${criterion}).`,
  schoolDoesNotMeet: (school: string, year: number) =>
    `По результатам ${year} года ${school} не соответствует критериям ШНОР.`,
  /** The school has rows, but none of the analysis year: no verdict can be claimed for it. */
  schoolNoResults: (school: string, year: number) =>
    `Результатов ${school} за ${year} год на листе «Результаты ОП» нет: соответствие критериям ШНОР по результатам ${year} года оценить нельзя.`,
  noSchoolResultsShort: 'нет результатов школы за этот год',
  addYearResults: (year: number) =>
    `Внести результаты школы за ${year} год на лист «Результаты ОП», чтобы оценить её соответствие критериям ШНОР.`,
  schoolNotInResults: (school: string) =>
    `На листе «Результаты ОП» нет строк школы «${school}» (см. «Образовательная организация» на листе «Настройки»).`,
  criterion2NotChecked: (year: number) =>
    `Результатов за ${year - 1} год нет: критерий 2 для ${year} года не проверялся.`,
  criterion2NotCheckedShort: (year: number) => `нет данных за ${year - 1} год: критерий 2 не проверялся`,
  byYearHeading: 'ШНОР по годам',
  byYearCaption: 'Список ШНОР по годам (как на листе «ШНОР по годам»)',
  byYearEmpty: 'На листе «Результаты ОП» нет ни одного года с учтёнными результатами.',
  schoolByYearCaption: 'Школа в списке ШНОР по годам (по листу «ШНОР по годам»)',
  schoolByYearHeader: ['Год', 'В списке ШНОР', 'Примечание'] as readonly string[],
  yearsMissing: (years: readonly number[]) =>
    `Результатов за ${years.join(', ')} ${years.length === 1 ? 'год' : 'годы'} на листе «Результаты ОП» нет: ${years.length === 1 ? 'этого года' : 'этих лет'} нет в таблице.`,
  countDynamics: (counts: readonly (readonly [number, number])[]) =>
    `Число ШНОР по годам: ${counts.map(([year, n]) => `в ${year} году — ${n}`).join(', ')}.`,

  // §11.3
  resultsHeading: 'Образовательные результаты',
  resultsAbsent:
    'Раздел «Образовательные результаты» не сформирован: заполните лист «Результаты ОП» (Участников и Получили «2» или Доля «2», %).',
  procedureColumn: 'Процедура',
  changeColumn: (from: number, to: number) => `Изменение ${from}→${to}, п. п.`,
  sharesCaption: 'Доля участников, получивших «2» (не преодолевших минимальный порог)',
  fewParticipantsCaveat: (min: number) =>
    `«Мало участников»: участников меньше ${min} (Минимум участников), результат не учитывается при выявлении ШНОР и не позволяет судить о динамике.`,
  shareOnlyExcluded: (n: number) =>
    `Строк, где указана только доля «2» без числа участников, — ${n}: в общую долю они не входят.`,
  oneYearOnly: (year: number) => `Есть результаты только за ${year} год: динамику оценить нельзя.`,
  ratesHeading: 'Успеваемость, качество знаний, степень обученности',
  ratesHeader: ['Процедура', 'Год', 'Участников', 'ОУ', 'КУ', 'СОУ'] as readonly string[],
  ratesNote:
    'ОУ = («5»+«4»+«3»)/N, КУ = («5»+«4»)/N, СОУ = («5»·1 + «4»·0,64 + «3»·0,36 + «2»·0,16)/N, N — число получивших отметки.',
  comparisonHeading: 'Сравнение с муниципалитетом и регионом',
  comparisonHeader: (kind: 'school' | 'municipal') =>
    [
      'Процедура',
      'Год',
      kind === 'school' ? 'Школа' : 'Школы муниципалитета',
      'Муниципалитет',
      'Регион',
    ] as readonly string[],
  comparisonCaption: 'Доля «2»; муниципалитет и регион — по данным листа «Сравнение»',
  chartTitle: (years: readonly number[]) => `Доля «2» по процедурам, ${years.join(' и ')}`,
  chartYearSeries: (year: number) => String(year),
  chartComparisonSeries: (level: 'region' | 'municipality', year: number) =>
    `${level === 'region' ? 'Регион' : 'Муниципалитет'}, ${year}`,
  chartAltValue: (series: string, value: string) => `${series} — ${value}`,
  chartAltProcedure: (procedure: string, parts: readonly string[]) => `${procedure}: ${parts.join(', ')}`,
  chartAltText: (years: readonly number[], threshold: string, procedures: readonly string[]) =>
    `Диаграмма: доля участников, получивших «2», по процедурам в ${years2(years)}, линия порога — ${threshold}. ${procedures.join('; ')}.`,

  // §11.4
  clusterHeading: 'Кластер ФИОКО',
  clusterAbsent:
    'Раздел «Кластер ФИОКО» не сформирован: заполните лист «Кластеры» (Школа, Год, Кластер ФИОКО).',
  outOfList: 'вне списка ШНОР',
  clusterSchoolHeader: ['Год', 'Кластер ФИОКО'] as readonly string[],
  clusterMunicipalHeader: (years: readonly number[]) =>
    ['Школа', ...years.map((y) => `${y} год`), 'Динамика кластера'] as readonly string[],
  clusterTrendSentence: (school: string, year: number, trend: string) =>
    `Динамика кластера ${school} в ${year} году по сравнению с ${year - 1} годом: ${trend}.`,
  clusterTrendUnknown: (year: number) =>
    `Динамику кластера за ${year} год оценить нельзя: на листе «Кластеры» нет ${year - 1} или ${year} года.`,
  clusterTrendNote: (year: number) => `Динамика кластера — изменение с ${year - 1} по ${year} год.`,

  // §11.5
  riskHeading: 'Рисковый профиль',
  riskAbsent:
    'Раздел «Рисковый профиль» не сформирован: заполните лист «Рисковый профиль» (Параметр анализа, Результат, Уровень ФИОКО).',
  riskSources:
    '«Уровень ФИОКО» — уровень, полученный школой от ФИОКО (как внесён на лист). «Оценка школы» — собственная оценка по порогам листа «Пороги рисков», не уровень ФИОКО.',
  riskHeader: [
    'Фактор риска',
    'Уровень ФИОКО',
    'Оценка школы',
    'Параметров учтено',
    'Приоритет',
  ] as readonly string[],
  notEntered: 'не указан',
  notScored: 'нет оценки',
  priorityFactors: 'Приоритетные направления (высокий уровень по оценке школы или по ФИОКО):',
  noPriorityFactors: 'Направлений с высоким уровнем риска нет.',
  priorityFactor: (name: string, local: boolean, official: boolean) => {
    const by = [local ? 'оценка школы' : '', official ? 'уровень ФИОКО' : ''].filter((s) => s !== '');
    return `${name} (${by.join(', ')})`;
  },

  // §11.6
  roadmapHeading: 'Реализация дорожной карты',
  roadmapAbsent:
    'Раздел «Реализация дорожной карты» не сформирован: заполните лист «Дорожная карта» (Мероприятие, Срок, Выполнено).',
  roadmapFiguresSentence: (f: RoadmapFigures, date: string) =>
    `На ${date} в дорожной карте ${f.total} ${measuresWord(f.total)}: выполнено в срок — ${f.doneOnTime}, выполнено с опозданием — ${f.doneLate}, просрочено — ${f.overdue}, срок истекает — ${f.dueSoon}, в работе — ${f.inProgress}, срок не определён — ${f.noDeadline}; выполнено без подтверждающего документа — ${f.doneWithoutDocument}; возвращено куратором на доработку — ${f.sentBack}.`,
  overdueHeading: 'Просроченные мероприятия',
  overdueHeader: ['№', 'Мероприятие', 'Срок', 'Срок (дата)', 'Ответственный'] as readonly string[],
  doneLogHeading: 'Выполненные мероприятия',
  doneLogHeader: [
    '№',
    'Мероприятие',
    'Срок (дата)',
    'Дата выполнения',
    'Статус',
    'Документ',
  ] as readonly string[],
  noDocument: 'нет документа',

  // §11.7
  targetsHeading: 'Целевые показатели',
  targetsAbsent:
    'Раздел «Целевые показатели» не сформирован: заполните лист «Целевые показатели» (Показатель, Базовое значение, План, Факт).',
  targetsHeader: [
    'Показатель',
    'Ед. измерения',
    'Базовое значение',
    'План',
    'Факт',
    'Прогресс, %',
    'Статус',
  ] as readonly string[],
  targetsSummarySentence: (s: TargetsSummary) =>
    `Показателей: ${s.total}; достигнут — ${s.achieved}, есть прогресс — ${s.progress}, нет прогресса — ${s.noProgress}, ухудшение — ${s.worse}, нет данных — ${s.noData}.`,

  // §11.8
  conclusionsHeading: 'Выводы',
  recommendationsHeading: 'Рекомендации',
  conclusionsAbsent:
    'Разделы «Выводы» и «Рекомендации» не сформированы: заполните лист «Результаты ОП», «Рисковый профиль», «Дорожная карта» или «Целевые показатели».',
  noRecommendations: 'Оснований для рекомендаций по данным таблицы нет.',
  countChange: (fromYear: number, from: number, toYear: number, to: number) =>
    from === to
      ? `Число ШНОР не изменилось: ${from} в ${fromYear} году и ${to} в ${toYear} году.`
      : `Число ШНОР ${to < from ? 'уменьшилось' : 'увеличилось'} с ${from} в ${fromYear} году до ${to} в ${toYear} году.`,
  schoolsLeft: (year: number, schools: readonly string[]) =>
    `Вышли из списка ШНОР в ${year} году: ${joinNames(schools)}.`,
  schoolsWithoutResults: (year: number, before: number, schools: readonly string[]) =>
    schools.length === 1
      ? `Нет результатов ${year} года у школы из списка ШНОР ${before} года: ${joinNames(schools)} — вышла ли она из списка, по данным сказать нельзя.`
      : `Нет результатов ${year} года у школ из списка ШНОР ${before} года: ${joinNames(schools)} — вышли ли они из списка, по данным сказать нельзя.`,
  schoolsEntered: (year: number, schools: readonly string[]) =>
    `Вошли в список ШНОР в ${year} году: ${joinNames(schools)}.`,
  schoolLeft: (school: string, year: number) =>
    `${school} вышла из списка ШНОР в ${year} году (в ${year - 1} году была в списке).`,
  schoolEntered: (school: string, year: number) =>
    `${school} вошла в список ШНОР в ${year} году (в ${year - 1} году её в списке не было).`,
  procedureWithShare: (label: string, share: string) => (share ? `${label} (${share})` : label),
  lowProceduresInYear: (year: number, threshold: string, procedures: readonly string[]) =>
    `В ${year} году доля «2» не ниже ${threshold}: ${procedures.join(', ')}.`,
  shareRose: (label: string, from: string, fromYear: number, to: string, toYear: number, change: string) =>
    `Доля «2» по процедуре «${label}» выросла с ${from} в ${fromYear} году до ${to} в ${toYear} году (${change} п. п.).`,
  shareFell: (label: string, from: string, fromYear: number, to: string, toYear: number, change: string) =>
    `Доля «2» по процедуре «${label}» снизилась с ${from} в ${fromYear} году до ${to} в ${toYear} году (${change} п. п.).`,
  fewParticipantsNoDynamics: (label: string, fromYear: number, toYear: number, min: number) =>
    `По процедуре «${label}» в ${fromYear} или ${toYear} году участников меньше ${min}: динамику доли «2» оценить нельзя.`,
  highRisks: (factors: readonly string[]) => `Высокий уровень риска: ${factors.join('; ')}.`,
  roadmapDone: (done: number, total: number, overdue: number) =>
    `Выполнено ${done} из ${total} ${pluralRu(total, 'мероприятия', 'мероприятий', 'мероприятий')} дорожной карты, просрочено — ${overdue}.`,
  targetsAchieved: (achieved: number, total: number) =>
    `Достигнуто целевых показателей: ${achieved} из ${total}.`,
  supportFlagged: (year: number, schools: readonly string[]) =>
    `Продолжить адресную методическую поддержку школ из списка ШНОР ${year} года: ${joinNames(schools)}.`,
  continueProgramme: (year: number) =>
    `Продолжить реализацию антирисковой программы: по результатам ${year} года школа соответствует критериям ШНОР.`,
  addPreviousYear: (year: number) =>
    `Внести результаты ${year - 1} года на лист «Результаты ОП», чтобы проверить критерий 2 для ${year} года.`,
  analyseGrowth: (procedures: readonly string[]) =>
    `Проанализировать причины роста доли «2» и спланировать адресную работу с обучающимися: ${procedures.join(', ')}.`,
  planForRisks: (factors: readonly string[]) =>
    `Предусмотреть в дорожной карте мероприятия по приоритетным направлениям риска: ${factors.join('; ')}.`,
  doOverdue: (n: number) =>
    `Выполнить просроченные мероприятия дорожной карты (${n}) или обоснованно перенести их сроки.`,
  attachDocuments: (n: number) =>
    `Приложить ссылки на подтверждающие документы к выполненным мероприятиям (${n}).`,
  dueSoon: (n: number, days: number) =>
    `Обеспечить выполнение мероприятий, срок которых истекает в ближайшие ${days} ${pluralRu(days, 'день', 'дня', 'дней')} (${n}).`,
  reviewTargets: (indicators: readonly string[]) =>
    `Пересмотреть мероприятия, влияющие на показатели без прогресса или с ухудшением: ${indicators.join('; ')}.`,
  fillFacts: (n: number) =>
    `Внести фактические значения целевых показателей (${n}), чтобы оценить их достижение.`,

  // §11.9
  decisionsHeading: 'Решили:',
  blankLine: '_______________________________________________',

  // §11.10
  sourcesHeading: 'Источники',
  sourcesHeader: ['Лист', 'Заполнено строк'] as readonly string[],
  settingsUsed: 'Настройки (лист «Настройки»):',
  settingLine: (label: string, value: string) => `${label} — ${value}`,
  latestYear: (year: number) => `не задан — последний год в данных (${year})`,
  todayAs: (date: string) => `не задана — день формирования (${date})`,
  notSet: 'не задано',
  generatedBy: (version: string, workbook: string, date: string, period: string) =>
    `Справка сформирована дополнением ШНОР-монитор ${version} по данным таблицы «${workbook}» на ${date}; период — ${period}.`,
  builtInCatalogue:
    'Оценка школы по рисковому профилю рассчитана по встроенным порогам: лист «Пороги рисков» не найден или не заполнен.',
  exampleRowsNote: (sheet: string, problem: string, fix: string) => `Лист «${sheet}»: ${problem}. ${fix}.`,
  // No count: «Пересчитать всё» also journals the settings and the sheets' shape, so a number here
  // could differ from the journal's.
  remarksFound:
    'При чтении данных найдены замечания: часть строк не учтена или прочитана с оговоркой. Их список — на листе «Журнал проверки» после «Пересчитать всё».',
} as const;
