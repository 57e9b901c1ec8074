// Trains the learned end of a content that runs over a second attribution (src/stages/quotes/cut-features.ts) on the
// PolNeAR TRAIN articles only, and writes src/stages/quotes/data/cuts.json.
//   npx tsx eval/quotes/train-cuts.ts [--dry]
// Examples: every cut point the stage weighs when it never cuts; each is cut alone (the stage rerun with a model that
// says yes there only) and labelled yes when the matches it gains (one-to-one, 30% coverage, as gold.ts matches) are
// at least half the predictions it adds. The threshold is chosen by
// 5-fold cross-validation over documents: each fold's model runs the stage on the fifth it did not train on, and the
// threshold with the best pooled F1@30 wins. Prints those out-of-fold figures. Deterministic (fixed seed).
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { requireBench } from '../lib/readout.js';
import { cleanDocument } from '../../src/clean/clean.js';
import { withLayer, type Doc } from '../../src/doc/document.js';
import { defaultKnowledgeBase } from '../../src/kb/knowledge-base.js';
import { STAGES } from '../../src/stages/index.js';
import { findQuotes } from '../../src/stages/quotes/quotes.js';
import { binaryModel, scaledWeights, trainBinary, type BinaryExample, type BinaryModel, type BinaryWeightsFile } from '../../src/learn/binary.js';
import { match, readSplit, type GoldAttribution } from './gold.js';

const FOLDS = 5;
const EPOCHS = 5;
const SEED = 1;
const SCALE = 1000;
// A key must be seen in this many training documents to be kept: the file holds no one document's words.
const MIN_DOCUMENTS = 3;
const OUT = fileURLToPath(new URL('../../src/stages/quotes/data/cuts.json', import.meta.url));
// A cut is worth making when it gains at least this many matches per prediction it adds (F1@30 near 0.82 breaks even
// at 0.41).
const GAIN_PER_PREDICTION = 0.5;
const NEVER: BinaryModel = { score: () => 0, says: () => false };

interface Article {
  doc: Doc;
  gold: GoldAttribution[];
  examples: BinaryExample[];
}

/**
 * The labelled cut points of one document: every point the stage weighs in its uncut run, each cut alone (the stage
 * rerun with a model that says yes there only) and labelled yes when the matches it gains outweigh the predictions it
 * adds, as F1@30 counts them.
 */
function examplesOf(doc: Doc, gold: readonly GoldAttribution[]): BinaryExample[] {
  const weighed: string[][] = [];
  const base = findQuotes(doc, { score: () => 0, says: (keys) => (weighed.push([...keys]), false) });
  const baseMatched = match(base, gold, 0.3).size;
  return weighed.map((keys, at) => {
    let call = 0;
    const cut = findQuotes(doc, { score: () => 0, says: () => call++ === at });
    const gained = match(cut, gold, 0.3).size - baseMatched;
    return { keys, yes: gained > 0 && gained >= GAIN_PER_PREDICTION * (cut.length - base.length) };
  });
}

/** A weights file trained on `articles`, keeping the keys seen in at least MIN_DOCUMENTS of them. */
function trained(articles: readonly Article[], threshold: number): BinaryWeightsFile {
  const documents = new Map<string, number>();
  for (const article of articles) for (const key of new Set(article.examples.flatMap((e) => e.keys))) documents.set(key, (documents.get(key) ?? 0) + 1);
  const examples = articles.flatMap((article) => article.examples.map((e) => ({ keys: e.keys.filter((key) => (documents.get(key) ?? 0) >= MIN_DOCUMENTS), yes: e.yes })));
  const weights = trainBinary(examples, EPOCHS, SEED);
  return {
    version: '1.0.0',
    about: 'Where a content read after its cue ends before a second attribution (src/stages/quotes/cut-features.ts): averaged-perceptron weights over the keys of each cut point, trained by eval/quotes/train-cuts.ts on the 840 PolNeAR train articles; the content ends at the first cut point whose summed weights reach the threshold (chosen by 5-fold cross-validation over documents for the best F1@30).',
    scale: SCALE,
    threshold,
    weights: scaledWeights(weights, SCALE),
  };
}

/** Counts of the stage's output over `articles` with `model`, and the gold matched, per article. */
function scored(articles: readonly Article[], model: BinaryModel): { predicted: number; matched30: number; matched80: number; cuts: number; matchedSets: Set<number>[] } {
  let predicted = 0;
  let matched30 = 0;
  let matched80 = 0;
  let cuts = 0;
  const counting: BinaryModel = { score: model.score, says: (keys) => (model.says(keys) ? (cuts++, true) : false) };
  const matchedSets = articles.map((article) => {
    const quotes = findQuotes(article.doc, counting);
    predicted += quotes.length;
    const m30 = match(quotes, article.gold, 0.3);
    matched30 += m30.size;
    matched80 += match(quotes, article.gold, 0.8).size;
    return new Set(m30.keys());
  });
  return { predicted, matched30, matched80, cuts, matchedSets };
}

const f1 = (matched: number, predicted: number, gold: number): number => (2 * matched) / (predicted + gold);

function main(): void {
  const root = requireBench('polnear');
  const { names, texts, gold: goldOfName } = readSplit(root, 'train');
  const context = { kb: defaultKnowledgeBase() };
  const before = STAGES.slice(0, STAGES.findIndex((stage) => stage.provides === 'quotes'));
  const articles: Article[] = [];
  for (const name of names) {
    const gold = goldOfName(name);
    if (!gold) continue;
    let doc = cleanDocument({ id: name, source: texts.get(name) as string, format: 'text' }, { asIs: true });
    for (const stage of before) doc = withLayer(doc, stage.provides, stage.run(doc, context));
    articles.push({ doc, gold, examples: examplesOf(doc, gold) });
  }
  const goldCount = articles.reduce((sum, a) => sum + a.gold.length, 0);
  const all = articles.flatMap((a) => a.examples);
  console.log(`${articles.length} articles, ${all.length} cut points, ${all.filter((e) => e.yes).length} worth cutting`);
  const base = scored(articles, NEVER);
  console.log(`uncut: predicted ${base.predicted}, matched30 ${base.matched30}, matched80 ${base.matched80}, F1@30 ${f1(base.matched30, base.predicted, goldCount).toFixed(4)}`);

  // Out of fold: each fifth scored by the model trained on the other four fifths, over a grid of thresholds.
  const thresholds = [-2, 0, 2, 3, 4, 5, 6, 8];
  const totals = thresholds.map(() => ({ predicted: 0, matched30: 0, matched80: 0, cuts: 0, gained: 0, lost: 0 }));
  for (let fold = 0; fold < FOLDS; fold++) {
    const held = articles.filter((_, n) => n % FOLDS === fold);
    const file = trained(articles.filter((_, n) => n % FOLDS !== fold), 0);
    const baseHeld = scored(held, NEVER);
    thresholds.forEach((threshold, t) => {
      const s = scored(held, binaryModel({ ...file, threshold }));
      const total = totals[t];
      total.predicted += s.predicted;
      total.matched30 += s.matched30;
      total.matched80 += s.matched80;
      total.cuts += s.cuts;
      s.matchedSets.forEach((set, n) => {
        for (const gi of set) if (!baseHeld.matchedSets[n].has(gi)) total.gained++;
        for (const gi of baseHeld.matchedSets[n]) if (!set.has(gi)) total.lost++;
      });
    });
  }
  let best = 0;
  thresholds.forEach((threshold, t) => {
    const { predicted, matched30, matched80, cuts, gained, lost } = totals[t];
    console.log(`out of fold, threshold ${threshold}: cuts ${cuts}, predicted ${predicted}, matched30 ${matched30} (gold gained ${gained}, lost ${lost}), matched80 ${matched80}, F1@30 ${f1(matched30, predicted, goldCount).toFixed(4)}, F1@80 ${f1(matched80, predicted, goldCount).toFixed(4)}`);
    if (f1(matched30, predicted, goldCount) > f1(totals[best].matched30, totals[best].predicted, goldCount)) best = t;
  });
  const file = trained(articles, thresholds[best]);
  console.log(`threshold ${thresholds[best]}; ${Object.keys(file.weights).length} keys`);
  if (!process.argv.includes('--dry')) writeFileSync(OUT, `${JSON.stringify(file, null, 0)}\n`);
}

main();
