// The single-page reader: routes in the URL's hash (#/article/3), one view per route, rendered into <main>.
import { replace, notice, h } from './dom.js';
import { articlesView } from './views/articles.js';
import { readerView } from './views/reader.js';
import { entitiesView, entityView } from './views/entities.js';
import { networkView } from './views/network.js';
import { timelineView } from './views/timeline.js';
import { quotesView } from './views/quotes.js';

/** Routes: a pattern over the hash path, the nav item it belongs to, and the view that renders it. */
const ROUTES = [
  { pattern: /^\/?$/, nav: 'articles', view: articlesView },
  { pattern: /^\/articles$/, nav: 'articles', view: articlesView },
  { pattern: /^\/article\/(\d+)$/, nav: 'articles', view: readerView },
  { pattern: /^\/entities$/, nav: 'entities', view: entitiesView },
  { pattern: /^\/entity\/(\d+)$/, nav: 'entities', view: entityView },
  { pattern: /^\/timeline$/, nav: 'timeline', view: timelineView },
  { pattern: /^\/network$/, nav: 'network', view: networkView },
  { pattern: /^\/quotes$/, nav: 'quotes', view: quotesView },
];

const main = document.getElementById('main');
let generation = 0;

/** Splits "#/quotes?q=x" into its path and parameters. */
function currentRoute() {
  const hash = location.hash.replace(/^#/, '') || '/';
  const [path, search = ''] = hash.split('?');
  return { path, params: new URLSearchParams(search) };
}

async function render() {
  const { path, params } = currentRoute();
  const mine = ++generation;
  const route = ROUTES.find((r) => r.pattern.test(path));
  document.querySelector('#quote-search input').value = route?.nav === 'quotes' ? params.get('q') ?? '' : '';
  for (const item of document.querySelectorAll('[data-nav]')) {
    if (route && item.dataset.nav === route.nav) item.setAttribute('aria-current', 'page');
    else item.removeAttribute('aria-current');
  }
  if (!route) {
    replace(main, h('h1', {}, 'Not found'), notice('There is no page at this address.'), h('a', { href: '#/' }, 'Back to the articles'));
    return;
  }
  const [, id] = route.pattern.exec(path);
  replace(main, notice('Loading…'));
  try {
    const view = await route.view({ id: id === undefined ? undefined : Number(id), params });
    // A later navigation may have finished first; only the latest one draws.
    if (mine === generation) {
      replace(main, view);
      main.focus({ preventScroll: true });
      window.scrollTo(0, 0);
    }
  } catch (error) {
    if (mine !== generation) return;
    const title = error.status === 404 ? 'Not found' : 'Something went wrong';
    replace(main, h('h1', {}, title), notice(error.message ?? String(error), 'error'));
  }
}

/** Navigates to a route of the app, e.g. go('/quotes', {q: 'war'}). */
export function go(path, params = {}) {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) if (value !== undefined && value !== null && value !== '') query.set(name, String(value));
  const target = `#${path}${query.toString() ? `?${query}` : ''}`;
  if (location.hash === target) render();
  else location.hash = target;
}

document.getElementById('quote-search').addEventListener('submit', (event) => {
  event.preventDefault();
  const q = new FormData(event.target).get('q');
  go('/quotes', { q });
});

window.addEventListener('hashchange', render);
render();
