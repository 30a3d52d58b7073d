// Reads «Дорожная карта» and «Целевые показатели» once each and runs the core on them: the part
// shared by «Обновить статусы», the daily trigger and the dashboard (which writes nothing).

import type { Grid } from '../../core/cells/cellValue';
import { type CalendarDate, fromInstant } from '../../core/dates/calendarDate';
import type { Journal } from '../../core/journal/journal';
import { sheetMissingEntry } from '../../core/journal/tableProblems';
import { headersNotFoundEntry, tableShapeEntries } from '../../core/journal/tableShapeProblems';
import { tableMessages } from '../../core/messages/tables';
import { formatsFromGrid } from '../../core/numbers/shareScale';
import { evaluateRoadmap, type RoadmapEvaluation, type RoadmapKey } from '../../core/roadmap/evaluateRoadmap';
import type { Settings } from '../../core/settings/settings';
import { type LocatedTable, locateTable } from '../../core/table/locateTable';
import type { SheetSchema } from '../../core/table/schema';
import { evaluateTargets, type TargetKey, type TargetsEvaluation } from '../../core/targets/evaluateTargets';
import { exampleRowsEntry } from '../../core/template/exampleRowsCheck';
import { ROADMAP_SHEET, TARGETS_SHEET } from '../../core/template/sheets';
import type { SheetLike, SpreadsheetLike } from '../platform/surface';
import { readGridWithFormats } from './numberFormats';
import { readGrid } from './tables';

export interface SheetRead<K extends string, E> {
  readonly sheet: SheetLike;
  readonly table: LocatedTable<K>;
  readonly evaluation: E;
}

export interface StatusesRead {
  readonly today: CalendarDate;
  /** null: the sheet is missing or its headers are not found (the journal says which). */
  readonly roadmap: SheetRead<RoadmapKey, RoadmapEvaluation> | null;
  readonly targets: SheetRead<TargetKey, TargetsEvaluation> | null;
  /** The headers not found when the sheet is there but unreadable; null otherwise. */
  readonly roadmapHeadersMissing: readonly string[] | null;
  readonly targetsHeadersMissing: readonly string[] | null;
}

/** `Дата отчёта`, or today in the spreadsheet's zone when it is blank. */
export function reportDateOf(settings: Settings, now: Date, timeZone: string): CalendarDate {
  return settings.reportDate ?? fromInstant(now, timeZone);
}

type Located<K extends string> =
  | { readonly sheet: SheetLike; readonly table: LocatedTable<K>; readonly formats: string[][] | null }
  | { readonly sheet: null; readonly missingHeaders: readonly string[] | null };

function locate<K extends string>(
  spreadsheet: SpreadsheetLike,
  schema: SheetSchema<K>,
  expected: Partial<Record<K, string>>,
  exampleKey: K,
  journal: Journal,
  withFormats = false,
): Located<K> {
  // Number formats from the same range as the values: one call more, not two (PRODUCT.md §2).
  const read: { sheet: SheetLike; grid: Grid; formats?: string[][] } | null = withFormats
    ? readGridWithFormats(spreadsheet, schema.name)
    : readGrid(spreadsheet, schema.name);
  if (!read) {
    journal.add(sheetMissingEntry(schema.name));
    return { sheet: null, missingHeaders: null };
  }
  const located = locateTable(read.grid, schema);
  if (!located.found) {
    journal.add(headersNotFoundEntry(schema, located));
    return { sheet: null, missingHeaders: located.missingHeaders };
  }
  const table = located.table;
  for (const entry of tableShapeEntries(table, expected)) journal.add(entry);
  const examples = exampleRowsEntry(table, exampleKey);
  if (examples) journal.add(examples);
  return { sheet: read.sheet, table, formats: read.formats ?? null };
}

// Columns without which every status is wrong or empty, not merely less detailed.
export const ROADMAP_EXPECTED: Partial<Record<RoadmapKey, string>> = { done: tableMessages.withoutDone };
export const TARGETS_EXPECTED: Partial<Record<TargetKey, string>> = { fact: tableMessages.withoutFact };

/** Six service calls whatever the number of rows: three per sheet. */
export function readStatuses(
  spreadsheet: SpreadsheetLike,
  settings: Settings,
  today: CalendarDate,
  timeZone: string,
  journal: Journal,
): StatusesRead {
  const roadmap = locate(spreadsheet, ROADMAP_SHEET, ROADMAP_EXPECTED, 'measure', journal);
  const targets = locate(spreadsheet, TARGETS_SHEET, TARGETS_EXPECTED, 'indicator', journal, true);
  return {
    today,
    roadmap: roadmap.sheet && {
      sheet: roadmap.sheet,
      table: roadmap.table,
      evaluation: evaluateRoadmap(roadmap.table, settings, today, journal, timeZone),
    },
    targets: targets.sheet && {
      sheet: targets.sheet,
      table: targets.table,
      // Shares by their number formats (PRODUCT.md §2): a plain number beside «%» is points.
      evaluation: evaluateTargets(
        targets.table,
        journal,
        formatsFromGrid(targets.formats, targets.table, ['base', 'plan', 'fact']),
      ),
    },
    roadmapHeadersMissing: roadmap.sheet ? null : roadmap.missingHeaders,
    targetsHeadersMissing: targets.sheet ? null : targets.missingHeaders,
  };
}
