// The frames an attribution is written in besides the verb frame (opener, aside, noun, hearsay, label and other
// frames), and the helpers the verb frame shares with them.
import type { Span } from '../../doc/span.js';
import type { Sentence } from '../sentences/types.js';
import { TokenKind } from '../tokens/types.js';
import { UPOS_INDEX } from '../pos/types.js';
import { STANCE_ADJECTIVES, VOICE_ADJECTIVES, VOICE_COMPLEMENTS, ADJECTIVE_COMPLEMENTS, AUDIENCES, AUDIENCE_PASSIVES, AGENT_COMPLEMENTS, AGENT_NOUNS, ADJUNCT_WORDS, AUXILIARIES, COLON_LABELS, CUE_NOUNS, CUE_VERBS, DOCUMENTS, LABELLING, LINKING, NOUN_COMPLEMENTS, PUBLISHING, PURPOSE_NOUNS, CONTENT_NOUNS, QUESTION_NOUNS, POSSESSIONS, RECEPTIONS, LIGHT_VERBS, STANCE_PHRASES, ASKED_NOUNS, DEMAND_NOUNS, MADE_NOUNS, PERFORMED_NOUNS, FRAMED_NOUNS, GATHERINGS, RECEIVED_NOUNS, BACKING_NOUNS, BACKING_RECEPTIONS, IRREGULAR_PAST, VOICING_VERBS, VOICED_NOUNS, type CueVerb } from './cues.js';
import { VERB_TAG, NOUN_TAG, RELATIVES, CLAUSE_WORDS, MAX_SOURCE, COMMA, type Context, isMonthWord, inHeadline, lower, wordsOf, isPunct, isCapitalised, opensRegion, isParticipleAt, holdsCueWord, holdsWordOutsideQuotes, isVerbForm, isDash, lastBefore, isSpacedHyphen, tokenSpan, NOT_CONTENT_START, isWordAt, isNumberAt, isPastForm, isVerbPast, isNounWord, clauseComma, POSSESSIVE_PRONOUNS, isQuoteEnd, firstTokenAt, SENTENCE_END, CLOSE_BRACKET, bracketOpen, POSSESSIVE_ENDING } from './context.js';
import { HAVE, dashAsideEnd, opensInfinitive, OBJECT_PREPOSITIONS, COLON, DAYS, skipAdjuncts, phraseUntilClause, isConnectiveAside, complementSoon, DETERMINERS, QUANTIFIERS, SUBJECT_PRONOUNS, BE, FINITE_AUXILIARIES, ARTICLES, PARTICLES, OBJECT_PRONOUNS, isFiniteAuxiliary, TIME_NOUNS, TIME_PHRASE_OPENERS } from './complements.js';
import { LEXICON } from '../times/lexicon.js';
import type { Turn } from './interviews.js';
import type { InterviewSides } from './speaker.js';
import { OBJECT_WORDS, QUESTION_WORDS, isPersonRole, skipAddressee } from './addressees.js';
import { CONTRACTED_SUBJECT, opensSubjectPhrase, BOUNDARY_PUNCT, TIME_OR_PLACE, CONJUNCTIONS, NEW_SUBJECTS, COMMA_DASH, BRACKETS, sourceBefore, PREPOSITIONS_BEFORE_MODIFIER, sourceAfter, apposedNameEnd, headNamesPerson, PASSIVE_BE, SUBORDINATORS, quoteEndsInComma, quoteComma, clauseSubject, firstVerbish, contactRelativeArticle, NEGATED_BE } from './sources.js';
import { CLAUSE_JOINS, CONTRACTED_HAS, isMannerAdverb, MAX_LIGHT_NOUN_MODIFIERS, lightVerbBefore, isPassiveAt, CONTRACTED_LINK, afterExistential, opensSentenceBare } from './cue-use.js';
import { contentEnd, rightContent, opensApposedRelativeAttribution, MAX_APPOSED_NOUN, joinsAccording, QUOTE_LEAD_INS, SEMICOLON, MAX_JOINED_SUBJECT, cueAfterSubject, speaksAfterRelativeSubject, afterApposition, cueStart, CLAUSE_VERBS, opensContentClause, COORDINATORS, NEGATIONS, participleCueAt, holdsNoClause, opensAttribution } from './content.js';

export const COMMA_COLON = new Set([',', ':']);

export const QUOTE_MARKS = new Set(['”', '"', '’', "'", '“', '‘']);

/** A found attribution before kind and speaker are settled. */
export interface Found {
  content: Span;
  source: Span | null;
  cue: Span | null;
  cueWords: string[];
  /** Regions wholly used as content (direct speech, or split quotes). */
  regions: number[];
  /** Reported words running into a quote: mixed although it holds whole regions. */
  mixed?: boolean;
  /** Headed by a belief, plan or judgement, not speech: "according to X" after it is a second, outer attribution. */
  nonSpeech?: boolean;
  /** An impression of its subject ("Voters seemed pleased"): "according to X" after it takes it over. */
  impression?: boolean;
  /** What an audience heard ("..., the jury was told"): the attributions nested in it stay beside it. */
  heard?: boolean;
  /**
   * The writer's words about someone, no attribution, though they keep the cues in them unread: a stance describing the
   * previous cue's speaker ("said Jo Ray, who backs the plan"), a sight gone to ("lined up to see him").
   */
  silent?: boolean;
  /** A standing duty stated as fact ("Pupils are expected to wear uniforms"): asserted, not the writer's forecast. */
  duty?: boolean;
  /** A work's title ('an ad titled "Scam"'): no words spoken, so no quote after it continues it. */
  title?: boolean;
  /** A transcript's or an interview's turn ("SMITH: ...", "Ruiz: No. ..."): the speaker's own words, direct speech without marks. */
  verbatim?: boolean;
  /**
   * A cue in a relative clause whose object is the relative word or the noun it is bound to ("the toll, which the mayor
   * opposed, and ..."): its subject is the relative clause's own, which no verb after the clause shares.
   */
  relativeGap?: boolean;
  /** The speaker, when the frame knows it without reading its source: an interview's "A:" is the person interviewed. */
  speaker?: number | null;
}

/**
 * The subject of the verb whose words start at token `start`: the phrase right before it, or after a joining "and" or
 * "but" the clause's subject ("The union said ... and raised concerns that ...").
 */
function verbSubject(c: Context, start: number, first: number): Span | null {
  const joined = start - 1 > first && isWordAt(c, start - 1) && (lower(c, start - 1) === 'and' || lower(c, start - 1) === 'but');
  return joined ? clauseSubject(c, first, start - 1) : sourceBefore(c, start, first);
}

/** True when "to" at token `k` opens a noun phrase that may name an addressee: "to the council", "to Lee", "to him". */
export function opensToAddressee(c: Context, k: number, last: number): boolean {
  return lower(c, k) === 'to' && k < last && (DETERMINERS.has(lower(c, k + 1)) || isCapitalised(c, k + 1) || OBJECT_PRONOUNS.has(lower(c, k + 1)) || OBJECT_WORDS.has(lower(c, k + 1)));
}

/**
 * The token after the addressee that "to" at token `k` opens, past adjuncts, and the complement there (-1: none):
 * "to reporters | that", 'to him, | "..."'. A "that" ending a longer phrase is no complement when it may be a relative
 * ("added to the cloud that has ..."); the phrase may run on over a place or its members after one naming hearers
 * ("groused to a crowd in Hull that", "explained to a gathering of farmers that"), but not after a thing ("admitted
 * to a role in the scheme that the police found", "agreed to a fine over claims that ...").
 */
export function complementAfterToAddressee(c: Context, k: number, last: number): { after: number; complement: number } {
  const named = skipAddressee(c, k + 1, last);
  const after = skipAdjuncts(c, named, last);
  const complement = complementSoon(c, after, last);
  const runsOn = complement > after + 1 && !namesHearers(c, named - 1);
  return { after, complement: complement >= 0 && !runsOn ? complement : -1 };
}

/** True when token `k` ends an addressee naming hearers: a name, a pronoun, people by role, a crowd or a gathering. */
function namesHearers(c: Context, k: number): boolean {
  const word = lower(c, k);
  return isCapitalised(c, k) || OBJECT_PRONOUNS.has(word) || (OBJECT_WORDS.has(word) && !DETERMINERS.has(word)) || isPersonRole(word) || GATHERINGS.has(word);
}

/** Longest stretch of adjuncts between a document and the participle describing it: "a statement late on Tuesday saying". */
const MAX_DOCUMENT_GAP = 3;

/** The document a participle cue starting at token `i` describes, over adjuncts ("a statement Wednesday saying", "ads attacking"), or -1. */
export function documentBefore(c: Context, i: number, first: number): number {
  for (let k = i - 1; k >= first && i - k <= MAX_DOCUMENT_GAP + 1 && isWordAt(c, k); k--) {
    if (DOCUMENTS.has(lower(c, k))) return k;
    if (!ADJUNCT_WORDS.has(lower(c, k))) return -1;
  }
  return -1;
}

/**
 * The source of a participle cue describing the document at token `doc`: who issued it when the document is a verb's
 * object ("The board released a statement saying ..."), else the document itself ("with polls showing ...", "A petition
 * calling for ...").
 */
export function documentSource(c: Context, doc: number, first: number): Span | null {
  // The document's phrase: a determiner and up to two describing words ("a new fundraising email", "his ads"), or
  // the noun alone ("new polls").
  let k = doc;
  for (let d = doc - 1; d >= first && doc - d <= MAX_DOCUMENT_MODIFIERS + 1 && isWordAt(c, d); d--) {
    const word = lower(c, d);
    if (DETERMINERS.has(word) || QUANTIFIERS.has(word) || POSSESSIVE_PRONOUNS.has(word)) {
      k = d;
      break;
    }
    // "a series of tweets", "a pair of statements": a noun of number with "of" opens the document's phrase.
    if (word === 'of' && d - 2 >= first && DETERMINERS.has(lower(c, d - 2)) && isWordAt(c, d - 1) && !isCapitalised(c, d - 1) && isNounWord(lower(c, d - 1))) {
      k = d - 2;
      break;
    }
    // A cue form right after the determiner describes the document ("a brief statement", "a written reply").
    const describing = CUE_VERBS.has(word) && d - 1 >= first && DETERMINERS.has(lower(c, d - 1));
    if (isCapitalised(c, d) || NOT_CONTENT_START.has(word) || AUXILIARIES.has(word) || CLAUSE_WORDS.has(word) || (CUE_VERBS.has(word) && !describing)) break;
  }
  // The verb whose object the document is, past a particle ("put out a statement"); a preposition ("during a speech
  // attacking") or a capitalised opener is none, and a bare noun is read as the document itself ("with polls showing").
  let verb = k - 1;
  if (verb - 1 >= first && PARTICLES.has(lower(c, verb))) verb--;
  const object = k < doc && verb >= first && isWordAt(c, verb) && !isCapitalised(c, verb) && !NOT_CONTENT_START.has(lower(c, verb)) && !CLAUSE_WORDS.has(lower(c, verb));
  return object ? sourceBefore(c, cueStart(c, verb, first), first) : tokenSpan(c, k, doc);
}

// Most describing words between a document and its determiner: "a new fundraising email".
const MAX_DOCUMENT_MODIFIERS = 2;

/** Where a cue verb's cue starts (`cueStart`), and for a participle the document before it (`documentBefore`) or -1. */
export interface CueSite {
  auxStart: number;
  documented: number;
}

/**
 * The found attribution for content at quote region `r`, continued by a split quote after the cue ('"We will," he said,
 * "stand firm."'), also over adjuncts after it ('"We will," he said on the radio last night, "stand firm."').
 */
export function regionContent(c: Context, r: number, after: number, last: number, source: Span | null, cue: Span, cueWords: string[]): Found {
  const regions = [r];
  let end = c.regions[r].end;
  // '"...," said Ann Ray, a historian, "...."': the second part follows the source's apposition.
  const resumed = after <= last && isPunct(c, after, COMMA) ? afterApposition(c, after, last) : after;
  const split = complementSoon(c, resumed > after && opensRegion(c, resumed) ? resumed - 1 : after, last);
  const second = split > after && opensRegion(c, split) && isPunct(c, split - 1, COMMA) ? split : continuedQuote(c, r, after, last);
  if (second >= 0) {
    regions.push(c.regionOf[second]);
    end = c.regions[c.regionOf[second]].end;
  }
  return { content: { start: c.regions[r].start, end }, source, cue, cueWords, regions };
}

/**
 * The token opening the quote that finishes quote region `r`'s sentence after a long cue phrase, or -1: '"The risk,"
 * said Ann Ray, an economist who studies ports, "is that ..."'. The first part ends in a comma and the second opens
 * after one in lower case, so it cannot stand alone; the first quote after the cue (token `after` on) must be it,
 * unless a "that" opens a reported clause on the way, which the quote finishes ('"...," she said, adding that
 * after the vote, "nothing changed."').
 */
function continuedQuote(c: Context, r: number, after: number, last: number): number {
  if (!quoteEndsInComma(c, r)) return -1;
  let k = after;
  for (; k <= last && c.regionOf[k] < 0; k++) if (lower(c, k) === 'that') return -1;
  if (k > last || !opensRegion(c, k) || !isPunct(c, k - 1, COMMA) || c.used[c.regionOf[k]]) return -1;
  return opensInLowerCase(c, c.regionOf[k]) ? k : -1;
}

/** True when quote region `r`'s first letter is lower case: the quote finishes a sentence begun before it. */
export function opensInLowerCase(c: Context, r: number): boolean {
  const opening = /^\P{L}*(\p{L})/u.exec(c.text.slice(c.regions[r].start, c.regions[r].end));
  return opening !== null && opening[1] !== opening[1].toUpperCase();
}

/** True for a word that makes a stretch a clause: an auxiliary, a clause word, a cue, a past form or a subject pronoun. */
export function makesClause(word: string): boolean {
  return AUXILIARIES.has(word) || CLAUSE_WORDS.has(word) || CUE_VERBS.has(word) || isPastForm(word) || NEW_SUBJECTS.has(word);
}

/** True when token `k` follows a clause of content `content`'s own: a finite verb, subject pronoun or "that" before it. */
function inReportedClause(c: Context, content: Span, k: number): boolean {
  const from = firstTokenAt(c, content.start, 0);
  if (from >= k) return false;
  for (let j = from; j < k; j++) if (c.regionOf[j] < 0 && CONTRACTED_SUBJECT.test(lower(c, j))) return true;
  return !holdsNoClause(c, from, k, true);
}

// Degree words whose "that" clause tells a result: "so opposed to the levy that ...", "such a row that ...".
const RESULT_DEGREES = new Set(['so', 'such']);

/**
 * The frame's content cut before a result clause: "are so opposed to the levy | that they back her rival", "scared her
 * so much about it | that she stayed home". The clause after "that" tells what came of the stance, the writer's words
 * or a report of its own. A "that" opening the content is the cue's complement ("so worried that she could lose").
 */
export function beforeResultClause(c: Context, frame: Found, last: number): Found {
  if (!frame.cue) return frame;
  let degree = false;
  for (let k = firstTokenAt(c, frame.cue.start, 0); k < last && c.tokens.starts[k] < frame.content.end; k++) {
    if (c.regionOf[k] >= 0) continue;
    const word = lower(c, k);
    // "so that" is a purpose, ", so they ..." a consequence joined as a clause: neither is a degree. One inside a
    // reported clause ("said the levy was so high that the farmers left") is the reported speaker's.
    // "such as" gives an example, no degree.
    if (RESULT_DEGREES.has(word) && !isPunct(c, k - 1, COMMA) && lower(c, k + 1) !== 'that' && lower(c, k + 1) !== 'as' && !inReportedClause(c, frame.content, k)) degree = true;
    const result = degree && word === 'that' && c.tokens.starts[k] > frame.content.start && c.regionOf[k + 1] < 0;
    if (result && (opensSubjectPhrase(c, k + 1) || CONTRACTED_SUBJECT.test(lower(c, k + 1)))) return { ...frame, content: { start: frame.content.start, end: c.tokens.ends[k - 1] } };
  }
  return frame;
}

/** True when tokens `head - 1, head` are a time phrase ("last year", "every week"), not a noun a gap stands for. */
export function isTimePhrase(c: Context, head: number): boolean {
  return TIME_NOUNS.has(lower(c, head)) && TIME_PHRASE_OPENERS.has(lower(c, head - 1));
}

/**
 * The first token of the noun phrase ending at token `head` ("a long | decision", "any | fees"), not before `from`: a
 * determiner or quantifier opens it whatever its capital ("The rules she says ..."), a capitalised word other than one
 * is a name.
 */
export function antecedentStart(c: Context, head: number, from: number): number {
  let k = head;
  while (k > from && !DETERMINERS.has(lower(c, k)) && !QUANTIFIERS.has(lower(c, k)) && isWordAt(c, k - 1) && (DETERMINERS.has(lower(c, k - 1)) || QUANTIFIERS.has(lower(c, k - 1)) || (!isCapitalised(c, k - 1) && isNounWord(lower(c, k - 1))))) k--;
  // "the few people he ...": a determiner before the quantifier opens the phrase ("block any proposals" stops at "any").
  return k > from && QUANTIFIERS.has(lower(c, k)) && DETERMINERS.has(lower(c, k - 1)) ? k - 1 : k;
}

/**
 * True when the comma at token `comma` ends an opening subordinate clause: the main clause's subject and finite verb
 * follow it ("When the mayor said the pier was safe, | crews went back"). The subject is short and opens as a name, a
 * determiner phrase or a pronoun does, and holds no "and" or "or", so a list ("said the mayor, the clerk and the
 * treasurer would resign") ends nothing; its verb is no possessive and follows no determiner ("the mayor, its staff").
 */
export function opensMainClause(c: Context, comma: number, last: number): boolean {
  const s = comma + 1;
  if (s > last || c.regionOf[s] >= 0 || c.tokens.kinds[s] !== TokenKind.WORD) return false;
  const head = lower(c, s);
  if (gluedOrExistentialSubject(c, s, last)) return true;
  if (!opensSubjectPhrase(c, s) || CLAUSE_WORDS.has(head)) return false;
  let v = firstVerbish(c, s, last);
  // "her deputy — a former banker — has backed it": an aside set off by dashes in the subject is no part of its length.
  const asideEnd = v > s && v <= last && isDash(c, v) ? dashAsideEnd(c, v, last) : -1;
  const aside = asideEnd > v ? asideEnd - v + 1 : 0;
  if (aside) v = firstVerbish(c, asideEnd + 1, last);
  // "..., the unions want a raise", "..., the council cut its budget": a bare form the tagger reads as a verb right
  // after the subject's noun is its verb, which the word's shape does not tell. A source and verb of speech closing
  // the sentence ("..., a council aide said.") are the attribution of the words before the comma, no new clause.
  const tagged = aside ? last + 1 : taggedVerbAfter(c, s, last);
  const bareVerb = tagged <= v && SUBJECT_HEAD_TAGS.has(c.tags[tagged - 1]) && !/(?:ing|ed)$/u.test(lower(c, tagged)) && !isTrailingCue(c, s, last);
  if (bareVerb) v = tagged;
  if (v <= s || v > last || v - s - aside > MAX_JOINED_SUBJECT || c.regionOf[v] >= 0 || c.tokens.kinds[v] !== TokenKind.WORD) return false;
  if (wordsOf(c, s, v - 1).some((word) => word === 'and' || word === 'or')) return false;
  const verb = lower(c, v);
  if (FINITE_AUXILIARIES.has(verb)) return true;
  // "..., the council's plans for the pier were shelved": an "-s" word the tagger reads as a noun heads the subject,
  // and a clause opens only when a verb follows it ("..., a coalition of unions and churches." opens none).
  const finite = bareVerb || isVerbPast(verb) || (PLURAL_OR_PRESENT.test(verb) && (c.tags[v] !== NOUN_TAG || taggedVerbAfter(c, v, last) <= last));
  return finite && !CLAUSE_WORDS.has(verb) && !POSSESSIVE_PRONOUNS.has(verb) && !DETERMINERS.has(lower(c, v - 1)) && !CUE_VERBS.get(verb)?.participle;
}

// Tags of a subject's head word before its verb.
const SUBJECT_HEAD_TAGS = new Set([UPOS_INDEX.NOUN, UPOS_INDEX.PROPN, UPOS_INDEX.PRON]);

// A word ending in "-s": a present verb ("the council plans a vote") or a plural noun ("the council's plans").
const PLURAL_OR_PRESENT = /^[a-z]+s$/u;

// Tags a finite verb bears.
const VERB_TAGS = new Set([VERB_TAG, UPOS_INDEX.AUX]);

/** The first token after `k` the tagger reads as a verb, before any punctuation, else `last + 1`. */
export function taggedVerbAfter(c: Context, k: number, last: number): number {
  for (let j = k + 1; j <= last && c.tokens.kinds[j] === TokenKind.WORD; j++) if (VERB_TAGS.has(c.tags[j])) return j;
  return last + 1;
}

// "there" glued to its "is": "there's".
const CONTRACTED_THERE = /^there['’]s$/u;

/**
 * True when token `s` is a subject pronoun glued to its auxiliary ("she's", "they've") or an existential "there" before
 * its finite verb ("there is", "there's"): each is a subject and finite verb in one or two words, so a clause opens
 * there ("Since the vote, | she's moved left", "Because polls showed it, | there is a sense that ...").
 */
function gluedOrExistentialSubject(c: Context, s: number, last: number): boolean {
  const head = lower(c, s);
  return CONTRACTED_SUBJECT.test(head) || CONTRACTED_THERE.test(head) || (head === 'there' && s < last && FINITE_AUXILIARIES.has(lower(c, s + 1)));
}

/**
 * True when the comma at token `k` opens a main clause whose verb is a cue, after a subject of any shape that
 * `opensMainClause` leaves out: lower-case ("foreign policy experts affirm"), counted ("27 percent of those polled
 * said") or with a bracket ("Harbour Master Tilda Marsh (Ind.) asked"). A cue there is the main clause's own
 * attribution, so the opening clause's content ends at the comma.
 */
function opensCuedMainClause(c: Context, k: number, last: number): boolean {
  const s = k + 1;
  if (s > last || c.regionOf[s] >= 0 || c.tokens.kinds[s] === TokenKind.PUNCT || NOT_CONTENT_START.has(lower(c, s)) || CLAUSE_WORDS.has(lower(c, s))) return false;
  return cueAfterSubject(c, s, last) !== null || speaksAfterRelativeSubject(c, s, last);
}

// Words before a subordinator that modify it: "Even as", "Long before", "Years after".
const SUBORDINATOR_MODIFIERS = new Set(['even', 'long', 'shortly', 'soon', 'just', 'ever', 'years', 'months', 'weeks', 'days']);

// Words besides the subordinators opening a clause or phrase set before the main clause: "As ...", "Whenever asked
// about it, ...", "Where the board saw ...", "Among those who said ...".
const OPENING_CLAUSE_WORDS = new Set(['as', 'whenever', 'where', 'among']);

// Prepositions opening a sentence's adjunct phrase, which may hold a cue of its own: "In her letter condemning the
// merger, ...", "Following a report criticising the plan, ...", "To the extent that farmers know her, ...".
const OPENING_PREPOSITIONS = new Set(['in', 'on', 'at', 'during', 'with', 'from', 'for', 'through', 'under', 'amid', 'following', 'to', 'within', 'throughout', 'over']);

/**
 * True when cue token `cue` lies inside an opening prepositional phrase from token `opener`: a participle ("In her
 * letter condemning ...") or a verb behind a clause word ("In what may be the first time both sides have agreed
 * ..."). A finite verb with none before it is the main clause's, after an adjunct with no comma ("In May the mayor
 * said ...").
 */
function cueInOpeningPhrase(c: Context, opener: number, cue: number): boolean {
  if (!OPENING_PREPOSITIONS.has(lower(c, opener))) return false;
  if (isParticipleAt(c, cue)) return true;
  for (let k = opener + 1; k < cue; k++) if (isWordAt(c, k) && CLAUSE_WORDS.has(lower(c, k))) return true;
  return false;
}

/**
 * The subordinator opening a clause after ", and" / ", but" or a semicolon between token `first` and cue token `cue`,
 * or -1: "He shifted often, and while he has renounced most views, | farm leaders doubt him". That clause opens the
 * second half of the sentence as an opening clause opens the first, and its comma ends the cue's content the same way.
 */
function joinedSubordinatorBefore(c: Context, first: number, cue: number): number {
  for (let k = cue - 1; k > first + 1; k--) {
    if (c.regionOf[k] >= 0 || !SUBORDINATORS.has(lower(c, k))) continue;
    if (isPunct(c, k - 1, SEMICOLON) || (COORDINATORS.has(lower(c, k - 1)) && clauseComma(c, k - 2))) return k;
  }
  return -1;
}

/**
 * A content after cue token `cue` cut where the sentence's opening subordinate clause ends, when the cue is in it:
 * "While the mayor praised the crew, the council cut its budget" attributes "the crew" only (the main clause is
 * the writer's). Unchanged when the sentence opens otherwise or the cue is in the main clause.
 */
export function withinOpeningClause(c: Context, content: Span, first: number, cue: number, last: number): Span {
  // "But while ...": a joining word may stand before the subordinator.
  let opener = first < cue && CONJUNCTIONS.has(lower(c, first)) ? first + 1 : first;
  const opensClause = (k: number): boolean => SUBORDINATORS.has(lower(c, k)) || OPENING_CLAUSE_WORDS.has(lower(c, k));
  // "In June, after the board asked ...": an opening adjunct and its comma may stand before it too.
  let adjunctComma = opener + 1;
  while (adjunctComma < cue && !clauseComma(c, adjunctComma)) adjunctComma++;
  if (!opensClause(opener) && adjunctComma + 1 < cue && isAdjunctOpener(c, opener, adjunctComma - 1)) opener = adjunctComma + 1;
  // "Even as she urged ...", "Years after he claimed ...": a modifier of the subordinator or of an opening "as".
  if (opener + 1 < cue && SUBORDINATOR_MODIFIERS.has(lower(c, opener)) && opensClause(opener + 1)) opener++;
  if (!opensClause(opener) && !cueInOpeningPhrase(c, opener, cue)) opener = joinedSubordinatorBefore(c, first, cue);
  if (opener < 0) return content;
  for (let k = opener + 1; k < cue; k++) if (clauseComma(c, k) && (opensMainClause(c, k, last) || opensCuedMainClause(c, k, last))) return content;
  // The last such comma: "When she said the mayor, the clerk and the treasurer would resign, the council listened".
  let cut = -1;
  for (let k = cue + 1; k < last && c.tokens.starts[k] < content.end; k++) {
    if (c.tokens.starts[k] > content.start && (clauseComma(c, k) || quoteComma(c, k)) && (opensMainClause(c, k, last) || opensCuedMainClause(c, k, last))) cut = k;
  }
  // 'Although she admitted it had been "tiring," she claimed ...': a quote closing on its comma keeps its mark.
  return cut < 0 ? content : { start: content.start, end: c.tokens.ends[quoteComma(c, cut) ? cut : cut - 1] };
}

// Most words after a trailing cue's verb: "Cuban said | on Tuesday".
const MAX_TRAILING_ADJUNCT = 3;

/** True when tokens `[from, last]` are only a source and a verb of speech closing the sentence: "Cuban said (on Tuesday)." */
export function isTrailingCue(c: Context, from: number, last: number): boolean {
  let end = last;
  while (end > from && isPunct(c, end, SENTENCE_END)) end--;
  for (let v = from + 1; v <= end; v++) {
    if (!isWordAt(c, v) || FINITE_AUXILIARIES.has(lower(c, v))) return false;
    const verb = CUE_VERBS.get(lower(c, v));
    if (verb) return !verb.participle && verb.cueClass === 'speech' && end - v <= MAX_TRAILING_ADJUNCT && sourceBefore(c, v, from) !== null;
  }
  return false;
}

// Most words of an adjunct phrase closing an opening clause before its comma: "As Ann Lee noted in a column in May,".
export const MAX_ADJUNCT_PHRASE = 8;

// Words of "in the words of X".
const WORDS_OF = ['the', 'words', 'of'];

// Most tokens from "in" to "words" in "in X's words": "in the late senator's own words".
const MAX_POSSESSOR = 6;

/** "In the words of one worker, ...", "..., in Ann Lee's words, ...": an aside naming the speaker at token `i` ("in"). */
export function wordsOfFrame(c: Context, i: number, first: number, last: number): Found | null {
  if (WORDS_OF.every((word, n) => i + 1 + n <= last && isWordAt(c, i + 1 + n) && lower(c, i + 1 + n) === word)) {
    const after = phraseUntilClause(c, i + 4, last);
    return after > i + 4 ? asideFrame(c, i, after, tokenSpan(c, i + 4, after - 1), i, i + 3, first, last) : null;
  }
  for (let k = i + 2; k <= last && k - i <= MAX_POSSESSOR; k++) {
    if (!isWordAt(c, k) && !isPunct(c, k, QUOTE_MARKS)) return null;
    if (lower(c, k) !== 'words') continue;
    const possessive = /['’]s?$/u.test(c.text.slice(c.tokens.starts[i + 1], c.tokens.ends[k - 1])) || POSSESSIVE_PRONOUNS.has(lower(c, k - 1));
    return possessive ? asideFrame(c, i, k + 1, tokenSpan(c, i + 1, k - 1), i, k, first, last) : null;
  }
  return null;
}

/** True when only marks and symbols ("~ As ...", "— In ...") stand before token `k` in the sentence opening at `first`. */
function onlyMarksBefore(c: Context, first: number, k: number): boolean {
  for (let j = first; j < k; j++) if (c.tokens.kinds[j] === TokenKind.WORD || isNumberAt(c, j)) return false;
  return true;
}

/**
 * An aside naming a speaker, tokens `[from, to)` with its cue `[cueFrom, cueTo]` ("as one worker put it", "in the words
 * of one worker", "as first reported by the Post"), and the words it frames: the clause or quote after it when it opens
 * the sentence (after an opening adjunct too), else the words before it, running round it when the sentence goes on
 * ("The crane was, in her words, "a white elephant""). Adjuncts may close the aside before its comma ("put it in a memo
 * to staff,").
 */
export function asideFrame(c: Context, from: number, to: number, source: Span, cueFrom: number, cueTo: number, first: number, last: number): Found | null {
  let comma = to;
  while (comma <= last && comma - to <= MAX_ADJUNCT_PHRASE && c.tokens.kinds[comma] !== TokenKind.PUNCT) comma++;
  const after = comma < last && (isPunct(c, comma, COMMA_DASH) || isPunct(c, comma, COLON)) ? comma + 1 : -1;
  const opening = onlyMarksBefore(c, first, from) || (isPunct(c, from - 1, COMMA) && from - 1 > first && isAdjunctOpener(c, first, from - 2));
  const cue = tokenSpan(c, cueFrom, cueTo);
  const cueWords = wordsOf(c, cueFrom, cueTo);
  if (opening) {
    if (after < 0) return null;
    if (opensRegion(c, after)) return regionContent(c, c.regionOf[after], last + 1, last, source, cue, cueWords);
    return { content: rightContent(c, after, last), source, cue, cueWords, regions: [] };
  }
  if (from - 1 <= first || !isPunct(c, from - 1, COMMA_DASH)) return null;
  const end = after > 0 ? contentEnd(c, first, last) : c.tokens.ends[lastBefore(c, first, from - 1, COMMA_DASH)];
  return { content: { start: c.tokens.starts[first], end }, source, cue, cueWords, regions: [], mixed: after > 0 && opensRegion(c, after) };
}

// Relative words before a subject whose verb's object is gone: "what the owner described as", "whom aides called".
const GAP_OPENERS = new Set(['what', 'which', 'whom', 'that', 'who']);

// Most words of the object between a verb and "as" before a quoted label: "heralded the council's deal with the port as".
const MAX_LABELLED_OBJECT = 8;

/**
 * The verb before the object that "as" at token `as` follows ("identified the judge | as"), or -1: the nearest past form,
 * cue form or "-ing" word, over words only.
 */
function verbBeforeObject(c: Context, as: number, first: number): number {
  for (let k = as - 1; k >= first && as - k <= MAX_LABELLED_OBJECT + 1; k--) {
    const word = lower(c, k);
    if (!isWordAt(c, k) || CLAUSE_WORDS.has(word) || (AUXILIARIES.has(word) && word !== 'to')) return -1;
    if (!isCapitalised(c, k) && (isVerbPast(word) || isVerbForm(word) || /^[a-z]{3,}ing$/u.test(word))) return k;
  }
  return -1;
}

/**
 * A quoted label after "as" and a verb's object ('Ms Ruiz summed up the plan as "reckless"', 'Ann Lee identified the
 * caller as "a neighbour"'): the marks give someone's words, which the verb's subject applied, so the subject is the
 * source and the object with its label the content. A passive ("was billed as") names no one.
 */
export function quotedAsFrame(c: Context, as: number, first: number, last: number): Found | null {
  const label = as + 1 <= last && DETERMINERS.has(lower(c, as + 1)) ? as + 2 : as + 1;
  // "words such as "ambassador"" gives examples, not a label.
  if (label > last || !opensRegion(c, label) || c.used[c.regionOf[label]] || lower(c, as - 1) === 'such') return null;
  // "joined the club as a "trainee"" is a role, not a label someone applied: only verbs of labelling.
  const verb = verbBeforeObject(c, as, first);
  if (verb < 0 || !LABELLING.has(lower(c, verb))) return null;
  const auxStart = cueStart(c, verb, first);
  if (auxStart < verb && PASSIVE_BE.has(lower(c, verb - 1))) return null;
  // "..., addressing her as "Ann"": an "-ing" verb is the main clause's after a comma; after a noun it describes the
  // noun ("records containing ...").
  const participle = lower(c, verb).endsWith('ing');
  if (participle && !(auxStart > first && isPunct(c, auxStart - 1, COMMA))) return null;
  const source = participle ? clauseSubject(c, first, auxStart - 1) : sourceBefore(c, auxStart, first);
  if (!source) return null;
  // With no object between, the verb is a passive describing the noun before it ("vacations disguised as "trips"")
  // unless a relative word shows the object gone before its subject ("what the owner described as "a relic"").
  // A relative clause with no relative word does too ("a claim the airline described as "untrue"").
  const before = firstTokenAt(c, source.start, first) - 1;
  const gapped = (before >= first && GAP_OPENERS.has(lower(c, before))) || contactRelativeArticle(c, before + 1, first, last) >= 0;
  if (verb + 1 === as && !participle && !gapped) return null;
  const objectStart = verb + 1 < as && PARTICLES.has(lower(c, verb + 1)) ? verb + 2 : verb + 1;
  const r = c.regionOf[label];
  return { content: { start: c.tokens.starts[objectStart], end: c.regions[r].end }, source, cue: tokenSpan(c, auxStart, verb), cueWords: wordsOf(c, auxStart, verb), regions: [], mixed: true };
}

/**
 * The comma or dash opening an apposed noun phrase whose relative "that" clause has its subject at token `subject`
 * and lacks its object (`opensApposedRelativeAttribution`: ", a charge that | the ministry denied"), or -1.
 */
export function apposedRelativeComma(c: Context, subject: number, first: number, last: number): number {
  if (subject - 1 <= first || lower(c, subject - 1) !== 'that') return -1;
  for (let k = subject - 3; k >= first && k >= subject - 3 - MAX_APPOSED_NOUN; k--) {
    if (opensApposedRelativeAttribution(c, k, last)) return k;
  }
  return -1;
}

/** The nouns that make "the same day", "election day": a day named by what happened on it. */
const DAY_NOUNS = new Set(['day', 'night', 'morning', 'evening', 'afternoon', 'call']);

/**
 * True when token `k` is "on" opening a date or occasion ("on March 1", "on Sundays", "on Feb. 27", "on election day", "on the same
 * call"): an adjunct of time, never the topic a verb is about.
 */
export function datesAfterOn(c: Context, k: number, last: number): boolean {
  if (lower(c, k) !== 'on' || k + 1 > last) return false;
  const next = lower(c, k + 1);
  // A month in full or shortened as dates write it ("Feb. 27", "Sept. 11"); a weekday in the plural ("on Sundays").
  if (OCCASION_WORDS.has(next) || isMonthWord(next) || DAYS.has(next.replace(/s$/u, ''))) return true;
  const day = next === 'the' && k + 3 <= last && lower(c, k + 2) === 'same' ? k + 3 : next === 'election' ? k + 2 : -1;
  return day > 0 && day <= last && DAY_NOUNS.has(lower(c, day));
}

// Words that tie an expected act to an occasion ("vote on Monday", "next week", "soon", "in May"): a forecast's. The
// modal "may" reads as the month too, which only keeps a forecast a forecast.
export const OCCASION_WORDS = new Set([...DAYS, 'tomorrow', 'tonight', 'soon', 'later', 'next', 'week', 'weekend', 'month', 'year', 'season', ...LEXICON.months.map(([name]) => name.toLowerCase())]);

/**
 * A report with no one named in an adverb: "The club is reportedly weighing a bid", "Reportedly, the talks failed".
 * The clause's subject and predicate are the content, with no source; none when a cue verb follows the adverb
 * ("reportedly said" is that verb's cue, with its speaker) or the clause has no subject before it.
 */
export function hearsayFrame(c: Context, i: number, first: number, last: number): Found | null {
  const cue = tokenSpan(c, i, i);
  if (i === first) return i + 2 <= last && isPunct(c, i + 1, COMMA) ? { content: rightContent(c, i + 2, last), source: null, cue, cueWords: [lower(c, i)], regions: [], nonSpeech: true } : null;
  let v = i + 1;
  while (v <= last && (AUXILIARIES.has(lower(c, v)) || isMannerAdverb(c, v))) v++;
  if (v > last || !isWordAt(c, v) || (CUE_VERBS.has(lower(c, v)) && c.regionOf[v] < 0)) return null;
  const auxStart = cueStart(c, i, first);
  const subject = sourceBefore(c, auxStart, first);
  if (!subject) return null;
  // "The mayor, who reportedly owns the mill, ...": a relative clause's report ends at its comma.
  const whole = rightContent(c, i + 1, last);
  const content = RELATIVES.has(lower(c, auxStart - 1)) ? untilComma(c, whole, i + 1, last) : whole;
  return { content: { start: subject.start, end: content.end }, source: null, cue, cueWords: wordsOf(c, auxStart, i), regions: [], nonSpeech: true };
}

// Words that open who gives a received judgement: "criticism from the unions", "the endorsement of the mayor".
const GIVER_PREPOSITIONS = new Set(['from', 'by', 'of', 'among']);

// Words that open what a received judgement is for: "faced criticism for the delay", "over its plan", "that ...".
const RECEIVED_COMPLEMENTS = new Set(['for', 'over', 'that']);

const MAX_RECEIVED_MODIFIERS = 2;

/**
 * A judgement its subject receives: "The plan has drawn harsh criticism from the unions", "Ms Lee won the endorsement
 * of the mayor", "He faced criticism for the delay", or holds from a giver named ("has the backing of the council").
 * The subject (with what it is judged for) is the content, the giver after "from", "by", "among" or a determiner's
 * "of" the source; the verb with the noun is the cue.
 */
export function receivedFrame(c: Context, i: number, first: number, last: number): Found | null {
  let v = i - 1;
  const receives = (k: number): boolean => RECEPTIONS.has(lower(c, k)) || POSSESSIONS.has(lower(c, k));
  while (v > first && i - v <= MAX_RECEIVED_MODIFIERS && isWordAt(c, v) && !receives(v) && !isCapitalised(c, v) && !isVerbForm(lower(c, v)) && !isPastForm(lower(c, v)) && !NOT_CONTENT_START.has(lower(c, v))) v--;
  if (v < first || !receives(v)) return null;
  const auxStart = cueStart(c, v, first);
  // "has struggled to earn the backing of the guild", "a way to win their support": an infinitive receives nothing
  // yet; "There has long been criticism from ..." holds the noun, no one receiving it (`nounFrame` reads it).
  if (lower(c, auxStart) === 'to' || lower(c, v - 1) === 'to' || afterExistential(c, i, first)) return null;
  const subject = sourceBefore(c, auxStart, first);
  if (!subject) return null;
  let next = i + 1;
  let source: Span | null = null;
  // "the endorsement of the mayor" names the giver; "criticism of the plan" names what is judged.
  if (next < last && GIVER_PREPOSITIONS.has(lower(c, next)) && (lower(c, next) !== 'of' || DETERMINERS.has(lower(c, i - 1)))) {
    const end = giverEnd(c, next + 1, last);
    if (end > next + 1) source = tokenSpan(c, next + 1, end - 1);
    next = end;
  }
  // "Ms Lee has the support of the unions": a judgement held is received only from a giver named ("has support" is none).
  if (!source && POSSESSIONS.has(lower(c, v))) return null;
  // "received support from the government to cover losses", "secured backing from investors": money or arms, no judgement.
  if (BACKING_NOUNS.has(lower(c, i)) && (!(BACKING_RECEPTIONS.has(lower(c, v)) || POSSESSIONS.has(lower(c, v))) || (next < last && lower(c, next) === 'to'))) return null;
  const judgedFor = next < last && RECEIVED_COMPLEMENTS.has(lower(c, next)) ? rightContent(c, next, last) : null;
  return { content: { start: subject.start, end: judgedFor ? judgedFor.end : subject.end }, source, cue: tokenSpan(c, auxStart, i), cueWords: wordsOf(c, auxStart, i), regions: [], nonSpeech: true };
}

/** The token after the giver of a received judgement from `from` on, "of" phrases kept: "most of the pilots". */
function giverEnd(c: Context, from: number, last: number): number {
  let end = phraseUntilClause(c, from, last);
  while (end > from && end < last && lower(c, end) === 'of') end = phraseUntilClause(c, end + 1, last);
  return end;
}

// One-word answers a cue may report: "said so", "said yes" ("said no to ..." and "decided not to ..." go on).
export const SHORT_ANSWERS = new Set(['so', 'yes']);

/**
 * An inverted report opened by "So" (or "Or so"): '"Fares will not rise." So says the chief of the port authority.'
 * "So" points back to the words before, as in "she said so", and is the content, as there; the speaker follows the
 * cue, as in '"...," says the chief'. A verb of speech or thought in a finite form, with nothing but its source after it.
 */
export function invertedSoFrame(c: Context, i: number, verb: CueVerb, first: number, last: number): Found | null {
  const opening = lower(c, first) === 'or' ? first + 1 : first;
  if (i !== opening + 1 || lower(c, opening) !== 'so' || verb.participle || (verb.cueClass !== 'speech' && verb.cueClass !== 'thought')) return null;
  const source = i + 1 <= last ? sourceAfter(c, i + 1, last) : null;
  if (!source) return null;
  return { content: tokenSpan(c, opening, opening), source: source.span, cue: tokenSpan(c, i, i), cueWords: [lower(c, i)], regions: [] };
}

// Words that open an impression ("seemed to falter", "looks like a win") and a passive judgement ("was criticised for").
const RAISING_COMPLEMENTS: ReadonlySet<string> = new Set(['to', 'like']);

export const JUDGED_COMPLEMENTS: ReadonlySet<string> = new Set(['for', 'as', 'by']);

/**
 * An impression or belief with no speaker: "the plan seemed to falter", "Trump appears poised to win", "the vote is
 * thought to be close", "it appears that ...". The subject before the cue (`[auxStart, i]`) and what follows it are
 * the content; none when a speech verb follows ("is said to argue" is that verb's cue).
 */
export function raisingFrame(c: Context, auxStart: number, i: number, first: number, last: number, cueWords: string[], opening = RAISING_COMPLEMENTS): Found | null {
  const k = i + 1;
  if (k > last || !isWordAt(c, k)) return null;
  const next = lower(c, k);
  const cue = tokenSpan(c, auxStart, i);
  if (next === 'that') return k < last ? { content: rightContent(c, k + 1, last), source: null, cue, cueWords, regions: [] } : null;
  // "appeared on Fox News", "seemed at ease": a preposition after the verb is no impression of its subject.
  if (!opening.has(next) && (NOT_CONTENT_START.has(next) || isCapitalised(c, k))) return null;
  // "is expected to say", "appeared to suggest": a cue after the infinitive's "to" is the attribution; "are said to
  // share their concerns" attributes the sharing.
  if ((next === 'to' || next.endsWith('ly')) && !cueWords.some((word) => PASSIVE_BE.has(word))) {
    let v = k + 1;
    while (v <= last && (lower(c, v) === 'to' || lower(c, v) === 'be' || lower(c, v) === 'have')) v++;
    // "seems to be relishing the fight": the progressive is how the subject seems, an impression of it.
    const progressive = lower(c, v - 1) === 'be' && lower(c, v).endsWith('ing');
    if (v <= last && CUE_VERBS.has(lower(c, v)) && c.regionOf[v] < 0 && !progressive) return null;
  }
  const subject = sourceBefore(c, auxStart, first);
  const start = subject && lower(c, firstTokenAt(c, subject.start, first)) !== 'to' ? subject.start : c.tokens.starts[auxStart];
  // 'Clinton seemed irritated: "..." she wrote.': the impression ends before a colon or a quote.
  let end = i + 1;
  while (end + 1 <= last && !isPunct(c, end + 1, COLON) && !(opensRegion(c, end + 1) && isPunct(c, end, COMMA_DASH))) end++;
  // "While the ferry might seem slow, the mayor has cited it ...": an impression in an opening clause ends with it.
  const content = withinOpeningClause(c, rightContent(c, i + 1, end), first, i, last);
  return { content: { start, end: content.end }, source: null, cue, cueWords, regions: [] };
}

// Degree words between a linking verb and a participle of view that no -ly test finds: "is best known for".
const DEGREE_WORDS = new Set(['best', 'better', 'well', 'perhaps', 'now', 'most', 'less', 'least', 'more']);

/**
 * A view of the subject held by no one named, in the passive only ("The town is best known for its pies", "came
 * to be called the Long Strike", "is widely seen as a risk"): the linking verb, with its auxiliaries and the degree
 * words after it, opens the cue, which needs "as" or "for" after the participle at token `i`; the subject and what
 * follows are the content, as for a passive judgement.
 */
export function passiveViewFrame(c: Context, i: number, first: number, last: number): Found | null {
  if (i + 1 > last || !JUDGED_COMPLEMENTS.has(lower(c, i + 1)) || lower(c, i + 1) === 'by') return null;
  let k = i;
  while (k - 1 >= first && c.regionOf[k - 1] < 0 && !LINKING.has(lower(c, k - 1)) && (AUXILIARIES.has(lower(c, k - 1)) || DEGREE_WORDS.has(lower(c, k - 1)) || isMannerAdverb(c, k - 1))) k--;
  const link = k - 1;
  const linked = link >= first && c.regionOf[link] < 0 && (LINKING.has(lower(c, link)) || CONTRACTED_LINK.test(lower(c, link)));
  if (!linked) return null;
  const auxStart = cueStart(c, link, first);
  return raisingFrame(c, auxStart, i, first, last, wordsOf(c, auxStart, i), JUDGED_COMPLEMENTS);
}

/**
 * The quoted title that the participle at token `i` gives a work: 'The group ran an ad titled "Scam."' (the title is the
 * content, who ran the ad the source, as for a document's participle), 'The book is titled "Home."' (in the passive the
 * subject belongs to the content and no one is named). Without a quote right after it there is no title to read.
 */
export function titleFrame(c: Context, i: number, first: number, last: number): Found | null {
  if (i + 1 > last || !opensRegion(c, i + 1)) return null;
  const r = c.regionOf[i + 1];
  const auxStart = cueStart(c, i, first);
  const cue = tokenSpan(c, auxStart, i);
  const cueWords = wordsOf(c, auxStart, i);
  if (auxStart < i && cueWords.some((word) => PASSIVE_BE.has(word))) {
    const subject = sourceBefore(c, auxStart, first);
    return { content: { start: subject?.start ?? c.tokens.starts[auxStart], end: c.regions[r].end }, source: null, cue, cueWords, regions: [r], title: true };
  }
  const doc = documentBefore(c, auxStart, first);
  return { content: { start: c.regions[r].start, end: c.regions[r].end }, source: doc >= 0 ? documentSource(c, doc, first) : null, cue, cueWords, regions: [r], title: true };
}

/** True when tokens `[from, to]` are an opening adjunct without a verb: "In the early 1990s", "At day's end, however". */
export function isAdjunctOpener(c: Context, from: number, to: number): boolean {
  if (!NOT_CONTENT_START.has(lower(c, from)) || c.regionOf[from] >= 0) return false;
  for (let k = from + 1; k <= to; k++) {
    const word = lower(c, k);
    // "But he plays by other rules": a subject pronoun makes a clause whatever its verb.
    if (c.regionOf[k] >= 0 || makesClause(word)) return false;
  }
  return true;
}

/** `content` (starting at token `from`) cut before its first comma outside quotes that closes the clause (`continuesPhrase`). */
export function untilComma(c: Context, content: Span, from: number, last: number): Span {
  for (let k = from + 1; k <= last && c.tokens.starts[k] < content.end; k++) {
    if (clauseComma(c, k) && !continuesPhrase(c, k, last)) return { start: content.start, end: c.tokens.ends[k - 1] };
  }
  return content;
}

// Most words in one item of a list after a comma: "mocked anglers, | rowers | and pilots".
const MAX_LIST_ITEM = 6;

// Words after a comma that add examples to the phrase before it: "posts fake stories, including one that ...".
const EXAMPLE_OPENERS = new Set(['including']);

/**
 * True when the comma at token `k` goes on with the phrase before it rather than closing its clause: the next item of a
 * list that ends in "and" or "or" ("which challenges cuts in early voting, limits on registration and the ID law"), or
 * examples after "including". An item holds no verb, clause word or pronoun subject, so ", said ..." or ", she said"
 * still closes the clause.
 */
function continuesPhrase(c: Context, k: number, last: number): boolean {
  if (k + 1 > last || c.regionOf[k + 1] >= 0) return false;
  if (insideDate(c, k)) return true;
  if (EXAMPLE_OPENERS.has(lower(c, k + 1))) return true;
  let words = 0;
  for (let j = k + 1; j < last; j++) {
    if (isPunct(c, j, COMMA)) { words = 0; continue; }
    if (!isWordAt(c, j) && !isNumberAt(c, j)) return false;
    const word = lower(c, j);
    if ((word === 'and' || word === 'or') && words > 0) return isWordAt(c, j + 1) && !NEW_SUBJECTS.has(lower(c, j + 1));
    if (++words > MAX_LIST_ITEM || FINITE_AUXILIARIES.has(word) || CLAUSE_WORDS.has(word) || NEW_SUBJECTS.has(word) || CUE_VERBS.has(word) || isVerbPast(word)) return false;
  }
  return false;
}

/**
 * True when the comma at token `k` parts a date's day from its year, or closes the year: "before the Oct. 4, | 2019, |
 * flood at the dam". The phrase runs on over it.
 */
function insideDate(c: Context, k: number): boolean {
  const word = (t: number): string => (t >= 0 && t < c.tokens.count ? lower(c, t) : '');
  const year = (t: number): boolean => /^\d{4}$/u.test(word(t)) && /^\d{1,2}$/u.test(word(t - 2)) && isPunct(c, t - 1, COMMA) && isMonthWord(word(t - 3));
  return year(k + 1) || year(k - 1);
}

/**
 * A held noun of report before a colon sets out what it holds after the colon. Opening its sentence, its owner holds it
 * ("Her argument: only a bridge can save the valley", "Among its findings: ..."); a bare noun ("The answer: ...") names
 * no one. As the object of its clause's verb, that verb's subject holds it ("The dockers had one demand: ...", "Ms Holm
 * has some advice for her rivals: ...").
 */
function passageAfterNoun(c: Context, tags: Uint8Array, i: number, first: number, last: number): Found | null {
  const colon = colonClosingNoun(c, i, last);
  if (colon < 0) return null;
  // "polled members ahead of the union's endorsement: 1,409 said ...": after the clause's own verb a noun that is no
  // object of it (here in an adjunct) sets out nothing; the colon sets out what that clause led to.
  const opening = !holdsWordOutsideQuotes(c, first, i - 1, isFiniteVerb);
  // "candidates with a message:": a word the tagger reads as no verb takes no object.
  const verb = opening || possessor(c, i, first) ? -1 : [objectVerbBefore(c, i, first), taggedVerbBefore(c, tags, i, first, MAX_SET_OUT_OBJECT)].find((v) => v >= 0 && (tags[v] === VERB_TAG || HAVE.has(lower(c, v)))) ?? -1;
  const cueFrom = verb >= 0 ? cueStart(c, verb, first) : i;
  const source = opening ? possessor(c, i, first) : verb >= 0 && !isPassiveAt(c, verb, first) ? verbSubject(c, cueFrom, first) : null;
  if (!source) return null;
  const content = opensRegion(c, colon + 1) ? c.regions[c.regionOf[colon + 1]] : rightContent(c, colon + 1, last);
  return { content: { ...content }, source, cue: tokenSpan(c, cueFrom, i), cueWords: [], regions: [], nonSpeech: true };
}

/**
 * The colon right after the noun at token `i`, or after a phrase of "for" or "to" naming whom it is for or what it is
 * about ("some advice for rivals already planning the party:", "a blunt message to the board:"); -1 if none.
 */
function colonClosingNoun(c: Context, i: number, last: number): number {
  if (i + 1 < last && isPunct(c, i + 1, COLON)) return i + 1;
  if (i + 2 >= last || !NOUN_TARGETS.has(lower(c, i + 1)) || opensInfinitive(c, i + 1, last)) return -1;
  for (let k = i + 2; k < last; k++) {
    if (isPunct(c, k, COLON)) return k;
    // "a warning that could help ...:": a clause of its own (a relative, a finite verb) ends the phrase.
    if (c.regionOf[k] >= 0 || (!isWordAt(c, k) && !isNumberAt(c, k)) || RELATIVES.has(lower(c, k)) || lower(c, k) === 'that' || isFiniteVerb(lower(c, k))) return -1;
  }
  return -1;
}

// Most words between a verb and the noun of report it takes before a colon, a receiver's among them: "sent | Mr | Lee |
// a | blunt | message:".
const MAX_SET_OUT_OBJECT = 5;

// Prepositions naming whom a noun of report is for or what it is about, before a colon setting out its words.
const NOUN_TARGETS = new Set(['for', 'to']);

// Prepositions naming who holds a noun of report: "complaints from owners that ...", "fears among aid agencies that ...".
const REPORT_HOLDERS = new Set(['from', 'among', 'by']);

/**
 * A noun of speech or stance with its complement and its possessor as the source: "his claim that he had done so",
 * "Trump's harsh attacks on the press", "Clinton's plans to rally teachers". A noun with no possessor is none, but for
 * a light verb's or purpose adjunct's subject and a noun of report before a content clause (`contentNouns`). `tags` are
 * the tokens' part-of-speech tags.
 */
export function nounFrame(c: Context, tags: Uint8Array, i: number, first: number, last: number): Found | null {
  // "Ann Lee's claim on Monday that ...": a time adjunct may stand before a "that" clause.
  const dated = skipAdjuncts(c, i + 1, last);
  const stated = ownerStatesNoun(c, i, dated, first, last) ?? questionFrame(c, tags, i, dated, first, last) ?? passageAfterNoun(c, tags, i, first, last);
  if (stated || !FRAMED_NOUNS.has(lower(c, i))) return stated;
  // "complaints from tenants that ...": the giver after "from" or "among" holds the content clause after it.
  const giver = i + 1 < last && REPORT_HOLDERS.has(lower(c, i + 1)) ? giverBeforeClause(c, i + 2, last) : null;
  // "her decision not to run", "a promise never to ...": a negated infinitive is the noun's clause, read from "not".
  const negated = !giver && i + 2 < last && NEGATIONS.has(lower(c, i + 1)) && lower(c, i + 2) === 'to';
  // "made an impassioned case to a gathering of farmers that ...": an addressee may stand between an owned or performed
  // noun and its clause.
  const told = giver || negated ? -1 : thatAfterNounAddressee(c, tags, i, first, last);
  const k = giver ? giver.that : negated ? i + 2 : told >= 0 ? told : dated > i + 1 && lower(c, dated) === 'that' ? dated : i + 1;
  if (k >= last || c.regionOf[k] >= 0 || !NOUN_COMPLEMENTS.has(lower(c, k))) return null;
  // "..., a charge that the ministry denied": a relative clause lacking its object, no content of the noun.
  if (lower(c, k) === 'that' && apposedRelativeComma(c, k + 1, first, last) >= 0) return null;
  // "Clinton made the claim that ...": with no possessor, the subject of a light verb before the noun is the source.
  const owner = possessor(c, i, first);
  const light = owner ? -1 : performingLightVerb(c, tags, i, k, first, last);
  const performer = owner || light >= 0 ? -1 : performingVerbBefore(c, tags, i, k, first, last);
  const purpose = owner || light >= 0 || performer >= 0 ? -1 : purposeAdjunctAt(c, i, k, first);
  const actor = owner || light >= 0 || performer >= 0 || purpose >= 0 || !CUE_NOUNS.has(lower(c, i)) ? -1 : actsWithNoun(c, tags, i, k, first, last);
  const clause = opensContentClause(c, k, last);
  // "a court case that ...": a noun that is a cue only when performed needs its light verb and a "that" clause.
  if (MADE_NOUNS.has(lower(c, i)) && (light < 0 || lower(c, k) !== 'that')) return null;
  // "delivered a blistering tirade against the board": a noun that is a cue only when performed needs its verb before a
  // preposition ("his remarks at the dinner", "the Defence Secretary" are none).
  if (PERFORMED_NOUNS.has(lower(c, i)) && performer < 0) return null;
  // A noun listed only for its content clause ("the idea that", "evidence that") is no cue with any other complement.
  if (!clause && !CUE_NOUNS.has(lower(c, i)) && !PERFORMED_NOUNS.has(lower(c, i))) return null;
  // "Critics never bought the idea that ...", "There were complaints that ...": a noun of report before a content clause
  // with no owner is held by the subject of the verb taking it as its object, or by no one named.
  const content = light < 0 && purpose < 0 && CONTENT_NOUNS.has(lower(c, i)) && clause;
  const holder = content && !owner ? objectVerbBefore(c, i, first) : -1;
  const verb = light >= 0 ? light : performer >= 0 ? performer : holder;
  const source = giver ? giver.span : verb >= 0 ? verbSubject(c, cueStart(c, verb, first), first) : purpose >= 0 ? clauseSubject(c, first, purpose) : actor >= 0 ? verbSubject(c, cueStart(c, actor, first), first) : owner;
  // "The audit raised questions about the fees": a thing raising a doubt only gives cause for it; a person voices it.
  if (performer >= 0 && VOICING_VERBS.has(lower(c, performer)) && !(source && namesVoicer(c, source, first))) return null;
  // "Opposition to the levy has grown": a bare noun opening the sentence states a stance held by people not named; so
  // does a judgement received with no giver named ("Ms Lee has faced questions about her taxes").
  if (!source && !content && !(verb < 0 && purpose < 0 && (opensSentenceBare(c, i, first) || receivedUnowned(c, i, first)))) return null;
  // "seized on the claim by critics that ...": a giver named after the noun holds it, not the subject of a verb before it.
  const cueFrom = giver ? i : verb >= 0 ? cueStart(c, verb, first) : purpose >= 0 ? purpose : i;
  // "There has been criticism that the fees favor wealthy, mostly white applicants": after an existential "there" the
  // noun's clause is the sentence's own predicate and runs on as a verb's content does.
  const complement = (clause && lower(c, k) === 'that' && afterExistential(c, i, first)) || (light >= 0 && (clause || opensInfinitive(c, k, last))) ? rightContent(c, k, last) : nounComplement(c, k, last, !holdsWordOutsideQuotes(c, first, i - 1, isFiniteVerb));
  return { content: negated ? { start: c.tokens.starts[i + 1], end: complement.end } : complement, source, cue: tokenSpan(c, cueFrom, i), cueWords: cueFrom < i ? wordsOf(c, cueFrom, i) : [], regions: [], nonSpeech: true };
}

/**
 * The "that" after "to" and an addressee right after the cue noun at token `i` ("a strong case | to farmers in Hull |
 * that"), when the noun has an owner or a light verb performing it; else -1.
 */
function thatAfterNounAddressee(c: Context, tags: Uint8Array, i: number, first: number, last: number): number {
  if (!opensToAddressee(c, i + 1, last)) return -1;
  const { complement } = complementAfterToAddressee(c, i + 1, last);
  return complement >= 0 && lower(c, complement) === 'that' && (possessor(c, i, first) !== null || performingLightVerb(c, tags, i, complement, first, last) >= 0) ? complement : -1;
}

/**
 * The light verb performing the cue noun at token `i` before its clause or infinitive at token `k`, or -1: after an
 * article and at most two noun words (`lightVerbBefore`: "made the claim that"), or over describing words by their
 * part-of-speech tags in `tags` ("made an impassioned case that", "is making an increasingly urgent case that").
 */
function performingLightVerb(c: Context, tags: Uint8Array, i: number, k: number, first: number, last: number): number {
  const bare = lightVerbBefore(c, i, k, first, last);
  if (bare >= 0 || (lower(c, k) !== 'that' && !opensInfinitive(c, k, last))) return bare;
  const tagged = taggedVerbBefore(c, tags, i, first);
  return tagged >= 0 && LIGHT_VERBS.has(lower(c, tagged)) && ARTICLES.has(lower(c, tagged + 1)) && !isPassiveAt(c, tagged, first) ? tagged : -1;
}

// Prepositions naming what a performed act of speech or stance is aimed at: "an attack on", "a defence of", "a case
// against", "an argument about". Not "to" ("gave her support to the plan": a recipient); "for" only after a noun of
// demanding (`demandsFor`); "over" found nothing on train.
const PERFORMED_COMPLEMENTS = new Set(['of', 'on', 'against', 'about']);

/**
 * True when the preposition at token `k` after the cue noun at token `i` opens what a demand demands: "made an urgent
 * call for calm", "issued a fresh demand for a recount". After other nouns "for" names what is asked for or given
 * ("made a request for new boots", "gave support for the fund"), no target.
 */
function demandsFor(c: Context, i: number, k: number): boolean {
  return lower(c, k) === 'for' && DEMAND_NOUNS.has(lower(c, i));
}

/** True when the preposition at token `k` after the cue noun at token `i` opens what a performed noun is aimed at. */
function namesTarget(c: Context, i: number, k: number, last: number): boolean {
  // "made a decision on whether ...": a question after the preposition is read as one (`questionTopicFrame`); "made
  // the request on Jan. 23": a date is no target; "made demands of the board": the one asked.
  if (!(PERFORMED_COMPLEMENTS.has(lower(c, k)) || demandsFor(c, i, k)) || TOPIC_QUESTION_OPENERS.has(lower(c, k + 1)) || datesAfterOn(c, k, last)) return false;
  return !(lower(c, k) === 'of' && ASKED_NOUNS.has(lower(c, i)));
}

/**
 * The verb whose subject acts with the cue noun at token `i` after "with", over describing words ("roused the crowd
 * with | fierce criticism of the mayor", "opened with a call for calm"), or -1: the subject holds the noun. The noun's
 * complement at token `k` names its target or opens its clause; not in the passive ("was met with criticism of ...").
 */
function actsWithNoun(c: Context, tags: Uint8Array, i: number, k: number, first: number, last: number): number {
  if (!namesTarget(c, i, k, last) && !CLAUSE_COMPLEMENTS.has(lower(c, k))) return -1;
  // "rose with the support of local groups": backing names its giver after "of", no target.
  if (lower(c, k) === 'of' && BACKING_NOUNS.has(lower(c, i))) return -1;
  let w = i - 1;
  while (w > first && i - w <= MAX_OBJECT_MODIFIERS && NOUN_MODIFIER_TAGS.has(tags[w]) && lower(c, w) !== 'with') w--;
  const v = w > first && lower(c, w) === 'with' ? clauseVerbBefore(c, tags, w, first) : -1;
  return v > first && !isPassiveAt(c, v, first) ? v : -1;
}

/**
 * The light verb performing the cue noun at token `i` whose complement opens with a preposition at token `k`, or -1:
 * "Lund unleashed a harsh attack on the board", "delivered a spirited defence of the plan", "heaped criticism on the
 * mayor". What the preposition names is the content, the verb's subject the source.
 */
function performingVerbBefore(c: Context, tags: Uint8Array, i: number, k: number, first: number, last: number): number {
  if (!namesTarget(c, i, k, last)) return -1;
  // "raised concerns about": a noun of worry or doubt is voiced as a light verb's noun is performed (`nounFrame` asks
  // for a person as the subject).
  const performs = (w: number): boolean => LIGHT_VERBS.has(lower(c, w)) || (VOICED_NOUNS.has(lower(c, i)) && VOICING_VERBS.has(lower(c, w)));
  // "made an impassioned call for": the bare reading stops at a past form describing the noun; the tags read past it.
  const v = [objectVerbBefore(c, i, first), taggedVerbBefore(c, tags, i, first), lightVerbOverParticiples(c, tags, i, first)].find((w) => w > first && performs(w)) ?? -1;
  // "she faces renewed doubts about ...": a form after a verb describes the noun, which that verb takes.
  return v > first && !isPassiveAt(c, v, first) && tags[v - 1] !== VERB_TAG ? v : -1;
}

/**
 * True when the `source` phrase names one who can voice a worry: a name, a person's noun or pronoun, or the relative
 * "who" ("Ms Lee", "activists", "they", "residents who"); not a thing ("the audit", "it", "the delays").
 */
function namesVoicer(c: Context, source: Span, first: number): boolean {
  const start = firstTokenAt(c, source.start, first);
  let end = start;
  while (end < c.tokens.count && c.tokens.starts[end] < source.end) end++;
  const head = lower(c, end - 1);
  // "had written to the council in March | raising concerns": a phrase opening with a preposition is no subject.
  if (OBJECT_PREPOSITIONS.has(lower(c, start)) || PREPOSITIONS_BEFORE_MODIFIER.has(lower(c, start))) return false;
  if (VOICERS.has(head) || headNamesPerson(c, start, end)) return true;
  return isCapitalised(c, end - 1) && !THING_PRONOUNS.has(head) && !DETERMINERS.has(head);
}

// Pronouns and relatives standing for people: "they raised concerns", "residents who raised doubts".
const VOICERS = new Set([...NEW_SUBJECTS, 'you', 'who']);

// Pronouns standing for things, capitalised when they open the sentence: "It raises questions about ...".
const THING_PRONOUNS = new Set(['it', 'this', 'that', 'these', 'those', 'which']);

/**
 * The light verb before the noun at token `i` over describing words that include a participle ("unleashed | withering
 * attacks", "delivering a | blistering critique"), which the tagger calls a verb and `taggedVerbBefore` stops at; -1 if
 * none. A light verb's own form there is no describing word ("faces | renewed doubts": the noun is what "faces" takes).
 */
function lightVerbOverParticiples(c: Context, tags: Uint8Array, i: number, first: number): number {
  const describes = (j: number): boolean => NOUN_MODIFIER_TAGS.has(tags[j]) || (tags[j] === VERB_TAG && /(?:ing|ed)$/u.test(lower(c, j)) && !LIGHT_VERBS.has(lower(c, j)));
  let j = i - 1;
  while (j > first && i - j <= MAX_OBJECT_MODIFIERS && isWordAt(c, j) && describes(j)) j--;
  return j < i - 1 && isWordAt(c, j) && LIGHT_VERBS.has(lower(c, j)) ? j : -1;
}

// Complements opening a clause after a cue noun: "calls to resign", "claims that ...".
const CLAUSE_COMPLEMENTS = new Set(['to', 'that']);

/**
 * True when the cue noun at token `i`, with no owner, is the object of a verb of receiving ("faced questions about",
 * "is facing accusations of", "drew fresh calls for"): the one receiving it is no source.
 */
function receivedUnowned(c: Context, i: number, first: number): boolean {
  // "won the endorsement of the mayor": a judgement `receivedFrame` reads names its giver after "of". "faces calls to
  // quit over his remarks about ...": an infinitive or clause after the noun runs over what may be a report of its own.
  if (RECEIVED_NOUNS.has(lower(c, i)) || possessor(c, i, first) || CLAUSE_COMPLEMENTS.has(lower(c, i + 1))) return false;
  const v = objectVerbBefore(c, i, first);
  return v >= 0 && RECEPTIONS.has(lower(c, v));
}

/**
 * "Her main argument is that ...", "Ann Lee's fear was that ...": an owned noun of report as the subject of "is" or
 * "was" before a content clause, which is the owner's words and runs on as a verb's content does. The copula at token
 * `be` (past the noun's adjuncts) belongs to the cue.
 */
function ownerStatesNoun(c: Context, i: number, be: number, first: number, last: number): Found | null {
  if (be + 1 > last || c.regionOf[be] >= 0 || !BE.has(lower(c, be)) || !opensContentClause(c, be + 1, last)) return null;
  const owner = possessor(c, i, first);
  return owner || CONTENT_NOUNS.has(lower(c, i)) ? { content: rightContent(c, be + 1, last), source: owner, cue: tokenSpan(c, i, be), cueWords: [], regions: [], nonSpeech: true } : null;
}

// Words linking a question's noun to the question: "the question is whether", "questions about how", "the question of what".
const QUESTION_LINKS = new Set([...BE, 'about', 'of']);

/**
 * "The key question is whether ...", "The audit raised new questions about how ...": a question's noun with its link
 * (at token `link`, past the noun's adjuncts) and a question word; the question is the content. Its owner asks it, or
 * the subject of a verb taking the noun as its object ("Critics raised questions about whether"), else no one named.
 */
function questionFrame(c: Context, tags: Uint8Array, i: number, link: number, first: number, last: number): Found | null {
  if (link + 1 > last || !QUESTION_NOUNS.has(lower(c, i)) || c.regionOf[link] >= 0 || !QUESTION_LINKS.has(lower(c, link)) || c.regionOf[link + 1] >= 0 || !QUESTION_WORDS.has(lower(c, link + 1))) return null;
  const { source, cueFrom } = nounHolder(c, tags, i, first);
  return { content: rightContent(c, link + 1, last), source, cue: tokenSpan(c, cueFrom, link), cueWords: [], regions: [], nonSpeech: true };
}

/**
 * Who holds the noun at token `i` and where its cue starts: its owner ("her doubts"), else the subject of the verb
 * taking it as object, whose verb group opens the cue ("Lee raised doubts"), else the subject of a verb before the
 * noun's describing words by their part-of-speech tags in `tags` ("Reed had strong views", "It raised new questions"),
 * else no one named.
 */
function nounHolder(c: Context, tags: Uint8Array, i: number, first: number): { source: Span | null; cueFrom: number } {
  const owner = possessor(c, i, first);
  const bare = owner ? -1 : objectVerbBefore(c, i, first);
  const holder = owner || bare >= 0 ? bare : taggedVerbBefore(c, tags, i, first);
  if (holder < 0) return { source: owner, cueFrom: i };
  const cueFrom = cueStart(c, holder, first);
  return { source: verbSubject(c, cueFrom, first), cueFrom };
}

/** True for a finite verb: a form of "be", "have", a modal or a past form. */
export function isFiniteVerb(word: string): boolean {
  return CLAUSE_VERBS.has(word) || isVerbPast(word);
}

/**
 * A cue noun's complement opening at token `k`: "that" and "to" open a clause, which runs to punctuation; a preposition
 * (and "to" before a determiner) opens a noun phrase, which a finite verb ends, even after one word ("attacks on
 * Halvorsen are unusual"). In the sentence's subject (`inSubject`: no finite verb before the noun) an infinitive ends
 * before a finite verb too, the main clause's: "Her pledge to rebuild the pier | was welcomed by traders".
 */
function nounComplement(c: Context, k: number, last: number, inSubject: boolean): Span {
  // "opposition to the plan": "to" before a determiner opens a noun phrase, no clause.
  const clause = lower(c, k) === 'that' || (lower(c, k) === 'to' && !(k + 1 <= last && DETERMINERS.has(lower(c, k + 1))));
  const phrase = !clause || (inSubject && lower(c, k) === 'to');
  const from = clause ? k : k + 1;
  // In the subject, an irregular past form after a word of the phrase is the main clause's verb ("Her criticism of the
  // council | drew applause"), unless a preposition follows it: then it is a participle describing the phrase's noun
  // ("the money spent on the pier").
  const mainVerb = (t: number): boolean => inSubject && t > from && (IRREGULAR_PAST.has(lower(c, t)) || regularFiniteAfterNoun(c, t)) && !(t + 1 <= last && PREPOSITIONS_BEFORE_MODIFIER.has(lower(c, t + 1)));
  // "support for what might become a ferry levy": a verb right after a question word opening the phrase is that clause's own.
  const ownVerb = (t: number): boolean => t === from + 1 && QUESTION_WORDS.has(lower(c, from));
  // 'a defence of "old values," | saying ...': a participle cue after a quote closing on a comma is the next act, as
  // after a bare comma.
  const nextAct = (t: number): boolean => quoteComma(c, t - 1) && participleCueAt(c, t, last);
  const endsPhrase = (t: number): boolean => phrase && !ownVerb(t) && (CLAUSE_VERBS.has(lower(c, t)) || mainVerb(t) || nextAct(t));
  let end = from;
  while (end + 1 <= last && (c.regionOf[end + 1] >= 0 || ((!isPunct(c, end + 1, BOUNDARY_PUNCT) || (clauseComma(c, end + 1) && continuesPhrase(c, end + 1, last))) && !endsPhrase(end + 1)))) end++;
  if (c.regionOf[end] >= 0) end = firstTokenAt(c, c.regions[c.regionOf[end]].end, end) - 1;
  return tokenSpan(c, from, inSubject && lower(c, k) === 'that' ? contentClauseEnd(c, from, end) : end);
}

/**
 * Whether token `t` is a regular past or present "-s" form the tagger reads as a verb, right after a word it reads as
 * a noun or name: in a subject noun's phrase that is the main clause's verb ("Her reading of the clause | surprised the
 * court"), which the irregular-past list alone misses. A cue verb there is left to the phrase (its own line would take
 * the noun's phrase for a source).
 */
function regularFiniteAfterNoun(c: Context, t: number): boolean {
  return (regularFiniteAt(c, t) || presentReadAsNoun(c, t)) && (c.tags[t - 1] === UPOS_INDEX.NOUN || c.tags[t - 1] === UPOS_INDEX.PROPN);
}

/**
 * Whether token `t` is a present "-s" form the tagger reads as a noun but that an article or possessive follows, so it
 * takes an object: "Her criticism of the levy | stalls the talks" (a noun there would run two noun phrases together).
 */
function presentReadAsNoun(c: Context, t: number): boolean {
  const word = lower(c, t);
  return c.tags[t] === NOUN_TAG && PRESENT_S.test(word) && !CUE_VERBS.has(word) && t + 1 < c.tokens.count && ARTICLE_OBJECT_OPENERS.has(lower(c, t + 1));
}

// A present third-person form ("stalls", "worries"; not a word closing on "-ss" or "-us", "press" or "focus").
const PRESENT_S = /[^su]s$/u;

// Words opening a verb's object that do not go on a noun phrase after a plural noun: "stalls | the talks", "irks | her staff".
const ARTICLE_OBJECT_OPENERS = new Set(['the', 'a', 'an', ...POSSESSIVE_PRONOUNS]);

/**
 * Whether token `t` is a finite verb of a regular form the tagger reads as a verb: a present "-s" form, or a past form
 * with an object after it; a past form without one describes the noun before it ("the pier | repaired last May").
 */
function regularFiniteAt(c: Context, t: number): boolean {
  const word = lower(c, t);
  // A regular past ("surprised") or present third-person ("worries") form.
  const past = word.endsWith('ed');
  if (c.tags[t] !== VERB_TAG || !(past || PRESENT_S.test(word)) || CUE_VERBS.has(word) || c.tags[t - 1] === UPOS_INDEX.DET) return false;
  return !past || OBJECT_START_TAGS.has(c.tags[t + 1]);
}

// Tags a verb's object can open with: "surprised | the court", "alarmed | residents", "angered | them".
const OBJECT_START_TAGS = new Set([UPOS_INDEX.DET, UPOS_INDEX.NOUN, UPOS_INDEX.PRON]);

/**
 * The end of a content clause from token `from` ("that" at `from`) to `end` standing in the sentence's subject, before
 * the main clause's verb: "Concerns that the pier is unsafe | have grown", "The claim that Lund owned the mill | was
 * false". A second finite verb with no clause word, "and" or comma after the clause's own verb has no subject of its
 * own in the clause, so it is the main clause's; one right after a verb, perhaps over adverbs, belongs to that verb's
 * group ("would | have", "has always | had"), while an adverb after an adjective closes the clause ("was late again |
 * drew").
 */
function contentClauseEnd(c: Context, from: number, end: number): number {
  let finite = false;
  for (let t = from + 1; t <= end; t++) {
    if (c.regionOf[t] >= 0) continue;
    const word = lower(c, t);
    if (CLAUSE_WORDS.has(word) || word === 'and' || isPunct(c, t, COMMA)) finite = false;
    else if (CLAUSE_VERBS.has(word) || IRREGULAR_PAST.has(word) || regularFiniteAt(c, t)) {
      if (finite && !VERB_TAGS.has(c.tags[wordBeforeAdverbs(c, t - 1, from)])) return t - 1;
      finite = true;
    }
  }
  return end;
}

/** The token at or before `t`, back to `from`, past the words the tagger reads as adverbs. */
function wordBeforeAdverbs(c: Context, t: number, from: number): number {
  while (t > from && c.tags[t] === ADVERB_TAG) t--;
  return t;
}

// Words of a giver named after "from" or "among" before a content clause: "from tenants", "among the union's members".
const MAX_GIVER_WORDS = 6;

/**
 * The giver named from token `from` up to a "that" opening a content clause ("complaints from tenants that the heating
 * had failed"), with that "that"'s token; null when the words run into a verb, a clause word or punctuation first.
 */
function giverBeforeClause(c: Context, from: number, last: number): { span: Span; that: number } | null {
  for (let j = from; j <= last && j - from <= MAX_GIVER_WORDS && isWordAt(c, j) && c.regionOf[j] < 0; j++) {
    const word = lower(c, j);
    if (word === 'that') return j > from && opensContentClause(c, j, last) ? { span: tokenSpan(c, from, j - 1), that: j } : null;
    // "The complaint among fishermen is that ...": a finite verb ends the giver before the clause (the clause is the
    // noun's predicate, read by `ownerStatesNoun` when the noun has an owner).
    if (CLAUSE_WORDS.has(word) || CLAUSE_VERBS.has(word) || isVerbForm(word) || isVerbPast(word)) return null;
  }
  return null;
}

// What a document's topic follows: "a statement on the closure", "a letter about the fees", "a statement of concern".
const DOCUMENT_TOPICS = new Set(['on', 'about', 'of']);

/**
 * A document the subject issued, with what it says after it: "The union issued a statement that the talks had failed",
 * "released a statement on the closure", 'put out a statement, "We regret the delay."'. The publishing verb (with a
 * particle: "put out", "sent out") and an article stand before the document at token `i`, over at most two describing
 * words; the verb's subject is the source, the verb to the document the cue. A "that" before a verb opens a relative
 * clause about the document ("a statement that sought to ..."), no content.
 */
export function issuedDocumentFrame(c: Context, i: number, first: number, last: number): Found | null {
  const verb = publisherBefore(c, i, first);
  if (verb < 0) return null;
  const k = skipAdjuncts(c, i + 1, last);
  if (k > last) return null;
  const quote = opensRegion(c, k) ? k : k + 1 <= last && isPunct(c, k, COMMA_COLON) && opensRegion(c, k + 1) ? k + 1 : -1;
  const word = c.regionOf[k] < 0 ? lower(c, k) : '';
  const clause = opensContentClause(c, k, last);
  if (quote < 0 && !clause && !(DOCUMENT_TOPICS.has(word) && k < last)) return null;
  const cueFrom = cueStart(c, verb, first);
  const source = sourceBefore(c, cueFrom, first);
  if (!source) return null;
  const cue = tokenSpan(c, cueFrom, i);
  const cueWords = wordsOf(c, cueFrom, i);
  if (quote >= 0) return { content: { start: c.regions[c.regionOf[quote]].start, end: c.regions[c.regionOf[quote]].end }, source, cue, cueWords, regions: [c.regionOf[quote]] };
  return { content: nounComplement(c, k, last, false), source, cue, cueWords, regions: [] };
}

/**
 * The publishing verb before the document at token `i` ("issued a brief statement", "put out a statement"), over an
 * article and at most two describing words and perhaps a particle, or -1; not in the passive ("was issued a ...").
 */
function publisherBefore(c: Context, i: number, first: number): number {
  let j = i - 1;
  while (j > first && i - j <= MAX_LIGHT_NOUN_MODIFIERS && isWordAt(c, j) && !isCapitalised(c, j) && !ARTICLES.has(lower(c, j)) && isNounWord(lower(c, j))) j--;
  if (j <= first || !isWordAt(c, j) || !ARTICLES.has(lower(c, j))) return -1;
  const verb = j - 2 >= first && PARTICLES.has(lower(c, j - 1)) ? j - 2 : j - 1;
  return isWordAt(c, verb) && PUBLISHING.has(lower(c, verb)) && !isPassiveAt(c, verb, first) ? verb : -1;
}

/**
 * Where "in (the)" opens before a purpose noun at token `i` whose complement ("of", "that") opens at token `k`, after
 * its clause ("met the owners in the hope of saving the mill"), or -1; the clause's subject holds the hope.
 */
function purposeAdjunctAt(c: Context, i: number, k: number, first: number): number {
  if (!PURPOSE_NOUNS.has(lower(c, i)) || (lower(c, k) !== 'of' && lower(c, k) !== 'that')) return -1;
  const start = i - 1 > first && lower(c, i - 1) === 'the' ? i - 2 : i - 1;
  return start > first && isWordAt(c, start) && lower(c, start) === 'in' ? start : -1;
}

// Prepositions a verb takes its object with: "bristled at", "clung to", "operating under".
const VERB_PREPOSITIONS = new Set(['at', 'to', 'with', 'under', 'on']);

// Words opening a noun phrase that is a verb's object: "left no doubt", "have found little evidence", "raised some doubts".
const OBJECT_OPENERS = new Set([...DETERMINERS, ...QUANTIFIERS, 'little', 'much']);

/**
 * The verb taking the noun at token `i` as its object, over a determiner or quantifier and at most two describing words
 * ("never bought the idea", "have found little evidence") or right before it ("stoked speculation"), perhaps over a
 * preposition ("bristled at the suggestion"), or -1. It must
 * show it is a verb, a past, "-s" or "-ing" form ("there was clear evidence" has none), and be no passive and no gerund
 * after a preposition ("for dismissing the idea": the clause's subject holds it, unnamed here).
 */
function objectVerbBefore(c: Context, i: number, first: number): number {
  let j = i - 1;
  while (j > first && i - j <= MAX_LIGHT_NOUN_MODIFIERS && isWordAt(c, j) && !isCapitalised(c, j) && !OBJECT_OPENERS.has(lower(c, j)) && isNounWord(lower(c, j))) j--;
  const opened = j > first && isWordAt(c, j) && OBJECT_OPENERS.has(lower(c, j)) ? j - 1 : i - 1;
  // "bristled at the suggestion that", "operating under the assumption that": a prepositional verb's object.
  const v = opened > first && isWordAt(c, opened) && VERB_PREPOSITIONS.has(lower(c, opened)) ? opened - 1 : opened;
  if (v <= first || !isWordAt(c, v) || isCapitalised(c, v) || c.regionOf[v] >= 0) return -1;
  const word = lower(c, v);
  if (NOT_CONTENT_START.has(word) || AUXILIARIES.has(word) || CLAUSE_WORDS.has(word) || OBJECT_OPENERS.has(word) || isPassiveAt(c, v, first)) return -1;
  if (word.endsWith('ing')) return isWordAt(c, v - 1) && NOT_CONTENT_START.has(lower(c, v - 1)) ? -1 : v;
  // "raised serious doubts": an adjective in "-ous" is no verb's "-s" form.
  return isVerbPast(word) || /[^su]s$/u.test(word) ? v : -1;
}

/** At most this many words between a linking verb and a stance noun: "has been a longtime and vocal critic of". */
const MAX_NOUN_MODIFIERS = 4;

// Degree words before a stance adjective, a comparison's too: "is so wary", "was far less divided on", "is most proud
// of", "were just as interested in", "are well aware of".
const ADJECTIVE_DEGREE_WORDS = new Set([...DEGREE_WORDS, 'so', 'very', 'far', 'much', 'as', 'quite', 'pretty']);

/** True when token `k` may stand between a linking verb and a stance adjective: "is not entirely sure", "was so wary". */
function isAdjectiveModifier(c: Context, k: number): boolean {
  const word = lower(c, k);
  return AUXILIARIES.has(word) || isMannerAdverb(c, k) || ADJECTIVE_DEGREE_WORDS.has(word);
}

/** True when token `k` may modify a stance noun after its linking verb: "a", "the", "fierce", "most", "longtime". */
function isNounModifier(c: Context, k: number): boolean {
  const word = lower(c, k);
  return c.tokens.kinds[k] === TokenKind.WORD && !isCapitalised(c, k) && !LINKING.has(word) && !AUXILIARIES.has(word) && !ADJECTIVE_COMPLEMENTS.has(word) && !CUE_VERBS.has(word) && !NEW_SUBJECTS.has(word);
}

/**
 * True when token `k` is a linking verb, a negated "be" contracted into one token among them: "Ms Kane wasn't
 * optimistic about the talks" links as "was not optimistic" does (the auxiliary would otherwise be walked past).
 */
function linksAt(c: Context, k: number): boolean {
  return LINKING.has(lower(c, k)) || NEGATED_BE.has(lower(c, k));
}

/**
 * True when the listed adjective at token `i` is a stance verb's past form with "by" at token `k`: "The levy was
 * opposed by the unions" is that verb's passive, its agent holding the stance on the subject (read as the verb). A
 * feeling's "by" names what stirred its subject ("Critics were angered by the ruling"), who holds it.
 */
function agentHoldsStance(c: Context, i: number, k: number): boolean {
  return lower(c, k) === 'by' && CUE_VERBS.get(lower(c, i))?.cueClass === 'stance';
}

/**
 * True when token `link` is a comma or dash setting off the adjective phrase after it inside a sentence, outside
 * quotes: "Republicans, wary of the plan, have ...", "The crew cut two stops, wary of tiring him" (the phrase
 * describes its clause's subject, who holds the stance).
 */
function setsOffAdjective(c: Context, link: number, i: number, first: number): boolean {
  if (link <= first || c.regionOf[link] >= 0 || !(isPunct(c, link, COMMA_DASH) || isSpacedHyphen(c, link))) return false;
  // "..., seemingly unaware of": only a manner adverb between ("What makes us, the elect, so sure of ...": "so" goes
  // with a verb before the comma).
  for (let m = link + 1; m < i; m++) if (!isMannerAdverb(c, m)) return false;
  return true;
}

/**
 * The subject of the clause before the comma or dash at token `link`, who holds the stance of the adjective set off
 * after it; none when that stretch is an opening adjunct of its own ("Burdened by debt, | wary of ...", "Still, |
 * ..."): the sentence's subject comes after the phrase there.
 */
function holderOfSetOff(c: Context, link: number, first: number): Span | null {
  const subject = clauseSubject(c, first, link);
  if (!subject) return null;
  const opening = firstTokenAt(c, subject.start, first);
  const word = lower(c, opening);
  return isVerbPast(word) || isMannerAdverb(c, opening) || NOT_CONTENT_START.has(word) ? null : subject;
}

/**
 * A feeling or stance after a linking verb, with its subject as the source: an adjective ("The minister is confident
 * that the bill will pass", "Farmers remain wary of the deal", "He's critical of the plan") or a noun naming someone by
 * their stance ("She has long been a fierce critic of the plan"). The complement runs like a cue noun's.
 */
export function linkedFrame(c: Context, i: number, first: number, last: number): Found | null {
  const k = i + 1;
  if (k >= last || c.regionOf[k] >= 0) return null;
  const noun = AGENT_NOUNS.has(lower(c, i));
  const voice = !noun && !STANCE_ADJECTIVES.has(lower(c, i)) && VOICE_ADJECTIVES.has(lower(c, i));
  // "is confident the bill will pass": a clause may follow an adjective without "that" when it opens with a subject.
  const bareClause = !noun && !voice && (NEW_SUBJECTS.has(lower(c, k)) || (DETERMINERS.has(lower(c, k)) && lower(c, k) !== 'no'));
  if (!(noun ? AGENT_COMPLEMENTS : voice ? VOICE_COMPLEMENTS : ADJECTIVE_COMPLEMENTS).has(lower(c, k)) && !bareClause) return null;
  // "The library is open on Sundays": a date after "on" is no topic.
  if (voice && datesAfterOn(c, k, last)) return null;
  if (!noun && agentHoldsStance(c, i, k)) return null;
  // Adverbs between the linking verb and the adjective: "is not entirely sure", "was increasingly wary"; a noun's
  // determiner and adjectives too: "is a fierce critic".
  let link = i - 1;
  const lowest = noun ? Math.max(first, i - 1 - MAX_NOUN_MODIFIERS) : first;
  while (link > lowest && c.regionOf[link] < 0 && (noun ? isNounModifier(c, link) : isAdjectiveModifier(c, link)) && !linksAt(c, link)) link--;
  if (link < first || c.regionOf[link] >= 0) return null;
  const contracted = CONTRACTED_LINK.test(lower(c, link));
  const auxStart = cueStart(c, link, first);
  const setOff = !noun && !voice && !bareClause && lower(c, k) !== 'to' && setsOffAdjective(c, link, i, first);
  const source = contracted ? tokenSpan(c, link, link) : linksAt(c, link) ? sourceBefore(c, auxStart, first) : setOff ? holderOfSetOff(c, link, first) : null;
  // "There are critics of the plan" names no one.
  if (!source || (noun && c.text.slice(source.start, source.end).toLowerCase() === 'there')) return null;
  const clause = bareClause || lower(c, k) === 'that' || lower(c, k) === 'to' || lower(c, k) === 'whether';
  const from = clause ? k : k + 1;
  if (from > last) return null;
  const content = withinOpeningClause(c, rightContent(c, from, last), first, i, last);
  const cueFrom = contracted || setOff ? link + 1 : auxStart;
  return { content: setOff ? untilComma(c, content, from, last) : content, source, cue: tokenSpan(c, cueFrom, i), cueWords: wordsOf(c, cueFrom, i), regions: [], nonSpeech: true };
}

/** Who owns the noun at token `i`, over at most two adjectives: "his" in "his new claim", "Mr Trump's" in "Mr Trump's attacks". */
function possessor(c: Context, i: number, first: number): Span | null {
  let j = i - 1;
  while (j >= first && i - j <= 2 && isWordAt(c, j) && !isCapitalised(c, j) && !DETERMINERS.has(lower(c, j)) && !/['’]s?$/u.test(lower(c, j))) j--;
  if (j < first || c.regionOf[j] >= 0) return null;
  const word = lower(c, j);
  if (POSSESSIVE_PRONOUNS.has(word)) return tokenSpan(c, j, j);
  if (!/[a-z]['’]s$|s['’]$/u.test(word) || CONTRACTED_HAS.test(word)) return null;
  let start = j;
  // "But Ann Lee's claim": a capitalised clause word opening the sentence is no part of the name.
  while (start - 1 >= first && isWordAt(c, start - 1) && isCapitalised(c, start - 1) && !CLAUSE_WORDS.has(lower(c, start - 1))) start--;
  return tokenSpan(c, start, j);
}

/** "according to the ministry, ..." and "..., according to a read-out": the source follows the cue. */
export function accordingFrame(c: Context, i: number, words: readonly string[], first: number, last: number): Found | null {
  const cueEnd = i + words.length - 1;
  const phrase = cueEnd + 1 <= last ? sourceAfterPreposition(c, cueEnd + 1, last) : null;
  if (!phrase) return null;
  const after = withRelativeClause(c, withParticipleTime(c, phrase, cueEnd + 1, last), cueEnd + 1, last);
  const cue = tokenSpan(c, i, cueEnd);
  let p = i - 1;
  while (p >= first && (isPunct(c, p, COMMA_DASH) || isPunct(c, p, BRACKETS))) p--;
  let k = after.next;
  while (k <= last && (isPunct(c, k, COMMA_DASH) || isPunct(c, k, BRACKETS))) k++;
  // "According to the minutes, however, the board ...": a connective set off by commas is the writer's, not the source's.
  if (k + 2 <= last && isConnectiveAside(c, k)) k += 2;
  // "..., according to two staff who were briefed on it": the relative clause describes the source, not the content.
  // "X leads, according to a count, but the rival has vowed ...": after the clause the source reports, a joined clause
  // with its own subject and cue is a second attribution, no part of it.
  const right = last - k >= 1 && !RELATIVES.has(lower(c, k)) && !(p >= first && k > after.next && CLAUSE_JOINS.has(lower(c, k)) && opensAttribution(c, k - 1, last)) ? rightContent(c, k, last) : null;
  if (p >= first && c.regionOf[p] >= 0 && isQuoteEnd(c, p)) {
    const r = c.regionOf[p];
    // "The regatta became ''the season's peak,'' according to ...": a quote in lower case finishing the writer's words
    // before it reports the whole clause, one mixed content (not after a cue of its own or a colon or dash).
    const opening = firstTokenAt(c, c.regions[r].start, first);
    const finishes = opening > first && opensInLowerCase(c, r) && !isPunct(c, opening - 1, QUOTE_LEAD_INS) && !holdsCueWord(c, first, opening - 1);
    return finishes ? { content: { start: c.tokens.starts[first], end: c.regions[r].end }, source: after.span, cue, cueWords: [], regions: [r], mixed: true } : { content: c.regions[r], source: after.span, cue, cueWords: [], regions: [r] };
  }
  // "That's according to exit polls": the demonstrative stands for what the sentence before said, whatever follows
  // the source ("That's according to filings that the club made on Friday", "... to the panel - six local growers").
  if (p >= first && p - first < 2 && DEMONSTRATIVES.test(c.text.slice(c.tokens.starts[first], c.tokens.ends[p]))) return { content: tokenSpan(c, first, first), source: after.span, cue, cueWords: [], regions: [] };
  // "Besides, according to the ministry, four thousand ...": a short opener before the cue is not the content;
  // "The economy grew, according to the ministry, in the second quarter": the content runs round the cue.
  // "A first plan, according to two aides, would have ...": a verb group after the cue needs the subject before it.
  const subjectBefore = right !== null && p >= first && opensVerbGroup(c, firstTokenAt(c, right.start, k));
  // "Pay has fallen, and according to the union, wages rose": after a joining word the clause before is another one.
  const joined = p >= first && joinsAccording(c, p, last);
  if (right && !subjectBefore && (p < first || p - first < 3 || joined)) return { content: right, source: after.span, cue, cueWords: [], regions: [] };
  if (p < first + 1 && !subjectBefore) return null;
  const left = { start: c.tokens.starts[first], end: c.tokens.ends[p] };
  return { content: right ? { start: left.start, end: right.end } : left, source: after.span, cue, cueWords: [], regions: [] };
}

/** True when token `k` is a finite auxiliary in lower case ("would", "has"), so the clause it opens lacks its subject. */
function opensVerbGroup(c: Context, k: number): boolean {
  return k >= 0 && !isCapitalised(c, k) && isFiniteAuxiliary(lower(c, k));
}

// A demonstrative subject with its verb: "That's", "This is".
const DEMONSTRATIVES = /^(?:that|this|it)(?:['’]s|\s+(?:is|was))$/iu;

/** The noun phrase after "according to": up to punctuation, keeping "of"-phrases ("a transcript of the hearing"). */
export function sourceAfterPreposition(c: Context, start: number, last: number): { span: Span; next: number } | null {
  let k = start;
  while (k <= last && k - start < MAX_SOURCE && c.regionOf[k] < 0 && !isPunct(c, k, BOUNDARY_PUNCT) && !isSpacedHyphen(c, k) && !(CLAUSE_WORDS.has(lower(c, k)) && k > start)) k++;
  if (k === start) return null;
  // "According to its director, Tom Reed, the trial ...", but not "According to a police summary, Ann Lee, an aide, sent ...".
  if (headNamesPerson(c, start, k)) k = apposedNameEnd(c, start, k, last);
  else k = ownerNamedAtEnd(c, start, k, last);
  return { span: tokenSpan(c, start, k - 1), next: k };
}

/**
 * The end of a document's source taken on over the name of its author closing the sentence: "according to a statement
 * from the ferry operator, Islandline Shipping." (the words after the comma name the operator, they report nothing).
 * The author is the phrase after the source's last preposition, named by a person's or body's noun.
 */
function ownerNamedAtEnd(c: Context, start: number, end: number, last: number): number {
  let owner = end - 1;
  while (owner > start && !PREPOSITIONS_BEFORE_MODIFIER.has(lower(c, owner - 1))) owner--;
  if (owner === start || !headNamesPerson(c, owner, end)) return end;
  const named = apposedNameEnd(c, owner, end, last);
  return named > last || isPunct(c, named, SENTENCE_END) ? named : end;
}

/**
 * The source after "according to" taken on over the time of its participle: "a joint statement issued after the
 * talks" is one source; the phrase stops at "after" only to keep clauses out of other sources.
 */
function withParticipleTime(c: Context, phrase: { span: Span; next: number }, start: number, last: number): { span: Span; next: number } {
  const k = phrase.next;
  if (k > last || !PARTICIPLE_TIMES.has(lower(c, k)) || !isPastForm(lower(c, k - 1))) return phrase;
  let end = k + 1;
  while (end <= last && end - start < MAX_SOURCE && c.regionOf[end] < 0 && !isPunct(c, end, BOUNDARY_PUNCT) && !CLAUSE_WORDS.has(lower(c, end))) end++;
  return { span: tokenSpan(c, start, end - 1), next: end };
}

// Words opening the time of a participle after a source: "a report published before the vote".
const PARTICIPLE_TIMES = new Set(['after', 'before', 'since']);

/**
 * The source after "according to" taken on over a relative clause describing it: "two aides who saw the figures" is
 * one source, so its verb reads no line of its own, and the content goes on after the clause's closing comma
 * ("Missing, according to aides who attended, was any word on ..."). "that" opens such a clause only before a finite
 * auxiliary ("cables that were later released"); "a poll that shows ..." keeps what the poll shows for the content.
 */
function withRelativeClause(c: Context, phrase: { span: Span; next: number }, start: number, last: number): { span: Span; next: number } {
  const k = phrase.next;
  const opens = k < last && c.regionOf[k] < 0 && (RELATIVES.has(lower(c, k)) || (lower(c, k) === 'that' && isFiniteAuxiliary(lower(c, k + 1))));
  if (!opens) return phrase;
  let end = k + 1;
  while (end <= last && end - start < 2 * MAX_SOURCE && c.regionOf[end] < 0 && !isPunct(c, end, BOUNDARY_PUNCT) && !isSpacedHyphen(c, end)) end++;
  return end <= last && !isPunct(c, end, BOUNDARY_PUNCT) ? phrase : { span: tokenSpan(c, start, end - 1), next: end };
}

// Lower-case words a headline's speaker label may hold: "Secretary of State", "Clinton to Planned Parenthood".
const LABEL_LINKS = new Set(['of', 'to', 'at', 'on', 'in']);

/**
 * True when the label before the colon at token `colon` ends in "of the" and a time noun ("Figure of the Day:", "STAT
 * OF THE WEEK:"): a newsletter's recurring feature, titled by the span it covers, which no one speaks.
 */
function isFeatureTitle(c: Context, colon: number, first: number): boolean {
  return colon - first >= 4 && lower(c, colon - 3) === 'of' && lower(c, colon - 2) === 'the' && TIME_NOUNS.has(lower(c, colon - 1));
}

// A lawmaker's party and state in brackets after the name: "(D-Ore.)", "(R-Texas)".
const PARTY_TAG = /^\([A-Z]{1,2}-[A-Z][A-Za-z.]*\)$/u;

/** Where the name before the colon at token `colon` ends: at the colon, or before a party tag ("Sen. Ada Moss (D-Ore.):"). */
function nameEndBefore(c: Context, colon: number, first: number): number {
  if (colon - 1 <= first || !isPunct(c, colon - 1, CLOSE_BRACKET)) return colon;
  const open = bracketOpen(c, colon - 1, first);
  return open > first && PARTY_TAG.test(c.text.slice(c.tokens.starts[open], c.tokens.ends[colon - 1])) ? open : colon;
}

/**
 * True when token `k` is a lower-case document noun that no caption or credit uses ("editorial", not "photo"), after
 * no possessive: "The mill's message:" sets out its owner's words (a set-out noun), whose source is the owner.
 */
function isDocumentLabelEnd(c: Context, k: number): boolean {
  return !isCapitalised(c, k) && DOCUMENTS.has(lower(c, k)) && !COLON_LABELS.has(lower(c, k)) && !POSSESSIVE_ENDING.test(lower(c, k - 1));
}

/** A name alone opening the sentence before the colon at token `colon` ("John McCain:", "Dr. Ben Carson:"), not a label ("Update:"). */
export function nameBefore(c: Context, colon: number, first: number): Span | null {
  const end = nameEndBefore(c, colon, first);
  if (end === first || end - first > 5) return null;
  // "Harbour Times editorial:", "Council statement:": a document a name issued speaks for it.
  const documented = end - 1 > first && isDocumentLabelEnd(c, end - 1);
  for (let k = first; k < (documented ? end - 1 : end); k++) {
    if (!isWordAt(c, k) || (!isCapitalised(c, k) && !LABEL_LINKS.has(lower(c, k)))) return null;
  }
  // "Clinton to Planned Parenthood:", "Mukasey at RNC:": a link word stands between names, never at an end.
  if (!isCapitalised(c, first) || !(documented || isCapitalised(c, end - 1))) return null;
  const phrase = c.text.slice(c.tokens.starts[first], c.tokens.ends[end - 1]).toLowerCase();
  if (COLON_LABELS.has(phrase) || COLON_LABELS.has(lower(c, first)) || isFeatureTitle(c, end, first)) return null;
  return tokenSpan(c, first, end - 1);
}

/** The colon closing a name that opens sentence `[first, last]` ("John McCain:", "TAPPER:") and that name, or null. */
function labelColon(c: Context, first: number, last: number): { colon: number; name: Span } | null {
  for (let i = first + 1; i <= last && i - first <= 6; i++) {
    if (!isPunct(c, i, COLON) || c.regionOf[i] >= 0) continue;
    const name = nameBefore(c, i, first);
    return name ? { colon: i, name } : null;
  }
  return null;
}

/** True when sentence `s` opens a paragraph right after one ending in a question: an interview's answer. */
function answersQuestion(c: Context, sentences: readonly Sentence[], s: number): boolean {
  if (s === 0 || sentences[s - 1].paragraph === sentences[s].paragraph) return false;
  return /\?["”’]?\s*$/u.test(c.text.slice(sentences[s - 1].start, sentences[s - 1].end));
}

// Fewest names a list after a label holds ("Kelso: Ada Finch, Gus Pellow, Ida Marr."): two may be a pair of speakers.
const MIN_LISTED_NAMES = 3;

/**
 * True when tokens `[from, last]` are only a list of names, commas (and an "and") between capitalised words ("Ada
 * Finch, Gus Pellow, D.J. Marr and Ida Vance."): a roll of people under a place or group label, which says nothing.
 */
function listsNamesOnly(c: Context, from: number, last: number): boolean {
  let names = 1;
  for (let k = from; k <= last; k++) {
    if (isPunct(c, k, COMMA) || lower(c, k) === 'and') {
      if (k === from || isPunct(c, k - 1, COMMA)) return false;
      if (isPunct(c, k, COMMA)) names++;
    } else if (!(isWordAt(c, k) && isCapitalised(c, k)) && !(isPunct(c, k, SENTENCE_END) && k === last) && c.text[c.tokens.starts[k]] !== '.') return false;
  }
  return names >= MIN_LISTED_NAMES;
}

// Most words of a subhead after a label in the body ("Reyes: Win the heat."); a speaker's line runs longer.
const MAX_SUBHEAD_WORDS = 4;

/**
 * True when tokens `[from, last]`, outside the headline, are a few words with no quote and no clause of their own (no
 * noun or pronoun before a verb: "Win the heat.", "A strong finish."): a subhead of a list of items under names, the
 * writer's heading for what follows, not the named person's words ("Reyes: I back the levy." keeps its subject).
 */
function isBodySubhead(c: Context, from: number, last: number): boolean {
  // "Reyes: I back the levy.": a subject pronoun opens a clause, whatever the tagger makes of its verb.
  if (inHeadline(c, from) || SUBJECT_PRONOUNS.has(lower(c, from))) return false;
  let subject = false;
  let words = 0;
  for (let k = from; k <= last; k++) {
    if (c.regionOf[k] >= 0 || (subject && VERB_TAGS.has(c.tags[k]))) return false;
    subject ||= SUBJECT_HEAD_TAGS.has(c.tags[k]);
    if (isWordAt(c, k)) words++;
  }
  return words <= MAX_SUBHEAD_WORDS;
}

/** What a headline-style label before the colon at token `colon` says (up to `last`), or null when its words say nothing. */
export function labelContent(c: Context, colon: number, last: number): Span | null {
  return listsNamesOnly(c, colon + 1, last) || isBodySubhead(c, colon + 1, last) ? null : rightContent(c, colon + 1, last);
}

/** The attribution a name before a colon opens (see `findQuotes`), or null; `marked`: a pasted block's mark opens it. */
export function labelFrame(c: Context, sentences: readonly Sentence[], s: number, first: number, last: number, marked: boolean): Found | null {
  const label = labelColon(c, first, last);
  if (!label) return null;
  const { colon, name: source } = label;
  // A transcript's speaker in capitals ("TAPPER:") or after a pasted block's mark ('"Ann Lee: ...'), or an interview's
  // opening an answer ("Ruiz: No. ..."), speaks whole sentences, a vocative's comma included ("SMITH: Minister, will
  // you resign?"), until the paragraph ends or the next speaker; a turn may be one word ("SMITH: Right.").
  const turn = marked || !/\p{Ll}/u.test(c.text.slice(source.start, source.end)) || answersQuestion(c, sentences, s);
  if (last - colon < (turn ? 1 : 3)) return null;
  let content = turn ? { start: c.tokens.starts[colon + 1], end: contentEnd(c, colon + 1, last) } : labelContent(c, colon, last);
  if (!content) return null;
  if (turn) {
    for (let n = s + 1; n < sentences.length && sentences[n].paragraph === sentences[s].paragraph; n++) {
      const start = c.tokens.sentenceStart[n];
      const end = c.tokens.sentenceStart[n + 1] - 1;
      if (end < start || labelColon(c, start, end)) break;
      content = { start: content.start, end: contentEnd(c, colon + 1, end) };
    }
  }
  return { content, source, cue: tokenSpan(c, colon, colon), cueWords: [], regions: [], verbatim: turn };
}

/**
 * An interview's turn (`findTurns`) as its speaker's words: direct speech from the label to the turn's end, the label its
 * source and the colon its cue. A question's or an answer's speaker is the side the introduction names (null when it
 * names none); a name's is looked up from the label as any source's is.
 */
export function turnFrame(c: Context, turn: Turn, sides: InterviewSides): Found {
  const from = firstTokenAt(c, turn.words.start, 0);
  const content = { start: turn.words.start, end: contentEnd(c, from, firstTokenAt(c, turn.words.end, from) - 1) };
  const speaker = turn.side === 'question' ? sides.interviewer : turn.side === 'answer' ? sides.interviewee : undefined;
  return { content, source: turn.label, cue: turn.cue, cueWords: [], regions: [], verbatim: true, speaker };
}

/**
 * True when the past-tense verb at token `i`, not in the lexicon, closes a quote's sentence the way a cue does: '"...,"
 * scoffed Ann Lee.' or '"...," Ann Lee scoffed.' A verb in that frame reports how the words were said.
 */
export function framesQuote(c: Context, i: number, first: number, last: number): boolean {
  if (isCapitalised(c, i) || !/^[a-z]{3,}ed$/u.test(lower(c, i))) return false;
  const afterQuote = (k: number): boolean => k >= first && quoteComma(c, k);
  // '"...," scoffed Ann Lee.'
  if (afterQuote(i - 1)) {
    const after = i + 1 <= last ? sourceAfter(c, i + 1, last) : null;
    return after !== null && (after.next > last || isPunct(c, after.next, SENTENCE_END));
  }
  // '"...," Ann Lee scoffed.': the verb ends the sentence (tested first: the source search walks back).
  if (i + 1 <= last && !isPunct(c, i + 1, SENTENCE_END)) return false;
  const source = sourceBefore(c, i, first);
  return source !== null && afterQuote(firstTokenAt(c, source.start, first) - 1);
}

// Longest phrase naming an audience, in words: "the jury at Leeds Crown Court" is cut to its last words.
const MAX_AUDIENCE_WORDS = 4;

/**
 * What a court or jury heard: "The court heard that ...", "..., a court heard.", "..., the jury was told.", and in a
 * headline "..., jury told". The audience is no speaker and no one named put the words to it, so there is no source;
 * the content is the "that" clause after the cue, or the clause before a cue closing the sentence (and its time or
 * place: "a court heard on Monday"). The attributions inside it stay ("Webb told police that ..., the jury was told").
 */
export function audienceFrame(c: Context, i: number, first: number, last: number): Found | null {
  const auxStart = cueStart(c, i, first);
  // A passive-only form needs its "be" ("was told"), but for a headline's bare "jury told".
  if (AUDIENCE_PASSIVES.has(lower(c, i)) && !(auxStart < i && PASSIVE_BE.has(lower(c, i - 1))) && !(c.headline === first && auxStart === i)) return null;
  const noun = auxStart - 1;
  if (noun < first || !AUDIENCES.has(lower(c, noun))) return null;
  let subject = noun;
  while (subject > first && noun - subject < MAX_AUDIENCE_WORDS - 1 && isWordAt(c, subject - 1) && !CUE_VERBS.has(lower(c, subject - 1)) && !CLAUSE_WORDS.has(lower(c, subject - 1))) subject--;
  const cue = tokenSpan(c, auxStart, i);
  const cueWords = wordsOf(c, auxStart, i);
  if (i < last && lower(c, i + 1) === 'that') return { content: rightContent(c, i + 1, last), source: null, cue, cueWords, regions: [], heard: true };
  let end = i + 1;
  while (end <= last && c.regionOf[end] < 0 && (TIME_OR_PLACE.has(lower(c, end)) || isCapitalised(c, end))) end++;
  const closing = end > last || isPunct(c, end, SENTENCE_END);
  if (!closing || subject - 1 <= first || !isPunct(c, subject - 1, COMMA_DASH)) return null;
  return { content: tokenSpan(c, first, lastBefore(c, first, subject - 1, COMMA_DASH)), source: null, cue, cueWords, regions: [], heard: true };
}

// Prepositions whose object may be an open question people argue over, ask about or answer: "clashed over how to ...",
// and "to" of "as to".
export const QUESTION_TOPICS = new Set(['about', 'on', 'over', 'into', 'to']);

// Words opening such a question ("which" after a preposition opens a relative clause: "the bill on which ...").
const TOPIC_QUESTION_OPENERS = new Set([...QUESTION_WORDS, 'who', 'where']);

const ADJECTIVE_TAG = UPOS_INDEX.ADJ;

const ADVERB_TAG = UPOS_INDEX.ADV;

// Tags of the words between a verb and the noun it takes: "had | strong | views", "gave | no | details", a name as
// a describing word "interviewing | Lopez | aides".
const NOUN_MODIFIER_TAGS = new Set([UPOS_INDEX.ADJ, UPOS_INDEX.DET, UPOS_INDEX.NUM, UPOS_INDEX.ADV, UPOS_INDEX.NOUN, UPOS_INDEX.PROPN]);

// Most describing words between that verb and the noun.
const MAX_OBJECT_MODIFIERS = 3;

/**
 * The verb (by its part-of-speech tag in `tags`) taking the noun at token `noun` as its object, over its describing
 * words; -1 if none. A form of "have" counts whatever its tag: the tagger often calls the main verb of "Reed had firm
 * views" an auxiliary, though a noun phrase, not a verb, follows it.
 */
function taggedVerbBefore(c: Context, tags: Uint8Array, noun: number, first: number, most = MAX_OBJECT_MODIFIERS): number {
  let j = noun - 1;
  while (j > first && noun - j <= most && NOUN_MODIFIER_TAGS.has(tags[j])) j--;
  return j >= first && j < noun - 1 && (tags[j] === VERB_TAG || HAVE.has(lower(c, j))) ? j : -1;
}

/**
 * A content cut at the comma where a participle phrase opening the sentence gives way to the main clause: "Pressed on
 * whether he would run, | Reed smiled" (the question ends at the comma). Unchanged unless the verb at token `head`
 * (by its part-of-speech tag in `tags`) opens the sentence, after adverbs at most.
 */
function openingPhraseCut(c: Context, tags: Uint8Array, content: Span, first: number, head: number, last: number): Span {
  let opening = first;
  while (opening < head && tags[opening] === ADVERB_TAG) opening++;
  if (opening !== head || tags[head] !== VERB_TAG) return content;
  for (let k = head + 1; k < last && c.tokens.starts[k] < content.end; k++) if (clauseComma(c, k) && opensMainClause(c, k, last)) return { start: content.start, end: c.tokens.ends[k - 1] };
  return content;
}

/**
 * An open question after a topic preposition: "Reed commented on how the levy was spent", "The board has deadlocked on
 * whether to sell", "Ms Lane was cagey about where she stands", "Lee gave no details about how she would pay". Whoever
 * comments, argues, decides or wonders about a question states a view or words on it, whatever the word the
 * preposition hangs on: the question is the content. After a verb or adjective the predicate's subject is the source;
 * after a noun its holder (`nounHolder`). `tags` are the tokens' part-of-speech tags, which tell that word's kind.
 */
export function questionTopicFrame(c: Context, tags: Uint8Array, p: number, first: number, last: number): Found | null {
  const q = p + 1;
  if (q > last || !isWordAt(c, q) || !TOPIC_QUESTION_OPENERS.has(lower(c, q))) return null;
  // "unclear as to who would win": "to" only as part of "as to".
  const asTo = lower(c, p) === 'to';
  if (asTo && (p - 1 < first || lower(c, p - 1) !== 'as')) return null;
  let head = asTo ? p - 2 : p - 1;
  while (head > first && tags[head] === ADVERB_TAG && isWordAt(c, head)) head--;
  if (head < first || !isWordAt(c, head)) return null;
  const content = openingPhraseCut(c, tags, withinOpeningClause(c, rightContent(c, q, last), first, p, last), first, head, last);
  if (tags[head] === NOUN_TAG) {
    // "A debate over whether the pier is safe erupted": in the subject the question runs on to a main verb not found.
    if (!holdsWordOutsideQuotes(c, first, head - 1, isFiniteVerb)) return null;
    const { source, cueFrom } = nounHolder(c, tags, head, first);
    return { content, source, cue: tokenSpan(c, cueFrom, p), cueWords: [], regions: [], nonSpeech: true };
  }
  if (tags[head] !== VERB_TAG && tags[head] !== ADJECTIVE_TAG) return null;
  // "Voters remain unsure about ...": a linking verb before an adjective is the cue's, and its subject the source.
  const linked = tags[head] === ADJECTIVE_TAG && head - 1 >= first && LINKING.has(lower(c, head - 1)) ? head - 1 : head;
  const start = cueStart(c, linked, first);
  // The cue's words without the preposition, whose "to" would read as a plan: they give the modality.
  const frame: Found = { content, source: verbSubject(c, start, first), cue: tokenSpan(c, start, p), cueWords: wordsOf(c, start, head), regions: [] };
  if (CUE_VERBS.get(lower(c, head))?.cueClass !== 'speech') frame.nonSpeech = true;
  return frame;
}

/**
 * "Senator Ruiz came out in support of Ms Kane", "She argued in favour of a levy": a phrase of stance (cue data
 * `stancePhrases`) at token `i` gives what follows it as the content, held by the subject of the verb before it in its
 * clause (by the part-of-speech tags in `tags`); the cue runs from that verb's group to the phrase's end. With no verb
 * before it in the clause ("the odds in favour of a win") it is none.
 */
export function stancePhraseFrame(c: Context, tags: Uint8Array, i: number, first: number, last: number): Found | null {
  const phrase = STANCE_PHRASES.find((words) => words.every((word, n) => i + n < last && isWordAt(c, i + n) && lower(c, i + n) === word));
  if (!phrase) return null;
  const v = clauseVerbBefore(c, tags, i, first);
  if (v < 0) return null;
  const start = cueStart(c, v, first);
  const source = verbSubject(c, start, first);
  const end = i + phrase.length - 1;
  return source ? { content: nounComplement(c, end, last, false), source, cue: tokenSpan(c, start, end), cueWords: wordsOf(c, start, v), regions: [], nonSpeech: true } : null;
}

/**
 * The nearest verb (by its tag in `tags`) before token `i` in its clause, whose subject acts in the phrase at `i`
 * ("came out | in support of", "roused the crowd | with criticism of"), or -1. "kept their children from taking exams
 * in protest of ...": a gerund after a preposition is the verb's object, and the act is its subject's, so the walk goes
 * on past it.
 */
function clauseVerbBefore(c: Context, tags: Uint8Array, i: number, first: number): number {
  const heads = (k: number): boolean => tags[k] === VERB_TAG && !(lower(c, k).endsWith('ing') && k - 1 >= first && NOT_CONTENT_START.has(lower(c, k - 1)));
  let v = i - 1;
  while (v >= first && c.regionOf[v] < 0 && !heads(v) && !clauseComma(c, v) && !isPunct(c, v, BOUNDARY_PUNCT) && !CLAUSE_WORDS.has(lower(c, v))) v--;
  return v >= first && heads(v) && c.regionOf[v] < 0 ? v : -1;
}

// Longest phrase between a sentence's opening "To" and its comma taken as the holder of a view: "To Ms Gil's neighbours,".
const MAX_VIEW_HOLDER = 6;

// Words standing alone for people whose view the sentence gives: "To them, ...", "To many, ..." (not "To it, ...").
const VIEW_HOLDER_WORDS = new Set(['him', 'her', 'them', 'us', 'me', 'many', 'some', 'most']);

/**
 * "To Ms Gil, the pier is a cry against the council": a sentence opening with "To" and a person, then a comma, gives
 * the rest of the sentence as that person's view. Only a person ("To date, ...", "To this end, ...", "To the shock of
 * ..." are adjuncts): a name the mentions layer types as a person (`people`), or a pronoun or quantifier alone; `tags`
 * are the tokens' part-of-speech tags.
 */
export function viewpointFrame(c: Context, tags: Uint8Array, people: (k: number) => boolean, i: number, first: number, last: number): Found | null {
  if (i !== first || i + 2 > last) return null;
  // A verb or clause word before the comma makes it a purpose or a clause ("To stop Reed, ...", "To the extent she
  // talks about Reed, ..."), no one's view.
  let comma = i + 1;
  while (comma <= last && comma - i <= MAX_VIEW_HOLDER && isWordAt(c, comma) && tags[comma] !== VERB_TAG && !CLAUSE_WORDS.has(lower(c, comma))) comma++;
  if (comma >= last || comma === i + 1 || !isPunct(c, comma, COMMA)) return null;
  let person = comma === i + 2 && VIEW_HOLDER_WORDS.has(lower(c, i + 1));
  for (let k = i + 1; k < comma && !person; k++) person = people(k);
  if (!person) return null;
  return { content: rightContent(c, comma + 1, last), source: tokenSpan(c, i + 1, comma - 1), cue: tokenSpan(c, i, i), cueWords: [], regions: [], nonSpeech: true };
}
