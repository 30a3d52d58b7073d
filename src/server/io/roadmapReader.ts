// Reads «Дорожная карта» and «Целевые показатели» once each and runs the core on them: the part
// shared by «Обновить статусы», the daily trigger and the dashboard (which writes nothing).

import { type CalendarDate, fromInstant } from '../../core/dates/calendarDate';
import type { Journal } from '../../core/journal/journal';
import { headersMissingEntry, sheetMissingEntry } from '../../core/journal/tableProblems';
import { evaluateRoadmap, type RoadmapEvaluation, type RoadmapKey } from '../../core/roadmap/evaluateRoadmap';
import type { Settings } from '../../core/settings/settings';
import type { LocatedTable } from '../../core/table/locateTable';
import type { SheetSchema } from '../../core/table/schema';
import { evaluateTargets, type TargetKey, type TargetsEvaluation } from '../../core/targets/evaluateTargets';
import { ROADMAP_SHEET, TARGETS_SHEET } from '../../core/template/sheets';
import type { SheetLike, SpreadsheetLike } from '../platform/surface';
import { readTable } from './tables';

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
}

/** `Дата отчёта`, or today in the spreadsheet's zone when it is blank. */
export function reportDateOf(settings: Settings, now: Date, timeZone: string): CalendarDate {
  return settings.reportDate ?? fromInstant(now, timeZone);
}

function locate<K extends string>(
  spreadsheet: SpreadsheetLike,
  schema: SheetSchema<K>,
  journal: Journal,
): { sheet: SheetLike; table: LocatedTable<K> } | null {
  const read = readTable(spreadsheet, schema);
  if (!read) {
    journal.add(sheetMissingEntry(schema.name));
    return null;
  }
  if (!read.result.found) {
    journal.add(headersMissingEntry(schema.name, read.result.missingHeaders));
    return null;
  }
  return { sheet: read.sheet, table: read.result.table };
}

/** Six service calls whatever the number of rows: three per sheet. */
export function readStatuses(
  spreadsheet: SpreadsheetLike,
  settings: Settings,
  today: CalendarDate,
  timeZone: string,
  journal: Journal,
): StatusesRead {
  const roadmap = locate(spreadsheet, ROADMAP_SHEET, journal);
  const targets = locate(spreadsheet, TARGETS_SHEET, journal);
  return {
    today,
    roadmap: roadmap && {
      ...roadmap,
      evaluation: evaluateRoadmap(roadmap.table, settings, today, journal, timeZone),
    },
    targets: targets && { ...targets, evaluation: evaluateTargets(targets.table, journal) },
  };
}
