import { h } from './dom';
import { barPercent } from './format';

/** A bar with its value for assistive technology; the visible number is written next to it. */
export function progressBar(fraction: number | null, label: string, tone = 'neutral'): HTMLElement {
  const percent = barPercent(fraction);
  const fill = h('div', { class: `bar-fill tone-${tone}` });
  fill.style.width = `${percent}%`;
  return h(
    'div',
    {
      class: 'bar',
      role: 'progressbar',
      attrs: { 'aria-label': label, 'aria-valuemin': 0, 'aria-valuemax': 100, 'aria-valuenow': percent },
    },
    fill,
  );
}
