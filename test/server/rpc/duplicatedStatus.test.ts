// A user «Статус» beside the template's is never written, so the dashboard must not keep asking
// to refresh statuses that no refresh can write (the journal says why instead).
import { describe, expect, it } from 'vitest';
import type { CellValue } from '../../../src/core/cells/cellValue';
import { refreshStatuses } from '../../../src/server/actions/refreshStatuses';
import { readDashboard } from '../../../src/server/rpc/dashboard';
import { roadmapGrid } from '../../core/roadmap/roadmapTable';
import { createFakeContext } from '../../fakes/fakeContext';
import { FakeSpreadsheet } from '../../fakes/fakeSpreadsheet';

describe('the dashboard on a sheet whose «Статус» is typed twice', () => {
  it.each([
    {
      name: '«Целевые показатели»',
      section: 'targets' as const,
      extra: [
        'Целевые показатели',
        [
          ['Показатель', 'Статус', 'Базовое значение', 'План', 'Факт', 'Прогресс, %', 'Статус'],
          ['Доля обучающихся', 'мой', '22%', '20%', '21%', '', ''],
        ],
      ] as const,
    },
    {
      name: '«Дорожная карта»',
      section: 'roadmap' as const,
      extra: [
        'Дорожная карта',
        roadmapGrid([{ number: '1', measure: 'Встреча', deadline: 'Март 2024' }]).map((row, i) => [
          ...row,
          i === 0 ? 'Статус' : 'мой',
        ]),
      ] as const,
    },
  ])('$name: staleRows 0 after a refresh', ({ section, extra }) => {
    const spreadsheet = new FakeSpreadsheet();
    spreadsheet.addSheet('Настройки', [
      ['Параметр', 'Значение'],
      ['Дата отчёта', '20.11.2024'],
    ]);
    spreadsheet.addSheet(extra[0], extra[1] as CellValue[][]);
    const context = createFakeContext(spreadsheet);
    refreshStatuses(context);
    const dto = readDashboard(context)[section];
    expect(dto.state).toBe('ready');
    expect(dto.state === 'ready' && dto.staleRows).toBe(0);
  });
});
