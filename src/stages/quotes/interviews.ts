import type { Span } from '../../doc/span.js';
import type { Mention } from '../mentions/types.js';
import { ANSWER_LABELS, COLON_LABELS, QUESTION_LABELS } from './cues.js';
import { SPEAKER_LABEL } from './quote-marks.js';

/** Whose words a turn's label gives: the interviewer's question, the interviewee's answer, or a name to look up. */
export type TurnSide = 'question' | 'answer' | 'named';

/** One turn of an interview printed as a transcript: a labelled paragraph and the unlabelled ones going on with it. */
export interface Turn {
  /** The label as written, without its colon or stop: "Q", "Answer", "Ann Reyes", "MR SMITH". */
  label: Span;
  /** The colon or stop closing the label, the turn's cue. */
  cue: Span;
  /** From the first word after the label to the end of the turn's last paragraph. */
  words: Span;
  /** Whose words the label gives. */
  side: TurnSide;
  /**
   * True when the turn keeps the attributions inside it as lines of their own: a question-and-answer interview ("Q:",
   * "A:") reports others' words in its turns; a transcript under names (a broadcast's, a hearing's) is read as the name
   * labels outside transcripts are, each turn taking in what it holds.
   */
  nests: boolean;
}

/** A paragraph's label, before the turns are known. */
interface Label {
  label: Span;
  cue: Span;
  side: TurnSide;
  /** What tells two speakers apart: the side, or a name's words in capitals. */
  key: string;
  /** A label of one letter ("Q:", "A.") or of words ("Question:", "Interviewer:", "SMITH:"): a transcript keeps to one. */
  scheme: 'letters' | 'words';
  wordsStart: number;
}

// A role's label: "Q:", "Q.", "Question:", "Interviewer:", then the words of the turn.
const ROLE_LABEL = /^(\p{L}+)([:.])[ \t]+(?=\S)/u;
// What a turn's words open with: a letter or a quote mark; a figure after a name and a colon is a tally ("Lee: 1,769").
const TURN_OPENING = /^["“‘'(\[]?\p{L}/u;
// Words opening a phrase that is no speaker's name before a colon: "The Latest:", "This week:".
const NOT_A_NAME = /^(?:the|a|an|this|that|these|our|my|your|his|her|its|their)\s/iu;
// How many unlabelled paragraphs may go on with a turn before the next label; a longer stretch is the writer's own.
const MAX_CONTINUING_PARAGRAPHS = 4;

/**
 * The turns of the interviews a text prints as transcripts. A transcript needs two adjacent labelled paragraphs of
 * one scheme and two speakers ("Q:" then "A:", "SMITH:" then "JONES:"), so a lone "Update:" or a dateline never
 * starts one; from there each labelled paragraph of that scheme within reach of the last is a turn. A turn goes on
 * over unlabelled paragraphs until the next label; the transcript's last turn ends with its own paragraph, since what
 * follows it is usually the writer's again. `blockMarkers` are the lone straight marks that set off pasted turns
 * ('"SMITH: ...'). A label the mentions name as a place heads a list, no turn ("Iowa: Tim Albrecht, Ann Bell, ...").
 */
export function findTurns(text: string, paragraphs: readonly Span[], blockMarkers: ReadonlySet<number>, mentions: readonly Mention[]): Turn[] {
  const places = new Set(mentions.filter((mention) => mention.type === 'GPE' || mention.type === 'LOC').map((mention) => mention.start));
  const labels = paragraphs.map((paragraph) => {
    const label = labelOf(text, paragraph, blockMarkers);
    return label && !places.has(label.label.start) ? label : null;
  });
  const turns: Turn[] = [];
  let p = 0;
  while (p < paragraphs.length) {
    const opening = labels[p];
    const next = labels[p + 1];
    if (!opening || !next || next.scheme !== opening.scheme || next.key === opening.key) {
      p++;
      continue;
    }
    // One transcript: from labelled paragraph to labelled paragraph of its scheme, while they follow closely enough.
    let current = p;
    for (;;) {
      let following = current + 1;
      while (following < paragraphs.length && !labels[following] && following - current <= MAX_CONTINUING_PARAGRAPHS) following++;
      const goesOn = following < paragraphs.length && labels[following]?.scheme === opening.scheme;
      const { label, cue, side, scheme, wordsStart } = labels[current] as Label;
      turns.push({ label, cue, side, nests: scheme === 'letters', words: { start: wordsStart, end: paragraphs[goesOn ? following - 1 : current].end } });
      if (!goesOn) break;
      current = following;
    }
    p = current + 1;
  }
  return turns;
}

/** The label opening paragraph `{start, end}` (after a pasted turn's mark), or null. */
function labelOf(text: string, { start, end }: Span, blockMarkers: ReadonlySet<number>): Label | null {
  const from = blockMarkers.has(start) ? start + 1 : start;
  const opening = text.slice(from, Math.min(end, from + 80));
  const role = ROLE_LABEL.exec(opening);
  const word = role?.[1].toLowerCase() ?? '';
  const side = QUESTION_LABELS.has(word) ? 'question' : ANSWER_LABELS.has(word) ? 'answer' : 'named';
  // A stop closes a single letter only: "Q." and "A.", never "Question." ending a sentence.
  const byRole = role !== null && side !== 'named' && (role[2] === ':' || word.length === 1);
  const found = byRole ? role : SPEAKER_LABEL.exec(opening);
  if (found === null || !TURN_OPENING.test(opening.slice(found[0].length))) return null;
  const words = found[0].trimEnd().slice(0, -1);
  if (!byRole && (COLON_LABELS.has(words.toLowerCase()) || NOT_A_NAME.test(`${words} `))) return null;
  const cue = { start: from + words.length, end: from + words.length + 1 };
  return { label: { start: from, end: cue.start }, cue, side, key: byRole ? side : words.toUpperCase(), scheme: word.length === 1 && byRole ? 'letters' : 'words', wordsStart: from + found[0].length };
}
