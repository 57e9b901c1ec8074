// Lists what the quotes stage misses and adds on a PolNeAR split (train by default; study train only):
// unmatched gold attributions with their cue, and unmatched predictions, as JSON lines on stdout (`--matched`: the
// matched predictions too).
import { readdirSync, readFileSync } from 'node:fs';
import { readAll, requireBench, resultOf } from '../lib/readout.js';

const split = process.argv.includes('--dev') ? 'dev' : 'train';
const withMatched = process.argv.includes('--matched');
const root = requireBench('polnear');
const names = readdirSync(`${root}/${split}/text`).filter((f) => f.endsWith('.txt')).map((f) => f.slice(0, -4)).sort();
const annFiles = readdirSync(`${root}/${split}/attributions`).sort();
const texts = new Map(names.map((n) => [n, readFileSync(`${root}/${split}/text/${n}.txt`, 'utf8')]));
const outputs = readAll(names.map((n) => ({ id: n, text: texts.get(n) as string })), { asIs: true });
type R = { start: number; end: number };
const ov = (a: R, b: R): number => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
for (const name of names) {
  const ann = annFiles.find((f) => f.startsWith(`${name}_`));
  if (!ann) continue;
  const text = texts.get(name) as string;
  const spans = new Map<string, R[]>();
  const lines = readFileSync(`${root}/${split}/attributions/${ann}`, 'utf8').split('\n');
  for (const line of lines) {
    const m = /^(T\d+)\t\S+ ([\d ;]+)\t/u.exec(line);
    if (m) spans.set(m[1], m[2].split(';').map((p) => { const [s, e] = p.trim().split(' ').map(Number); return { start: s, end: e }; }));
  }
  const gold: Array<{ content: R[]; source: R[]; cue: R[] }> = [];
  for (const line of lines) {
    if (!line.startsWith('E')) continue;
    const g = { content: [] as R[], source: [] as R[], cue: [] as R[] };
    for (const field of line.split('\t')[1]?.trim().split(/\s+/u) ?? []) {
      const [role, id] = field.split(':');
      if (role.startsWith('Content')) g.content.push(...(spans.get(id) ?? []));
      else if (role === 'Source') g.source.push(...(spans.get(id) ?? []));
      else if (role === 'Cue') g.cue.push(...(spans.get(id) ?? []));
    }
    if (g.content.length) gold.push(g);
  }
  const result = resultOf(outputs.get(name), name);
  const pred = result.quotes;
  const cov = (p: R, g: R[]): number => { const t = g.reduce((s, r) => s + r.end - r.start, 0); return t ? g.reduce((s, r) => s + ov(p, r), 0) / t : 0; };
  const pairs: Array<[number, number, number]> = [];
  gold.forEach((g, gi) => pred.forEach((p, pi) => { const c = cov(p, g.content); if (c >= 0.3) pairs.push([c, gi, pi]); }));
  pairs.sort((a, b) => b[0] - a[0]);
  // One-to-one, best coverage first: gold index -> prediction index, and prediction index -> gold index.
  const mg = new Map<number, number>(); const mp = new Map<number, number>();
  for (const [, gi, pi] of pairs) if (!mg.has(gi) && !mp.has(pi)) { mg.set(gi, pi); mp.set(pi, gi); }
  const t = (rs: R[]): string => rs.map((r) => text.slice(r.start, r.end)).join(' … ');
  const ctx = (r: R): string => text.slice(Math.max(0, r.start - 150), Math.min(text.length, r.end + 80)).replace(/\s+/gu, ' ');
  gold.forEach((g, gi) => {
    const pi = mg.get(gi);
    if (pi === undefined) {
      // A prediction covering this gold content that was matched to another gold one: the boundary family.
      const swallowedBy = pred.find((p, pj) => mp.has(pj) && cov(p, g.content) >= 0.3);
      // The most of it any prediction covers: under 30%, the boundary family when above 0.
      const covered = Math.round(Math.max(0, ...pred.map((p) => cov(p, g.content))) * 100) / 100;
      console.log(JSON.stringify({ type: 'miss', doc: name, cue: t(g.cue), source: t(g.source), content: t(g.content), covered, swallowedBy: swallowedBy ? text.slice(swallowedBy.start, swallowedBy.end) : undefined, ctx: ctx({ start: Math.min(...g.content.map((r) => r.start), ...g.cue.map((r) => r.start)), end: Math.max(...g.content.map((r) => r.end)) }) }));
    } else if (g.source.length) {
      const p = pred[pi];
      const ok = p.source && g.source.some((s) => ov(s, p.source as R) > 0);
      const ents = p.speaker ? result.entities.find((e) => e.id === p.speaker)?.mentions ?? [] : [];
      const ok2 = ents.some((m) => g.source.some((s) => ov(s, m) > 0));
      if (!ok && !ok2) console.log(JSON.stringify({ type: 'speaker', doc: name, gold: t(g.source), pred: p.source ? text.slice(p.source.start, p.source.end) : null, predCue: p.cue ? text.slice(p.cue.start, p.cue.end) : null, cue: t(g.cue), ctx: ctx({ start: Math.min(...g.source.map((r) => r.start), p.start), end: p.end }) }));
    }
  });
  pred.forEach((p, pi) => {
    const gi = mp.get(pi);
    if (gi !== undefined) {
      // `--matched` lists matched predictions too, for precision by cue.
      // A match covering under 80% of its gold content is short of it (F1@80): the gold content is listed beside it.
      if (withMatched) {
        const cover = cov(p, gold[gi].content);
        console.log(JSON.stringify({ type: 'match', doc: name, cue: p.cue ? text.slice(p.cue.start, p.cue.end) : null, source: p.source ? text.slice(p.source.start, p.source.end) : null, content: text.slice(p.start, p.end), cover: Math.round(cover * 100) / 100, gold: cover < 0.8 ? t(gold[gi].content) : undefined }));
      }
      return;
    }
    // Why it matched nothing: no gold content overlaps it ('none'), the gold content it overlaps most is matched to
    // another prediction ('duplicate'), or it covers too little of an unmatched one ('boundary').
    let best = -1;
    let bestCover = 0;
    gold.forEach((g, gj) => {
      const overlap = g.content.reduce((s, r) => s + ov(p, r), 0);
      const cover = cov(p, g.content);
      if (overlap > 0 && (best < 0 || cover > bestCover)) { best = gj; bestCover = cover; }
    });
    const why = best < 0 ? 'none' : mg.has(best) ? 'duplicate' : 'boundary';
    // An extra overlapping a gold content lists it, to show where the boundary goes wrong or what it duplicates.
    console.log(JSON.stringify({ type: 'extra', why, doc: name, cue: p.cue ? text.slice(p.cue.start, p.cue.end) : null, source: p.source ? text.slice(p.source.start, p.source.end) : null, content: text.slice(p.start, p.end), gold: best >= 0 ? t(gold[best].content) : undefined, ctx: ctx(p) }));
  });
}
