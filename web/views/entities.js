// The entity list (search by name, filter by type) and one entity's page: roles, what they said, events as source
// and as target, articles.
import { get } from '../api.js';
import { h, badge, link, notice } from '../dom.js';
import { day, eventItem, offsetOf, pager, quoteItem } from './common.js';

const TYPES = ['', 'PERSON', 'ORG', 'GPE', 'LOC', 'NORP', 'OTHER'];

function roleText(roles) {
  return (roles ?? []).map((r) => (r.of ? `${r.title} of ${r.of}` : r.title)).join('; ');
}

/** #/entities?q=&type=&offset= */
export async function entitiesView({ params }) {
  const q = params.get('q') ?? '';
  const type = TYPES.includes(params.get('type') ?? '') ? params.get('type') ?? '' : '';
  const page = await get('entities', { q, type, offset: offsetOf(params), limit: 50 });
  const select = h('select', { name: 'type', 'aria-label': 'Entity type' });
  for (const t of TYPES) {
    const option = h('option', { value: t }, t || 'All types');
    if (t === type) option.selected = true;
    select.appendChild(option);
  }
  const form = h('form', { class: 'inline-search', role: 'search' },
    h('input', { type: 'search', name: 'q', value: q, placeholder: 'Name contains…', 'aria-label': 'Search entities', maxlength: '200' }),
    select, h('button', { type: 'submit' }, 'Search'));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const data = new FormData(form);
    location.hash = `#/entities?${new URLSearchParams({ q: data.get('q'), type: data.get('type') })}`;
  });
  return h('section', {},
    h('h1', {}, 'Entities'), form,
    page.items.length ? h('table', { class: 'list' },
      h('thead', {}, h('tr', {}, ['Name', 'Type', 'Country', 'Roles', 'Articles', 'Mentions'].map((t) => h('th', {}, t)))),
      h('tbody', {}, page.items.map((e) => h('tr', {},
        h('td', {}, link(`#/entity/${Number(e.id)}`, e.name)), h('td', {}, badge(e.type, `etype type-${e.type}`)),
        h('td', {}, e.country ?? ''), h('td', { class: 'small' }, roleText(e.roles)),
        h('td', { class: 'num' }, e.articles), h('td', { class: 'num' }, e.mentions)))))
      : notice('No entity matches.'),
    pager(page, '/entities', { q, type }));
}

/** #/entity/:id */
export async function entityView({ id }) {
  const { entity, aliases, quotes, asSource, asTarget, articles } = await get(`entities/${id}`);
  const roles = roleText(entity.roles);
  const others = aliases.filter((a) => a.name !== entity.name);
  const more = (page) => (page.total > page.items.length ? notice(`Showing ${page.items.length} of ${page.total}.`) : null);
  return h('section', { class: 'entity' },
    h('header', { class: 'entity-head' },
      h('h1', {}, entity.name),
      h('p', {}, badge(entity.type, `etype type-${entity.type}`), entity.country ? ` ${entity.country}` : '',
        entity.kb ? h('span', { class: 'muted' }, ` · ${entity.kb}`) : null,
        h('span', { class: 'muted' }, ` · ${entity.articles} article${entity.articles === 1 ? '' : 's'} · ${entity.mentions} mentions`)),
      roles ? h('p', { class: 'roles' }, h('strong', {}, 'Roles: '), roles) : null,
      others.length ? h('p', { class: 'muted' }, 'Also written as: ', others.map((a) => a.name).join(', ')) : null,
      h('p', {}, link(`#/timeline?actor=${Number(entity.id)}`, 'Timeline of their events'), ' · ',
        link(`#/network?actor=${Number(entity.id)}`, 'Their network'))),
    h('div', { class: 'columns' },
      h('section', { class: 'said' }, h('h2', {}, `What they said (${quotes.total})`),
        quotes.items.length ? h('ul', { class: 'quotes' }, quotes.items.map((q) => quoteItem(q, { showSpeaker: false }))) : notice('No quotes attributed.'),
        more(quotes)),
      h('section', {},
        h('h2', {}, `Events as source (${asSource.total})`),
        asSource.items.length ? h('ul', { class: 'events as-source' }, asSource.items.map((e) => eventItem(e))) : notice('None.'), more(asSource),
        h('h2', {}, `Events as target (${asTarget.total})`),
        asTarget.items.length ? h('ul', { class: 'events as-target' }, asTarget.items.map((e) => eventItem(e))) : notice('None.'), more(asTarget),
        h('h2', {}, `Articles (${articles.length})`),
        h('ul', { class: 'plain' }, articles.map((a) => h('li', {},
          link(`#/article/${Number(a.id)}`, a.title ?? a.externalId), ' ', h('span', { class: 'muted' }, day(a.published))))))));
}
