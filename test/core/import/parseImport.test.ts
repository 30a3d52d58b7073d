import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fisOkoBlock, type GiaRow, giaBlock, spreadCounts } from '../../../dev/sample/fisOkoExport';
import type { CellValue } from '../../../src/core/cells/cellValue';
import { mergeComparison } from '../../../src/core/import/mergeComparison';
import { parseImport } from '../../../src/core/import/parseImport';
import { IMPORT_INSTRUCTION, importMessages } from '../../../src/core/messages/import';

const AGGREGATES = [
  { name: 'Вся выборка', schools: 37925, participants: 1332542, shares: [11.68, 38.61, 33.67, 16.04] },
  {
    name: 'Кемеровская обл. - Кузбасс',
    schools: 619,
    participants: 23541,
    shares: [13.2, 40.11, 31.5, 15.19],
  },
  { name: 'Яйский муниципальный округ', schools: 10, participants: 330, shares: [20.3, 41.82, 28.48, 9.4] },
] as const;

const SCHOOLS = [
  { login: 'sch423161', name: 'МБОУ "Яйская ООШ №1"', participants: 35, counts: spreadCounts(35, 12) },
  { login: 'sch423162', name: 'МБОУ "Туратская ООШ"', participants: 9, counts: spreadCounts(9, 4) },
  { login: 'sch423163', name: 'МАОУ "Гимназия № 3"', participants: 112, counts: spreadCounts(112, 1) },
] as const;

const MATH5 = fisOkoBlock({
  year: 2024,
  grade: 5,
  subject: 'Математика',
  date: '18.04.2024',
  aggregates: AGGREGATES,
  schools: SCHOOLS,
});

describe('parseImport: ФИС ОКО «Статистика по отметкам»', () => {
  const reading = parseImport(MATH5);

  it('turns each school row into a result: name without the login, counts from the shares, source', () => {
    expect(reading.entries).toEqual([]);
    expect(reading.blocks).toEqual([{ headerRow: 6, schoolRows: 3, aggregateRows: 3 }]);
    expect(reading.results[0]).toEqual({
      importRow: 11,
      school: 'МБОУ "Яйская ООШ №1"',
      schoolCode: 'sch423161',
      year: 2024,
      procedure: 'ВПР математика 5 класс',
      procedureId: 'vprMath5',
      participants: 35,
      failed: 12,
      failedShare: '',
      marks3: SCHOOLS[0].counts[1],
      marks4: SCHOOLS[0].counts[2],
      marks5: SCHOOLS[0].counts[3],
      source: 'Импорт: ФИС ОКО, ВПР математика 5 класс, 2024',
    });
    expect(reading.results.map((r) => [r.failed, r.marks3, r.marks4, r.marks5])).toEqual(
      SCHOOLS.map((s) => [...s.counts]),
    );
  });

  it('reads a 0,89 % share as 1 of 112, not as 89 %', () => {
    expect(reading.results[2]).toMatchObject({ participants: 112, failed: 1 });
  });

  it('sends «Вся выборка», the region and the municipality to «Сравнение» with their level', () => {
    expect(reading.comparison).toEqual([
      {
        level: 'Вся выборка',
        name: 'Вся выборка',
        year: 2024,
        procedure: 'ВПР математика 5 класс',
        participants: 1332542,
        shares: [11.68, 38.61, 33.67, 16.04],
      },
      expect.objectContaining({ level: 'Регион', name: 'Кемеровская обл. - Кузбасс', participants: 23541 }),
      expect.objectContaining({
        level: 'Муниципалитет',
        name: 'Яйский муниципальный округ',
        shares: [20.3, 41.82, 28.48, 9.4],
      }),
    ]);
  });

  it('reads shares written as text with a decimal comma', () => {
    const comma = parseImport(
      fisOkoBlock({
        year: 2023,
        grade: 6,
        subject: 'Русский язык',
        date: '20.04.2023',
        aggregates: AGGREGATES,
        schools: SCHOOLS,
        commaText: true,
      }),
    );
    expect(comma.entries).toEqual([]);
    expect(comma.results.map((r) => r.failed)).toEqual([12, 4, 1]);
    expect(comma.results[0]!.source).toBe('Импорт: ФИС ОКО, ВПР русский язык 6 класс, 2023');
    expect(comma.comparison[0]!.shares[0]).toBe(11.68);
  });

  it('stacks several blocks, each with its own title lines', () => {
    const two = parseImport([
      ...MATH5,
      ...fisOkoBlock({
        year: 2024,
        grade: 5,
        subject: 'Русский язык',
        date: '23.04.2024',
        aggregates: AGGREGATES,
        schools: SCHOOLS,
      }),
    ]);
    expect(two.blocks).toHaveLength(2);
    expect(two.results.map((r) => r.procedure)).toEqual([
      ...Array(3).fill('ВПР математика 5 класс'),
      ...Array(3).fill('ВПР русский язык 5 класс'),
    ]);
    expect(two.comparison).toHaveLength(6);
  });

  it('skips the instruction left in the first cell above a paste', () => {
    const below = parseImport([[IMPORT_INSTRUCTION], [], ...MATH5]);
    expect(below.results).toHaveLength(3);
    expect(below.entries).toEqual([]);
  });
});

describe('parseImport: title lines as exports write them', () => {
  const header: CellValue[][] = [
    ['Группы участников', 'Кол-во ОО', 'Кол-во участников', '2', '3', '4', '5'],
    ['Вся выборка', 100, 4000, 10, 40, 35, 15],
    ['(sch100001) МБОУ СОШ № 7', '', 20, 35, 40, 20, 5],
  ];
  it.each([
    [['ВПР 2024', '5 кл.', 'Русский язык'], 'ВПР русский язык 5 класс', 2024],
    [
      ['Всероссийские проверочные работы 2023 (6 класс)', 'Предмет: Математика'],
      'ВПР математика 6 класс',
      2023,
    ],
    [['Дата: 18.04.2024', 'ВПР. 6 класс', 'Предмет: Русский язык'], 'ВПР русский язык 6 класс', 2024],
    [['ВПР 2022-2023 уч. год', 'Математика, 5 класс'], 'ВПР математика 5 класс', 2023],
  ])('%j → %s %i', (title, procedure, year) => {
    const reading = parseImport([...title.map((t) => [t]), ...header]);
    expect(reading.results).toEqual([
      expect.objectContaining({ procedure, year, failed: 7, schoolCode: 'sch100001' }),
    ]);
  });

  it('takes the year from a date cell Sheets made of «18.04.2024» and ВПР from ФИС ОКО’s layout', () => {
    // Midnight of 18.04.2024 in Yekaterinburg, as a ru_RU sheet there holds the pasted date.
    const date = new Date('2024-04-17T19:00:00Z');
    const reading = parseImport([['Дата:', date], ['5 класс'], ['Предмет: Математика'], ...header]);
    expect(reading.results).toEqual([
      expect.objectContaining({ procedure: 'ВПР математика 5 класс', year: 2024 }),
    ]);
  });

  it('names a block whose title lines give two years', () => {
    const reading = parseImport([['ВПР 2023', '5 класс'], ['ВПР 2024'], ['Предмет: Математика'], ...header]);
    expect(reading.results).toEqual([]);
    expect(reading.entries[0]!.problem).toContain('несколько годов (2023, 2024)');
  });

  it('imports a procedure outside the nine and says it is not used for identification', () => {
    const reading = parseImport([['ВПР 2024'], ['4 класс'], ['Предмет: Окружающий мир'], ...header]);
    expect(reading.results).toEqual([
      expect.objectContaining({ procedure: 'ВПР окружающий мир 4 класс', procedureId: null, failed: 7 }),
    ]);
    expect(reading.entries).toHaveLength(1);
    expect(reading.entries[0]!.problem).toContain('«ВПР окружающий мир 4 класс» не входит в девять процедур');
  });

  it('names a block it cannot read with what it expected, and still imports the others', () => {
    const reading = parseImport([['Предмет: Математика'], ['5 класс'], ...header, [], ...MATH5]);
    expect(reading.blocks).toHaveLength(1);
    expect(reading.results).toHaveLength(3);
    expect(reading.entries).toEqual([
      expect.objectContaining({
        sheet: 'Импорт',
        row: 3,
        problem: expect.stringContaining('не найден год (ожидалась строка над таблицей вроде «ВПР 2024»'),
      }),
    ]);
    const noSubject = parseImport([['ВПР 2024 (5 класс)'], ...header]);
    expect(noSubject.entries[0]!.problem).toContain('не найден предмет ВПР');
  });
});

describe('parseImport: counts recovered from shares', () => {
  const block = (participants: number, share: CellValue): CellValue[][] => [
    ['ВПР 2024'],
    ['5 класс'],
    ['Предмет: Математика'],
    ['Группы участников', 'Кол-во участников', '2'],
    ['(sch200001) МБОУ СОШ № 11', participants, share],
  ];

  it('journals a share that no count reproduces, and keeps the share for identification', () => {
    const reading = parseImport(block(33, '17,50'));
    expect(reading.results[0]).toMatchObject({ failed: null, failedShare: '17,50 %' });
    expect(reading.entries).toEqual([
      expect.objectContaining({
        row: 5,
        column: '2',
        value: '17,50',
        problem: expect.stringContaining('Ни одно целое число «2» из 33 участников не даёт долю 17,50 %'),
      }),
    ]);
  });

  it('journals a share that several counts reproduce at its precision', () => {
    const reading = parseImport(block(250, 30));
    expect(reading.results[0]).toMatchObject({ failed: null, failedShare: '30 %' });
    expect(reading.entries[0]!.problem).toContain('от 74 до 76');
  });

  it('reads a cell formatted as percent as a fraction, with the format’s decimals', () => {
    const grid = block(112, 0.0089);
    const formats = grid.map((row) => row.map(() => 'General'));
    formats[4]![2] = '0.00%';
    expect(parseImport(grid, formats).results[0]).toMatchObject({ failed: 1 });
    // Without the format 0.0089 is 0.0089 % of 112: none.
    expect(parseImport(grid).results[0]).toMatchObject({ failed: null });
  });

  it('keeps a trailing zero a number format shows: 1.7 as «0.00» is 1.70', () => {
    // 1 of 59 is 1.6949 %: 1.7 at one decimal, but not 1.70.
    const grid = block(59, 1.7);
    const formats = grid.map((row) => row.map(() => '0.00'));
    expect(parseImport(grid).results[0]).toMatchObject({ failed: 1 });
    expect(parseImport(grid, formats).results[0]).toMatchObject({ failed: null });
  });
});

describe('parseImport: ГИА tables of the regional centre', () => {
  it('reads the procedure and year from the title and «не преодолели минимальный порог» as counts', () => {
    const reading = parseImport(
      giaBlock(
        ['Результаты ОГЭ по математике', 'Основной период, 2024 год'],
        [
          { school: 'МБОУ СОШ № 2', participants: 28, failed: 9 },
          { school: 'МАОУ лицей № 1', participants: 60, failed: 3 },
        ],
      ),
    );
    expect(reading.entries).toEqual([]);
    expect(reading.results).toEqual([
      expect.objectContaining({
        school: 'МБОУ СОШ № 2',
        schoolCode: '',
        procedure: 'ОГЭ математика',
        year: 2024,
        participants: 28,
        failed: 9,
        marks3: null,
        source: 'Импорт: РЦОИ, ОГЭ математика, 2024',
      }),
      expect.objectContaining({ school: 'МАОУ лицей № 1', failed: 3 }),
    ]);
  });

  it('takes the procedure and year from their own columns and the share from a «%» header', () => {
    const reading = parseImport([
      ['Результаты ЕГЭ в разрезе ОО'],
      [
        'Образовательная организация',
        'Год',
        'Процедура',
        'Количество участников',
        'Доля не преодолевших минимальный порог, %',
      ],
      ['МБОУ СОШ № 2', 2023, 'ЕГЭ русский язык', 24, '4,17'],
      ['МБОУ СОШ № 2', '2023-2024', 'ЕГЭ профиль математика', 11, 9.09],
      ['Итого по округу', 2024, 'ЕГЭ профиль математика', 120, 5],
    ]);
    expect(reading.entries).toEqual([]);
    expect(reading.results).toEqual([
      expect.objectContaining({ year: 2023, procedure: 'ЕГЭ русский язык', failed: 1 }),
      expect.objectContaining({ year: 2024, procedure: 'ЕГЭ математика (профильная)', failed: 1 }),
    ]);
    expect(reading.comparison).toEqual([
      expect.objectContaining({
        level: 'Муниципалитет',
        name: 'Итого по округу',
        participants: 120,
        shares: [5, null, null, null],
      }),
    ]);
  });

  it('keeps one aggregate row per level, name, year and procedure as «Сравнение» matches them', () => {
    const reading = parseImport([
      ['Результаты ГИА в разрезе ОО'],
      ['Наименование ОО', 'Год', 'Процедура', 'Количество участников', 'Не преодолели минимальный порог'],
      ['Итого по округу', 2024, 'ОГЭ Информатика', 120, 6],
      ['Итого по округу', 2024, 'огэ информатика', 120, 6],
    ]);
    expect(reading.comparison).toEqual([
      expect.objectContaining({ name: 'Итого по округу', procedure: 'ОГЭ Информатика', participants: 120 }),
    ]);
    expect(mergeComparison([], reading.comparison)).toHaveLength(1);
  });

  it('reads a table with the centre’s own school codes, an average score and count and share of «2»', () => {
    const reading = parseImport([
      ['Результаты ОГЭ по русскому языку в 2024 году'],
      [
        'Код ОО',
        'Наименование ОО',
        'Кол-во участников',
        'Средний балл',
        'Не преодолели мин. порог (чел.)',
        '% не преодолевших',
      ],
      ['420101', 'МБОУ «Яйская СОШ №2»', 41, 27.1, 2, '4,88'],
      ['sch423162', 'МБОУ «Туратская ООШ»', 9, 21.3, 3, '33,33'],
    ]);
    expect(reading.entries).toEqual([]);
    expect(reading.results.map((r) => [r.schoolCode, r.procedure, r.failed])).toEqual([
      ['', 'ОГЭ русский язык', 2],
      ['sch423162', 'ОГЭ русский язык', 3],
    ]);
  });

  it('journals a row whose participants are not a number, and reads the next', () => {
    const reading = parseImport(
      giaBlock(
        ['ОГЭ русский язык 2024'],
        [
          { school: 'МБОУ СОШ № 6', participants: 'н/д' as unknown as number, failed: 2 },
          { school: 'МБОУ СОШ № 7', participants: 26, failed: 9 },
        ],
      ),
    );
    expect(reading.results).toEqual([expect.objectContaining({ school: 'МБОУ СОШ № 7', failed: 9 })]);
    expect(reading.entries).toEqual([
      expect.objectContaining({ row: 3, column: 'Количество участников', value: 'н/д' }),
    ]);
  });

  it.each([['н/д'], ['12 %'], [-3], [3.5], ['3,5'], [Number.NaN]])(
    'journals participants %s as not a whole non-negative number and skips the row',
    (participants) => {
      const reading = parseImport(
        giaBlock(['ОГЭ русский язык 2024'], [{ school: 'МБОУ СОШ № 6', participants, failed: 2 } as GiaRow]),
      );
      expect(reading.results).toEqual([]);
      expect(reading.entries).toEqual([
        expect.objectContaining({ row: 3, value: participants, problem: importMessages.participantsBad }),
      ]);
    },
  );

  it.each([['x'], [27], [-1], [2.5], ['2 %']])(
    'journals «2» of %s as not a count from 0 to the participants and keeps the row without it',
    (failed) => {
      const reading = parseImport(
        giaBlock(['ОГЭ русский язык 2024'], [{ school: 'МБОУ СОШ № 6', participants: 26, failed } as GiaRow]),
      );
      expect(reading.results).toEqual([expect.objectContaining({ participants: 26, failed: null })]);
      expect(reading.entries).toEqual([
        expect.objectContaining({ row: 3, value: failed, problem: importMessages.countBad('2', 26) }),
      ]);
    },
  );

  it.each([
    ['26', 9, 26, 9],
    [26, '9', 26, 9],
    [26, 26, 26, 26],
    [0, 0, 0, 0],
  ])('reads participants %s and «2» %s as whole counts', (participants, failed, n, k) => {
    const reading = parseImport(
      giaBlock(['ОГЭ русский язык 2024'], [{ school: 'МБОУ СОШ № 6', participants, failed } as GiaRow]),
    );
    expect(reading.entries).toEqual([]);
    expect(reading.results).toEqual([expect.objectContaining({ participants: n, failed: k })]);
  });
});

describe('parseImport: properties', () => {
  const words = fc.constantFrom<CellValue>(
    'ВПР 2024',
    '5 класс',
    'Предмет: Математика',
    'Кол-во участников',
    'Группы участников',
    'Кол-во ОО',
    '2',
    '3',
    'ОО',
    'Не преодолели минимальный порог',
    'Вся выборка',
    '(sch1) МБОУ СОШ',
    '1,75',
    '',
    'ОГЭ',
    'Дата: 31.02.2024',
    2,
    5,
    0,
    -3,
    1e300,
    Number.NaN,
    true,
    new Date('2024-04-18T00:00:00Z'),
    new Date(Number.NaN),
  );
  const cell = fc.oneof(words, fc.string(), fc.double(), fc.integer());

  it('never throws, whatever is pasted, with or without number formats', () => {
    const format = fc.constantFrom('General', '0.00', '0.00%', '0%', '@', '0 "%"', '#,##0.0', '');
    // Formats of any shape: a ragged or shorter grid of them must not throw either.
    const formats = fc.option(fc.array(fc.array(format, { maxLength: 8 }), { maxLength: 30 }), {
      nil: undefined,
    });
    fc.assert(
      fc.property(fc.array(fc.array(cell, { maxLength: 8 }), { maxLength: 30 }), formats, (grid, formats) => {
        const reading = parseImport(grid, formats);
        expect(reading.results.length + reading.comparison.length).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 400 },
    );
  });

  it('a count recovered from a printed share reproduces it at the printed precision', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 3000 }),
        fc.nat(),
        fc.integer({ min: 0, max: 2 }),
        (n, seed, decimals) => {
          const k = seed % (n + 1);
          const printedShare = ((100 * k) / n).toFixed(decimals).replace('.', ',');
          const reading = parseImport([
            ['ВПР 2024 5 класс'],
            ['Предмет: Математика'],
            ['Группы участников', 'Кол-во участников', '2'],
            ['(sch300001) МБОУ СОШ № 1', n, printedShare],
          ]);
          const failed = reading.results[0]!.failed;
          if (failed === null) {
            // Only when the precision cannot tell neighbouring counts apart.
            expect(n).toBeGreaterThanOrEqual(100 * 10 ** decimals);
          } else {
            expect(((100 * failed) / n).toFixed(decimals).replace('.', ',')).toBe(printedShare);
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});
