// Where the text's quotations are: which mentions lie inside quotation marks, how many sentences before each
// are narration, and the nearest quotation mark from an offset.
import type { Mention } from '../mentions/types.js';

/** Per mention whether it lies inside quotation marks, and per sentence how many sentences before it are narration. */
interface Quotation {
  quoted: Uint8Array;
  narrativeBefore: Int32Array;
}

/**
 * One walk of the text through its quotation marks (a paragraph break closes any open quotation): marks the mentions
 * inside quotations, and counts for each sentence the sentences before it with words outside them, since a speech
 * quoted over several sentences is the speaker's own and the narration's pronouns after it still reach back to
 * whoever it introduced. Mentions come in text order.
 */
export function quotationOf(text: string, mentions: readonly Mention[], sentences: readonly { start: number; end: number }[]): Quotation {
  const quoted = new Uint8Array(mentions.length);
  const narrativeBefore = new Int32Array(sentences.length);
  let open = false;
  let m = 0;
  let s = 0;
  let narratives = 0;
  let narrative = false;
  for (let at = 0; ; at++) {
    while (m < mentions.length && mentions[m]!.start <= at) quoted[m++] = open ? 1 : 0;
    while (s < sentences.length && sentences[s]!.end <= at) {
      if (narrative) narratives++;
      narrative = false;
      if (++s < sentences.length) narrativeBefore[s] = narratives;
    }
    if (at >= text.length) break;
    const c = text.charCodeAt(at);
    if (c === 0x201c) open = true;
    else if (c === 0x201d) open = false;
    else if (c === 34) open = !open;
    else if (c === 10 && text.charCodeAt(at + 1) === 10) open = false;
    else if (!open && !narrative && c > 32 && s < sentences.length && at >= sentences[s]!.start) narrative = /[\p{L}\p{N}]/u.test(text[at]!);
  }
  return { quoted, narrativeBefore };
}

/**
 * The offset of the first quotation mark from `from` in direction `step` (1 forward, -1 back), or -1; a paragraph
 * break ends the search.
 */
export function quoteMark(text: string, from: number, step: 1 | -1): number {
  for (let at = from; at >= 0 && at < text.length; at += step) {
    const c = text.charCodeAt(at);
    if (c === 34 || c === 0x201c || c === 0x201d) return at;
    if (c === 10 && text.charCodeAt(at + step) === 10) return -1;
  }
  return -1;
}
