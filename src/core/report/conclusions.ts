// §11.8 «Выводы» and «Рекомендации» by the rules of README «Правила и их источники» → «Выводы и
// рекомендации справки». Each rule fires only on facts the справка shows elsewhere and quotes them,
// so every sentence can be checked against a table above it. No rule speaks of dynamics from one
// year, of a share below `Минимум участников` without saying so, or of «необъективность».
import { procedureById } from '../identification/procedures';
import { schoolKey } from '../identification/schoolKey';
import { reportMessages as m } from '../messages/report';
import { targetStatuses } from '../messages/roadmap';
import type { ReportSection } from './documentModel';
import { formatPoints, formatShare, sharePoints } from './format';
import { verdictSentence } from './identificationSection';
import type { ReportFacts, ResultsFacts } from './reportFacts';
import { comparable } from './resultShares';
import { priorityLines, riskProfileEmpty } from './riskSection';
import { roadmapFigures } from './roadmapSection';
import { absent, heading, list, paragraph } from './sectionKit';

/** A change of the «2» share smaller than this many points is not called a rise or a fall. */
export const SHARE_CHANGE_POINTS = 1;

export interface Findings {
  readonly conclusions: string[];
  readonly recommendations: string[];
}

function identificationFindings(facts: ReportFacts, results: ResultsFacts, out: Findings): void {
  const { identification, verdict } = results;
  const year = identification.analysisYear;
  if (year === null || identification.years.length === 0) return;
  const lists = identification.byYear;
  const last = lists.at(-1);
  // How the last list changed, as «ШНОР по годам» counts it (identify's yearLists): null unless the
  // year before is a column too.
  const change = last?.change ? { year: last.year, ...last.change } : null;
  if (facts.kind === 'municipal') {
    out.conclusions.push(
      m.identifiedMunicipal(identification.lowResultCount, identification.schoolsWithData, year),
    );
    const first = lists[0];
    // Rule В2: two year columns at least; one year is a count, not a dynamics.
    if (first && last && first.year !== last.year)
      out.conclusions.push(m.countChange(first.year, first.schools.length, last.year, last.schools.length));
    if (change) {
      if (change.left.length > 0) out.conclusions.push(m.schoolsLeft(change.year, change.left));
      // A school of last year's list with no results this year has not shown that it left: the
      // data cannot say, so it is named apart (rule В3).
      if (change.withoutResults.length > 0)
        out.conclusions.push(m.schoolsWithoutResults(change.year, change.year - 1, change.withoutResults));
      if (change.entered.length > 0) out.conclusions.push(m.schoolsEntered(change.year, change.entered));
    }
    const flagged = identification.schools.filter((s) => s.isLowResult).map((s) => s.school);
    if (flagged.length > 0) out.recommendations.push(m.supportFlagged(year, flagged));
  } else if (verdict) {
    out.conclusions.push(verdictSentence(verdict, year));
    if (!verdict.hasData) out.recommendations.push(m.addYearResults(year));
    if (change) {
      const named = (names: readonly string[]) => names.some((s) => schoolKey(s) === verdict.schoolKey);
      // Without results of the year the school is in neither: it cannot be said to have left.
      if (named(change.left)) out.conclusions.push(m.schoolLeft(verdict.school, change.year));
      if (named(change.entered)) out.conclusions.push(m.schoolEntered(verdict.school, change.year));
    }
    const low = verdict.lowProcedures.filter((r) => r.year === year);
    if (low.length > 0) {
      const cells = low.map((r) => {
        const cell = results.shares.procedures.find((p) => p.procedure === r.procedure)?.byYear.get(year);
        return m.procedureWithShare(
          procedureById(r.procedure).label,
          cell?.share == null ? '' : formatShare(cell.share, true),
        );
      });
      out.conclusions.push(
        m.lowProceduresInYear(year, formatShare(facts.input.settings.lowResultThreshold, true), cells),
      );
    }
    if (verdict.isLowResult) out.recommendations.push(m.continueProgramme(year));
  }
  if (!identification.years.includes(year - 1)) out.recommendations.push(m.addPreviousYear(year));
}

function shareFindings(facts: ReportFacts, results: ResultsFacts, out: Findings): void {
  const years = results.shares.years;
  // Rule В4: a change needs two years of the same procedure.
  if (years.length < 2) return;
  const [from, to] = [years.at(-2)!, years.at(-1)!];
  const grew: string[] = [];
  for (const p of results.shares.procedures) {
    const label = procedureById(p.procedure).label;
    const a = p.byYear.get(from);
    const b = p.byYear.get(to);
    if (!a || !b) continue;
    if (a.fewParticipants || b.fewParticipants) {
      out.conclusions.push(
        m.fewParticipantsNoDynamics(label, from, to, facts.input.settings.minParticipants),
      );
      continue;
    }
    if (!comparable(a) || !comparable(b)) continue;
    const points = sharePoints(b.share) - sharePoints(a.share);
    if (Math.abs(points) < SHARE_CHANGE_POINTS) continue;
    const change = formatPoints(a.share, b.share);
    if (points > 0) {
      out.conclusions.push(
        m.shareRose(label, formatShare(a.share, true), from, formatShare(b.share, true), to, change),
      );
      grew.push(label);
    } else
      out.conclusions.push(
        m.shareFell(label, formatShare(a.share, true), from, formatShare(b.share, true), to, change),
      );
  }
  if (grew.length > 0) out.recommendations.push(m.analyseGrowth(grew));
}

function riskFindings(facts: ReportFacts, out: Findings): void {
  const { risk } = facts;
  if (!risk || riskProfileEmpty(risk)) return;
  const priority = risk.factors.filter((f) => f.priority);
  if (priority.length === 0) return;
  out.conclusions.push(m.highRisks(priorityLines(risk)));
  out.recommendations.push(m.planForRisks(priority.map((f) => f.factor.name)));
}

function roadmapFindings(facts: ReportFacts, out: Findings): void {
  if (!facts.roadmap) return;
  const f = roadmapFigures(facts.roadmap);
  if (f.total === 0) return;
  out.conclusions.push(m.roadmapDone(f.done, f.total, f.overdue));
  if (f.overdue > 0) out.recommendations.push(m.doOverdue(f.overdue));
  if (f.doneWithoutDocument > 0) out.recommendations.push(m.attachDocuments(f.doneWithoutDocument));
  if (f.dueSoon > 0) out.recommendations.push(m.dueSoon(f.dueSoon, facts.input.settings.daysBeforeDeadline));
}

function targetFindings(facts: ReportFacts, out: Findings): void {
  if (!facts.targets) return;
  const { summary, rows } = facts.targets.evaluation;
  if (summary.total === 0) return;
  out.conclusions.push(m.targetsAchieved(summary.achieved, summary.total));
  const stuck = rows
    .filter((r) => r.status === targetStatuses.worse || r.status === targetStatuses.noProgress)
    .map((r) => r.indicator);
  if (stuck.length > 0) out.recommendations.push(m.reviewTargets(stuck));
  if (summary.noData > 0) out.recommendations.push(m.fillFacts(summary.noData));
}

export function findings(facts: ReportFacts): Findings {
  const out: Findings = { conclusions: [], recommendations: [] };
  if (facts.results) {
    identificationFindings(facts, facts.results, out);
    shareFindings(facts, facts.results, out);
  }
  riskFindings(facts, out);
  roadmapFindings(facts, out);
  targetFindings(facts, out);
  return out;
}

export function conclusionsSection(facts: ReportFacts): ReportSection {
  const { conclusions, recommendations } = findings(facts);
  if (conclusions.length === 0 && recommendations.length === 0)
    return absent('conclusions', m.conclusionsAbsent);
  return {
    id: 'conclusions',
    blocks: [
      heading(m.conclusionsHeading),
      list(conclusions),
      heading(m.recommendationsHeading),
      recommendations.length > 0 ? list(recommendations) : paragraph(m.noRecommendations),
    ],
  };
}
