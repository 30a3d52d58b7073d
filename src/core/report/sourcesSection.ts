// §11.10 «Источники»: the sheets read and their filled rows, the settings the numbers depend on, the
// add-on version and the date, so a reader can rebuild every figure.
import { formatRussianDate } from '../dates/calendarDate';
import { reportMessages as m } from '../messages/report';
import type { ReportSection } from './documentModel';
import { formatShare } from './format';
import type { ReportFacts } from './reportFacts';
import { heading, list, paragraph, table } from './sectionKit';

function settingsLines(facts: ReportFacts): string[] {
  const s = facts.input.settings;
  const lines: string[] = [];
  if (s.schoolName) lines.push(m.settingLine('Образовательная организация', s.schoolName));
  if (s.municipality) lines.push(m.settingLine('Муниципалитет', s.municipality));
  const year = facts.results?.identification.analysisYear ?? null;
  lines.push(
    m.settingLine(
      'Год анализа',
      s.analysisYear !== null ? String(s.analysisYear) : year !== null ? m.latestYear(year) : m.notSet,
    ),
    m.settingLine('Порог низкого результата', formatShare(s.lowResultThreshold, true)),
    m.settingLine('Минимум участников', String(s.minParticipants)),
    m.settingLine('Критерий 2: одна и та же процедура', s.criterion2SameProcedure ? m.yes : m.no),
    m.settingLine(
      'Дата отчёта',
      s.reportDate ? formatRussianDate(s.reportDate) : m.todayAs(formatRussianDate(facts.input.reportDate)),
    ),
    m.settingLine('Начало программы', s.programStart ? formatRussianDate(s.programStart) : m.notSet),
    m.settingLine('Окончание программы', s.programEnd ? formatRussianDate(s.programEnd) : m.notSet),
    m.settingLine('Дней до срока', String(s.daysBeforeDeadline)),
  );
  return lines;
}

export function sourcesSection(facts: ReportFacts): ReportSection {
  const { input } = facts;
  const blocks = [
    heading(m.sourcesHeading),
    table(
      m.sourcesHeader,
      facts.sheetsUsed.map((s) => [s.sheet, String(s.rows)]),
    ),
    paragraph(m.settingsUsed),
    list(settingsLines(facts)),
    paragraph(
      m.generatedBy(
        input.addonVersion,
        input.workbookName,
        formatRussianDate(input.reportDate),
        facts.period,
      ),
    ),
  ];
  if (facts.risk?.catalogueSource === 'builtIn') blocks.push(paragraph(m.builtInCatalogue, 'note'));
  for (const entry of facts.exampleRows)
    blocks.push(paragraph(m.exampleRowsNote(entry.sheet, entry.problem, entry.fix), 'note'));
  if (facts.remarks > 0) blocks.push(paragraph(m.remarksFound, 'note'));
  return { id: 'sources', blocks };
}
