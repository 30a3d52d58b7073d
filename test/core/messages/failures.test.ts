import { describe, expect, it } from 'vitest';
import { FAILURE_KINDS } from '../../../src/core/failures/serviceFailure';
import { failureMessages } from '../../../src/core/messages/failures';
import { menuLabels } from '../../../src/core/messages/menu';
import { hasNoEnglish, isOneSentence } from '../../server/oneSentence';

describe('failure sentences (PRODUCT.md §13)', () => {
  it.each(FAILURE_KINDS)(
    '%s: one Russian sentence with a step, for an action, the sidebar and a school file',
    (kind) => {
      const texts = [
        failureMessages.action(menuLabels.identify, { kind }),
        failureMessages.sidebar({ kind }),
        failureMessages.file(kind),
      ];
      for (const text of texts) {
        expect(isOneSentence(text), text).toBe(true);
        expect(hasNoEnglish(text), text).toBe(true);
        // What to do: every sentence names a step after its dash or colon.
        expect(text, text).toMatch(/ — |: [а-яё]/);
      }
    },
  );

  it('temporary failures say to repeat, access ones to ask, a gone file to check the link', () => {
    expect(failureMessages.action('X', { kind: 'temporary' })).toContain('подождите минуту');
    expect(failureMessages.action('X', { kind: 'noAccess' })).toContain('попросите');
    expect(failureMessages.action('X', { kind: 'gone' })).toContain('проверьте ссылки');
    expect(failureMessages.action('X', { kind: 'authorization' })).toContain(
      `«${menuLabels.checkInstallation}»`,
    );
  });
});
