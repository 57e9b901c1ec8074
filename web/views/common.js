// Pieces shared by the views: entity links, event lines, pagers, dates.
import { h, badge, link } from '../dom.js';

/** A link to an entity's page, or the plain name when the entity is unknown. */
export function entityLink(entity, fallback = '?') {
  if (!entity) return h('span', { class: 'unknown' }, fallback);
  return link(`#/entity/${Number(entity.id)}`, entity.name);
}

/** "2023-09-20" from "2023-09-20T10:00:00Z"; null stays "undated". */
export function day(value) {
  return value ? String(value).slice(0, 10) : 'undated';
}

/** One event in a list: actors, type, date, modality, how often reported, and where. */
export function eventItem(event, { withEvidence = true } = {}) {
  const reports = event.evidence ?? [];
  const evidence = withEvidence ? reports.slice(0, 3) : [];
  // An actor that is no known entity is shown as its first report writes it ("Workers at the port"), unlinked.
  const written = (side) => reports.find((report) => report[side])?.[side].text;
  return h('li', { class: 'event' },
    h('div', { class: 'event-line' },
      entityLink(event.source, written('sourceText') ?? 'someone'), ' ', badge(event.type, `type type-${event.type}`), ' ',
      entityLink(event.target, written('targetText') ?? '—'),
      ' ', h('span', { class: 'muted' }, event.date ?? 'undated'), ' ', badge(event.modality, `modality modality-${event.modality}`),
      event.mentions > 1 ? h('span', { class: 'muted' }, ` · reported ${event.mentions} times in ${event.articles} article${event.articles === 1 ? '' : 's'}`) : null),
    evidence.length ? h('ul', { class: 'evidence' }, evidence.map((m) =>
      h('li', {}, h('span', { class: 'evidence-text' }, m.evidence.text), ' ',
        link(`#/article/${Number(m.articleId)}`, m.articleTitle ?? `article ${m.articleId}`)))) : null);
}

/** Previous / next links for a page of results. */
export function pager(page, route, params) {
  const { total, limit, offset } = page;
  if (total <= limit) return null;
  const at = (value) => {
    const query = new URLSearchParams(params);
    query.set('offset', String(value));
    return `#${route}?${query}`;
  };
  return h('nav', { class: 'pager', 'aria-label': 'Pages' },
    offset > 0 ? link(at(Math.max(0, offset - limit)), '← Previous') : h('span', { class: 'muted' }, '← Previous'),
    h('span', { class: 'muted' }, ` ${offset + 1}–${Math.min(total, offset + limit)} of ${total} `),
    offset + limit < total ? link(at(offset + limit), 'Next →') : h('span', { class: 'muted' }, 'Next →'));
}

/** The offset parameter of a route, as a safe whole number. */
export function offsetOf(params) {
  const value = Number(params.get('offset') ?? 0);
  return Number.isInteger(value) && value >= 0 ? value : 0;
}

/** A quote in a list: its words, who said them, where, how. */
export function quoteItem(quote, { showSpeaker = true } = {}) {
  return h('li', { class: 'quote-item' },
    h('blockquote', {}, quote.text),
    h('div', { class: 'quote-meta' },
      showSpeaker ? [quote.speaker ? entityLink(quote.speaker) : h('span', { class: 'unknown' }, quote.source?.text ?? 'unattributed'), ' · '] : null,
      link(`#/article/${Number(quote.articleId)}`, quote.articleTitle ?? `article ${quote.articleId}`),
      ' · ', h('span', { class: 'muted' }, day(quote.published)), ' ', badge(quote.modality, `modality modality-${quote.modality}`),
      quote.cue ? h('span', { class: 'muted' }, ` (“${quote.cue.text}”)`) : null));
}
