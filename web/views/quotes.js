// Quote search: any words, safely searched on the server (no search syntax is interpreted).
import { get } from '../api.js';
import { h, notice } from '../dom.js';
import { offsetOf, pager, quoteItem } from './common.js';

/** #/quotes?q=&offset= */
export async function quotesView({ params }) {
  const q = params.get('q') ?? '';
  const page = await get('quotes', { q, offset: offsetOf(params), limit: 50 });
  const form = h('form', { class: 'inline-search', role: 'search' },
    h('input', { type: 'search', name: 'q', value: q, placeholder: 'Words in the quote', 'aria-label': 'Quote words', maxlength: '200' }),
    h('button', { type: 'submit' }, 'Search'));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    location.hash = `#/quotes?${new URLSearchParams({ q: new FormData(form).get('q') })}`;
  });
  return h('section', {},
    h('h1', {}, q ? ['Quotes matching “', q, '”'] : 'Quotes'),
    form,
    h('p', { class: 'muted' }, `${page.total} quote${page.total === 1 ? '' : 's'}`),
    page.items.length ? h('ul', { class: 'quotes' }, page.items.map((quote) => quoteItem(quote))) : notice(q ? 'No quote holds these words.' : 'No quotes stored.'),
    pager(page, '/quotes', { q }));
}
