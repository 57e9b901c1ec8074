// npx tsx eval/entities/fresh/run.ts [--errors] [articles-2.txt] — typed name spans on fresh held-out articles
// (articles.txt unless another file of this folder is named):
// precision, recall and F1 by class, exact and relaxed, and with `--errors` every gold name the output missed,
// cut or typed wrong and every name it invented. Scores the output entities' name and nationality mentions, typed
// by their entity, as a user of readout sees them.
import { readFileSync } from 'node:fs';
import { readAll, resultOf } from '../../lib/readout.js';
import type { ReadoutResult } from '../../../src/result/types.js';
import { f1Of, nerCounts, normalise, scoreDocument, type NerCounts, type TypedSpan } from '../ner-score.js';

const CLASSES = ['PERSON', 'ORG', 'GPE', 'LOC', 'NORP', 'OTHER'] as const;
// A gold mark: "{Rapid Support Forces|ORG}".
const MARK = /\{([^{}|]+)\|(PERSON|ORG|GPE|LOC|NORP|OTHER)\}/g;

/** One article: its plain text and its gold names. */
interface FreshDoc {
  id: string;
  text: string;
  gold: TypedSpan[];
}

/** The articles of the marked file: blocks separated by blank lines, '#' lines left out. */
export function parseArticles(source: string): FreshDoc[] {
  const lines = source.split('\n').filter((line) => !line.startsWith('#'));
  const blocks = lines.join('\n').split(/\n\s*\n/).map((b) => b.trim()).filter(Boolean);
  return blocks.map((block, i) => {
    const gold: TypedSpan[] = [];
    let text = '';
    let last = 0;
    for (const m of block.matchAll(MARK)) {
      text += block.slice(last, m.index);
      gold.push({ start: text.length, end: text.length + m[1]!.length, cls: m[2]! });
      text += m[1];
      last = m.index! + m[0].length;
    }
    text += block.slice(last);
    if (/[{}]/.test(text)) throw new Error(`fresh: malformed mark in article ${i + 1}: ${text.slice(0, 80)}`);
    return { id: `fresh-${String(i + 1).padStart(2, '0')}`, text, gold };
  });
}

/**
 * The output's name and nationality mentions, typed by their entity. The gold marks a name's full extent and not
 * the names inside it ("Lebanon" in "UN Interim Force in Lebanon"), which the output keeps as mentions of their own:
 * a name inside a longer output name counts when it matches and is ignored otherwise, as in the MEANTIME scoring.
 */
function predictedNames(result: ReadoutResult): TypedSpan[] {
  const spans: TypedSpan[] = result.entities.flatMap((entity) =>
    entity.mentions.filter((m) => m.kind === 'name' || m.kind === 'demonym').map((m) => ({ start: m.start, end: m.end, cls: entity.type })),
  );
  for (const span of spans) {
    if (spans.some((outer) => outer.start <= span.start && span.end <= outer.end && outer.end - outer.start > span.end - span.start)) span.optional = true;
  }
  return spans;
}

const pooled = (spans: TypedSpan[]): TypedSpan[] => spans.map((s) => ({ ...s, cls: s.cls === 'GPE' || s.cls === 'LOC' ? 'GPE/LOC' : s.cls }));

/** Each gold name's fate and each invented name, one line each, in the article's context. */
function errorsOf(doc: FreshDoc, predicted: TypedSpan[]): string[] {
  const lines: string[] = [];
  const g = doc.gold.map((s) => ({ ...normalise(doc.text, s), cls: s.cls }));
  const p = predicted.map((s) => ({ ...normalise(doc.text, s), cls: s.cls, optional: s.optional }));
  const context = (s: { start: number; end: number }): string => `${doc.text.slice(Math.max(0, s.start - 30), s.start)}[${doc.text.slice(s.start, s.end)}]${doc.text.slice(s.end, s.end + 20)}`.replace(/\s+/g, ' ');
  const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean => a.start < b.end && b.start < a.end;
  for (const gold of g) {
    const near = p.filter((pred) => overlaps(pred, gold));
    const exact = near.find((pred) => pred.start === gold.start && pred.end === gold.end);
    if (exact?.cls === gold.cls) continue;
    const what = exact ? `TYPE   ${gold.cls}->${exact.cls}` : near.length ? `SPAN   ${gold.cls} as ${near.map((n) => `"${doc.text.slice(n.start, n.end)}"/${n.cls}`).join(' + ')}` : `MISSED ${gold.cls}`;
    lines.push(`${doc.id} ${what}  ${context(gold)}`);
  }
  for (const pred of p) {
    if (!pred.optional && !g.some((gold) => overlaps(pred, gold))) lines.push(`${doc.id} EXTRA  ${pred.cls}  ${context(pred)}`);
  }
  return lines;
}

const pct = (x: number): string => (100 * x).toFixed(1).padStart(5);

function printTable(counts: NerCounts, rows: [string, readonly string[]][]): void {
  console.log('class            n   exact P    R    F1 | relaxed P    R    F1');
  for (const [label, classes] of rows) {
    const e = f1Of(counts.exact, classes);
    const r = f1Of(counts.relaxed, classes);
    console.log(`${label.padEnd(15)} ${String(e.n).padStart(4)}  ${pct(e.p)} ${pct(e.r)} ${pct(e.f1)} |  ${pct(r.p)} ${pct(r.r)} ${pct(r.f1)}`);
  }
}

const file = process.argv.slice(2).find((arg) => arg.endsWith('.txt')) ?? 'articles.txt';
const docs = parseArticles(readFileSync(new URL(`./${file}`, import.meta.url), 'utf8'));
const outputs = readAll(docs.map((d) => ({ id: d.id, text: d.text })), { asIs: true });
const fine = nerCounts();
const coarse = nerCounts();
const errors: string[] = [];
for (const doc of docs) {
  const predicted = predictedNames(resultOf(outputs.get(doc.id), doc.id));
  scoreDocument(doc.text, doc.gold, predicted, [], fine);
  scoreDocument(doc.text, pooled(doc.gold), pooled(predicted), [], coarse);
  errors.push(...errorsOf(doc, predicted));
}
const sentences = docs.reduce((n, d) => n + d.text.split('\n').length, 0);
console.log(`Fresh held-out names (${file}): ${docs.length} articles, ${sentences} lines, ${docs.reduce((n, d) => n + d.gold.length, 0)} names\n`);
printTable(fine, [...CLASSES.map((c) => [c, [c]] as [string, readonly string[]]), ['all six', CLASSES]]);
console.log('\nGPE and LOC pooled');
printTable(coarse, [['GPE/LOC', ['GPE/LOC']], ['all, pooled', ['PERSON', 'ORG', 'GPE/LOC', 'NORP', 'OTHER']]]);
if (process.argv.includes('--errors')) console.log(`\n${errors.join('\n')}`);
