import { describe, expect, it } from 'vitest';
import type { CellValue, Grid } from '../../../src/core/cells/cellValue';
import { toInstant } from '../../../src/core/dates/calendarDate';
import { summaryMessages as m } from '../../../src/core/messages/summary';
import { type CuratorView, summarizeSchool } from '../../../src/core/summary/schoolSummary';
import { NO_METRICS } from '../../../src/core/summary/summaryEntry';
import { riskThresholdTemplateRows } from '../../../src/core/template/riskThresholdRows';
import {
  RESULTS_SHEET,
  RISK_PROFILE_SHEET,
  RISK_THRESHOLDS_SHEET,
  ROADMAP_SHEET,
  SETTINGS_SHEET,
  TARGETS_SHEET,
} from '../../../src/core/template/sheets';
import { sheetRows } from '../../fakes/fakeSchoolWorkbook';

const ZONE = 'Europe/Moscow';
const view: CuratorView = { reportDate: { year: 2024, month: 11, day: 20 }, timeZone: ZONE };

/** A date cell as the Sheets API gives it (SERIAL_NUMBER): days since 30.12.1899. */
function serial(year: number, month: number, day: number): number {
  return (Date.UTC(year, month - 1, day) - Date.UTC(1899, 11, 30)) / 86_400_000;
}

const SCHOOL = 'МБОУ СОШ № 2';

function grids(overrides: Record<string, Grid | null> = {}): Map<string, Grid> {
  const base: Record<string, Grid> = {
    [SETTINGS_SHEET.name]: [
      ['Параметр', 'Значение'],
      ['Образовательная организация', SCHOOL],
      ['Год анализа', 2024],
      // The school's own report date is ignored: the curator judges every school on one day.
      ['Дата отчёта', serial(2024, 1, 10)],
    ],
    [RESULTS_SHEET.name]: sheetRows(RESULTS_SHEET, [
      {
        school: 'МБОУ "СОШ №2"',
        year: 2024,
        procedure: 'ВПР по математике (5 класс)',
        participants: 35,
        failed: 12,
      },
      { school: SCHOOL, year: 2024, procedure: 'ОГЭ (математика)', participants: 20, failed: 7 },
      { school: SCHOOL, year: 2024, procedure: 'ЕГЭ русский язык', participants: 18, failed: 0 },
      { school: SCHOOL, year: '2022-2023', procedure: 'ВПР математика 5 класс', participants: 30, failed: 3 },
      // Another school in the same sheet must not decide this school's status.
      { school: 'МБОУ ООШ № 8', year: 2024, procedure: 'ОГЭ (математика)', participants: 10, failed: 1 },
    ]),
    [RISK_PROFILE_SHEET.name]: sheetRows(RISK_PROFILE_SHEET, [
      {
        factor: 'Высокая доля обучающихся с рисками учебной неуспешности',
        indicator: 'Доля обучающихся с ограниченными возможностями здоровья',
        value: 30,
        unit: '%',
      },
      {
        factor: 'Дефицит педагогических кадров',
        indicator: 'Доля вакантных ставок педагогических работников',
        value: 6,
        unit: '%',
        officialLevel: 'высокий',
      },
      {
        factor: 'Низкий уровень оснащения школы',
        indicator: 'Доля учебных кабинетов, оснащённых компьютером, проектором и выходом в интернет',
        value: 90,
        unit: '%',
        // A stale output the summary must not trust.
        localLevel: 'высокий',
      },
    ]),
    [RISK_THRESHOLDS_SHEET.name]: [
      RISK_THRESHOLDS_SHEET.columns.map((c) => c.header),
      ...riskThresholdTemplateRows(),
    ],
    [ROADMAP_SHEET.name]: sheetRows(ROADMAP_SHEET, [
      { measure: 'Региональный и муниципальный уровни' },
      {
        number: 1,
        measure: 'Диагностика профессиональных дефицитов педагогов',
        deadline: 'до 13.03.2024',
        done: true,
        doneDate: serial(2024, 3, 10),
        documentLink: 'https://drive.google.com/file/d/abc',
      },
      // Overdue as of the curator's date, whatever the school's stale «Статус» says.
      { number: 2, measure: 'Методический семинар', deadline: 'Март 2024', done: false, status: 'Выполнено' },
      { number: 3, measure: 'Курсы повышения квалификации', deadline: 'Май-июнь 2025', done: false },
      {
        number: 4,
        measure: 'Отчёт о реализации программы',
        deadline: serial(2024, 10, 30),
        done: true,
        doneDate: serial(2024, 10, 25),
        documentLink: 'https://drive.google.com/file/d/def',
        curatorDecision: 'На доработку',
      },
    ]),
    [TARGETS_SHEET.name]: sheetRows(TARGETS_SHEET, [
      {
        indicator: 'Доля учителей, испытывающих неуверенность и трудность при работе со слабоуспевающими',
        unit: '%',
        base: 44,
        plan: 10,
        fact: 20,
        status: 'Достигнут',
      },
      {
        indicator: 'Доля обучающихся, подтвердивших отметки на ВПР',
        unit: '%',
        base: 60,
        plan: 75,
        fact: 80,
      },
    ]),
  };
  const out = new Map<string, Grid>();
  for (const [name, grid] of Object.entries({ ...base, ...overrides })) if (grid) out.set(name, grid);
  return out;
}

describe('summarizeSchool', () => {
  it('computes every column of «Сводка» with the same core as the school workbook, as of the curator’s date', () => {
    const summary = summarizeSchool({ fileName: 'СОШ 2 — мониторинг', grids: grids() }, view);
    expect(summary.school).toBe(SCHOOL);
    expect(summary.problems).toEqual([]);
    expect(summary.metrics).toEqual({
      isLowResult: true,
      highRisks: 2,
      measures: 4,
      donePercent: 0.5,
      overdue: 1,
      sentBack: 1,
      targetsAchieved: 1,
      targetsTotal: 2,
      // Measure 1 is done without a decision; measure 4 was sent back, which is a decision.
      awaitingDecision: 1,
    });
    // The same evaluation gives «Очередь проверки» its measures (evidence not checked yet);
    // «…/file/d/abc» holds no Drive id (ids are 10 characters or more).
    expect(summary.review.map((m) => [m.number, m.reasons, m.evidence.kind])).toEqual([
      ['1', ['awaitingDecision', 'notDriveFile'], 'notDrive'],
      ['2', ['overdue'], 'none'],
      ['3', [], 'none'],
      ['4', ['notDriveFile', 'sentBack'], 'notDrive'],
    ]);
  });

  it('judges overdue measures on the curator’s report date, not the school’s', () => {
    const early = summarizeSchool(
      { fileName: 'f', grids: grids() },
      { ...view, reportDate: { year: 2024, month: 2, day: 1 } },
    );
    expect(early.metrics.overdue).toBe(0);
  });

  it('takes the file name when «Настройки» names no school, and the only school of the results', () => {
    const settings: CellValue[][] = [['Параметр', 'Значение']];
    const results = sheetRows(RESULTS_SHEET, [
      {
        school: 'МБОУ ООШ № 8',
        year: 2024,
        procedure: 'ВПР математика 5 класс',
        participants: 10,
        failed: 1,
      },
    ]);
    const summary = summarizeSchool(
      { fileName: 'ООШ 8', grids: grids({ [SETTINGS_SHEET.name]: settings, [RESULTS_SHEET.name]: results }) },
      view,
    );
    expect(summary.school).toBe('ООШ 8');
    expect(summary.metrics.isLowResult).toBe(false);
  });

  it('leaves the columns of a missing sheet blank and says which sheet is missing', () => {
    const summary = summarizeSchool(
      { fileName: 'f', grids: grids({ [ROADMAP_SHEET.name]: null, [TARGETS_SHEET.name]: null }) },
      view,
    );
    expect(summary.metrics).toMatchObject({
      measures: null,
      donePercent: null,
      overdue: null,
      targetsTotal: null,
    });
    expect(summary.metrics.isLowResult).toBe(true);
    expect(summary.problems).toEqual([
      m.missingSheet('Дорожная карта'),
      m.missingSheet('Целевые показатели'),
    ]);
  });

  it('names the sheet whose headers are gone', () => {
    const summary = summarizeSchool(
      {
        fileName: 'f',
        grids: grids({
          [ROADMAP_SHEET.name]: [
            ['Что', 'Когда'],
            ['Семинар', 'март'],
          ],
        }),
      },
      view,
    );
    expect(summary.problems).toEqual([m.missingHeaders('Дорожная карта', ['Мероприятие', 'Срок'])]);
    expect(summary.metrics.measures).toBeNull();
  });

  it('counts the school’s data problems instead of failing on them', () => {
    const results = sheetRows(RESULTS_SHEET, [
      { school: SCHOOL, year: 2024, procedure: 'Олимпиада по физике', participants: 10, failed: 5 },
      { school: SCHOOL, year: 2024, procedure: 'ОГЭ (математика)', participants: 'двадцать', failed: 7 },
    ]);
    const summary = summarizeSchool({ fileName: 'f', grids: grids({ [RESULTS_SHEET.name]: results }) }, view);
    expect(summary.problems).toEqual([m.dataProblems(2)]);
    expect(summary.metrics.isLowResult).toBeNull();
  });

  it('reads empty template sheets as «not filled in», not as zeros', () => {
    const empty = (schema: { columns: readonly { header: string }[] }): Grid => [
      schema.columns.map((c) => c.header),
    ];
    const summary = summarizeSchool(
      {
        fileName: 'f',
        grids: grids({
          [RESULTS_SHEET.name]: empty(RESULTS_SHEET),
          [RISK_PROFILE_SHEET.name]: empty(RISK_PROFILE_SHEET),
          [TARGETS_SHEET.name]: empty(TARGETS_SHEET),
        }),
      },
      view,
    );
    expect(summary.metrics).toMatchObject({ isLowResult: null, highRisks: null, targetsAchieved: null });
  });

  it('accepts dates as Date objects too (the same core serves getValues grids)', () => {
    const roadmap = sheetRows(ROADMAP_SHEET, [
      { measure: 'Семинар', deadline: toInstant({ year: 2024, month: 3, day: 1 }, ZONE), done: false },
    ]);
    const summary = summarizeSchool({ fileName: 'f', grids: grids({ [ROADMAP_SHEET.name]: roadmap }) }, view);
    expect(summary.metrics).toMatchObject({ measures: 1, overdue: 1, donePercent: 0 });
    expect(NO_METRICS.measures).toBeNull();
  });
});
