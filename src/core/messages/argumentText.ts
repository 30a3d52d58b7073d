// A formula's bad argument as its error quotes it: a date as a date (String(date) is English:
// «Sat Sep 13 275760 … GMT»), an odd Date by name, a long text cut so that one 50,000-character
// cell does not become a 50,000-character error.
import { isUsableDate } from '../dates/oddDate';
import { failureMessages } from './failures';

const MAX_CHARS = 60;

export function argumentText(value: unknown): string {
  if (value instanceof Date) {
    if (!isUsableDate(value)) return failureMessages.oddDateValue;
    const iso = value.toISOString();
    return `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}`;
  }
  let text: string;
  try {
    text = String(value);
  } catch (_error) {
    text = '';
  }
  return text.length > MAX_CHARS ? `${text.slice(0, MAX_CHARS)}…` : text;
}
