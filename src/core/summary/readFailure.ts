// «Сводка» → «Ошибка» holds two different things: why a file could not be read at all (no access,
// not a template, Google failed), and the remarks about the data of a school that was read (a
// missing sheet, «замечаний в данных школы: 3»). The curator view counts the second kind as read,
// with its remarks, not under «Не прочитаны».

import { FAILURE_KINDS } from '../failures/serviceFailure';
import { failureMessages } from '../messages/failures';
import { summaryMessages as m } from '../messages/summary';

const READ_FAILURES: ReadonlySet<string> = new Set([
  ...FAILURE_KINDS.map(failureMessages.file),
  m.noAccess,
  m.excelFile,
  m.notTemplate,
  m.leftFolder,
]);

/** What «Ошибка» said about an unreadable file before this release: Google's own words after it. */
const OLD_READ_FAILURE_START = 'не удалось прочитать файл:';

/** True when the «Ошибка» text says the file was not read (rather than remarks on its data). */
export function isReadFailure(error: string): boolean {
  const text = error.trim();
  return READ_FAILURES.has(text) || text.startsWith(OLD_READ_FAILURE_START);
}
