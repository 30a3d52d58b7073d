// «Очередь проверки» in the curator view (PRODUCT.md §7, §8): by school, each measure a link to its
// row in the school's file. Text only: every value from school files goes in as a text node, and a
// link's address is one the server rebuilt from ids (isSafeHref still guards it here).
import type { ReviewItemDto, ReviewQueueDto } from '../../shared/api';
import { h } from '../lib/dom';
import { formatIsoDate } from '../lib/format';
import { texts } from '../lib/texts';
import { externalLink } from './externalLink';

const t = texts.curator;

function item(entry: ReviewItemDto): HTMLElement {
  // «2.» and «2)» are written with their own mark; a bare «2» gets one.
  const number = entry.number === '' || /[.)]$/.test(entry.number) ? entry.number : `${entry.number}.`;
  const title = [number, entry.measure].filter((part) => part !== '').join(' ');
  const link =
    externalLink(entry.rowLink, title, { title: t.queueOpenRow, 'data-row-link': 'true' }) ??
    h('span', null, title);
  const details = [entry.status, entry.dueDate ? t.queueDue(formatIsoDate(entry.dueDate)) : '']
    .filter((part) => part !== '')
    .join(', ');
  const documentLink = externalLink(entry.documentLink, t.queueDocument);
  return h(
    'li',
    { class: 'queue-item' },
    link,
    h('p', { class: 'small queue-reasons' }, entry.reasons),
    details ? h('p', { class: 'small muted' }, details) : null,
    documentLink ? h('p', { class: 'small' }, documentLink) : null,
  );
}

/** The queue card's content; null queue: the sheet is not there yet. */
export function queueView(queue: ReviewQueueDto | null): HTMLElement[] {
  const heading = h('h2', null, t.queueTitle);
  if (!queue) return [heading, h('p', { class: 'muted small' }, t.queueMissing)];
  if (queue.schools.length === 0) return [heading, h('p', { class: 'muted small' }, t.queueEmpty)];
  return [
    heading,
    ...queue.schools.map((school) =>
      h(
        'section',
        { class: 'queue-school' },
        h('h3', null, school.school),
        h('ul', { class: 'queue' }, ...school.items.map(item)),
      ),
    ),
    queue.more > 0 ? h('p', { class: 'small muted' }, t.queueMore(queue.more)) : null,
  ].filter((node): node is HTMLElement => node !== null);
}
