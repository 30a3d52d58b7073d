import { afterEach, describe, expect, it, vi } from 'vitest';
import { ExplainedError } from '../../../src/core/failures/explainedError';
import { sidebarMessages } from '../../../src/core/messages/sidebar';
import { openSidebar } from '../../../src/server/rpc/handlers';
import { guardSidebarCall } from '../../../src/server/rpc/sidebarFailure';
import { RpcInputError } from '../../../src/server/rpc/validate';
import { createFakeContext } from '../../fakes/fakeContext';
import { hasNoEnglish, isOneSentence } from '../oneSentence';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('guardSidebarCall: what the sidebar reads when a call fails', () => {
  it.each([
    [new TypeError("Cannot read properties of undefined (reading 'getValues')"), 'непредвиденная'],
    [new Error('Service Spreadsheets timed out while accessing document with id 1abc.'), 'временно'],
    [new Error('Authorization is required to perform that action.'), 'Проверить установку'],
  ])('%s → one Russian sentence, the original in the log', (error, words) => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    let thrown: unknown;
    try {
      guardSidebarCall('getDashboard', () => {
        throw error;
      });
    } catch (caught) {
      thrown = caught;
    }
    expect(thrown).toBeInstanceOf(ExplainedError);
    const message = (thrown as Error).message;
    expect(message).toContain(words);
    expect(isOneSentence(message)).toBe(true);
    expect(hasNoEnglish(message)).toBe(true);
    expect(logged.mock.calls.flat().join(' ')).toContain(error.message);
  });

  it('a refused input is already Russian and passes unchanged; a good call returns its value', () => {
    const refusal = new RpcInputError('Неизвестное действие «x»');
    expect(() =>
      guardSidebarCall('runDashboardAction', () => {
        throw refusal;
      }),
    ).toThrow(refusal);
    expect(guardSidebarCall('getCuratorView', () => 42)).toBe(42);
  });

  it('a sidebar asked for without a UI says so in Russian', () => {
    const context = { ...createFakeContext(), ui: null };
    expect(() => guardSidebarCall('openCuratorSidebar', () => openSidebar(context, 'curator'))).toThrow(
      sidebarMessages.noUi,
    );
  });
});
