// The actor network: who met (CONSULT) or accused (ACCUSE) whom, or any other event types chosen.
import { get } from '../api.js';
import { h, badge, link, notice } from '../dom.js';
import { drawNetwork, EDGE_COLOURS } from '../graph.js';

const TYPES = ['CONSULT', 'ACCUSE', 'AGREE', 'SUPPORT', 'COOPERATE', 'AID', 'REQUEST', 'REJECT', 'THREATEN', 'PROTEST', 'SANCTION',
  'MOBILIZE', 'COERCE', 'ASSAULT', 'CONCEDE', 'RETREAT'];
const LABELS = { CONSULT: 'met or talked to', ACCUSE: 'accused' };

/** #/network?type=CONSULT,ACCUSE&from=&to= */
export async function networkView({ params }) {
  const chosen = (params.get('type') ?? 'CONSULT,ACCUSE').split(',').filter((t) => TYPES.includes(t));
  const types = chosen.length ? chosen : ['CONSULT', 'ACCUSE'];
  const from = /^\d{4}-\d{2}-\d{2}$/.test(params.get('from') ?? '') ? params.get('from') : '';
  const to = /^\d{4}-\d{2}-\d{2}$/.test(params.get('to') ?? '') ? params.get('to') : '';
  const actor = /^\d+$/.test(params.get('actor') ?? '') ? params.get('actor') : '';
  const graph = await get('network', { type: types.join(','), actor, from, to, limit: 200 });
  const form = h('form', { class: 'inline-search type-picker' },
    TYPES.map((type) => h('label', { class: 'check' },
      h('input', { type: 'checkbox', name: 'type', value: type, checked: types.includes(type) }), ' ', LABELS[type] ? `${type} (${LABELS[type]})` : type)),
    h('label', {}, 'From ', h('input', { type: 'date', name: 'from', value: from })),
    h('label', {}, 'To ', h('input', { type: 'date', name: 'to', value: to })),
    h('button', { type: 'submit' }, 'Show'));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const data = new FormData(form);
    location.hash = `#/network?${new URLSearchParams({ type: data.getAll('type').join(','), actor, from: data.get('from'), to: data.get('to') })}`;
  });
  const names = new Map(graph.nodes.map((n) => [n.id, n]));
  const legend = h('p', { class: 'graph-legend' }, types.map((t) => h('span', { class: `swatch-line edge-${EDGE_COLOURS[t] ? t : 'other'}` }, ` ${t} `)));
  return h('section', { class: 'network-view' },
    h('h1', {}, 'Who met or accused whom', actor && names.get(Number(actor)) ? [' — around ', link(`#/entity/${Number(actor)}`, names.get(Number(actor)).name)] : null),
    form,
    graph.edges.length
      ? [legend, h('div', { class: 'graph' }, drawNetwork(graph, { onOpen: (node) => { location.hash = `#/entity/${Number(node.id)}`; } })),
        h('h2', {}, 'Edges'),
        h('table', { class: 'list' },
          h('thead', {}, h('tr', {}, ['Source', 'Type', 'Target', 'Reports'].map((t) => h('th', {}, t)))),
          h('tbody', {}, graph.edges.map((e) => h('tr', {},
            h('td', {}, link(`#/entity/${Number(e.source)}`, names.get(e.source)?.name ?? '?')),
            h('td', {}, badge(e.type, `type type-${e.type}`)),
            h('td', {}, link(`#/entity/${Number(e.target)}`, names.get(e.target)?.name ?? '?')),
            h('td', { class: 'num' }, e.mentions)))))]
      : notice('No events of these types between two known actors.'));
}
