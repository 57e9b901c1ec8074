// Lists what the quotes stage misses and adds on a PolNeAR split (train by default; study train only):
// unmatched gold attributions with their cue, and unmatched predictions, as JSON lines on stdout (`--matched`: the
// matched predictions too).
import { readAll, requireBench, resultOf } from '../lib/readout.js';
import { coverage, match, overlap, readSplit, type Range } from './gold.js';

const split = process.argv.includes('--dev') ? 'dev' : 'train';
const withMatched = process.argv.includes('--matched');
const root = requireBench('polnear');
const { names, texts, gold: goldOfName } = readSplit(root, split);
const outputs = readAll(names.map((n) => ({ id: n, text: texts.get(n) as string })), { asIs: true });
for (const name of names) {
  const text = texts.get(name) as string;
  const gold = goldOfName(name);
  if (!gold) continue;
  const result = resultOf(outputs.get(name), name);
  const pred = result.quotes;
  // One-to-one, best coverage first: gold index -> prediction index, and prediction index -> gold index.
  const mg = match(pred, gold, 0.3);
  const mp = new Map([...mg].map(([gi, pi]) => [pi, gi]));
  const t = (rs: Range[]): string => rs.map((r) => text.slice(r.start, r.end)).join(' … ');
  const ctx = (r: Range): string => text.slice(Math.max(0, r.start - 150), Math.min(text.length, r.end + 80)).replace(/\s+/gu, ' ');
  gold.forEach((g, gi) => {
    const pi = mg.get(gi);
    if (pi === undefined) {
      // A prediction covering this gold content that was matched to another gold one: the boundary family.
      const swallowedBy = pred.find((p, pj) => mp.has(pj) && coverage(p, g.content) >= 0.3);
      // The most of it any prediction covers: under 30%, the boundary family when above 0.
      const covered = Math.round(Math.max(0, ...pred.map((p) => coverage(p, g.content))) * 100) / 100;
      console.log(JSON.stringify({ type: 'miss', doc: name, cue: t(g.cue), source: t(g.source), content: t(g.content), covered, swallowedBy: swallowedBy ? text.slice(swallowedBy.start, swallowedBy.end) : undefined, ctx: ctx({ start: Math.min(...g.content.map((r) => r.start), ...g.cue.map((r) => r.start)), end: Math.max(...g.content.map((r) => r.end)) }) }));
    } else if (g.source.length) {
      const p = pred[pi];
      const ok = p.source && g.source.some((s) => overlap(s, p.source as Range) > 0);
      const ents = p.speaker ? result.entities.find((e) => e.id === p.speaker)?.mentions ?? [] : [];
      const ok2 = ents.some((m) => g.source.some((s) => overlap(s, m) > 0));
      if (!ok && !ok2) console.log(JSON.stringify({ type: 'speaker', doc: name, gold: t(g.source), pred: p.source ? text.slice(p.source.start, p.source.end) : null, predCue: p.cue ? text.slice(p.cue.start, p.cue.end) : null, cue: t(g.cue), ctx: ctx({ start: Math.min(...g.source.map((r) => r.start), p.start), end: p.end }) }));
    }
  });
  pred.forEach((p, pi) => {
    const gi = mp.get(pi);
    if (gi !== undefined) {
      // `--matched` lists matched predictions too, for precision by cue.
      // A match covering under 80% of its gold content is short of it (F1@80): the gold content is listed beside it.
      if (withMatched) {
        const cover = coverage(p, gold[gi].content);
        console.log(JSON.stringify({ type: 'match', doc: name, cue: p.cue ? text.slice(p.cue.start, p.cue.end) : null, source: p.source ? text.slice(p.source.start, p.source.end) : null, content: text.slice(p.start, p.end), cover: Math.round(cover * 100) / 100, gold: cover < 0.8 ? t(gold[gi].content) : undefined }));
      }
      return;
    }
    // Why it matched nothing: no gold content overlaps it ('none'), the gold content it overlaps most is matched to
    // another prediction ('duplicate'), or it covers too little of an unmatched one ('boundary').
    let best = -1;
    let bestCover = 0;
    gold.forEach((g, gj) => {
      const shared = g.content.reduce((s, r) => s + overlap(p, r), 0);
      const cover = coverage(p, g.content);
      if (shared > 0 && (best < 0 || cover > bestCover)) { best = gj; bestCover = cover; }
    });
    const why = best < 0 ? 'none' : mg.has(best) ? 'duplicate' : 'boundary';
    // An extra overlapping a gold content lists it, to show where the boundary goes wrong or what it duplicates.
    console.log(JSON.stringify({ type: 'extra', why, doc: name, cue: p.cue ? text.slice(p.cue.start, p.cue.end) : null, source: p.source ? text.slice(p.source.start, p.source.end) : null, content: text.slice(p.start, p.end), gold: best >= 0 ? t(gold[best].content) : undefined, ctx: ctx(p) }));
  });
}
