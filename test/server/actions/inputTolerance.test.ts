// Input sheets as users really leave them (issue 11): a header typed twice, a column named another
// way or split over two rows, a sheet name with two spaces, the template's example rows left in.
import { describe, expect, it } from 'vitest';
import type { CellValue } from '../../../src/core/cells/cellValue';
import { riskThresholdTemplateRows } from '../../../src/core/template/riskThresholdRows';
import {
  RISK_PROFILE_SHEET,
  RISK_THRESHOLDS_SHEET,
  ROADMAP_SHEET,
  TARGETS_SHEET,
} from '../../../src/core/template/sheets';
import { assessRiskProfile } from '../../../src/server/actions/assessRiskProfile';
import { createTemplate } from '../../../src/server/actions/createTemplate';
import { identifyLowResultSchools } from '../../../src/server/actions/identifyLowResultSchools';
import { refreshStatuses } from '../../../src/server/actions/refreshStatuses';
import { roadmapGrid } from '../../core/roadmap/roadmapTable';
import { createFakeContext } from '../../fakes/fakeContext';
import { FakeSpreadsheet } from '../../fakes/fakeSpreadsheet';

const JOURNAL = 'Журнал проверки';
const SETTINGS: CellValue[][] = [
  ['Параметр', 'Значение'],
  ['Дата отчёта', '20.11.2024'],
  ['Начало программы', '01.01.2024'],
  ['Окончание программы', '31.12.2025'],
];

/** Journal rows as [sheet, row, column, value, problem]. */
function journal(spreadsheet: FakeSpreadsheet): CellValue[][] {
  if (!spreadsheet.hasSheet(JOURNAL)) return [];
  return spreadsheet
    .sheet(JOURNAL)
    .values()
    .slice(1)
    .filter((row) => row[0] !== '')
    .map((row) => row.slice(1, 6));
}

const headers = (schema: { columns: readonly { header: string }[] }) => schema.columns.map((c) => c.header);

function targetsWorkbook(targets: CellValue[][]): FakeSpreadsheet {
  const spreadsheet = new FakeSpreadsheet();
  spreadsheet.addSheet('Настройки', SETTINGS);
  spreadsheet.addSheet(
    'Дорожная карта',
    roadmapGrid([{ number: '1', measure: 'Встреча', deadline: 'Март 2024' }]),
  );
  spreadsheet.addSheet('Целевые показатели', targets);
  return spreadsheet;
}

describe('a header typed twice on an input sheet with output columns is written in neither column', () => {
  it('«Целевые показатели» with a user «Статус» left of the template’s: journal line, both untouched', () => {
    const header = [
      'Показатель',
      'Статус',
      'Ед. измерения',
      'Базовое значение',
      'План',
      'Факт',
      'Лучше, когда',
      'Прогресс, %',
      'Статус',
    ];
    const rows: CellValue[][] = [
      header,
      ['Доля учителей', 'согласовано с РЦОКО', '%', '44 %', '10%', '20%', '', '', ''],
      ['Доля обучающихся', 'на контроле', '%', '22%', '20%', '', '', '', 'было раньше'],
    ];
    const spreadsheet = targetsWorkbook(rows);
    const result = refreshStatuses(createFakeContext(spreadsheet));
    expect(result.ok).toBe(true);
    const after = spreadsheet.sheet('Целевые показатели').values();
    expect(after.map((r) => r[1])).toEqual(rows.map((r) => r[1]));
    expect(after.map((r) => r[8])).toEqual(rows.map((r) => r[8]));
    // The other output column is still written.
    expect(after[1]![7]).toBeCloseTo(24 / 34);
    const lines = journal(spreadsheet).filter((r) => r[0] === 'Целевые показатели');
    expect(lines).toHaveLength(1);
    expect(lines[0]!.slice(0, 3)).toEqual(['Целевые показатели', 1, 'Статус']);
    expect(lines[0]![4]).toContain('«Статус» встречается 2 раза (столбцы B, I)');
    expect(result.message).toContain('замечаний: 1');
    // Nothing new is coloured or formatted in the user's column.
    expect(spreadsheet.sheet('Целевые показатели').conditionalRules).toEqual([]);
  });

  it.each([
    {
      name: '«Дорожная карта» with «Замечания» twice',
      sheet: ROADMAP_SHEET.name,
      header: [...headers(ROADMAP_SHEET), 'Замечания'],
      duplicated: 'Замечания',
      written: 'Статус',
      run: refreshStatuses,
    },
    {
      name: '«Рисковый профиль» with «Уровень риска» twice',
      sheet: RISK_PROFILE_SHEET.name,
      header: ['Уровень риска', ...headers(RISK_PROFILE_SHEET)],
      duplicated: 'Уровень риска',
      written: 'Вывод',
      run: assessRiskProfile,
    },
    {
      name: '«Результаты ОП» with «Низкий результат» twice',
      sheet: 'Результаты ОП',
      header: [
        'Школа',
        'Низкий результат',
        'Год',
        'Процедура',
        'Участников',
        'Получили «2»',
        'Низкий результат',
      ],
      duplicated: 'Низкий результат',
      written: null,
      run: identifyLowResultSchools,
    },
  ])('$name', ({ sheet, header, duplicated, written, run }) => {
    const spreadsheet = new FakeSpreadsheet();
    spreadsheet.addSheet('Настройки', SETTINGS);
    const cell = (h: string, i: number): CellValue => {
      if (h === duplicated) return `мой ${i}`;
      const sample: Record<string, CellValue> = {
        Мероприятие: 'Встреча',
        Срок: 'Март 2024',
        'Параметр анализа': 'Доля обучающихся с ограниченными возможностями здоровья',
        Результат: 30,
        'Фактор риска': 'Высокая доля обучающихся с рисками учебной неуспешности',
        Школа: 'МБОУ СОШ № 7',
        Год: 2024,
        Процедура: 'ОГЭ математика',
        Участников: 30,
        'Получили «2»': 10,
      };
      return sample[h] ?? '';
    };
    const rows: CellValue[][] = [header, header.map((h, i) => cell(h, i))];
    spreadsheet.addSheet(sheet, rows);
    if (sheet === RISK_PROFILE_SHEET.name)
      spreadsheet.addSheet(RISK_THRESHOLDS_SHEET.name, [
        headers(RISK_THRESHOLDS_SHEET),
        ...riskThresholdTemplateRows(),
      ]);
    run(createFakeContext(spreadsheet));
    const after = spreadsheet.sheet(sheet).values();
    const columns = header.flatMap((h, i) => (h === duplicated ? [i] : []));
    for (const c of columns) expect(after.map((r) => r[c])).toEqual(rows.map((r) => r[c]));
    expect(after[0]).toEqual(header);
    if (written) expect(after[1]![header.indexOf(written)]).not.toBe('');
    const line = journal(spreadsheet).find((r) => r[0] === sheet && r[2] === duplicated);
    expect(line?.[4]).toContain(`«${duplicated}» встречается ${columns.length} раза`);
  });
});

describe('an expected column that is not found is a journal line, never a silent «нет данных»', () => {
  const top = ['Школа', 'Год', 'Процедура', 'Участников'];
  const results = (header: CellValue[][], rows: CellValue[][]) => {
    const spreadsheet = new FakeSpreadsheet();
    spreadsheet.addSheet('Настройки', [['Параметр', 'Значение']]);
    spreadsheet.addSheet('Результаты ОП', [...header, ...rows]);
    return spreadsheet;
  };
  const data: CellValue[][] = [
    ['МБОУ СОШ № 7', 2023, 'ОГЭ математика', 30, 10, ''],
    ['МБОУ СОШ № 7', 2024, 'ОГЭ математика', 30, 10, ''],
    ['МБОУ СОШ № 2', 2024, 'ОГЭ математика', 30, 1, ''],
  ];

  it('«Получили двойки» is «Получили «2»»: 1 ШНОР, not 0', () => {
    const spreadsheet = results([[...top, 'Получили двойки', 'Доля «2», %']], data);
    const result = identifyLowResultSchools(createFakeContext(spreadsheet));
    expect(result.message).toContain('ШНОР: 1');
    expect(journal(spreadsheet)).toEqual([]);
  });

  it('«Неуд.» beside a blank «Доля «2», %»: named with the accepted names', () => {
    const spreadsheet = results([[...top, 'Неуд.', 'Доля «2», %']], data);
    const result = identifyLowResultSchools(createFakeContext(spreadsheet));
    const line = journal(spreadsheet).find((r) => r[2] === 'Получили «2»');
    expect(line).toBeDefined();
    expect(line![3]).toBe('Неуд.');
    expect(line![4]).toContain(
      'Не найден столбец «Получили «2»» (подходят названия: «Получили «2»», «Получили 2»',
    );
    expect(line![4]).toContain('нераспознанные: «Неуд.»');
    expect(result.message).not.toContain('замечаний нет');
  });

  it('«Получили» above «2» is read joined: 1 ШНОР, not 0, and the journal says how it was read', () => {
    const spreadsheet = results(
      [
        [...top, 'Получили', 'Доля «2», %'],
        ['', '', '', '', '2', ''],
      ],
      data,
    );
    const result = identifyLowResultSchools(createFakeContext(spreadsheet));
    expect(result.message).toContain('ШНОР: 1');
    // The two-row header gets its missing output column in its lower row, above the data.
    const low = spreadsheet
      .sheet('Результаты ОП')
      .values()
      .map((r) => r[6]);
    expect(low).toEqual(['', 'Низкий результат', 'Да', 'Да', 'Нет']);
    expect(journal(spreadsheet).map((r) => r[4])).toContain(
      'Заголовок записан в двух строках («Получили» над «2») и прочитан как «Получили «2»»',
    );
    // A second run finds its own «Низкий результат» in the lower header line: the same sheet.
    const first = spreadsheet.sheet('Результаты ОП').values();
    identifyLowResultSchools(createFakeContext(spreadsheet));
    expect(spreadsheet.sheet('Результаты ОП').values()).toEqual(first);
  });

  it.each([
    {
      name: '«Дорожная карта» without «Выполнено»',
      sheet: 'Дорожная карта',
      drop: 'Выполнено',
      says: 'все мероприятия считаются невыполненными',
    },
    {
      name: '«Целевые показатели» with «Факт» typed as «Фактически»',
      sheet: 'Целевые показатели',
      drop: 'Факт',
      says: 'статус «Нет данных»',
    },
  ])('$name', ({ sheet, drop, says }) => {
    const spreadsheet = new FakeSpreadsheet();
    spreadsheet.addSheet('Настройки', SETTINGS);
    const roadmap = roadmapGrid([{ number: '1', measure: 'Встреча', deadline: 'Март 2024' }]);
    const targets: CellValue[][] = [headers(TARGETS_SHEET), ['Доля', '%', 22, 20, 21, '', '', '']];
    const grids: Record<string, CellValue[][]> = { 'Дорожная карта': roadmap, 'Целевые показатели': targets };
    const grid = grids[sheet]!;
    grid[0] = grid[0]!.map((h) => (h === drop ? `${drop}ически` : h));
    for (const [name, rows] of Object.entries(grids)) spreadsheet.addSheet(name, rows);
    refreshStatuses(createFakeContext(spreadsheet));
    const line = journal(spreadsheet).find((r) => r[0] === sheet && r[2] === drop);
    expect(line?.[4]).toContain(`Не найден столбец «${drop}»`);
    expect(line?.[4]).toContain(says);
    expect(line?.[4]).toContain(`нераспознанные: «${drop}ически»`);
  });

  it('seed 002’s roadmap pasted without our headers: the toast names the missing headers', () => {
    const spreadsheet = new FakeSpreadsheet();
    spreadsheet.addSheet('Настройки', SETTINGS);
    spreadsheet.addSheet('Целевые показатели', [headers(TARGETS_SHEET)]);
    spreadsheet.addSheet('Дорожная карта', [
      ['Таблица 1'],
      ['Направления работы', 'Место проведения', 'Когда'],
      ['Реализация профилактических мероприятий', 'МБОУ СОШ №43', 'Декабрь 2023г. Ноябрь 2024г.'],
    ]);
    const result = refreshStatuses(createFakeContext(spreadsheet));
    expect(result.message).toContain('на листе «Дорожная карта» не найдены заголовки «Мероприятие»');
    expect(result.message).not.toContain('лист «Дорожная карта» не найден');
  });
});

describe('sheets are found by name with the tolerance of headers', () => {
  it('«Дорожная  карта» with two spaces is the roadmap; «Создать листы шаблона» adds no second one', () => {
    const spreadsheet = new FakeSpreadsheet();
    spreadsheet.addSheet('настройки', SETTINGS);
    spreadsheet.addSheet(
      'Дорожная  карта',
      roadmapGrid([{ number: '1', measure: 'Встреча', deadline: 'Март 2024' }]),
    );
    spreadsheet.addSheet('ЦЕЛЕВЫЕ ПОКАЗАТЕЛИ', [
      headers(TARGETS_SHEET),
      ['Доля', '%', 22, 20, 21, '', '', ''],
    ]);
    const result = refreshStatuses(createFakeContext(spreadsheet));
    expect(result.message).toContain('Мероприятий выполнено: 0 из 1, просрочено: 1');
    expect(result.message).toContain('целевых показателей достигнуто: 0 из 1');
    const status = ROADMAP_SHEET.columns.findIndex((c) => c.key === 'status');
    expect(spreadsheet.sheet('Дорожная  карта').values()[1]![status]).toBe('Просрочено');

    createTemplate(createFakeContext(spreadsheet));
    const names = spreadsheet.sheetNames();
    expect(names.filter((n) => n.toLowerCase().replace(/\s+/g, ' ') === 'дорожная карта')).toEqual([
      'Дорожная  карта',
    ]);
    expect(names).not.toContain('Настройки');
    expect(names).not.toContain('Целевые показатели');
    expect(names).toContain('Результаты ОП');
  });
  it('an owned sheet spelled another way («журнал  проверки») is written, not doubled', () => {
    const spreadsheet = new FakeSpreadsheet();
    spreadsheet.addSheet('Настройки', SETTINGS);
    spreadsheet.addSheet('журнал  проверки', [
      ['Действие', 'Лист', 'Строка', 'Столбец', 'Значение', 'Что не так', 'Что сделать', 'Проверено'],
    ]);
    const result = refreshStatuses(createFakeContext(spreadsheet));
    expect(result.ok).toBe(true);
    expect(spreadsheet.sheetNames().filter((n) => n.toLowerCase().includes('журнал'))).toEqual([
      'журнал  проверки',
    ]);
    const rows = spreadsheet.sheet('журнал  проверки').values().slice(1);
    expect(rows.map((r) => r[1])).toEqual(['Дорожная карта', 'Целевые показатели']);
  });
});

describe('the template’s example rows', () => {
  it('name no real school, and an action that finds them beside real data says so', () => {
    const spreadsheet = new FakeSpreadsheet();
    createTemplate(createFakeContext(spreadsheet));
    const sample = spreadsheet.sheet('Результаты ОП').values();
    expect(sample.slice(1).every((r) => String(r[0]).startsWith('Пример: школа №'))).toBe(true);

    // A fresh template: examples only, nothing to say about them.
    identifyLowResultSchools(createFakeContext(spreadsheet));
    expect(journal(spreadsheet).filter((r) => String(r[4]).includes('пример из шаблона'))).toEqual([]);

    const school = new FakeSpreadsheet();
    school.addSheet('Результаты ОП', [...sample, ['МБОУ СОШ № 7', 2024, 'ОГЭ математика', 30, 10, '']]);
    identifyLowResultSchools(createFakeContext(school));
    const lines = journal(school).filter((r) => String(r[4]).includes('пример из шаблона'));
    expect(lines).toEqual([
      [
        'Результаты ОП',
        2,
        'Школа',
        'Пример: школа № 1',
        `Строки 2–${sample.length} — пример из шаблона («Пример: школа № 1»), а рядом ваши данные: пример учитывается вместе с ними`,
      ],
    ]);
  });

  it('on «Дорожная карта» too', () => {
    const spreadsheet = new FakeSpreadsheet();
    createTemplate(createFakeContext(spreadsheet));
    const roadmap = spreadsheet.sheet('Дорожная карта');
    const rows = roadmap.values();
    refreshStatuses(createFakeContext(spreadsheet));
    expect(journal(spreadsheet).filter((r) => String(r[4]).includes('пример из шаблона'))).toEqual([]);
    const fresh = roadmap.values();
    const measure = ROADMAP_SHEET.columns.findIndex((c) => c.key === 'measure');
    const mine = fresh[2]!.map((cell, i) => (i === measure ? 'Педсовет по итогам ВПР' : cell));
    roadmap.load([...fresh, mine]);
    refreshStatuses(createFakeContext(spreadsheet));
    const lines = journal(spreadsheet).filter((r) => String(r[4]).includes('пример из шаблона'));
    expect(lines.map((r) => r.slice(0, 3))).toEqual([['Дорожная карта', 2, 'Мероприятие']]);
    expect(lines[0]![4]).toContain(`Строки 2–${rows.length}`);
  });
});
