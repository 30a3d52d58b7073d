// «Пересчитать всё» whose steps fail on the same cause: one dialog for the click, not one per step
// (PRODUCT.md §13: every failure a user sees is one Russian sentence), and a toast without «..».
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createTemplate } from '../../../src/server/actions/createTemplate';
import { recalculateAll } from '../../../src/server/actions/recalculateAll';
import { createFakeContext } from '../../fakes/fakeContext';
import { FakeSpreadsheet } from '../../fakes/fakeSpreadsheet';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('«Пересчитать всё» with a journal sheet holding someone else’s data', () => {
  it('shows one dialog naming the failed steps, and a toast whose sentences end once', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const spreadsheet = new FakeSpreadsheet();
    spreadsheet.addSheet('Журнал проверки', [['Мои заметки'], ['купить бумагу']]);
    const context = createFakeContext(spreadsheet);
    createTemplate(context);
    context.ui.alerts.length = 0;

    const result = recalculateAll(context);

    expect(result.ok).toBe(false);
    expect(context.ui.alerts).toHaveLength(1);
    expect(context.ui.alerts[0]!.message).toContain('Действие «Выявить ШНОР» не выполнено');
    expect(context.ui.alerts[0]!.message).toContain('Действие «Обновить статусы» не выполнено');
    // It does not claim that everything was recalculated.
    expect(spreadsheet.toasts.at(-1)).toMatch(/^Пересчитано не всё\. Выявить ШНОР: Действие/);
    expect(spreadsheet.toasts.at(-1)).not.toContain('..');
    expect(spreadsheet.sheet('Журнал проверки').values()).toEqual([['Мои заметки'], ['купить бумагу']]);
  });
});
