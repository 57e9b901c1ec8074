// Part-of-speech accuracy of the shipped tagger (src/stages/pos/data/weights.json) on GUM news, by GUM's
// official split: test (nasa, sensitive) is the figure to report; dev (homeopathic, iodine) guided the
// choices. "words" are UD's syntactic words ("Russia", "'s"); "surface" are the tokens readout's tokeniser
// makes of the same text ("Russia's", "so-called"), each tagged as the word heading the others it covers:
// the figure readout's own pipeline sees. PROPN precision and recall are shown apart because the entity
// stages lean on them. For reference, wink-nlp's light model is scored on the sentences it splits into the
// same words as UD, beside ours on those same sentences.
//   npx tsx eval/pos/run.ts (npm run eval:pos); floors pinned in floors.json.
import { fileURLToPath } from 'node:url';
import { checkFloors, reportFloors } from '../lib/floors.js';
import winkNLP from 'wink-nlp';
import winkModel from 'wink-eng-lite-web-model';
import { gumNewsSentences, type Split, type TaggedSentence } from '../../src/stages/pos/corpus.js';
import { accuracy, goldAndPredicted } from '../../src/stages/pos/measure.js';
import { posModel } from '../../src/stages/pos/pos.js';

const gumFolder = fileURLToPath(new URL('../../../shared/bench/gum-news', import.meta.url));

/** Precision and recall of one tag over the sentences. */
function tagScores(tag: string, sentences: readonly TaggedSentence[]): { precision: number; recall: number } {
  let predicted = 0;
  let gold = 0;
  let both = 0;
  for (const [goldTag, predictedTag] of goldAndPredicted(posModel, sentences)) {
    predicted += Number(predictedTag === tag);
    gold += Number(goldTag === tag);
    both += Number(predictedTag === tag && goldTag === tag);
  }
  return { precision: both / predicted, recall: both / gold };
}

const nlp = winkNLP(winkModel);

/** wink-nlp's tags for the sentence's words, or null when wink splits the sentence into other tokens. */
function winkTags(sentence: TaggedSentence): string[] | null {
  const tokens = nlp.readDoc(sentence.words.join(' ')).tokens();
  const tags = tokens.out(nlp.its.pos) as string[];
  return tokens.length() === sentence.words.length ? tags : null;
}

/** Accuracy of wink-nlp and of ours over the sentences wink tokenises like UD, and the share of words they hold. */
function againstWink(sentences: readonly TaggedSentence[]): { wink: number; ours: number; coverage: number } {
  const comparable: TaggedSentence[] = [];
  let right = 0;
  for (const sentence of sentences) {
    const tags = winkTags(sentence);
    if (tags === null) continue;
    comparable.push(sentence);
    right += tags.filter((tag, i) => tag === sentence.tags[i]).length;
  }
  const words = (list: readonly TaggedSentence[]): number => list.reduce((n, s) => n + s.words.length, 0);
  return { wink: right / words(comparable), ours: accuracy(posModel, comparable), coverage: words(comparable) / words(sentences) };
}

const figures: Record<string, number> = {};
for (const split of ['test', 'dev'] as Split[]) {
  const sentences = gumNewsSentences(gumFolder, split);
  const words = sentences.map((s) => s.words);
  const surface = sentences.map((s) => s.surface);
  const tokens = words.reduce((n, s) => n + s.words.length, 0);
  const propn = tagScores('PROPN', words);
  figures[`${split}.accuracy`] = accuracy(posModel, words);
  figures[`${split}.surface_accuracy`] = accuracy(posModel, surface);
  figures[`${split}.propn_recall`] = propn.recall;
  console.log(
    `pos gum-news ${split} (${tokens} words): accuracy ${figures[`${split}.accuracy`].toFixed(4)} (words), ` +
      `${figures[`${split}.surface_accuracy`].toFixed(4)} (surface tokens); PROPN precision ${propn.precision.toFixed(3)} recall ${propn.recall.toFixed(3)}`,
  );
  const reference = againstWink(words);
  console.log(
    `  reference, on the ${(reference.coverage * 100).toFixed(0)}% of words wink-nlp tokenises like UD: wink-nlp ${reference.wink.toFixed(4)}, readout ${reference.ours.toFixed(4)}`,
  );
}
reportFloors('pos', checkFloors(new URL('./floors.json', import.meta.url), figures));
