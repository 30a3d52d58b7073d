// Custom functions of ШНОР identification and assessment rates (PRODUCT.md §9). Each takes single
// cells or whole ranges (and then returns the same shape), calls the same core as «Выявить ШНОР»,
// and throws a Russian message that says how to fix a bad argument.
import type { CellValue } from '../../core/cells/cellValue';
import { type ClusterState, clusterTrend, parseCluster } from '../../core/identification/clusterTrend';
import { hasFailedColumn, identifyLowResultSchools } from '../../core/identification/identify';
import { DEFAULT_THRESHOLD, judgeProcedure, lowResultRule } from '../../core/identification/lowResult';
import { readCount, readShare } from '../../core/identification/resultCells';
import { parseAssessmentYear } from '../../core/identification/year';
import { Journal } from '../../core/journal/journal';
import { identificationMessages as m } from '../../core/messages/identification';
import { parseNumberCell } from '../../core/numbers/parseNumber';
import {
  degreeOfLearning,
  type MarkCounts,
  meanMark,
  qualityRate,
  successRate,
} from '../../core/rates/markCounts';
import { DEFAULT_SETTINGS, MAX_MIN_PARTICIPANTS, parseYesNo } from '../../core/settings/settings';
import { locateTable } from '../../core/table/locateTable';
import { NO, RESULTS_SHEET, YES } from '../../core/template/sheets';
import { isBlank } from '../../core/text/normalize';

/** What Sheets passes: a value for one cell, rows of values for a range, undefined when omitted. */
type Input = CellValue | CellValue[][] | undefined;
type Output = CellValue | CellValue[][];

function isRange(value: unknown): value is CellValue[][] {
  return Array.isArray(value);
}

/** Applies fn cell by cell: ranges of one shape go in parallel, single values repeat. */
function mapCells(args: readonly Input[], fn: (...cells: unknown[]) => CellValue): Output {
  const ranges = args.filter(isRange);
  const first = ranges[0];
  if (!first) return fn(...args);
  const rows = first.length;
  const columns = first[0]?.length ?? 0;
  if (ranges.some((r) => r.length !== rows || r.some((line) => line.length !== columns))) {
    throw new Error(m.shapeMismatch);
  }
  return first.map((line, r) => line.map((_, c) => fn(...args.map((a) => (isRange(a) ? a[r]![c] : a)))));
}

function blank(value: unknown): boolean {
  return value === undefined || isBlank(value);
}

function thresholdArgument(value: unknown): number {
  if (blank(value)) return DEFAULT_THRESHOLD;
  const read = readShare(value);
  if (!read.ok || read.value === null || read.value.share <= 0)
    throw new Error(m.badThresholdArgument(value));
  return read.value.share;
}

function countArgument(name: string, value: unknown): number | null {
  if (blank(value)) return null;
  const read = readCount(value);
  if (!read.ok) throw new Error(m.badCountArgument(name, value));
  return read.value;
}

/**
 * With participants, a whole number is the count of «2»; a fraction or «34 %» is the share. Given a
 * range of participants, a count beside a blank participants cell has no share: "" (the menu action
 * skips such a row too), never the count misread as percent points.
 */
function lowCell(
  failedOrShare: unknown,
  participantsValue: unknown,
  thresholdValue: unknown,
  participantsRange: boolean,
  minParticipants: number,
): CellValue {
  if (blank(failedOrShare)) return '';
  const rule = lowResultRule(thresholdArgument(thresholdValue), minParticipants);
  const participants = countArgument('participants', participantsValue);
  const parsed = parseNumberCell(failedOrShare);
  const wholeNumber = parsed !== null && !parsed.percent && Number.isInteger(parsed.value);
  if (wholeNumber && participants === null && participantsRange) return '';
  const isCount = participants !== null && wholeNumber;
  if (isCount) {
    const failed = countArgument('failed_or_share', failedOrShare)!;
    if (failed > participants) throw new Error(m.failedAboveParticipantsArgument(failed, participants));
    const outcome = judgeProcedure({ participants, failed, share: null }, rule);
    return outcome === 'low' ? true : outcome === 'notLow' ? false : '';
  }
  const share = readShare(failedOrShare);
  if (!share.ok && share.problem === 'shareAbove100') throw new Error(m.shareAbove100Argument(failedOrShare));
  if (!share.ok && share.problem === 'negative') throw new Error(m.negativeShareArgument(failedOrShare));
  if (!share.ok || share.value === null) throw new Error(m.badShareArgument(failedOrShare));
  const outcome = judgeProcedure({ participants, failed: null, share: share.value.share }, rule);
  return outcome === 'low' ? true : outcome === 'notLow' ? false : '';
}

/**
 * Низкий ли результат оценочной процедуры: не менее порога (30 %) участников получили «2» или не
 * преодолели минимальный порог. Сравнение точное, без округления.
 *
 * @param {number|Array<Array<number>>} failed_or_share Число получивших «2» (вместе с числом участников) или доля «2»: 0,34, 34 или «34 %». Можно диапазон.
 * @param {number|Array<Array<number>>} participants Число участников (необязательно). Можно диапазон того же размера.
 * @param {number} threshold Порог низкого результата (необязательно): 0,3 или 30. По умолчанию 30 %.
 * @param {number} min_participants Минимум участников (необязательно), как в «Настройках»: при меньшем числе участников — пусто (мало данных). По умолчанию 1.
 * @return ИСТИНА, если результат низкий, ЛОЖЬ, если нет, и пусто, если данных нет.
 * @customfunction
 */
export function SHNOR_LOW(
  failed_or_share: Input,
  participants?: Input,
  threshold?: Input,
  min_participants?: Input,
): Output {
  const participantsRange = isRange(participants);
  return mapCells([failed_or_share, participants, threshold, min_participants], (failed, count, limit, min) =>
    lowCell(failed, count, limit, participantsRange, minParticipantsArgument(min as Input)),
  );
}

/**
 * Выявляет ШНОР по официальному правилу: критерий 1 — не менее двух низких процедур в году анализа,
 * критерий 2 — хотя бы одна низкая процедура и в году анализа, и в предыдущем году.
 *
 * @param {Array<Array<string|number>>} results Таблица результатов вместе со строкой заголовков, как на листе «Результаты ОП»: Школа, Год, Процедура, Участников, Получили «2», Доля «2», %.
 * @param {number} year Год анализа (необязательно). По умолчанию последний год в данных.
 * @param {number} threshold Порог низкого результата (необязательно): 0,3 или 30. По умолчанию 30 %.
 * @param {boolean} same_procedure Критерий 2 только для одной и той же процедуры в оба года (необязательно): ИСТИНА или «Да». По умолчанию ЛОЖЬ.
 * @param {number} min_participants Минимум участников (необязательно), как в «Настройках»: результат с меньшим числом участников не учитывается. По умолчанию 1 — учитывается любой.
 * @return Таблица «Школа, ШНОР, Критерий, Пояснение» со строкой заголовков; сначала ШНОР.
 * @customfunction
 */
export function SHNOR_IDENTIFY(
  results: Input,
  year?: Input,
  threshold?: Input,
  same_procedure?: Input,
  min_participants?: Input,
): CellValue[][] {
  const grid = isRange(results) ? results : [[results ?? '']];
  const located = locateTable(grid, RESULTS_SHEET);
  if (!located.found) throw new Error(m.badResultsRange(located.missingHeaders));
  if (!hasFailedColumn(located.table)) throw new Error(m.noFailedColumnArgument);
  for (const [name, value] of [
    ['year', year],
    ['threshold', threshold],
    ['same_procedure', same_procedure],
    ['min_participants', min_participants],
  ] as const) {
    if (isRange(value)) throw new Error(m.singleValueArgument(name));
  }
  let analysisYear: number | null = null;
  if (!blank(year)) {
    analysisYear = parseAssessmentYear(year);
    if (analysisYear === null) throw new Error(m.badYearArgument(year));
  }
  let sameProcedure = false;
  if (!blank(same_procedure)) {
    const yes = parseYesNo(same_procedure);
    if (yes === null) throw new Error(m.badYesNoArgument(same_procedure));
    sameProcedure = yes;
  }
  const identification = identifyLowResultSchools(
    located.table,
    null,
    {
      ...DEFAULT_SETTINGS,
      analysisYear,
      lowResultThreshold: thresholdArgument(threshold),
      criterion2SameProcedure: sameProcedure,
      minParticipants: minParticipantsArgument(min_participants),
    },
    new Journal(),
  );
  return [
    [...m.identifyHeader],
    ...identification.schools.map((s) => [s.school, s.isLowResult ? YES : NO, s.criterion, s.explanation]),
  ];
}

/** As «Минимум участников» of «Настройки» (a whole number up to 1000); blank: 1, every result. */
function minParticipantsArgument(value: Input): number {
  if (blank(value)) return DEFAULT_SETTINGS.minParticipants;
  const parsed = parseNumberCell(value);
  const n = parsed && !parsed.percent ? parsed.value : Number.NaN;
  if (!Number.isInteger(n) || n < 0 || n > MAX_MIN_PARTICIPANTS)
    throw new Error(m.badMinParticipantsArgument(value));
  return n;
}

const MARK_NAMES = ['n5', 'n4', 'n3', 'n2', 'n_na'] as const;

/** The counts of one cell position; null when every count is blank. */
function markCounts(values: readonly unknown[]): MarkCounts | null {
  const counts = values.map((v, i) => countArgument(MARK_NAMES[i]!, v));
  if (counts.every((c) => c === null)) return null;
  const [n5 = 0, n4 = 0, n3 = 0, n2 = 0, nNa = 0] = counts.map((c) => c ?? 0);
  return { n5, n4, n3, n2, nNa };
}

function rate(fn: (c: MarkCounts) => number | null) {
  return (...values: unknown[]): CellValue => {
    const counts = markCounts(values);
    return counts ? (fn(counts) ?? '') : '';
  };
}

/**
 * Успеваемость (ОУ): доля получивших «5», «4» и «3» от всех писавших, N = n5 + n4 + n3 + n2 + n_na.
 *
 * @param {number|Array<Array<number>>} n5 Число «5». Можно диапазон.
 * @param {number|Array<Array<number>>} n4 Число «4».
 * @param {number|Array<Array<number>>} n3 Число «3».
 * @param {number|Array<Array<number>>} n2 Число «2».
 * @param {number|Array<Array<number>>} n_na Число не аттестованных (необязательно). Освобождённые от предмета не считаются.
 * @return Доля (0,85 — это 85 %), пусто без данных.
 * @customfunction
 */
export function SUCCESS_RATE(n5: Input, n4: Input, n3: Input, n2: Input, n_na?: Input): Output {
  return mapCells([n5, n4, n3, n2, n_na], rate(successRate));
}

/**
 * Качество знаний (КУ, КЗ): доля получивших «5» и «4» от всех писавших, N = n5 + n4 + n3 + n2 + n_na.
 *
 * @param {number|Array<Array<number>>} n5 Число «5». Можно диапазон.
 * @param {number|Array<Array<number>>} n4 Число «4».
 * @param {number|Array<Array<number>>} n3 Число «3».
 * @param {number|Array<Array<number>>} n2 Число «2».
 * @param {number|Array<Array<number>>} n_na Число не аттестованных (необязательно).
 * @return Доля (0,45 — это 45 %), пусто без данных.
 * @customfunction
 */
export function QUALITY_RATE(n5: Input, n4: Input, n3: Input, n2: Input, n_na?: Input): Output {
  return mapCells([n5, n4, n3, n2, n_na], rate(qualityRate));
}

/**
 * Степень обученности (СОУ) = (n5·1 + n4·0,64 + n3·0,36 + n2·0,16 + n_na·0,07) / N.
 *
 * @param {number|Array<Array<number>>} n5 Число «5». Можно диапазон.
 * @param {number|Array<Array<number>>} n4 Число «4».
 * @param {number|Array<Array<number>>} n3 Число «3».
 * @param {number|Array<Array<number>>} n2 Число «2».
 * @param {number|Array<Array<number>>} n_na Число не аттестованных (необязательно).
 * @return Доля (0,52 — это 52 %), пусто без данных.
 * @customfunction
 */
export function SOU(n5: Input, n4: Input, n3: Input, n2: Input, n_na?: Input): Output {
  return mapCells([n5, n4, n3, n2, n_na], rate(degreeOfLearning));
}

/**
 * Средняя отметка: (5·n5 + 4·n4 + 3·n3 + 2·n2) / (n5 + n4 + n3 + n2).
 *
 * @param {number|Array<Array<number>>} n5 Число «5». Можно диапазон.
 * @param {number|Array<Array<number>>} n4 Число «4».
 * @param {number|Array<Array<number>>} n3 Число «3».
 * @param {number|Array<Array<number>>} n2 Число «2».
 * @return Средняя отметка, например 3,6; пусто без данных.
 * @customfunction
 */
export function MEAN_MARK(n5: Input, n4: Input, n3: Input, n2: Input): Output {
  return mapCells([n5, n4, n3, n2], rate(meanMark));
}

function clusterArgument(value: unknown): ClusterState {
  const state = parseCluster(blank(value) ? '' : value);
  if (state === undefined) throw new Error(m.badClusterArgument(value));
  return state;
}

/**
 * Динамика кластера ФИОКО от одного года к следующему: к «базово неуспевающим» или выход из списка
 * ШНОР — «положительная», обратно — «отрицательная», тот же кластер — «нейтральная».
 *
 * @param {string|Array<Array<string>>} from Кластер в прошлом году; пусто — школа была вне списка ШНОР. Можно диапазон.
 * @param {string|Array<Array<string>>} to Кластер в следующем году; пусто — школа вышла из списка.
 * @return «положительная», «отрицательная», «нейтральная» или пусто, если школа оба года вне списка.
 * @customfunction
 */
export function CLUSTER_TREND(from: Input, to: Input): Output {
  return mapCells([from, to], (a, b) => clusterTrend(clusterArgument(a), clusterArgument(b)) ?? '');
}
