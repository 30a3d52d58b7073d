import { describe, expect, it } from 'vitest';
import { menuLabels } from '../../../src/core/messages/menu';
import { recalculateAll } from '../../../src/server/actions/recalculateAll';
import { schoolWorkbook } from '../rpc/schoolWorkbook';

describe('«Пересчитать всё»', () => {
  it('runs the three actions under one lock with one toast that names each', () => {
    const { workbook, context } = schoolWorkbook();
    const acquired = context.lock.acquisitions;
    const toasts = workbook.toasts.length;
    const result = recalculateAll(context);

    expect(result.ok).toBe(true);
    expect(context.lock.acquisitions - acquired).toBe(1);
    expect(context.lock.held).toBe(false);
    expect(workbook.toasts.slice(toasts)).toEqual([result.message]);
    for (const label of [menuLabels.identify, menuLabels.assessRisk, menuLabels.refreshStatuses])
      expect(result.message).toContain(`${label}: `);
    expect(
      workbook
        .sheet('ШНОР')
        .values()
        .some((row) => row[0] === 'МБОУ СОШ № 2' && row[2] === 'Да'),
    ).toBe(true);
    const roadmap = workbook.sheet('Дорожная карта').values();
    expect(roadmap.map((row) => row[10])).toContain('Просрочено');
  });

  it('leaves the same sheets when run twice', () => {
    const { workbook, context } = schoolWorkbook();
    recalculateAll(context);
    const snapshot = () =>
      workbook.sheets
        .filter((s) => s.getNameUncounted() !== 'Журнал проверки')
        .map((s) => [s.getNameUncounted(), s.values()]);
    const first = snapshot();
    recalculateAll(context);
    expect(snapshot()).toEqual(first);
  });

  it('writes nothing when another action holds the document', () => {
    const { workbook, context } = schoolWorkbook();
    context.lock.busyElsewhere = true;
    const result = recalculateAll(context);
    expect(result.ok).toBe(false);
    expect(workbook.calls.countMatching(/setValues$/)).toBe(0);
    expect(context.ui.alerts).toHaveLength(1);
  });
});
