import type { CellValue } from '../../core/cells/cellValue';
import { toInstant } from '../../core/dates/calendarDate';
import { menuLabels } from '../../core/messages/menu';
import {
  roadmapMessages as m,
  measureStatuses as ms,
  targetStatuses as ts,
} from '../../core/messages/roadmap';
import { type LocatedTable, writtenColumn } from '../../core/table/locateTable';
import { NUMBER_FORMATS } from '../../core/template/templateSheets';
import type { AddonContext } from '../context';
import { readStatuses, reportDateOf, type StatusesRead } from '../io/roadmapReader';
import { readSettings } from '../io/settingsReader';
import { applyStatusColours, type StatusColour } from '../io/statusRules';
import { writableOutputs, writeOutputColumns } from '../io/tables';
import type { SheetLike } from '../platform/surface';
import { type ActionResult, runAction } from './runAction';

const GREEN = '#b7e1cd';
const LIGHT_GREEN = '#d9ead3';
const YELLOW = '#fce8b2';
const RED = '#f4c7c3';
const BLUE = '#e8f0fe';
const GREY = '#eeeeee';

const MEASURE_COLOURS: readonly StatusColour[] = [
  { text: ms.done, background: GREEN },
  { text: ms.doneLate, background: LIGHT_GREEN },
  { text: ms.overdue, background: RED },
  { text: ms.dueSoon, background: YELLOW },
  { text: ms.inProgress, background: BLUE },
  { text: ms.noDeadline, background: GREY },
];

const TARGET_COLOURS: readonly StatusColour[] = [
  { text: ts.achieved, background: GREEN },
  { text: ts.progress, background: LIGHT_GREEN },
  { text: ts.noProgress, background: YELLOW },
  { text: ts.worse, background: RED },
  { text: ts.noData, background: GREY },
];

function sameCell(a: CellValue, b: CellValue): boolean {
  if (a instanceof Date || b instanceof Date)
    return a instanceof Date && b instanceof Date && a.getTime() === b.getTime();
  return a === b;
}

/**
 * Writes the output columns unless every one already holds exactly these values: a daily refresh
 * on a day when no status changes costs no write (and no edit in the version history).
 */
function writeIfChanged<K extends string>(
  sheet: SheetLike,
  table: LocatedTable<K>,
  outputs: Partial<Record<K, CellValue[]>>,
): boolean {
  const writable = writableOutputs(table, outputs);
  const keys = Object.keys(writable) as K[];
  const unchanged = keys.every(
    (key) =>
      table.columnIndex[key] !== undefined &&
      table.rows.every((row, i) => sameCell(row.cells[key], writable[key]![i] ?? '')),
  );
  if (unchanged) return false;
  writeOutputColumns(sheet, table, writable);
  return true;
}

function writeStatuses(context: AddonContext, read: StatusesRead, timeZone: string): void {
  const { roadmap, targets } = read;
  if (roadmap) {
    const rows = roadmap.evaluation.rows;
    writeIfChanged(roadmap.sheet, roadmap.table, {
      dueDate: rows.map((r) => (r.due ? toInstant(r.due, timeZone) : '')),
      status: rows.map((r) => r.status ?? ''),
      remarks: rows.map((r) => r.remarks.join('; ')),
    });
    colour(context, roadmap.sheet, roadmap.table, 'status', MEASURE_COLOURS, 'dueDate');
  }
  if (targets) {
    const rows = targets.evaluation.rows;
    writeIfChanged(targets.sheet, targets.table, {
      progress: rows.map((r) => r.progress ?? ''),
      status: rows.map((r) => r.status ?? ''),
    });
    colour(context, targets.sheet, targets.table, 'status', TARGET_COLOURS, 'progress');
  }
}

function colour<K extends string>(
  context: AddonContext,
  sheet: SheetLike,
  table: LocatedTable<K>,
  key: K,
  colours: readonly StatusColour[],
  formattedKey: K,
): void {
  // An output column the user deleted was added back after the last header by writeOutputColumns;
  // a duplicated one was not written, and the user's column keeps its own colours.
  const index = writtenColumn(table, key);
  if (index === undefined) return;
  const laidOut = applyStatusColours(
    sheet,
    table.schema.name,
    context.documentProperties,
    {
      column: index + 1,
      firstRow: table.headerRowNumber + 1,
      numRows: table.rows.length,
    },
    colours,
    context.conditionalFormats,
  );
  // A table the user pasted has no formats: give the date or percent column its format together
  // with the colours, i.e. once per layout, not on every daily run.
  const formatted = writtenColumn(table, formattedKey);
  const format = table.schema.columns.find((c) => c.key === formattedKey)?.format;
  if (laidOut && formatted !== undefined && format && table.rows.length > 0) {
    sheet
      .getRange(table.headerRowNumber + 1, formatted + 1, table.rows.length, 1)
      .setNumberFormat(NUMBER_FORMATS[format]!);
  }
}

function summaryOf(read: StatusesRead): string {
  const parts: string[] = [];
  if (read.roadmap) {
    const s = read.roadmap.evaluation.summary;
    parts.push(m.summary(s.done, s.total, s.overdue, s.dueSoon, s.sentBack));
  } else if (read.roadmapHeadersMissing) parts.push(m.roadmapHeadersMissing(read.roadmapHeadersMissing));
  else parts.push(m.noRoadmap);
  if (read.targets) {
    const s = read.targets.evaluation.summary;
    parts.push(m.targetsSummary(s.achieved, s.total));
  } else if (read.targetsHeadersMissing) parts.push(m.targetsHeadersMissing(read.targetsHeadersMissing));
  else parts.push(m.noTargets);
  return parts.join('');
}

/**
 * «Обновить статусы» (PRODUCT.md §6): as of `Дата отчёта` (blank: today in the spreadsheet's zone)
 * writes `Срок (дата)`, `Статус`, `Замечания` of the roadmap and `Прогресс, %`, `Статус` of the
 * targets, one block per sheet, and colours the statuses. Input columns are never written; run
 * twice, it leaves the same sheets. The daily trigger runs it without a toast.
 */
export function refreshStatuses(
  context: AddonContext,
  options: { readonly toast?: boolean } = {},
): ActionResult {
  return runAction(
    context,
    menuLabels.refreshStatuses,
    ({ journal, timeZone }) => {
      const settings = readSettings(context.spreadsheet, timeZone, journal);
      const today = reportDateOf(settings, context.now(), timeZone);
      const read = readStatuses(context.spreadsheet, settings, today, timeZone, journal);
      writeStatuses(context, read, timeZone);
      return { summary: summaryOf(read) };
    },
    options,
  );
}
