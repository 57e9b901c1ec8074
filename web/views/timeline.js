// The timeline: dated events in order, grouped by the day (or week, month) they happened.
import { get } from '../api.js';
import { h, link, notice } from '../dom.js';
import { eventItem, offsetOf, pager } from './common.js';

const TYPES = ['AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST', 'ACCUSE', 'REJECT', 'THREATEN',
  'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT'];

/** #/timeline?actor=&type=&from=&to=&offset= */
export async function timelineView({ params }) {
  const actor = /^\d+$/.test(params.get('actor') ?? '') ? params.get('actor') : '';
  const type = TYPES.includes(params.get('type') ?? '') ? params.get('type') : '';
  const from = /^\d{4}-\d{2}-\d{2}$/.test(params.get('from') ?? '') ? params.get('from') : '';
  const to = /^\d{4}-\d{2}-\d{2}$/.test(params.get('to') ?? '') ? params.get('to') : '';
  const [page, who] = await Promise.all([
    get('timeline', { actor, type, from, to, offset: offsetOf(params), limit: 100 }),
    actor ? get(`entities/${actor}`).catch(() => null) : null,
  ]);
  const select = h('select', { name: 'type', 'aria-label': 'Event type' });
  for (const t of ['', ...TYPES]) {
    const option = h('option', { value: t }, t || 'All types');
    if (t === type) option.selected = true;
    select.appendChild(option);
  }
  const form = h('form', { class: 'inline-search' },
    select,
    h('label', {}, 'From ', h('input', { type: 'date', name: 'from', value: from })),
    h('label', {}, 'To ', h('input', { type: 'date', name: 'to', value: to })),
    h('button', { type: 'submit' }, 'Filter'));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const data = new FormData(form);
    location.hash = `#/timeline?${new URLSearchParams({ actor, type: data.get('type'), from: data.get('from'), to: data.get('to') })}`;
  });
  const groups = [];
  for (const event of page.items) {
    const key = event.dateStart === event.dateEnd ? event.dateStart : `${event.date} (${event.dateStart} to ${event.dateEnd})`;
    if (groups.length && groups[groups.length - 1].key === key) groups[groups.length - 1].events.push(event);
    else groups.push({ key, events: [event] });
  }
  return h('section', { class: 'timeline' },
    h('h1', {}, 'Timeline', who ? [' of ', link(`#/entity/${Number(who.id)}`, who.name)] : null),
    form,
    groups.length ? h('ol', { class: 'days' }, groups.map((group) => h('li', { class: 'day' },
      h('h2', { class: 'day-label' }, h('time', { datetime: group.events[0].dateStart }, group.key)),
      h('ul', { class: 'events' }, group.events.map((e) => eventItem(e)))))) : notice('No dated events match.'),
    pager(page, '/timeline', { actor, type, from, to }));
}
