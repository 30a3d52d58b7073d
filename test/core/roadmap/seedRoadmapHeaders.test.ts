import { describe, expect, it } from 'vitest';
import type { Grid } from '../../../src/core/cells/cellValue';
import { Journal } from '../../../src/core/journal/journal';
import { measureStatuses as s } from '../../../src/core/messages/roadmap';
import { evaluateRoadmap } from '../../../src/core/roadmap/evaluateRoadmap';
import { DEFAULT_SETTINGS, type Settings } from '../../../src/core/settings/settings';
import { locateTable } from '../../../src/core/table/locateTable';
import { ROADMAP_SHEET } from '../../../src/core/template/sheets';

// The seeds' roadmap tables pasted with their own headers (PRODUCT.md §6) are read as a roadmap.
const zone = 'Europe/Moscow';

// Seed 002_…, «Таблица 1» of a 2021–2024 programme, as the document lays it out.
const SEED_002_TABLE_1: Grid = [
  ['Таблица 1', '', '', ''],
  [
    'Направления Профилактической работы',
    'Формы профилактических мероприятий',
    'Место проведения',
    'Дата проведения',
  ],
  [
    'Реализация профилактических мероприятий',
    'Заседание рабочей группы',
    'МБОУ СОШ №43',
    'Декабрь 2023г. Ноябрь 2024г.',
  ],
  ['', 'Методический десант', 'МБОУ ООШ №8 МБОУ СОШ №6 МБОУ СОШ №21 МБОУ СОШ №27 МБОУ СОШ №7', 'Март 2024г.'],
  [
    '',
    'Тематические семинары',
    'МБОУ СОШ №45 МАОУ лицей пгт Афипского',
    'Февраль 2024 г. Апрель 2024г. Апрель 2023г.',
  ],
  ['', 'Совещание', 'МБОУ СОШ №45', 'Март 2024г. Октябрь 2024г.'],
  ['', 'Стажировка', 'МБОУ СОШ №6', 'Апрель 2024г.'],
  ['', 'Консультирование', 'МКУ МО Северский район «ИМЦ»', 'В течение года'],
  ['', 'Разработка ИОМ', 'МКУ МО Северский район «ИМЦ»', 'В течение года'],
  ['', 'Участие в конкурсах профессионального мастерства', 'МКУ МО Северский район «ИМЦ»', 'В течение года'],
  [
    'Оценка эффективности профилактики. Корректировка дальнейшей работы',
    'Аудит Мониторинг Отчет Контрольные собеседования',
    'МКУ МО Северский район «ИМЦ»',
    'Сентябрь 2024г.',
  ],
];

// Seed 001_…, section IV and section III header rows.
const SEED_001_SECTION_IV_HEADER = [
  '№ п/п',
  'Мероприятия',
  'Сроки реализации',
  'Ответственный исполнитель',
  'Вид отчетного документа',
  'Планируемый результат',
];
const SEED_001_SECTION_III_HEADER = [
  'Риски неуспешности',
  'Пути минимизации риска',
  'Ожидаемый результат',
  'Сроки ',
  'Ответственные',
];

describe('the seeds’ roadmap headers', () => {
  it('reads seed 002_…’s table 1 with «Формы профилактических мероприятий» and «Дата проведения»', () => {
    const located = locateTable(SEED_002_TABLE_1, ROADMAP_SHEET);
    if (!located.found) throw new Error(`not found: ${located.missingHeaders.join(', ')}`);
    expect(located.table.headerRowNumber).toBe(2);
    expect(located.table.columnIndex).toMatchObject({ measure: 1, deadline: 3 });
    const settings: Settings = {
      ...DEFAULT_SETTINGS,
      programStart: { year: 2021, month: 1, day: 1 },
      programEnd: { year: 2024, month: 12, day: 31 },
    };
    const journal = new Journal();
    const result = evaluateRoadmap(
      located.table,
      settings,
      { year: 2024, month: 12, day: 20 },
      journal,
      zone,
    );
    expect(result.rows.map((r) => r.status)).toEqual([
      s.overdue, // ноябрь 2024
      s.overdue,
      s.overdue,
      s.overdue,
      s.overdue,
      s.dueSoon, // «В течение года»: 31.12.2024, not 31.12.2021
      s.dueSoon,
      s.dueSoon,
      s.overdue, // сентябрь 2024
    ]);
    expect(journal.entries.filter((e) => e.column === 'Срок')).toEqual([]);
  });

  it.each([
    [
      'section IV',
      SEED_001_SECTION_IV_HEADER,
      { number: 0, measure: 1, deadline: 2, responsible: 3, reportDocument: 4, plannedResult: 5 },
    ],
    [
      'section III',
      SEED_001_SECTION_III_HEADER,
      { measure: 1, plannedResult: 2, deadline: 3, responsible: 4 },
    ],
  ])('reads seed 001_…’s %s header row', (_name, header, columns) => {
    const located = locateTable(
      [header, ['', 'Провести проблемный анализ', '', 'Ноябрь, 2024', '']],
      ROADMAP_SHEET,
    );
    if (!located.found) throw new Error('not found');
    expect(located.table.columnIndex).toMatchObject(columns);
  });
});
