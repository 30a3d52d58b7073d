import type { MeasureLinkDto, RoadmapProgressDto } from '../../shared/api';
import { type Child, h } from '../lib/dom';
import { formatPercent } from '../lib/format';
import { progressBar } from '../lib/progressBar';
import { texts } from '../lib/texts';

const t = texts.roadmap;

function counter(label: string, value: number, tone: string, key: string): HTMLElement {
  return h(
    'li',
    { class: `counter ${value > 0 ? `tone-${tone}` : ''}`, attrs: { 'data-counter': key } },
    h('span', { class: 'counter-value' }, value),
    h('span', { class: 'counter-label' }, label),
  );
}

function measureLink(measure: MeasureLinkDto, onSelectRow: (row: number) => void): HTMLElement {
  const why =
    measure.kind === 'sentBack'
      ? t.sentBackLabel
      : measure.dueDate
        ? t.overdueSince(measure.dueDate)
        : t.overdueNoDate;
  return h(
    'li',
    { class: `measure measure-${measure.kind}` },
    h(
      'button',
      {
        type: 'button',
        class: 'link',
        title: t.linkHint,
        attrs: { 'data-row': measure.row },
        onClick: () => onSelectRow(measure.row),
      },
      measure.number ? `${t.measureNumber(measure.number)}. ` : '',
      measure.title,
    ),
    h('span', { class: `muted small tone-text-${measure.kind === 'sentBack' ? 'warn' : 'bad'}` }, why),
    measure.curatorComment ? h('span', { class: 'muted small comment' }, measure.curatorComment) : null,
  );
}

/** Done n of m with a bar, the three counters, and the rows that need attention as links. */
export function roadmapView(progress: RoadmapProgressDto, onSelectRow: (row: number) => void): Child {
  if (progress.total === 0) return h('p', { class: 'notice' }, t.noMeasures);
  const share = progress.done / progress.total;
  const doneText = t.done(progress.done, progress.total, formatPercent(share));
  return [
    h('p', { class: 'facts', attrs: { 'data-counter': 'done' } }, doneText),
    progressBar(share, doneText, 'good'),
    h(
      'ul',
      { class: 'counters' },
      counter(t.overdue, progress.overdue, 'bad', 'overdue'),
      counter(t.dueSoon, progress.dueSoon, 'warn', 'dueSoon'),
      counter(t.sentBack, progress.sentBack, 'warn', 'sentBack'),
    ),
    progress.staleRows > 0
      ? h(
          'p',
          { class: 'notice notice-stale', attrs: { 'data-stale': progress.staleRows } },
          t.stale(progress.staleRows),
        )
      : null,
    progress.attention.length > 0
      ? [
          h('p', { class: 'subtitle' }, t.attentionTitle),
          h('ul', { class: 'measures' }, ...progress.attention.map((m) => measureLink(m, onSelectRow))),
          progress.attentionMore > 0
            ? h('p', { class: 'muted small' }, t.more(progress.attentionMore))
            : null,
        ]
      : null,
  ];
}
