import { loadJson } from '../../data/load.js';
import { UPOS, type Upos } from './types.js';

interface LexiconFile {
  tags: Record<string, string>;
}

const file = loadJson<LexiconFile>(new URL('./data/lexicon.json', import.meta.url), (value) => {
  const tags = (value as LexiconFile).tags;
  return typeof tags === 'object' && tags !== null && Object.keys(tags).every((tag) => (UPOS as readonly string[]).includes(tag)) && Object.values(tags).some((words) => words.length > 0);
});

const usualTag = new Map<string, Upos>();
for (const [tag, words] of Object.entries(file.tags)) for (const word of words.split(' ')) if (word) usualTag.set(word, tag as Upos);

/** The usual UPOS tag of a lower-case word ("salt" → NOUN), or undefined for a word the lexicon lacks. */
export function lexicalTag(lower: string): Upos | undefined {
  return usualTag.get(lower);
}
