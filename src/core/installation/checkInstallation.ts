// «Проверить установку» (PRODUCT.md §12) from plain facts: one line per thing that can be wrong,
// «работает» or what is wrong with the one step that fixes it.
import { installationMessages as m } from '../messages/installation';
import type { InstallationFacts } from './installationFacts';
import { SCOPE_USES } from './scopes';

export interface CheckLine {
  readonly topic: string;
  readonly ok: boolean;
  /** «работает», or what is wrong — the step that fixes it. */
  readonly text: string;
}

const works = (topic: string): CheckLine => ({ topic, ok: true, text: m.works });
const wrong = (topic: string, text: string): CheckLine => ({ topic, ok: false, text });

function scopeLines(granted: readonly string[] | null): CheckLine[] {
  if (granted === null) return [wrong(m.scopesUnknown, m.scopesUnknownText)];
  const have = new Set(granted);
  return SCOPE_USES.map((use) =>
    have.has(use.scope)
      ? works(m.scopeTopic(use.grant))
      : wrong(m.scopeTopic(use.grant), m.scopeMissing(use.features, use.retry)),
  );
}

function sheetLines(facts: InstallationFacts): CheckLine[] {
  return facts.sheets.map((sheet) => {
    const topic = m.sheetTopic(sheet.name);
    if (sheet.title === null)
      return sheet.owned ? { topic, ok: true, text: m.ownedSheetMissing } : wrong(topic, m.sheetMissing);
    if (sheet.missingHeaders && sheet.missingHeaders.length > 0)
      return wrong(topic, m.headersMissing(sheet.missingHeaders));
    if (sheet.headerProblems && sheet.headerProblems.length > 0)
      return wrong(topic, sheet.headerProblems.map((p) => m.settingProblem(p.problem, p.fix)).join('; '));
    return sheet.title === sheet.name ? works(topic) : { topic, ok: true, text: m.sheetRenamed(sheet.title) };
  });
}

function settingsLine(facts: InstallationFacts): CheckLine {
  if (facts.settingProblems.length > 0) {
    return wrong(
      m.settingsTopic,
      facts.settingProblems.map((p) => m.settingProblem(p.problem, p.fix)).join('; '),
    );
  }
  return {
    topic: m.settingsTopic,
    ok: true,
    text: m.settingsRead(facts.settings.map((s) => `${s.label}: ${s.value}`)),
  };
}

/** The lines of the dialog, in the order of PRODUCT.md §12. */
export function checkInstallation(facts: InstallationFacts): CheckLine[] {
  const services = (['Drive', 'Sheets'] as const).map((service) =>
    facts.advancedServices[service]
      ? works(m.serviceTopic(service))
      : wrong(m.serviceTopic(service), m.serviceMissing(service)),
  );
  const trigger =
    facts.dailyTrigger === null
      ? wrong(m.triggerTopic, m.triggerUnknown)
      : facts.dailyTrigger
        ? works(m.triggerTopic)
        : wrong(m.triggerTopic, m.triggerMissing);
  const zone =
    facts.spreadsheetTimeZone === facts.scriptTimeZone
      ? works(m.timeZoneTopic)
      : wrong(m.timeZoneTopic, m.timeZoneMismatch(facts.spreadsheetTimeZone, facts.scriptTimeZone));
  // The parsers take both, but a ru_RU sheet is what keeps «30,5» a number and «13.03.2024» a date.
  const locale =
    facts.spreadsheetLocale === null
      ? wrong(m.localeTopic, m.localeUnknown)
      : /^ru(?:[_-]|$)/i.test(facts.spreadsheetLocale)
        ? works(m.localeTopic)
        : wrong(m.localeTopic, m.localeNotRussian(facts.spreadsheetLocale));
  const document = facts.documentReadable
    ? [...sheetLines(facts), settingsLine(facts)]
    : [wrong(m.documentTopic, m.documentUnreadable(SCOPE_USES[0]!.grant))];
  // An unreadable spreadsheet has no locale to tell: its own line says what to do.
  const locales = facts.documentReadable || facts.spreadsheetLocale !== null ? [locale] : [];
  return [...scopeLines(facts.grantedScopes), ...services, trigger, zone, ...locales, ...document];
}

/** The dialog's text: a summary, then one line per check, the ones that need attention first. */
export function installationReport(lines: readonly CheckLine[]): string {
  const problems = lines.filter((line) => !line.ok);
  const ordered = [...problems, ...lines.filter((line) => line.ok)];
  return [
    m.intro,
    problems.length === 0 ? m.allWork : m.problems(problems.length),
    '',
    ...ordered.map((line) => `${line.ok ? '✓' : '✗'} ${line.topic}: ${line.text}`),
  ].join('\n');
}
