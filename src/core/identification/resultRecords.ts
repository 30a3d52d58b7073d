// Rows of «Результаты ОП» as checked records. A row with a wrong value is reported to the journal
// with what to fix and skipped; the other rows are still counted (ENGINEERING.md, «Bad input»).
import type { Journal } from '../journal/journal';
import { lowResultMarks, identificationMessages as m } from '../messages/identification';
import { type NumberFormats, shareScaleAt } from '../numbers/shareScale';
import type { LocatedTable, TableRow } from '../table/locateTable';
import type { KeyOf } from '../table/schema';
import { columnOf } from '../table/schema';
import { RESULTS_SHEET } from '../template/sheets';
import { isBlank, normalizeText } from '../text/normalize';
import { formatShare } from './explanation';
import {
  judgeProcedure,
  type LowResultRule,
  type ProcedureMeasure,
  type ProcedureOutcome,
} from './lowResult';
import { PROCEDURES, type ProcedureId, recognizeProcedure } from './procedures';
import { type CellProblem, readCount, readShare } from './resultCells';
import { readSchoolCode, schoolDisplayName, schoolNameKey, splitSchoolLogin } from './schoolKey';
import { parseAssessmentYear } from './year';

export type ResultsKey = KeyOf<typeof RESULTS_SHEET>;
export type ResultsTable = LocatedTable<ResultsKey>;

const TOTALS_ROW = /^(?:итого|всего|итог|по району|по муниципалитету|по округу|среднее)(?:[\s:.,]|$)/;

/**
 * `compute` with its answers kept: tens of thousands of rows name a few thousand schools, so each
 * spelling is read once. (An undefined answer is not kept.)
 */
function remembered<K, V>(compute: (key: K) => V): (key: K) => V {
  const known = new Map<K, V>();
  return (key) => {
    let value = known.get(key);
    if (value === undefined) {
      value = compute(key);
      known.set(key, value);
    }
    return value;
  };
}

/** One counted row: a school's result in one procedure of one year. */
export interface ResultRecord {
  readonly rowNumber: number;
  /** The name shown: as written, with the school's login in front when it has one. */
  readonly school: string;
  /** The school's login where it has one (on this row or on a row with the same name), else nameKey. */
  readonly schoolKey: string;
  /** The loose key of the name as written on this row (schoolNameKey). */
  readonly nameKey: string;
  readonly year: number;
  readonly procedure: ProcedureId;
  readonly measure: ProcedureMeasure;
  readonly outcome: ProcedureOutcome;
}

export interface ResultReading {
  readonly records: readonly ResultRecord[];
  /** `Низкий результат` for every table row: "" for a blank or a skipped row. */
  readonly marks: readonly string[];
}

export const OUTCOME_MARKS: Readonly<Record<ProcedureOutcome, string>> = {
  low: lowResultMarks.low,
  notLow: lowResultMarks.notLow,
  fewParticipants: lowResultMarks.fewParticipants,
  noData: lowResultMarks.noData,
};

const header = (key: ResultsKey): string => columnOf(RESULTS_SHEET, key).header;

interface RowProblem {
  readonly key: ResultsKey;
  readonly problem: string;
  readonly fix: string;
}

function countProblem(key: ResultsKey, problem: CellProblem): RowProblem {
  const h = header(key);
  if (problem === 'notANumber') return { key, problem: m.notANumber(h), fix: m.notANumberFix(h) };
  if (problem === 'negative') return { key, problem: m.negative(h), fix: m.countFix(h) };
  if (problem === 'notWhole') return { key, problem: m.notWhole(h), fix: m.countFix(h) };
  return { key, problem: m.shareAbove100, fix: m.shareFix };
}

function shareProblem(problem: CellProblem): RowProblem {
  const h = header('share');
  if (problem === 'notANumber') return { key: 'share', problem: m.notANumber(h), fix: m.notANumberFix(h) };
  if (problem === 'negative') return { key: 'share', problem: m.negative(h), fix: m.shareFix };
  if (problem === 'percentFormatAbove100')
    return { key: 'share', problem: m.sharePercentFormatAbove100, fix: m.sharePercentFormatFix };
  return { key: 'share', problem: m.shareAbove100, fix: m.shareFix };
}

const ACCEPTED_NAMES = PROCEDURES.map((p) => p.name);

/** A row whose values are good, before its school is resolved. */
interface CountedRow {
  readonly row: TableRow<ResultsKey>;
  readonly index: number;
  readonly login: string | null;
  readonly name: string;
  readonly nameKey: string;
  readonly year: number;
  readonly procedure: ProcedureId;
  readonly measure: ProcedureMeasure;
}

/**
 * Reads every row; `rule` decides `Низкий результат` of each counted one. `formats` holds the number
 * formats of `Доля «2», %` as read with the values (a percent-formatted cell holds a fraction, any
 * other number is percent points); without them a number up to 1 is a fraction (PRODUCT.md §9).
 */
export function readResultRecords(
  table: ResultsTable,
  rule: LowResultRule,
  journal: Journal,
  formats: NumberFormats<ResultsKey> | null = null,
): ResultReading {
  const records: ResultRecord[] = [];
  const marks: string[] = new Array(table.rows.length).fill('');
  const firstRowOf = new Map<string, number>();
  const identityOf = remembered((school: string) => {
    const split = splitSchoolLogin(school);
    return { login: split.login, name: split.name, nameKey: schoolNameKey(split.name) };
  });
  // A district table's totals line («Итого по району»).
  const isTotalsRow = remembered((school: string) => TOTALS_ROW.test(normalizeText(school)));
  const codeOf = remembered(readSchoolCode);
  const loginsByName = new Map<string, Set<string>>();
  const counted: CountedRow[] = [];
  const report = (row: TableRow<ResultsKey>, key: ResultsKey, problem: string, fix: string): void => {
    journal.add({
      sheet: RESULTS_SHEET.name,
      row: row.rowNumber,
      column: key === 'lowResult' ? '' : header(key),
      value: key === 'lowResult' ? '' : row.cells[key],
      problem,
      fix,
    });
  };

  table.rows.forEach((row, index) => {
    if (row.blank) return;
    const { cells } = row;
    const problems: RowProblem[] = [];

    const school = isBlank(cells.school) ? '' : String(cells.school).trim();
    if (!school) problems.push({ key: 'school', problem: m.missingSchool, fix: m.missingSchoolFix });
    // Analysts paste district tables with their totals rows; a total is not a school.
    else if (isTotalsRow(school)) problems.push({ key: 'school', problem: m.totalsRow, fix: m.totalsRowFix });
    const year = parseAssessmentYear(cells.year);
    if (year === null) {
      const problem = isBlank(cells.year) ? m.missingYear : m.badYear;
      problems.push({ key: 'year', problem, fix: m.yearFix });
    }
    const procedure = recognizeProcedure(cells.procedure);
    if (procedure === null) {
      const problem = isBlank(cells.procedure) ? m.missingProcedure : m.unknownProcedure;
      problems.push({ key: 'procedure', problem, fix: m.procedureFix(ACCEPTED_NAMES) });
    }
    const participants = readCount(cells.participants);
    if (!participants.ok) problems.push(countProblem('participants', participants.problem));
    const failed = readCount(cells.failed);
    if (!failed.ok) problems.push(countProblem('failed', failed.problem));
    const share = readShare(cells.share, shareScaleAt(formats, 'share', index));
    if (!share.ok) problems.push(shareProblem(share.problem));

    if (participants.ok && failed.ok && share.ok) {
      const p = participants.value;
      const f = failed.value;
      if (p !== null && f !== null && f > p) {
        problems.push({
          key: 'failed',
          problem: m.failedAboveParticipants(f, p),
          fix: m.failedAboveParticipantsFix,
        });
      } else if (p === null && f !== null && share.value === null) {
        problems.push({
          key: 'participants',
          problem: m.failedWithoutParticipants,
          fix: m.failedWithoutParticipantsFix,
        });
      }
    }

    if (
      problems.length > 0 ||
      !participants.ok ||
      !failed.ok ||
      !share.ok ||
      year === null ||
      procedure === null
    ) {
      for (const p of problems) report(row, p.key, p.problem + m.skipped, p.fix);
      return;
    }

    const identity = identityOf(school);
    const login = codeOf(cells.schoolCode) ?? identity.login;
    if (login !== null) {
      let logins = loginsByName.get(identity.nameKey);
      if (!logins) {
        logins = new Set();
        loginsByName.set(identity.nameKey, logins);
      }
      logins.add(login);
    }

    const measure: ProcedureMeasure = {
      participants: participants.value,
      failed: failed.value,
      share: share.value?.share ?? null,
    };
    if (share.value && measure.participants !== null && measure.failed !== null && measure.participants > 0) {
      const computed = measure.failed / measure.participants;
      // One unit of the last digit typed: «34 %» stands for anything a person would round to 34.
      if (Math.abs(computed - share.value.share) > share.value.step + 1e-12) {
        const shown = formatShare(share.value.share, true);
        report(row, 'share', m.shareDisagrees(shown, formatShare(computed, true)), m.shareDisagreesFix);
      }
    }
    counted.push({
      row,
      index,
      login,
      name: identity.name,
      nameKey: identity.nameKey,
      year,
      procedure,
      measure,
    });
  });

  // The login joins a row without it when the names match, once every login of the table is known;
  // a name two logins share (two «МБОУ СОШ №1» of a region) joins neither.
  for (const c of counted) {
    const logins = c.login === null ? loginsByName.get(c.nameKey) : undefined;
    const login = c.login ?? (logins?.size === 1 ? [...logins][0]! : null);
    if (logins && logins.size > 1) {
      report(c.row, 'school', m.ambiguousSchool([...logins].sort()), m.ambiguousSchoolFix);
    }
    const key = login ?? c.nameKey;
    const identity = `${key}|${c.year}|${c.procedure}`;
    const firstRow = firstRowOf.get(identity);
    if (firstRow !== undefined) {
      report(c.row, 'procedure', m.duplicate(firstRow) + m.skipped, m.duplicateFix);
      continue;
    }
    firstRowOf.set(identity, c.row.rowNumber);
    const outcome = judgeProcedure(c.measure, rule);
    marks[c.index] = OUTCOME_MARKS[outcome];
    records.push({
      rowNumber: c.row.rowNumber,
      school: schoolDisplayName(login, c.name),
      schoolKey: key,
      nameKey: c.nameKey,
      year: c.year,
      procedure: c.procedure,
      measure: c.measure,
      outcome,
    });
  }
  return { records, marks };
}
