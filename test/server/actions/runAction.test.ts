import { afterEach, describe, expect, it, vi } from 'vitest';
import { ExplainedError } from '../../../src/core/failures/explainedError';
import { failureMessages } from '../../../src/core/messages/failures';
import { runAction } from '../../../src/server/actions/runAction';
import type { AddonContext } from '../../../src/server/context';
import { createFakeContext } from '../../fakes/fakeContext';
import { hasNoEnglish, isOneSentence } from '../oneSentence';

const LABEL = 'Выявить ШНОР';

function failing(error: unknown) {
  const context = createFakeContext();
  const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
  const result = runAction(context, LABEL, () => {
    throw error;
  });
  return { context, result, logged: errors.mock.calls.map((args) => args.join(' ')).join('\n') };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('runAction: every failure is one Russian sentence, the original goes to the log', () => {
  const google = (text: string) =>
    new Error(`API call to sheets.spreadsheets.values.batchGet failed with error: ${text}`);
  it.each([
    ['temporary', google('Internal error encountered.'), 'подождите минуту'],
    ['quota', google('Quota exceeded for quota metric'), 'подождите минуту'],
    ['noAccess', google('The caller does not have permission'), 'попросите'],
    [
      'gone',
      new Error('API call to drive.files.get failed with error: File not found: 1AbC.'),
      'проверьте ссылки',
    ],
    ['authorization', new Error('Authorization is required to perform that action.'), 'Проверить установку'],
    [
      'unexpected',
      new TypeError("Cannot read properties of undefined (reading 'values')"),
      'сообщите администратору',
    ],
    ['unexpected', 'a thrown string', 'сообщите администратору'],
  ])('%s: says what to do, shows no English, logs the original', (_kind, error, step) => {
    const { context, result, logged } = failing(error);
    expect(result.ok).toBe(false);
    expect(result.message).toContain(`«${LABEL}»`);
    expect(result.message).toContain(step);
    expect(isOneSentence(result.message)).toBe(true);
    expect(hasNoEnglish(result.message)).toBe(true);
    expect(context.ui.alerts).toEqual([{ title: failureMessages.title, message: result.message }]);
    const original = error instanceof Error ? error.message : String(error);
    expect(logged).toContain(original);
    expect(context.lock.held).toBe(false);
  });

  it('does not claim that nothing was changed (a write may have happened before the failure)', () => {
    const { result } = failing(new Error('Internal error'));
    expect(result.message).not.toMatch(/не изменены|не изменились/);
  });

  it('an explained error is the reason itself', () => {
    const { result } = failing(
      new ExplainedError('на листе «Сводка» другие данные — переименуйте этот лист'),
    );
    expect(result.message).toBe(
      `Действие «${LABEL}» не выполнено: на листе «Сводка» другие данные — переименуйте этот лист.`,
    );
  });

  it('in a trigger run (no UI) the sentence goes to the Executions log and nothing throws', () => {
    const context: AddonContext = { ...createFakeContext(), ui: null };
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    const result = runAction(context, LABEL, () => {
      throw new Error('Internal error');
    });
    expect(result.ok).toBe(false);
    expect(errors.mock.calls.flat().join('\n')).toContain(result.message);
  });
});

describe('runAction: the lock', () => {
  it('busy: one sentence, the body never runs', () => {
    const context = createFakeContext();
    context.lock.busyElsewhere = true;
    let ran = false;
    const result = runAction(context, LABEL, () => {
      ran = true;
      return { summary: '' };
    });
    expect(ran).toBe(false);
    expect(result).toEqual({
      ok: false,
      message: failureMessages.action(LABEL, { kind: 'busy' }),
      journalCount: 0,
    });
    expect(isOneSentence(result.message)).toBe(true);
    expect(context.ui.alerts).toHaveLength(1);
  });

  it.each([
    ['There are too many LockService operations against the same script.', 'подождите минуту'],
    ['Lock timeout: another process was holding the lock for too long.', 'другое действие'],
    ['Unexpected exception in LockService', 'другое действие'],
  ])('a throwing tryLock («%s») is a Russian sentence, not an exception', (text, step) => {
    const base = createFakeContext();
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    let ran = false;
    const context: AddonContext = {
      ...base,
      lock: {
        tryLock: () => {
          throw new Error(text);
        },
        releaseLock: () => {},
      },
    };
    const result = runAction(context, LABEL, () => {
      ran = true;
      return { summary: '' };
    });
    expect(ran).toBe(false);
    expect(result.ok).toBe(false);
    expect(result.message).toContain(step);
    expect(hasNoEnglish(result.message)).toBe(true);
    expect(isOneSentence(result.message)).toBe(true);
    expect(base.ui.alerts.map((a) => a.message)).toEqual([result.message]);
    expect(errors.mock.calls.flat().join('\n')).toContain(text);
  });

  it('a throwing releaseLock after a good run keeps the good result and only logs', () => {
    const base = createFakeContext();
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    const context: AddonContext = {
      ...base,
      lock: {
        tryLock: () => true,
        releaseLock: () => {
          throw new Error('Lock service failure');
        },
      },
    };
    const result = runAction(context, LABEL, () => ({ summary: 'Выявлено ШНОР: 0 из 0 школ' }));
    expect(result.ok).toBe(true);
    expect(base.ui.alerts).toEqual([]);
    expect(base.spreadsheet.toasts).toEqual([result.message]);
    expect(errors.mock.calls.flat().join('\n')).toContain('Lock service failure');
  });

  it('a failing toast after the writes does not turn a done action into a failure', () => {
    const base = createFakeContext();
    vi.spyOn(console, 'error').mockImplementation(() => {});
    vi.spyOn(base.spreadsheet, 'toast').mockImplementation(() => {
      throw new Error('Service error: Spreadsheets');
    });
    const result = runAction(base, LABEL, () => ({ summary: 'готово' }));
    expect(result.ok).toBe(true);
    expect(base.ui.alerts).toEqual([]);
  });
});
