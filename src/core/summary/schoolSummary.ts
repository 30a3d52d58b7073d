// One school workbook summarised from the values of its sheets: the same core rules as inside the
// school's own workbook, on its input columns only (its ⚙ output columns may be stale or edited).
// The Sheets API gives date cells as serial numbers; the core's date readers take those as dates.
import type { Grid } from '../cells/cellValue';
import type { CalendarDate } from '../dates/calendarDate';
import { Journal } from '../journal/journal';
import { summaryMessages as m } from '../messages/summary';
import { parseSettingsGrid, type Settings } from '../settings/settings';
import { type LocatedTable, locateTable } from '../table/locateTable';
import type { SheetSchema } from '../table/schema';
import { SETTINGS_SHEET } from '../template/sheets';
import { computeSchoolMetrics, type SchoolAnalysis, type SchoolSources } from './schoolMetrics';

/** What was read from one school file: its name on Drive and the grids of its source sheets. */
export interface SchoolReadout {
  readonly fileName: string;
  /** By template sheet name; a sheet absent from the file is absent here. */
  readonly grids: ReadonlyMap<string, Grid>;
  /**
   * Number formats by template sheet name, same shape as the grid (sparse: a gap is a plain cell);
   * a sheet absent here has no formats known, and its shares are read by §9's rule.
   */
  readonly formats?: ReadonlyMap<string, readonly (readonly string[])[]>;
}

/** The curator's side of the computation. */
export interface CuratorView {
  /** Statuses are as of the curator's «Дата отчёта», so every school is judged on the same day. */
  readonly reportDate: CalendarDate;
  readonly timeZone: string;
}

/** The school's numbers with its roadmap's measures for «Очередь проверки» (evidence not yet checked). */
export interface SchoolSummary extends SchoolAnalysis {
  readonly school: string;
  /** Russian, for the «Ошибка» column: what is missing or wrong in the file. */
  readonly problems: readonly string[];
}

function settingsOf(grid: Grid | undefined, view: CuratorView, journal: Journal): Settings {
  return { ...parseSettingsGrid(grid, view.timeZone, journal), reportDate: view.reportDate };
}

/** Summarises one school workbook. Never throws on bad data: problems are listed instead. */
export function summarizeSchool(readout: SchoolReadout, view: CuratorView): SchoolSummary {
  const journal = new Journal();
  const problems: string[] = [];
  const settings = settingsOf(readout.grids.get(SETTINGS_SHEET.name), view, journal);
  const locate = <K extends string>(schema: SheetSchema<K>): LocatedTable<K> | null => {
    const grid = readout.grids.get(schema.name);
    if (!grid) return null;
    const located = locateTable(grid, schema);
    if (located.found) return located.table;
    problems.push(m.missingHeaders(schema.name, located.missingHeaders));
    return null;
  };
  const sources: SchoolSources = {
    grids: readout.grids,
    formats: readout.formats ?? new Map(),
    locate,
    settings,
    timeZone: view.timeZone,
    reportProblem: (problem) => problems.push(problem),
  };
  const school = settings.schoolName.trim() || readout.fileName;
  const analysis = computeSchoolMetrics(sources, school, journal);
  if (journal.size > 0) problems.push(m.dataProblems(journal.size));
  return { school, ...analysis, problems };
}
