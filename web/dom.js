// Builds the page with createElement and textContent only. Article text, names and titles are untrusted: they only
// ever become text nodes or attribute values set through setAttribute on an allow-list, never HTML.

const ALLOWED_ATTRIBUTES = new Set(['class', 'title', 'id', 'role', 'type', 'name', 'value', 'placeholder', 'for', 'colspan',
  'aria-label', 'aria-current', 'aria-hidden', 'tabindex', 'maxlength', 'rel', 'target', 'checked', 'datetime', 'lang']);

/** Whether a link target is safe to put in href: a route of this app (#/...) or an http(s) address. */
export function safeHref(href) {
  return typeof href === 'string' && (/^#\/[\w\-/?=&%.,:+]*$/.test(href) || /^https?:\/\/[^\s]+$/i.test(href));
}

/**
 * Creates an element. `attributes` may hold allowed attribute names, `data-*`, `href` (checked by safeHref),
 * `on` ({event: handler}) and `dataset`; children are nodes, strings (as text), numbers, or nested arrays.
 */
export function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes ?? {})) {
    if (value === undefined || value === null || value === false) continue;
    if (name === 'on') {
      for (const [event, handler] of Object.entries(value)) element.addEventListener(event, handler);
    } else if (name === 'href') {
      if (safeHref(value)) element.setAttribute('href', value);
    } else if (ALLOWED_ATTRIBUTES.has(name) || name.startsWith('data-')) {
      element.setAttribute(name, value === true ? '' : String(value));
    } else {
      throw new Error(`readout UI: attribute "${name}" is not on the allow-list`);
    }
  }
  append(element, children);
  return element;
}

/** Appends children: strings and numbers as text nodes, nodes as they are, arrays flattened; null skipped. */
export function append(parent, children) {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) append(parent, child);
    else if (child instanceof Node) parent.appendChild(child);
    else parent.appendChild(document.createTextNode(String(child)));
  }
  return parent;
}

/** Replaces everything inside `parent` with `children`. */
export function replace(parent, ...children) {
  parent.replaceChildren();
  return append(parent, children);
}

/** A link to a route of the app (#/entity/3) or nothing clickable when the route is missing. */
export function link(href, ...children) {
  return h('a', { href }, ...children);
}

/** A short label: a modality, an event type or an entity type. */
export function badge(text, kind = '') {
  return h('span', { class: `badge ${kind}`.trim() }, text);
}

/** A message in place of content: loading, empty or failed. */
export function notice(text, kind = 'muted') {
  return h('p', { class: kind }, text);
}

const SVG = 'http://www.w3.org/2000/svg';

/** Creates an SVG element with numeric or string attributes; text goes in through textContent. */
export function svg(tag, attributes = {}, text = null) {
  const element = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, String(value));
  if (text !== null) element.textContent = text;
  return element;
}
