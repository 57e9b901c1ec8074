// Nominals: organisation nominals ("the council", "Norway's fisheries ministry"), groups of people ("the protesters"),
// nominals repeating a name's head ("the museum"), campaigns named for a person, kinds named before a name.
import { TokenKind } from '../tokens/types.js';
import { UPOS_INDEX } from '../pos/types.js';
import { lexicalTag } from '../pos/lexicon.js';
import { ORG_NOMINALS, KIND_NOUNS, COUNTRY_NOMINALS, TOWN_NOMINALS, PARTICLES, PERSON_HEADS, nameHead } from './lexicon.js';
import type { Mention } from './types.js';
import {
  DETERMINERS,
  HEADED_NAME_TYPES,
  RESTRICTING_PREPOSITIONS,
  PHRASE_ENDERS,
  GROUP_HEADS,
  MODIFIER_SHAPE,
  PLAIN_MODIFIERS,
  INVERTED_SPEECH,
  APOSTROPHES,
  NAME_INNER_WORDS,
  STATE_ONLY_HEADS,
  OBJECT_OPENERS,
  hyphenModifierPrefix,
  capitalised,
  NOUN,
  isPlace,
} from './words.js';
import { TitleReader } from './titles.js';

/** Reads noun phrases that stand for a body, a group of people or a named place without naming it. */
export class NominalReader extends TitleReader {
  /**
   * "The museum said" after "the Pellbrook Museum of Sea Trades", "the mosque" after "Orvane Central Mosque" (typed
   * LOC): "the" and a lower-case noun heading an organisation's or a facility's name written before it (ending the name
   * or standing before its "of", "for" or "on"; not a name in a title-case headline, whose capitals name no body: "One
   * Hasty Holiday Post, ...") is a nominal of the name's type, whatever the noun, where the phrase ends there; also
   * before a word usually a verb that the tagger took for a noun ("the catch the foundation counts will fall"). Not a
   * place's noun ("the state" after "the Orland Free State"), nor a noun a prepositional phrase may restrict ("the
   * archives from Brenmoor University").
   */
  protected nominalsOfNameHeads(): void {
    const firstHeaded = new Map<string, Mention>();
    for (const m of this.mentions) {
      if (m.kind !== 'name' || !HEADED_NAME_TYPES.has(m.type) || m.start < this.titleCaseHeadlineEnd) continue;
      const head = nameHead(this.text.slice(m.start, m.end));
      const earlier = firstHeaded.get(head);
      if (earlier === undefined || m.start < earlier.start) firstHeaded.set(head, m);
    }
    if (firstHeaded.size === 0) return;
    const { tokens } = this;
    const covered = this.tokensInMentions();
    for (let s = 0; s + 1 < tokens.sentenceStart.length; s++) {
      const to = tokens.sentenceStart[s + 1]!;
      for (let i = tokens.sentenceStart[s]!; i + 1 < to; i++) {
        if (this.lower(i) !== 'the' || !this.isWord(i + 1, to) || this.tags[i + 1] !== NOUN) continue;
        const noun = this.word(i + 1).replace(APOSTROPHES, '');
        const named = firstHeaded.get(noun);
        if (named === undefined || named.start >= tokens.starts[i]! || COUNTRY_NOMINALS.has(noun) || TOWN_NOMINALS.has(noun) || KIND_NOUNS.get(noun)?.some((kind) => kind.type !== 'ORG')) continue;
        const next = this.isWord(i + 2, to) ? this.lower(i + 2) : '';
        const ends = this.headAt(firstHeaded, i + 1, to) || lexicalTag(next) === 'VERB';
        if (ends && !RESTRICTING_PREPOSITIONS.has(next) && !covered[i] && !covered[i + 1]) {
          // A listed head ("the foundation predicts") is left to the entities stage's search for any body it fits.
          this.pushNominal(i, i + 1, named.type, !ORG_NOMINALS.has(noun));
          covered[i] = covered[i + 1] = 1;
        }
      }
    }
  }

  /** Marks, by token, the tokens any mention found so far overlaps: one pass instead of a search per candidate. */
  protected tokensInMentions(): Uint8Array {
    const { tokens } = this;
    const covered = new Uint8Array(tokens.count);
    let k = 0;
    for (const m of [...this.mentions].sort((a, b) => a.start - b.start)) {
      while (k < tokens.count && tokens.ends[k]! <= m.start) k++;
      for (let j = k; j < tokens.count && tokens.starts[j]! < m.end; j++) covered[j] = 1;
    }
    return covered;
  }

  /**
   * "the group Justice for Ellery Dunne", "Parents for Priya, a campaign group": one or two capitalised nouns, "for"
   * and a person's name (a given name, or two unlisted words; any name after a body's noun) name a campaign, one body,
   * not a title and its holder; an office for a place or a field stays a title ("Minister for Europe", "Commissioner
   * for Human Rights", "Minister for Equalities"). Opening a sentence, the name must be set off by a comma or followed
   * by a verb of speech ("Mothers for Maya said"; "Calls for Ann Lee to resign grew" is no body). Never in a
   * title-case headline, whose capitals name no body ("Victory for Ann Lee as Pier Plan Passes"). The end of the name,
   * or `i` when there is none.
   */
  protected campaignNamedFor(i: number, from: number, to: number): number {
    if (this.headline) return i;
    let j = i;
    // Common nouns: "As for Ann, ...", "Unfortunately for Ann", "on Tuesday for Ann", "I'm for Ann", "a bid from
    // Orland for Ann Lee" (a name) name no body.
    const namePart = (k: number): boolean => /^\p{Lu}\p{Ll}+$/u.test(this.word(k)) && lexicalTag(this.lower(k)) === 'NOUN';
    while (j - i < 2 && this.isWord(j, to) && namePart(j)) j++;
    if (j === i || this.word(j) !== 'for' || !this.isWord(j + 1, to) || !capitalised(this.word(j + 1))) return i;
    const end = this.nameRun(j + 1, to);
    // A person's name: a given name ("Priya"), or two words no word list holds ("Ellery Dunne"); a lone unlisted word
    // may be a field ("Minister for Brexit"), and a listed one is ("Minister for Health", "for Human Rights"). A body's
    // noun before the name says it names a body, whatever follows "for" ("the group Justice for Ossian").
    const personal = this.firstName(this.word(j + 1)) !== undefined || (end - j - 1 === 2 && lexicalTag(this.lower(j + 1)) === undefined && lexicalTag(this.lower(j + 2)) === undefined);
    const introducedAsBody = i > from && ORG_NOMINALS.has(this.word(i - 1));
    if (!(personal || introducedAsBody) || end - j - 1 > 2 || APOSTROPHES.test(this.word(end - 1)) || this.known(j + 1, end) || this.known(i, j)) return i;
    return !this.opensSentence(i, from) || (this.isWord(end, to) && INVERTED_SPEECH.has(this.word(end))) || (end < to && this.word(end) === ',') ? end : i;
  }

  /**
   * "the ruling Georgian Dream party", "the far-right Alternative for Germany party": capitalised words, with "for",
   * "and", "of" between them, before a lower-case kind noun are one organisation's name, whatever their words are (a
   * demonym, "Law", "Justice"); the end of the name, or `i` when no kind noun follows.
   */
  protected namedKindBefore(i: number, to: number): number {
    // "The Kremlin-backed party": an article opening the sentence, or a modifier with a hyphen, names no body.
    if (DETERMINERS.has(this.lower(i))) return i;
    let j = i;
    let last = -1;
    while (this.isWord(j, to)) {
      const w = this.word(j);
      if (/-\p{Ll}[^-]*$/u.test(w)) return i;
      if (capitalised(w) && !APOSTROPHES.test(w)) last = j;
      else if (!((NAME_INNER_WORDS.has(w) || PARTICLES.has(w)) && last === j - 1)) break;
      j++;
    }
    return last >= 0 && last === j - 1 && this.namesBody(i, j, to) && !this.joinsNamesOfTheirOwn(i, j) ? j : i;
  }

  /**
   * Whether "and" in the words `[from, end)` joins names that stand on their own ("Hezbollah and Hamas militias",
   * "Shia and Sunni militias"): a side the lists know or type makes two names, not one body ("Law and Justice").
   */
  protected joinsNamesOfTheirOwn(from: number, end: number): boolean {
    let side = from;
    for (let k = from; k <= end; k++) {
      if (k < end && this.word(k) !== 'and') continue;
      if (side < k && (side > from || k < end) && (this.known(side, k) || this.classify(this.span(side, k)) !== null)) return true;
      side = k + 1;
    }
    return false;
  }

  /** Whether the words `[from, end)` name the body that the kind noun at `end` says ("the Fano militias"). */
  protected namesBody(from: number, end: number, to: number): boolean {
    if (this.kindNounAt(end, to)?.type !== 'ORG') return false;
    // "Shia militias", "Kurdish parties": a lone nationality or place before the noun only describes it.
    const lone = end === from + 1 ? this.classify(this.span(from, end)) : null;
    return !lone || (lone.type !== 'NORP' && !isPlace(lone.type));
  }

  /**
   * "the defector", "the 45-year-old", "the former nurse": a definite noun phrase whose head names a kind of
   * person, with at most four lower-case or numeric modifiers; pushes it and returns the token after it, or `i`.
   */
  protected personNominal(i: number, to: number, pluralOnly: boolean): number {
    for (let k = i + 1; k < to && k <= i + 5; k++) {
      const kind = this.tokens.kinds[k];
      const w = this.word(k);
      if (kind === TokenKind.NUMBER || w === '-') continue;
      if (kind !== TokenKind.WORD || !/^\p{Ll}[\p{Ll}-]*(?:['’]s?)?$/u.test(w)) return i;
      const bare = w.replace(APOSTROPHES, '');
      const gender = GROUP_HEADS.has(bare) ? 'plural' : pluralOnly ? undefined : PERSON_HEADS.get(bare);
      const age = /^(?:\d+-)?year-old$/.test(bare) || (/^year-old$/.test(bare) && k > i + 1);
      if ((gender !== undefined || age) && (APOSTROPHES.test(w) || !this.isWord(k + 1, to) || !this.continuesPhrase(this.lower(k + 1)))) {
        this.mentions.push({ start: this.tokens.starts[i], end: this.bareEnd(k), type: 'PERSON', kind: 'nominal', head: bare, ...(gender ? { agreement: gender } : {}) });
        return k + 1;
      }
      // Only words shaped like modifiers lead the head ("the rescued", "the front-line", "the new council").
      if (PHRASE_ENDERS.has(bare) || APOSTROPHES.test(w) || !(bare.includes('-') || MODIFIER_SHAPE.test(bare) || PLAIN_MODIFIERS.has(bare) || gender !== undefined)) return i;
    }
    return i;
  }

  /**
   * "the Scientology organization", "the New Zealand government": an organisation nominal whose head follows a name
   * of up to three words, the name saying whose it is. Pushes the phrase and the name inside it and returns the
   * token after the phrase, or `i`.
   */
  protected namedOrgNominal(i: number, from: number, to: number): number {
    if (!this.isWord(i + 1, to) || !capitalised(this.word(i + 1))) return i;
    const end = this.nameRun(i + 1, to);
    if (end - i > 4 || !this.isWord(end, to) || APOSTROPHES.test(this.word(end - 1))) return i;
    const headAt = this.bodyHead(end, to);
    if (headAt < 0) return i;
    this.pushNominal(i, headAt);
    // "the Civic Platform party": the name right before a kind noun names that body.
    const modifier = end === i + 2 ? hyphenModifierPrefix(this.word(i + 1)) : null;
    if (modifier) this.hyphenated(i + 1, modifier);
    else if (headAt === end && this.namesBody(i + 1, end, to)) this.push(i + 1, end, { type: 'ORG', kind: 'name', sure: true });
    else this.names(i + 1, end, from, to);
    return headAt + 1;
  }

  /** Whether the word at `j` is an organisation nominal's head that ends its phrase ("council" in "the council said"). */
  protected nominalHeadAt(j: number, to: number): boolean {
    return this.headAt(ORG_NOMINALS, j, to);
  }

  /** Whether the word at `j` is one of `heads` and ends its phrase ("country" in "the country's", "the country said"). */
  protected headAt(heads: { has(word: string): boolean }, j: number, to: number): boolean {
    const word = this.word(j);
    return heads.has(word.replace(APOSTROPHES, '')) && (APOSTROPHES.test(word) || this.endsPhrase(j + 1, to));
  }

  /**
   * "China's commerce ministry", "Russia's government": a body of the country a possessive name names. Pushes the
   * phrase and returns the token of its head, or -1; the name inside is left to the caller.
   */
  protected possessedBody(i: number, end: number, to: number): number {
    const last = this.word(end - 1);
    if (!APOSTROPHES.test(last)) return -1;
    const entries = this.entries(this.span(i, end).replace(/[’']s?$/u, ''));
    const country = entries.some((e) => e.kind === 'country');
    // "Zambaro's health ministry": a name no list knows owning a body only a state has is a country's too.
    if (!country && entries.length > 0) return -1;
    const headAt = this.bodyHead(end, to);
    if (headAt < 0 || (!country && !STATE_ONLY_HEADS.has(this.lower(headAt)))) return -1;
    this.pushNominal(i, headAt);
    return headAt;
  }

  /**
   * The head of an organisation nominal at `k` or after at most two lower-case describing words ("government",
   * "commerce ministry", "national football team"), where the phrase ends there; else -1.
   */
  protected bodyHead(k: number, to: number): number {
    for (let j = k; j < k + 3 && this.isWord(j, to); j++) {
      if (this.nominalHeadAt(j, to)) return j;
      const word = this.word(j);
      const tag = this.tags[j];
      if (capitalised(word) || APOSTROPHES.test(word) || (tag !== UPOS_INDEX.NOUN && tag !== UPOS_INDEX.ADJ)) return -1;
    }
    return -1;
  }

  /**
   * "Voters", "local residents", "Parents said": a plural noun for people with no determiner is a group; the phrase
   * takes up to three lower-case modifiers before it. Pushes it and says whether it did.
   */
  protected bareGroup(i: number, from: number, to: number): boolean {
    const w = this.word(i);
    if (!APOSTROPHES.test(w) && this.isWord(i + 1, to) && this.continuesPhrase(this.lower(i + 1))) return false;
    // "powers to police Big Tech": after "to", a base-form verb with its object is no group of people ("spoke to
    // reporters", "handed it to police for checks" keep theirs).
    if (i > from && this.lower(i - 1) === 'to' && this.tags[i] === UPOS_INDEX.VERB && !w.endsWith('s') && this.isWord(i + 1, to) && OBJECT_OPENERS.has(this.tags[i + 1]!)) return false;
    const previous = this.mentions[this.mentions.length - 1];
    let start = this.tokens.starts[i]!;
    for (let k = i - 1; k >= from && k >= i - 3 && this.tokens.kinds[k] === TokenKind.WORD && this.tokens.starts[k]! >= (previous?.end ?? 0); k--) {
      const before = this.word(k);
      // Participles before a bare plural are most often verbs taking it as object ("encouraging citizens").
      if (!/^\p{Ll}[\p{Ll}-]*$/u.test(before) || PHRASE_ENDERS.has(before) || /(?:ing|ed)$/.test(before) || !(before.includes('-') || MODIFIER_SHAPE.test(before) || PLAIN_MODIFIERS.has(before))) break;
      start = this.tokens.starts[k]!;
    }
    // "Scientology officials", "Afghan voters": a name or nationality right before the phrase belongs to it.
    if (previous && previous.kind !== 'pronoun' && previous.type !== 'PERSON' && /^\s+$/u.test(this.text.slice(previous.end, start))) start = previous.start;
    this.mentions.push({ start, end: this.bareEnd(i), type: 'PERSON', kind: 'nominal', head: this.lower(i).replace(APOSTROPHES, ''), agreement: 'plural' });
    return true;
  }
}
