import { readdirSync, readFileSync } from 'node:fs';
import { tokenize } from '../tokens/tokens.js';

/** A tagged sentence: words and their UPOS tags, side by side. */
export interface TaggedSentence {
  readonly words: string[];
  readonly tags: string[];
}

/** A sentence in two tokenisations: UD's words, and the tokens readout's tokeniser makes of the same text. */
export interface CorpusSentence {
  /** UD syntactic words ("Russia", "'s", "so", "-", "called"). */
  readonly words: TaggedSentence;
  /** readout's tokens ("Russia's", "so-called"), each tagged as the word that heads the others it covers. */
  readonly surface: TaggedSentence;
}

/** One UD word: its form and tag, its head (a 1-based index, 0 for the root), and whether a space follows it. */
interface UdWord {
  readonly form: string;
  readonly upos: string;
  readonly head: number;
  readonly spaceAfter: boolean;
}

/**
 * The sentence's text rebuilt from its words, split by readout's tokeniser. A token covering several words
 * takes the tag of the one whose head lies outside the token: "Russia's" is PROPN, "so-called" the tag of
 * "called"; when several do ("don't": both attach to the verb), the first.
 */
function surfaceOf(words: readonly UdWord[]): TaggedSentence {
  let text = '';
  const starts: number[] = [];
  const ends: number[] = [];
  for (const word of words) {
    starts.push(text.length);
    text += word.form;
    ends.push(text.length);
    if (word.spaceAfter) text += ' ';
  }
  const tokens = tokenize(text, [{ start: 0, end: text.length }]);
  const surface: TaggedSentence = { words: [], tags: [] };
  for (let k = 0; k < tokens.count; k++) {
    const covered = words.map((_, j) => j).filter((j) => starts[j] < tokens.ends[k] && ends[j] > tokens.starts[k]);
    const head = covered.find((j) => !covered.includes(words[j].head - 1)) ?? covered[0];
    surface.words.push(text.slice(tokens.starts[k], tokens.ends[k]));
    surface.tags.push(words[head].upos);
  }
  return surface;
}

/**
 * Reads the sentences of a CoNLL-U file. Empty nodes ("21.1", copies for ellipsis) are no tokens and are
 * skipped; the words of a multi-word token ("35-36  Trump's") are written together, and the space after
 * the token is the range line's.
 */
export function readConllu(path: string): CorpusSentence[] {
  const sentences: CorpusSentence[] = [];
  for (const block of readFileSync(path, 'utf8').split(/\n\s*\n/)) {
    const words: UdWord[] = [];
    let rangeEnd = 0;
    let rangeSpaceAfter = true;
    for (const line of block.split('\n')) {
      if (line === '' || line.startsWith('#')) continue;
      const [id, form, , upos, , , head, , , misc = ''] = line.split('\t');
      const spaceAfter = !/(?:^|\|)SpaceAfter=No(?:\||$)/.test(misc);
      const range = /^(\d+)-(\d+)$/.exec(id);
      if (range) {
        rangeEnd = Number(range[2]);
        rangeSpaceAfter = spaceAfter;
        continue;
      }
      if (!/^\d+$/.test(id)) continue;
      const inRange = Number(id) <= rangeEnd;
      words.push({ form, upos, head: Number(head), spaceAfter: inRange ? Number(id) === rangeEnd && rangeSpaceAfter : spaceAfter });
    }
    if (words.length === 0) continue;
    sentences.push({ words: { words: words.map((w) => w.form), tags: words.map((w) => w.upos) }, surface: surfaceOf(words) });
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
