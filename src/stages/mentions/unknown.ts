// Typing a name no list knows, by the words around it (`unknown`): apposition, kind nouns, motion and publishing words,
// a place beside it, a person named before by the surname.
import { TokenKind } from '../tokens/types.js';
import { UPOS_INDEX } from '../pos/types.js';
import {
  COMMON_OPENERS,
  LOCATIVES,
  NOT_NAMES,
  ORG_NOMINALS,
  MEMBER_NOUNS,
  MOTION_WORDS,
  RECIPIENT_MOTION_VERBS,
  COMPANY_NOUNS,
  TRADE_NOUNS,
  COMPANY_SHAPE,
  SHIP_NOUNS,
  PUBLICATION_WORDS,
  TITLED_PUBLICATION_WORDS,
  RESIDENT_NOUNS,
  SEAT_HOLDERS,
  PERSON_ROLE_WORDS,
  PLACE_NOUNS,
  SPEECH_VERBS,
  LANGUAGES,
  ARRIVAL_WORDS,
  type KindNoun,
} from './lexicon.js';
import {
  INVERTED_SPEECH,
  APOSTROPHES,
  LOWER_COMPASS_POINTS,
  PERSON_NOUNS,
  APPOSITION_ARTICLES,
  AFTER_APPOSED_NOUN,
  INNER_CAPITAL,
  INITIALS,
  COMPANY_PARTICIPLES,
  TO_PEOPLE_TOO,
  NAMING_VERBS,
  PLURAL_NOUN,
  capitalised,
  PROPN,
  NOUN,
  NEVER_NAME_TAGS,
  isPlace,
  isAcronym,
} from './words.js';
import type { Typed } from './typing.js';
import { MentionRecorder } from './recording.js';

/** Types the names the lists do not know from their context. */
export class ContextTyping extends MentionRecorder {
  /**
   * The type a kind noun after the name ending at `to` gives it ("the Dnipropetrovsk region", "the Adre crossing"),
   * also across a second name ("Surin and Sisaket provinces"); none when a word for a governed place only describes
   * the noun after it ("the X state media").
   */
  protected kindAfter(to: number, sTo: number): KindNoun['type'] | undefined {
    let k = to;
    if (this.isWord(k + 1, sTo) && this.word(k) === 'and' && capitalised(this.word(k + 1))) k = this.nameRun(k + 1, sTo);
    const kind = this.kindNounAt(k, sTo);
    // "the Victorian state government": a word for a governed place may only describe the noun after it.
    if (!kind || (kind.type === 'GPE' && this.isWord(k + kind.words.length, sTo) && this.tags[k + kind.words.length] === NOUN)) return undefined;
    return kind.type;
  }

  /**
   * "Spokesman He Yadong said": a capitalised "He" inside a sentence before a capitalised word the tagger calls a
   * proper noun is the Chinese surname He, opening a name, not the pronoun.
   */
  protected surnameHe(i: number, from: number, to: number): boolean {
    return this.word(i) === 'He' && !this.opensSentence(i, from) && this.isWord(i + 1, to) && capitalised(this.word(i + 1)) && this.tags[i + 1] === PROPN;
  }

  /**
   * Types a name no list knows, by its shape and neighbours. `afterKnown`: a known name leads the same run
   * ("Asia-Pacific Economic Cooperation"), so the rest is unlikely to be a person.
   */
  protected unknown(from: number, to: number, sFrom: number, sTo: number, afterKnown: boolean): void {
    const cue = this.cueType(from, to);
    if (cue) return this.push(from, to, cue);
    const kind = this.kindAfter(to, sTo) ?? this.kindNamed(from, to, sFrom, sTo);
    if (kind) return this.push(from, to, { type: kind, kind: 'name', sure: true, ...(kind === 'PERSON' ? { agreement: this.genderOf(from, to) } : {}) });
    // "Fidesz lawmakers", "National Rally leader": a noun for a body's people after a name makes it that body.
    // "Congressional lawmakers": an adjective only describes them; "a Sunak spokesman": a person's surname or given
    // name names the person whose people they are.
    if (this.isWord(to, sTo) && MEMBER_NOUNS.has(this.word(to)) && this.tags[to - 1] !== UPOS_INDEX.ADJ) {
      if (to - from === 1 && this.namesPerson(this.word(from))) return this.push(from, to, { type: 'PERSON', kind: 'name', agreement: this.genderOf(from, to), sure: false });
      return this.push(from, to, { type: 'ORG', kind: 'name', sure: false });
    }
    const first = this.word(from);
    // "in Kvemo Kartli", "leaders in Sweida said", "crossed into Mae Sot": a name after "in", "near" or "into" is a
    // place, whatever follows it.
    const before = from > sFrom && this.tokens.kinds[from - 1] === TokenKind.WORD ? this.word(from - 1) : '';
    // "south of Crete": a compass word and "of" place what follows.
    const compassOf = before === 'of' && from - 2 >= sFrom && LOWER_COMPASS_POINTS.has(this.lower(from - 2));
    const placedHere = before === 'in' || before === 'near' || before === 'into' || compassOf;
    // "flew to X" is a weaker sign than "in X": a guess that any repetition typed by its own context outvotes.
    const moved = !placedHere && this.afterMotion(from, sFrom);
    const placed: Typed | undefined = (placedHere || moved) && to - from <= 3 && !INITIALS.test(first) ? { type: 'GPE', kind: 'name', sure: false, ...(moved ? { fallback: true } : {}) } : undefined;
    // "an analyst at Brevik Maritime Intelligence": where someone works is an organisation.
    if (before === 'at' && from - 2 >= sFrom && PERSON_ROLE_WORDS.has(this.lower(from - 2).replace(/s$/, ''))) return this.push(from, to, { type: 'ORG', kind: 'name', sure: false });
    // "shares of Antofagasta", "a stake in Zalando": what is owned in shares is a company.
    if ((before === 'of' || before === 'in') && from - 2 >= sFrom && COMPANY_NOUNS.has(this.lower(from - 2))) return this.push(from, to, { type: 'ORG', kind: 'name', sure: false });
    // "published in Nature Geoscience", "writing in the Harbour Review": where words are published is a publication.
    if (this.publishedIn(from, to, sFrom) || this.outletAfter(from, sFrom)) return this.push(from, to, { type: 'ORG', kind: 'name', sure: false });
    // "Halvorsen Biotherapeutics (Nasdaq: HLVB)": a name with an exchange and a ticker in brackets is a listed company.
    if (this.tickerAfter(to, sTo)) return this.push(from, to, { type: 'ORG', kind: 'name', sure: false });
    // "Coahuila and Guanajuato", "Depsang and Demchok": a name joined to a place by "and" is a place too.
    const joined = this.placeJoinedBefore(from, sFrom);
    if (joined) return this.push(from, to, { type: joined, kind: 'name', sure: false });
    // The noun before the name says what it names ("group Civic Passion", "airline, Ryanair", "politician Raymond Wong").
    const nounAt = this.nounBefore(from, sFrom);
    const noun = nounAt >= sFrom && this.tokens.kinds[nounAt] === TokenKind.WORD ? this.word(nounAt) : '';
    if (ORG_NOMINALS.has(noun)) return this.push(from, to, { type: 'ORG', kind: 'name', sure: false });
    if (PERSON_NOUNS.has(noun)) return this.push(from, to, { type: 'PERSON', kind: 'name', agreement: this.genderOf(from, to), sure: false });
    // "A diplomat in Kastel, who spoke ...": after "in" the relative goes back to the noun before it, not to the place.
    if (!placedHere && this.personApposition(to, sTo)) return this.push(from, to, { type: 'PERSON', kind: 'name', agreement: this.genderOf(from, to), sure: false });
    if (this.organisationApposition(to, sTo)) return this.push(from, to, { type: 'ORG', kind: 'name', sure: false });
    // "Zalando, based in Berlin,", "Bharti Airtel, controlled by ...": what is based, owned or listed is a company.
    if (to + 1 < sTo && this.word(to) === ',' && COMPANY_PARTICIPLES.has(this.lower(to + 1))) return this.push(from, to, { type: 'ORG', kind: 'name', sure: false });
    // "Ivy Lam of the Harbour Party", "Ed Morse of The Gulls": what a person is "of" is their organisation.
    if (noun === 'of' && this.personEndsAt(from - 1)) return this.push(from, to, { type: 'ORG', kind: 'name', sure: false });
    // "the MP for Hackney North", "councillor for Dalston": the seat a representative holds is a place.
    if (noun === 'for' && nounAt > sFrom && SEAT_HOLDERS.has(this.lower(nounAt - 1))) return this.push(from, to, { type: 'GPE', kind: 'name', sure: false });
    // "the town of Xanadu", "the province of Zembla", "residents of Peckham": a noun for a governed place, or for the
    // people who live somewhere, names a place; "the island of Zembla" a natural feature (the kind nouns' LOC).
    const ofNoun = noun === 'of' && nounAt > sFrom ? this.lower(nounAt - 1) : '';
    if (PLACE_NOUNS.has(ofNoun) || RESIDENT_NOUNS.has(ofNoun)) return this.push(from, to, { type: this.singleKind(ofNoun) === 'LOC' ? 'LOC' : 'GPE', kind: 'name', sure: false });
    // "Tarsk, Zembla" and "in Zembla, Ruritania": a place beside a place, after a comma, is a place.
    if (this.besidePlace(from, to, sFrom, sTo)) return this.push(from, to, { type: 'GPE', kind: 'name', sure: false });
    if (to - from === 1) {
      if (NOT_NAMES.has(first)) return;
      // "Price, whose goal ...": opening a sentence, the surname of a person named earlier is that person's, even a word
      // also in lower case.
      if (this.opensSentence(from, sFrom) && this.earlierPersonBySurname(from, to)) return this.push(from, to, { type: 'PERSON', kind: 'name', sure: false });
      const lower = first.toLowerCase();
      if (this.opensSentence(from, sFrom)) {
        // "Floods hit ...", "Fishermen from ...": a plural the tagger reads as a common noun.
        if (COMMON_OPENERS.has(lower) || this.appearsInLowerCase(lower) || PLURAL_NOUN.test(lower) || (this.tags[from] === NOUN && /(?:s|men)$/.test(lower) && !this.capitalisedMidSentence().has(first))) return;
        // "Cleverly" opening a sentence is a name only if the document names it elsewhere; decided in the document pass.
        if (/ly$/.test(lower)) return this.push(from, to, { type: 'OTHER', kind: 'name', sure: false, weak: true });
      }
      // "part XVII", "UNLESS of course": numerals and shouted words are no organisations.
      if (/^[IVXLC]+$/.test(first) || (first.length > 4 && this.appearsInLowerCase(lower))) return;
      // "voted, Naturally, against": a word the tagger reads as a verb, an adverb or a function word names nothing.
      if (NEVER_NAME_TAGS[this.tags[from]!] && !INNER_CAPITAL.test(first)) return;
      if (isAcronym(first)) return this.push(from, to, { type: 'ORG', kind: 'name', sure: false });
      // "VinFast", "Safaricom said": a word shaped like a company's name ("KwaZulu-Natal", hyphenated, is no company).
      if (COMPANY_SHAPE.test(first) && !first.includes('-')) return this.push(from, to, { type: 'ORG', kind: 'name', sure: false });
      const next = to < sTo && this.tokens.kinds[to] === TokenKind.WORD ? this.word(to) : '';
      if (placed) return this.push(from, to, placed);
      // Not after "of": in "the foreign ministry of Zembla said" the phrase's head speaks, not the name closing it.
      if (SPEECH_VERBS.has(next) && before !== 'of') return this.push(from, to, { type: 'PERSON', kind: 'name', sure: false });
      // "..., said Okafor.": a name right after "said" that ends the clause is the speaker.
      if (INVERTED_SPEECH.has(before) && !this.isWord(to, sTo)) return this.push(from, to, { type: 'PERSON', kind: 'name', sure: false });
      // "Biden" alone: the surname of someone in office on the article's date.
      if (this.servingSurname(first)) return this.push(from, to, { type: 'PERSON', kind: 'name', sure: true });
      const given = this.firstName(first);
      if (given !== undefined) return this.push(from, to, { type: 'PERSON', kind: 'name', sure: false, ...(given ? { agreement: given } : {}) });
      // "the Beatles", "the Houthis": a plural name after an article is a group, unless the text also uses its
      // singular ("the Polaroids" beside "a Polaroid camera": a product).
      if (this.afterArticle(from) && /\p{Ll}s$/u.test(first) && !this.capitalWords().has(first.slice(0, -1))) return this.push(from, to, { type: 'ORG', kind: 'name', sure: false });
      // "fled towards Cúcuta", "visited Nuuk": after a word of place or motion a lone name is a place.
      // A weak guess, outvoted by any repetition typed by its own context, and none for the short form of a longer
      // name of the text ("Northrop" after "Northrop Grumman").
      if (LOCATIVES.has(before) && !TO_PEOPLE_TOO.has(before) && !this.opensLongerName(first)) return this.push(from, to, { type: 'GPE', kind: 'name', sure: false, fallback: true });
      return this.push(from, to, { type: 'OTHER', kind: 'name', sure: false, fallback: true });
    }
    // "K.C. Maurer", "J. Okafor": initials before a capitalised word open a person's name (an acronym does not end it).
    if (INITIALS.test(first) && !isAcronym(this.word(to - 1))) return this.push(from, to, { type: 'PERSON', kind: 'name', sure: false });
    if (placed) return this.push(from, to, placed);
    // "Dunmore Mills", "Ashby Freight": a noun of a trade ending the name names a business, not a surname (a given name,
    // which makes a person, was read before: "Heather Mills"); before an ampersand the name goes on, and what it is
    // the words after it say ("Kestrel Aviation & Space Museum").
    const nameGoesOn = to < sTo && this.word(to) === '&';
    if (to - from >= 2 && !nameGoesOn && TRADE_NOUNS.has(this.word(to - 1).replace(APOSTROPHES, ''))) return this.push(from, to, { type: 'ORG', kind: 'name', sure: false, fallback: true });
    // Two or three plain capitalised words are most often a person in news ("Alireza Mehraban"), unless an article
    // leads them ("the Bat Cave"), the tagger reads one as a common noun ("Cheerful Shopkeepers"), or they follow
    // "called" after a noun for no person ("a mission called Baltic Sentry"; `kindNamed` has typed people).
    // "Video: Ana Miro & Lee Sato": words an ampersand joined that no cue or trade makes one name are names of their own.
    const ampersand = this.ampersandIn(from, to);
    if (ampersand > from) {
      this.unknown(from, ampersand, sFrom, sTo, afterKnown);
      return this.unknown(ampersand + 1, to, sFrom, sTo, true);
    }
    let plain = to - from <= 3 && !this.afterArticle(from) && (!afterKnown || this.firstName(first) !== undefined) && this.namingWordBefore(from, to, sFrom, sTo) < 0;
    for (let k = from; k < to && plain; k++) if (isAcronym(this.word(k)) || this.tags[k] === NOUN) plain = false;
    this.push(from, to, { type: plain ? 'PERSON' : 'OTHER', kind: 'name', agreement: this.genderOf(from, to), sure: false, fallback: true });
  }

  /**
   * The type the noun before "known as", "called" or "dubbed" gives the name at `from` ("the gang known as Los
   * Choneros", "an officer known as Barbecue", "a village called Tarsk").
   */
  protected kindNamed(from: number, to: number, sFrom: number, sTo: number): 'PERSON' | KindNoun['type'] | undefined {
    const naming = this.namingWordBefore(from, to, sFrom, sTo);
    const k = naming < 0 ? -1 : this.word(naming) === 'known' ? naming - 1 : this.nounBeforeNaming(naming, sFrom);
    if (k < sFrom || this.tokens.kinds[k] !== TokenKind.WORD) return undefined;
    return this.kindOfNoun(this.lower(k));
  }

  /**
   * The first token of "known as", or of a naming verb after a common noun ("a village called X", "the drills, named
   * X"; in "she called X" the verb acts on someone), right before the name `[from, to)`; else -1. After people, or
   * before "as", "named" is the verb of appointing or identifying ("officials named X as the driver", "police named X
   * as").
   */
  protected namingWordBefore(from: number, to: number, sFrom: number, sTo: number): number {
    const k = from - 1;
    if (k > sFrom && this.word(k) === 'as' && this.word(k - 1) === 'known') return k - 1;
    if (k <= sFrom || !NAMING_VERBS.has(this.word(k))) return -1;
    const noun = this.nounBeforeNaming(k, sFrom);
    if (noun < 0) return -1;
    if (this.word(k) === 'named' && (this.namesPeople(this.lower(noun)) || (this.isWord(to, sTo) && this.word(to) === 'as'))) return -1;
    return k;
  }

  /**
   * The common noun naming verb `k` follows, right before it or before a comma setting the naming off ("the drills,
   * named Joint Sword"); else -1.
   */
  protected nounBeforeNaming(k: number, sFrom: number): number {
    const noun = this.nounBefore(k, sFrom);
    return noun >= sFrom && this.tags[noun] === NOUN && !capitalised(this.word(noun)) ? noun : -1;
  }

  /**
   * Whether a noun for a vessel stands right before the name at `from` ("the tanker Talara", "the bulk carrier Eternity
   * Star", "the tanker Nordic Aurora"), not a noun for an airline ("the carrier Ryanair").
   */
  protected afterShipNoun(from: number, sFrom: number): boolean {
    const nounAt = this.nounBefore(from, sFrom);
    if (nounAt < sFrom || this.tokens.kinds[nounAt] !== TokenKind.WORD || !SHIP_NOUNS.has(this.word(nounAt))) return false;
    return this.word(nounAt) !== 'carrier' || /^(?:bulk|cargo|aircraft|car|ore|gas|oil|crude)$/.test(nounAt > sFrom ? this.lower(nounAt - 1) : '');
  }

  /**
   * Whether "in", or "in the", before the run `[from, to)` follows a word of publishing ("published in Nature Geoscience",
   * "an article in the X", "a report in The Lancet"); a lone word with no article is one too unless it names a language
   * ("written in Swahili").
   */
  protected publishedIn(from: number, to: number, sFrom: number): boolean {
    let k = from - 1;
    const article = k > sFrom && this.lower(k) === 'the';
    if (article) k--;
    const language = !article && to - from === 1 && LANGUAGES.has(this.span(from, to));
    if (language || k <= sFrom || this.word(k) !== 'in') return false;
    // "published twice in X": an adverb may stand between.
    const word = this.lower(this.tags[k - 1] === UPOS_INDEX.ADV && k - 2 >= sFrom ? k - 2 : k - 1);
    return PUBLICATION_WORDS.has(word) || (this.word(from - 1) === 'The' && TITLED_PUBLICATION_WORDS.has(word));
  }

  /**
   * Whether the run at `from` follows "told the" ("told the Daily Courier": one tells people, and a body or an outlet
   * after an article), or a capital "The" inside the sentence after "at", "for" or "with" ("reviewers at The Verge",
   * "writes for The Atlantic"): an outlet's name, an organisation.
   */
  protected outletAfter(from: number, sFrom: number): boolean {
    const article = from - 1;
    if (article - 1 <= sFrom || this.lower(article) !== 'the') return false;
    const cue = this.lower(article - 1);
    return cue === 'told' || (this.word(article) === 'The' && (cue === 'at' || cue === 'for' || cue === 'with'));
  }

  /** Whether "to" or "from" before token `from` follows a word of travel ("flew to", "fled from", "returned to"), or "at" a word of arriving ("docked at"). */
  protected afterMotion(from: number, sFrom: number): boolean {
    const preposition = from - 1 > sFrom ? this.word(from - 1) : '';
    // "docked at Felixstowe", "berthed at X": where a vessel or a traveller arrives.
    if (preposition === 'at') return ARRIVAL_WORDS.has(this.lower(from - 2));
    if (preposition !== 'to' && preposition !== 'from') return false;
    if (RECIPIENT_MOTION_VERBS.has(this.lower(from - 2))) return true;
    // "evacuated 3,000 people from X": the word of travel may stand a few words before.
    for (let k = from - 2; k >= Math.max(sFrom, from - 5); k--) {
      if (this.tokens.kinds[k] === TokenKind.PUNCT) return false;
      if (MOTION_WORDS.has(this.lower(k))) return true;
    }
    return false;
  }

  protected longerNameOpeners: Set<string> | undefined;

  /** Whether the text writes the word as the first of a longer name somewhere ("Northrop Grumman"), built once on first need. */
  protected opensLongerName(word: string): boolean {
    if (!this.longerNameOpeners) {
      this.longerNameOpeners = new Set();
      const { tokens } = this;
      for (let i = 0; i + 1 < tokens.count; i++) {
        if (tokens.kinds[i] === TokenKind.WORD && tokens.starts[i + 1] === tokens.ends[i] + 1 && this.text[tokens.ends[i]] === ' ' && capitalised(this.word(i + 1))) this.longerNameOpeners.add(this.word(i));
      }
    }
    return this.longerNameOpeners.has(word);
  }

  /** Whether the run `[from, to)` stands between commas before a verb of speech: "Her agent, | Lionel Park |, said". */
  protected apposedSpeaker(from: number, to: number, sFrom: number, sTo: number): boolean {
    return from - 1 > sFrom && this.word(from - 1) === ',' && to + 1 < sTo && this.word(to) === ',' && SPEECH_VERBS.has(this.lower(to + 1));
  }

  /** Whether what follows a name marks a person: an age or a "who" clause ("Ama Mensah, 34, said", "Okafor, who ..."). */
  protected personApposition(to: number, sTo: number): boolean {
    if (to + 1 >= sTo || this.word(to) !== ',') return false;
    if (this.tokens.kinds[to + 1] === TokenKind.NUMBER) return to + 2 < sTo && this.word(to + 2) === ',' && /^\d{1,2}$/.test(this.word(to + 1));
    return this.lower(to + 1) === 'who';
  }

  /**
   * Whether an organisation noun describes the name ending at `to` across a comma: "The Emergency Lawyers, a group that
   * tracks abuses,", "Harbourline, the ferry operator,": an article, at most four describing words, the noun, then a
   * comma, a relative word or a preposition ("Prices, the central bank said," is an attribution, no apposition).
   */
  protected organisationApposition(to: number, sTo: number): boolean {
    if (to + 2 >= sTo || this.word(to) !== ',' || !APPOSITION_ARTICLES.has(this.lower(to + 1))) return false;
    for (let k = to + 2; k < Math.min(sTo, to + 7); k++) {
      if (this.tokens.kinds[k] !== TokenKind.WORD || capitalised(this.word(k))) return false;
      if (ORG_NOMINALS.has(this.lower(k))) return k + 1 >= sTo || AFTER_APPOSED_NOUN.has(this.lower(k + 1));
      if (this.tags[k] !== NOUN && this.tags[k] !== UPOS_INDEX.ADJ) return false;
    }
    return false;
  }

  /**
   * Whether the unknown name `[from, to)` sits beside a place across a comma: after a place's name ("Tarsk,
   * Zembla"), ending the clause, or before a known country or region ("Tarsk, Zembla" when Zembla is known).
   */
  protected besidePlace(from: number, to: number, sFrom: number, sTo: number): boolean {
    if (to - from > 3) return false;
    const last = this.mentions[this.mentions.length - 1];
    // A country is seldom followed by a place inside it, and a name of several words after one is most often a person in
    // apposition ("the envoy for Syria, Geir Pedersen, said").
    const countryBefore = last?.kbId !== undefined && this.kb.country(last.kbId) !== undefined;
    // "the governor of Borno, Babagana Zulum, said": after a title's place the name is the title's holder (asked last:
    // it looks back over the mentions).
    if (from - 2 >= sFrom && this.word(from - 1) === ',' && last && last.kind === 'name' && isPlace(last.type) && last.end === this.bareEnd(from - 2) && !this.isWord(to, sTo) && !(countryBefore && to - from > 1) && !(to - from > 1 && this.titleBefore(last.start))) return true;
    if (!(to + 1 < sTo && this.word(to) === ',' && this.isWord(to + 1, sTo) && capitalised(this.word(to + 1)))) return false;
    const after = this.nameRun(to + 1, sTo);
    if (this.isWord(after, sTo)) return false;
    const place = this.known(to + 1, after) ? this.typeKnown(to + 1, after)! : undefined;
    return place !== undefined && place.type === 'GPE' && (place.kbId !== undefined || place.country !== undefined) && !place.metonymFor;
  }

  /**
   * Whether the lone word `[p, to)` is the surname of a person's name of two words or more found so far ("Price" after
   * "Jonah Price's header"), read as a noun and describing no noun after it ("Young people" is no Neil Young).
   */
  protected earlierPersonBySurname(p: number, to: number): boolean {
    if (to - p !== 1 || (this.tags[p] !== NOUN && this.tags[p] !== PROPN) || this.describesNounAfter(to)) return false;
    if (!this.surnamesSoFar.has(this.word(p).replace(APOSTROPHES, ''))) return false;
    // "Hope remains that ..." after "Chris Hope": a common word stays one unless what follows marks a person, or the
    // tagger reads it as a proper noun and the text never writes it in lower case ("hope is fading").
    return this.marksPersonAfter(p, to) || (this.properNoun(p) && !this.appearsInLowerCase(this.lower(p).replace(APOSTROPHES, '')));
  }
}
