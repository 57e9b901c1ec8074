import type { TaggedSentence } from './corpus.js';
import { Tagger, type Model } from './tagger.js';

/** Every token of `sentences` as its gold tag and the tag the model gives it, in order. */
export function* goldAndPredicted(model: Model, sentences: readonly TaggedSentence[]): Generator<[gold: string, predicted: string]> {
  const tagger = new Tagger(model);
  for (const sentence of sentences) {
    const out = new Uint8Array(sentence.words.length);
    tagger.tagSentence(sentence.words, out);
    for (let i = 0; i < sentence.tags.length; i++) yield [sentence.tags[i], model.tags[out[i]]];
  }
}

/** Share of tokens whose gold tag the tagger gives, over all `sentences`. */
export function accuracy(model: Model, sentences: readonly TaggedSentence[]): number {
  let right = 0;
  let total = 0;
  for (const [gold, predicted] of goldAndPredicted(model, sentences)) {
    right += Number(gold === predicted);
    total++;
  }
  return right / total;
}
