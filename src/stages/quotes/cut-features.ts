// The learned end of a content that runs over a second attribution ("She said the plan would fail, and the mayor
// warned ..."): the points inside a content after its cue where it may end, and the feature keys the model
// (data/cuts.json, trained by eval/quotes/train-cuts.ts) reads at each. Pure: shared by the stage and the training script.
import type { Span } from '../../doc/span.js';
import type { TokenLayer } from '../tokens/types.js';
import { TokenKind } from '../tokens/types.js';
import { UPOS } from '../pos/types.js';
import { CUE_NOUNS, CUE_VERBS } from './cues.js';
import { CLAUSE_WORDS } from './context.js';

/** What the features read of a document: its tokens, their tags and the quote region of each token (-1 outside). */
export interface CutView {
  text: string;
  tokens: TokenLayer;
  tags: Uint8Array;
  regionOf: Int32Array;
}

/** A point where a content may end: the token opening the cut-off part, the content's end there, and its keys. */
export interface CutCandidate {
  token: number;
  end: number;
  keys: string[];
}

// Marks and words that may open the part cut off: a clause word ("when", "which", "but"), "and", or a mark.
const CUT_WORDS = new Set([...CLAUSE_WORDS, 'and']);
const CUT_MARKS = new Set([',', ';', ':', '—', '–', '(', '.', '!', '?']);
// Marks left out of a content's end when it is cut before them.
const TRAILING_MARKS = new Set([',', ';', ':', '—', '–', '-', '(']);
// Fewest words a content keeps before a cut, and leaves after it: shorter parts are no attribution's content.
const MIN_WORDS_KEPT = 3;
const MIN_WORDS_CUT = 2;
// The tags of a noun phrase that may be a verb's subject: "the new mayor", "Ms Ray", "she".
const NOUN_PHRASE_TAGS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'PRON', 'NUM']);
// How far after a cut point a cue word or a verb is looked for, in tokens.
const LOOKAHEAD = 6;

function wordAt(view: CutView, k: number): string {
  return view.text.slice(view.tokens.starts[k], view.tokens.ends[k]).toLowerCase();
}

function tagAt(view: CutView, k: number): string {
  return k < view.tokens.count ? UPOS[view.tags[k]] ?? 'X' : 'END';
}

function isWord(view: CutView, k: number): boolean {
  return view.tokens.kinds[k] === TokenKind.WORD || view.tokens.kinds[k] === TokenKind.NUMBER;
}

function isCueWord(word: string): boolean {
  return CUE_VERBS.has(word) || CUE_NOUNS.has(word) || word === 'according';
}

/** A count of words as a coarse bucket, so one key stands for many lengths. */
function bucket(n: number): string {
  return n <= 3 ? String(n) : n <= 6 ? '4-6' : n <= 10 ? '7-10' : n <= 16 ? '11-16' : n <= 25 ? '17-25' : '26+';
}

/**
 * The candidate cut points of `content`, whose cue ends before it, in order: each mark or cut word outside quote marks
 * with enough words on both sides and a cue word after it. `cueWord` is the cue's last word ("said", "warned").
 */
export function cutCandidates(view: CutView, content: Span, cueWord: string): CutCandidate[] {
  const { tokens } = view;
  let from = 0;
  while (from < tokens.count && tokens.starts[from] < content.start) from++;
  let to = from;
  while (to + 1 < tokens.count && tokens.ends[to + 1] <= content.end) to++;
  const wordsFrom = new Int32Array(to - from + 2);
  for (let k = from; k <= to; k++) wordsFrom[k - from + 1] = wordsFrom[k - from] + (isWord(view, k) ? 1 : 0);
  const total = wordsFrom[to - from + 1];
  const cue = CUE_VERBS.get(cueWord);
  const cueKeys = [`cue:${cue?.lemma ?? cueWord}`, `class:${cue?.cueClass ?? 'other'}`];
  // A cut frees nothing unless a cue stands after it: the points past the last cue are not weighed.
  let lastCue = to;
  while (lastCue > from && !(view.regionOf[lastCue] < 0 && isCueWord(wordAt(view, lastCue)))) lastCue--;
  const candidates: CutCandidate[] = [];
  for (let k = from + 1; k < lastCue; k++) {
    const word = wordAt(view, k);
    if (view.regionOf[k] >= 0 || !(isWord(view, k) ? CUT_WORDS.has(word) : CUT_MARKS.has(word))) continue;
    const kept = wordsFrom[k - from];
    if (kept < MIN_WORDS_KEPT || total - kept < MIN_WORDS_CUT) continue;
    let last = k - 1;
    while (last > from && TRAILING_MARKS.has(wordAt(view, last))) last--;
    candidates.push({ token: k, end: tokens.ends[last], keys: [...cueKeys, ...pointKeys(view, k, to, candidates.length, kept, total - kept)] });
  }
  return candidates;
}

/** The keys of cut point `k` in a content ending at token `to`: the point's word, its neighbours, what follows. */
function pointKeys(view: CutView, k: number, to: number, nth: number, kept: number, rest: number): string[] {
  const word = wordAt(view, k);
  const next = k + 1 <= to ? wordAt(view, k + 1) : 'END';
  const nextTag = tagAt(view, k + 1);
  const keys = [
    'bias',
    `cut:${word}`,
    `before:${wordAt(view, k - 1)}`,
    `beforeTag:${tagAt(view, k - 1)}`,
    `next:${next}`,
    `nextTag:${nextTag}`,
    `cut+next:${word}|${next}`,
    `cut+nextTag:${word}|${nextTag}`,
    `nextTags:${nextTag}|${k + 2 <= to ? tagAt(view, k + 2) : 'END'}`,
    `kept:${bucket(kept)}`,
    `rest:${bucket(rest)}`,
    `nth:${Math.min(nth, 3)}`,
  ];
  // What the cut-off part opens with: a subject then a verb ("the mayor warned"), a cue word, a finite verb.
  let verbAt = -1;
  for (let j = k + 1; j <= Math.min(to, k + LOOKAHEAD); j++) {
    const w = wordAt(view, j);
    const cue = CUE_VERBS.get(w);
    if (cue) keys.push(`cueAfter:${cue.cueClass}`, `cut+cueAfter:${word}|${cue.cueClass}`, `cueAfterWord:${cue.lemma}`);
    if (verbAt < 0 && (tagAt(view, j) === 'VERB' || tagAt(view, j) === 'AUX')) verbAt = j;
  }
  if (verbAt >= 0) {
    const subject = tagAt(view, k + 1);
    keys.push(`verbAfter:${bucket(verbAt - k - 1)}`, `subject+verb:${subject}|${bucket(verbAt - k - 1)}`, `cut+subject+verb:${word}|${subject}`);
    // A noun phrase then a cue verb ("the mayor warned", "Ms Ray says"): a second attribution opens here.
    const cue = CUE_VERBS.get(wordAt(view, verbAt))?.cueClass ?? 'none';
    let nounPhrase = verbAt > k + 1;
    for (let j = k + 1; j < verbAt && nounPhrase; j++) nounPhrase = NOUN_PHRASE_TAGS.has(tagAt(view, j));
    keys.push(`verbCue:${cue}`, `cut+verbCue:${word}|${cue}`);
    if (nounPhrase) keys.push(`subjectCue:${tagAt(view, verbAt - 1)}|${cue}`, `cut+subjectCue:${word}|${cue}`);
  }
  return keys;
}
