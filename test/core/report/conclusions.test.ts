// The rules of «Выводы» and «Рекомендации» (README «Выводы и рекомендации справки»): each fires on
// its fact and stays silent without it.
import { describe, expect, it } from 'vitest';
import type { Grid } from '../../../src/core/cells/cellValue';
import { toInstant } from '../../../src/core/dates/calendarDate';
import { reportMessages as m } from '../../../src/core/messages/report';
import { findings } from '../../../src/core/report/conclusions';
import { reportFacts } from '../../../src/core/report/reportFacts';
import type { ReportSheets } from '../../../src/core/report/reportInput';
import { RESULTS_SHEET, RISK_PROFILE_SHEET, TARGETS_SHEET } from '../../../src/core/template/sheets';
import { sheetRows } from '../../fakes/fakeSchoolWorkbook';
import { roadmapGrid } from '../roadmap/roadmapTable';
import { reportInputOf, settingsGrid, ZONE } from './reportFixtures';

const SCHOOL = 'МБОУ СОШ № 1';
const day = (d: number, mo: number, y: number): Date => toInstant({ year: y, month: mo, day: d }, ZONE);
const settings = settingsGrid({
  'Образовательная организация': SCHOOL,
  'Дата отчёта': day(20, 11, 2024),
  'Начало программы': day(1, 1, 2024),
  'Окончание программы': day(31, 12, 2024),
});

/** «Результаты ОП» of several schools; `results`: of the school of «Настройки» alone. */
const district = (rows: [string, number, string, number, number][]): Grid =>
  sheetRows(
    RESULTS_SHEET,
    rows.map(([school, year, procedure, participants, failed]) => ({
      school,
      year,
      procedure,
      participants,
      failed,
    })),
  );
const results = (rows: [number, string, number, number][]): Grid =>
  district(rows.map((row) => [SCHOOL, ...row]));

const run = (sheets: Partial<ReportSheets>) => findings(reportFacts(reportInputOf({ settings, ...sheets })));

describe('rules on the results', () => {
  it('says a school left the list, and that its share fell, and recommends nothing for a fall', () => {
    const { conclusions, recommendations } = run({
      results: results([
        [2022, 'ВПР математика 5 класс', 20, 8],
        [2023, 'ВПР математика 5 класс', 20, 8],
        [2024, 'ВПР математика 5 класс', 20, 2],
      ]),
    });
    expect(conclusions).toContain(m.schoolLeft(SCHOOL, 2024));
    expect(conclusions).toContain(m.shareFell('ВПР математика 5 кл.', '40 %', 2023, '10 %', 2024, '−30'));
    expect(recommendations.join(' ')).not.toContain('роста доли');
  });

  it('recommends analysing a share that rose, and calls a change below 1 point no change', () => {
    const { conclusions, recommendations } = run({
      results: results([
        [2023, 'ВПР математика 5 класс', 20, 2],
        [2024, 'ВПР математика 5 класс', 20, 5],
        [2023, 'ОГЭ математика', 200, 20],
        [2024, 'ОГЭ математика', 200, 21],
      ]),
    });
    expect(recommendations).toContain(m.analyseGrowth(['ВПР математика 5 кл.']));
    expect(conclusions.join(' ')).not.toContain('«ОГЭ математика»');
  });

  it('asks for the year before when criterion 2 could not be checked', () => {
    const { recommendations } = run({ results: results([[2024, 'ОГЭ математика', 20, 2]]) });
    expect(recommendations).toContain(m.addPreviousYear(2024));
  });
});

describe('rules on the roadmap, the risks and the targets', () => {
  it('fires on overdue, undocumented and soon-due measures only', () => {
    const roadmap = roadmapGrid([
      { number: '1', measure: 'Просроченное', deadline: 'Март 2024' },
      { number: '2', measure: 'Без документа', deadline: 'Май 2024', done: true, doneDate: day(3, 5, 2024) },
      { number: '3', measure: 'Скоро срок', deadline: 'до 30.11.2024' },
    ]);
    const { conclusions, recommendations } = run({ roadmap });
    expect(conclusions).toContain(m.roadmapDone(1, 3, 1));
    expect(recommendations).toEqual([m.doOverdue(1), m.attachDocuments(1), m.dueSoon(1, 14)]);
    const calm = run({
      roadmap: roadmapGrid([
        { number: '1', measure: 'Готово', deadline: 'Май 2024', done: true, documentLink: 'https://x' },
      ]),
    });
    expect(calm.recommendations).toEqual([]);
  });

  it('names the high directions with their source', () => {
    const riskProfile: Grid = [
      RISK_PROFILE_SHEET.columns.map((c) => c.header),
      [
        'Высокая доля обучающихся с рисками учебной неуспешности',
        'Доля обучающихся с ОВЗ',
        30,
        '%',
        '',
        '',
        '',
      ],
      [
        'Дефицит педагогических кадров',
        'Доля вакантных ставок педагогических работников',
        0,
        '%',
        'высокий',
        '',
        '',
      ],
    ];
    const { conclusions, recommendations } = run({ riskProfile });
    expect(conclusions).toContain(
      m.highRisks([
        'Дефицит педагогических кадров (уровень ФИОКО)',
        'Высокая доля обучающихся с рисками учебной неуспешности (оценка школы)',
      ]),
    );
    expect(recommendations).toContain(
      m.planForRisks([
        'Дефицит педагогических кадров',
        'Высокая доля обучающихся с рисками учебной неуспешности',
      ]),
    );
  });

  it('asks to review stuck targets and to fill missing facts', () => {
    const targets: Grid = [
      TARGETS_SHEET.columns.map((c) => c.header),
      ['Доля А', '%', '20%', '10%', '25%', '', '', ''],
      ['Доля Б', '%', '20%', '10%', '', '', '', ''],
      ['Доля В', '%', '20%', '10%', '10%', '', '', ''],
    ];
    const { conclusions, recommendations } = run({ targets });
    expect(conclusions).toContain(m.targetsAchieved(1, 3));
    expect(recommendations).toEqual([m.reviewTargets(['Доля А']), m.fillFacts(1)]);
  });

  it('has nothing to say without data', () => {
    expect(run({})).toEqual({ conclusions: [], recommendations: [] });
  });
});

describe('the wording of the rules, as a reader says it', () => {
  it.each([
    [14, 'в ближайшие 14 дней (2).'],
    [3, 'в ближайшие 3 дня (2).'],
    [21, 'в ближайшие 21 день (2).'],
  ])('«Дней до срока» = %i: %s', (days, ending) => {
    expect(m.dueSoon(2, days).endsWith(ending)).toBe(true);
  });

  it('asks no «управленческая команда» of a municipality, and gives «вошла» its subject', () => {
    expect(m.doOverdue(2)).not.toContain('управленческой команды');
    expect(m.schoolEntered('МБОУ СОШ № 2', 2024)).toBe(
      'МБОУ СОШ № 2 вошла в список ШНОР в 2024 году (в 2023 году её в списке не было).',
    );
  });
});

describe('a school of last year’s list without this year’s results', () => {
  it('is not said to have left the list: the справка says the data cannot tell', () => {
    const { conclusions } = findings(
      reportFacts(
        reportInputOf({
          settings: settingsGrid({ Муниципалитет: 'Район' }),
          results: district([
            ['Школа А', 2023, 'ВПР математика 5 класс', 20, 8],
            ['Школа А', 2023, 'ОГЭ математика', 20, 8],
            ['Школа В', 2023, 'ВПР математика 5 класс', 20, 8],
            ['Школа В', 2023, 'ОГЭ математика', 20, 8],
            ['Школа В', 2024, 'ВПР математика 5 класс', 20, 1],
            ['Школа Б', 2023, 'ВПР математика 5 класс', 20, 1],
            ['Школа Б', 2024, 'ВПР математика 5 класс', 20, 1],
          ]),
        }),
      ),
    );
    expect(conclusions).toContain(m.schoolsLeft(2024, ['Школа В']));
    expect(conclusions).toContain(
      'Нет результатов 2024 года у школы из списка ШНОР 2023 года: Школа А — вышла ли она из списка, по данным сказать нельзя.',
    );
    expect(conclusions.filter((c) => c.startsWith('Вышли из списка'))).toEqual([
      m.schoolsLeft(2024, ['Школа В']),
    ]);
  });

  it('in its own справка is neither said to have left nor judged: there is nothing to judge', () => {
    const { conclusions } = run({
      results: district([
        [SCHOOL, 2023, 'ВПР математика 5 класс', 20, 8],
        [SCHOOL, 2023, 'ОГЭ математика', 20, 8],
        ['Школа Б', 2024, 'ВПР математика 5 класс', 20, 1],
      ]),
    });
    expect(conclusions).toEqual([m.schoolNoResults(SCHOOL, 2024)]);
  });
});
