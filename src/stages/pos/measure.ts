import type { TaggedSentence } from './corpus.js';
import { Tagger, type Model } from './tagger.js';

/** Share of tokens whose gold tag the tagger gives, over all `sentences`. */
export function accuracy(model: Model, sentences: readonly TaggedSentence[]): number {
  const tagger = new Tagger(model);
  let right = 0;
  let total = 0;
  for (const sentence of sentences) {
    const out = new Uint8Array(sentence.words.length);
    tagger.tagSentence(sentence.words, out);
    sentence.tags.forEach((tag, i) => {
      if (model.tags[out[i]] === tag) right++;
      total++;
    });
  }
  return right / total;
}
