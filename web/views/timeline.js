// The timeline: how many events of each type happened per day, week or month (a bar per period), and the events of
// the period picked, with the sentences that report them.
import { get } from '../api.js';
import { h, link, notice, svg } from '../dom.js';
import { EDGE_COLOURS } from '../graph.js';
import { eventItem, offsetOf, pager } from './common.js';

const TYPES = ['AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST', 'ACCUSE', 'REJECT', 'THREATEN',
  'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT'];
const BUCKETS = ['day', 'week', 'month'];
const DAY = /^\d{4}-\d{2}-\d{2}$/;

function pad(n) {
  return String(n).padStart(2, '0');
}

/** The first and last day of a period ("2023-09-18" for a day or week, "2023-09" for a month). */
export function periodRange(period, bucket) {
  if (bucket === 'month') {
    const [year, month] = period.split('-').map(Number);
    return { from: `${period}-01`, to: `${period}-${pad(new Date(Date.UTC(year, month, 0)).getUTCDate())}` };
  }
  if (bucket === 'week') {
    const end = new Date(`${period}T00:00:00Z`);
    end.setUTCDate(end.getUTCDate() + 6);
    return { from: period, to: end.toISOString().slice(0, 10) };
  }
  return { from: period, to: period };
}

function colour(type) {
  return EDGE_COLOURS[type] ?? EDGE_COLOURS.other;
}

/** Stacked bars, one per period that has events; clicking a bar opens that period. */
function chart(points, bucket, selected, onPick) {
  const periods = [...new Set(points.map((p) => p.period))];
  const totals = new Map(periods.map((p) => [p, 0]));
  for (const point of points) totals.set(point.period, totals.get(point.period) + point.events);
  const max = Math.max(1, ...totals.values());
  const barWidth = Math.max(14, Math.min(48, 900 / Math.max(1, periods.length)));
  const height = 180;
  const width = Math.max(600, periods.length * (barWidth + 6) + 80);
  const root = svg('svg', { viewBox: `0 0 ${width} ${height + 70}`, width, height: height + 70, class: 'timeline-chart', role: 'img', 'aria-label': 'Events per period' });
  periods.forEach((period, i) => {
    const x = 60 + i * (barWidth + 6);
    let y = height;
    const group = svg('g', { class: `bar${period === selected ? ' selected' : ''}`, tabindex: 0, role: 'button', 'data-period': period });
    group.appendChild(svg('title', {}, `${period}: ${totals.get(period)} event${totals.get(period) === 1 ? '' : 's'} — `
      + points.filter((p) => p.period === period).map((p) => `${p.type} ${p.events}`).join(', ')));
    for (const point of points.filter((p) => p.period === period)) {
      const h2 = (point.events / max) * (height - 20);
      y -= h2;
      group.appendChild(svg('rect', { x, y: y.toFixed(1), width: barWidth, height: h2.toFixed(1), fill: colour(point.type) }));
    }
    group.appendChild(svg('rect', { x, y: 0, width: barWidth, height, fill: 'transparent', class: 'hit' }));
    const label = svg('text', { x: x + barWidth / 2, y: height + 12, 'text-anchor': 'end', transform: `rotate(-45 ${x + barWidth / 2} ${height + 12})` },
      bucket === 'day' ? period.slice(2) : period);
    group.appendChild(label);
    group.addEventListener('click', () => onPick(period));
    group.addEventListener('keydown', (event) => { if (event.key === 'Enter') onPick(period); });
    root.appendChild(group);
  });
  root.appendChild(svg('line', { x1: 54, y1: height, x2: width - 10, y2: height, stroke: '#98a2b3' }));
  return root;
}

/** #/timeline?bucket=&actor=&type=&period=&offset= */
export async function timelineView({ params }) {
  const bucket = BUCKETS.includes(params.get('bucket') ?? '') ? params.get('bucket') : 'week';
  const actor = /^\d+$/.test(params.get('actor') ?? '') ? params.get('actor') : '';
  const type = TYPES.includes(params.get('type') ?? '') ? params.get('type') : '';
  const period = /^\d{4}-\d{2}(-\d{2})?$/.test(params.get('period') ?? '') ? params.get('period') : '';
  const range = period ? periodRange(period, bucket) : { from: '', to: '' };
  const [timeline, events, who] = await Promise.all([
    get('timeline', { bucket, actor, type }),
    get('events', { actor, type, from: DAY.test(range.from) ? range.from : '', to: DAY.test(range.to) ? range.to : '', offset: offsetOf(params), limit: 50 }),
    actor ? get(`entities/${actor}`).then((detail) => detail.entity).catch(() => null) : null,
  ]);
  const state = { bucket, actor, type };
  const at = (changes) => `#/timeline?${new URLSearchParams({ ...state, ...changes })}`;
  const typeSelect = h('select', { name: 'type', 'aria-label': 'Event type' });
  for (const t of ['', ...TYPES]) {
    const option = h('option', { value: t }, t || 'All types');
    if (t === type) option.selected = true;
    typeSelect.appendChild(option);
  }
  const bucketSelect = h('select', { name: 'bucket', 'aria-label': 'Period' });
  for (const b of BUCKETS) {
    const option = h('option', { value: b }, `per ${b}`);
    if (b === bucket) option.selected = true;
    bucketSelect.appendChild(option);
  }
  const form = h('form', { class: 'inline-search' }, typeSelect, bucketSelect, h('button', { type: 'submit' }, 'Show'));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const data = new FormData(form);
    location.hash = at({ type: data.get('type'), bucket: data.get('bucket') });
  });
  const types = [...new Set(timeline.points.map((p) => p.type))];
  return h('section', { class: 'timeline' },
    h('h1', {}, 'Timeline', who ? [' of ', link(`#/entity/${Number(who.id)}`, who.name)] : null),
    form,
    timeline.points.length
      ? [h('div', { class: 'chart-wrap' }, chart(timeline.points, bucket, period, (picked) => { location.hash = at({ period: picked }); })),
        h('p', { class: 'graph-legend' }, types.map((t) => h('span', { class: `swatch-line edge-${EDGE_COLOURS[t] ? t : 'other'}` }, ` ${t} `)))]
      : notice('No dated events.'),
    h('h2', {}, period ? [`Events of ${period}`, ' ', link(at({}), '(all)')] : 'Latest events', ` — ${events.total}`),
    events.items.length ? h('ul', { class: 'events' }, events.items.map((e) => eventItem(e))) : notice('No events.'),
    pager(events, '/timeline', { ...state, period }));
}
