// A small force-directed graph drawn in SVG, for the actor network. It stands in for a maintained graph library
// (cytoscape) until one is bundled; layout is deterministic so the same data always gives the same picture.
import { svg } from './dom.js';

/** Colours of entity types and edge types; the CSS legend uses the same ones. */
export const NODE_COLOURS = { PERSON: '#2f6db5', ORG: '#7a4fb0', GPE: '#2e8b57', LOC: '#2e8b57', NORP: '#b07a2f', OTHER: '#6b7280' };
/** Colour of each PLOVER type, for edges and timeline bars; the CSS swatches (.swatch-line.edge-TYPE) use the same ones. */
export const EDGE_COLOURS = {
  AGREE: '#2e8b57',
  CONSULT: '#2f6db5',
  SUPPORT: '#16a085',
  CONCEDE: '#7fb3d5',
  COOPERATE: '#27ae60',
  AID: '#52be80',
  RETREAT: '#a569bd',
  REQUEST: '#5d6d7e',
  ACCUSE: '#c0392b',
  REJECT: '#e67e22',
  THREATEN: '#d35400',
  PROTEST: '#d4ac0d',
  SANCTION: '#8e44ad',
  MOBILIZE: '#7b241c',
  COERCE: '#b03a2e',
  ASSAULT: '#641e16',
  other: '#6b7280',
};

/**
 * Fruchterman–Reingold layout: nodes repel, edges pull, a cooling temperature caps each step. Nodes start evenly on
 * a circle in input order, so there is no randomness.
 */
export function layout(nodes, edges, width, height, iterations = 300) {
  const n = nodes.length;
  const index = new Map(nodes.map((node, i) => [node.id, i]));
  const x = new Float64Array(n);
  const y = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    x[i] = width / 2 + (width / 3) * Math.cos((2 * Math.PI * i) / Math.max(1, n));
    y[i] = height / 2 + (height / 3) * Math.sin((2 * Math.PI * i) / Math.max(1, n));
  }
  const k = Math.sqrt((width * height) / Math.max(1, n)) * 0.6;
  const links = edges.map((e) => [index.get(e.source), index.get(e.target)]).filter(([a, b]) => a !== undefined && b !== undefined);
  let temperature = width / 10;
  const dx = new Float64Array(n);
  const dy = new Float64Array(n);
  for (let step = 0; step < iterations; step++) {
    dx.fill(0);
    dy.fill(0);
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        let ddx = x[i] - x[j];
        let ddy = y[i] - y[j];
        let d2 = ddx * ddx + ddy * ddy;
        if (d2 < 0.01) { ddx = 0.1 * (i - j); ddy = 0.1; d2 = ddx * ddx + ddy * ddy; }
        // Beyond a few spring lengths repulsion stops, so separate groups are not pushed to the canvas's corners.
        if (d2 > 9 * k * k) continue;
        const force = (k * k) / d2;
        dx[i] += ddx * force; dy[i] += ddy * force;
        dx[j] -= ddx * force; dy[j] -= ddy * force;
      }
    }
    for (const [a, b] of links) {
      const ddx = x[a] - x[b];
      const ddy = y[a] - y[b];
      const d = Math.sqrt(ddx * ddx + ddy * ddy) || 0.01;
      const force = d / k;
      dx[a] -= ddx * force; dy[a] -= ddy * force;
      dx[b] += ddx * force; dy[b] += ddy * force;
    }
    for (let i = 0; i < n; i++) {
      // A weak pull to the centre keeps separate components on the canvas.
      dx[i] += (width / 2 - x[i]) * 0.05;
      dy[i] += (height / 2 - y[i]) * 0.05;
      const d = Math.sqrt(dx[i] * dx[i] + dy[i] * dy[i]) || 1;
      x[i] += (dx[i] / d) * Math.min(d, temperature);
      y[i] += (dy[i] / d) * Math.min(d, temperature);
    }
    temperature *= 0.985;
  }
  // Fit into the canvas with a margin for labels.
  // Labels sit to the right of the nodes: more room on the right than elsewhere.
  const [left, right, my] = [40, 200, 40];
  const [minX, maxX, minY, maxY] = [Math.min(...x), Math.max(...x), Math.min(...y), Math.max(...y)];
  // One scale for both axes keeps the drawing's proportions; it is centred on the canvas.
  const scale = Math.min((width - left - right) / Math.max(1, maxX - minX), (height - 2 * my) / Math.max(1, maxY - minY), 1.5);
  const ox = left + (width - left - right - (maxX - minX) * scale) / 2;
  const oy = (height - (maxY - minY) * scale) / 2;
  return nodes.map((node, i) => ({ ...node, x: ox + (x[i] - minX) * scale, y: oy + (y[i] - minY) * scale }));
}

function edgeColour(type) {
  return EDGE_COLOURS[type] ?? EDGE_COLOURS.other;
}

/**
 * Draws the network: arrows from source to target coloured by type and thickened by reports, nodes sized by
 * degree; hovering shows what each is, clicking a node calls `onOpen(node)`.
 */
export function drawNetwork({ nodes, edges }, { width = 960, height = 620, onOpen }) {
  const placed = layout(nodes, edges, width, height);
  const at = new Map(placed.map((node) => [node.id, node]));
  const root = svg('svg', { viewBox: `0 0 ${width} ${height}`, class: 'network', role: 'img', 'aria-label': 'Actor network' });
  const defs = svg('defs');
  for (const [type, colour] of Object.entries(EDGE_COLOURS)) {
    const marker = svg('marker', { id: `arrow-${type}`, viewBox: '0 0 10 10', refX: 10, refY: 5, markerWidth: 7, markerHeight: 7, orient: 'auto-start-reverse' });
    marker.appendChild(svg('path', { d: 'M 0 0 L 10 5 L 0 10 z', fill: colour }));
    defs.appendChild(marker);
  }
  root.appendChild(defs);
  const radius = (node) => 6 + Math.min(14, Math.sqrt(node.events) * 2.5);
  const edgeLayer = svg('g', { class: 'edges' });
  for (const edge of edges) {
    const a = at.get(edge.source);
    const b = at.get(edge.target);
    if (!a || !b) continue;
    // Bend each edge a little to its left, so A→B and B→A do not lie on top of each other.
    const mx = (a.x + b.x) / 2;
    const my = (a.y + b.y) / 2;
    const len = Math.hypot(b.x - a.x, b.y - a.y) || 1;
    const cx = mx - ((b.y - a.y) / len) * 18;
    const cy = my + ((b.x - a.x) / len) * 18;
    // End the arrow at the target circle's edge.
    const tx = b.x - ((b.x - cx) / Math.hypot(b.x - cx, b.y - cy)) * (radius(b) + 2);
    const ty = b.y - ((b.y - cy) / Math.hypot(b.x - cx, b.y - cy)) * (radius(b) + 2);
    const marker = EDGE_COLOURS[edge.type] ? edge.type : 'other';
    const path = svg('path', {
      d: `M ${a.x.toFixed(1)} ${a.y.toFixed(1)} Q ${cx.toFixed(1)} ${cy.toFixed(1)} ${tx.toFixed(1)} ${ty.toFixed(1)}`,
      stroke: edgeColour(edge.type), 'stroke-width': (1 + Math.log2(1 + edge.mentions)).toFixed(2), fill: 'none',
      'marker-end': `url(#arrow-${marker})`, class: `edge edge-${edge.type}`,
    });
    path.appendChild(svg('title', {}, `${a.name} → ${b.name}: ${edge.type}, ${edge.mentions} report${edge.mentions === 1 ? '' : 's'}`));
    edgeLayer.appendChild(path);
  }
  root.appendChild(edgeLayer);
  const nodeLayer = svg('g', { class: 'nodes' });
  for (const node of placed) {
    const group = svg('g', { class: 'node', tabindex: 0, role: 'link', 'data-entity-id': node.id, transform: `translate(${node.x.toFixed(1)} ${node.y.toFixed(1)})` });
    group.appendChild(svg('title', {}, `${node.name} (${node.type}, ${node.events} event${node.events === 1 ? '' : 's'}) — open its page`));
    group.appendChild(svg('circle', { r: radius(node).toFixed(1), fill: NODE_COLOURS[node.type] ?? NODE_COLOURS.OTHER }));
    group.appendChild(svg('text', { x: (radius(node) + 4).toFixed(1), y: 4, 'text-anchor': 'start' }, node.name));
    group.addEventListener('click', () => onOpen?.(node));
    group.addEventListener('keydown', (event) => { if (event.key === 'Enter') onOpen?.(node); });
    nodeLayer.appendChild(group);
  }
  root.appendChild(nodeLayer);
  return root;
}
