import type { LowResultStatusDto } from '../../shared/api';
import { type Child, h } from '../lib/dom';
import { texts } from '../lib/texts';

const t = texts.lowResult;

function badge(isLowResult: boolean | null): HTMLElement {
  if (isLowResult === null) return h('span', { class: 'badge tone-neutral' }, t.unknown);
  return isLowResult
    ? h('span', { class: 'badge tone-bad' }, t.isLow)
    : h('span', { class: 'badge tone-good' }, t.notLow);
}

/** ШНОР status with its criterion and the low procedures behind it. */
export function lowResultView(status: LowResultStatusDto): Child {
  if (status.school === '') return h('p', { class: 'notice' }, t.schoolUnset);
  const facts = h(
    'p',
    { class: 'facts' },
    badge(status.isLowResult),
    status.analysisYear !== null ? h('span', null, t.year(status.analysisYear)) : null,
    status.criterion ? h('span', null, t.criterion(status.criterion)) : null,
  );
  if (status.isLowResult === null)
    return [facts, h('p', { class: 'notice' }, t.schoolNotFound(status.school))];
  return [
    facts,
    status.sheetUpToDate
      ? null
      : h('p', { class: 'notice notice-stale', attrs: { 'data-stale': 'true' } }, t.sheetStale),
    status.reasons.length > 0
      ? [
          h('p', { class: 'subtitle' }, t.reasonsTitle),
          h('ul', { class: 'reasons' }, ...status.reasons.map((reason) => h('li', null, reason))),
        ]
      : h('p', { class: 'muted' }, t.noReasons),
    status.cluster ? h('p', { class: 'muted' }, t.cluster(status.cluster)) : null,
    status.clusterTrend ? h('p', { class: 'muted' }, t.clusterTrend(status.clusterTrend)) : null,
  ];
}
