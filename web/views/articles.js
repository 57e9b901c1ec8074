// The list of articles, newest first, with a full-text search over their sentences.
import { get } from '../api.js';
import { h, link, notice } from '../dom.js';
import { day, offsetOf, pager } from './common.js';

/** #/ and #/articles?q=&offset= */
export async function articlesView({ params }) {
  const q = params.get('title') ?? '';
  const page = await get('articles', { title: q, offset: offsetOf(params), limit: 50 });
  const form = h('form', { class: 'inline-search', role: 'search' },
    h('input', { type: 'search', name: 'title', value: q, placeholder: 'Words in the title', 'aria-label': 'Search titles', maxlength: '200' }),
    h('button', { type: 'submit' }, 'Search'));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    location.hash = `#/articles?${new URLSearchParams({ title: new FormData(form).get('title') })}`;
  });
  const rows = page.items.map((article) => h('tr', {},
    h('td', {}, article.status === 'ok'
      ? link(`#/article/${Number(article.id)}`, article.title ?? article.externalId)
      : h('span', { class: 'error', title: article.error?.message ?? '' }, `${article.externalId} (${article.error?.code ?? 'error'})`)),
    h('td', { class: 'nowrap' }, day(article.published)),
    h('td', {}, article.site ?? ''),
    h('td', { class: 'num' }, article.counts.entities),
    h('td', { class: 'num' }, article.counts.quotes),
    h('td', { class: 'num' }, article.counts.events)));
  return h('section', { class: 'articles' },
    h('h1', {}, 'Articles'),
    form,
    page.items.length
      ? h('table', { class: 'list' },
        h('thead', {}, h('tr', {}, ['Title', 'Published', 'Site', 'Entities', 'Quotes', 'Events'].map((t) => h('th', {}, t)))),
        h('tbody', {}, rows))
      : notice(q ? 'No article title holds these words.' : 'The store holds no articles yet. Run "readout ingest PATH" to add some.'),
    pager(page, '/articles', { title: q }));
}
