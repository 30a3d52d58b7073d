// Russian texts about the shape of an input table: headers typed twice, split over two rows, or
// not found; the example rows of the template left beside real data (PRODUCT.md §2, §13).
import { pluralRu } from './common';

const quoted = (texts: readonly string[]): string => texts.map((t) => `«${t}»`).join(', ');
const times = (n: number): string => `${n} ${pluralRu(n, 'раз', 'раза', 'раз')}`;

export const tableMessages = {
  duplicateOutput: (header: string, letters: readonly string[]) =>
    `Заголовок «${header}» встречается ${times(letters.length)} (столбцы ${letters.join(', ')}): ШНОР-монитор не заполняет ни один из них, чтобы не затереть ваши данные`,
  duplicateInput: (header: string, letters: readonly string[]) =>
    `Заголовок «${header}» встречается ${times(letters.length)} (столбцы ${letters.join(', ')}): прочитан только первый (${letters[0]})`,
  duplicateFix: (header: string) =>
    `Переименуйте свой столбец (например, «${header} (мой)») или удалите лишний, чтобы заголовок «${header}» остался один`,
  joined: (upper: string, lower: string, header: string) =>
    `Заголовок записан в двух строках («${upper}» над «${lower}») и прочитан как «${header}»`,
  joinedFix: 'Запишите заголовок в одну ячейку строки заголовков, чтобы замечание не повторялось',
  missingColumn: (header: string, accepted: readonly string[], consequence: string) =>
    `Не найден столбец «${header}» (подходят названия: ${quoted(accepted)}): ${consequence}`,
  foundInstead: (found: readonly string[]) =>
    found.length > 0
      ? `. В строке заголовков есть нераспознанные: ${quoted(found)}`
      : '. В строке заголовков других столбцов нет',
  missingColumnFix: (header: string) =>
    `Назовите столбец «${header}» (регистр, «ё» и пробелы не важны) или добавьте его в строку заголовков`,
  acceptedNames: (header: string, aliases: readonly string[]) =>
    aliases.length > 0 ? `; вместо «${header}» подходят: ${quoted(aliases)}` : '',
  foundInFirstRows: (found: readonly string[]) => `. В первых строках листа есть: ${quoted(found)}`,
  exampleRows: (rows: string, sample: string) =>
    `Строки ${rows} — пример из шаблона («${sample}»), а рядом ваши данные: пример учитывается вместе с ними`,
  exampleRowsFix: 'Удалите строки примера, когда внесёте свои данные',
  // Why a missing column matters, by sheet column.
  withoutFailed: 'без числа получивших «2» результат строк, где нет доли «2», не определить («нет данных»)',
  withoutShare: 'без доли «2» результат строк, где нет числа получивших «2», не определить («нет данных»)',
  withoutDone: 'все мероприятия считаются невыполненными',
  withoutFact: 'без фактических значений у каждого показателя статус «Нет данных»',
} as const;
