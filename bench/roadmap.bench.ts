// «Обновить статусы» on 2,000 measures and 50 targets (ENGINEERING.md budget: ≤ 15 spreadsheet
// calls, < 1 s in Node), and the deadline parser alone on the same texts.
import type { CellValue } from '../src/core/cells/cellValue';
import { deadlineContextOf } from '../src/core/roadmap/deadlineContext';
import { parseDeadline } from '../src/core/roadmap/parseDeadline';
import { DEFAULT_SETTINGS } from '../src/core/settings/settings';
import { ROADMAP_SHEET, TARGETS_SHEET } from '../src/core/template/sheets';
import { refreshStatuses } from '../src/server/actions/refreshStatuses';
import { createFakeContext } from '../test/fakes/fakeContext';
import { FakeSpreadsheet } from '../test/fakes/fakeSpreadsheet';
import { type BenchRow, bestTimeMs } from './benchKit';

const MEASURES = 2000;
const TARGETS = 50;
const CALL_BUDGET = 15;

// Real deadline phrases of seeds 001_… and 002_….
const DEADLINES = [
  'До 13.03.2024',
  'Январь, сентябрь, 2024',
  'Май-июнь 2024',
  'январь/февраль \n2024 год',
  'по плану\nвесь период.',
  'Ноябрь,2024',
  'Декабрь 2023г. Ноябрь 2024г.',
  'В течение года',
  'По итогам ГИА',
  '2023-2024 учебный год',
];

function settings(): CellValue[][] {
  return [
    ['Параметр', 'Значение'],
    ['Дата отчёта', '20.11.2024'],
    ['Начало программы', '01.01.2024'],
    ['Окончание программы', '31.01.2025'],
  ];
}

function roadmap(): CellValue[][] {
  const rows: CellValue[][] = [ROADMAP_SHEET.columns.map((c) => c.header)];
  for (let i = 0; i < MEASURES; i++) {
    const cells: Record<string, CellValue> = {
      number: i + 1,
      measure: `Мероприятие ${i + 1}`,
      deadline: DEADLINES[i % DEADLINES.length]!,
      responsible: 'Зам. директора',
      done: i % 3 === 0,
      documentLink: i % 6 === 0 ? `https://docs.example/${i}` : '',
      curatorDecision: i % 50 === 0 ? 'На доработку' : '',
    };
    rows.push(ROADMAP_SHEET.columns.map((c) => cells[c.key] ?? ''));
  }
  return rows;
}

function targets(): CellValue[][] {
  const rows: CellValue[][] = [TARGETS_SHEET.columns.map((c) => c.header)];
  for (let i = 0; i < TARGETS; i++)
    rows.push([`Доля показателя ${i + 1}`, '%', '44%', '10%', `${10 + (i % 40)}%`, '', '', '']);
  return rows;
}

function workbook(): FakeSpreadsheet {
  const spreadsheet = new FakeSpreadsheet();
  spreadsheet.addSheet('Настройки', settings());
  spreadsheet.addSheet(ROADMAP_SHEET.name, roadmap());
  spreadsheet.addSheet(TARGETS_SHEET.name, targets());
  return spreadsheet;
}

export function run(): BenchRow[] {
  // First run: every output written, colour rules created.
  const first = workbook();
  refreshStatuses(createFakeContext(first));
  const firstCalls = first.calls.total;
  // A later run on a day when statuses change: outputs written, colour rules already in place.
  const next = workbook();
  const context = createFakeContext(next);
  refreshStatuses(context);
  next
    .sheet(ROADMAP_SHEET.name)
    .load(roadmap().map((row, i) => (i === 1 ? row.map((c, j) => (j === 6 ? !c : c)) : row)));
  next.calls.reset();
  refreshStatuses(context);
  const changedCalls = next.calls.total;
  const ms = bestTimeMs(() => refreshStatuses(createFakeContext(workbook())));
  const context2 = deadlineContextOf({ ...DEFAULT_SETTINGS, programStart: { year: 2024, month: 1, day: 1 } });
  const parseMs = bestTimeMs(() => {
    for (let i = 0; i < MEASURES; i++) parseDeadline(DEADLINES[i % DEADLINES.length]!, context2);
  });
  return [
    {
      work: `Обновить статусы: ${MEASURES} мероприятий + ${TARGETS} показателей, calls (first run)`,
      measured: String(firstCalls),
      // Once per workbook: 11 conditional-format rules are built (one builder call each).
      budget: 'one-off: + colour rules',
      ok: true,
    },
    {
      work: `Обновить статусы: ${MEASURES} мероприятий + ${TARGETS} показателей, calls (daily run)`,
      measured: String(changedCalls),
      budget: `≤ ${CALL_BUDGET}`,
      ok: changedCalls <= CALL_BUDGET,
    },
    {
      work: `Обновить статусы: ${MEASURES} мероприятий + ${TARGETS} показателей, time`,
      measured: `${ms.toFixed(0)} ms`,
      budget: '< 1000 ms',
      ok: ms < 1000,
    },
    {
      work: `parseDeadline × ${MEASURES}`,
      measured: `${parseMs.toFixed(1)} ms`,
      budget: '< 100 ms',
      ok: parseMs < 100,
    },
  ];
}
