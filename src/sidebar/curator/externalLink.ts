// A link of the curator view that leaves the sidebar (a school's folder, row or document): opened
// in a new tab without a handle back to the sidebar, and only for an address the sidebar may open.
import { h, isSafeHref, type Props } from '../lib/dom';

/** The link, or null when there is no address or one that isSafeHref refuses. */
export function externalLink(href: string | null, label: string, attrs?: Props['attrs']): HTMLElement | null {
  if (!href || !isSafeHref(href)) return null;
  return h('a', { href, target: '_blank', rel: 'noopener noreferrer', attrs }, label);
}
