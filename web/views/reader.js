// The article reader: the text with entities, quotes, times and events highlighted (hover says what each is; a name
// links to its entity), and beside it the lists of what was found.
import { get } from '../api.js';
import { h, badge, link, notice } from '../dom.js';
import { highlightedText } from './highlight.js';
import { day } from './common.js';

function roleText(roles) {
  return (roles ?? []).map((r) => (r.of ? `${r.title} of ${r.of}` : r.title)).join('; ');
}

function entityTitle(entity) {
  const parts = [`${entity.name} · ${entity.type}`];
  if (entity.country) parts.push(entity.country);
  const roles = roleText(entity.roles);
  if (roles) parts.push(roles);
  return `${parts.join(' · ')} — open its page`;
}

function speakerOf(quote) {
  return quote.speakerName ?? (quote.source ? `“${quote.source.text}” (unresolved)` : 'unattributed');
}

function eventTitle(event) {
  return `Event ${event.type}: ${event.sourceName ?? event.sourceText?.text ?? '?'} → ${event.targetName ?? event.targetText?.text ?? '?'}`
    + `${event.date ? `, ${event.date}` : ''} (${event.modality})`;
}

/**
 * The reader's model of an article: the readout/1 result with each entity's store id and each quote's and event's
 * actor names joined in, from the API's {article, result, entityIds} shape.
 */
function modelOf({ result, entityIds }) {
  const entities = result.entities.map((e) => ({ ...e, entityId: entityIds[e.id] }));
  const byLocal = new Map(entities.map((e) => [e.id, e]));
  const nameOf = (local) => (local ? byLocal.get(local)?.name ?? null : null);
  return {
    text: result.text,
    entities,
    byLocal,
    times: result.times,
    quotes: result.quotes.map((q) => ({ ...q, speakerName: nameOf(q.speaker) })),
    events: result.events.map((v) => ({
      ...v, sourceName: nameOf(v.source), targetName: nameOf(v.target),
      sourceId: v.source ? entityIds[v.source] ?? null : null, targetId: v.target ? entityIds[v.target] ?? null : null,
    })),
  };
}

/** Every highlight of the article as a span with the element that shows it. */
function spansOf(article) {
  const spans = [];
  for (const entity of article.entities) {
    for (const mention of entity.mentions) {
      spans.push({
        start: mention.start, end: mention.end, kind: 'entity',
        make: () => h('a', {
          class: `hl hl-entity type-${entity.type}`, href: `#/entity/${Number(entity.entityId)}`, title: entityTitle(entity),
          'data-entity': entity.id, 'data-entity-name': entity.name,
        }),
      });
    }
  }
  for (const quote of article.quotes) {
    spans.push({
      start: quote.start, end: quote.end, kind: 'quote',
      make: () => h('span', {
        class: `hl hl-quote modality-${quote.modality}`, id: `quote-${quote.id}`,
        title: `Quote (${quote.kind}) said by ${speakerOf(quote)} · ${quote.modality}${quote.cue ? ` · “${quote.cue.text}”` : ''}`,
        'data-quote': quote.id, 'data-speaker-name': quote.speakerName ?? '',
      }),
    });
  }
  for (const time of article.times) {
    spans.push({ start: time.start, end: time.end, kind: 'time', make: () => h('span', { class: 'hl hl-time', title: `${time.type} ${time.value}` }) });
  }
  for (const event of article.events) {
    spans.push({
      start: event.trigger.start, end: event.trigger.end, kind: 'event',
      make: () => h('span', { class: `hl hl-event type-${event.type}`, title: eventTitle(event), 'data-event': event.id }),
    });
  }
  return spans;
}

function legend(text) {
  const kinds = [['entity', 'Names'], ['quote', 'Quotes'], ['time', 'Times'], ['event', 'Events']];
  return h('div', { class: 'legend', role: 'group', 'aria-label': 'Highlights' }, kinds.map(([kind, label]) => {
    const box = h('input', { type: 'checkbox', checked: true, 'aria-label': `Show ${label.toLowerCase()}` });
    box.addEventListener('change', () => text.classList.toggle(`hide-${kind}`, !box.checked));
    return h('label', { class: `key key-${kind}` }, box, ' ', label);
  }));
}

/** A quote's words for the list: direct speech in quotation marks, reported speech without marks it never had. */
function shownWords(quote) {
  const words = quote.text.length > 90 ? `${quote.text.slice(0, 90)}…` : quote.text;
  return quote.kind === 'direct' && !/^["“‘'«]/.test(words) ? `“${words}”` : words;
}

function scrollTo(id) {
  const target = document.getElementById(id);
  if (!target) return;
  target.scrollIntoView({ behavior: 'smooth', block: 'center' });
  target.classList.add('flash');
  setTimeout(() => target.classList.remove('flash'), 1200);
}

function sidebar(article) {
  const byId = article.byLocal;
  const people = [...article.entities].sort((a, b) => b.mentions.length - a.mentions.length);
  return h('aside', { class: 'facts' },
    h('section', {}, h('h2', {}, `Quotes (${article.quotes.length})`),
      article.quotes.length ? h('ol', { class: 'facts-list' }, article.quotes.map((quote) => {
        const speaker = quote.speaker ? byId.get(quote.speaker) : null;
        return h('li', { class: 'quote-fact' },
          speaker ? link(`#/entity/${Number(speaker.entityId)}`, speaker.name) : h('span', { class: 'unknown' }, speakerOf(quote)), ': ',
          h('button', { type: 'button', class: 'jump', title: 'Show in the text', on: { click: () => scrollTo(`quote-${quote.id}`) } },
            shownWords(quote)),
          ' ', badge(quote.modality, `modality modality-${quote.modality}`));
      })) : notice('None found.')),
    h('section', {}, h('h2', {}, `Events (${article.events.length})`),
      article.events.length ? h('ol', { class: 'facts-list' }, article.events.map((event) => h('li', {},
        event.sourceId ? link(`#/entity/${Number(event.sourceId)}`, event.sourceName ?? '?') : h('span', { class: 'unknown' }, event.sourceText?.text ?? '?'),
        ' ', badge(event.type, `type type-${event.type}`), ' ',
        event.targetId ? link(`#/entity/${Number(event.targetId)}`, event.targetName ?? '?') : h('span', { class: 'unknown' }, event.targetText?.text ?? '—'),
        ' ', h('span', { class: 'muted' }, event.date ?? ''), ' ', badge(event.modality, `modality modality-${event.modality}`)))) : notice('None found.')),
    h('section', {}, h('h2', {}, `Entities (${article.entities.length})`),
      h('ul', { class: 'facts-list entity-list' }, people.map((entity) => h('li', {},
        link(`#/entity/${Number(entity.entityId)}`, entity.name), ' ', badge(entity.type, `etype type-${entity.type}`),
        h('span', { class: 'muted' }, ` ×${entity.mentions.length}`),
        roleText(entity.roles) ? h('div', { class: 'muted small' }, roleText(entity.roles)) : null)))),
    h('section', {}, h('h2', {}, `Times (${article.times.length})`),
      h('ul', { class: 'facts-list' }, article.times.map((time) => h('li', {}, `“${time.text}” `, h('span', { class: 'muted' }, `${time.type} ${time.value}`))))));
}

/** #/article/:id */
export async function readerView({ id }) {
  const data = await get(`articles/${id}`);
  const { article, result } = data;
  const meta = result?.meta ?? {};
  const title = meta.title ?? article.title ?? article.externalId;
  const url = typeof meta.url === 'string' ? meta.url : null;
  const header = h('header', { class: 'article-head' },
    h('h1', {}, title),
    h('p', { class: 'muted' },
      day(meta.published ?? article.published), meta.site ? ` · ${meta.site}` : '',
      meta.authors?.length ? ` · ${meta.authors.join(', ')}` : '',
      url ? [' · ', /^https?:\/\//i.test(url) ? h('a', { href: url, rel: 'noopener noreferrer nofollow', target: '_blank' }, 'source') : url] : null));
  if (article.status !== 'ok' || !result) {
    return h('article', { class: 'reader' }, header, notice(`This document could not be read: ${article.error?.code} ${article.error?.message}`, 'error'));
  }
  const model = modelOf(data);
  const text = highlightedText(model.text, spansOf(model));
  return h('div', { class: 'reader-layout' },
    h('article', { class: 'reader' }, header, legend(text), text,
      result.removed?.length ? h('details', { class: 'removed' }, h('summary', {}, `Boilerplate removed (${result.removed.length})`),
        h('ul', {}, result.removed.map((r) => h('li', {}, badge(r.reason), ' ', r.text)))) : null),
    sidebar(model));
}
