// What follows a cue before its content: adjuncts to skip, and a complement or infinitive coming soon.
import type { Span } from '../../doc/span.js';
import { TokenKind } from '../tokens/types.js';
import { ADJUNCTS, ADJUNCT_WORDS, ANONYMITY_PARTICIPLES, AUXILIARIES, CUE_VERBS, DOCUMENTS, GATHERINGS, IRREGULAR_PAST, MEDIUM_NOUNS, OCCASIONS, WITHHELD_NAME_PARTICIPLES } from './cues.js';
import { CLAUSE_WORDS, MAX_SOURCE, COMMA, type Context, lower, isPunct, isCapitalised, opensRegion, isDash, lowerWordAt, NOT_CONTENT_START, isWordAt, isNumberAt, isPastForm, isNounWord, countWords, isPluralPossessive, POSSESSIVE_PRONOUNS, isVerbForm, isVerbPast, firstTokenAt } from './context.js';

// Prepositions that open the content of a judgement or demand: "called for a ban", "criticised him for".
export const OBJECT_PREPOSITIONS = new Set(['for', 'on', 'to', 'about', 'of', 'over', 'against']);
// Prepositions that take a verb's or noun's object and open no adjunct before a clause's subject inside a sentence:
// a phrase opening with one there is no source ("accuses Lee | of letting boats into waters both towns claim").
export const OBJECT_ONLY_PREPOSITIONS = new Set(['of', 'into', 'than', 'against']);
// Prepositions that open the topic of speech or thought: "wrote about the trip", "agreed with the ruling", "argued
// for a ban", "commented on the vote", "warned of a crash" (PolNeAR's content is the topic).
export const TOPIC_PREPOSITIONS = new Set(['about', 'with', 'on', 'of', 'for']);
export const COLON = new Set([':']);

// Days that end a time adjunct after a subject: "The court on Tuesday said".
export const DAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday']);
// Parts of a day that go on with a day's name ("Wednesday morning", "yesterday afternoon").
export const DAY_PARTS = new Set(['morning', 'afternoon', 'evening', 'night']);
// Words that with a time noun make a time phrase, never an antecedent: "Last year they considered leaving".
export const TIME_PHRASE_OPENERS = new Set(['last', 'next', 'every', 'each', 'this', 'that']);
export const TIME_NOUNS = new Set(['year', 'month', 'week', 'day', 'night', 'morning', 'afternoon', 'evening', 'weekend', 'time', 'season', 'spring', 'summer', 'autumn', 'winter', 'decade', 'quarter']);

// Most tokens of an aside set off by a pair of dashes: "remarks the mayor gave — and soon retracted — that ...".
const MAX_DASH_ASIDE = 8;

/** The closing dash of an aside opened by the dash at token `k`, a few words on and before the sentence's end; else -1. */
export function dashAsideEnd(c: Context, k: number, last: number): number {
  for (let j = k + 1; j < last && j - k <= MAX_DASH_ASIDE + 1; j++) if (isDash(c, j)) return j;
  return -1;
}

/** The opening dash of an aside closed by the dash at token `k`, a few words back and after the sentence's start; else -1. */
export function dashAsideStart(c: Context, k: number, first: number): number {
  for (let j = k - 1; j > first && k - j <= MAX_DASH_ASIDE + 1; j--) if (isDash(c, j)) return j;
  return -1;
}

/** The first token at or after `from` whose sentence-level role is content, skipping adjuncts ("in a statement on Tuesday"). */
export function skipAdjuncts(c: Context, from: number, last: number): number {
  let k = from;
  for (let matched = true; matched && k <= last;) {
    matched = false;
    // "acknowledged, though, that ...", "said, too, the pier would close": a connective set off by commas is the
    // writer's joint, no part of what follows.
    if (k + 2 <= last && isPunct(c, k, COMMA) && isConnectiveAside(c, k + 1)) {
      k += 3;
      matched = true;
      continue;
    }
    // "believes, as I do, that ...": a comparison set off by commas likens another's view to the speaker's; what
    // was said follows it.
    const likened = comparisonAsideEnd(c, k, last);
    if (likened > k) {
      k = likened;
      matched = true;
      continue;
    }
    // "reported, citing two officials, that ...": a cue's participle set off by commas names whom the words came
    // through; the complement follows it.
    const aside = participleAsideEnd(c, k, last);
    if (aside > k) {
      k = aside;
      matched = true;
      continue;
    }
    // "said in a televised address", "told reporters at a crowded news conference": an occasion of speech.
    const occasion = occasionEnd(c, k, last);
    if (occasion > k) {
      k = afterOccasion(c, occasion, last);
      matched = true;
      continue;
    }
    for (const phrase of ADJUNCTS.get(lower(c, k)) ?? []) {
      if (k + phrase.length - 1 > last || !phrase.every((word, n) => c.regionOf[k + n] < 0 && lower(c, k + n) === word)) continue;
      // "said in a recorded greeting to the rally": a noun going on after a phrase ending in one makes a longer adjunct.
      // "said in a video post on X that": a document noun after one heads a compound, whatever cue form it also is.
      // "said in a statement two officers had been ...": a bare subject with its verb after the phrase opens a clause.
      const compound = continuesNoun(c, k + phrase.length, last) && !opensBareClause(c, k + phrase.length, last);
      if (phrase.length > 1 && (compound || DOCUMENTS.has(lowerWordAt(c, k + phrase.length, last) ?? ''))) continue;
      k += phrase.length;
      // "said Wednesday morning on ...": a part of the day goes on with the day named before it.
      if (k <= last && DAYS.has(phrase[phrase.length - 1]!) && DAY_PARTS.has(lower(c, k))) k++;
      if (phrase[0] === 'in' && phrase.length > 1) k = afterOccasion(c, k, last);
      matched = true;
      break;
    }
  }
  return k;
}

// Most tokens of a participle aside between a cue and its "that": ", citing two officials in the ministry,".
const MAX_PARTICIPLE_ASIDE = 10;

/**
 * The "that" after a cue's participle set off by commas at token `k` (", citing police, | that", ", quoting a local
 * official, | that"), or `k` when none stands there.
 */
function participleAsideEnd(c: Context, k: number, last: number): number {
  if (k + 3 > last || !isPunct(c, k, COMMA) || c.regionOf[k] >= 0 || CUE_VERBS.get(lowerWordAt(c, k + 1, last) ?? '')?.participle !== true) return k;
  const close = asideCommaEnd(c, k, last, MAX_PARTICIPLE_ASIDE);
  return close >= 0 && lowerWordAt(c, close + 1, last) === 'that' ? close + 1 : k;
}

/**
 * The comma closing an aside that the comma at token `open` and the word after it open (", citing police |,|", ", an
 * analyst at Kell |,|"), at most `max` tokens on, with no quote, other punctuation or word failing `inAside` before
 * it; else -1.
 */
export function asideCommaEnd(c: Context, open: number, last: number, max: number, inAside: (k: number) => boolean = () => true): number {
  for (let j = open + 2; j < last && j - open <= max && c.regionOf[j] < 0; j++) {
    if (isPunct(c, j, COMMA)) return j;
    if (c.tokens.kinds[j] === TokenKind.PUNCT || !inAside(j)) return -1;
  }
  return -1;
}

// Nouns that end an occasion phrase after a cue: documents, gatherings and the occasions of speech themselves.
const OCCASION_NOUNS: ReadonlySet<string> = new Set([...DOCUMENTS, ...GATHERINGS, ...OCCASIONS]);
// Prepositions opening an occasion after a cue; "on" there is more often a verb's particle ("calling on the court"), so
// it opens only a medium's phrase ("on its website").
const OCCASION_OPENERS = new Set(['in', 'at', 'during']);
// Most modifiers before an occasion's noun ("in a | televised | address", "at a | crowded news | conference").
const MAX_OCCASION_MODIFIERS = 2;

/**
 * The token after an occasion phrase opening at `k`: a preposition, an article or possessive, at most two modifiers
 * and an occasion's noun ("in a televised address", "at a news conference", "during Tuesday's debate", "on its
 * website"); else `k`. A noun going on after one ("in a video | message") makes the phrase longer.
 */
function occasionEnd(c: Context, k: number, last: number): number {
  const opener = lower(c, k);
  const medium = opener === 'on';
  if (k + 2 > last || c.regionOf[k] >= 0 || !(OCCASION_OPENERS.has(opener) || medium) || !(ARTICLES_AND_POSSESSIVES.has(lower(c, k + 1)) || isNamePossessive(c, k + 1))) return k;
  const heads = medium ? MEDIUM_NOUNS : OCCASION_NOUNS;
  // A noun going on after the head makes the phrase longer, unless it opens a clause of its own.
  const compound = (j: number): boolean => (continuesNoun(c, j + 1, last) && !opensBareClause(c, j + 1, last)) || heads.has(lowerWordAt(c, j + 1, last) ?? '');
  for (let j = k + 2; j <= last && j - (k + 2) <= MAX_OCCASION_MODIFIERS && isWordAt(c, j) && c.regionOf[j] < 0; j++) {
    // A capitalised noun is part of a name ("at the Supreme Court"), no occasion.
    if (heads.has(lower(c, j)) && !isCapitalised(c, j) && !compound(j)) return j + 1;
    if (!occasionModifier(c, j)) return k;
  }
  return k;
}

// Prepositions naming who an occasion was with or for: "an interview with", "a note to clients", "a column for".
const OCCASION_PARTIES = new Set(['with', 'to', 'for']);

/**
 * The token after what may follow an occasion's noun at `k`: the one it was with or for ("in an interview | with the
 * Daily Star", "at a meeting | with analysts", "in a note | to clients", "in a column | for the paper"), or a
 * participle describing the document ("in a report | published on Thursday") and a place or programme named ("at a
 * news conference | in Geneva").
 */
function afterOccasion(c: Context, k: number, last: number): number {
  const word = lowerWordAt(c, k, last);
  if (k < last && word !== null && OCCASION_PARTIES.has(word) && !opensInfinitive(c, k, last)) return phraseUntilClause(c, k + 1, last);
  return namedPlaceEnd(c, titleEnd(c, afterDocumentParticiple(c, k, last), last), last);
}

// Small words inside a name ("Fox and Friends", "Bank of England").
const NAME_LINKS_WORDS = ['and', 'of', 'the', '&'];
const NAME_LINKS = new Set(NAME_LINKS_WORDS);
// Small words inside a title ("Going Back to Work", "Notes of a Native Son").
const TITLE_LINKS = new Set([...NAME_LINKS_WORDS, 'to', 'a', 'an', 'in', 'for', 'on']);

/** The "that" after a work's title at `k` ("in his book | Notes From the Road | that ..."), or `k`. */
function titleEnd(c: Context, k: number, last: number): number {
  let j = k;
  while (j <= last && c.regionOf[j] < 0 && isWordAt(c, j) && (isCapitalised(c, j) || (j > k && TITLE_LINKS.has(lower(c, j))))) j++;
  return j > k && j <= last && isCapitalised(c, j - 1) && lowerWordAt(c, j, last) === 'that' ? j : k;
}

// Prepositions before the place, programme or outlet of an occasion: "at a rally in Dayton", "on Fox and Friends".
const OCCASION_PLACE_PREPOSITIONS = new Set(['in', 'on', 'at', 'to']);

/** The token after a name's place or programme phrase at `k` ("| in Geneva |", "| on Fox and Friends |"), or `k`. */
function namedPlaceEnd(c: Context, k: number, last: number): number {
  if (k >= last || c.regionOf[k] >= 0 || !isWordAt(c, k) || !OCCASION_PLACE_PREPOSITIONS.has(lower(c, k)) || !isCapitalised(c, k + 1)) return k;
  let j = k + 1;
  while (j + 1 <= last && c.regionOf[j + 1] < 0 && (isCapitalised(c, j + 1) || (NAME_LINKS.has(lower(c, j + 1)) && j + 2 <= last && isCapitalised(c, j + 2)))) j++;
  return j + 1;
}

// Most words of a bare subject ("two officers", "police") before its verb.
const MAX_BARE_SUBJECT = 3;

/**
 * True when token `k` opens a clause with a bare subject: a number or a few noun words, then a finite auxiliary
 * ("in a statement | two officers had been suspended", "on Sunday | talks would resume"), so the word is no part of the
 * noun phrase before it.
 */
function opensBareClause(c: Context, k: number, last: number): boolean {
  for (let j = k; j <= last && j - k < MAX_BARE_SUBJECT + 1 && c.regionOf[j] < 0; j++) {
    const word = lowerWordAt(c, j, last);
    if (word === null && j === k && isNumberAt(c, j)) continue;
    if (word === null) return false;
    if (j > k && isFiniteAuxiliary(word)) return true;
    if (!isNounWord(word)) return false;
  }
  return false;
}

// Words that may follow a participle describing a document, opening its time, place or agent ("released on Monday",
// "posted late on Friday", "issued by the ministry"), and adverbs standing for one ("posted online").
const AFTER_DOCUMENT_PARTICIPLE = new Set(['on', 'in', 'at', 'by', 'late', 'early', 'last', 'this']);
const DOCUMENT_PARTICIPLE_ADVERBS = new Set(['online', 'overnight', 'jointly', 'earlier', ...DAYS]);

/**
 * The token after a past participle at `k` describing the document just named, with an adverb or its agent after
 * "by" ("in a statement | issued by the ministry | on Monday"), or `k` when none stands there. Time and place phrases
 * after it are left to the adjunct list.
 */
function afterDocumentParticiple(c: Context, k: number, last: number): number {
  const word = lowerWordAt(c, k, last);
  if (word === null || c.regionOf[k] >= 0 || !isVerbPast(word)) return k;
  const next = k + 1;
  if (next <= last && !isPunct(c, next, COMMA) && c.tokens.kinds[next] === TokenKind.PUNCT) return next;
  if (next > last || !isWordAt(c, next)) return k;
  const after = lower(c, next);
  if (DOCUMENT_PARTICIPLE_ADVERBS.has(after)) return next + 1;
  if (after === 'by') return agentEnd(c, next + 1, last);
  return AFTER_DOCUMENT_PARTICIPLE.has(after) ? next : k;
}

/**
 * The token after an agent's noun phrase from token `from` ("by | the mayor's office | the plan ..."): a determiner
 * may open it, and a second one, a clause word, a preposition or a verb form ends it.
 */
function agentEnd(c: Context, from: number, last: number): number {
  let k = from <= last && DETERMINERS.has(lower(c, from)) ? from + 1 : from;
  while (k <= last && isWordAt(c, k) && c.regionOf[k] < 0 && !DETERMINERS.has(lower(c, k)) && !CLAUSE_WORDS.has(lower(c, k)) && !NOT_CONTENT_START.has(lower(c, k)) && !CUE_VERBS.has(lower(c, k))) k++;
  return k;
}

/**
 * The first token after a noun phrase starting at `from`, at most a source's length: at a quote, punctuation, a clause
 * word or a preposition ("a host | whether", "an interview with 60 Minutes | on Sunday").
 */
export function phraseUntilClause(c: Context, from: number, last: number): number {
  let k = from;
  while (k <= last && k - from < MAX_SOURCE && c.regionOf[k] < 0 && c.tokens.kinds[k] !== TokenKind.PUNCT && !CLAUSE_WORDS.has(lower(c, k)) && !NOT_CONTENT_START.has(lower(c, k))) k++;
  return k;
}

// Adverbs a writer sets off by commas to join the sentence to the last: "The plan, however, was ...".
const CONNECTIVES: ReadonlySet<string> = new Set(['however', 'meanwhile', 'though', 'too', 'also', 'instead', 'nonetheless', 'nevertheless', 'moreover', 'indeed', 'likewise', 'meantime']);

// Most words of the subject of a comparison aside: "as | many in the party | do".
const MAX_COMPARED_SUBJECT = 4;

/**
 * The token after a comparison aside opening at the comma `k` ("wondered, as many do, why ..."): "as", a short
 * subject and a finite auxiliary standing for the cue's verb, closed by a comma; else `k`.
 */
function comparisonAsideEnd(c: Context, k: number, last: number): number {
  if (k + 4 > last || !isPunct(c, k, COMMA) || c.regionOf[k + 1] >= 0 || lower(c, k + 1) !== 'as') return k;
  let v = k + 2;
  while (v <= last && v - k - 2 < MAX_COMPARED_SUBJECT && c.regionOf[v] < 0 && c.tokens.kinds[v] === TokenKind.WORD && !isFiniteAuxiliary(lower(c, v))) v++;
  return v > k + 2 && v + 1 <= last && c.regionOf[v] < 0 && isFiniteAuxiliary(lower(c, v)) && isPunct(c, v + 1, COMMA) ? v + 2 : k;
}

/** True when token `k` is a connective set off by commas ("..., however, ..."): the writer's joint, not anyone's words. */
export function isConnectiveAside(c: Context, k: number): boolean {
  return c.regionOf[k] < 0 && CONNECTIVES.has(lower(c, k)) && isPunct(c, k - 1, COMMA) && isPunct(c, k + 1, COMMA);
}

/** True when token `k` is a lower-case word that can only go on with the noun phrase before it, not open a content. */
export function continuesNoun(c: Context, k: number, last: number): boolean {
  const word = lowerWordAt(c, k, last);
  return word !== null && isNounWord(word) && !ADJUNCT_WORDS.has(word) && !OBJECT_PREPOSITIONS.has(word) && !DETERMINERS.has(word) && !SUBJECT_PRONOUNS.has(word) && !OBJECT_PRONOUNS.has(word) && !FINITE_AUXILIARIES.has(word);
}

/**
 * True when token `k`, right after a cue and its adjuncts, opens the cue's object: a determiner, a lower-case noun or a
 * name's possessive.
 */
export function opensObject(c: Context, k: number, last: number): boolean {
  const word = lowerWordAt(c, k, last);
  if (word === null) return k <= last && isNamePossessive(c, k);
  return DETERMINERS.has(word) || QUANTIFIERS.has(word) || (isNounWord(word) && !ADJUNCT_WORDS.has(word) && !NOT_CONTENT_START.has(word) && word !== 'that');
}

// A name's possessive ending, glued to it: "Lee's", "Ruiz’s".
const NAME_POSSESSIVE = /^\p{Lu}.*['’]s$/u;

/** True when token `k` is a name in the possessive ("rejected | Lee’s argument that ..."), a determiner of the object. */
function isNamePossessive(c: Context, k: number): boolean {
  return isWordAt(c, k) && NAME_POSSESSIVE.test(c.text.slice(c.tokens.starts[k], c.tokens.ends[k]));
}

/**
 * Where the content starts when a short stretch of adjuncts stands between the cue and it: the "that" of "said
 * during her concession speech on Friday that", or the quote of 'said Monday on the radio, "We always ..."'; or -1.
 * The stretch holds no verb, clause word or other punctuation ("it might not risk going that far" is not one).
 */
export function complementSoon(c: Context, from: number, last: number): number {
  for (let k = from; k <= last && k - from < 12; k++) {
    // 'said — on a podcast, oddly enough — that ...': an aside between dashes is passed over whole, whatever it holds.
    if (isDash(c, k)) {
      const close = dashAsideEnd(c, k, last);
      return close >= 0 && (lower(c, close + 1) === 'that' || opensRegion(c, close + 1)) ? close + 1 : -1;
    }
    if (opensRegion(c, k) && k > from && (isPunct(c, k - 1, COMMA) || isPunct(c, k - 1, COLON))) return k;
    // A programme's or book's title on the way: 'said on Radio Halden's "Morning Tide" that ...'.
    if (opensRegion(c, k) && countWords(c.text, c.regions[c.regionOf[k]]) <= 6) {
      while (k + 1 <= last && c.regionOf[k + 1] === c.regionOf[k]) k++;
      continue;
    }
    // A plural possessive's mark inside a name goes on with it: "told a rally outside St James’ Hospital that ..."
    // ("dismissed the critics’ claims that ..." is what was dismissed).
    const inName = isPluralPossessive(c, k) && isCapitalised(c, k - 1) && isCapitalised(c, k + 1);
    if (c.regionOf[k] >= 0 || (c.tokens.kinds[k] === TokenKind.PUNCT && !isPunct(c, k, COMMA) && !isPunct(c, k, COLON) && !inName)) return -1;
    // "The rule will change, Ms Lee said, a step that ...": a noun phrase after a comma describes what was said.
    if (isPunct(c, k, COMMA) && k + 1 <= last && DETERMINERS.has(lower(c, k + 1))) return -1;
    const word = lower(c, k);
    // "voted after a meeting that lasted six hours": a "that" right before a past verb is a relative pronoun, no
    // complement (before "is" or "would" it may open one: "said Tuesday that would change").
    if (word === 'that') return k > from && k < last && (isPastForm(lower(c, k + 1)) || relativeThat(c, k, last)) ? -1 : k;
    // "said after a briefing on Friday that": "after" and "before" before a noun phrase are prepositions, not clauses.
    // "in a note to clients that", "in his speech to the party that": "to" after a document names its receivers.
    const preposition = (TIME_PREPOSITIONS.has(word) && k < last && (DETERMINERS.has(lower(c, k + 1)) || isCapitalised(c, k + 1) || isNumberAt(c, k + 1)))
      || (word === 'to' && k > from && DOCUMENTS.has(lower(c, k - 1)) && !opensInfinitive(c, k, last));
    // "said in a written statement that": a past participle after a determiner describes a noun ("his claims" does not
    // count: a noun there may take a relative "that"); "said at a regular briefing that": a verbal noun.
    const cueForm = CUE_VERBS.get(word);
    // "said in a clip posted online that": a past participle after a preposition's object describes that object too.
    const pastParticiple = cueForm !== undefined && word !== cueForm.lemma && !cueForm.participle && !word.endsWith('s');
    const describing = cueForm !== undefined && ((k > from && DETERMINERS.has(lower(c, k - 1)) && pastParticiple) || (k >= 3 && OCCASION_PREPOSITIONS.has(lower(c, k - 3)) && DETERMINERS.has(lower(c, k - 2)) && lowerWordAt(c, k - 1, last) !== null && !CUE_VERBS.has(lower(c, k - 1)) && pastParticiple) || namesOccasion(c, k, from));
    // A capitalised cue form is a name on the way ("told The Post on Saturday that"), not a second verb; so is a
    // capitalised auxiliary, a month or a name ("said in May that", "told Will that").
    if (c.tokens.kinds[k] === TokenKind.WORD && !preposition && ((AUXILIARIES.has(word) && !isCapitalised(c, k)) || CLAUSE_WORDS.has(word) || (CUE_VERBS.has(word) && !isCapitalised(c, k) && !describing))) return -1;
  }
  return -1;
}

/**
 * True when the "that" at token `k` opens a relative clause on the noun before it: a lower-case noun (no time noun:
 * "said last week that would ...") right before, and a finite verb or past form right after ("proposed breaking up the
 * boards that have run ...", "found nothing in the accounts that had not been ..."), so the noun phrase with its clause
 * is the cue's object.
 */
function relativeThat(c: Context, k: number, last: number): boolean {
  const noun = lowerWordAt(c, k - 1, last);
  const verb = lowerWordAt(c, k + 1, last);
  return noun !== null && verb !== null && isNounWord(noun) && !TIME_NOUNS.has(noun) && (isFiniteAuxiliary(verb) || IRREGULAR_PAST.has(verb));
}

/**
 * Where a to-infinitive starts after a short stretch of adjuncts opening with a preposition of place or time: the
 * "to" of "promised Sunday at a rally in Reno to end the levy"; or -1. "to" before a noun phrase ("pledged at the
 * summit to the victims") is a preposition, and a verb, clause word or punctuation on the way ends the stretch.
 */
export function infinitiveSoon(c: Context, from: number, last: number): number {
  // "called on the council to act", "asked for volunteers to help": the object of "on"/"for" is the infinitive's
  // subject and part of the content; "calling up reservists to fight": a particle makes another verb with an object.
  const opener = from <= last && isWordAt(c, from) ? lower(c, from) : '';
  if (!NOT_CONTENT_START.has(opener) || OBJECT_PREPOSITIONS.has(opener) || TOPIC_PREPOSITIONS.has(opener) || PARTICLES.has(opener)) return -1;
  for (let k = from; k < last && k - from < MAX_ADJUNCTS_BEFORE_INFINITIVE; k++) {
    if (!isWordAt(c, k)) return -1;
    const word = lower(c, k);
    if (word === 'to' && k > from) return opensInfinitive(c, k, last) ? k : -1;
    if (AUXILIARIES.has(word) || CLAUSE_WORDS.has(word) || CUE_VERBS.has(word)) return -1;
  }
  return -1;
}

/**
 * True when the "to" at token `k` opens a to-infinitive, not a prepositional phrase: a lower-case word follows that is
 * no determiner, quantifier, object pronoun or noun ("calls to the station", "agreed to changes", "a warning to
 * drivers", "pledged to members of the board" are places and receivers).
 */
export function opensInfinitive(c: Context, k: number, last: number): boolean {
  const verb = lower(c, k) === 'to' ? lowerWordAt(c, k + 1, last) : null;
  return verb !== null && !DETERMINERS.has(verb) && !QUANTIFIERS.has(verb) && !OBJECT_PRONOUNS.has(verb) && !isNounAfterTo(c, k + 1, last);
}

/** True when the word at token `k` reads as a noun: a plural ("voters", "changes") or a head before "of". */
function isNounAfterTo(c: Context, k: number, last: number): boolean {
  return PLURAL_NOUN.test(lower(c, k)) || lowerWordAt(c, k + 1, last) === 'of';
}

// A plural ending; "-ss" and "-us" are bare verbs too ("to discuss", "to focus").
export const PLURAL_NOUN = /^[a-z]{2,}[^su]s$/u;

// Most words between an intent cue and its infinitive: "vowed at a Friday hustings in Kelso to ...".
const MAX_ADJUNCTS_BEFORE_INFINITIVE = 10;

/**
 * True when the words at token `k` ask for the speaker's anonymity ("(not) to be named", "that her name be withheld"):
 * a condition of the interview, not a report.
 */
export function asksAnonymity(c: Context, k: number, last: number): boolean {
  const to = lower(c, k) === 'not' ? k + 1 : k;
  return (to + 2 <= last && lower(c, to) === 'to' && lower(c, to + 1) === 'be' && ANONYMITY_PARTICIPLES.has(lower(c, to + 2))) || asksNameWithheld(c, k, last) || asksNotToBeNamed(c, k, last) >= 0;
}

/**
 * The last token of a "that" clause at token `k` asking that its person not be named ("that he not be named", "that
 * they not be identified"), or -1.
 */
function asksNotToBeNamed(c: Context, k: number, last: number): number {
  if (lower(c, k) !== 'that' || k + 4 > last || !SUBJECT_PRONOUNS.has(lower(c, k + 1))) return -1;
  return lower(c, k + 2) === 'not' && lower(c, k + 3) === 'be' && ANONYMITY_PARTICIPLES.has(lower(c, k + 4)) ? k + 4 : -1;
}

/**
 * True when a "that" clause at token `k` asks that the speaker's own name be kept out: "that her name be withheld",
 * "that his last name not be used". The possessive makes it the speaker's name, not a request about someone else's.
 */
function asksNameWithheld(c: Context, k: number, last: number): boolean {
  if (lower(c, k) !== 'that' || k + 1 > last || !POSSESSIVE_PRONOUNS.has(lower(c, k + 1))) return false;
  // One describing word may stand before the noun: "his last name", "her full name".
  let name = k + 2;
  if (name + 1 <= last && !NAME_NOUNS.has(lower(c, name))) name++;
  if (name > last || !NAME_NOUNS.has(lower(c, name))) return false;
  const be = name + 1 <= last && lower(c, name + 1) === 'not' ? name + 2 : name + 1;
  return be + 1 <= last && lower(c, be) === 'be' && WITHHELD_NAME_PARTICIPLES.has(lower(c, be + 1));
}

// The nouns a request for anonymity keeps out: "her name", "their names".
const NAME_NOUNS = new Set(['name', 'names']);

// Words by which a clause grants its person anonymity: "who spoke on condition of anonymity", "anonymously".
const ANONYMOUS_WORDS = new Set(['anonymity', 'anonymously']);

/** True when the words at token `k` grant the speaker anonymity: a word for it, or a request ("asked not to be named"). */
export function grantsAnonymity(c: Context, k: number, last: number): boolean {
  return ANONYMOUS_WORDS.has(lower(c, k)) || asksAnonymity(c, k, last);
}

// Most tokens of a phrase granting anonymity: "on the condition of anonymity".
const MAX_ANONYMITY_PHRASE = 5;

/**
 * True when `content` is no more than a phrase granting anonymity ("on condition of anonymity", "anonymously", "on
 * condition that he not be named"): the terms of an interview ("briefing reporters on condition of anonymity"), no
 * reported words.
 */
export function onlyGrantsAnonymity(c: Context, content: Span): boolean {
  const from = firstTokenAt(c, content.start, 0);
  const to = firstTokenAt(c, content.end, from) - 1;
  if (c.regionOf[to] >= 0) return false;
  if (ANONYMOUS_WORDS.has(lower(c, to))) return to - from < MAX_ANONYMITY_PHRASE;
  // "briefing reporters on condition that he not be named": the request ends the terms.
  for (let k = from; k < to && k - from < MAX_ANONYMITY_PHRASE; k++) if (asksNotToBeNamed(c, k, to) === to) return true;
  return false;
}

// The second words that make "at" open an amount ("at least 40 homes"), not a place or time adjunct.
const AMOUNT_AFTER_AT = new Set(['least', 'most']);

/**
 * True when token `k` opens an amount with "at least" or "at most" ("said at least 40 homes had collapsed"), or with
 * "up to" before a number or "a"/"an" ("said up to an inch of ice had built up").
 */
export function opensAmount(c: Context, k: number, last: number): boolean {
  if (k >= last) return false;
  if (lower(c, k) === 'up') return k + 2 <= last && lower(c, k + 1) === 'to' && (isNumberAt(c, k + 2) || INDEFINITE_ARTICLES.has(lower(c, k + 2)));
  return lower(c, k) === 'at' && AMOUNT_AFTER_AT.has(lower(c, k + 1));
}

// Words before a noun: "the state", "his comments", "20 pledged delegates" are not cues.
export const DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'this', 'these', 'those', 'every', 'each', 'no', 'such', 'own', 'whose']);
// Quantifiers: subjects before a verb ("Some say ..."), determiners before a noun ("some claims").
export const QUANTIFIERS = new Set(['some', 'many', 'several', 'other', 'any', 'few']);
export const SUBJECT_PRONOUNS = new Set(['i', 'we', 'you', 'he', 'she', 'it', 'they', 'who', 'officials', 'critics', 'analysts', 'experts', 'democrats', 'republicans', 'voters', 'people', 'aides', 'advisers', 'advisors', 'supporters', 'opponents', 'sources', 'polls', 'surveys', 'studies', 'researchers', 'economists', 'leaders', 'lawmakers', 'observers', 'others', 'most', 'both', 'all']);
export const BE = new Set(['is', 'are', 'was', 'were']);
// Forms of "be" besides those four: "will be able to", "has been keen to", "I am".
export const COPULA_FORMS = new Set(['be', 'been', 'being', 'am']);
export const HAVE = new Set(['have', 'has', 'had', 'having', "'ve", '’ve']);
// Modals that carry a reported clause on to its subject's next act after "and"/"but" ("... but would write").
// Modals with a contracted negation, in both apostrophes ("but wouldn't write", "it couldn't say").
export const NEGATED_MODALS = ["wouldn't", "couldn't", "shouldn't", "won't", "can't", "mustn't"].flatMap((word) => [word, word.replace("'", '’')]);
export const MODALS = new Set(['will', 'would', 'could', 'may', 'might', 'can', 'should', 'must', 'to', 'did', 'does', 'do', "didn't", "doesn't", "don't", 'didn’t', 'doesn’t', 'don’t', 'cannot', ...NEGATED_MODALS, 'shall']);
// Auxiliaries that end a subject; adverbs listed with the auxiliaries ("all", "also") may stand inside it ("majorities
// in all four wards say").
export const FINITE_AUXILIARIES = new Set([...BE, ...MODALS, ...HAVE, ...COPULA_FORMS]);

/** True for a finite auxiliary but "to", which MODALS lists ("to say") but which opens phrases too ("donors to the fund"). */
export function isFiniteAuxiliary(word: string): boolean {
  return word !== 'to' && FINITE_AUXILIARIES.has(word);
}

/** True for an adverb the cue lexicon lists beside the auxiliaries, which may stand inside a verb group ("long", "then", "also"). */
export function isListedAdverb(word: string): boolean {
  return AUXILIARIES.has(word) && !FINITE_AUXILIARIES.has(word);
}

export const INDEFINITE_ARTICLES = new Set(['a', 'an']);
export const ARTICLES = new Set(['the', ...INDEFINITE_ARTICLES]);
// Indefinite pronouns, which may head a noun phrase alone ("everyone it had details for").
export const INDEFINITES = new Set(['everyone', 'anyone', 'someone', 'everything', 'anything', 'something', 'nothing', 'everybody', 'anybody', 'somebody', 'all']);

// Prepositions of place and occasion that take a verbal noun: "at a regular briefing", "during a closed hearing",
// "after the vote", "before the vote".
export const OCCASION_PREPOSITIONS = new Set(['at', 'in', 'during', 'on', 'after', 'before']);
// Determiners of an occasion's noun ("at a briefing", "in his report") and of a description a name in apposition may
// follow ("the study's lead author, Dr Ana Ruiz,").
export const ARTICLES_AND_POSSESSIVES = new Set([...ARTICLES, 'his', 'her', 'its', 'their', 'our']);

/**
 * True when token `i` ends an occasion: a preposition, an article and at most two modifiers before it ("at a
 * briefing", "on a conference call", "in a Facebook post", "in a social media post"). A cue word there is a noun, so
 * "told analysts on a call that ..." goes on to its "that". "with the minister saying" is no occasion: "with" opens an
 * absolute clause.
 */
function namesOccasion(c: Context, i: number, first: number): boolean {
  let article = i - 1;
  while (article > i - 3 && article > first && occasionModifier(c, article)) article--;
  return article - 1 >= first && ARTICLES_AND_POSSESSIVES.has(lower(c, article)) && OCCASION_PREPOSITIONS.has(lower(c, article - 1));
}

/** True when token `k` may modify an occasion's noun: a word that is no article, clause word or sure verb ("Facebook", "media"). */
function occasionModifier(c: Context, k: number): boolean {
  if (!isWordAt(c, k) || c.regionOf[k] >= 0) return false;
  const word = lower(c, k);
  return !ARTICLES_AND_POSSESSIVES.has(word) && !isVerbForm(word) && !CLAUSE_WORDS.has(word);
}

// Particles of a phrasal verb: "put out a statement", "sent up a flare", "handed down a ruling".
export const PARTICLES = new Set(['out', 'up', 'off', 'back', 'down']);

// Clause words that are also prepositions of time: "after a lunch", "before Tuesday's vote".
export const TIME_PREPOSITIONS = new Set(['after', 'before', 'since', 'until']);
// Pronouns that are objects only: "a group backing him".
export const OBJECT_PRONOUNS = new Set(['him', 'her', 'them', 'us', 'me', 'it']);
