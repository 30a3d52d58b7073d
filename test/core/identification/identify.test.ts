import { describe, expect, it } from 'vitest';
import type { CellValue } from '../../../src/core/cells/cellValue';
import { findSchoolVerdict, identifyFromGrids } from '../../../src/core/identification/identify';
import { lowResultByYearSheet } from '../../../src/core/identification/lowResultByYearSheet';
import { Journal } from '../../../src/core/journal/journal';
import { DEFAULT_SETTINGS, type Settings } from '../../../src/core/settings/settings';

const HEADER = ['Школа', 'Год', 'Процедура', 'Участников', 'Получили «2»', 'Доля «2», %'];
const CLUSTER_HEADER = ['Школа', 'Год', 'Кластер ФИОКО'];
const LOW = [35, 12] as const; // 34 %
const OK = [35, 3] as const; // 9 %

function row(
  school: string,
  year: number,
  procedure: string,
  counts: readonly [number, number],
): CellValue[] {
  return [school, year, procedure, counts[0], counts[1], ''];
}

function identify(
  rows: CellValue[][],
  settings: Partial<Settings> = {},
  clusters: CellValue[][] | null = null,
) {
  const journal = new Journal();
  const result = identifyFromGrids(
    [HEADER, ...rows],
    clusters ? [CLUSTER_HEADER, ...clusters] : null,
    { ...DEFAULT_SETTINGS, ...settings },
    journal,
  );
  return { result, journal: journal.entries };
}

const verdict = (rows: CellValue[][], school: string, settings: Partial<Settings> = {}) => {
  const found = findSchoolVerdict(identify(rows, settings).result, school);
  if (!found) throw new Error(`no verdict for ${school}`);
  return found;
};

describe('criterion 1: at least two low procedures in the analysis year', () => {
  it('flags two low procedures of one year', () => {
    const v = verdict(
      [
        row('МБОУ СОШ № 2', 2024, 'ВПР математика 5 класс', LOW),
        row('МБОУ СОШ № 2', 2024, 'ОГЭ русский язык', [20, 6]),
        row('МБОУ СОШ № 2', 2023, 'ОГЭ русский язык', OK),
      ],
      'МБОУ СОШ №2',
    );
    expect(v).toMatchObject({ isLowResult: true, criterion: '1', lowProcedureCount: 2, analysisYear: 2024 });
    expect(v.explanation).toBe(
      'ВПР математика 5 кл. 2024: 34 % (12 из 35); ОГЭ русский язык 2024: 30 % (6 из 20)',
    );
  });

  it('does not flag one low procedure without a low one the year before', () => {
    const v = verdict(
      [
        row('МБОУ СОШ № 2', 2024, 'ВПР математика 5 класс', LOW),
        row('МБОУ СОШ № 2', 2023, 'ОГЭ математика', OK),
      ],
      'МБОУ СОШ № 2',
    );
    expect(v).toMatchObject({ isLowResult: false, criterion: '', lowProcedureCount: 1 });
    expect(v.explanation).toBe('ВПР математика 5 кл. 2024: 34 % (12 из 35)');
  });

  it('counts results with too few participants as not low', () => {
    const rows = [
      row('МБОУ СОШ № 2', 2024, 'ВПР математика 5 класс', [4, 4]),
      row('МБОУ СОШ № 2', 2024, 'ОГЭ математика', LOW),
    ];
    const few = verdict(rows, 'МБОУ СОШ № 2', { minParticipants: 5 });
    expect(few.isLowResult).toBe(false);
    expect(few.explanationLines).toEqual([
      'ОГЭ математика 2024: 34 % (12 из 35)',
      'ВПР математика 5 кл. 2024: мало участников (4, нужно не менее 5), не учтено',
      'Критерий 2 не проверен: нет результатов за 2023 год',
    ]);
    expect(verdict(rows, 'МБОУ СОШ № 2', { minParticipants: 1 }).isLowResult).toBe(true);
  });
});

describe('criterion 2: a low procedure in Y−1 and in Y', () => {
  const rows = [
    row('МБОУ ООШ № 8', 2023, 'ВПР русский язык 6 класс', [40, 16]),
    row('МБОУ ООШ № 8', 2024, 'ОГЭ математика', [28, 9]),
  ];

  it('flags any low procedure in both years by default', () => {
    const v = verdict(rows, 'МБОУ ООШ № 8');
    expect(v).toMatchObject({ isLowResult: true, criterion: '2', criteria: [2] });
    expect(v.explanationLines).toEqual([
      'ВПР русский язык 6 кл. 2023: 40 % (16 из 40)',
      'ОГЭ математика 2024: 32 % (9 из 28)',
    ]);
  });

  it('with `одна и та же процедура` = Да, needs the same procedure both years', () => {
    expect(verdict(rows, 'МБОУ ООШ № 8', { criterion2SameProcedure: true }).isLowResult).toBe(false);
    const same = [...rows, row('МБОУ ООШ № 8', 2024, 'ВПР русский язык 6 класс', [40, 13])];
    expect(verdict(same, 'МБОУ ООШ № 8', { criterion2SameProcedure: true })).toMatchObject({
      isLowResult: true,
      criterion: '1, 2',
    });
  });

  it('looks back from the analysis year of the settings, not the latest', () => {
    const older = [
      ...rows,
      row('МБОУ ООШ № 8', 2022, 'ОГЭ математика', LOW),
      row('МБОУ СОШ № 1', 2024, 'ОГЭ математика', OK),
    ];
    expect(verdict(older, 'МБОУ ООШ № 8', { analysisYear: 2023 })).toMatchObject({
      analysisYear: 2023,
      criterion: '2',
    });
  });
});

describe('identification of a municipality', () => {
  const rows = [
    // СОШ № 6: criterion 1 in 2023, nothing low in 2024 → leaves the list.
    row('МБОУ СОШ № 6', 2022, 'ОГЭ математика', OK),
    row('МБОУ СОШ № 6', 2023, 'ОГЭ математика', LOW),
    row('МБОУ СОШ № 6', 2023, 'ОГЭ русский язык', LOW),
    row('МБОУ СОШ № 6', 2024, 'ОГЭ математика', OK),
    // СОШ № 7: low every year → stays.
    row('МБОУ СОШ № 7', 2022, 'ВПР математика 5 класс', LOW),
    row('МБОУ СОШ № 7', 2023, 'ВПР математика 5 класс', LOW),
    row('МБОУ СОШ № 7', 2024, 'ВПР математика 5 класс', LOW),
    // СОШ № 21: enters in 2024.
    row('МБОУ СОШ № 21', 2023, 'ОГЭ математика', OK),
    row('МБОУ СОШ № 21', 2024, 'ОГЭ математика', LOW),
    row('МБОУ СОШ № 21', 2024, 'ЕГЭ русский язык', LOW),
    // No 2024 results at all.
    row('МБОУ СОШ № 45', 2023, 'ОГЭ математика', OK),
  ];

  it('takes the latest year when `Год анализа` is blank and lists flagged schools first', () => {
    const { result } = identify(rows);
    expect(result.analysisYear).toBe(2024);
    expect(result.schools.map((s) => [s.school, s.isLowResult])).toEqual([
      ['МБОУ СОШ № 7', true],
      ['МБОУ СОШ № 21', true],
      ['МБОУ СОШ № 6', false],
      ['МБОУ СОШ № 45', false],
    ]);
    expect(result.lowResultCount).toBe(2);
    expect(result.schoolsWithData).toBe(3);
    expect(findSchoolVerdict(result, 'МБОУ СОШ № 45')!.explanation).toBe('Нет результатов за 2024 год');
    expect(findSchoolVerdict(result, 'МБОУ СОШ № 6')!.explanation).toBe(
      'ОГЭ математика 2023: 34 % (12 из 35); ОГЭ русский язык 2023: 34 % (12 из 35)',
    );
  });

  it('lists every year of the data, the earliest included, with how the list changed (seed 002_…)', () => {
    const { result } = identify(rows);
    expect(result.byYear).toEqual([
      { year: 2022, schools: [], change: null, criterion2Checked: false },
      {
        year: 2023,
        schools: ['МБОУ СОШ № 6', 'МБОУ СОШ № 7'],
        change: { entered: ['МБОУ СОШ № 6', 'МБОУ СОШ № 7'], left: [], withoutResults: [] },
        criterion2Checked: true,
      },
      {
        year: 2024,
        schools: ['МБОУ СОШ № 7', 'МБОУ СОШ № 21'],
        change: { entered: ['МБОУ СОШ № 21'], left: ['МБОУ СОШ № 6'], withoutResults: [] },
        criterion2Checked: true,
      },
    ]);
    expect(lowResultByYearSheet(result)).toEqual({
      headers: ['№', '2022 год', '2023 год', '2024 год'],
      rows: [
        [1, '', 'МБОУ СОШ № 6', 'МБОУ СОШ № 7'],
        [2, '', 'МБОУ СОШ № 7', 'МБОУ СОШ № 21'],
        ['Всего', 0, 2, 2],
        ['Вошли в список', '', 2, 1],
        ['Вышли из списка', '', 0, 1],
        ['Критерий 2', 'не проверен: нет данных за 2021 год', '', ''],
      ],
    });
  });

  it('has a column for each of seed 002_…’s years 2020, 2022, 2023, 2024, and says where criterion 2 was not checked', () => {
    // Seed 002_…'s list: 2020 and 2022 have no year before them in the data.
    const seed = [
      row('МБОУ СОШ № 2', 2020, 'ВПР математика 5 класс', LOW),
      row('МБОУ СОШ № 2', 2020, 'ВПР русский язык 5 класс', LOW),
      row('МБОУ СОШ № 6', 2022, 'ОГЭ математика', LOW),
      row('МБОУ СОШ № 6', 2022, 'ОГЭ русский язык', LOW),
      row('МБОУ СОШ № 6', 2023, 'ОГЭ математика', LOW),
      row('МБОУ СОШ № 7', 2022, 'ВПР математика 5 класс', LOW),
      row('МБОУ СОШ № 7', 2022, 'ВПР математика 6 класс', LOW),
      row('МБОУ СОШ № 7', 2023, 'ВПР математика 5 класс', LOW),
      row('МБОУ СОШ № 7', 2024, 'ВПР математика 5 класс', LOW),
      row('МБОУ СОШ № 6', 2024, 'ОГЭ математика', OK),
    ];
    const { result } = identify(seed);
    const sheet = lowResultByYearSheet(result);
    expect(sheet.headers).toEqual(['№', '2020 год', '2022 год', '2023 год', '2024 год']);
    expect(sheet.rows).toEqual([
      [1, 'МБОУ СОШ № 2', 'МБОУ СОШ № 6', 'МБОУ СОШ № 6', 'МБОУ СОШ № 7'],
      [2, '', 'МБОУ СОШ № 7', 'МБОУ СОШ № 7', ''],
      ['Всего', 1, 2, 2, 1],
      ['Вошли в список', '', '', 0, 0],
      ['Вышли из списка', '', '', 0, 1],
      ['Критерий 2', 'не проверен: нет данных за 2019 год', 'не проверен: нет данных за 2021 год', '', ''],
    ]);
  });

  it('says in «ШНОР»’s Пояснение that criterion 2 was not checked when the year before has no data', () => {
    const { result } = identify(rows, { analysisYear: 2022 });
    const v = findSchoolVerdict(result, 'МБОУ СОШ № 7')!;
    expect(v).toMatchObject({ isLowResult: false, analysisYear: 2022 });
    expect(v.explanationLines.at(-1)).toBe('Критерий 2 не проверен: нет результатов за 2021 год');
    expect(findSchoolVerdict(identify(rows).result, 'МБОУ СОШ № 7')!.explanation).not.toContain(
      'Критерий 2 не проверен',
    );
  });

  it('fills the cluster of the analysis year and its dynamics from «Кластеры»', () => {
    const { result } = identify(rows, {}, [
      ['МБОУ СОШ № 7', 2023, 'сильно неуспевающие'],
      ['МБОУ СОШ №7', '2023-2024', 'умеренно неуспевающие'],
      ['МБОУ СОШ № 6', 2023, 'базово неуспевающие'],
      ['МБОУ СОШ № 21', 2024, 'базово неуспевающие'],
    ]);
    const clusterOf = (name: string) => {
      const v = findSchoolVerdict(result, name)!;
      return [v.cluster, v.clusterTrend];
    };
    expect(clusterOf('МБОУ СОШ № 7')).toEqual(['умеренно неуспевающие', 'положительная']);
    expect(clusterOf('МБОУ СОШ № 6')).toEqual([null, 'положительная']); // out of the list
    expect(clusterOf('МБОУ СОШ № 21')).toEqual(['базово неуспевающие', 'отрицательная']); // entered
    expect(clusterOf('МБОУ СОШ № 45')).toEqual([null, null]);
  });

  it('reads the clusters as the reports write them: «кластер «сильно неуспевающие»», «… школы»', () => {
    const { result, journal } = identify(rows, {}, [
      ['МБОУ СОШ № 7', 2023, 'кластер «сильно неуспевающие»'],
      ['МБОУ СОШ № 7', 2024, 'Умеренно неуспевающие школы'],
      ['МБОУ СОШ № 21', 2024, 'к кластеру «базово неуспевающие»'],
    ]);
    expect(journal.filter((e) => e.sheet === 'Кластеры')).toEqual([]);
    const v = findSchoolVerdict(result, 'МБОУ СОШ № 7')!;
    expect([v.cluster, v.clusterTrend]).toEqual(['умеренно неуспевающие', 'положительная']);
    expect(findSchoolVerdict(result, 'МБОУ СОШ № 21')!.cluster).toBe('базово неуспевающие');
  });

  it('says in the journal when the year before the analysis year has no data', () => {
    const { journal } = identify([row('МБОУ СОШ № 2', 2024, 'ОГЭ математика', LOW)]);
    expect(journal).toHaveLength(1);
    expect(journal[0]!.problem).toContain('Нет результатов за 2023 год');
  });

  it('reports a results grid without its headers and identifies nothing', () => {
    const journal = new Journal();
    const result = identifyFromGrids([['что-то'], ['ещё']], null, DEFAULT_SETTINGS, journal);
    expect(result.schools).toEqual([]);
    expect(journal.entries[0]!.problem).toContain('Не найдены заголовки');
  });

  it('says in the journal when the table has neither «Получили «2»» nor «Доля «2», %», instead of «no low results»', () => {
    const journal = new Journal();
    const result = identifyFromGrids(
      [
        ['Школа', 'Год', 'Процедура', 'Участников', 'Двоек, чел.'],
        ['МБОУ СОШ № 2', 2024, 'ОГЭ математика', 30, 15],
        ['МБОУ СОШ № 2', 2024, 'ОГЭ русский язык', 30, 15],
      ],
      null,
      DEFAULT_SETTINGS,
      journal,
    );
    expect(result.lowResultCount).toBe(0);
    const entry = journal.entries.find((e) => e.problem.includes('«Получили «2»»'));
    expect(entry).toMatchObject({ sheet: 'Результаты ОП', row: null });
    expect(entry!.problem).toContain('«Доля «2», %»');
    expect(result.schools[0]!.explanation).not.toContain('Низких результатов');
  });

  it('reads «Кол-во «2»» and «Число «2»» as the count of «2»', () => {
    for (const failedHeader of ['Кол-во «2»', 'Число «2»']) {
      const journal = new Journal();
      const result = identifyFromGrids(
        [
          ['Школа', 'Год', 'Процедура', 'Кол-во участников', failedHeader],
          ['МБОУ СОШ № 2', 2024, 'ОГЭ математика', 30, 15],
          ['МБОУ СОШ № 2', 2024, 'ОГЭ русский язык', 30, 15],
        ],
        null,
        DEFAULT_SETTINGS,
        journal,
      );
      expect(result.lowResultCount).toBe(1);
    }
  });

  it('is plain JSON: the sidebar receives it whole', () => {
    const { result } = identify(rows);
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
  });
});

describe('the school key (PRODUCT.md §4): the ФИС ОКО login, and strict loose names', () => {
  const HEADER_WITH_CODE = [...HEADER, 'Код ОО'];
  const withCode = (
    school: string,
    code: string,
    year: number,
    procedure: string,
    counts: readonly [number, number],
  ): CellValue[] => [...row(school, year, procedure, counts), code];
  const run = (rows: CellValue[][]) => {
    const journal = new Journal();
    const result = identifyFromGrids([HEADER_WITH_CODE, ...rows], null, DEFAULT_SETTINGS, journal);
    return { result, journal: journal.entries };
  };

  it('«Школа 1-2» and «Школа 12» are two schools: one low procedure each makes no criterion 1', () => {
    const { result } = identify([
      row('Школа 1-2', 2024, 'ВПР математика 5 класс', LOW),
      row('Школа 12', 2024, 'ОГЭ русский язык', LOW),
    ]);
    expect(result.schools.map((s) => [s.school, s.isLowResult])).toEqual([
      ['Школа 1-2', false],
      ['Школа 12', false],
    ]);
  });

  it('one login is one school whatever its names: criterion 2 across «(sch223197) МБОУ "СОШ №2"» and «МБОУ СОШ № 2 им. Героя»', () => {
    const { result } = identify([
      row('(sch223197) МБОУ "СОШ №2"', 2023, 'ВПР математика 5 класс', LOW),
      row('(sch223197) МБОУ СОШ № 2 им. Героя', 2024, 'ОГЭ математика', LOW),
    ]);
    expect(result.schools).toHaveLength(1);
    expect(result.schools[0]).toMatchObject({ isLowResult: true, criterion: '2', schoolKey: 'sch223197' });
    expect(result.schools[0]!.school).toBe('(sch223197) МБОУ "СОШ №2"');
  });

  it('the login of `Код ОО` joins the rows that carry it in the name and the rows without it by name', () => {
    const { result } = run([
      withCode('МБОУ СОШ №2', 'sch223197', 2023, 'ВПР математика 5 класс', LOW),
      withCode('(sch223197) МБОУ «СОШ № 2»', '', 2024, 'ОГЭ математика', LOW),
      withCode('МБОУ "СОШ №2"', '', 2024, 'ОГЭ русский язык', OK),
    ]);
    expect(result.schools).toHaveLength(1);
    expect(result.schools[0]).toMatchObject({ criterion: '2', schoolKey: 'sch223197' });
    expect(findSchoolVerdict(result, 'МБОУ СОШ № 2')?.schoolKey).toBe('sch223197');
  });

  it('two schools of one name with different logins stay two, and a row without a login joins neither', () => {
    const { result, journal } = run([
      withCode('МБОУ СОШ № 1', 'sch100001', 2024, 'ВПР математика 5 класс', LOW),
      withCode('МБОУ СОШ № 1', 'sch200002', 2024, 'ОГЭ математика', LOW),
      withCode('МБОУ СОШ №1', '', 2024, 'ОГЭ русский язык', LOW),
    ]);
    expect(result.schools.map((s) => [s.schoolKey, s.isLowResult])).toEqual([
      ['sch100001', false],
      ['sch200002', false],
      ['мбоусош1', false],
    ]);
    expect(journal.find((e) => e.row === 4)).toMatchObject({ column: 'Школа', value: 'МБОУ СОШ №1' });
    expect(journal.find((e) => e.row === 4)!.problem).toContain('sch100001, sch200002');
  });

  it('the same procedure of one login twice is a duplicate even under two names', () => {
    const { result, journal } = run([
      withCode('МБОУ СОШ № 2', 'sch223197', 2024, 'ОГЭ математика', LOW),
      withCode('МБОУ СОШ № 2 (корпус 2)', 'sch223197', 2024, 'ОГЭ математика', OK),
    ]);
    expect(result.schools).toHaveLength(1);
    expect(journal.some((e) => e.row === 3 && e.column === 'Процедура')).toBe(true);
  });

  it('seeds 004_… and 003_…: «МБОУ «Туратская ООШ»» with its login and «МКОУ СОШ №1 с.п. Кахун» spelt two ways', () => {
    const { result } = run([
      // Seed 004_…: the school identified from the 2019 and 2020 results (criterion 2).
      withCode('(sch420715) МБОУ «Туратская ООШ»', '', 2019, 'ВПР по математике (5 класс)', LOW),
      withCode('МБОУ Туратская ООШ', '', 2020, 'ВПР по русскому языку (6 класс)', LOW),
      withCode('МКОУ СОШ №1 с.п. Кахун', '', 2020, 'ОГЭ по математике', LOW),
      withCode('МКОУ СОШ № 1 с. п. Кахун', '', 2020, 'ОГЭ по русскому языку', LOW),
    ]);
    expect(result.schools.map((s) => [s.school, s.criterion])).toEqual([
      ['(sch420715) МБОУ «Туратская ООШ»', '2'],
      ['МКОУ СОШ №1 с.п. Кахун', '1'],
    ]);
  });

  it('«Кластеры» may name a login school by its name', () => {
    const journal = new Journal();
    const result = identifyFromGrids(
      [HEADER_WITH_CODE, withCode('МБОУ СОШ № 7', 'sch300007', 2024, 'ОГЭ математика', LOW)],
      [CLUSTER_HEADER, ['МБОУ СОШ №7', 2024, 'сильно неуспевающие']],
      DEFAULT_SETTINGS,
      journal,
    );
    expect(result.schools[0]!.cluster).toBe('сильно неуспевающие');
  });
});
