// Typing a name by the lists: the knowledge base and the bundled lexicons (`typeKnown`, `classify`), cue words
// (`cueType`), given names and gender, kind nouns, and the qualifiers and title words a role is made of.
import { TokenKind } from '../tokens/types.js';
import { UPOS_INDEX } from '../pos/types.js';
import {
  FIRST_NAMES,
  GPE_LAST,
  GROUPS,
  LOC_FIRST,
  LOC_LAST,
  LOCATIVES,
  ORG_FIRST,
  ORG_LAST,
  ORG_NOMINALS,
  KIND_NOUNS,
  MEMBER_NOUNS,
  EVERYDAY_PARTY_WORDS,
  PERSON_ROLE_WORDS,
  OTHER_FIRST,
  OTHER_LAST,
  PLACE_NOUNS,
  HEAD_PREPOSITIONS,
  isListedOrganisation,
  lookup,
  placeType,
  type KindNoun,
} from './lexicon.js';
import type { LexiconEntry } from '../../kb/types.js';
import type { Agreement, EntityType } from './types.js';
import { GROUP_HEADS, APOSTROPHES, BODY_OR_EVENT_HEADS, PLURAL_NOUN, capitalised, PROPN, NOUN } from './words.js';
import { DocumentContext } from './context.js';

/** The typing of one name. */
export interface Typed {
  type: EntityType;
  kind: 'name' | 'demonym';
  kbId?: string;
  metonymFor?: string;
  agreement?: Agreement;
  /** The type rests on evidence (knowledge base, lexicon, cue word), not on a default. */
  sure: boolean;
  /** Include the article before the name ("the Kremlin"). */
  withArticle?: boolean;
  /** Dropped unless the document pass finds the name elsewhere. */
  weak?: boolean;
  /** Typed by shape alone, with no word around it to say what it is; outvoted by any repetition typed by context. */
  fallback?: boolean;
  /** The country a place lies in. */
  country?: string;
  /** No known name inside is a mention of its own: the caller pushes what it holds ("Georgia" in "Georgia Tech" is no country). */
  whole?: true;
  /** A city of the places file, which takes no article: "the Dnipro" is the river. */
  city?: true;
}

/** What the lists say a span of tokens is, each surface form looked up once per document. */
export class NameTyping extends DocumentContext {
  /** Surface form → what the lists say it is; names repeat, so each is looked up once per document. */
  protected readonly knownCache = new Map<string, Typed | null>();
  protected readonly entryCache = new Map<string, LexiconEntry[]>();
  /** Per document: whether a surname is a serving official's. */
  protected readonly servingCache = new Map<string, boolean>();
  /** The kind noun phrase at token `j` ("militias", "news agency"), if one is there. */
  protected kindNounAt(j: number, to: number): KindNoun | undefined {
    if (!this.isWord(j, to)) return undefined;
    return KIND_NOUNS.get(this.word(j))?.find((kind) => kind.words.every((w, n) => this.isWord(j + n, to) && this.word(j + n) === w));
  }

  /** Country, nationality, organisation or seat naming whose office a title is ("US", "Russian", "NATO", "Kremlin"). */
  protected qualifier(i: number, to: number): { of: string; end: number; entry: LexiconEntry } | undefined {
    if (!this.isWord(i, to) || !capitalised(this.word(i)) || !this.mayStartName(i)) return undefined;
    for (let len = Math.min(3, to - i); len >= 1; len--) {
      let ok = true;
      for (let k = i; k < i + len; k++) if (!this.isWord(k, to) || (k < i + len - 1 && APOSTROPHES.test(this.word(k)))) ok = false;
      if (!ok) continue;
      if (len >= 2 && !this.mayStartPair(i)) continue;
      for (const entry of this.entries(this.span(i, i + len))) {
        if (entry.kind === 'country' || entry.kind === 'demonym' || entry.kind === 'seat') return { of: entry.id, end: i + len, entry };
        if (entry.kind === 'organisation') {
          const org = this.kb.organisation(entry.id);
          if (org) return { of: org.code, end: i + len, entry };
        }
      }
    }
    return undefined;
  }

  /** Longest title in the title trie starting at token `i`; returns the token after it, or -1. */
  protected titleWords(i: number, to: number): number {
    let node = this.index.titles;
    let last = -1;
    for (let k = i; k < to && this.tokens.kinds[k] === TokenKind.WORD; k++) {
      const next = node.next.get(this.lower(k).replace(APOSTROPHES, ''));
      if (!next) break;
      node = next;
      if (node.end) last = k + 1;
      if (APOSTROPHES.test(this.word(k))) break;
    }
    return last;
  }

  /** Whether the tokens `[from, to)` are a name the knowledge base or a bundled list knows. */
  protected known(from: number, to: number): boolean {
    return this.typeKnown(from, to) !== undefined;
  }

  /** Type of a known name; capitals and seats stand for their government unless the text places something there. */
  protected typeKnown(from: number, to: number): Typed | undefined {
    if (!this.mayStartName(from) || (to - from >= 2 && !this.mayStartPair(from))) return undefined;
    const text = this.span(from, to);
    let known = this.knownCache.get(text);
    if (known === undefined) {
      known = this.classify(text);
      this.knownCache.set(text, known);
    }
    if (known === null) return undefined;
    if (known.kind === 'demonym' && EVERYDAY_PARTY_WORDS.has(text) && this.everydayAdjectiveAt(from, to)) return undefined;
    const before = from > 0 && this.tokens.kinds[from - 1] === TokenKind.WORD ? this.lower(from - 1) : '';
    if (known.city) return before === 'the' && !this.describesNounAfter(to) ? { type: 'LOC', kind: 'name', sure: true } : known;
    if (known.metonymFor === undefined) return known;
    // Seats take their article ("the Kremlin"); capitals stand for their government unless the text places something there.
    if (known.withArticle !== undefined) return { ...known, withArticle: before === 'the' };
    return LOCATIVES.has(before) || this.opensDateline(from, to) ? { type: known.type, kind: known.kind, sure: true, ...(known.country ? { country: known.country } : {}) } : known;
  }

  /**
   * Whether the party word `[from, to)` that is an everyday adjective too is the adjective: opening a sentence before a
   * lower-case word for no people ("Conservative estimates put ..."); "Conservative MPs" and "Conservative Gareth Holm"
   * are the party's people.
   */
  protected everydayAdjectiveAt(from: number, to: number): boolean {
    const sentenceStart = this.tokens.sentenceStart[this.tokens.sentence[from]!]!;
    if (!this.opensSentence(from, sentenceStart) || to >= this.tokens.count || this.tokens.kinds[to] !== TokenKind.WORD) return false;
    const next = this.word(to);
    return !capitalised(next) && !this.namesPeople(next) && !GROUP_HEADS.has(next) && !MEMBER_NOUNS.has(next);
  }

  /**
   * Whether the name ending before token `to` describes a noun after it ("the Dnipro city council", "the Zaporizhzhia
   * nuclear plant", "the Adre crossing"), so that an article before it belongs to that noun.
   */
  protected describesNounAfter(to: number): boolean {
    const tag = this.tags[to];
    if (to >= this.tokens.count || this.tokens.kinds[to] !== TokenKind.WORD) return false;
    return tag === NOUN || tag === PROPN || tag === UPOS_INDEX.ADJ || this.kindNounAt(to, this.tokens.count) !== undefined;
  }

  /** The knowledge base's meanings of a surface form, looked up once per document. */
  protected entries(text: string): LexiconEntry[] {
    let found = this.entryCache.get(text);
    if (!found) {
      found = lookup(this.index, text);
      this.entryCache.set(text, found);
    }
    return found;
  }

  /** Whether tokens `i` and `i + 1` may start a many-word known name ("New York", "Security Council"). */
  protected mayStartPair(i: number): boolean {
    const cached = this.startsPair[i];
    if (cached !== 0) return cached === 1;
    const answer = this.checkPair(i);
    this.startsPair[i] = answer ? 1 : 2;
    return answer;
  }

  protected checkPair(i: number): boolean {
    const a = this.lower(i);
    const b = this.lower(i + 1);
    if (!/^[a-z.'’]+$/.test(a) || !/^[a-z.'’]+$/.test(b)) return true;
    return this.index.firstPairs.has(`${a.replace(/\./g, '')} ${b.replace(/['’]s?$/, '').replace(/\./g, '')}`);
  }

  /** Whether a known name may start at token `i`: its first word starts some knowledge-base or listed name. */
  protected mayStartName(i: number): boolean {
    const cached = this.startsName[i];
    if (cached !== 0) return cached === 1;
    const answer = this.checkStart(i);
    this.startsName[i] = answer ? 1 : 2;
    return answer;
  }

  protected checkStart(i: number): boolean {
    const lower = this.lower(i);
    // Only plain ASCII words are checked against the first-word index; anything else goes to the full lookup.
    if (!/^[a-z.'’]+$/.test(lower)) return true;
    return this.index.firstWords.has(lower.replace(/['’]s?$/, '').replace(/\./g, ''));
  }

  /** What a surface form is by the knowledge base and the bundled lists, before context; null when unknown. */
  protected classify(text: string): Typed | null {
    const entries = this.entries(text);
    const pick = (kind: LexiconEntry['kind']): LexiconEntry | undefined => entries.find((e) => e.kind === kind);
    let entry: LexiconEntry | undefined;
    if ((entry = pick('person'))) {
      const person = this.kb.person(entry.id);
      return { type: 'PERSON', kind: 'name', kbId: entry.id, sure: true, ...(person?.gender ? { agreement: person.gender } : {}) };
    }
    if ((entry = pick('country'))) return { type: 'GPE', kind: 'name', kbId: entry.id, sure: true };
    if ((entry = pick('organisation'))) return { type: 'ORG', kind: 'name', kbId: entry.id, sure: true };
    if ((entry = pick('seat'))) return { type: 'ORG', kind: 'name', metonymFor: entry.id, sure: true, withArticle: false };
    if ((entry = pick('capital'))) return { type: 'GPE', kind: 'name', sure: true, metonymFor: entry.id, country: entry.id };
    if ((entry = pick('demonym'))) return { type: 'NORP', kind: 'demonym', kbId: entry.id, sure: true };
    // A region of a country ("California") is a place of its own, not the country; one that governs nothing
    // ("Siberia", "the Negev", listed as natural places) is LOC.
    if ((entry = pick('region'))) return { type: placeType(text) === 'LOC' ? 'LOC' : 'GPE', kind: 'name', sure: true, country: entry.id, ...(entry.city ? { city: true as const } : {}) };
    const place = placeType(text);
    if (place) return { type: place, kind: 'name', sure: true };
    if (isListedOrganisation(text)) return { type: 'ORG', kind: 'name', sure: true };
    if (GROUPS.has(text)) return { type: 'NORP', kind: 'demonym', sure: true };
    return null;
  }

  /** Type by cue words alone, or undefined. */
  protected cueType(from: number, to: number): Typed | undefined {
    const first = this.word(from);
    const last = this.word(to - 1).replace(APOSTROPHES, '');
    // "Commission on Human Rights": an organisation's head before "of/on/for" outweighs an event's last word.
    const headOf = this.headBeforeOf(from, to, HEAD_PREPOSITIONS);
    if (headOf) return { type: headOf, kind: 'name', sure: true };
    if ((OTHER_LAST.has(last) || OTHER_FIRST.has(first)) && to - from >= 2) return { type: 'OTHER', kind: 'name', sure: true };
    if (ORG_LAST.has(last) || (ORG_FIRST.has(first) && to - from >= 2)) return { type: 'ORG', kind: 'name', sure: true };
    if (GPE_LAST.has(last) && to - from >= 2) return { type: 'GPE', kind: 'name', sure: true };
    // "USA Track & Field": words an ampersand joins name a body, not a natural feature.
    if ((LOC_LAST.has(last) || LOC_FIRST.has(first)) && to - from >= 2) return { type: this.ampersandIn(from, to) > from ? 'ORG' : 'LOC', kind: 'name', sure: true };
    return undefined;
  }

  /**
   * The type the word before a run's first preposition of `prepositions` heads: an organisation ("Intergovernmental Authority on
   * Development"), an event when the word also ends events' names ("Summit of the Americas"), or a governed place.
   */
  protected headBeforeOf(from: number, to: number, prepositions: ReadonlySet<string>): 'ORG' | 'OTHER' | 'GPE' | undefined {
    for (let k = from + 1; k + 1 < to; k++) {
      if (!prepositions.has(this.word(k))) continue;
      const head = this.word(k - 1);
      // "United States Conference of Mayors": a head of bodies and events before people in the plural heads a body.
      if (BODY_OR_EVENT_HEADS.has(head) && this.peopleInPluralAt(k + 1, to)) return 'ORG';
      if (OTHER_LAST.has(head)) return 'OTHER';
      if (ORG_LAST.has(head)) return 'ORG';
      // "London Borough of Tower Hamlets": a place's name, its kind and "of" name one governed place, unless a body's or
      // an event's word ends the run ("City of London Police"); a run opening with the kind ("Municipality of X") is
      // left to the place after "of", the name the benchmarks mark.
      const last = this.word(to - 1).replace(APOSTROPHES, '');
      return k - 1 > from && GPE_LAST.has(head) && !ORG_LAST.has(last) && !OTHER_LAST.has(last) ? 'GPE' : undefined;
    }
    return undefined;
  }

  /**
   * Whether the words from token `k` of a run ending at `to`, up to its next small word, end in a noun for people in
   * the plural ("Mayors", "Catholic Bishops", "Harbour Masters").
   */
  protected peopleInPluralAt(k: number, to: number): boolean {
    let last = k < to && this.word(k) === 'the' ? k + 1 : k;
    while (last + 1 < to && capitalised(this.word(last + 1))) last++;
    return last < to && (PLURAL_NOUN.test(this.lower(last)) || this.namesPeople(this.lower(last)));
  }

  /** Whether a lone word names a person: a serving surname, a given name or a knowledge-base person's surname. */
  protected namesPerson(word: string): boolean {
    return this.servingSurname(word) || this.firstName(word) !== undefined || this.kb.personBySurname(word).length > 0;
  }

  /** Whether a word is a given name: a listed one or a knowledge-base person's; `null` when its gender is unknown. */
  protected firstName(word: string): Agreement | null | undefined {
    return FIRST_NAMES.has(word) ? FIRST_NAMES.get(word) : this.index.firstNames.get(word);
  }

  /**
   * The gender a name's given name marks. A surname that is also a given name marks none after a first word no list
   * knows that ends in "-a", as women's given names do in many languages ("Mirela Stan"), or after a given name of
   * either gender ("Jan Marisol"); after any other, it stands ("Manju Sam").
   */
  protected genderOf(from: number, to: number): Agreement | undefined {
    for (let k = from; k < to; k++) {
      if (k === to - 1 && k > from && /a$/u.test(this.word(from))) break;
      const g = this.firstName(this.word(k));
      if (g) return g;
      if (k === from && g === null) return undefined;
    }
    return undefined;
  }

  /** The type a common noun gives a name it introduces ("village": GPE, "gang": ORG, "officer": PERSON), if any. */
  protected kindOfNoun(noun: string): 'PERSON' | KindNoun['type'] | undefined {
    const kind = this.singleKind(noun);
    if (kind) return kind;
    if (ORG_NOMINALS.has(noun)) return 'ORG';
    if (PLACE_NOUNS.has(noun)) return 'GPE';
    return PERSON_ROLE_WORDS.has(noun) ? 'PERSON' : undefined;
  }

  /** The type a one-word kind noun gives the name it stands with ("party": ORG, "island": LOC), if it is one. */
  protected singleKind(noun: string): KindNoun['type'] | undefined {
    return KIND_NOUNS.get(noun)?.find((phrase) => phrase.words.length === 1)?.type;
  }

  /** Whether a common noun, singular or plural, is one for people ("officer", "prosecutors"). */
  protected namesPeople(noun: string): boolean {
    return this.kindOfNoun(noun) === 'PERSON' || this.kindOfNoun(noun.replace(/s$/u, '')) === 'PERSON';
  }

  /** Whether someone with this surname holds an office on the article's date. */
  protected servingSurname(word: string): boolean {
    if (!this.date) return false;
    let serving = this.servingCache.get(`surname:${word}`);
    if (serving === undefined) {
      serving = this.kb.personBySurname(word).some((p) => this.kb.rolesOf(p.id, this.date).length > 0);
      this.servingCache.set(`surname:${word}`, serving);
    }
    return serving;
  }
}
