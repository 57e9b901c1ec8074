// Recording mentions: `push` and the names nested in a pushed one, nominals, qualifiers, hyphenated modifiers, and the
// look-backs over the mentions pushed so far.
import type { LexiconEntry } from '../../kb/types.js';
import type { EntityType, Mention } from './types.js';
import { APOSTROPHES, COMPASS_POINTS, capitalised, isPlace } from './words.js';
import type { Typed } from './typing.js';
import { NameRuns } from './runs.js';

/** Adds mentions to the document's list, keeping the sets the document pass reads (weak, unsure, fallbacks). */
export class MentionRecorder extends NameRuns {
  /** The name in front of a hyphenated modifier, when the knowledge base knows it. */
  protected hyphenated(i: number, prefix: string): void {
    const entry = this.entries(prefix).find((e) => e.kind === 'demonym' || e.kind === 'country' || e.kind === 'seat' || e.kind === 'organisation');
    const start = this.tokens.starts[i];
    const end = start + prefix.length;
    if (!entry) {
      // "Scientology-related", "Texas-based": a listed organisation or place.
      const listed = this.classify(prefix);
      if (listed && !listed.metonymFor) this.mentions.push({ start, end, type: listed.type, kind: listed.kind });
      return;
    }
    if (entry.kind === 'demonym') this.mentions.push({ start, end, type: 'NORP', kind: 'demonym', kbId: entry.id });
    else if (entry.kind === 'country') this.mentions.push({ start, end, type: 'GPE', kind: 'name', kbId: entry.id });
    else if (entry.kind === 'seat') this.mentions.push({ start, end, type: 'ORG', kind: 'name', metonymFor: entry.id });
    else this.mentions.push({ start, end, type: 'ORG', kind: 'name', kbId: entry.id });
  }

  /** Marks tokens `start` to `headAt` as a nominal with that head ("the council", "China's commerce ministry", "the country"). */
  protected pushNominal(start: number, headAt: number, type: EntityType = 'ORG', headsName = false): void {
    this.mentions.push({ start: this.tokens.starts[start]!, end: this.bareEnd(headAt), type, kind: 'nominal', head: this.word(headAt).replace(APOSTROPHES, ''), ...(headsName ? { headsName } : {}) });
  }

  /** The country or organisation inside a title, as its own mention ("US" in "US secretary of state"). */
  protected pushQualifier(qualifier: { end: number; entry: LexiconEntry }, from: number): void {
    const { entry } = qualifier;
    const start = this.tokens.starts[from];
    const end = this.bareEnd(qualifier.end - 1);
    if (entry.kind === 'demonym') this.mentions.push({ start, end, type: 'NORP', kind: 'demonym', kbId: entry.id });
    else if (entry.kind === 'country') this.mentions.push({ start, end, type: 'GPE', kind: 'name', kbId: entry.id });
    else if (entry.kind === 'seat') this.mentions.push({ start, end, type: 'ORG', kind: 'name', metonymFor: entry.id });
    else if (entry.kind === 'organisation') this.mentions.push({ start, end, type: 'ORG', kind: 'name', kbId: entry.id });
  }

  /** Whether a title mention ends right before "of" and the name starting at offset `start` ("the governor of Borno"). */
  protected titleBefore(start: number): boolean {
    const of = /\bof\s+(?:the\s+)?$/.exec(this.text.slice(Math.max(0, start - 12), start));
    if (!of) return false;
    const ofStart = start - of[0].length;
    // Only spaces may stand between the title and "of": the title ends inside them.
    let spacesFrom = ofStart;
    while (spacesFrom > 0 && /\s/.test(this.text[spacesFrom - 1]!)) spacesFrom--;
    // Mentions are found in text order: walk back from the last, and stop at one ending before the spaces.
    for (let k = this.mentions.length - 1; k >= 0; k--) {
      const m = this.mentions[k]!;
      if (m.end < spacesFrom) return false;
      if (m.kind === 'title' && m.end <= ofStart) return true;
    }
    return false;
  }

  /** The type of the place whose name ends right before "and" at `from - 1`, if it is one. */
  protected placeJoinedBefore(from: number, sFrom: number): EntityType | undefined {
    if (from - 2 < sFrom || this.word(from - 1) !== 'and') return undefined;
    const last = this.mentions[this.mentions.length - 1];
    return last && last.kind === 'name' && isPlace(last.type) && !last.metonymFor && last.end === this.bareEnd(from - 2) ? last.type : undefined;
  }

  /** Records the last word of a person's name of two words or more, for `earlierPersonBySurname`. */
  protected addSurname(name: string): void {
    const space = name.lastIndexOf(' ');
    if (space >= 0) this.surnamesSoFar.add(name.slice(space + 1));
  }

  /** Whether the last mention found is a person's name ending right before token `i`. */
  protected personEndsAt(i: number): boolean {
    const last = this.mentions[this.mentions.length - 1];
    return last !== undefined && last.type === 'PERSON' && last.kind === 'name' && i > 0 && last.end === this.bareEnd(i - 1);
  }

  protected push(from: number, to: number, typed: Typed): void {
    // In a title-cased headline capitals say nothing, nor do they after a title-case line's verb ("Council Says She Will
    // Not Resign"): a name typed by guesswork stands only if the text types it elsewhere.
    if ((this.headline || this.afterTitleVerb) && !typed.sure) typed = { ...typed, type: 'OTHER', weak: true, fallback: true };
    const start = typed.withArticle ? this.tokens.starts[from - 1]! : this.tokens.starts[from]!;
    const mention: Mention = { start, end: this.bareEnd(to - 1), type: typed.type, kind: typed.kind };
    if (typed.kbId) mention.kbId = typed.kbId;
    if (typed.metonymFor) mention.metonymFor = typed.metonymFor;
    if (typed.agreement) mention.agreement = typed.agreement;
    if (typed.country) mention.country = typed.country;
    this.mentions.push(mention);
    if (mention.type === 'PERSON' && mention.kind === 'name') this.addSurname(this.text.slice(mention.start, mention.end));
    if (!typed.sure) this.unsure.add(mention);
    if (typed.weak) this.weak.add(mention);
    if (typed.fallback) this.fallbacks.add(mention);
    if (to - from >= 2 && typed.type !== 'PERSON' && !typed.kbId && !typed.whole) this.nested(from, to, typed.type);
  }

  /** Known names inside a longer name, as mentions of their own ("Texas" in "University of Texas", "Google" in "Google Science Fair"). */
  protected nested(from: number, to: number, outer: EntityType): void {
    let q = from;
    while (q < to) {
      let matched = -1;
      for (let r = Math.min(to, q + 4); r > q; r--) {
        if ((q > from || r < to) && capitalised(this.word(q)) && this.known(q, r)) {
          matched = r;
          break;
        }
      }
      if (matched < 0) {
        q++;
        continue;
      }
      // "University of the West Indies", "of the South Pacific": a compass point and the word after it inside a name
      // make one place name that no list knows, so neither word is a place of its own.
      const compassBefore = q > from && COMPASS_POINTS.has(this.word(q - 1));
      const compassFirst = matched - q === 1 && matched < to && COMPASS_POINTS.has(this.word(q)) && capitalised(this.word(matched));
      if (compassBefore || compassFirst) {
        q = compassFirst ? matched + 1 : matched;
        continue;
      }
      const typed = this.typeKnown(q, matched)!;
      // An organisation inside an organisation's name is rarely that organisation ("Velkan Security Council"), a
      // place inside a place's name is no place of its own ("Wales" in "New South Wales", "Washington" in "Washington D.C."),
      // nor a group inside a group's ("Democrat" in "Liberal Democrat").
      if (!(outer === typed.type && (outer === 'ORG' || outer === 'NORP')) && !(isPlace(outer) && isPlace(typed.type))) {
        // Inside a name a capital is a place, never a government ("Moscow State University").
        this.push(q, matched, { type: typed.type, kind: typed.kind, sure: true, ...(typed.kbId ? { kbId: typed.kbId } : {}), ...(typed.country ? { country: typed.country } : {}) });
      }
      q = matched;
    }
  }
}
