import type { TargetDto, TargetsDto } from '../../shared/api';
import { type Child, h } from '../lib/dom';
import { formatNumber, formatPercent } from '../lib/format';
import { progressBar } from '../lib/progressBar';
import { texts } from '../lib/texts';

const t = texts.targets;

function value(n: number | null, target: TargetDto): string {
  if (n === null) return t.noValue;
  if (target.isShare) return formatPercent(n);
  return target.unit ? `${formatNumber(n)} ${target.unit}` : formatNumber(n);
}

function targetView(target: TargetDto): HTMLElement {
  const progressText =
    target.progress === null ? target.status : t.progress(formatPercent(target.progress), target.status);
  return h(
    'li',
    { class: 'target', attrs: { 'data-row': target.row } },
    h('span', { class: 'target-name' }, target.name),
    h(
      'span',
      { class: 'muted small' },
      t.values(value(target.base, target), value(target.plan, target), value(target.fact, target)),
    ),
    progressBar(target.progress, `${target.name}: ${progressText}`, target.tone),
    h('span', { class: `small tone-text-${target.tone}` }, progressText),
  );
}

/** One bar per target indicator, with its status in words. */
export function targetsView(data: TargetsDto): Child {
  if (data.targets.length === 0) return h('p', { class: 'notice' }, t.none);
  return [
    h(
      'p',
      { class: 'facts', attrs: { 'data-counter': 'achieved' } },
      t.achieved(data.achieved, data.targets.length),
    ),
    data.staleRows > 0
      ? h(
          'p',
          { class: 'notice notice-stale', attrs: { 'data-stale': data.staleRows } },
          t.stale(data.staleRows),
        )
      : null,
    h('ul', { class: 'targets' }, ...data.targets.map(targetView)),
  ];
}
