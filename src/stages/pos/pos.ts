import { defineStage } from '../../pipeline/stage.js';
import { layer } from '../../doc/document.js';
import { loadJson } from '../../data/load.js';
import type { TokenLayer } from '../tokens/types.js';
import { compileModel, Tagger, type WeightsFile } from './tagger.js';
import { UPOS, type PosLayer } from './types.js';

const weights = loadJson<WeightsFile>(new URL('./data/weights.json', import.meta.url), (value) => {
  const file = value as WeightsFile;
  return (
    Array.isArray(file.tags) &&
    file.tags.join(' ') === UPOS.join(' ') &&
    typeof file.scale === 'number' &&
    file.scale > 0 &&
    typeof file.weights === 'object' &&
    file.weights !== null &&
    Object.values(file.weights).length > 0 &&
    Object.values(file.weights).every((row) => Array.isArray(row) && row.length === UPOS.length)
  );
});

/** The shipped model, compiled once at load. */
export const posModel = compileModel(weights);

// One tagger for every document: most words of a news article were met in earlier ones, and summing a
// word's weights costs more than tagging it.
const tagger = new Tagger(posModel);

/** Tags every token of `text`, sentence by sentence. */
export function tagTokens(text: string, tokens: TokenLayer): PosLayer {
  const tags = new Uint8Array(tokens.count);
  const words: string[] = [];
  for (let s = 0; s + 1 < tokens.sentenceStart.length; s++) {
    const first = tokens.sentenceStart[s];
    const end = tokens.sentenceStart[s + 1];
    words.length = 0;
    for (let i = first; i < end; i++) words.push(text.slice(tokens.starts[i], tokens.ends[i]));
    tagger.tagSentence(words, tags, first);
  }
  return { tags };
}

/** A Universal POS tag per token, from the averaged-perceptron weights in data/weights.json. */
export const posStage = defineStage({
  name: 'pos',
  version: '1.0.0',
  requires: ['tokens'],
  provides: 'pos',
  run: (doc) => tagTokens(doc.text, layer(doc, 'tokens')),
});
