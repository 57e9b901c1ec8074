// Trains the learned reading of verbs the cue lexicon lacks (src/stages/quotes/unlisted-cues.ts) on the PolNeAR train
// articles only, and writes src/stages/quotes/data/unlisted-cues.json.
//   npx tsx eval/quotes/train-unlisted-cues.ts [--label missed|any] [--thresholds -1,0,1] [--epochs 10] [--seed 1] [--write]
// A candidate is a verb the stage reads as no cue today (the stage calls the model there, which records it); its label
// is yes when it is the last word of the cue of a gold attribution the stage misses (`missed`), or any gold cue word
// (`any`). The threshold is chosen by 5-fold cross-validation over documents: each fold's model, trained on the other
// four fifths, runs the stage on its fifth, and the threshold with the best summed F1@30 gain wins. The figures printed
// are those out-of-fold effects, with the source-span accuracy of the matched lines (the speaker measure's first half,
// which needs no later stage); the written model is trained on all the train articles.
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { docBefore, requireBench } from '../lib/readout.js';
import type { Doc } from '../../src/doc/document.js';
import type { Span } from '../../src/doc/span.js';
import { findQuotes } from '../../src/stages/quotes/quotes.js';
import type { UnlistedCueModel } from '../../src/stages/quotes/unlisted-cues.js';
import { binaryModel, scaledWeights, trainBinary, type BinaryExample, type BinaryWeightsFile } from '../../src/learn/binary.js';
import { shuffled } from '../../src/learn/perceptron.js';
import { match, overlap, readSplit, type GoldAttribution, type Range } from './gold.js';

const FOLDS = 5;
// Fewest training documents a key must be seen in to be kept: no key holds one document's words.
const MIN_DOCUMENTS = 3;
const SCALE = 1000;

const { values } = parseArgs({
  options: {
    label: { type: 'string', default: 'any' },
    thresholds: { type: 'string', default: '0,1,2,3,4,6,8' },
    epochs: { type: 'string', default: '10' },
    seed: { type: 'string', default: '1' },
    write: { type: 'boolean', default: false },
  },
});
const epochs = Number(values.epochs);
const seed = Number(values.seed);
const thresholds = (values.thresholds as string).split(',').map(Number);

/** One train article: its document through the stages before quotes, its gold, and its candidates with labels. */
interface Article {
  doc: Doc;
  gold: GoldAttribution[];
  baseline: Range[];
  /** Indices of the baseline predictions matched to gold. */
  baselineMatched: Set<number>;
  examples: BinaryExample[];
}

/** True when token `at` holds the last character of a cue fragment of `g`'s (`lastOnly`) or of any of its fragments. */
function holdsCueEnd(at: Span, g: GoldAttribution, lastOnly: boolean): boolean {
  if (!g.cue.length) return false;
  if (!lastOnly) return g.cue.some((cue) => at.start < cue.end && cue.start < at.end);
  const end = Math.max(...g.cue.map((cue) => cue.end));
  return at.start < end && end <= at.end;
}

function readArticles(): Article[] {
  const root = requireBench('polnear');
  const { names, texts, gold: goldOf } = readSplit(root, 'train');
  const articles: Article[] = [];
  for (const name of names) {
    const gold = goldOf(name);
    if (!gold) continue;
    const doc = docBefore('quotes', name, texts.get(name) as string);
    const candidates: { keys: readonly string[]; at: Span }[] = [];
    const recorder: UnlistedCueModel = { says: (keys, at) => (candidates.push({ keys, at }), false) };
    const baseline = findQuotes(doc, recorder).map(({ start, end }) => ({ start, end }));
    const matched = match(baseline, gold, 0.3);
    const labelled = values.label === 'any' || values.label === 'last' ? gold : gold.filter((_, gi) => !matched.has(gi));
    const lastOnly = values.label === 'missed' || values.label === 'last';
    const examples = candidates.map(({ keys, at }) => ({ keys, yes: labelled.some((g) => holdsCueEnd(at, g, lastOnly)) }));
    articles.push({ doc, gold, baseline, baselineMatched: new Set(matched.values()), examples });
  }
  return articles;
}

/** The keys seen in at least MIN_DOCUMENTS of `articles`. */
function commonKeys(articles: readonly Article[]): Set<string> {
  const documents = new Map<string, number>();
  for (const article of articles) for (const key of new Set(article.examples.flatMap((e) => e.keys))) documents.set(key, (documents.get(key) ?? 0) + 1);
  return new Set([...documents].filter(([, n]) => n >= MIN_DOCUMENTS).map(([key]) => key));
}

function train(articles: readonly Article[]): Map<string, number> {
  const kept = commonKeys(articles);
  const examples = articles.flatMap((a) => a.examples.map((e) => ({ keys: e.keys.filter((key) => kept.has(key)), yes: e.yes })));
  return trainBinary(examples, epochs, seed);
}

/** The stage's effect on `articles` with a model: predictions and matches, and those it adds and removes. */
interface Effect {
  predicted: number;
  matched: number;
  /** Matched lines whose gold names a source, and those whose source span overlaps it. */
  withSource: number;
  sourceOk: number;
  added: number;
  addedMatched: number;
  removed: number;
  removedMatched: number;
}

function noEffect(): Effect {
  return { predicted: 0, matched: 0, withSource: 0, sourceOk: 0, added: 0, addedMatched: 0, removed: 0, removedMatched: 0 };
}

function effectOf(articles: readonly Article[], model: UnlistedCueModel): Effect {
  const effect = noEffect();
  const key = (r: Range): string => `${r.start}:${r.end}`;
  for (const article of articles) {
    const quotes = findQuotes(article.doc, model);
    const predicted = quotes.map(({ start, end }) => ({ start, end }));
    const pairs = match(predicted, article.gold, 0.3);
    const matched = new Set(pairs.values());
    for (const [gi, pi] of pairs) {
      const sources = article.gold[gi].source;
      if (!sources.length) continue;
      effect.withSource++;
      const source = quotes[pi].source;
      if (source && sources.some((s) => overlap(s, source) > 0)) effect.sourceOk++;
    }
    const before = new Set(article.baseline.map(key));
    const after = new Set(predicted.map(key));
    effect.predicted += predicted.length;
    effect.matched += matched.size;
    predicted.forEach((p, n) => {
      if (before.has(key(p))) return;
      effect.added++;
      if (matched.has(n)) effect.addedMatched++;
    });
    article.baseline.forEach((p, n) => {
      if (after.has(key(p))) return;
      effect.removed++;
      if (article.baselineMatched.has(n)) effect.removedMatched++;
    });
  }
  return effect;
}

const articles = readArticles();
const gold = articles.reduce((n, a) => n + a.gold.length, 0);
const candidates = articles.reduce((n, a) => n + a.examples.length, 0);
const positives = articles.reduce((n, a) => n + a.examples.filter((e) => e.yes).length, 0);
console.log(`train: ${articles.length} articles, ${gold} gold, ${candidates} candidates, ${positives} labelled yes (${values.label})`);
const baseline = effectOf(articles, { says: () => false });
const f1 = (e: Effect): number => (2 * e.matched) / (e.predicted + gold);
const sources = (e: Effect): string => `sources ${e.sourceOk}/${e.withSource} (${(e.sourceOk / e.withSource).toFixed(4)})`;
console.log(`baseline: predicted ${baseline.predicted}, matched30 ${baseline.matched}, F1@30 ${f1(baseline).toFixed(4)}, ${sources(baseline)}`);

const order = shuffled(articles.map((_, n) => n), seed);
const foldOf = new Map(order.map((n, rank) => [n, rank % FOLDS]));
const totals = new Map<number, Effect>(thresholds.map((t) => [t, noEffect()]));
for (let fold = 0; fold < FOLDS; fold++) {
  const weights = train(articles.filter((_, n) => foldOf.get(n) !== fold));
  const held = articles.filter((_, n) => foldOf.get(n) === fold);
  for (const threshold of thresholds) {
    const model = binaryModel({ version: '', about: '', scale: SCALE, threshold, weights: scaledWeights(weights, SCALE) });
    const effect = effectOf(held, model);
    const total = totals.get(threshold) as Effect;
    for (const field of Object.keys(effect) as (keyof Effect)[]) total[field] += effect[field];
  }
}
let best = { threshold: Infinity, gain: 0 };
for (const [threshold, e] of totals) {
  const gain = f1(e) - f1(baseline);
  console.log(`threshold ${threshold}: out-of-fold predicted ${e.predicted}, matched30 ${e.matched}, F1@30 ${f1(e).toFixed(4)} (${gain >= 0 ? '+' : ''}${gain.toFixed(4)}), ${sources(e)}; added ${e.added} (${e.addedMatched} match), removed ${e.removed} (${e.removedMatched} matched)`);
  if (gain > best.gain) best = { threshold, gain };
}
console.log(best.threshold === Infinity ? 'no threshold gains' : `best threshold ${best.threshold} (+${best.gain.toFixed(4)} F1@30 out of fold)`);

if (values.write && best.threshold !== Infinity) {
  const weights = scaledWeights(train(articles), SCALE);
  const file: BinaryWeightsFile = {
    version: '1.0.0',
    about: `Whether a verb the cue lexicon lacks heads an attribution cue (src/stages/quotes/unlisted-cues.ts), trained by eval/quotes/train-unlisted-cues.ts on the 840 PolNeAR train articles (label: ${values.label}, ${epochs} epochs, seed ${seed}; keys seen in at least ${MIN_DOCUMENTS} documents). The model says yes when the sum of its keys' weights (integers / scale) reaches the threshold, chosen by 5-fold document cross-validation for the best F1@30 of the stage.`,
    scale: SCALE,
    threshold: best.threshold,
    weights: Object.fromEntries(Object.entries(weights).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))),
  };
  writeFileSync(new URL('../../src/stages/quotes/data/unlisted-cues.json', import.meta.url), `${JSON.stringify(file, null, 1)}\n`);
  console.log(`wrote ${Object.keys(weights).length} weights`);
}
