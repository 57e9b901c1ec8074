// Splitting a run of capitalised words into names (`names`): honorifics, places and bodies inside a run, headline verbs
// that end a name, languages, lists, state universities, and which word may open a run.
import { TokenKind } from '../tokens/types.js';
import { UPOS_INDEX } from '../pos/types.js';
import { lexicalTag } from '../pos/lexicon.js';
import { isPresentForm } from '../quotes/cues.js';
import {
  COMMON_OPENERS,
  FIRST_NAMES,
  HONORIFICS,
  LOC_FIRST,
  LOC_LAST,
  LOCATIVES,
  NOT_NAMES,
  ORG_FIRST,
  ORG_LAST,
  WORK_NOUNS,
  OTHER_FIRST,
  PRONOUNS,
  SPEECH_VERBS,
  STANDING_NOUNS,
  LANGUAGES,
  LANGUAGE_CUES,
  LANGUAGE_NOUNS,
  SPEAKING_VERBS,
  MODALS,
  AUXILIARIES,
  TITLE_MODIFIERS,
  HEAD_PREPOSITIONS,
} from './lexicon.js';
import type { EntityType } from './types.js';
import {
  APOSTROPHES,
  COMPASS,
  PLACE_MODIFIERS,
  PLACE_SUFFIXES,
  STATE_SHORT_NAMES,
  STATES_NAMED_WITH_STATE,
  STATE_UNIVERSITY_TAILS,
  FUNCTION_WORDS,
  PERSON_NOUNS,
  ACRONYM,
  PLURAL_COMPANY_WORDS,
  endsNames,
  INNER_CAPITAL,
  ARMED_SERVICES,
  hyphenModifierPrefix,
  isTimePossessive,
  capitalised,
  PROPN,
  NOUN,
  isPlace,
  abbreviatedHonorific,
  isAcronym,
} from './words.js';
import type { Typed } from './typing.js';
import { ContextTyping } from './unknown.js';

/** Cuts each run of capitals into names and types them, through the lists first and then the context. */
export class NameSplitter extends ContextTyping {
  /** Types and pushes the names in the run `[from, to)` of sentence `[sFrom, sTo)`. */
  protected names(from: number, to: number, sFrom: number, sTo: number): void {
    const cut = this.titleCase ? this.headlineVerbAt(from, to) : undefined;
    if (cut) {
      this.names(from, cut.at, sFrom, sTo);
      const outer = this.afterTitleVerb;
      this.afterTitleVerb = true;
      this.names(cut.resume, to, sFrom, sTo);
      this.afterTitleVerb = outer;
      return;
    }
    let p = from;
    // Words capitalised only because they open the sentence ("In Moscow", "However, ..."); function words anywhere.
    const opens = this.opensSentence(p, sFrom);
    // Only the sentence's first word is capitalised for opening it: "The All Progressives Congress" keeps "All".
    while (p < to && !HONORIFICS.has(this.word(p)) && !this.surnameHe(p, sFrom, to) && (opens && this.opensSentence(p, sFrom) ? COMMON_OPENERS : FUNCTION_WORDS).has(this.lower(p)) && !this.known(p, to) && !this.properNounRun(p, to)) p++;
    // "Jan Marisol": a not-name that is also a given name opens the name when a capitalised word follows it in the run
    // (the month's "Jan" stands before a number).
    while (p < to && NOT_NAMES.has(this.word(p)) && !(p + 1 < to && FIRST_NAMES.has(this.word(p)))) p++;
    if (p >= to) return;
    // "Monday's poll", "Last Week's talks": a run that ends in a time word's possessive, with nothing before it but
    // words that qualify a time ("Last", "This", "Next"), names no one.
    if (isTimePossessive(this.word(to - 1)) && (to - p === 1 || (to - p === 2 && /^(?:Last|This|Next|Past)$/u.test(this.word(p))))) return;
    // "The Kenyan-led mission": after the sentence's opening article, a hyphenated modifier as in the main loop.
    const modifier = to - p === 1 ? hyphenModifierPrefix(this.word(p)) : null;
    if (modifier) return this.hyphenated(p, modifier);
    // "University exhibits can ...": a lone unknown word opening a sentence is a common word when the text also
    // writes it in lower case, or when the tagger reads it as no proper noun and the text never capitalises it
    // mid-sentence (as it does a surname: "Jobs resigned" after "succeeding Jobs").
    // "Unison, the largest public sector union, warned": an apposition naming an organisation keeps it a name.
    // "Price, whose goal ...": a surname of a person named earlier stays a name.
    if (to - p === 1 && this.opensSentence(p, sFrom) && (this.appearsInLowerCase(this.lower(p)) || (!this.properNoun(p) && !this.capitalisedMidSentence().has(this.word(p)) && !INNER_CAPITAL.test(this.word(p)))) && !this.known(p, to) && !this.organisationApposition(to, sTo) && !this.earlierPersonBySurname(p, to)) return;
    // "PORTO ALEGRE, Brazil (Wire) —": a dateline's place in capitals is one place, known or not.
    // "FORT PIERCE, Fla. —" is the natural place "Fort Pierce" the story names again.
    if (to - p >= 2 && this.opensDateline(p, to) && !this.known(p, to)) {
      const titleCased = (word: string) => word.charAt(0) + word.slice(1).toLowerCase();
      const natural = LOC_FIRST.has(titleCased(this.word(p))) || LOC_LAST.has(titleCased(this.word(to - 1)));
      return this.push(p, to, { type: natural ? 'LOC' : 'GPE', kind: 'name', sure: true });
    }
    // "Successful Jedi posed ...": so is the first word of a longer run, unless it may belong to the name (a given
    // name, an honorific, a known name, or a run ending in a cue word: "National Park Service").
    // "Hosts England", "Rivals Australia": a noun for a nation's standing before a known place is no part of its name.
    if (to - p >= 2 && STANDING_NOUNS.has(this.lower(p)) && this.known(p + 1, to)) return this.names(p + 1, to, sFrom, sTo);
    if (this.bodyEndingInNation(p, to)) return this.push(p, to, { type: 'ORG', kind: 'name', sure: false });
    if (to - p >= 2 && this.openerOfRun(p, to, sFrom)) return this.names(p + 1, to, sFrom, sTo);
    if (this.jobOpensPersonName(p, to, sFrom)) return this.names(p + 1, to, sFrom, sTo);
    // "the film Quiet Harbour", "its third album, Low Tide Hymns.": a work's title, whatever its words name.
    if (this.afterWorkNoun(p, to, sFrom, sTo)) return this.push(p, to, { type: 'OTHER', kind: 'name', sure: false });
    // "the tanker Nordic Aurora": a vessel's name, whatever its words name.
    if (this.afterShipNoun(p, sFrom)) return this.push(p, to, { type: 'OTHER', kind: 'name', sure: false });
    // The knowledge base's reading of the whole run, looked up once: it depends on the tokens alone.
    const whole = this.typeKnown(p, to);
    // "preached in Portuguese", "sermons in Amharic and Oromo", "speaks Urdu": a language, whatever people or place shares its word.
    if (this.languageAt(p, to, sFrom, sTo, whole !== undefined)) {
      this.listTypes.set(to, 'OTHER');
      return this.push(p, to, { type: 'OTHER', kind: 'name', sure: true });
    }
    // "the island of Santiago", "the islands of Santiago and São Vicente": natural features, whatever else their words name.
    if (this.featureOfListAt(p, sFrom, whole)) {
      this.listTypes.set(to, 'LOC');
      return this.push(p, to, { type: 'LOC', kind: 'name', sure: true, ...(whole?.country ? { country: whole.country } : {}) });
    }
    // "an essay in The Atlantic", "an interview with The Atlantic": a capital "The" inside the sentence makes a title of
    // a known place's name, a publication after a word of publishing.
    if (whole && whole.type !== 'ORG' && p - 1 > sFrom && this.word(p - 1) === 'The' && (this.publishedIn(p, to, sFrom) || this.outletAfter(p, sFrom))) return this.push(p, to, { type: 'ORG', kind: 'name', sure: false });
    if (whole) return this.push(p, to, whole);
    // "North Darfur", "Western Mindanao": a compass word before a known place names a part of it, one place.
    if (to - p === 2 && COMPASS.has(this.word(p)) && this.known(p + 1, to)) {
      const place = this.typeKnown(p + 1, to)!;
      if (isPlace(place.type) && !place.metonymFor) return this.push(p, to, { type: place.type, kind: 'name', sure: true, ...(place.country ? { country: place.country } : {}) });
    }
    // "the British Red Cross": a nation's society of a known movement, one organisation.
    if (this.nationalSociety(p, to)) return this.push(p, to, { type: 'ORG', kind: 'name', sure: true });
    // "Georgia Tech", "Ohio State", "Texas A&M": a state's name and a university's word make one university, whole.
    // The state inside it is a place of the United States of its own ("Texas" in "Texas A&M"), unless its name is a
    // country's ("Georgia"), which it would be linked to and join, or a short form ("Penn").
    const stateEnd = this.stateUniversity(p, to);
    if (stateEnd > p) {
      this.push(p, to, { type: 'ORG', kind: 'name', sure: true, whole: true });
      const state = this.known(p, stateEnd) ? this.typeKnown(p, stateEnd) : undefined;
      if (state?.type === 'GPE' && !state.kbId) this.push(p, stateEnd, { type: 'GPE', kind: 'name', sure: true, country: 'USA' });
      return;
    }
    const first = this.word(p);
    const lastWord = this.word(to - 1).replace(APOSTROPHES, '');
    // A person's name: an honorific or a known given name first ("Mr Cleverly", "Dmytro Kuleba").
    const cueLast = endsNames(lastWord);
    // "State Rep. Martin Osei", "Former Gov. Ana Ruiz": a modifier of titles before an abbreviated honorific opens the name with it (`honorificAt`).
    const honorificAt = this.honorificAt(p, to);
    if (honorificAt >= 0 && to - honorificAt >= 2 && !cueLast) {
      const rest = this.known(honorificAt + 1, to) ? this.typeKnown(honorificAt + 1, to) : undefined;
      if (!rest || rest.type === 'PERSON') return this.push(p, to, { type: 'PERSON', kind: 'name', kbId: rest?.kbId, agreement: HONORIFICS.get(this.word(honorificAt)) ?? this.genderOf(honorificAt + 1, to), sure: true });
    }
    // "Texas Sen. Ted Cruz", "Retired Army Gen. Mark Tolle": an honorific abbreviated with a full stop, which no other
    // name holds, opens a person's name inside the run (with a modifier of titles before it: "Iowa State Rep. X").
    const abbreviated = this.abbreviatedHonorificInside(p, to);
    if (abbreviated > p) {
      this.names(p, abbreviated, sFrom, sTo);
      return this.names(abbreviated, to, sFrom, sTo);
    }
    const givenName = this.firstName(first) !== undefined && to - p >= 2;
    // "professor Marc Lamont Hill": a given name after a noun for a person opens a person's name, whatever its last word.
    if (givenName && p > sFrom && PERSON_NOUNS.has(this.lower(p - 1)) && this.tokens.kinds[p - 1] === TokenKind.WORD) return this.push(p, to, { type: 'PERSON', kind: 'name', agreement: this.genderOf(p, to), sure: true });
    // "Jim Press": a given name and one more word is a person even when that word is an organisation cue, unless
    // the given name is a word the document also uses in lower case ("Art Center" beside "art").
    // A run ending in a word for a natural feature names a place ("Thomas Shoal", "Victoria Falls").
    // Not in apposition before a verb of speech, which a place does not say ("Her agent, Lionel Park, said").
    const featureLast = LOC_LAST.has(lastWord) && !this.apposedSpeaker(p, to, sFrom, sTo);
    // "Sofia Lindqvist" against "Sofia University": a given name that is also a known place makes a person only before a
    // word that names nothing of a place or a body (`placeNamesOn`).
    // "Halvard Resources": a plural word ending companies' names makes a company after a given name, as no surname is one.
    const placeGoesOn = givenName && to - p === 2 && this.placeNamesOn(p, to, cueLast);
    const pluralCompany = givenName && to - p === 2 && PLURAL_COMPANY_WORDS.has(lastWord);
    if (givenName && to - p === 2 && !featureLast && !placeGoesOn && !pluralCompany && !this.afterArticle(p) && !(cueLast && this.appearsInLowerCase(this.lower(p)))) return this.push(p, to, { type: 'PERSON', kind: 'name', agreement: this.genderOf(p, to), sure: true });
    // "House Speaker Kevin McCarthy", "Apple CEO Tim Cook": a capitalised title inside the run introduces the name after it.
    for (let k = p + 1; k < to - 1; k++) {
      const titleEnd = this.titleWords(k, to);
      if (titleEnd < 0 || titleEnd >= to || !capitalised(this.word(k))) continue;
      // "Mining Minister Aurora Williams": two plain words closing the run after the title are a name too.
      const twoWordName = to - titleEnd === 2 && !cueLast && !OTHER_FIRST.has(first);
      if (this.firstName(this.word(titleEnd)) === undefined && !HONORIFICS.has(this.word(titleEnd)) && !twoWordName) continue;
      // "Vice Premier He Lifeng": a modifier before the title belongs to it; a body's name does not ("House Speaker").
      const titleStart = k - p === 1 && TITLE_MODIFIERS.has(this.lower(p)) && !ORG_FIRST.has(first) && !ORG_LAST.has(first) ? p : k;
      if (titleStart > p) this.names(p, k, sFrom, sTo);
      const role = this.text.slice(this.tokens.starts[titleStart], this.bareEnd(titleEnd - 1)).toLowerCase();
      this.mentions.push({ start: this.tokens.starts[titleStart], end: this.bareEnd(titleEnd - 1), type: 'PERSON', kind: 'title', role });
      return this.names(titleEnd, to, sFrom, sTo);
    }
    // "Chrysler LLC Jim Press", "Kelso Institute Tilda Marsh": a given name and a surname inside a
    // run, after a word that is neither a given name, an honorific nor an initial, start a person's name.
    // "Estadio Monumental José Fierro": a place's kind opening the run keeps a person's name inside it.
    for (let k = p + 1; k < to - 1 && !featureLast && !LOC_FIRST.has(first); k++) {
      const previous = this.word(k - 1);
      if (this.firstName(this.word(k)) !== undefined && !(cueLast && this.appearsInLowerCase(this.lower(k))) && capitalised(this.word(k + 1)) && capitalised(previous) && this.firstName(previous) === undefined && !HONORIFICS.has(previous) && !/^\p{Lu}\.?$/u.test(previous)) {
        this.names(p, k, sFrom, sTo);
        return this.names(k, to, sFrom, sTo);
      }
    }
    // A cue word decides the whole run ("Ministry of Defence", "Black Sea", "China Eastern Airlines"); a country
    // inside it becomes a mention of its own (see `nested`).
    // "Armed Forces of the Philippines", "Democratic Forces for the Liberation of Rwanda": a word ending organisations'
    // names may head one before "of", "for" or "on" too, unless it also ends events' names (see `headBeforeOf`).
    const headOf = this.headBeforeOf(p, to, HEAD_PREPOSITIONS);
    let orgOf = headOf === 'ORG';
    // "European Centre for Disease Prevention and Control": a word opening bodies' names heads one before "for" or "on" too.
    for (let k = p; k < to - 1 && !orgOf; k++) orgOf = ORG_FIRST.has(this.word(k)) && HEAD_PREPOSITIONS.has(this.word(k + 1));
    if (orgOf || headOf || cueLast || OTHER_FIRST.has(first) || ORG_FIRST.has(first) || LOC_FIRST.has(first)) {
      const lead = to - p === 2 ? this.qualifier(p, to - 1) : undefined;
      // "the US Government": a lone cue word after its country is a common noun, not a name; but a country's armed
      // service is named so ("the Nepal Army", "the US Navy").
      if (lead && lead.end === to - 1 && lead.entry.kind === 'country' && ORG_LAST.has(lastWord) && !ARMED_SERVICES.has(lastWord) && !isAcronym(lastWord) && !this.known(p, to)) {
        this.pushQualifier(lead, p);
        return;
      }
      const cue = orgOf ? { type: 'ORG' as const, kind: 'name' as const, sure: true } : this.cueType(p, to);
      // "Mayor Says City Will Fund New Council": after a title-cased headline's verb a cue word may end a phrase of
      // common nouns, so the reading stands only if the text types the name elsewhere.
      if (cue) return this.push(p, to, this.headline && this.headlineVerbAt(sFrom, p) ? { ...cue, sure: false } : cue);
    }
    if (givenName && !placeGoesOn) return this.push(p, to, { type: 'PERSON', kind: 'name', agreement: this.genderOf(p, to), sure: true });
    // "Valeska Paris": an unknown word before a lone known town is a person's given name, unless it places it ("Greater
    // London"); before a continent or a region it names a branch ("IndustriAll Europe"), left to the rules below.
    // A describing word before it places it in a time or a kind ("Victorian England").
    if (to - p === 2 && !this.known(p, p + 1) && this.known(p + 1, to) && !PLACE_MODIFIERS.has(first) && !isAcronym(first) && !this.afterArticle(p) && this.tags[p] !== UPOS_INDEX.ADJ) {
      const place = this.typeKnown(p + 1, to);
      if (place && place.type === 'GPE' && !place.kbId) return this.push(p, to, { type: 'PERSON', kind: 'name', sure: false });
    }
    // "ETH Zurich", "KU Leuven": an acronym no list knows before a town names a body there.
    if (this.acronymBeforeTown(p, to)) return this.push(p, to, { type: 'ORG', kind: 'name', sure: false });
    // "Imperial College London", "University College Dublin": a body's head and the town it stands in are one name.
    if (this.headBeforeTown(p, to)) return this.push(p, to, { type: 'ORG', kind: 'name', sure: false });
    // "Air Canada", "Garuda Indonesia", "Washington Mutual", "Boston Globe": a country after a word no list knows, or
    // a place before one, names a company or a newspaper, not the place.
    if (this.placeInsideName(p, to, sFrom)) return this.push(p, to, { type: 'ORG', kind: 'name', sure: false });
    // "Kowloon West", "Hong Kong Island": a compass point or "Island" after a known place is part of its name.
    if (to - p >= 2 && PLACE_SUFFIXES.has(lastWord) && this.known(p, to - 1)) {
      const place = this.typeKnown(p, to - 1)!;
      if (isPlace(place.type) && !place.metonymFor) return this.push(p, to, { type: place.type, kind: 'name', sure: true, ...(place.country ? { country: place.country } : {}) });
    }
    // "an operation called Baltic Sentry": the words after "called" or "known as" are one name, a demonym among them too.
    if (to - p >= 2 && this.namingWordBefore(p, to, sFrom, sTo) >= 0) return this.unknown(p, to, sFrom, sTo, false);
    // Otherwise split the run at known names, longest first ("UK", "Russia"), and type the rest.
    // "Republican Curtis Vance": a demonym or party word before words the text never writes in lower case labels a
    // person, so they are not typed as the tail of a longer known name ("Chinese New Year" is, as "every year" shows,
    // and so is a firm's name an ampersand goes on with: "European Aeronautic Defence & Space").
    const labelled = (from: number, end: number): boolean => !(end < sTo && this.word(end) === '&') && !this.anyWord(from, end, (w) => w === '&' || this.appearsInLowerCase(w.toLowerCase()));
    let q = p;
    let unknownFrom = p;
    let afterLabel = false;
    while (q < to) {
      let matched = -1;
      for (let r = Math.min(to, q + 6); r > q; r--) {
        // "Hélène de la Croix": a particle in lower case is no acronym ("LA").
        if (capitalised(this.word(q)) && this.known(q, r)) {
          matched = r;
          break;
        }
      }
      if (matched < 0) {
        q++;
        continue;
      }
      if (unknownFrom < q) this.unknown(unknownFrom, q, sFrom, sTo, unknownFrom > p && !(afterLabel && labelled(unknownFrom, q)));
      const known = this.typeKnown(q, matched)!;
      this.push(q, matched, known);
      // "Ohio Governor Dale Brenner", "U.S. Senator Jim Jordan": the rest of the run, opening with an honorific after
      // the known place, is a titled person's name, read as a run of its own (known names inside it included).
      const titled = this.honorificAt(matched, to);
      if (titled >= 0 && to - titled >= 2) return this.names(matched, to, sFrom, sTo);
      afterLabel = known.type === 'NORP';
      q = matched;
      unknownFrom = q;
    }
    if (unknownFrom < to) this.unknown(unknownFrom, to, sFrom, sTo, unknownFrom > p && !(afterLabel && labelled(unknownFrom, to)));
  }

  /**
   * Where a person's name opens inside the run `[p, to)` at an honorific abbreviated with a full stop ("Sen.", "Gen.")
   * and a capitalised word after it, a modifier of titles before it included ("State Rep."); -1 when none does.
   */
  protected abbreviatedHonorificInside(p: number, to: number): number {
    for (let k = p + 1; k < to - 1; k++) {
      if (!this.word(k).endsWith('.') || !abbreviatedHonorific(this.word(k))) continue;
      return k - 1 > p && TITLE_MODIFIERS.has(this.lower(k - 1)) ? k - 1 : k;
    }
    return -1;
  }

  /**
   * The token of the honorific opening a person's name at `p` ("Dr. Amy Wong"), after a modifier of titles too
   * ("State Rep. Martin Osei", "Former Gov. Ana Ruiz"); -1 when none opens it.
   */
  protected honorificAt(p: number, to: number): number {
    if (HONORIFICS.has(this.word(p))) return p;
    return p + 1 < to && this.modifiesHonorific(p) ? p + 1 : -1;
  }

  /** Whether token `k` is a modifier of titles before an abbreviated honorific ("State" of "State Rep. Martin Osei"). */
  protected modifiesHonorific(k: number): boolean {
    return TITLE_MODIFIERS.has(this.lower(k)) && abbreviatedHonorific(this.word(k + 1));
  }

  /**
   * Whether the run `[p, to)` of sentence `[sFrom, ...)` is an unknown word and a known country, continent or region
   * ("Garuda Indonesia", "IndustriAll Europe"), or a known place and one unknown word (two would rather be a person's
   * name: "the United States Hamid Karimi"). A describing word before a continent, or a place preposition before the run,
   * names a part of it ("in Francophone Africa", "Continental Europe"), and a town may be a surname ("Valeska Paris").
   */
  protected placeInsideName(p: number, to: number, sFrom: number): boolean {
    if (to - p === 2 && !this.known(p, p + 1)) {
      const first = this.word(p);
      if (PLACE_MODIFIERS.has(first) || isAcronym(first) || this.opensSentence(p, sFrom) || !this.known(p + 1, to)) return false;
      const place = this.typeKnown(p + 1, to)!;
      const placed = p > sFrom && LOCATIVES.has(this.lower(p - 1));
      return (place.type === 'GPE' && place.kbId !== undefined) || (place.type === 'LOC' && this.tags[p] !== UPOS_INDEX.ADJ && !placed);
    }
    const last = this.word(to - 1).replace(APOSTROPHES, '');
    // "in Washington D.C. Image: ...": after an abbreviation's full stop a capital may open a new sentence.
    if (this.word(to - 2).endsWith('.') || !this.known(p, to - 1) || this.known(to - 1, to) || isAcronym(last) || PLACE_SUFFIXES.has(last)) return false;
    const place = this.typeKnown(p, to - 1)!;
    return isPlace(place.type) && !place.metonymFor;
  }

  /**
   * Where a title-cased headline's run of capitals `[from, to)` runs over its verb ("Lakeway Foods Says It Will Open Four
   * Stores"): the first word after the run's first that is a verb of speech, a pronoun, a modal or an auxiliary ends
   * the name before it; the name, if any, resumes after it, and after the bare verb a modal takes along ("Will Open").
   * Any word usually a verb ends a person's name before it ("Paul Ryan Thinks About Running", "Marta Quill Wins Award").
   * A listed cue verb's present form ends the name too ("Ortiz Tells Council", "Port Chief Warns Of Strike"). These
   * stops act in any title-case line, the text's headline or not (a live blog's entries and subheads); outside the
   * headline a stop word before a comma or a stop may close a name in a list of names ("Jo Rants, Kim Reem", "Theresa
   * May, ..."), so it stays. An adverb between the name and its verb names nothing and goes with the verb ("Ada Brill
   * Finally Backs", "Jo Lee Again Warns"). A word right after "&" is joined into the name ("Costs & Challenges Facing Ferries"): no
   * stop is taken there, nor moved there over an adverb, as a name ending in "&" would be left.
   */
  protected headlineVerbAt(from: number, to: number): { at: number; resume: number } | undefined {
    for (let k = from + 1; k < to; k++) {
      if (!/^\p{Lu}\p{Ll}+$/u.test(this.word(k)) || this.word(k - 1) === '&') continue;
      const lower = this.lower(k);
      const closesListItem = this.tokens.kinds[k + 1] !== TokenKind.WORD;
      if (isPresentForm(lower) && !closesListItem) return this.stopBeforeAdverb(from, k, k + 1);
      if (closesListItem && !this.headline) continue;
      if (MODALS.has(lower)) return this.stopBeforeAdverb(from, k, Math.min(to, k + 2));
      if (SPEECH_VERBS.has(lower) || PRONOUNS.has(lower) || AUXILIARIES.has(lower)) return this.stopBeforeAdverb(from, k, k + 1);
      if (lexicalTag(lower) === 'VERB' && this.personNameEndingAt(from, k)) return this.stopBeforeAdverb(from, k, k + 1);
    }
    return undefined;
  }

  /** The stop at `at`, moved back over an adverb right before it that is not the run's first word ("Ada Brill Finally Backs"). */
  protected stopBeforeAdverb(from: number, at: number, resume: number): { at: number; resume: number } {
    return at - 1 > from && this.word(at - 2) !== '&' && lexicalTag(this.lower(at - 1)) === 'ADV' ? { at: at - 1, resume } : { at, resume };
  }

  /**
   * Whether a person's name of the run from `from` ends before token `end`: one the knowledge base knows as a person's
   * ("Paul Ryan"), two words opening with a given name ("Marta Quill"), or the run's first two words, neither a verb
   * ("Jo Lee Warns Council", where a headline's subject most often stands).
   */
  protected personNameEndingAt(from: number, end: number): boolean {
    // The word tests first: they cost less than looking up every span ending at `end`.
    if (end - from >= 2 && this.firstName(this.word(end - 2)) !== undefined) return true;
    if (end - from === 2 && lexicalTag(this.lower(from)) !== 'VERB' && lexicalTag(this.lower(from + 1)) !== 'VERB') return true;
    for (let s = from; s < end; s++) if (this.typeKnown(s, end)?.type === 'PERSON') return true;
    return false;
  }

  /**
   * Whether the run `[p, to)` is a body named by nouns and the nation it serves ("Water UK", "Sport England", "Arts
   * Council England", "Cancer Research UK"): one to three nouns no list knows, opening the sentence or not, before a
   * known country or a nation of one that ends the run. Describing words ("Victorian England"), given names, honorifics,
   * compass words and place modifiers ("Greater London") leave the place a place.
   */
  protected bodyEndingInNation(p: number, to: number): boolean {
    if (to - p < 2 || to - p > 4 || this.known(p, to) || this.known(p, to - 1)) return false;
    const nation = this.typeKnown(to - 1, to);
    if (!nation || nation.type !== 'GPE' || nation.metonymFor !== undefined || nation.city || (!nation.kbId && !nation.country)) return false;
    for (let k = p; k < to - 1; k++) {
      const word = this.word(k);
      if (!capitalised(word) || (this.tags[k] !== NOUN && this.tags[k] !== PROPN) || this.known(k, k + 1)) return false;
      if (this.firstName(word) !== undefined || HONORIFICS.has(word) || COMPASS.has(word) || PLACE_MODIFIERS.has(word)) return false;
    }
    return true;
  }

  /**
   * Whether a noun for a work stands right before the run `[from, to)` ("the film X"), or before a comma when the title
   * closes the clause ("her third album, X."; "in the film, Okafor said" names the speaker).
   */
  protected afterWorkNoun(from: number, to: number, sFrom: number, sTo: number): boolean {
    if (from - 1 >= sFrom && WORK_NOUNS.has(this.word(from - 1))) return true;
    return from - 2 >= sFrom && this.word(from - 1) === ',' && WORK_NOUNS.has(this.word(from - 2)) && !this.isWord(to, sTo);
  }

  /**
   * Whether the run `[p, to)` opens its sentence with a noun for a person's job, capitalised only for opening it, before
   * two or three words of a name no list knows ("Striker Matías Villaroel scored", "Singer Niamh Costigan thanked");
   * honorifics ("Dr") stay in the name, and a run ending in a cue word is a body's ("Coach Class Airlines").
   */
  protected jobOpensPersonName(p: number, to: number, sFrom: number): boolean {
    const rest = to - p - 1;
    if (rest < 2 || rest > 3 || !this.opensSentence(p, sFrom) || !PERSON_NOUNS.has(this.lower(p)) || HONORIFICS.has(this.word(p))) return false;
    const last = this.word(to - 1).replace(APOSTROPHES, '');
    if (endsNames(last) || this.known(p, to)) return false;
    for (let k = p + 1; k < to; k++) if (this.known(k, k + 1) && this.typeKnown(k, k + 1)!.type !== 'PERSON') return false;
    return true;
  }

  /**
   * Whether the run `[p, to)` names a language: a listed one after "in" or "into" with no noun after it ("preached in
   * Portuguese", not "in Portuguese waters"), or after a verb of speaking ("speaks Urdu"); any lone unknown word after a
   * word of speaking and "in" ("a speech in Kriolu"); a listed one before a noun for a language ("the Spanish language");
   * and the next items of a list a language opened ("in Tagalog, Hindi and Vietnamese"). `known`: whether the knowledge
   * base knows the run.
   */
  protected languageAt(p: number, to: number, sFrom: number, sTo: number, known: boolean): boolean {
    const listed = LANGUAGES.has(this.span(p, to));
    // "the Spanish language", "a Kurdish dialect".
    if (listed && this.isWord(to, sTo) && LANGUAGE_NOUNS.has(this.word(to))) return true;
    if (p <= sFrom) return false;
    const before = this.lower(p - 1);
    const afterSpeaking = SPEAKING_VERBS.has(before);
    const afterIn = before === 'in' || before === 'into';
    // The walk along the following list costs; only these three contexts need it.
    if ((!afterSpeaking && !afterIn && !this.nextItemOf(p, 'OTHER')) || this.listDescribesNounAfter(to, sTo)) return false;
    if (afterSpeaking) return listed;
    if (afterIn) return listed || (to - p === 1 && p - 2 >= sFrom && LANGUAGE_CUES.has(this.lower(p - 2)) && !known);
    return listed || !known;
  }

  /**
   * Whether the name ending before token `to`, or the list of one-word names it opens, describes a noun after it ("in
   * Chinese and Indian markets", "in French, German and Dutch ports").
   */
  protected listDescribesNounAfter(to: number, sTo: number): boolean {
    let end = to;
    while (end + 1 < sTo && /^(?:,|and|or)$/u.test(this.word(end)) && capitalised(this.word(end + 1))) end += 2;
    return this.describesNounAfter(end);
  }

  /** Whether the name at `p` follows "and", "or" or a comma after an item of a list typed `type` by its context. */
  protected nextItemOf(p: number, type: EntityType): boolean {
    const before = this.lower(p - 1);
    return (before === 'and' || before === 'or' || before === ',') && this.listTypes.get(p - 1) === type;
  }

  /**
   * Whether the run `[p, to)` follows a noun for a natural feature and "of" ("the island of X", the kind nouns' LOC), or
   * is the next item of a list such a noun opened ("the islands of X and Y"); a country's name stays a country. `whole`:
   * the knowledge base's reading of the run.
   */
  protected featureOfListAt(p: number, sFrom: number, whole: Typed | undefined): boolean {
    if (p - 2 < sFrom || whole?.kbId) return false;
    return (this.word(p - 1) === 'of' && this.singleKind(this.lower(p - 2)) === 'LOC') || this.nextItemOf(p, 'LOC');
  }

  /**
   * Whether the run `[p, to)` is a nationality or a country and the name of a known non-governmental movement ("the
   * British Red Cross", "Kenya Red Cross"): that nation's society, one organisation, not the movement itself.
   */
  protected nationalSociety(p: number, to: number): boolean {
    for (let k = p + 1; k < to; k++) {
      const nation = this.known(p, k) ? this.typeKnown(p, k)! : undefined;
      if (!nation || (nation.type !== 'NORP' && !(nation.type === 'GPE' && nation.kbId)) || !this.known(k, to)) continue;
      const movement = this.typeKnown(k, to)!;
      return movement.type === 'ORG' && movement.kbId !== undefined && this.kb.organisation(movement.kbId)?.kind === 'NGO';
    }
    return false;
  }

  /**
   * Where the state ends in a run `[p, to)` that is a state of the United States and "Tech", "State" or "A&M" ("Georgia
   * Tech", "Texas A&M"); `p` when the run is no such name.
   */
  protected stateUniversity(p: number, to: number): number {
    const tail = this.text.slice(this.tokens.starts[to - 1]!, this.bareEnd(to - 1));
    const ampersand = to - p >= 4 && this.word(to - 2) === '&' && this.word(to - 3) === 'A' && tail === 'M';
    const tailStart = ampersand ? to - 3 : to - 1;
    if (tailStart <= p || !(ampersand || STATE_UNIVERSITY_TAILS.has(tail))) return p;
    return this.namesStateOfUniversity(this.text.slice(this.tokens.starts[p]!, this.tokens.ends[tailStart - 1]!)) ? tailStart : p;
  }

  /** Whether `name` is a state of the United States, or its short name, that names a university before its tail. */
  protected namesStateOfUniversity(name: string): boolean {
    return STATE_SHORT_NAMES.has(name) || (this.index.usStates.has(name) && !STATES_NAMED_WITH_STATE.has(name));
  }

  /** Whether the run `[p, to)` closes with a word ending bodies' names and a known town ("Imperial College London"). */
  protected headBeforeTown(p: number, to: number): boolean {
    if (to - p < 2 || !ORG_LAST.has(this.word(to - 2)) || !this.known(to - 1, to)) return false;
    const place = this.typeKnown(to - 1, to)!;
    return place.type === 'GPE' && !place.kbId;
  }

  /** Whether the run `[p, to)` is an acronym of capitals no list knows and a known town ("ETH Zurich"; not "K.C. Maurer"). */
  protected acronymBeforeTown(p: number, to: number): boolean {
    if (to - p !== 2 || !ACRONYM.test(this.word(p)) || this.known(p, p + 1) || !this.known(p + 1, to)) return false;
    const place = this.typeKnown(p + 1, to)!;
    return place.type === 'GPE' && !place.kbId;
  }

  /** Whether the first word of the run `[p, to)` is capitalised only because it opens the sentence. */
  protected openerOfRun(p: number, to: number, sFrom: number): boolean {
    const first = this.word(p);
    const last = this.word(to - 1).replace(APOSTROPHES, '');
    if (!this.opensSentence(p, sFrom) || !this.appearsInLowerCase(this.lower(p)) || this.firstName(first) !== undefined || HONORIFICS.has(first)) return false;
    // "Space Shuttle Atlantis" opening a sentence: the text also capitalises "Space" mid-sentence, so it is the name's.
    if (this.capitalisedMidSentence().has(first)) return false;
    if (endsNames(last) || ORG_FIRST.has(first) || LOC_FIRST.has(first) || OTHER_FIRST.has(first)) return false;
    return !this.known(p, p + 1) && !this.known(p, to);
  }
}
