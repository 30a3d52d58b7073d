import { describe, expect, it, vi } from 'vitest';
import { failureMessages } from '../../../src/core/messages/failures';
import { dailyRefreshMessages as m } from '../../../src/core/messages/roadmap';
import { DAILY_REFRESH_HANDLER, enableDailyRefresh } from '../../../src/server/actions/enableDailyRefresh';
import * as main from '../../../src/server/main';
import { createFakeContext } from '../../fakes/fakeContext';
import { isOneSentence } from '../oneSentence';

describe('«Включить ежедневное обновление»', () => {
  it('installs one daily trigger whose handler is a global function of main.ts', () => {
    const context = createFakeContext();
    const result = enableDailyRefresh(context);
    expect(result.created).toBe(true);
    expect(context.triggers.daily).toEqual([{ handler: DAILY_REFRESH_HANDLER, hour: 6 }]);
    expect(typeof (main as Record<string, unknown>)[DAILY_REFRESH_HANDLER]).toBe('function');
    expect(context.spreadsheet.toasts).toEqual([m.enabled(6)]);
  });

  it('a second click adds no second trigger and says so', () => {
    const context = createFakeContext();
    enableDailyRefresh(context);
    const again = enableDailyRefresh(context);
    expect(again.created).toBe(false);
    expect(context.triggers.daily).toHaveLength(1);
    expect(context.spreadsheet.toasts.at(-1)).toBe(m.alreadyEnabled);
  });

  it('keeps a trigger of another handler and adds its own', () => {
    const context = createFakeContext();
    context.triggers.createDaily('someOtherHandler', 3);
    enableDailyRefresh(context);
    expect(context.triggers.handlerNames().sort()).toEqual(
      [DAILY_REFRESH_HANDLER, 'someOtherHandler'].sort(),
    );
  });

  it('when Apps Script refuses the trigger, says so in Russian instead of an English exception', () => {
    const context = createFakeContext();
    const refusal =
      'This add-on has created too many time-based triggers in this document for this Google user account.';
    context.triggers.refusal = refusal;

    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    const result = enableDailyRefresh(context);

    expect(result.created).toBe(false);
    expect(context.triggers.daily).toEqual([]);
    expect(context.ui.alerts).toEqual([{ title: failureMessages.title, message: m.failed }]);
    expect(m.failed).toContain('Обновить статусы');
    expect(m.failed).not.toContain(refusal);
    expect(isOneSentence(m.failed)).toBe(true);
    expect(errors.mock.calls.flat().join(' ')).toContain(refusal);
    errors.mockRestore();
    expect(context.spreadsheet.toasts).toEqual([]);
  });
});
