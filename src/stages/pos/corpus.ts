import { readdirSync, readFileSync } from 'node:fs';

/** A tagged sentence: words and their UPOS tags, side by side. */
export interface TaggedSentence {
  readonly words: string[];
  readonly tags: string[];
}

/** A sentence in two tokenisations: UD's words, and the surface tokens readout's tokeniser keeps whole. */
export interface CorpusSentence {
  /** UD syntactic words ("Russia", "'s"). */
  readonly words: TaggedSentence;
  /** Multi-word tokens joined ("Russia's"), tagged as their first word: the host. */
  readonly surface: TaggedSentence;
}

/**
 * Reads the sentences of a CoNLL-U file. Empty nodes ("21.1", copies for ellipsis) are no tokens and are
 * skipped; a multi-word token range ("35-36  Trump's") gives one surface token.
 */
export function readConllu(path: string): CorpusSentence[] {
  const sentences: CorpusSentence[] = [];
  for (const block of readFileSync(path, 'utf8').split(/\n\s*\n/)) {
    const words: TaggedSentence = { words: [], tags: [] };
    const surface: TaggedSentence = { words: [], tags: [] };
    let rangeEnd = 0;
    for (const line of block.split('\n')) {
      if (line === '' || line.startsWith('#')) continue;
      const [id, form, , upos] = line.split('\t');
      const range = /^(\d+)-(\d+)$/.exec(id);
      if (range) {
        surface.words.push(form);
        surface.tags.push('');
        rangeEnd = Number(range[2]);
        continue;
      }
      if (!/^\d+$/.test(id)) continue;
      words.words.push(form);
      words.tags.push(upos);
      if (Number(id) > rangeEnd) {
        surface.words.push(form);
        surface.tags.push(upos);
      } else if (surface.tags[surface.tags.length - 1] === '') {
        surface.tags[surface.tags.length - 1] = upos;
      }
    }
    if (words.words.length > 0) sentences.push({ words, surface });
  }
  return sentences;
}

/** A document's part of GUM's official split; documents not listed there are training documents. */
export type Split = 'train' | 'dev' | 'test' | 'test2';

/** The split of each document named in GUM's `splits.md` ("## dev" then "  * GUM_news_iodine"). */
export function readSplits(path: string): Map<string, Split> {
  const splits = new Map<string, Split>();
  let current: Split | null = null;
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const heading = /^##\s+(train|dev|test2?)\s*$/.exec(line);
    if (heading) current = heading[1] as Split;
    const item = /^\s*\*\s+(\S+)/.exec(line);
    if (item && current) splits.set(item[1], current);
  }
  return splits;
}

/** The sentences of GUM's news documents in one split; `folder` holds `dep-conllu/` and `splits.original.md`. */
export function gumNewsSentences(folder: string, split: Split): CorpusSentence[] {
  const splits = readSplits(`${folder}/splits.original.md`);
  return readdirSync(`${folder}/dep-conllu`)
    .filter((file) => file.endsWith('.conllu') && (splits.get(file.replace(/\.conllu$/, '')) ?? 'train') === split)
    .sort()
    .flatMap((file) => readConllu(`${folder}/dep-conllu/${file}`));
}
