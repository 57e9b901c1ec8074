// One document's text, tokens and tags as the mentions stage reads them: each token's word sliced and lower-cased once,
// the token predicates every other file asks (`word`, `lower`, `isWord`, `span`, `properNoun`, ...), the state of the
// line being read and the document's word sets, each built once on first need.
import { datelineEnd } from '../../doc/dateline.js';
import { TokenKind, type TokenLayer } from '../tokens/types.js';
import { UPOS_INDEX } from '../pos/types.js';
import { PERSON_HEADS, SPEECH_VERBS, kbIndex, type KbIndex } from './lexicon.js';
import type { KnowledgeBase } from '../../kb/types.js';
import type { EntityType, Mention } from './types.js';
import {
  DETERMINERS,
  PHRASE_ENDERS,
  GROUP_HEADS,
  COMPOUND_TAILS,
  TITLE_CASE_LOWER,
  OPENING_MARKS,
  APOSTROPHES,
  TICKER,
  capitalised,
  PROPN,
  isApostrophe,
  isAcronym,
} from './words.js';

/** The document one finder walks, with the mentions found so far; the base of the stage's chain of readers. */
export class DocumentContext {
  readonly mentions: Mention[] = [];
  protected readonly unsure = new Set<Mention>();
  protected readonly wordAt: (string | undefined)[];
  protected readonly lowerAt: (string | undefined)[];
  /** Per token: 0 not yet known, 1 a known name may start here, 2 none may (one byte per token, no objects). */
  protected readonly startsName: Uint8Array;
  /** Per token: the same for the two words from here. */
  protected readonly startsPair: Uint8Array;
  protected readonly weak = new Set<Mention>();
  /** Mentions typed by shape alone (see `Typed.fallback`). */
  protected readonly fallbacks = new Set<Mention>();
  /** Last words of the person names of two words or more found so far ("Price" of "Jonah Price"), kept by `push`. */
  protected readonly surnamesSoFar = new Set<string>();
  /** The token right after each name its context typed, by that type, so that the next items of its list take it too ("in Amharic and Oromo"). */
  protected readonly listTypes = new Map<number, EntityType>();
  protected readonly index: KbIndex;

  constructor(
    protected readonly text: string,
    protected readonly tokens: TokenLayer,
    /** One Universal POS tag number per token (the pos layer). */
    protected readonly tags: Uint8Array,
    protected readonly kb: KnowledgeBase,
    /** The article's date (YYYY-MM-DD), for who is in office. */
    protected readonly date: string | undefined,
  ) {
    this.index = kbIndex(kb);
    this.startsName = new Uint8Array(tokens.count);
    this.wordAt = new Array(tokens.count);
    this.lowerAt = new Array(tokens.count);
    this.startsPair = new Uint8Array(tokens.count);
  }

  /** Token `i`'s text; each token is sliced once per document. */
  protected word(i: number): string {
    let w = this.wordAt[i];
    if (w === undefined) {
      w = this.text.slice(this.tokens.starts[i], this.tokens.ends[i]);
      this.wordAt[i] = w;
    }
    return w;
  }

  /** Token `i`'s text in lower case, made once per document. */
  protected lower(i: number): string {
    let w = this.lowerAt[i];
    if (w === undefined) {
      const word = this.word(i);
      w = capitalised(word) || /\p{Lu}/u.test(word) ? word.toLowerCase() : word;
      this.lowerAt[i] = w;
    }
    return w;
  }

  protected isWord(i: number, end: number): boolean {
    return i < end && this.tokens.kinds[i] === TokenKind.WORD;
  }

  /** End offset of token `i` without a possessive "'s" or a trailing apostrophe. */
  protected bareEnd(i: number): number {
    const w = this.word(i);
    const m = APOSTROPHES.exec(w);
    return m && m.index > 0 ? this.tokens.starts[i] + m.index : this.tokens.ends[i];
  }

  /** The text of tokens `[from, to)` with a possessive on the last one dropped. */
  protected span(from: number, to: number): string {
    return this.text.slice(this.tokens.starts[from], this.bareEnd(to - 1));
  }

  /** Whether the tagger reads token `i` as a proper noun. */
  protected properNoun(i: number): boolean {
    return this.tags[i] === PROPN;
  }

  /** Whether the tagger reads tokens `i` and `i + 1` of the run ending at `to` as one proper noun ("Will Smith", "Grace Lee"). */
  protected properNounRun(i: number, to: number): boolean {
    return i + 1 < to && this.properNoun(i) && this.properNoun(i + 1);
  }

  /** Whether token `i` opens its sentence (possibly after an opening quote or a colon). */
  protected opensSentence(i: number, sentenceStart: number): boolean {
    if (i === sentenceStart) return true;
    // "PORTO ALEGRE, Brazil (Wire) — Torrential rain ...": the word after a dateline opens the story's first sentence.
    if (i > sentenceStart && this.tokens.starts[i] === this.datelineEndOf(sentenceStart)) return true;
    const before = i - 1;
    return this.tokens.kinds[before] === TokenKind.PUNCT && OPENING_MARKS.has(this.word(before)) && (before === sentenceStart || this.opensSentence(before, sentenceStart) || this.word(before) === ':' || this.word(before) === '“' || this.word(before) === '"');
  }

  /** "US$ 40", "NZ $ 26", "9.99 US dollars": a country's code marking a currency is no mention of the country. */
  protected currencyPrefix(i: number, to: number): boolean {
    if (i + 1 >= to) return false;
    const next = this.word(i + 1);
    return next === '$' || next.startsWith('$') || ((next === 'dollars' || next === 'dollar') && isAcronym(this.word(i)));
  }

  /** Whether a lower-cased word is the possessive of a plural noun for people ("voters'", "people's"); no regex on the common path. */
  protected possessiveGroupHead(lower: string): boolean {
    const n = lower.length;
    const possessive = isApostrophe(lower.charCodeAt(n - 1)) || (lower.charCodeAt(n - 1) === 115 && isApostrophe(lower.charCodeAt(n - 2)));
    return possessive && GROUP_HEADS.has(lower.replace(APOSTROPHES, ''));
  }

  /** Whether a word after a person noun makes that noun a modifier ("the student union", "the 45-year-old defector"). */
  protected continuesPhrase(next: string): boolean {
    return COMPOUND_TAILS.has(next) || PERSON_HEADS.has(next) || GROUP_HEADS.has(next);
  }

  /** Whether the noun phrase ends before token `i`. */
  protected endsPhrase(i: number, to: number): boolean {
    if (i >= to || this.tokens.kinds[i] !== TokenKind.WORD) return true;
    const next = this.word(i);
    // A function word or a verb follows the head ("the council said", "the council adjourned", "the ministry cut");
    // an "-ing" word the tagger calls a verb may be a noun the head describes ("the police shooting").
    const verb = (this.tags[i] === UPOS_INDEX.VERB || this.tags[i] === UPOS_INDEX.AUX) && !next.endsWith('ing');
    return PHRASE_ENDERS.has(next.toLowerCase()) || /^\p{Ll}+ed$/u.test(next) || verb;
  }

  /** Dateline ends by the token opening their sentence. */
  protected readonly datelineEnds = new Map<number, number>();

  /** Where the dateline of the sentence opening at token `sentenceStart` ends (its start when it has none), looked up once. */
  protected datelineEndOf(sentenceStart: number): number {
    let end = this.datelineEnds.get(sentenceStart);
    if (end === undefined) {
      end = datelineEnd(this.text, this.tokens.starts[sentenceStart]!, this.tokens.sentence[sentenceStart]!);
      this.datelineEnds.set(sentenceStart, end);
    }
    return end;
  }

  /** Whether tokens `[from, to)` are the place of a wire dateline opening one of the first sentences ("ANKARA, 14 March -"). */
  protected opensDateline(from: number, to: number): boolean {
    const sentence = this.tokens.sentence[from]!;
    if (this.tokens.sentenceStart[sentence] !== from) return false;
    const start = this.tokens.starts[from]!;
    return this.tokens.ends[to - 1]! <= datelineEnd(this.text, start, sentence);
  }

  /** The token of the noun that may describe the name at `from`: the word before it, or before a comma before it ("airline, Ryanair"). */
  protected nounBefore(from: number, sFrom: number): number {
    return from > sFrom && this.word(from - 1) === ',' ? from - 2 : from - 1;
  }

  /** Whether an exchange and a ticker in brackets follow the name ending at token `to` ("(Nasdaq: HLVB)", "(NYSE: KO)"). */
  protected tickerAfter(to: number, sTo: number): boolean {
    return to + 4 < sTo && this.word(to) === '(' && capitalised(this.word(to + 1)) && this.word(to + 2) === ':' && TICKER.test(this.word(to + 3)) && this.word(to + 4) === ')';
  }

  /** Whether the sentence being read is written in title case (`isTitleCaseSpan`, as the quotes stage reads it) or is the headline. */
  protected titleCase = false;
  /** Whether the sentence being read is a title-cased headline ("Apple Unveils New Laptops"). */
  protected headline = false;
  /** Whether the words being read follow the verb that ended a name in a title-case line (see `headlineVerbAt`). */
  protected afterTitleVerb = false;
  /** Where the text's headline ends when it is written in title case (0 for none). */
  protected titleCaseHeadlineEnd = 0;

  /** Whether tokens `[from, to)` are a short title-cased line: three or more long words after the first, none in lower case. */
  protected titleCased(from: number, to: number): boolean {
    if (to - from > 30) return false;
    let capitals = 0;
    for (let i = from + 1; i < to; i++) {
      if (this.tokens.kinds[i] !== TokenKind.WORD || this.tokens.ends[i] - this.tokens.starts[i] < 4) continue;
      const w = this.word(i);
      if (capitalised(w)) capitals++;
      else if (!TITLE_CASE_LOWER.has(w)) return false;
    }
    return capitals >= 3;
  }

  /**
   * Whether tokens `[from, to)` end in a full stop and hold a verb in lower case: a headline has neither, as it drops
   * its full stop and title case capitalises its verbs ("Mayor Says City Will Fund New Council").
   */
  protected readsAsProse(from: number, to: number): boolean {
    if (to - from < 2 || this.word(to - 1) !== '.') return false;
    for (let i = from + 1; i < to - 1; i++) {
      const tag = this.tags[i];
      if ((tag === UPOS_INDEX.VERB || tag === UPOS_INDEX.AUX) && this.tokens.kinds[i] === TokenKind.WORD && !capitalised(this.word(i))) return true;
    }
    return false;
  }

  /** Whether the word `[p, to)` is a possessive or is followed by a comma or a verb of speech ("Baker's", "Baker, who", "Baker said"). */
  protected marksPersonAfter(p: number, to: number): boolean {
    if (/['’]s$/u.test(this.word(p))) return true;
    if (to >= this.tokens.count) return false;
    return this.word(to) === ',' || (this.tokens.kinds[to] === TokenKind.WORD && SPEECH_VERBS.has(this.word(to)));
  }

  /** Whether "the" or "a" comes right before token `i`. */
  protected afterArticle(i: number): boolean {
    return i > 0 && this.tokens.kinds[i - 1] === TokenKind.WORD && DETERMINERS.has(this.lower(i - 1));
  }

  protected lowerWords: Set<string> | undefined;
  protected capitalSet: Set<string> | undefined;

  /** The document's capitalised words, built once on first need. */
  protected capitalWords(): Set<string> {
    if (!this.capitalSet) {
      this.capitalSet = new Set();
      for (let i = 0; i < this.tokens.count; i++) if (this.tokens.kinds[i] === TokenKind.WORD && capitalised(this.word(i))) this.capitalSet.add(this.word(i));
    }
    return this.capitalSet;
  }

  protected midCapitals: Set<string> | undefined;

  /** The capitalised words the document uses after the first token of a sentence, built once on first need. */
  protected capitalisedMidSentence(): Set<string> {
    if (!this.midCapitals) {
      this.midCapitals = new Set();
      const { tokens } = this;
      for (let i = 0; i < tokens.count; i++) {
        if (tokens.kinds[i] !== TokenKind.WORD || !capitalised(this.word(i))) continue;
        const sFrom = tokens.sentenceStart[tokens.sentence[i]!]!;
        if (!this.opensSentence(i, sFrom)) this.midCapitals.add(this.word(i));
      }
    }
    return this.midCapitals;
  }

  /** Whether the word occurs in lower case elsewhere in the document, so its capital is the sentence's. */
  protected appearsInLowerCase(lower: string): boolean {
    if (!this.lowerWords) {
      // Built once, on first need, from the tokens that start with a lower-case letter.
      this.lowerWords = new Set();
      const { tokens } = this;
      for (let i = 0; i < tokens.count; i++) {
        const code = this.text.charCodeAt(tokens.starts[i]);
        if (tokens.kinds[i] === TokenKind.WORD && ((code >= 97 && code <= 122) || (code > 127 && !capitalised(this.text[tokens.starts[i]]!)))) this.lowerWords.add(this.word(i));
      }
    }
    return this.lowerWords.has(lower);
  }

  /** The token of the first ampersand in `[from, to)`, or -1. */
  protected ampersandIn(from: number, to: number): number {
    for (let k = from; k < to; k++) if (this.word(k) === '&') return k;
    return -1;
  }

  /** Whether a word of the tokens `[from, to)` passes the test. */
  protected anyWord(from: number, to: number, test: (word: string) => boolean): boolean {
    for (let k = from; k < to; k++) if (test(this.word(k).replace(APOSTROPHES, ''))) return true;
    return false;
  }
}
