import type { SectionDto, UnavailableDto } from '../../shared/api';
import { type Child, h } from '../lib/dom';
import { texts } from '../lib/texts';

function unavailableText(section: UnavailableDto): string {
  switch (section.state) {
    case 'coming':
      return texts.unavailable.coming;
    case 'noSheet':
      return texts.unavailable.noSheet(section.sheet);
    case 'noData':
      return texts.unavailable.noData(section.sheet);
    case 'failed':
      return section.message;
  }
}

/** A titled part of the dashboard: its content, or a sentence saying why there is none. */
export function sectionView<T>(
  id: string,
  title: string,
  section: SectionDto<T>,
  render: (data: T) => Child,
): HTMLElement {
  const body =
    section.state === 'ready'
      ? render(section as T)
      : h('p', { class: `notice notice-${section.state}` }, unavailableText(section));
  return h(
    'section',
    { class: 'card', id, attrs: { 'aria-labelledby': `${id}-title`, 'data-state': section.state } },
    h('h2', { id: `${id}-title` }, title),
    body,
  );
}
