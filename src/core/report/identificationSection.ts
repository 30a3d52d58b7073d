// §11.2 «Выявление ШНОР»: the rule as applied, the verdict in a sentence, «ШНОР по годам» with every
// year of the data (the same table as the sheet: lowResultByYearSheet), and the count dynamics.

import type { Identification, SchoolVerdict } from '../identification/identify';
import { lowResultByYearSheet } from '../identification/lowResultByYearSheet';
import { procedureById } from '../identification/procedures';
import { schoolKey } from '../identification/schoolKey';
import { reportMessages as m } from '../messages/report';
import { cellText } from '../text/normalize';
import type { ReportBlock, ReportSection } from './documentModel';
import { formatShare } from './format';
import type { ReportFacts, ResultsFacts } from './reportFacts';
import { absent, heading, list, paragraph, table } from './sectionKit';

/** Years between the first and the last of the data that have no results at all (seed 002_…: 2021). */
export function missingYears(years: readonly number[]): number[] {
  const missing: number[] = [];
  const first = years[0];
  const last = years.at(-1);
  if (first === undefined || last === undefined) return missing;
  for (let year = first + 1; year < last; year++) if (!years.includes(year)) missing.push(year);
  return missing;
}

/** The school's verdict for `year`, in the section and in «Выводы» alike. */
export function verdictSentence(verdict: SchoolVerdict, year: number): string {
  // «не соответствует» is a finding about results; without results of the year there is none.
  if (!verdict.hasData) return m.schoolNoResults(verdict.school, year);
  return verdict.isLowResult
    ? m.schoolMeets(verdict.school, year, verdict.criterion)
    : m.schoolDoesNotMeet(verdict.school, year);
}

function verdictBlocks(facts: ReportFacts, results: ResultsFacts, year: number): ReportBlock[] {
  const { identification, verdict } = results;
  if (facts.kind === 'municipal') {
    const blocks = [
      paragraph(m.identifiedMunicipal(identification.lowResultCount, identification.schoolsWithData, year)),
    ];
    const flagged = identification.schools.filter((s) => s.isLowResult);
    if (flagged.length > 0) {
      blocks.push(
        table(
          m.flaggedHeader,
          flagged.map((s) => [s.school, s.criterion, s.explanation]),
          m.flaggedCaption(year),
        ),
      );
    }
    return blocks;
  }
  if (!verdict) return [];
  return [paragraph(verdictSentence(verdict, year)), list(verdict.explanationLines)];
}

/** `ownYears`: the years the school has results in; in another year it is in no list, unjudged. */
function schoolByYear(identification: Identification, key: string, ownYears: readonly number[]): ReportBlock {
  const rows = identification.byYear.map((list) => {
    if (!ownYears.includes(list.year)) return [m.yearColumn(list.year), '—', m.noSchoolResultsShort];
    const inList = list.schools.some((s) => schoolKey(s) === key);
    return [
      m.yearColumn(list.year),
      inList ? m.yes : m.no,
      list.criterion2Checked ? '' : m.criterion2NotCheckedShort(list.year),
    ];
  });
  return table(m.schoolByYearHeader, rows, m.schoolByYearCaption);
}

function municipalByYear(identification: Identification): ReportBlock {
  const block = lowResultByYearSheet(identification);
  return table(
    block.headers.map(cellText),
    block.rows.map((row) => row.map(cellText)),
    m.byYearCaption,
  );
}

export function identificationSection(facts: ReportFacts): ReportSection {
  const { results } = facts;
  if (!results) return absent('identification', m.identificationAbsent);
  const { identification } = results;
  const year = identification.analysisYear;
  if (year === null || identification.years.length === 0)
    return absent('identification', m.identificationAbsent);
  const settings = facts.input.settings;
  if (facts.kind === 'school' && !results.verdict)
    return absent('identification', m.schoolNotInResults(settings.schoolName));
  const blocks: ReportBlock[] = [
    heading(m.identificationHeading),
    paragraph(
      m.ruleApplied(
        formatShare(settings.lowResultThreshold, true),
        settings.minParticipants,
        settings.criterion2SameProcedure,
      ),
    ),
  ];
  const procedures = results.shares.procedures.map((p) => procedureById(p.procedure).name);
  if (procedures.length > 0) blocks.push(paragraph(m.proceduresAnalysed), list(procedures));
  blocks.push(...verdictBlocks(facts, results, year));
  if (!identification.years.includes(year - 1)) blocks.push(paragraph(m.criterion2NotChecked(year), 'note'));

  blocks.push(heading(m.byYearHeading, 3));
  if (identification.byYear.length === 0) blocks.push(paragraph(m.byYearEmpty, 'note'));
  else if (facts.kind === 'school' && results.verdict)
    blocks.push(schoolByYear(identification, results.verdict.schoolKey, results.shares.years));
  else blocks.push(municipalByYear(identification));
  const gaps = missingYears(identification.years);
  if (gaps.length > 0) blocks.push(paragraph(m.yearsMissing(gaps), 'note'));
  // Dynamics need two years at least: one year is a count, not a change.
  if (facts.kind === 'municipal' && identification.byYear.length >= 2) {
    blocks.push(paragraph(m.countDynamics(identification.byYear.map((l) => [l.year, l.schools.length]))));
  }
  return { id: 'identification', blocks };
}
