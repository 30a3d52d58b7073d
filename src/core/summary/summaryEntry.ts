// One school's row of «Сводка» (PRODUCT.md §2, §7) as the add-on computes it.
import type { CellValue } from '../cells/cellValue';
import { summaryMessages as m } from '../messages/summary';
import { columnPositions } from '../table/schema';
import { NO, SUMMARY_SHEET, YES } from '../template/sheets';
import { spreadsheetUrl } from './driveIds';

/** What the same core as inside the school's workbook says about it; null: no data to say it. */
export interface SchoolMetrics {
  readonly isLowResult: boolean | null;
  readonly highRisks: number | null;
  readonly measures: number | null;
  /** A fraction of the measures done: 0.5 for half. */
  readonly donePercent: number | null;
  readonly overdue: number | null;
  readonly sentBack: number | null;
  readonly targetsAchieved: number | null;
  readonly targetsTotal: number | null;
  /** Done measures without the curator's decision (PRODUCT.md §7 «Ждут решения»). */
  readonly awaitingDecision: number | null;
}

export const NO_METRICS: SchoolMetrics = {
  isLowResult: null,
  highRisks: null,
  measures: null,
  donePercent: null,
  overdue: null,
  sentBack: null,
  targetsAchieved: null,
  targetsTotal: null,
  awaitingDecision: null,
};

export interface SummaryEntry {
  readonly fileId: string;
  /** From the school's «Настройки», else the file name. */
  readonly school: string;
  readonly metrics: SchoolMetrics;
  readonly updatedAt: Date;
  /** Drive's last modification of the file (files.list modifiedTime); null when Drive gave none. */
  readonly modifiedAt?: Date | null;
  /** Who made it (lastModifyingUser.displayName); '' when Drive gave none. */
  readonly modifiedBy?: string;
  /** Why the file could not be read, or what is missing in it; "" when all is well. */
  readonly error: string;
}

/** The summary's own columns, in the order of the contract. */
export const SUMMARY_HEADERS: readonly string[] = SUMMARY_SHEET.columns.map((c) => c.header);

export type SummaryKey = (typeof SUMMARY_SHEET.columns)[number]['key'];

/** 0-based position of each of the summary's own columns in a rewritten «Сводка». */
export const SUMMARY_COLUMN = columnPositions(SUMMARY_SHEET);

const orBlank = (value: number | null): CellValue => (value === null ? '' : value);

/** The entry as the cells of the summary's own columns. Text is made formula-safe by the writer. */
export function entryCells(entry: SummaryEntry): CellValue[] {
  const { metrics } = entry;
  const cells: Record<SummaryKey, CellValue> = {
    school: entry.school,
    file: spreadsheetUrl(entry.fileId),
    isLowResult: metrics.isLowResult === null ? '' : metrics.isLowResult ? YES : NO,
    highRisks: orBlank(metrics.highRisks),
    measures: orBlank(metrics.measures),
    donePercent: orBlank(metrics.donePercent),
    overdue: orBlank(metrics.overdue),
    sentBack: orBlank(metrics.sentBack),
    targetsAchieved:
      metrics.targetsAchieved === null || metrics.targetsTotal === null
        ? ''
        : m.targetsAchieved(metrics.targetsAchieved, metrics.targetsTotal),
    awaitingDecision: orBlank(metrics.awaitingDecision),
    modifiedAt: entry.modifiedAt ?? '',
    modifiedBy: entry.modifiedBy ?? '',
    updatedAt: entry.updatedAt,
    error: entry.error,
  };
  return SUMMARY_SHEET.columns.map((c) => cells[c.key]);
}
