// A small school workbook in the template's layout, with the situations the dashboard shows:
// a school that is ШНОР by both criteria, an overdue, a due-soon, a sent-back and a done measure,
// and the target of PRODUCT.md §6.
import type { CellValue } from '../../../src/core/cells/cellValue';
import { createTemplate } from '../../../src/server/actions/createTemplate';
import { createFakeContext, type FakeContext } from '../../fakes/fakeContext';
import { FakeSpreadsheet } from '../../fakes/fakeSpreadsheet';

export const SCHOOL = 'МБОУ СОШ № 2';

const RESULTS: CellValue[][] = [
  ['Школа', 'Год', 'Процедура', 'Участников', 'Получили «2»', 'Доля «2», %', 'Низкий результат'],
  [SCHOOL, 2024, 'ВПР математика 5 класс', 35, 12, '', ''],
  [SCHOOL, 2024, 'ОГЭ математика', 29, 9, '', ''],
  [SCHOOL, 2023, 'ВПР русский язык 6 класс', 30, 10, '', ''],
  ['МБОУ ООШ № 8', 2024, 'ВПР математика 5 класс', 20, 1, '', ''],
];

/** Rows below the roadmap header; the report date is 20.11.2024. */
export const ROADMAP: CellValue[][] = [
  ['', 'Региональный и муниципальный уровни', '', '', '', '', false, '', '', '', '', '', '', ''],
  [
    '1',
    'Проведение диагностики профессиональных дефицитов',
    'до 13.03.2024',
    'Зам. директора',
    'Справка',
    '',
    false,
    '',
    '',
    '',
    '',
    '',
    '',
    '',
  ],
  [
    '2',
    'Разработка плана адаптации',
    'Декабрь 2024',
    'Директор',
    'План',
    '',
    false,
    '',
    '',
    '',
    '',
    '',
    'Нет подписи директора',
    'На доработку',
  ],
  [
    '3',
    'Семинар для учителей математики',
    '30.11.2024',
    'Руководитель МО',
    'Протокол',
    '',
    false,
    '',
    '',
    '',
    '',
    '',
    '',
    '',
  ],
  [
    '4',
    'Анализ результатов ВПР',
    'Октябрь 2024',
    'Зам. директора',
    'Справка',
    '',
    true,
    '15.10.2024',
    'https://example.org/a',
    '',
    '',
    '',
    '',
    '',
  ],
];

const TARGETS: CellValue[][] = [
  [
    'Показатель',
    'Ед. измерения',
    'Базовое значение',
    'План',
    'Факт',
    'Лучше, когда',
    'Прогресс, %',
    'Статус',
  ],
  ['Доля учителей, испытывающих неуверенность в преподавании', '%', 0.44, 0.1, 0.2, 'меньше', '', ''],
];

function setSetting(workbook: FakeSpreadsheet, label: string, value: CellValue): void {
  const sheet = workbook.sheet('Настройки');
  sheet.load(sheet.values().map((row) => (row[0] === label ? [row[0]!, value] : row)));
}

/** The template with the sample rows and «Настройки» filled; service calls counted from zero. */
export function schoolWorkbook(): { workbook: FakeSpreadsheet; context: FakeContext } {
  const workbook = new FakeSpreadsheet();
  // A workbook with data gets the template without example rows.
  workbook.addSheet('Лист1', [['заметки']]);
  const context = createFakeContext(workbook);
  createTemplate(context);
  setSetting(workbook, 'Образовательная организация', SCHOOL);
  setSetting(workbook, 'Дата отчёта', '20.11.2024');
  setSetting(workbook, 'Начало программы', '01.01.2024');
  setSetting(workbook, 'Окончание программы', '31.12.2024');
  workbook.sheet('Результаты ОП').load(RESULTS);
  const roadmap = workbook.sheet('Дорожная карта');
  roadmap.load([roadmap.values()[0]!, ...ROADMAP]);
  // «44 %» typed into a cell: Sheets stores 0.44 and formats the cell as percent (PRODUCT.md §2).
  workbook.sheet('Целевые показатели').load(TARGETS).formatCells(2, 3, 1, 3, '0%');
  workbook.calls.reset();
  return { workbook, context };
}
