// The whole view library: build elements from data where every string becomes a text node or an
// attribute value, never markup. Nothing in the sidebars assigns innerHTML.

export type Child = Node | string | number | null | undefined | false | readonly Child[];

export interface Props {
  readonly class?: string;
  readonly id?: string;
  readonly role?: string;
  readonly title?: string;
  readonly type?: string;
  readonly href?: string;
  readonly target?: string;
  readonly rel?: string;
  readonly hidden?: boolean;
  readonly disabled?: boolean;
  /** aria-* and data-* attributes, by their full names. */
  readonly attrs?: Readonly<Record<string, string | number>>;
  readonly onClick?: (event: MouseEvent) => void;
}

function append(parent: Node, child: Child): void {
  if (child === null || child === undefined || child === false) return;
  if (Array.isArray(child)) {
    for (const c of child) append(parent, c);
    return;
  }
  if (typeof child === 'string' || typeof child === 'number') {
    parent.appendChild(document.createTextNode(String(child)));
    return;
  }
  parent.appendChild(child as Node);
}

/** Only http(s) and in-page links: a javascript: address from data must never become a link. */
export function isSafeHref(href: string): boolean {
  return /^https:\/\//i.test(href) || href.startsWith('#');
}

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props?: Props | null,
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  if (props) {
    if (props.class) element.className = props.class;
    if (props.id) element.id = props.id;
    if (props.role) element.setAttribute('role', props.role);
    if (props.title) element.title = props.title;
    if (props.type) element.setAttribute('type', props.type);
    if (props.href !== undefined && isSafeHref(props.href)) element.setAttribute('href', props.href);
    if (props.target) element.setAttribute('target', props.target);
    if (props.rel) element.setAttribute('rel', props.rel);
    if (props.hidden) element.hidden = true;
    if (props.disabled) element.setAttribute('disabled', '');
    for (const [name, value] of Object.entries(props.attrs ?? {})) element.setAttribute(name, String(value));
    if (props.onClick) element.addEventListener('click', props.onClick as EventListener);
  }
  for (const child of children) append(element, child);
  return element;
}

/** Replaces every child of the element. */
export function mount(parent: Element, ...children: Child[]): void {
  while (parent.firstChild) parent.removeChild(parent.firstChild);
  for (const child of children) append(parent, child);
}
