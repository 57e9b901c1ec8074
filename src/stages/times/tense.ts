import { CUES } from './lexicon.js';
import { loosePhrase } from '../../doc/literal.js';

/** Which side of the publication date a clause looks to. */
export type Tense = 'future' | 'past' | 'present';

function phrases(words: string[]): string {
  return words
    .slice()
    .sort((a, b) => b.length - a.length)
    .map(loosePhrase)
    .join('|');
}

/** Cue phrase (lower case, single spaces, straight apostrophes) → its tense. */
const KIND_OF = new Map<string, Tense>([
  ...CUES.present.map((phrase): [string, Tense] => [phrase, 'present']),
  ...[...CUES.past, ...CUES.lookingBack].map((phrase): [string, Tense] => [phrase, 'past']),
  ...CUES.future.map((phrase): [string, Tense] => [phrase, 'future']),
].map(([phrase, tense]) => [phrase.toLowerCase().replace(/’/gu, "'"), tense]));

// One pass per sentence finds every cue and every clause boundary. All phrases form one alternation, longest first,
// so "is expected to" wins over "is" and "would not" (back) over "would" (ahead). Boundaries: semicolons, colons (not
// the one inside a clock time: "kicks off at 19:45 on Saturday"),
// dashes, quotation marks, contrastive conjunctions and relative pronouns ("passed the bill early Tuesday that would
// send aid": "would" belongs to the bill, not to Tuesday).
const CUE = new RegExp(
  `(?<![\\p{L}'’])(?:(?<w>${phrases([...KIND_OF.keys()])})|(?<e>\\p{Ll}{2,}ed))(?![\\p{L}])|(?<b>[;“”"]|(?<!\\d):(?!\\d)|\\s(?:--|[—–-])\\s|\\b(?:but|while|whereas|although|though|because|that|which|who|whom|whose)\\b)`,
  'giu',
);
const NOT_PAST_ED: ReadonlySet<string> = new Set(CUES.notPastEd);
const LOOKING_BACK: ReadonlySet<string> = new Set(CUES.lookingBack);
// "ordered police to allow the march on Saturday": the "to" of a verb after a directive and its object (one to four
// words; "was asked to comment" has none) looks ahead of the order. The object stops at a subject pronoun or a tense cue,
// which open a clause of their own ("told police he had driven to work on Monday" places nothing ahead). What follows
// "to" must be a lower-case word, no article or possessive ("told reporters to the south" is a place, "to Kyiv" a name),
// so the pattern is case-sensitive.
const SUBJECT_PRONOUNS = ['I', 'he', 'she', 'we', 'they'];
const DIRECTIVE_TO = new RegExp(
  `(?<![\\p{L}'’])(?:${phrases(CUES.directives)})\\s+(?:(?!(?:${phrases([...SUBJECT_PRONOUNS, ...KIND_OF.keys()])})(?![\\p{L}'’]))[\\p{L}'’.-]+\\s+){1,4}?(?<to>to)\\s+(?!(?:the|a|an|his|her|its|their|this|that|these|those|our|my|your)\\b)\\p{Ll}+`,
  'gud',
);
const PAST_AFTER_COULD: ReadonlySet<string> = new Set(CUES.pastAfterCould);

/** The cues and clause boundaries of one sentence, as offsets relative to the sentence start. */
export interface SentenceCues {
  /** Flat triples: start, end, kind (0 future, 1 past, 2 present, 3 boundary; a cue joined by "and"/"or" adds FORWARD_ONLY). */
  readonly marks: Int32Array;
  readonly count: number;
}

const CODE: Record<Tense | 'boundary', number> = { future: 0, past: 1, present: 2, boundary: 3 };
/** Added to a cue's kind when "and" or "or" joins it to what went before: the next verb of the subject, which tells the tense of the words after it only. */
const FORWARD_ONLY = 4;
const TENSES: Tense[] = ['future', 'past', 'present'];

/** Scans a sentence once for tense cues and clause boundaries. */
export function scanCues(sentence: string): SentenceCues {
  const marks: number[] = [];
  CUE.lastIndex = 0;
  for (let match = CUE.exec(sentence); match !== null; match = CUE.exec(sentence)) {
    const groups = match.groups!;
    if (groups.b !== undefined) {
      marks.push(match.index, match.index + match[0].length, CODE.boundary);
      continue;
    }
    const kind = groups.w !== undefined ? 'w' : 'e';
    // "May", "Will", "Said": a capitalised cue inside a sentence is a name or a month, not a verb.
    if (match.index > 0 && /^\p{Lu}/u.test(match[0]) && !/["“‘'(]\s*$/u.test(sentence.slice(Math.max(0, match.index - 2), match.index))) continue;
    // "-ed" words: skip the ones that are not verbs ("hundred", "need") and adjectives after an article ("the expected").
    if (kind === 'e' && (!/^\p{Ll}/u.test(match[0]) || NOT_PAST_ED.has(match[0].toLowerCase()) || /\b(?:the|a|an)\s+$/iu.test(sentence.slice(Math.max(0, match.index - 8), match.index)))) continue;
    // A participle after an auxiliary or a linking verb ("is to be held", "has been sold", "will remain closed") takes its
    // tense from the verb before it, itself a cue or the clause's own; but a progressive of something that has happened
    // looks back itself ("are investigating an attack on Sunday"). A present perfect ("have threatened a walkout in
    // October") speaks of now, so a date after it is the act's, not the verb's.
    if ((kind === 'e' || KIND_OF.get(match[0].toLowerCase()) === 'past') && !LOOKING_BACK.has(match[0].toLowerCase()) && /\b(?:be|been|being|is|are|am|to|will|would|get|gets|got|remain|remains|stay|stays|become|becomes|seem|seems|has|have|’ve|'ve)\s+$/iu.test(sentence.slice(Math.max(0, match.index - 9), match.index))) continue;
    const cue = match[0].toLowerCase().replace(/\s+/gu, ' ').replace(/’/gu, "'");
    // "Rescuers could hear voices on Monday": an ability in the past, not a possibility ahead.
    const couldOfThePast = cue === 'could' && PAST_AFTER_COULD.has(/^\s*(\p{L}+)/u.exec(sentence.slice(match.index + match[0].length))?.[1]?.toLowerCase() ?? '');
    const tense = kind === 'e' || couldOfThePast ? 'past' : KIND_OF.get(cue) ?? 'present';
    // "said they would march on Tuesday and called on students": "called" is the subject's next act, not the march's.
    const joined = /(?<![\p{L}'’])(?:and|or)\s+$/iu.test(sentence.slice(Math.max(0, match.index - 5), match.index));
    marks.push(match.index, match.index + match[0].length, CODE[tense] + (joined ? FORWARD_ONLY : 0));
  }
  DIRECTIVE_TO.lastIndex = 0;
  for (let match = DIRECTIVE_TO.exec(sentence); match !== null; match = DIRECTIVE_TO.exec(sentence)) {
    const [start, end] = match.indices!.groups!.to!;
    marks.push(start, end, CODE.future);
  }
  return { marks: Int32Array.from(marks), count: marks.length / 3 };
}

/**
 * The tense of the clause around `[start, end)` (sentence offsets): the nearest cue outside the expression itself,
 * not across a clause boundary, or null when the clause has no cue.
 */
export function tenseAt(cues: SentenceCues, start: number, end: number): Tense | null {
  let best: Tense | null = null;
  let bestDistance = Infinity;
  const seen = [false, false, false];
  let left = -1;
  let right = Infinity;
  for (let i = 0; i < cues.count; i++) {
    const markStart = cues.marks[i * 3];
    const markEnd = cues.marks[i * 3 + 1];
    if (cues.marks[i * 3 + 2] !== CODE.boundary) continue;
    if (markEnd <= start) left = Math.max(left, markEnd);
    else if (markStart >= end) right = Math.min(right, markStart);
  }
  for (let i = 0; i < cues.count; i++) {
    const markStart = cues.marks[i * 3];
    const markEnd = cues.marks[i * 3 + 1];
    const mark = cues.marks[i * 3 + 2];
    if (mark === CODE.boundary || markStart < left || markEnd > right) continue;
    if (markEnd > start && markStart < end) continue;
    if (mark >= FORWARD_ONLY && markEnd > start) continue;
    const kind = mark % FORWARD_ONLY;
    seen[kind] = true;
    // The verb that governs an expression usually comes before it ("will meet again in December and the vote is ..."),
    // so a cue after the expression counts as twice as far.
    const distance = markEnd <= start ? start - markEnd : 2 * (markStart - end) + 0.5;
    if (distance < bestDistance) {
      bestDistance = distance;
      best = TENSES[kind];
    }
  }
  // "is" and "are" are weak: a clause that also looks ahead or back somewhere ("that is, ... had agreed") takes that side.
  if (best === 'present') return seen[CODE.future] ? 'future' : seen[CODE.past] ? 'past' : 'present';
  return best;
}
