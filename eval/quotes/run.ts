// Scores readout's quotes against PolNeAR (../shared/bench/polnear): attribution contents, kinds of speech,
// and speakers. Train is for developing, dev is what we report; the held-out test split stays unseen.
//
// Matching: a prediction counts for a gold attribution once its content span takes in 30% or more (reported
// again at 80%) of the characters of the gold content, every fragment of a split content included. Pairs are
// matched one-to-one, best coverage first. Precision, recall and F1 are over attributions.
// Speaker accuracy, over the 30% matches whose gold attribution names a Source: right when our source span
// shares characters with that Source, or when one of our speaker entity's mentions does.
// "source only" counts the first condition alone; a prediction with no source counts as wrong.
// Where an article has two annotators' files, the first by annotator code is the gold.
import { readdirSync, readFileSync } from 'node:fs';
import { docBefore, readAll, requireBench, resultOf } from '../lib/readout.js';
import { checkFloors, reportFloors } from '../lib/floors.js';
import type { Doc } from '../../src/doc/document.js';
import { findQuotes } from '../../src/stages/quotes/quotes.js';
import type { ReadoutResult, ResultQuote } from '../../src/result/types.js';
import { match, readSplit, overlap, type GoldAttribution, type Range } from './gold.js';

/** A predicted quote reduced to what scoring needs. */
interface Predicted {
  content: Range;
  source: Range | null;
  speakerMentions: Range[];
}

/** Running totals for one split. */
class Tally {
  predicted = 0;
  gold = 0;
  goldQuoted = 0;
  matched30 = 0;
  matched80 = 0;
  matchedQuoted30 = 0;
  matchedUnquoted30 = 0;
  withSource = 0;
  speakerOk = 0;
  sourceOk = 0;
  baselinePredicted = 0;
  baselineMatched = 0;

  add(predicted: Predicted[], gold: GoldAttribution[], baseline: Predicted[]): void {
    this.predicted += predicted.length;
    this.gold += gold.length;
    this.goldQuoted += gold.filter((g) => g.quoted).length;
    const contents = predicted.map((p) => p.content);
    const m30 = match(contents, gold, 0.3);
    this.matched30 += m30.size;
    this.matched80 += match(contents, gold, 0.8).size;
    for (const [gi, pi] of m30) {
      const g = gold[gi];
      if (g.quoted) this.matchedQuoted30++;
      else this.matchedUnquoted30++;
      if (!g.source.length) continue;
      this.withSource++;
      const p = predicted[pi];
      const sourceHit = p.source !== null && g.source.some((s) => overlap(s, p.source as Range) > 0);
      const entityHit = p.speakerMentions.some((mention) => g.source.some((s) => overlap(s, mention) > 0));
      if (sourceHit) this.sourceOk++;
      if (sourceHit || entityHit) this.speakerOk++;
    }
    this.baselinePredicted += baseline.length;
    this.baselineMatched += match(baseline.map((p) => p.content), gold, 0.3).size;
  }

  /** The raw counts behind the figures: a change of a few matches shows here before it shows in three decimals. */
  counts(): Record<string, number> {
    const { predicted, gold, matched30, matched80, matchedQuoted30, matchedUnquoted30, withSource, speakerOk, sourceOk } = this;
    return { predicted, gold, matched30, matched80, matchedQuoted30, matchedUnquoted30, withSource, speakerOk, sourceOk };
  }

  figures(): Record<string, number> {
    const f1 = (matched: number, predicted: number, gold: number): number => (predicted + gold ? (2 * matched) / (predicted + gold) : 0);
    const ratio = (a: number, b: number): number => (b ? a / b : 0);
    return {
      precision30: ratio(this.matched30, this.predicted),
      recall30: ratio(this.matched30, this.gold),
      f1_30: f1(this.matched30, this.predicted, this.gold),
      f1_80: f1(this.matched80, this.predicted, this.gold),
      recallQuoted30: ratio(this.matchedQuoted30, this.goldQuoted),
      recallUnquoted30: ratio(this.matchedUnquoted30, this.gold - this.goldQuoted),
      speakerAccuracy: ratio(this.speakerOk, this.withSource),
      sourceSpanAccuracy: ratio(this.sourceOk, this.withSource),
      baselineF1_30: f1(this.baselineMatched, this.baselinePredicted, this.gold),
    };
  }
}

/** The baseline the issue compares with: every span between quote marks. */
function quoteMarkSpans(text: string): Predicted[] {
  const spans: Predicted[] = [];
  const pattern = /“[^”]*”|"[^"\n]*"/gu;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    spans.push({ content: { start: m.index, end: m.index + m[0].length }, source: null, speakerMentions: [] });
  }
  return spans;
}

function predictedOf(result: ReadoutResult): Predicted[] {
  const mentionsOf = new Map(result.entities.map((entity) => [entity.id, entity.mentions]));
  return result.quotes.map((quote: ResultQuote) => ({
    content: { start: quote.start, end: quote.end },
    source: quote.source ? { start: quote.source.start, end: quote.source.end } : null,
    speakerMentions: quote.speaker ? mentionsOf.get(quote.speaker) ?? [] : [],
  }));
}

const root = requireBench('polnear');
const published = new Map<string, string>();
for (const line of readFileSync(`${root}/metadata.tsv`, 'utf8').split('\n').slice(1)) {
  const cells = line.split('\t');
  if (cells.length > 5) published.set(cells[1], cells[5]);
}

function evaluate(split: string): { figures: Record<string, number>; counts: Record<string, number>; words: number; seconds: number } {
  const { names, texts, gold: goldOfName } = readSplit(root, split);
  const started = process.hrtime.bigint();
  const outputs = readAll(names.map((name) => ({ id: name, text: texts.get(name) as string, published: published.get(name) ?? null })), { asIs: true });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const tally = new Tally();
  let words = 0;
  for (const name of names) {
    const text = texts.get(name) as string;
    const gold = goldOfName(name);
    if (!gold) continue;
    words += text.split(/\s+/u).filter(Boolean).length;
    tally.add(predictedOf(resultOf(outputs.get(name), name)), gold, quoteMarkSpans(text));
  }
  return { figures: tally.figures(), counts: tally.counts(), words, seconds };
}

/**
 * Words per CPU-second of the quotes stage alone (three passes over documents already carrying the layers it
 * needs), so its cost is measured apart from the stages before it.
 */
function quotesSpeed(split: string): number {
  const names = readdirSync(`${root}/${split}/text`).filter((file) => file.endsWith('.txt'));
  let words = 0;
  const docs: Doc[] = names.map((file) => {
    const text = readFileSync(`${root}/${split}/text/${file}`, 'utf8');
    words += text.split(/\s+/u).filter(Boolean).length;
    return docBefore('quotes', file, text);
  });
  const started = process.cpuUsage();
  for (let pass = 0; pass < 3; pass++) for (const doc of docs) findQuotes(doc);
  const used = process.cpuUsage(started);
  return (3 * words) / ((used.user + used.system) / 1e6);
}

// `--train` or `--dev` runs one split while developing; floors are checked on a full run only.
// `--counts` also prints the raw counts of each split.
const splitFlags: string[] = process.argv.filter((arg) => arg === '--train' || arg === '--dev');
const only = ['train', 'dev'].filter((split) => !splitFlags.length || splitFlags.includes(`--${split}`));
const all: Record<string, number> = {};
for (const split of only) {
  const { figures, counts, words, seconds } = evaluate(split);
  console.log(`polnear ${split}: ${words} words in ${seconds.toFixed(2)} s (${Math.round(words / seconds)} words/s, whole pipeline)`);
  for (const [metric, value] of Object.entries(figures)) {
    console.log(`  ${metric.padEnd(20)} ${value.toFixed(3)}`);
    all[`${split}.${metric}`] = value;
  }
  if (process.argv.includes('--counts')) console.log(`  counts ${JSON.stringify(counts)}`);
}
console.log(`quotes stage alone: ${Math.round(quotesSpeed('dev'))} words per CPU-second (dev, 3 passes)`);
if (only.length === 2) reportFloors('quotes', checkFloors(new URL('./floors.json', import.meta.url), all));
