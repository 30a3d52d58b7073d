import { describe, expect, it } from 'vitest';
import { failureMessages } from '../../../src/core/messages/failures';
import { summaryMessages as m } from '../../../src/core/messages/summary';
import { isReadFailure } from '../../../src/core/summary/readFailure';

describe('isReadFailure: «Ошибка» of a file not read vs remarks on a school that was read', () => {
  it.each([
    [m.noAccess, true],
    [m.excelFile, true],
    [m.notTemplate, true],
    [m.leftFolder, true],
    [failureMessages.file('temporary'), true],
    [failureMessages.file('gone'), true],
    [failureMessages.file('unexpected'), true],
    ['не удалось прочитать файл: GoogleJsonResponseException: Internal Error', true],
    [m.missingSheet('Дорожная карта'), false],
    [m.missingHeaders('Результаты ОП', ['Год']), false],
    [m.dataProblems(3), false],
    [`${m.missingSheet('Кластеры')}; ${m.dataProblems(2)}`, false],
    ['', false],
  ])('%s → %s', (error, unread) => {
    expect(isReadFailure(error)).toBe(unread);
  });
});
