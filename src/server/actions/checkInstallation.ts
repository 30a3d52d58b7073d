// «Проверить установку» (PRODUCT.md §12): gathers the facts of this installation without changing
// anything (no lock, no write, no property, no trigger), has core turn them into lines, shows them.

import {
  type CheckLine,
  checkInstallation,
  installationReport,
} from '../../core/installation/checkInstallation';
import type { InstallationFacts, SheetFact } from '../../core/installation/installationFacts';
import { REQUIRED_SCOPES } from '../../core/installation/scopes';
import { settingFacts } from '../../core/installation/settingFacts';
import { Journal } from '../../core/journal/journal';
import { tableShapeEntries } from '../../core/journal/tableShapeProblems';
import { installationMessages as m } from '../../core/messages/installation';
import { menuLabels } from '../../core/messages/menu';
import { locateTable } from '../../core/table/locateTable';
import { ROADMAP_SHEET, TARGETS_SHEET } from '../../core/template/sheets';
import { INPUT_SHEETS, TEMPLATE_SHEETS } from '../../core/template/templateSheets';
import { findSheetTitle } from '../../core/text/sheetName';
import type { InstallationProbe } from '../adapters/installationProbe';
import type { AddonContext } from '../context';
import { ROADMAP_EXPECTED, TARGETS_EXPECTED } from '../io/roadmapReader';
import { readSettings } from '../io/settingsReader';
import { logFailure } from '../platform/failureReport';
import { DAILY_REFRESH_HANDLER } from './enableDailyRefresh';
import { actionFailure, tellFailure } from './runAction';

/** Columns a found table is not usable without, as «Обновить статусы» journals them. */
const EXPECTED_COLUMNS: Readonly<Record<string, Partial<Record<string, string>>>> = {
  [ROADMAP_SHEET.name]: ROADMAP_EXPECTED,
  [TARGETS_SHEET.name]: TARGETS_EXPECTED,
};

/** One answer, or the fallback when asking fails (a declined scope, a service outage). */
function ask<T>(what: string, question: () => T, fallback: T): T {
  try {
    return question();
  } catch (error) {
    logFailure(`«Проверить установку», ${what}`, error);
    return fallback;
  }
}

function sheetFacts(context: AddonContext): SheetFact[] {
  const sheets = context.spreadsheet.getSheets();
  const titles = sheets.map((sheet) => sheet.getName());
  return TEMPLATE_SHEETS.map(({ name, owned }) => {
    const title = findSheetTitle(titles, name);
    const schema = INPUT_SHEETS.find((s) => s.name === name);
    if (title === null || !schema) return { name, title, missingHeaders: null, owned };
    const sheet = sheets[titles.indexOf(title)]!;
    const located = locateTable(sheet.getDataRange().getValues(), schema);
    if (!located.found) return { name, title, missingHeaders: located.missingHeaders, owned };
    // What the actions would journal about the header row; a header read joined from two rows works.
    const expected = EXPECTED_COLUMNS[name] ?? {};
    const headerProblems = tableShapeEntries({ ...located.table, joinedHeaders: [] }, expected).map(
      (entry) => ({ problem: entry.problem, fix: entry.fix }),
    );
    return { name, title, missingHeaders: [], headerProblems, owned };
  });
}

/** The parts read from the spreadsheet; null when it cannot be read (its scope declined). */
function documentFacts(context: AddonContext | null) {
  if (!context) return null;
  return ask(
    'таблица',
    () => {
      const timeZone = context.spreadsheet.getSpreadsheetTimeZone();
      const journal = new Journal();
      const settings = readSettings(context.spreadsheet, timeZone, journal);
      return {
        timeZone,
        sheets: sheetFacts(context),
        settings: settingFacts(settings),
        settingProblems: journal.entries.map((entry) => ({ problem: entry.problem, fix: entry.fix })),
      };
    },
    null,
  );
}

/** Everything the check looks at, read once each; what cannot be asked is reported as unknown. */
export function gatherInstallationFacts(
  context: AddonContext | null,
  probe: InstallationProbe,
): InstallationFacts {
  const scriptTimeZone = ask('часовой пояс', () => probe.scriptTimeZone(), '');
  const document = documentFacts(context);
  return {
    grantedScopes: ask('разрешения', () => probe.grantedScopes(REQUIRED_SCOPES), null),
    advancedServices: {
      Drive: ask('служба Drive', () => probe.hasAdvancedService('Drive'), false),
      Sheets: ask('служба Sheets', () => probe.hasAdvancedService('Sheets'), false),
    },
    dailyTrigger: context
      ? ask('триггеры', () => context.triggers.handlerNames().includes(DAILY_REFRESH_HANDLER), null)
      : null,
    spreadsheetTimeZone: document?.timeZone ?? scriptTimeZone,
    scriptTimeZone: scriptTimeZone || (document?.timeZone ?? ''),
    spreadsheetLocale: ask('региональные настройки', () => probe.spreadsheetLocale(), null),
    documentReadable: document !== null,
    sheets: document?.sheets ?? [],
    settings: document?.settings ?? [],
    settingProblems: document?.settingProblems ?? [],
  };
}

/**
 * The menu action: the dialog of lines; returns them for the tests and the preview. Without a
 * context (the spreadsheet's own scope declined) it still reports what it can through the probe.
 */
export function checkInstallationAction(
  context: AddonContext | null,
  probe: InstallationProbe,
): { readonly lines: readonly CheckLine[]; readonly text: string } {
  let lines: CheckLine[];
  try {
    lines = checkInstallation(gatherInstallationFacts(context, probe));
  } catch (error) {
    const message = actionFailure(menuLabels.checkInstallation, error);
    if (context) tellFailure(context, message);
    else show(probe, message);
    return { lines: [], text: message };
  }
  const text = installationReport(lines);
  if (context && !context.ui) console.error(text);
  else if (context?.ui) {
    try {
      context.ui.alert(m.title, text);
    } catch (error) {
      logFailure(`«${menuLabels.checkInstallation}», окно`, error);
    }
  } else show(probe, text);
  return { lines, text };
}

function show(probe: InstallationProbe, text: string): void {
  try {
    probe.alert(m.title, text);
  } catch (error) {
    logFailure(`«${menuLabels.checkInstallation}», окно`, error);
    console.error(text);
  }
}
