// Trains the part-of-speech tagger: an averaged perceptron over GUM's news training documents (the dev and
// test documents of GUM's official split never train), greedy left to right with the features of
// features.ts, then prunes small weights and writes data/weights.json.
//   npx tsx src/stages/pos/train.ts [--epochs 10] [--prune 1] [--seed 1] [--out path]
// Prints the accuracy on GUM news dev, tagged by the shipped code path from the written weights.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gumNewsSentences, type TaggedSentence } from './corpus.js';
import { SENTENCE_START, tokenKeys } from './features.js';
import { AveragedPerceptron, pruned, shuffled } from '../../learn/perceptron.js';
import { accuracy } from './measure.js';
import { compileModel, type WeightsFile } from './tagger.js';
import { UPOS } from './types.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const gumFolder = `${root}../shared/bench/gum-news`;

/** Trains for `epochs` passes, tagging with the model's own previous guesses as history (as at run time). */
function train(sentences: readonly TaggedSentence[], epochs: number, seed: number): Map<string, Float64Array> {
  const model = new AveragedPerceptron(UPOS.length);
  const tagNumber = new Map<string, number>(UPOS.map((tag, i) => [tag, i]));
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (const sentence of shuffled(sentences, seed + epoch)) {
      let previous = SENTENCE_START;
      let beforePrevious = SENTENCE_START;
      sentence.words.forEach((_, i) => {
        const keys = tokenKeys(sentence.words, i, previous, beforePrevious);
        const guess = model.predict(keys);
        model.update(keys, tagNumber.get(sentence.tags[i])!, guess);
        beforePrevious = previous;
        previous = UPOS[guess];
      });
    }
  }
  return model.averaged();
}

function main(): void {
  const { values } = parseArgs({
    options: {
      epochs: { type: 'string', default: '10' },
      prune: { type: 'string', default: '1' },
      seed: { type: 'string', default: '1' },
      out: { type: 'string', default: fileURLToPath(new URL('./data/weights.json', import.meta.url)) },
    },
  });
  const corpus = gumNewsSentences(gumFolder, 'train');
  // Both tokenisations train: UD's words, and the tokens readout's tokeniser makes ("Russia's", "so-called").
  const sentences = [...corpus.map((s) => s.words), ...corpus.filter((s) => s.surface.words.length !== s.words.words.length).map((s) => s.surface)];
  const weights = train(sentences, Number(values.epochs), Number(values.seed));
  const file: WeightsFile = {
    version: '1.0.0',
    about:
      'Averaged-perceptron weights for Universal POS tags, trained by src/stages/pos/train.ts on the GUM corpus news training documents (CC BY 4.0 annotations, CC BY 2.5 Wikinews texts); see PROVENANCE.md.',
    tags: [...UPOS],
    scale: 1000,
    weights: pruned(weights, Number(values.prune), 1000),
  };
  writeFileSync(values.out, `${JSON.stringify(file)}\n`);
  const dev = gumNewsSentences(gumFolder, 'dev');
  const model = compileModel(file);
  console.log(
    `${corpus.reduce((n, s) => n + s.words.words.length, 0)} training words; ${Object.keys(file.weights).length} of ${weights.size} features kept; ` +
      `GUM news dev accuracy ${accuracy(model, dev.map((s) => s.words)).toFixed(4)} (words), ${accuracy(model, dev.map((s) => s.surface)).toFixed(4)} (surface tokens)`,
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main();
