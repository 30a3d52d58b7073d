import { describe, expect, it, vi } from 'vitest';
import { buildSchoolWorkbook } from '../../../dev/sample/sampleWorkbook';
import { failureMessages } from '../../../src/core/messages/failures';
import { identifyLowResultSchools } from '../../../src/server/actions/identifyLowResultSchools';
import { refreshStatuses } from '../../../src/server/actions/refreshStatuses';
import { readDashboard } from '../../../src/server/rpc/dashboard';
import type { DashboardDto, SectionDto } from '../../../src/shared/api';
import { createFakeContext } from '../../fakes/fakeContext';
import { overTheWire } from '../../sidebar/fakeScriptRun';
import { SCHOOL, schoolWorkbook } from './schoolWorkbook';

function ready<T>(section: SectionDto<T>): T {
  if (section.state !== 'ready') throw new Error(`section is ${JSON.stringify(section)}`);
  return section as T;
}

describe('the dashboard RPC on a school workbook', () => {
  it('gives the ШНОР verdict of the school in «Настройки» with its criteria and reasons', () => {
    const { context } = schoolWorkbook();
    const status = ready(readDashboard(context).lowResult);
    expect(status.school).toBe(SCHOOL);
    expect(status.analysisYear).toBe(2024);
    expect(status.isLowResult).toBe(true);
    expect(status.criterion).toBe('1, 2');
    expect(status.reasons.join(' | ')).toContain('12 из 35');
    expect(status.reasons.join(' | ')).toContain('9 из 29');
  });

  it('counts the roadmap as of the report date and links the overdue and sent-back rows', () => {
    const { context } = schoolWorkbook();
    const roadmap = ready(readDashboard(context).roadmap);
    expect(roadmap).toMatchObject({
      total: 4,
      done: 1,
      overdue: 1,
      dueSoon: 1,
      sentBack: 1,
      attentionMore: 0,
    });
    expect(roadmap.attention).toEqual([
      {
        kind: 'overdue',
        row: 3,
        number: '1',
        title: 'Проведение диагностики профессиональных дефицитов',
        dueDate: '2024-03-13',
        curatorComment: '',
      },
      {
        kind: 'sentBack',
        row: 4,
        number: '2',
        title: 'Разработка плана адаптации',
        dueDate: '2024-12-31',
        curatorComment: 'Нет подписи директора',
      },
    ]);
  });

  it('gives target progress as PRODUCT.md §6 computes it', () => {
    const { context } = schoolWorkbook();
    const targets = ready(readDashboard(context).targets);
    expect(targets.targets).toHaveLength(1);
    expect(targets.targets[0]!.progress).toBeCloseTo(0.70588, 4);
    expect(targets.targets[0]).toMatchObject({
      status: 'Есть прогресс',
      tone: 'warn',
      row: 2,
      unit: '%',
      isShare: true,
      base: 0.44,
    });
  });

  it('says which sheets wait for their action, and stops saying so once the actions ran', () => {
    const { context } = schoolWorkbook();
    const before = readDashboard(context);
    expect(ready(before.lowResult).sheetUpToDate).toBe(false);
    expect(ready(before.roadmap).staleRows).toBe(4);
    expect(ready(before.targets).staleRows).toBe(1);

    identifyLowResultSchools(context);
    refreshStatuses(context);
    const after = readDashboard(context);

    expect(ready(after.lowResult).sheetUpToDate).toBe(true);
    expect(ready(after.roadmap).staleRows).toBe(0);
    expect(ready(after.targets).staleRows).toBe(0);
    // The figures themselves do not depend on whether the sheets were refreshed.
    expect({ ...ready(after.roadmap), staleRows: 0 }).toEqual({ ...ready(before.roadmap), staleRows: 0 });
  });

  it('reads each sheet once, writes nothing, and crosses google.script.run intact', () => {
    const { workbook, context } = schoolWorkbook();
    const dto: DashboardDto = readDashboard(context);
    expect(overTheWire(dto)).toEqual(dto);
    expect(
      workbook.calls.countMatching(/\.(setValues|clearContent|insertSheet|activate|setNumberFormat)$/),
    ).toBe(0);
    expect(workbook.calls.count('Range.getValues')).toBeLessThanOrEqual(9);
  });

  it('costs the sample school at most 25 calls: its sheets named once, no name asked, each sheet read once', () => {
    // Seven sheets, «ШНОР» not made yet: naming them is cheaper than asking nine names and then
    // listing them anyway for the missing one.
    const workbook = buildSchoolWorkbook();
    readDashboard(createFakeContext(workbook));
    workbook.calls.reset();
    readDashboard(createFakeContext(workbook));
    expect(workbook.calls.count('Spreadsheet.getSheets')).toBe(1);
    expect(workbook.calls.count('Sheet.getName')).toBe(workbook.sheets.length);
    expect(workbook.calls.count('Spreadsheet.getSheetByName')).toBe(0);
    expect(workbook.calls.count('Range.getValues')).toBe(6);
    // Only the sheets holding shares: «Результаты ОП», «Целевые показатели», «Рисковый профиль».
    expect(workbook.calls.count('Range.getNumberFormats')).toBe(3);
    expect(workbook.calls.total).toBeLessThanOrEqual(25);
  });

  it('asks a full template workbook by name and lists it no more than once', () => {
    const { workbook, context } = schoolWorkbook();
    workbook.calls.reset();
    readDashboard(context);
    expect(workbook.calls.count('Spreadsheet.getSheets')).toBe(1);
    expect(workbook.calls.count('Sheet.getName')).toBe(0);
    // Nine sheets, each found once and read once.
    expect(workbook.calls.count('Spreadsheet.getSheetByName')).toBe(9);
    expect(workbook.calls.count('Range.getValues')).toBe(9);
  });

  it('keeps the other parts when one sheet cannot be read', () => {
    const { workbook, context } = schoolWorkbook();
    workbook.sheet('Целевые показатели').load([['что-то другое'], ['x']]);
    const dto = readDashboard(context);
    expect(dto.targets.state).toBe('noData');
    expect(dto.roadmap.state).toBe('ready');
    expect(dto.lowResult.state).toBe('ready');
  });
});

describe('a dashboard part whose sheet Google fails to read', () => {
  it('says so in one Russian sentence with the step, never Google’s English', () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    const { workbook, context } = schoolWorkbook();
    const roadmap = workbook.sheet('Дорожная карта');
    roadmap.getDataRange = () => {
      throw new Error('Service Spreadsheets timed out while accessing document with id fake.');
    };
    const dto = readDashboard(context);
    expect(dto.roadmap).toEqual({ state: 'failed', message: failureMessages.sidebar({ kind: 'temporary' }) });
    expect(JSON.stringify(dto)).not.toMatch(/Service|timed out|Error/);
    expect(errors.mock.calls.flat().join(' ')).toContain('timed out');
    errors.mockRestore();
  });
});
