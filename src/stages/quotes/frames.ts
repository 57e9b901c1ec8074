// The frames an attribution is written in: a verb frame and the opener, aside, noun, hearsay, label and other frames.
import type { Span } from '../../doc/span.js';
import type { Sentence } from '../sentences/types.js';
import { TokenKind } from '../tokens/types.js';
import { UPOS_INDEX } from '../pos/types.js';
import { VERB_TAG, NOUN_TAG } from './unlisted-cues.js';
import { ANONYMITY_PARTICIPLES, LEAD_OPENERS, STANCE_ADJECTIVES, VOICE_ADJECTIVES, VOICE_COMPLEMENTS, REACTIONS, ADJECTIVE_COMPLEMENTS, AUDIENCES, AUDIENCE_PASSIVES, AGENT_COMPLEMENTS, AGENT_NOUNS, ADJUNCT_WORDS, AUXILIARIES, CLAUSE_ONLY, COLON_LABELS, CUE_NOUNS, CUE_VERBS, DENIALS, DOCUMENTS, FORECASTS, LABELLING, LINKING, AS_CLAUSE_VERBS, OBJECT_CONTROL, NOUN_COMPLEMENTS, NOUN_LIKE, PUBLISHING, PURPOSE_NOUNS, CONTENT_NOUNS, QUESTION_NOUNS, POSSESSIONS, RECEPTIONS, LIGHT_VERBS, STANCE_PHRASES, ASKED_NOUNS, DEMAND_NOUNS, MADE_NOUNS, PERFORMED_NOUNS, FRAMED_NOUNS, GATHERINGS, RECEIVED_NOUNS, BACKING_NOUNS, BACKING_RECEPTIONS, TO_TOPIC, IRREGULAR_PAST, VOICING_VERBS, VOICED_NOUNS, type CueVerb } from './cues.js';
import { RELATIVES, CLAUSE_WORDS, MAX_SOURCE, COMMA, type Context, isMonthWord, inHeadline, holdsComma, lower, lowerWordAt, wordsOf, isPunct, isCapitalised, firstRegionEndingAfter, opensRegion, passageAfterColon, breaksParagraphAfter, isParticipleAt, isPossessive, holdsCueWord, holdsWordOutsideQuotes, isVerbForm, isDash, lastBefore, isSpacedHyphen, tokenSpan, NOT_CONTENT_START, isWordAt, isNumberAt, isPastForm, isVerbPast, isNounWord, clauseComma, POSSESSIVE_PRONOUNS, isQuoteEnd, firstTokenAt, SENTENCE_END, closesSentence, CLOSE_BRACKET, bracketOpen, POSSESSIVE_ENDING } from './context.js';
import { HAVE, dashAsideEnd, opensInfinitive, OBJECT_PREPOSITIONS, asideCommaEnd, TOPIC_PREPOSITIONS, COLON, DAYS, dashAsideStart, skipAdjuncts, phraseUntilClause, isConnectiveAside, continuesNoun, opensObject, complementSoon, infinitiveSoon, PLURAL_NOUN, asksAnonymity, grantsAnonymity, opensAmount, DETERMINERS, QUANTIFIERS, SUBJECT_PRONOUNS, BE, COPULA_FORMS, FINITE_AUXILIARIES, ARTICLES, OCCASION_PREPOSITIONS, PARTICLES, OBJECT_PRONOUNS, isFiniteAuxiliary, OBJECT_ONLY_PREPOSITIONS, MODALS, TIME_NOUNS, TIME_PHRASE_OPENERS, isListedAdverb } from './complements.js';
import { LEXICON } from '../times/lexicon.js';
import type { Turn } from './interviews.js';
import type { InterviewSides } from './speaker.js';
import { OBJECT_WORDS, QUESTION_WORDS, addresseeBeforeQuestion, isPersonRole, skipAddressee, addresseeEnd } from './addressees.js';
import { CONTRACTED_SUBJECT, opensSubjectPhrase, longSubjectHead, BOUNDARY_PUNCT, TIME_OR_PLACE, CONJUNCTIONS, NEW_SUBJECTS, COMMA_DASH, BRACKETS, sourceBefore, holdsVerb, isVerbless, appositiveBefore, PREPOSITIONS_BEFORE_MODIFIER, sourceAfter, apposedNameEnd, headNamesPerson, PASSIVE_BE, SUBORDINATORS, quoteEndsInComma, quoteEndsWith, quoteComma, titleAt, clauseSubject, firstVerbish, MAX_SUMMING_NOUN, contactRelativeAfter, contactRelativeArticle, closingPhraseEnd, CLOSING_PREPOSITIONS, NEGATED_BE, MAX_RELATIVE_SUBJECT } from './sources.js';
import { CLAUSE_JOINS, CONTRACTED_HAS, participleAfterAdverb, OPENING_PARTICIPLES, speaks, isMannerAdverb, WH_CLAUSES, MAX_LIGHT_NOUN_MODIFIERS, lightVerbBefore, isPassiveAt, CONTRACTED_LINK, afterExistential, COUNT_WORDS, opensSentenceBare, phrasalOpenerStart } from './cue-use.js';
import { contentEnd, rightContent, closesWithInvertedCue, opensApposedRelativeAttribution, MAX_APPOSED_NOUN, joinsAccording, resumesAfterRelative, QUOTE_LEAD_INS, takesPreposition, SEMICOLON, MAX_JOINED_SUBJECT, cueAfterSubject, speaksAfterRelativeSubject, afterApposition, cueStart, CLAUSE_VERBS, opensContentClause, refusesToSay, REPORTED_MODALS, GAPPED_RELATIVES, whoBefore, COORDINATORS, opensSummingNoun, NEGATIONS, participleCueAt, holdsNoClause, opensAttribution } from './content.js';

const COMMA_COLON = new Set([',', ':']);
const AFTER_QUOTE = new Set([',', '”', '"', '’', "'"]);
const QUOTE_MARKS = new Set(['”', '"', '’', "'", '“', '‘']);

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
  /** The speaker, when the frame knows it without reading its source: an interview's "A:" is the person interviewed. */
  speaker?: number | null;
}

/**
 * True when tokens `[from, to]` read as a main clause: a finite auxiliary or past form, no cue verb outside quotes, and
 * no opening preposition, subordinator or participle ("On Tuesday, ...", "Even as he ...", "After suggesting ...").
 */
function isMainClause(c: Context, from: number, to: number): boolean {
  const opening = [lower(c, from), from + 1 <= to ? lower(c, from + 1) : ''];
  if (NOT_CONTENT_START.has(opening[0]) || opening[0].endsWith('ing') || opening.some((word) => CLAUSE_WORDS.has(word) || SUBORDINATORS.has(word))) return false;
  // "X said that ..., he should have insisted on ...": words before are another cue's content.
  return !holdsCueVerb(c, from, to) && holdsVerb(c, from, to);
}

/** True when tokens `[from, to]` hold a cue verb's form outside quote marks. */
function holdsCueVerb(c: Context, from: number, to: number): boolean {
  return holdsWordOutsideQuotes(c, from, to, (word) => CUE_VERBS.has(word));
}

/**
 * The subject of the verb whose words start at token `start`: the phrase right before it, or after a joining "and" or
 * "but" the clause's subject ("The union said ... and raised concerns that ...").
 */
function verbSubject(c: Context, start: number, first: number): Span | null {
  const joined = start - 1 > first && isWordAt(c, start - 1) && (lower(c, start - 1) === 'and' || lower(c, start - 1) === 'but');
  return joined ? clauseSubject(c, first, start - 1) : sourceBefore(c, start, first);
}
// Words opening what a speech verb's words were about after "to" and an addressee: "explained to the BBC why ...".
const TOPICS_AFTER_ADDRESSEE = new Set([...QUESTION_WORDS, 'about']);

/** True when "to" at token `k` opens a noun phrase that may name an addressee: "to the council", "to Lee", "to him". */
function opensToAddressee(c: Context, k: number, last: number): boolean {
  return lower(c, k) === 'to' && k < last && (DETERMINERS.has(lower(c, k + 1)) || isCapitalised(c, k + 1) || OBJECT_PRONOUNS.has(lower(c, k + 1)) || OBJECT_WORDS.has(lower(c, k + 1)));
}

/**
 * The token after the addressee that "to" at token `k` opens, past adjuncts, and the complement there (-1: none):
 * "to reporters | that", 'to him, | "..."'. A "that" ending a longer phrase is no complement when it may be a relative
 * ("added to the cloud that has ..."); the phrase may run on over a place or its members after one naming hearers
 * ("groused to a crowd in Hull that", "explained to a gathering of farmers that"), but not after a thing ("admitted
 * to a role in the scheme that the police found", "agreed to a fine over claims that ...").
 */
function complementAfterToAddressee(c: Context, k: number, last: number): { after: number; complement: number } {
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

// Words opening a question put to someone: "was asked by a parent whether ...", "... if".
const QUESTION_OPENERS = new Set([...QUESTION_WORDS, 'if']);
// Those, or a question's topic: "... about".
const QUESTIONS_PUT = new Set([...QUESTION_OPENERS, 'about']);
// Every form of "be": a copula among a source's auxiliaries ("will be able", "is hard").
const BE_FORMS = new Set([...BE, ...COPULA_FORMS]);

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
function documentSource(c: Context, doc: number, first: number): Span | null {
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
function regionContent(c: Context, r: number, after: number, last: number, source: Span | null, cue: Span, cueWords: string[]): Found {
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
function opensInLowerCase(c: Context, r: number): boolean {
  const opening = /^\P{L}*(\p{L})/u.exec(c.text.slice(c.regions[r].start, c.regions[r].end));
  return opening !== null && opening[1] !== opening[1].toUpperCase();
}

// Relative words opening a clause on the noun before them: "the cases where ...", "a plan that ...".
const RELATIVES_ON_NOUN = new Set([...RELATIVES, 'that', 'where']);

/**
 * The attribution of quote region `r` after its cue: when reported words go on after the quote ('says "our luck has
 * turned" despite the loss', 'sang "Kelso forever" and "Save the pier"'), they belong to one mixed content, up to
 * a second attribution; a quote closing on a comma or a full stop, words holding a cue ('"...," he told X') or a
 * clause word ('said "no" when reporters pressed her') end it.
 */
function quoteAfterCue(c: Context, r: number, last: number, source: Span | null, cue: Span, cueWords: string[]): Found {
  const found = regionContent(c, r, last + 1, last, source, cue, cueWords);
  const next = firstTokenAt(c, c.regions[r].end, 0);
  const closed = quoteEndsWith(c, r, /[,.!?;:]\s*\S{0,2}$/u);
  // 'says "we will win" as the team prepares': a clause word opens the writer's time or reason clause, not more words;
  // a relative word after a quoted phrase with no verb opens a clause on its noun ('admitted "a few cases" where ...').
  const onQuotedNoun = next <= last && RELATIVES_ON_NOUN.has(lower(c, next)) && isVerbless(c, firstTokenAt(c, c.regions[r].start, 0), next - 1);
  // 'named "Harbour Nights," "Blue Coast" and "Kelso" as her shows': a quote closing on a comma right before another
  // quote is one item of a quoted list, which goes on to its last item.
  if (found.regions.length === 1 && next <= last && quoteEndsInComma(c, r) && opensRegion(c, next) && !c.used[c.regionOf[next]]) {
    const rest = quoteAfterCue(c, c.regionOf[next], last, source, cue, cueWords);
    return { ...rest, content: { start: found.content.start, end: rest.content.end }, regions: [r, ...rest.regions] };
  }
  if (next > last || closed || found.regions.length > 1 || c.tokens.kinds[next] === TokenKind.PUNCT || (CLAUSE_WORDS.has(lower(c, next)) && !onQuotedNoun) || holdsCueWord(c, next, Math.min(last, next + 3))) return found;
  return { ...found, content: { start: found.content.start, end: rightContent(c, next, last).end }, mixed: true };
}

// Words opening a clause or topic that frames the quote after a mid-sentence cue: 'If the vote fails, she said, "..."',
// 'As for the bridge, he said, "..."', 'Of the mayor, she said, "..."'.
const FRAMING_OPENERS = new Set(['if', 'when', 'while', 'because', 'although', 'though', 'unless', 'once', 'as', 'of']);

/**
 * True when tokens `[first, p]`, before the comma ahead of a source, open the sentence with a subordinate clause or a
 * topic ("If the vote fails", "While costs rose", "As for the bridge", "Of the mayor") that holds no cue of its own:
 * the quote after the cue goes on from it. Adjuncts of time and occasion ("On Saturday", "In a statement") are the
 * writer's framing and stay out.
 */
function opensBeforeSource(c: Context, first: number, p: number): boolean {
  if (p <= first || c.regionOf[first] >= 0 || c.regionOf[p] >= 0 || !FRAMING_OPENERS.has(lower(c, first))) return false;
  for (let k = first + 1; k <= p; k++) if (c.regionOf[k] >= 0 || CUE_VERBS.has(lower(c, k)) || CUE_NOUNS.has(lower(c, k))) return false;
  return true;
}

/** True when tokens `[from, to]` open the sentence without a verb: "A week", "Now,", "On Sunday, on the radio,". */
function isVerblessOpener(c: Context, from: number, to: number): boolean {
  for (let k = from; k <= to; k++) {
    if (c.regionOf[k] >= 0 || isPunct(c, k, COMMA)) continue;
    const word = lower(c, k);
    if (c.tokens.kinds[k] === TokenKind.PUNCT || makesClause(word)) return false;
  }
  return true;
}

/** True for a word that makes a stretch a clause: an auxiliary, a clause word, a cue, a past form or a subject pronoun. */
function makesClause(word: string): boolean {
  return AUXILIARIES.has(word) || CLAUSE_WORDS.has(word) || CUE_VERBS.has(word) || isPastForm(word) || NEW_SUBJECTS.has(word);
}

/**
 * The attribution of a participle opening the sentence after a subordinator (cue tokens `[auxStart, cueEnd]`): its
 * content runs to the opener's comma, and its speaker is the subject after it ("While praising the crew, the captain
 * warned ..."); none without such a subject.
 */
function openerFrame(c: Context, auxStart: number, cueEnd: number, last: number, cueWords: string[]): Found | null {
  for (let comma = cueEnd + 1; comma < last; comma++) {
    // 'In calling the plan "a folly," the bishop ...': a quote closing on its comma ends the phrase as a comma does,
    // when a subject follows it ('"stupid," though, she ...' goes on to the clause comma).
    const quoted = quoteComma(c, comma);
    if (!quoted && !clauseComma(c, comma)) continue;
    const found = comma - cueEnd < 2 ? null : openerFrameAt(c, auxStart, cueEnd, comma, last, cueWords);
    if (found || !quoted) return found;
  }
  return null;
}

/** The opening participle's attribution when its phrase ends at token `comma`: null when no subject follows. */
function openerFrameAt(c: Context, auxStart: number, cueEnd: number, comma: number, last: number, cueWords: string[]): Found | null {
  const verb = firstVerbish(c, comma + 1, last);
  // "Noting the hour, the mayor shut the meeting.": with no verb found, where the subject ends is unknown.
  const subject = verb > comma + 1 && verb <= last && !isPunct(c, verb, SENTENCE_END) ? sourceBefore(c, verb, comma + 1) : null;
  if (!subject) return null;
  const from = skipAdjuncts(c, cueEnd + 1, comma - 1);
  if (from >= comma) return null;
  return { content: rightContent(c, from, quoteComma(c, comma) ? comma : comma - 1), source: subject, cue: tokenSpan(c, auxStart, cueEnd), cueWords, regions: [] };
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

/**
 * True when reported words before a mid-sentence cue carry on at token `k`, after the cue's comma: a "that" clause, a
 * verb ('"Only you," she said, would ...'), a reason, or a phrase that carries reported words on ("to", "by", ...).
 * After reported words that are not a quote, a clause with its own subject may carry on too ("Otherwise, she said,
 * clubs may ..."), but not a participle cue, a joining word or an adjunct.
 */
function carriesPastCue(c: Context, k: number, last: number, clauseMayFollow: boolean): boolean {
  if (k > last || c.regionOf[k] >= 0) return false;
  const word = lower(c, k);
  if (metWith(c, k, last)) return false;
  if (word === 'that' || FINITE_AUXILIARIES.has(word) || ROUND_CLAUSES.has(word) || ROUND_STARTS.has(word)) return true;
  // "..., the fund said on Monday, a deal that requires ...": a noun summing up the words is the writer's apposition.
  return clauseMayFollow && !CUE_VERBS.get(word)?.participle && !CLAUSE_WORDS.has(word) && word !== 'and' && !NOT_CONTENT_START.has(word) && !opensSummingNoun(c, k, last);
}

// Words that open how an audience met what was said: "to loud jeers", "amid applause".
const MEETING_WORDS = new Set(['to', 'amid']);

/**
 * True when token `k` opens how an audience met the words: "to" or "amid" and a reaction, over at most one describing
 * word ("..., she said, | to loud jeers from the gallery"). The writer's scene, not more of what was said.
 */
function metWith(c: Context, k: number, last: number): boolean {
  if (!MEETING_WORDS.has(lower(c, k))) return false;
  for (let j = k + 1; j <= last && j <= k + 2 && isWordAt(c, j) && c.regionOf[j] < 0; j++) if (REACTIONS.has(lower(c, j))) return true;
  return false;
}


// Prepositions opening a passive participle's complement: "men accused | of arson", "a plan agreed | with allies".
const PARTICIPLE_COMPLEMENTS = new Set(['of', 'for', 'with', 'by', 'as', 'over']);

/**
 * True when the past form at token `i`, followed by a preposition, comes after a noun phrase that is the direct object
 * of a finite verb inside `source`: "Police detained | two men | accused of arson", "Kyiv would present | a plan |
 * agreed with its partners". A clause has one finite verb before its object, so the form after the object is a
 * participle describing it, not that clause's verb. The object must open with a determiner, number or possessive
 * right after the verb ("Ministers gathered in the capital agreed on ..." has no object; its verb is "agreed").
 */
function describesObject(c: Context, source: Span, i: number, first: number, last: number): boolean {
  if (i + 1 > last || !PARTICIPLE_COMPLEMENTS.has(lower(c, i + 1)) || !isPastForm(lower(c, i))) return false;
  for (let k = firstTokenAt(c, source.start, first) + 1; k < i - 1; k++) {
    if (!isWordAt(c, k) || isCapitalised(c, k) || c.regionOf[k] >= 0) continue;
    const verb = MODALS.has(lower(c, k)) ? verbAfterModal(c, k, i) : isVerbPast(lower(c, k)) && !DETERMINERS.has(lower(c, k - 1)) && !/ly$/u.test(lower(c, k - 1)) ? k : -1;
    if (verb < 0) continue;
    const object = lower(c, verb + 1);
    return verb + 1 < i && (DETERMINERS.has(object) || COUNT_WORDS.has(object) || QUANTIFIERS.has(object) || isNumberAt(c, verb + 1) || isPossessive(c, tokenSpan(c, verb + 1, verb + 1)));
  }
  return false;
}

/**
 * A past form at token `i` (adverbs from `auxStart`) set off by a comma or dash after a verbless noun phrase and
 * followed by "by": "The levy, opposed by the unions,", "The report - first published by the Herald -". The noun
 * phrase is the content, the agent its source.
 */
function setOffParticipleFrame(c: Context, auxStart: number, i: number, first: number, last: number, cueWords: string[]): Found | null {
  if (i + 1 > last || lower(c, i + 1) !== 'by' || !isPastForm(lower(c, i)) || auxStart - 1 <= first) return null;
  if (!isPunct(c, auxStart - 1, COMMA_DASH) || wordsOf(c, auxStart, i - 1).some((word) => FINITE_AUXILIARIES.has(word))) return null;
  const phrase = sourceBefore(c, auxStart - 1, first);
  if (!phrase) return null;
  // "The judge blocked the law, opposed by Democrats,": after a verb, its object is the noun described.
  let from = firstTokenAt(c, phrase.start, first);
  for (let k = auxStart - 2; k > from; k--) if (holdsVerb(c, k, k)) { from = k + 1; break; }
  if (from > auxStart - 2 || holdsVerb(c, from, from) || !(DETERMINERS.has(lower(c, from)) || isCapitalised(c, from))) return null;
  const noun = { start: c.tokens.starts[from], end: phrase.end };
  const agent = agentAfter(c, i + 1, last);
  // "Nader, still scorned by Democrats for ...", "named by the paper as ...": what the agent judges is the complement,
  // read by no rule here.
  const after = agent ? firstTokenAt(c, agent.end, i) : -1;
  if (!agent || (after <= last && (JUDGED_AFTER_AGENT.has(lower(c, after)) || PASSIVE_COMPLEMENTS.has(lower(c, after))))) return null;
  return { content: noun, source: agent, cue: tokenSpan(c, auxStart, i), cueWords, regions: [] };
}

// Most tokens between a speech cue and a quote its adjuncts or an aside set off ("wrote to her 5,000 followers,").
const MAX_ASIDE_BEFORE_QUOTE = 14;

/**
 * The region of a quote opening after a comma within a few tokens from `from`, with no quote, cue verb, "that" or
 * sentence end before it, else -1: the words between are the cue's adjuncts or an aside.
 */
function quoteAfterAside(c: Context, from: number, last: number): number {
  for (let k = from; k <= last && k - from <= MAX_ASIDE_BEFORE_QUOTE; k++) {
    if (c.regionOf[k] >= 0) return k > from && isPunct(c, k - 1, COMMA) && opensRegion(c, k) ? c.regionOf[k] : -1;
    if (isPunct(c, k, SENTENCE_END) || CUE_VERBS.has(lower(c, k)) || lower(c, k) === 'that') return -1;
  }
  return -1;
}

/** The verb a modal at token `k` governs, past its adverbs ("would then present"), before token `before`. */
function verbAfterModal(c: Context, k: number, before: number): number {
  let verb = k + 1;
  while (verb < before - 1 && /ly$|^then$|^also$/u.test(lower(c, verb))) verb++;
  return verb;
}

/**
 * Finds the attribution a cue verb at token `i` heads, within sentence tokens `[first, last]`; the `tail` words after a
 * phrasal cue's verb belong to the cue ("spoke about", "took issue with").
 */
/**
 * True when quote region `r` stands right before token `s`, a lower-case noun opening the source, with no stop inside
 * its closing mark: in '"Harbour Nights" host Tom Reed talked about ...' the quote names the show the host is of, a title
 * modifying the noun, not words anyone said; the cue's content comes after it.
 */
function titleBeforeRole(c: Context, r: number, s: number): boolean {
  const word = lowerWordAt(c, s, s);
  return word !== null && !DETERMINERS.has(word) && !SUBJECT_PRONOUNS.has(word) && isNounWord(word) && !quoteEndsWith(c, r, /[,.!?;:]\s*\S{1,2}$/u);
}

export function verbFrame(c: Context, i: number, verb: CueVerb, site: CueSite, first: number, last: number, previous: Found | null, tail = 0): Found | null {
  const previousSource = previous?.source ?? null;
  // 1. The cue: the verb with its auxiliaries ("is expected to say", "will also argue", "did not say").
  const { auxStart, documented } = site;
  let cueEnd = i + tail;
  const cueWords = wordsOf(c, auxStart, i);
  // "the first planned flight", "a long promised review": a cue after a determiner and adverbs describes a noun.
  if (auxStart > i - 3 && auxStart < i && auxStart - 1 >= first && DETERMINERS.has(lower(c, auxStart - 1)) && !cueWords.some((word) => FINITE_AUXILIARIES.has(word))) return null;
  // "at a time to be announced": a passive infinitive with no agent names no one's words.
  if (cueWords.includes('to') && COPULA_FORMS.has(cueWords[cueWords.length - 2] ?? '') && lower(c, i + 1) !== 'by') return null;
  // "denied saying" negates the speech; "denied that ..." reports a denial.
  if (DENIALS.has(lower(c, i)) && i + 1 <= last && CUE_VERBS.get(lower(c, i + 1))?.participle) cueEnd = i + 1;
  else if (DENIALS.has(lower(c, i))) cueWords.pop();
  // "He was told that ..." is passive: the subject heard, not said ("was widely criticised", "was first reported" too).
  const form = lower(c, i);
  let beforeVerb = i - 1;
  while (beforeVerb > auxStart && !FINITE_AUXILIARIES.has(lower(c, beforeVerb))) beforeVerb--;
  // The cue's past or past participle ("told", "seen"), which may share a "be" before it as a passive.
  const pastForm = !verb.participle && form !== verb.lemma && !form.endsWith('s');
  const passive = auxStart < i && pastForm && PASSIVE_BE.has(lower(c, beforeVerb)) && !cueWords.includes('to');
  // 2. The source before the cue, or after it in inverted order, or the main clause's subject for "..., adding that".
  // "The club put out a notice on Friday saying ...": who released the document is the source, and a document
  // opening the clause is its own ("A letter urging him to step down").
  // "The vote will be close, said Ann Lee, a pollster.": a cue after a comma with its speaker closing the sentence
  // takes no source before it; the clause there is what was said.
  const speakerCloses = auxStart === i && closesWithInvertedCue(c, first, auxStart - 1, last);
  let source = passive || speakerCloses ? null : documented >= 0 ? documentSource(c, documented, first) : sourceBefore(c, auxStart, first);
  // "Police detained two men accused of arson": a past form after the object of its source's own verb describes that
  // object; the clause's verb came before it, so no one here is said to accuse.
  if (source && auxStart === i && describesObject(c, source, i, first, last)) return null;
  // "The levy, opposed by the unions, never passed": a past form set off after a noun, with its agent, tells the
  // agent's view of that noun.
  const setOff = !source && !passive ? setOffParticipleFrame(c, auxStart, i, first, last, cueWords) : null;
  if (setOff) return setOff;
  // An infinitive is not a speaker: "(remain) to be eclipsed by the strike, which risked ...". Nor, before a cue ending
  // the sentence, is a phrase opening inside it with a preposition that takes an object: "(accuses Lee) of letting
  // boats into waters both towns | claim." ends in a relative clause, whose verb is no cue of its own ("Of those who |
  // view" opens a sentence; "Ann Lee, 50, of Kelso | learned of ..." names a place in an apposition).
  // "Voters who backed the plan said ...", "crews who wrote to the mayor say ...": the object of a relative clause's
  // verb, or its phrase, ends the subject that clause describes.
  if (source) source = withRelativeHead(c, source, first);
  const sourceHead = source ? firstTokenAt(c, source.start, first) : -1;
  if (source && (lower(c, sourceHead) === 'to' || (sourceHead > first && closesSentence(c, cueEnd + 1, last) && OBJECT_ONLY_PREPOSITIONS.has(lower(c, sourceHead))))) source = null;
  // "Dockers voted by 87% to reject the offer": a margin is how the vote before it went; that verb's subject speaks.
  if (source && sourceHead - 1 > first && marginBefore(c, sourceHead, auxStart)) source = sourceBefore(c, sourceHead - 1, first);
  // "Concerns rose over claims that ...", "the kinds of questions that ...": a noun-like form after a preposition is the
  // preposition's object, a claim no one is named for; the words before it are no speaker.
  if (source && auxStart === i && NOUN_LIKE.has(form) && PREPOSITIONS_BEFORE_MODIFIER.has(lower(c, i - 1))) source = null;
  // "Ms Lee is continuing to insist ...", "he keeps trying to explain": the subject of the verb the infinitive hangs on.
  if (!source && lower(c, auxStart) === 'to' && auxStart - 1 > first && isParticipleAt(c, auxStart - 1)) source = sourceBefore(c, cueStart(c, auxStart - 1, first), first);
  // "Ann Cole wrote to the paper in June to say ...": an infinitive after a past verb's adjuncts serves that verb; its
  // subject is the source.
  // "Ann Cole tweeted on Friday to say ...": a source that is only the past verb's adjunct is no speaker either.
  if (lower(c, auxStart) === 'to' && (!source || ADJUNCT_PREPOSITIONS.has(lower(c, sourceHead)))) source = subjectOfVerbBeforeAdjuncts(c, auxStart, first) ?? source;
  // "Ann Cole found ways to cast ...", "Ada Holm wrote a letter to say ...": the object of a verb is no speaker; that
  // verb's subject, whose act the infinitive tells the purpose of, is.
  if (source && lower(c, auxStart) === 'to') source = subjectOfVerbBeforeObject(c, source, first);
  // "An aide, speaking on condition of anonymity to discuss the talks, said": the infinitive gives the reason for the
  // anonymity a participle set off by a comma grants; the participle's subject, before that comma, is the speaker, or
  // the speaker of the attribution the participle follows ('"...," an aide said, speaking ...').
  const anonymousParticiple = source !== null && cueWords.includes('to') && grantsAnonymityBefore(c, source, auxStart, first);
  if (source && anonymousParticiple) source = sourceBefore(c, firstTokenAt(c, source.start, first) - 1, first) ?? previousSource ?? source;
  // "Ms Ruiz will use the meeting to demand ...": a purpose infinitive's speaker is its clause's subject, before the
  // clause's finite auxiliary, not the whole clause nor the last name in it.
  if (source && lower(c, auxStart) === 'to') source = subjectBeforeAuxiliary(c, source, first);
  // "Orlan, who went on the radio to justify ...", "Ann Lee, the mayor, used her speech to call ...": a phrase
  // opening with a past verb is the predicate the infinitive serves; its subject stands before it.
  const predicateStart = source && lower(c, auxStart) === 'to' ? firstTokenAt(c, source.start, first) : -1;
  if (source && predicateStart > first && !isCapitalised(c, predicateStart) && isVerbPast(lower(c, predicateStart))) source = sourceBefore(c, predicateStart, first) ?? source;
  // "she liked to say", "Judge Ann Roe interrupted twice to ask": a past verb closing the phrase is the one the
  // infinitive hangs on; its subject, before it, is the source.
  if (source && lower(c, auxStart) === 'to') source = subjectBeforeClosingVerb(c, source, first);
  // "the delegates would be free to vote", "Ann Lee is among those who say", "the anchor was trying insistently to ask":
  // a source opening with a finite auxiliary is the predicate the cue hangs on; its subject stands before it.
  if (source) source = subjectBeforePredicate(c, source, pastForm, first);
  // "The dockers rejected the rota, hurrying to the local paper to say ...", "..., ready to tell ...": a predicate set
  // off by a comma before an infinitive cue is no speaker; the clause's subject, or the previous speaker, is. Not when
  // the cue's content may lie before it ("..., taking care to stress after ..."), where that subject is inside it.
  if (source && lower(c, auxStart) === 'to' && !NOT_CONTENT_START.has(lower(c, cueEnd + 1)) && setOffPredicate(c, source, first)) source = setOffPredicateSubject(c, source, first, previous) ?? source;
  // "responded by saying", "without naming": a preposition before a participle is no speaker; the clause's subject is.
  // "..., before clarifying that ...", "after telling the crowd": a subordinator before a participle is no speaker either.
  const subordinate = verb.participle && auxStart - 1 >= first && SUBORDINATORS.has(lower(c, auxStart - 1));
  // "..., while trying to explain her reasons": a participle alone before an infinitive is no speaker; the clause's
  // subject is.
  const catenative = source !== null && lower(c, auxStart) === 'to' && source.start === c.tokens.starts[auxStart - 1] && isParticipleAt(c, auxStart - 1);
  const wordBeforeCue = auxStart - 1 >= first ? lower(c, auxStart - 1) : '';
  const preposition = subordinate || catenative || (verb.participle && source !== null && (GERUND_PREPOSITIONS.has(wordBeforeCue) || (source.start === c.tokens.starts[auxStart - 1] && NOT_CONTENT_START.has(wordBeforeCue))));
  if (preposition) source = null;
  // "Two died, police said on Monday, adding that ...", "Lee went after the mayor, calling ...": a participle after a
  // comma goes on with the speaker of the attribution before it, not with the whole clause that holds it. (One named
  // inside a relative clause describes the subject: "Ann Lee, who trails in most polls, telling ...".)
  // "..., continuing to insist ...", "..., choosing instead to argue ...": a cue opening with a lead's "-ing" form is a
  // participle clause, as one opening with the verb's own is.
  const participle = verb.participle || (auxStart < i && isParticipleAt(c, auxStart) && LEAD_OPENERS.has(lower(c, auxStart)) && cueWords.includes('to'));
  if (source && previousSource && participle && isPunct(c, auxStart - 1, COMMA) && source.start < previousSource.start && previousSource.end <= source.end) {
    if (!holdsWordOutsideQuotes(c, firstTokenAt(c, source.start, first), firstTokenAt(c, previousSource.start, first) - 1, (word) => RELATIVES.has(word))) source = previousSource;
  }
  // "After thanking the crowd for coming, Ms Lee said ...", "A week after backing the plan, the mayor ...": an opening
  // participle's speaker is the main clause's subject.
  // "In describing the pier, Ms Lee said ...", "And by naming him, the mayor ...": so is one after a preposition
  // opening the sentence, or after a conjunction opening it; and an infinitive cue after such a participle ("After
  // struggling to persuade the council, Ms Lee said ...").
  // "Having argued that the plan would fail, Ms Lee ...": a perfect participle opens the sentence as a participle does.
  const perfect = !verb.participle && lower(c, auxStart) === 'having' && auxStart === i - 1;
  const participleAt = verb.participle || perfect ? auxStart : lower(c, auxStart) === 'to' && auxStart - 1 > first && isParticipleAt(c, auxStart - 1) ? auxStart - 1 : -1;
  const participleOpener = participleAt - 1;
  const prepositionStart = participleOpener >= first ? gerundOpenerStart(c, participleOpener, first) : -1;
  const prepositionOpens = prepositionStart >= first && (prepositionStart === first || (prepositionStart - 1 === first && CONJUNCTIONS.has(lower(c, first))));
  const subordinatorOpens = participleOpener >= first && SUBORDINATORS.has(lower(c, participleOpener)) && (participleOpener === first || isVerblessOpener(c, first, participleOpener - 1));
  const opening = participleAt >= 0 && (prepositionOpens || subordinatorOpens) ? openerFrame(c, auxStart, cueEnd, last, cueWords) : null;
  if (opening) return opening;
  // "Citing the storm, the council ...": a participle opening the sentence on its own is framed the same way, after
  // an adverb too; a stance or thought there is none ("Repeatedly praising the crew, ...", "Still hoping to win, ...").
  if ((verb.participle || perfect) && auxStart === first) return OPENING_PARTICIPLES.has(verb.cueClass) ? openerFrame(c, auxStart, cueEnd, last, cueWords) : null;
  let next = cueEnd + 1;
  // "..., adding that" and "... and said" share the clause's subject.
  // "... on the spot – saying ...": a dash sets off a participle as a comma does.
  const joined = preposition || (auxStart > first && (isPunct(c, auxStart - 1, COMMA) || lower(c, auxStart - 1) === 'and' || lower(c, auxStart - 1) === 'but' || (participle && (isQuoteEnd(c, auxStart - 1) || isPunct(c, auxStart - 1, COMMA_DASH) || isSpacedHyphen(c, auxStart - 1)))));
  // "defended the levy, mocked its critics ...": a past verb right after a comma shares the source of the act before it,
  // and so does a headline's "-s" form ("Mayor rejects offer, denies talks").
  const listed = auxStart === i && previousSource !== null && (isVerbPast(form) || (inHeadline(c, i) && form.endsWith('s')));
  // "Quill joked with the crowd, then said ...": a verb opened by "then" after a comma is the same subject's next act.
  const thenAct = lower(c, auxStart) === 'then' && auxStart < i && verb.cueClass === 'speech';
  const inherited = !source && !passive && !speakerCloses && joined && (participle || lower(c, auxStart - 1) !== ',' || listed || thenAct);
  // "has been viewed and shared", "was arrested and charged": a past form joined to a passive shares its "be".
  if (inherited && sharesPassive(c, verb, auxStart, i, first, last)) return null;
  // "said the pier was safe but would not say when it reopens": a refusal put with a modal after "but" tells what the
  // speaker withheld, no attribution of its own ("but did not say" stays, a negated report of speech).
  if (inherited && lower(c, auxStart - 1) === 'but' && REPORTED_MODALS.has(lower(c, auxStart)) && refusesToSay(c, auxStart, i)) return null;
  // "The union stepped up its criticism of the mayor, saying ...": a possessor inside the clause is no subject.
  // "Tom told Ann Lee, who opened the door and said ...": a verb joined inside a relative clause has its antecedent.
  const relative = inherited ? openRelativeBefore(c, auxStart, first) : -1;
  // The previous attribution's speaker goes on, but "When Korr pointed out the cost, Quill seized on it, repeating
  // ...": a clause of its own after that attribution has its own subject.
  const carried = inherited && previousSource && !isPossessive(c, previousSource) ? previousSource : null;
  const later = carried && previous ? laterClauseSubject(c, previous, first, auxStart) : null;
  if (inherited) source = (relative >= 0 ? sourceBefore(c, relative + 1, first) : null) ?? later ?? carried ?? clauseSubject(c, first, auxStart - 1);
  let sourceStart = source && !inherited ? firstTokenAt(c, source.start, first) : auxStart;
  // '"...," said Ann Lee, a nurse.': what follows an inverted source's comma is its apposition, not more content.
  let inverted = false;
  if (!source && !passive && next <= last && c.tokens.kinds[next] === TokenKind.WORD) {
    const after = sourceAfter(c, next, last);
    if (after && !OBJECT_PREPOSITIONS.has(lower(c, cueEnd)) && (auxStart === first || isPunct(c, auxStart - 1, AFTER_QUOTE) || c.regionOf[auxStart - 1] >= 0)) {
      source = after.span;
      next = after.next;
      inverted = true;
    }
  }
  // "A nurse who volunteered at ..., and who asked not to be named because ..., said": a subject too long to walk is
  // named by its head.
  const longHead = !source && !passive && !inherited && documented < 0 && isPunct(c, auxStart - 1, COMMA) ? longSubjectHead(c, auxStart, first) : null;
  if (longHead) {
    source = longHead;
    sourceStart = firstTokenAt(c, longHead.start, first);
  }
  const cue = tokenSpan(c, auxStart, cueEnd);
  if (source && !inverted && asksWhether(c, sourceStart, first)) return null;
  if (source && !inverted && motiveForAnonymity(c, sourceStart, cueEnd, first, last)) return null;
  // "Gov. Ann Lee, a Tory who has declined to back the mayor, said ...": a relative clause inside an apposition
  // describes the one the main clause's cue gives its source to; its words are not what was said.
  if (source && !inverted && apposedRelativeResumes(c, source, first, next, last)) return null;
  // "The vote is thought to be close", "He is said to be ill": the subject with the infinitive is the content; so is a
  // judged subject with what it is judged for or as ("Mr Lee was criticised for the delay", "is widely seen as ..."),
  // and any passive cue's subject with its agent ("The deal was first disclosed by the Gazette").
  // "The town is expected to free them and to allow ...": an infinitive joined to a forecast's is that forecast's too.
  if (lower(c, auxStart) === 'to' && lower(c, auxStart - 1) === 'and' && forecastBefore(c, first, auxStart - 1)) return null;
  const quotedAs = passive ? quotedAsSaying(c, auxStart, i, next, first, last) : null;
  if (quotedAs) return { ...quotedAs, cueWords };
  // "Ms Ruiz is expected to visit the mill": a forecast about the subject with no one named as expecting is the
  // writer's, an attribution to no one, not a statement of hers ("is expected to say" is the cue of "say", found there).
  if (passive && next <= last && lower(c, next) === 'to') {
    if (FORECASTS.has(verb.lemma)) return forecastFrame(c, auxStart, i, first, last, cueWords);
    const raised = raisingFrame(c, auxStart, i, first, last, cueWords);
    // "He had been asked to keep the files by the committee", "was recommended to the mayor by a friend": the agent
    // is the source, unless a passive of its own comes first ("is thought to have been hacked by ...").
    const by = raised ? ownAgentAfter(c, next, firstTokenAt(c, raised.content.end, next) - 1) : null;
    return raised && by ? { ...raised, source: by } : raised;
  }
  // "Ms Lee was asked by a parent whether ...": the question put, with its asker, is read as "Asked by ... whether" is.
  // "Asked afterward by a reporter whether ...": adjuncts may stand before the asker's "by".
  const by = verb.lemma === 'ask' ? skipAdjuncts(c, next, last) : next;
  const asker = verb.lemma === 'ask' && by < last && lower(c, by) === 'by' ? askerEnd(c, by, last) : -1;
  // "Ms Lee was asked whether the school would close", no asker named: the question alone is what was put, not the
  // subject with it; a topic ("was asked about the delay") stays with its subject.
  const unaskedQuestion = passive && asker < 0 && verb.lemma === 'ask' && next < last && QUESTION_OPENERS.has(lower(c, next));
  const question = asker >= 0 ? questionAfterAsker(c, asker, last) : unaskedQuestion ? next : -1;
  const questionPut = passive && question >= 0 && QUESTIONS_PUT.has(lower(c, question));
  if (passive && !questionPut && next <= last && (verb.cueClass === 'stance' || verb.cueClass === 'thought' || lower(c, next) === 'by') && JUDGED_COMPLEMENTS.has(lower(c, next))) {
    const judged = raisingFrame(c, auxStart, i, first, last, cueWords, JUDGED_COMPLEMENTS);
    // "... was criticised by her rivals for ...": the agent is the source ("is expected by the end of June" names none).
    const agent = judged && lower(c, next) === 'by' ? agentAfter(c, next, last) : null;
    if (!judged || !agent) return judged;
    // "X is accused by prosecutors of fraud": as in "prosecutors accused X of fraud", the charge is what was said.
    const charge = complementAfterAgent(c, agent, next, firstTokenAt(c, judged.content.end, next) - 1);
    if (charge) return { ...judged, source: agent, content: charge };
    const subject = verb.lemma === 'ask' ? null : judgedSubjectAlone(c, judged.content, agent, auxStart, next, first);
    return { ...judged, source: agent, ...(subject ? { content: subject } : {}) };
  }
  // "Ms Ruiz was declared the winner", "He is accused of fraud", "has been called a liar": a passive cue with a
  // complement attributes the subject with it, to no one (an addressee's "was told" reports what the subject heard).
  // A publishing verb's passive says where a thing went ("was shared with reporters"), no judgement of it.
  if (passive && !questionPut && next <= last && verb.cueClass !== 'address' && !PUBLISHING.has(lower(c, i)) && isWordAt(c, next) && lower(c, next) !== 'that' && (!NOT_CONTENT_START.has(lower(c, next)) || PASSIVE_COMPLEMENTS.has(lower(c, next))) && !countsTimes(c, next, last)) {
    const judged = raisingFrame(c, auxStart, i, first, last, cueWords, PASSIVE_COMPLEMENTS);
    // "... was declared the winner by the networks": an agent further on is the source.
    const by = judged ? agentAfter(c, next, firstTokenAt(c, judged.content.end, next) - 1) : null;
    return judged && by ? { ...judged, source: by } : judged;
  }
  // "The pilot's name was disclosed on Tuesday", "The ruling was widely condemned.": a passive cue of speech or stance
  // with no agent and nothing said after it reports its subject, made public or judged by no one named.
  // "on condition that he not be named" withholds a name; it reports nothing. "Most nurses are opposed": a listed
  // adjective after "be" names who holds the stance (`linkedFrame`), not what it is about.
  const agentless = passive && (verb.cueClass === 'speech' || verb.cueClass === 'stance') && verb.lemma !== 'ask' && !ANONYMITY_PARTICIPLES.has(form) && !STANCE_ADJECTIVES.has(form) ? agentlessSubject(c, auxStart, skipAdjuncts(c, next, last), first, last) : null;
  if (agentless) return { content: agentless, source: null, cue, cueWords, regions: [] };
  // "Asked whether ..., Ryan said", "when asked about ..." and "The spokesman, asked about ..., said": a question put by
  // someone unnamed, up to the comma.
  if (!source && verb.lemma === 'ask' && (auxStart === first || passive || CLAUSE_WORDS.has(lower(c, auxStart - 1)) || (!verb.participle && isPunct(c, auxStart - 1, COMMA)))) {
    // 'He was asked, "What is ...?"': the question is the quote.
    if (next + 1 <= last && isPunct(c, next, COMMA) && opensRegion(c, next + 1)) return regionContent(c, c.regionOf[next + 1], last + 1, last, null, cue, cueWords);
    // "Asked by a reporter whether ...": the one who put the question is its source.
    const from = asker > by + 1 ? question : next;
    const askerSpan = asker > by + 1 ? tokenSpan(c, by + 1, asker - 1) : null;
    // "Ms Lee was asked by a parent whether the school, which ..., would close": the question runs on as any content.
    if (questionPut) return { content: rightContent(c, from, last), source: askerSpan, cue, cueWords, regions: [] };
    // 'Asked whether she "has the grit to lead," most said yes': a quote in the question runs in it, and one closing on
    // its comma ends it.
    let end = from;
    while (end <= last) {
      // "Asked whether Reed, who has backed the plan, could win, ...": an aside on a noun of the question is within it.
      const resumed = c.regionOf[end] < 0 && isPunct(c, end, COMMA) && awaitsVerb(c, from, end) ? questionResumesAfterAside(c, end, last) : -1;
      if (resumed > end) {
        end = resumed;
        continue;
      }
      if (c.regionOf[end] < 0 && isPunct(c, end, BOUNDARY_PUNCT)) break;
      // "Ms Lee was asked about the delay and said ...": the subject's own answer, joined by "and", is the attribution;
      // the topic before it names no words of hers.
      if (passive && lower(c, end) === 'and' && end < last && CUE_VERBS.has(lower(c, end + 1))) return null;
      end++;
      if (c.regionOf[end - 1] >= 0 && isQuoteEnd(c, end - 1) && quoteEndsInComma(c, c.regionOf[end - 1])) break;
    }
    return end - from >= 2 ? { content: tokenSpan(c, from, end - 1), source: askerSpan, cue, cueWords, regions: [] } : null;
  }
  // "As reported by the Post, ...", "..., as first reported by the Post.": the agent of an "as" clause is the source.
  if (!source && auxStart - 1 >= first && lower(c, auxStart - 1) === 'as' && next < last && lower(c, next) === 'by') {
    const agentEnd = phraseUntilClause(c, next + 1, last);
    return agentEnd > next + 1 ? asideFrame(c, auxStart - 1, agentEnd, tokenSpan(c, next + 1, agentEnd - 1), auxStart, cueEnd, first, last) : null;
  }
  // Otherwise a cue with no speaker of its own ("Asked about it, ...") is no attribution.
  if (!source && !passive && (auxStart === first || CLAUSE_WORDS.has(lower(c, auxStart - 1)))) return null;
  // "The club said it had paid, a claim the league denied.": the noun sums up the clause before it, which is the content.
  const summed = source && !inherited && !inverted ? summedClause(c, source, sourceStart, cueEnd, verb.cueClass === 'speech', first, last) : null;
  if (summed?.content) return { content: summed.content, source: summed.source, cue, cueWords, regions: [] };
  if (summed) source = summed.source;
  // 3. A quote just before the source or cue is the content: '"...," he said.' (and a split quote after it).
  let p = sourceStart - 1;
  // A stray mark left after a quote ("''... 'old-school,''' said X") stands between it and its cue.
  while (p >= first && (isPunct(c, p, COMMA_DASH) || isPunct(c, p, BRACKETS) || (c.regionOf[p] < 0 && isPunct(c, p, QUOTE_MARKS)))) p--;
  // '"Why?" Borger asked him.' is split after the question mark: a short cue sentence takes the quote just before.
  // '"Go!" Reyes told reporters on Monday.': the addressee of "told" says nothing of its own either.
  const said = verb.cueClass === 'address' ? skipAddressee(c, next, last) : next;
  const before = p < first && sourceStart === first && first > 0 && isQuoteEnd(c, first - 1) && (last - cueEnd <= 3 || saysNothingAfterCue(c, said, last) || onlyPhraseAfterCue(c, verb, next, last)) && shortCueTakesQuoteBefore(c, verb, first, next, last);
  // '"Would it be her?" Orlan asked.': a quote before "asked" is the question put.
  // '"Vote for him," she urged.': an intent or stance cue takes the quote before it when the cue ends the clause.
  // '"...," she said on Friday in an interview.': adjuncts after the cue still close it.
  const afterCue = skipAdjuncts(c, next, last);
  const closing = afterCue > last || isPunct(c, afterCue, SENTENCE_END) || isPunct(c, afterCue, COMMA);
  // 'The plan was "reckless," she said.': a short quote ending the words before a closing cue is no title but their
  // end, unless a quote follows the cue ('Of her "empathy," he said, "..."').
  // The quote just before the source or cue, if one ends there, and its first token.
  const region = p >= 0 ? c.regionOf[p] : -1;
  const quoteStart = region >= 0 ? firstTokenAt(c, c.regions[region].start, first) : -1;
  const ending = closing && p >= first && region >= 0 && quoteEndsInComma(c, region) && !(next + 1 <= last && opensRegion(c, next + 1));
  // 'To cries of "Two more terms," the councillor said her slate ...': a quote that is a preposition's object in an
  // opening phrase is no content when words follow the cue.
  const phraseObject = !closing && p >= first && region >= 0 && afterPreposition(c, quoteStart, first);
  // '"...," the engineer, who testified for two days, told the council.': a cue in a relative clause on the source
  // reports nothing before the phrase it describes; the quote is the main verb's.
  const inRelative = source !== null && RELATIVE_END.test(c.text.slice(source.start, source.end));
  // 'The deal would come "down the line" he warned: "Not soon."': a cue setting out a quote after its colon takes that
  // quote, not a phrase quoted before it that no comma closes.
  const setsOutQuote = region >= 0 && !quoteEndsInComma(c, region) && next < last && isPunct(c, next, COLON) && opensRegion(c, next + 1);
  if ((p >= first || before) && region >= 0 && isQuoteEnd(c, p) && !c.used[region] && !phraseObject && !inRelative && !setsOutQuote && !(source !== null && p === sourceStart - 1 && titleBeforeRole(c, region, sourceStart)) && ((verb.cueClass !== 'intent' && verb.cueClass !== 'stance') || verb.lemma === 'ask' || (closing && p >= first)) && (ending || !titleAt(c, region, first))) {
    const found = regionContent(c, region, next, last, source, cue, cueWords);
    // '"It was a freak wave," he said, that both boats sank.': a quote ending in a comma runs on in reported words.
    // 'Those who watch "cable shows," he said, wind up ...': a subject still awaiting its verb runs on into a bare one.
    const awaitsVerb = subjectAwaitsVerb(c, first, quoteStart - 1);
    const runsOn = found.regions.length === 1 && quoteEndsInComma(c, region) && isPunct(c, afterCue, COMMA) && carriesPastCue(c, afterCue + 1, last, awaitsVerb);
    const end = runsOn ? contentEnd(c, quoteStart, last) : found.content.end;
    // 'Orlan, by doing that, "misread the room badly," Marsh said.': reported words run into the quote (and on past
    // the cue: 'The so-called "deal," he said, was a fraud.'); not over a colon, dash or bracket setting the quote off,
    // after which the words before are another cue's ('praised the crew - "...," she said -').
    const lead = firstRegionEndingAfter(c, c.tokens.starts[first]) === region;
    if (lead && quoteStart > first && !isPunct(c, quoteStart - 1, QUOTE_LEAD_INS) && c.tokens.starts[first] < c.regions[region].start) {
      return { ...found, content: { start: c.tokens.starts[first], end }, mixed: true };
    }
    return runsOn ? { ...found, content: { start: found.content.start, end }, mixed: true } : found;
  }
  // 4. Content after the cue: "said that ...", "said: ...", 'said, "..."', "pledged to ...", "said the ...".
  let k = thatAfterSetOffPhrase(c, skipAdjuncts(c, next, last), last);
  // "repeated accusations that ...", "blamed several factors, including cuts that ...": a "that" after the verb's object
  // opens the object's own clause, so the object is the content; adjuncts alone stand before a complement.
  const soon = opensObject(c, k, last) ? -1 : complementSoon(c, k, last);
  // 'The club's new course, Ms Lee said, "is a fine example" of the trend': reported words before the cue run round
  // it into the quote after it, which is one mixed content; a quote opening in capitals is a sentence of its own
  // ('Looking back, the senator said, "I never knew ..."').
  if (soon === k + 1 && opensRegion(c, soon) && opensInLowerCase(c, c.regionOf[soon]) && isPunct(c, k, COMMA) && p > first && !inherited && isPunct(c, sourceStart - 1, COMMA) && c.regionOf[p] < 0 && !NOT_CONTENT_START.has(lower(c, first)) && !CUE_VERBS.has(lower(c, first))) {
    return { content: { start: c.tokens.starts[first], end: contentEnd(c, first, last) }, source, cue, cueWords, regions: [], mixed: true };
  }
  if (soon >= 0 && opensRegion(c, soon)) {
    const quoted = quoteAfterCue(c, c.regionOf[soon], last, source, cue, cueWords);
    // 'As for the bridge, she said, "It will hold."': an opener set off before the source frames the quote after the cue.
    const framed = source !== null && !inherited && !inverted && isPunct(c, sourceStart - 1, COMMA) && opensBeforeSource(c, first, p);
    return framed ? { ...quoted, content: { start: c.tokens.starts[first], end: quoted.content.end }, mixed: true } : quoted;
  }
  const that = soon;
  const infinitive = that < 0 && verb.infinitive ? infinitiveSoon(c, k, last) : -1;
  const questionAfterAddressee = verb.lemma === 'ask' ? addresseeBeforeQuestion(c, k, last) : k;
  if (that >= 0) k = that;
  else if (infinitive >= 0) k = infinitive;
  else if (verb.cueClass === 'address') {
    // "told the Kelso Gazette on Friday that she ...": adjuncts and a "that" may follow the addressee too.
    k = skipAdjuncts(c, addresseeEnd(c, k, last), last);
    // "told analysts on a call that": a lower-case noun before an occasion is the addressee too.
    const atOnce = complementSoon(c, k, last);
    const complement = atOnce >= 0 || !continuesNoun(c, k, last) ? atOnce : complementSoon(c, k + 1, last);
    // 'told reporters in Kelso on Friday, "..."': a quote after the addressee's adjuncts is the content.
    if (complement >= 0 && opensRegion(c, complement)) return regionContent(c, c.regionOf[complement], last + 1, last, source, cue, cueWords);
    if (complement >= 0) k = complement;
  } else if (verb.lemma === 'ask' && questionAfterAddressee > k) {
    // "asked the minister whether ...": the one asked is no part of the question.
    k = questionAfterAddressee;
  } else if (verb.cueClass === 'speech' && !TO_TOPIC.has(verb.lemma) && opensToAddressee(c, k, last)) {
    // "wrote to the council that ...", 'said to him, "..."', "said to reporters that ...".
    const { after, complement } = complementAfterToAddressee(c, k, last);
    if (complement >= 0) k = complement;
    // "explained to the BBC why ...", "wrote to the mayor about the visit": a question or topic after the addressee.
    else if (after > k + 1 && after < last && isWordAt(c, after) && TOPICS_AFTER_ADDRESSEE.has(lower(c, after))) k = after;
  }
  if (k <= last && isPunct(c, k, COLON)) {
    if (k + 1 <= last) return opensRegion(c, k + 1) ? regionContent(c, c.regionOf[k + 1], last + 1, last, source, cue, cueWords) : { content: rightContent(c, k + 1, last), source, cue, cueWords, regions: [] };
    // "He said:" closing a paragraph introduces the quote that opens the next one.
    const following = last + 1 < c.tokens.count && opensRegion(c, last + 1) ? c.regionOf[last + 1] : -1;
    if (following >= 0) return { content: c.regions[following], source, cue, cueWords, regions: [following] };
    // "Ms Lind wrote:" closing a paragraph before one in no quote marks sets that paragraph out as her own words.
    const passage = passageAfterColon(c, k);
    return passage ? { content: passage, source, cue, cueWords, regions: [], verbatim: true } : null;
  }
  if (k + 1 <= last && isPunct(c, k, COMMA) && opensRegion(c, k + 1)) return quoteAfterCue(c, c.regionOf[k + 1], last, source, cue, cueWords);
  if (k <= last && opensRegion(c, k)) return quoteAfterCue(c, c.regionOf[k], last, source, cue, cueWords);
  // "after half said so", "72 percent said yes", "I think so": a one-word answer is the whole content.
  if (k <= last && source && (verb.cueClass === 'speech' || verb.cueClass === 'thought') && SHORT_ANSWERS.has(lower(c, k)) && c.regionOf[k] < 0 && (k === last || c.tokens.kinds[k + 1] === TokenKind.PUNCT || CLAUSE_JOINS.has(lower(c, k + 1)) || ADJUNCT_WORDS.has(lower(c, k + 1)))) {
    return { content: tokenSpan(c, k, k), source, cue, cueWords, regions: [] };
  }
  // "The grant was a gift, Ms Ray said of the Lees.": after reported words and a comma, a topic phrase is what the
  // words were about, not what was said; the words before the comma are the content (step 5).
  // "..., as the Post reported.", "The mill was, as one worker put it, ...": an "as" clause after a comma stands
  // where a cue's comma would, and the words before that comma are reported.
  // "Police fired tear gas, as protesters shouted.": a verb of manner tells what they did meanwhile.
  const asComma = AS_CLAUSE_VERBS.has(verb.lemma) ? asClauseComma(c, sourceStart, first) : -1;
  if (asComma > first) p = lastBefore(c, first, asComma, COMMA_DASH);
  const commaBefore = asComma > first || isPunct(c, sourceStart - 1, COMMA_DASH) || quoteTakenInSentence(c, sourceStart - 1, first);
  const reportedBefore = verb.cueClass === 'speech' && source !== null && !inherited && !inverted && p > first && c.regionOf[p] < 0 && commaBefore && isMainClause(c, first, p);
  if (k <= last && c.tokens.kinds[k] !== TokenKind.PUNCT && (!passive || that >= 0) && (source || verb.cueClass !== 'stance') && !(reportedBefore && k !== that && TOPIC_PREPOSITIONS.has(lower(c, k)))) {
    const word = lower(c, k);
    // "did not say who", "knows where the votes are": a wh-clause after a verb of speech or thought; but after a
    // fronted "what" ("That was what Ann Lee said | when she resigned") the cue has its object, and "when" says when.
    // "will vote on March 1", "spoke on the same call": a date after "on" is when, not what about.
    const frontedObject = word === 'when' && sourceStart - 1 >= first && lower(c, sourceStart - 1) === 'what';
    // "The names she read out at the rally are ...": a finite verb right after the cue's adjuncts is the main clause's,
    // and the cue, in a relative clause, has its object before it.
    const gapped = k > next && k !== that && isFiniteAuxiliary(word);
    const opens = !gapped && !datesAfterOn(c, k, last) && (k === that || (WH_CLAUSES.has(word) && !frontedObject && verb.cueClass !== 'intent' && verb.cueClass !== 'stance') || (word === 'to' && (verb.infinitive || verb.cueClass === 'address')) || takesPreposition(verb, word) || !NOT_CONTENT_START.has(word) || opensAmount(c, k, last) || (verb.cueClass !== 'intent' && verb.cueClass !== 'stance' && frontsClause(c, k, last)));
    // "continued their search", "maintained his lead": these verbs report speech only with a clause.
    // "put it to her that ...": an address cue's clause comes after the addressee.
    if (opens && last - k >= 1 && (k === that || !CLAUSE_ONLY.has(verb.lemma) || (verb.cueClass === 'address' && lower(c, k) === 'that')) && !asksAnonymity(c, k, last)) {
      const right = speaks(verb) ? rightContent(c, k, last) : beforeMeansParticiple(c, rightContent(c, k, last), k, last);
      const content = withinOpeningClause(c, verb.participle ? beforeJoinedParticiple(c, right, k) : right, first, i, last);
      // "Barkley, who said he votes Democratic, said ...": a relative clause's content ends with the clause.
      // "Ann Lee, noting the crowd, said ...": a participle set off by commas ends where the main clause resumes.
      // "An aide, speaking anonymously to discuss the talks, said ...": so does an infinitive serving such a participle.
      const appositive = (verb.participle && auxStart - 1 >= first && isPunct(c, auxStart - 1, COMMA)) || anonymousParticiple;
      // "A nurse, who left the ward because she feared losing her job, said ...": so does the content of a
      // reason given inside a relative clause.
      // "Ann Lee, whose poll showed Bo ahead, said ...": so does a relative clause on "whose" with a subject of its own,
      // when the main clause resumes after it;
      // "Ann Lee, who pleaded guilty and testified against him, told ...": and a later verb of a relative clause still
      // open (`openRelativeBefore`).
      const whose = source !== null && opensWhoseClause(c, firstTokenAt(c, source.start, first), first);
      const relative = (source !== null && (RELATIVE_END.test(c.text.slice(source.start, source.end)) || relativeOfReason(c, firstTokenAt(c, source.start, first), first) >= 0 || (whose && resumesAfterRelative(c, i, last)))) || openRelativeBefore(c, auxStart, first) >= 0;
      const clause = relative ? untilComma(c, content, k, last) : appositive ? untilSpeechResumes(c, content, k, last) : content;
      return { ...(heldByGappedNoun(c, verb, auxStart, i, k, clause, first, last) ?? { content: clause, source }), cue, cueWords, regions: [] };
    }
  }
  // "the levy, which the unions opposed, ...", "a charge which Ms Ray denies.": a cue whose object is the relative word
  // before its own subject, with nothing after it, takes a stance on what that word stands for; PolNeAR marks the
  // relative word as the content.
  const gap = source && !passive && !inherited && !inverted ? gappedObjectRelative(c, sourceStart, k, first, last) : null;
  if (gap) return { content: gap, source, cue, cueWords, regions: [] };
  const bound = source && !passive && !inherited && !inverted ? boundGappedObject(c, auxStart, i, k, first, last) : null;
  if (bound) return { ...bound, cue, cueWords, regions: [] };
  // 'Ann Lee wrote to her 5,000 followers, "..."', 'said in May, when the story broke, "..."': a quote after a speech
  // cue's longer adjuncts or an aside, set off by a comma, is what was said.
  const afterAside = source && !passive && !inherited && verb.cueClass === 'speech' ? quoteAfterAside(c, next, last) : -1;
  if (afterAside >= 0) return quoteAfterCue(c, afterAside, last, source, cue, cueWords);
  // 'She said after the vote, the council would meet again': a phrase or time clause before the reported clause's own
  // subject, closed by a comma; the clause after the comma is what was said, whichever verb the phrase belongs to.
  // Verbs of speech only: "have marched in the square for days, many carrying banners" tells of a protest, no report.
  const fronted = source && !passive && !inherited && !inverted && speaks(verb) ? clauseAfterFrontedPhrase(c, k, last) : -1;
  if (fronted >= 0) return { content: rightContent(c, fronted, last), source, cue, cueWords, regions: [] };
  // 5. Content before the cue: 'The plan is dead, he said.', 'The plan, he said, is dead.'; or after a comma:
  // "Ms Marsh says, rain or shine, she is staying", "As the Post reported, even if ...".
  if (verb.cueClass === 'intent' || verb.cueClass === 'stance' || !source || inherited) return null;
  // "..., the clubs who wrote to her say ...": a cue in a relative clause on the subject reports nothing before it.
  if (RELATIVES.has(lower(c, firstTokenAt(c, source.end, first) - 1))) return null;
  const rest = k <= last && isPunct(c, k, COMMA) ? k + 1 : -1;
  // "if it was as fierce as she said, he said, ...": the cue of a comparison has the compared words for its content,
  // gapped; what follows the comma is another clause.
  if (comparedBy(c, sourceStart - 1, first)) return null;
  const opener = asComma < 0 && (p < first || (p === first && lower(c, p) === 'as') || (sourceStart - 1 >= first && lower(c, sourceStart - 1) === 'as'));
  // "As Ann Lee noted in a column, ...": an opening clause may end in adjuncts no list holds.
  const mainClause = opener && rest < 0 && lower(c, sourceStart - 1) === 'as' ? afterAdjunctPhrase(c, k, last) : rest;
  // "Her grasp of policy is worrying, Cuban said.": a trailing cue alone after the comma reports the whole sentence.
  if (opener && mainClause > 0 && isTrailingCue(c, mainClause, last)) return null;
  // "The ministry has not replied, according to the office.": "according to" closing the sentence after the comma is
  // no content but a second attribution, whose content is the clause before it ("Politico reported, according to
  // aides, the talks failed" goes on after its source).
  const accordingCloses = lower(c, mainClause) === 'according' && !holdsComma(c, mainClause, last);
  if (opener && mainClause > 0 && last - mainClause >= 1 && !accordingCloses) return { content: rightContent(c, mainClause, last), source, cue, cueWords, regions: [] };
  if (p < first || !(sourceStart - 1 >= first && commaBefore)) return null;
  // "In the early 1990s, Ms Ruiz said, when she ...": an opening adjunct alone is no content; it runs on past the cue.
  if (isAdjunctOpener(c, first, p)) return rest > 0 && last - rest >= 1 ? { content: { start: c.tokens.starts[first], end: contentEnd(c, first, last) }, source, cue, cueWords, regions: [] } : null;
  // An inverted source's apposition is skipped first: "The catch, says Jo Ray, a historian, is that ..."; with none,
  // a verb or "that" right after the source's comma goes on with the words ("The catch, says Jo Ray, is that ..."),
  // where a describing phrase would be an apposition no list holds ("..., said Jo Ray, a grad whose ...").
  const resumed = inverted && rest > 0 ? afterApposition(c, rest - 1, last) : rest;
  const resumedBare = inverted && rest > 0 && resumed < rest && rest < last && carriesPastCue(c, rest, last, false);
  if (rest > 0 && ((resumed >= rest && resumed < last && carriesPastCue(c, resumed, last, true)) || resumedBare)) {
    // "backed the fleet to help the islanders and, she argued, to keep the port alive": an aside right after a joining
    // word sits in the conjunct that word opens; the words before it are another clause, perhaps another cue's content.
    // The joining word stands for the cue in `withinOpeningClause`: the aside's own comma opens no main clause.
    if (c.regionOf[p] < 0 && COORDINATORS.has(lower(c, p))) return { content: withinOpeningClause(c, rightContent(c, resumed, last), first, p, last), source, cue, cueWords, regions: [] };
    // "Otherwise, she said, clubs may ...": the content runs round the cue.
    const start = roundStart(c, first, p);
    return { content: { start: c.tokens.starts[start], end: contentEnd(c, start, last) }, source, cue, cueWords, regions: [] };
  }
  // "The pier is safe, she said, but the road is not": a clause joined after the cue is more of the reported words,
  // up to a second attribution.
  if (rest > 0 && resumed >= rest && resumed < last && joinsReportedClause(c, resumed, last)) {
    return { content: { start: c.tokens.starts[first], end: rightContent(c, resumed + 1, last).end }, source, cue, cueWords, regions: [] };
  }
  if (p < first + 1 || (rest < 0 && opensWithSubordinateOnly(c, first, p))) return null;
  const start = quoteOpeningSentence(c, afterHeadlineQuote(c, first, p));
  const goesOn = resumesAfterSemicolon(c, k, last);
  return { content: { start: c.tokens.starts[start], end: goesOn > 0 ? rightContent(c, goesOn, last).end : c.tokens.ends[p] }, source, cue, cueWords, regions: [] };
}

/**
 * Where the reported words resume after a semicolon closing the clause of a cue set in them, after at most a few
 * words of adjuncts from token `k` (else -1): "The ferry was never about money, its owners argued in a letter; rather,
 * it was about the island." A one-word joint set off by its comma ("rather,", "instead,") is skipped. The clause after
 * the semicolon must hold no verb of speech of its own, which would start another line ("give voice to" holds a noun).
 */
function resumesAfterSemicolon(c: Context, k: number, last: number): number {
  let semicolon = k;
  while (semicolon <= last && semicolon - k < MAX_ADJUNCT_WORDS && isWordAt(c, semicolon) && c.regionOf[semicolon] < 0 && !isFiniteAuxiliary(lower(c, semicolon))) semicolon++;
  if (semicolon + 1 > last || c.regionOf[semicolon] >= 0 || !isPunct(c, semicolon, SEMICOLON) || c.regionOf[semicolon + 1] >= 0) return -1;
  for (let w = semicolon + 1; w <= last; w++) if (c.regionOf[w] < 0 && c.tags[w] === VERB_TAG && CUE_VERBS.get(lower(c, w))?.cueClass === 'speech') return -1;
  const joint = semicolon + 3 <= last && isWordAt(c, semicolon + 1) && isPunct(c, semicolon + 2, COMMA);
  return joint ? semicolon + 3 : semicolon + 1;
}

// How many words of adjuncts may stand between a cue and the semicolon closing its clause ("in a letter on Monday").
const MAX_ADJUNCT_WORDS = 6;

// Words that open a subordinate clause or phrase, never a main clause or its adjunct, at the start of a sentence:
// "after", "as" or "since" may open a phrase before the main clause ("After the vote the plan was dead, she said")
// unless "even" stands before them, and "whether" a clause that is the subject ("Whether it works is unclear, he said").
const OPENING_SUBORDINATORS = new Set(['if', 'when', 'while', 'because', 'although', 'though', 'unless', 'once', 'despite']);

/**
 * True when tokens `[first, p]`, before the comma ahead of the source, are one subordinate clause or phrase opening
 * the sentence, with no comma, quote, main clause or cue word after it ("Even after the rains stopped, the flooding
 * continued.", "Despite the defeats, the club continues to sign players."): it frames the clause whose verb is the
 * cue, which no comma sets off as an aside, and holds no reported words. One holding a cue is left to the cue's
 * other checks ("Though the board had warned against it, the club maintained ...", `otherSenseAfter`).
 */
function opensWithSubordinateOnly(c: Context, first: number, p: number): boolean {
  const even = lower(c, first) === 'even';
  if (first + 1 >= p || !(even ? SUBORDINATORS.has(lower(c, first + 1)) || lower(c, first + 1) === 'as' : OPENING_SUBORDINATORS.has(lower(c, first)))) return false;
  for (let k = first; k < p; k++) if (c.regionOf[k] >= 0 || c.tokens.kinds[k] === TokenKind.PUNCT) return false;
  return !holdsCueWord(c, first, p);
}

// How far back a quote opened in an earlier sentence is followed to the start of that sentence.
const MAX_QUOTE_RUN_BACK = 80;

/**
 * The first token of the reported words when token `start`, opening a content before a trailing cue, lies inside a
 * quote opened sentences earlier in the paragraph: 'Both mayors "were dull. Nobody smiled. There was no spark" next to
 * Reyes, Doyle said.' The full stops inside the quote split the sentence, but the quote and the words leading into it
 * are one reported passage, run back to the start of the sentence the quote opens in. A quote another line took
 * keeps `start`.
 */
function quoteOpeningSentence(c: Context, start: number): number {
  const r = c.regionOf[start];
  if (r < 0 || c.used[r] || c.regions[r].start >= c.tokens.starts[start]) return start;
  const opening = firstTokenAt(c, c.regions[r].start, 0);
  let k = opening;
  while (k > 0 && opening - k < MAX_QUOTE_RUN_BACK && !isPunct(c, k - 1, SENTENCE_END) && c.regionOf[k - 1] < 0) k--;
  return c.text.slice(c.tokens.starts[k], c.regions[r].start).includes('\n') ? opening : k;
}

/** True when the "as" at token `as` closes a comparison opened by another "as" two words before: "as bad | as". */
function comparedBy(c: Context, as: number, first: number): boolean {
  return as - 2 >= first && lower(c, as) === 'as' && lower(c, as - 2) === 'as' && isWordAt(c, as - 1) && c.regionOf[as] < 0;
}

// Prepositions opening an adjunct of a cue whose object is gapped: "which he proposed | in the spring".
const GAP_ADJUNCT_PREPOSITIONS = new Set(['in', 'at', 'on', 'under', 'during', 'after', 'before', 'since', 'through', 'with']);

// A bracket setting off a relative clause as a comma does: "(which his colleague later defended)".
const OPENING_BRACKETS = new Set(['(', '[']);

/**
 * The content of a cue whose object is the relative word ("which", "who", "whom") standing right before its subject
 * (opening at token `subject` with a name, determiner, pronoun or quantifier), after a comma, dash or opening bracket:
 * that word alone when the clause ends at token `k` (`gapClauseEnd`), or with the description after "as"; null
 * otherwise. After a preposition ("to which she replied") the word is the preposition's object, and no comma or dash
 * stands before it.
 */
function gappedObjectRelative(c: Context, subject: number, k: number, first: number, last: number): Span | null {
  const relative = subject - 1;
  if (relative - 1 < first || c.regionOf[relative] >= 0 || !GAPPED_RELATIVES.has(lower(c, relative)) || !(isPunct(c, relative - 1, COMMA_DASH) || isPunct(c, relative - 1, OPENING_BRACKETS))) return null;
  // The subject opens with a name, a determiner, a pronoun or a quantifier ("which most voters opposed"); a verb there
  // ("who has often drawn ...") makes the relative word the subject.
  if (!opensSubjectPhrase(c, subject)) return null;
  const end = gapClauseEnd(c, k, last);
  return end === null ? null : tokenSpan(c, relative, Math.max(relative, end));
}

/**
 * Where the content of a cue with a gapped object ends, its clause closing at token `k` (the first token after the
 * cue's adjuncts): -1 when nothing of the clause follows (past the sentence, punctuation, a conjunction or a verbless
 * adjunct), the last token of a description after "as", which is said of the gapped object; null when the cue has
 * words of its own after it.
 */
function gapClauseEnd(c: Context, k: number, last: number): number | null {
  // ", which the unions opposed and the mayor backed": a coordinator ends a clause whose cue has no object after it.
  if (k > last || (c.regionOf[k] < 0 && (c.tokens.kinds[k] === TokenKind.PUNCT || COORDINATORS.has(lower(c, k))))) return -1;
  // "which he proposed in the spring,": a verbless phrase after a preposition is the cue's adjunct; "which she
  // describes as her favourite ground": a description after "as" is said of the gapped object, and read with it.
  // A quote in the phrase is part of it ('which he described as "a fraud"').
  let end = k;
  while (end + 1 <= last && (c.regionOf[end + 1] >= 0 || c.tokens.kinds[end + 1] !== TokenKind.PUNCT)) end++;
  if (c.regionOf[k] >= 0 || k + 1 > end || (c.regionOf[k + 1] < 0 && !isWordAt(c, k + 1))) return null;
  for (let t = k + 1; t <= end; t++) if (c.regionOf[t] < 0 && holdsVerb(c, t, t)) return null;
  if (lower(c, k) === 'as') return end;
  // The preposition's object opens with a determiner, a name or a number: "on next week" after "vote" is its own.
  const object = lower(c, k + 1);
  return GAP_ADJUNCT_PREPOSITIONS.has(lower(c, k)) && (DETERMINERS.has(object) || isCapitalised(c, k + 1) || isNumberAt(c, k + 1)) ? -1 : null;
}

// Relative words opening a clause on the noun right before them, with no comma: "a plan that the unions oppose".
const BOUND_RELATIVES = new Set([...GAPPED_RELATIVES, 'that']);

/**
 * A cue in a relative clause bound to the noun before it, with no comma, whose object is gapped: "a deal she once
 * backed", "an arrangement the union has criticised", "a rival who most members distrust". The clause's subject ends
 * at token `auxStart - 1` and opens with a name, a determiner, a pronoun or a quantifier, right after the relative
 * word or the noun; the content is the noun phrase with its relative word (PolNeAR marks the noun, or the relative
 * word), the source the clause's subject. Null when the clause does not end at token `k` (`gapClauseEnd`).
 */
function boundGappedObject(c: Context, auxStart: number, i: number, k: number, first: number, last: number): { content: Span; source: Span } | null {
  // "the harbour show", "the Kelso attack": a noun-like form with no auxiliary ends a compound noun; "was back": a form
  // that is its lemma after "be" is no verb.
  const form = lower(c, i);
  if (NOUN_LIKE.has(form) && auxStart === i) return null;
  if (auxStart < i && BE.has(lower(c, i - 1)) && CUE_VERBS.get(form)?.lemma === form) return null;
  const end = gapClauseEnd(c, k, last);
  if (end === null) return null;
  for (let subject = auxStart - 1; subject >= first + 1 && auxStart - subject <= MAX_RELATIVE_SUBJECT && isWordAt(c, subject) && c.regionOf[subject] < 0; subject--) {
    if (!opensGapClauseSubject(c, subject, auxStart - 1)) continue;
    const before = subject - 1;
    const relative = BOUND_RELATIVES.has(lower(c, before)) ? before : -1;
    const noun = relative >= 0 ? relative - 1 : before;
    if (noun <= first || !isWordAt(c, noun) || c.regionOf[noun] >= 0 || isCapitalised(c, noun) || !isNounWord(lower(c, noun)) || TIME_NOUNS.has(lower(c, noun)) || DETERMINERS.has(lower(c, noun)) || QUANTIFIERS.has(lower(c, noun))) continue;
    // The noun phrase opens with a determiner or quantifier ("a deal", "whose record"): "..., federal officials said"
    // is a trailing cue whose subject has a describing word, no noun with a clause on it.
    const phrase = antecedentStart(c, noun, first);
    if (phrase === noun || !(DETERMINERS.has(lower(c, phrase)) || QUANTIFIERS.has(lower(c, phrase)))) continue;
    // "..., the news site Harbour Radio reported.", "The real Ann Lee was back": a phrase opening the clause before a
    // name is that clause's subject with its apposition, the name no subject of a clause on it.
    if (isCapitalised(c, subject) && !DETERMINERS.has(lower(c, subject)) && (phrase === first || isPunct(c, phrase - 1, COMMA_DASH))) continue;
    return { content: tokenSpan(c, phrase, Math.max(relative >= 0 ? relative : noun, end)), source: tokenSpan(c, subject, auxStart - 1) };
  }
  return null;
}

/**
 * The noun phrase and what the cue says of it, when the cue sits in a relative clause bound to that noun whose object
 * is the gap (`boundGappedObject`) and the words after the cue (`right`, from token `k`) only finish what is said of
 * the noun: a topic ("the stories the old clerk had written | about the mill"), a label ("a farmer who the council
 * called | a hero"), neither holding a word tagged a verb (in "The stories she wrote about the mill were true" the
 * main clause follows; "called it bigoted" holds an adjective), or an infinitive with no object of its own ("a deal that her rival had promised | to block"). The content
 * runs from the noun phrase to the end of those words, the source is the clause's subject; null for any other shape.
 */
function heldByGappedNoun(c: Context, verb: CueVerb, auxStart: number, i: number, k: number, right: Span, first: number, last: number): { content: Span; source: Span } | null {
  const word = lower(c, k);
  const end = firstTokenAt(c, right.end, k) - 1;
  const phrase = taggedVerbAfter(c, k - 1, end) > end;
  const topic = phrase && (word === 'about' || word === 'of') && (verb.cueClass === 'speech' || verb.cueClass === 'thought');
  const label = phrase && verb.lemma === 'call' && !NOT_CONTENT_START.has(word);
  const infinitive = word === 'to' ? gappedInfinitiveEnd(c, k, last) : -1;
  if (!topic && !label && infinitive < 0) return null;
  const bound = boundGappedObject(c, auxStart, i, last + 1, first, last);
  if (!bound) return null;
  return { content: { start: bound.content.start, end: infinitive >= 0 ? c.tokens.ends[infinitive] : right.end }, source: bound.source };
}

/** The last token of an infinitive opening at token `to` whose verb takes no object before its clause ends ("to hold", "to be running"), or -1. */
function gappedInfinitiveEnd(c: Context, to: number, last: number): number {
  let v = to + 1;
  if (v + 1 <= last && (BE.has(lower(c, v)) || HAVE.has(lower(c, v)))) v++;
  if (v > last || !isWordAt(c, v) || c.regionOf[v] >= 0) return -1;
  const after = v + 1;
  return after > last || (c.regionOf[after] < 0 && (c.tokens.kinds[after] === TokenKind.PUNCT || CLAUSE_WORDS.has(lower(c, after)))) ? v : -1;
}

// Personal pronouns that may stand alone as a relative clause's subject: "a deal | she | backed".
const PERSONAL_SUBJECTS = new Set([...NEW_SUBJECTS, 'you', 'it']);

/**
 * True when tokens `from` to `to` are the subject of a relative clause with no relative word: a personal pronoun, a
 * name every word of which is capitalised, or a determiner or quantifier and nouns ("the union", "many party members").
 * No day or month ("an advert Monday"), no word of an organisation's or place's name, and no name after a noun of a
 * person's role, which is its apposition ("his colleague Ann Lee"); "whose" opens a clause with a subject of its own.
 */
function opensGapClauseSubject(c: Context, from: number, to: number): boolean {
  const head = lower(c, from);
  if (from === to) return PERSONAL_SUBJECTS.has(head) || (isCapitalised(c, from) && !DAYS.has(head) && !isMonthWord(head) && !c.inName[from] && !isPersonRole(lower(c, from - 1)));
  if (isCapitalised(c, from) && !DETERMINERS.has(head)) {
    for (let k = from; k <= to; k++) if (!isWordAt(c, k) || !isCapitalised(c, k) || c.inName[k]) return false;
    return !isPersonRole(lower(c, from - 1));
  }
  if (!(DETERMINERS.has(head) || QUANTIFIERS.has(head)) || head === 'whose') return false;
  for (let k = from + 1; k <= to; k++) if (!isWordAt(c, k) || !isNounWord(lower(c, k)) || /['’]/u.test(lower(c, k))) return false;
  return true;
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

/** True when a "by" follows the "and" at token `and` before punctuation: "was booed and shouted down | by fans" has its agent. */
function agentAfterJoined(c: Context, and: number, last: number): boolean {
  for (let k = and + 1; k <= last && c.tokens.kinds[k] !== TokenKind.PUNCT; k++) if (c.regionOf[k] < 0 && lower(c, k) === 'by') return true;
  return false;
}

/**
 * The subject of a passive cue whose auxiliaries open at token `auxStart`, when the clause ends at token `k` (after the
 * cue's adjuncts: the sentence end, punctuation, a subordinator, or "and"/"but"/"or" with no agent after them) and the
 * subject is a main clause's noun phrase opening with a name, a determiner, a pronoun or a quantifier, not a
 * preposition ("The report | was released on Monday."); else null.
 * A passive in a clause of time, cause or condition ("after the result was announced", "as the count was read out")
 * dates the main clause's event, and an "it" is no thing reported ("it is said").
 */
function agentlessSubject(c: Context, auxStart: number, k: number, first: number, last: number): Span | null {
  if (k <= last && (c.regionOf[k] >= 0 || !(c.tokens.kinds[k] === TokenKind.PUNCT || SUBORDINATORS.has(lower(c, k)) || (COORDINATORS.has(lower(c, k)) && !agentAfterJoined(c, k, last))))) return null;
  const subject = sourceBefore(c, auxStart, first);
  if (!subject) return null;
  const s = firstTokenAt(c, subject.start, first);
  const head = lower(c, s);
  if (head === 'it' || NOT_CONTENT_START.has(head) || (s - 1 >= first && (SUBORDINATORS.has(lower(c, s - 1)) || lower(c, s - 1) === 'as'))) return null;
  return opensSubjectPhrase(c, s) ? subject : null;
}

/**
 * Where the words before a trailing cue open in a sentence opening at `first` and reaching token `p`: after the colon
 * when the sentence is the headline and opens with a quote closed by one ("'We had nothing left': 20,000 flee delta,
 * Red Cross says"). The quote is someone's words set over the headline's report, read as a line of its own; `first`
 * otherwise.
 */
function afterHeadlineQuote(c: Context, first: number, p: number): number {
  if (first !== c.headline || !opensRegion(c, first)) return first;
  const colon = firstTokenAt(c, c.regions[c.regionOf[first]].end, first);
  return colon + 1 < p && isPunct(c, colon, COLON) ? colon + 1 : first;
}

/**
 * The first token of reported words that run round a mid-sentence cue whose comma follows token `p`: a relative word
 * right before that comma ("the pier, which, her aides believe, would ...") or the token after the last dash before
 * it that closes no aside ("... - all of whom, he explained, still lacked ..."; "The pier — the town's pride — is, she
 * said, unsafe" runs from its start); the sentence's first token `first` otherwise. The words before them are another
 * clause, perhaps another cue's content.
 */
function roundStart(c: Context, first: number, p: number): number {
  if (p > first && c.regionOf[p] < 0 && RELATIVES.has(lower(c, p)) && isPunct(c, p - 1, COMMA)) return p;
  for (let k = p - 1; k > first; k--) {
    if (c.regionOf[k] >= 0 || !isDash(c, k)) continue;
    // An aside closed by this dash is passed over, unless a clause joined by "and" or "but" follows it ("— an impartial
    // umpire — and the quickest route there, they think, is ...").
    const opening = dashAsideStart(c, k, first);
    if (opening < 0 || CONJUNCTIONS.has(lower(c, k + 1))) return k + 1;
    k = opening;
  }
  return first;
}

// Most auxiliaries and adverbs between the comma closing a relative clause and the main clause's cue ("..., has also said").
const MAX_RESUMING_GAP = 2;

/**
 * True when `source` is an apposition's relative pronoun with its head and no comma between ("Gov. Ann Lee, | a
 * Republican who"), a comma opening the apposition before it, and the sentence goes on after the relative clause's
 * first comma with a finite verb of speech or address in lower case whose source is the name with its apposition: the
 * main clause resumes there ("..., said the budget was a mess"). A relative set off by its own comma ("the head of the
 * union, which endorsed ...") is a clause PolNeAR often annotates, and is left as it is.
 */
function apposedRelativeResumes(c: Context, source: Span, first: number, from: number, last: number): boolean {
  const head = firstTokenAt(c, source.start, first);
  const pronoun = firstTokenAt(c, source.end, head) - 1;
  if (head <= first || !isPunct(c, head - 1, COMMA) || !ARTICLES.has(lower(c, head)) || !RELATIVES.has(lower(c, pronoun)) || isPunct(c, pronoun - 1, COMMA)) return false;
  let comma = from;
  while (comma <= last && !clauseComma(c, comma)) {
    if (isPunct(c, comma, BOUNDARY_PUNCT) && !isPunct(c, comma, COMMA)) return false;
    comma++;
  }
  let v = comma + 1;
  while (v <= last && v - comma <= MAX_RESUMING_GAP && isWordAt(c, v) && (AUXILIARIES.has(lower(c, v)) || isMannerAdverb(c, v))) v++;
  const verb = v <= last && isWordAt(c, v) && !isCapitalised(c, v) ? CUE_VERBS.get(lower(c, v)) : undefined;
  return verb !== undefined && !verb.participle && speaks(verb) && appositiveBefore(c, comma, first) !== null;
}

// Most words of a subject's head before its relative pronoun: "Those | who", "Many young voters | who".
const MAX_RELATIVE_HEAD = 4;
// Relative pronouns that open a subject's clause ("Those who watch", "Rules that limit").
const SUBJECT_RELATIVES = new Set(['who', 'that']);

/**
 * True when tokens `[from, to]` are a subject and its relative clause, with no comma, before a quote: 'Those who watch
 * "cable shows," he said, wind up ...'. The subject still awaits its verb, so a bare verb after the cue's comma goes
 * on with the reported words. The head before the pronoun holds no verb and opens with no preposition or subordinator.
 */
function subjectAwaitsVerb(c: Context, from: number, to: number): boolean {
  if (to <= from || NOT_CONTENT_START.has(lower(c, from)) || CLAUSE_WORDS.has(lower(c, from))) return false;
  for (let k = from; k <= to; k++) if (c.tokens.kinds[k] === TokenKind.PUNCT) return false;
  for (let k = from + 1; k <= to && k - from <= MAX_RELATIVE_HEAD; k++) {
    if (SUBJECT_RELATIVES.has(lower(c, k))) return k < to && isVerbless(c, from, k - 1);
  }
  return false;
}

/**
 * The content from token `from` cut before "by" and a participle cue that tells by what words the act was done: "kept
 * her distance from the board | by saying she had never met its chair", "courted farmers | by calling for a new rail
 * link". The participle is the same speaker's report of its own, read apart. After a verb of speech or address
 * ("answered the charge by saying ...") it is the manner of that one act and stays, so `verbFrame` calls this only for
 * other cues.
 */
function beforeMeansParticiple(c: Context, content: Span, from: number, last: number): Span {
  for (let k = from + 1; k < last && c.tokens.starts[k] < content.end; k++) {
    if (c.regionOf[k] >= 0 || lower(c, k) !== 'by') continue;
    const v = participleAfterAdverb(c, k, last);
    // "sought to win them back by pledging ...", "stressed that the board broke the rules by hiring ...": after an
    // infinitive or a reported clause the means belong to the act named there, not to the cue.
    if (c.regionOf[v] < 0 && participleCueAt(c, v, last) && holdsNoClause(c, from, k, false)) return { start: content.start, end: c.tokens.ends[lastBefore(c, from, k, COMMA_DASH)] };
  }
  return content;
}

/**
 * A participle cue's content from token `from` cut before "and" and a second cue participle, which is the same
 * speaker's next attribution: "praising the crew and urging the council to pay them", "noting that ... and suggesting
 * that ...".
 */
function beforeJoinedParticiple(c: Context, content: Span, from: number): Span {
  // "had been bullying and threatening staff", "of lying to them and threatening staff": once an -ing word in the
  // content is a verb after "be" or a gerund after a preposition, an -ing word joined by "and" is more of it.
  let joinedIng = false;
  for (let k = from + 1; k + 1 < c.tokens.count && c.tokens.starts[k + 1] < content.end; k++) {
    if (isParticipleAt(c, k) && (BE_FORMS.has(lower(c, k - 1)) || GERUND_PREPOSITIONS.has(lower(c, k - 1)))) joinedIng = true;
    if (joinedIng || isParticipleAt(c, k - 1)) continue;
    if (c.regionOf[k] >= 0 || c.regionOf[k + 1] >= 0 || lower(c, k) !== 'and' || !CUE_VERBS.get(lower(c, k + 1))?.participle) continue;
    return { start: content.start, end: c.tokens.ends[lastBefore(c, from, k, COMMA_DASH)] };
  }
  return content;
}

/**
 * True when the comma at token `comma` ends an opening subordinate clause: the main clause's subject and finite verb
 * follow it ("When the mayor said the pier was safe, | crews went back"). The subject is short and opens as a name, a
 * determiner phrase or a pronoun does, and holds no "and" or "or", so a list ("said the mayor, the clerk and the
 * treasurer would resign") ends nothing; its verb is no possessive and follows no determiner ("the mayor, its staff").
 */
function opensMainClause(c: Context, comma: number, last: number): boolean {
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

/**
 * The subject before `source` when it is a predicate opening with a lower-case finite auxiliary ("would be free"), else
 * `source`. Left as it is: a question's inverted auxiliary before its subject ("have they"), a predicate naming the one
 * it acts on ("would require the board") or ending in a relative set off by a comma ("was kind to Ann Lee, who") or in
 * "that" ("was replaced by a note that"), and a passive whose "be" the cue shares when it is a past form (`pastCue`:
 * "is grim and seldom told").
 */
function subjectBeforePredicate(c: Context, source: Span, pastCue: boolean, first: number): Span {
  const opening = firstTokenAt(c, source.start, first);
  if (opening <= first || isCapitalised(c, opening) || !isFiniteAuxiliary(lower(c, opening))) return source;
  const closing = firstTokenAt(c, source.end, opening) - 1;
  if ((RELATIVES.has(lower(c, closing)) && isPunct(c, closing - 1, COMMA)) || lower(c, closing) === 'that' || (BE.has(lower(c, opening)) && pastCue)) return source;
  const next = lower(c, opening + 1);
  if (SUBJECT_PRONOUNS.has(next) || DETERMINERS.has(next) || QUANTIFIERS.has(next)) return source;
  for (let k = opening + 1; k <= closing; k++) if (OBJECT_CONTROL.has(lower(c, k))) return source;
  return sourceBefore(c, opening, first) ?? source;
}
// A word ending in "-s": a present verb ("the council plans a vote") or a plural noun ("the council's plans").
const PLURAL_OR_PRESENT = /^[a-z]+s$/u;

// Tags a finite verb bears.
const VERB_TAGS = new Set([VERB_TAG, UPOS_INDEX.AUX]);

/** The first token after `k` the tagger reads as a verb, before any punctuation, else `last + 1`. */
function taggedVerbAfter(c: Context, k: number, last: number): number {
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
function withinOpeningClause(c: Context, content: Span, first: number, cue: number, last: number): Span {
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

/**
 * True when token `k` closes a quote ending in a comma that another cue of the sentence took in its words ('The mayor
 * called the flood "a test," she said.'): the quote's comma ends those words as a comma would, and the cue after it
 * reports them all. A quote opening in an earlier sentence is not part of this one's words.
 */
function quoteTakenInSentence(c: Context, k: number, first: number): boolean {
  return k > first && quoteComma(c, k) && c.used[c.regionOf[k]] === 1 && c.regions[c.regionOf[k]].start > c.tokens.starts[first];
}

// Most words after a trailing cue's verb: "Cuban said | on Tuesday".
const MAX_TRAILING_ADJUNCT = 3;

/** True when tokens `[from, last]` are only a source and a verb of speech closing the sentence: "Cuban said (on Tuesday)." */
function isTrailingCue(c: Context, from: number, last: number): boolean {
  let end = last;
  while (end > from && isPunct(c, end, SENTENCE_END)) end--;
  for (let v = from + 1; v <= end; v++) {
    if (!isWordAt(c, v) || FINITE_AUXILIARIES.has(lower(c, v))) return false;
    const verb = CUE_VERBS.get(lower(c, v));
    if (verb) return !verb.participle && verb.cueClass === 'speech' && end - v <= MAX_TRAILING_ADJUNCT && sourceBefore(c, v, from) !== null;
  }
  return false;
}

// Most words of a phrase fronted in reported words before their subject: "said in sport patience pays".
const MAX_FRONTED_PHRASE = 4;

/**
 * True when a preposition at token `k` opens a short phrase fronted before the reported clause's pronoun subject and
 * its verb ("said in sport patience pays", "believes at heart they are right"), not an adjunct of the cue.
 */
function frontsClause(c: Context, k: number, last: number): boolean {
  if (!OBJECT_PREPOSITIONS.has(lower(c, k)) && !OCCASION_PREPOSITIONS.has(lower(c, k))) return false;
  for (let j = k + 1; j < last && j - k <= MAX_FRONTED_PHRASE; j++) {
    if (!isWordAt(c, j)) return false;
    const word = lower(c, j);
    if (NEW_SUBJECTS.has(word) || word === 'it' || word === 'there') return j > k + 1 && isWordAt(c, j + 1) && !NOT_CONTENT_START.has(lower(c, j + 1));
    if (CLAUSE_WORDS.has(word) || (AUXILIARIES.has(word) && !isCapitalised(c, j)) || CUE_VERBS.has(word)) return false;
  }
  return false;
}

// Words opening a phrase or clause that may stand between a cue and the reported clause: "said in March, ...",
// "explained after losing the vote, ...".
const FRONTED_OPENERS = new Set([...OCCASION_PREPOSITIONS, ...SUBORDINATORS, 'following']);
// Most tokens from the opening word to the comma closing its phrase.
const MAX_FRONTED_ADVERBIAL = 12;

/**
 * The token after the comma closing a phrase or time clause that opens at token `k` ("after losing the vote,"), when
 * a main clause with its own subject and finite verb follows that comma, else -1.
 */
function clauseAfterFrontedPhrase(c: Context, k: number, last: number): number {
  if (k > last || c.regionOf[k] >= 0 || !isWordAt(c, k) || !FRONTED_OPENERS.has(lower(c, k))) return -1;
  for (let j = k + 1; j < last && j - k <= MAX_FRONTED_ADVERBIAL; j++) {
    if (c.regionOf[j] >= 0) return -1;
    if (isPunct(c, j, COMMA)) return opensMainClause(c, j, last) ? j + 1 : -1;
    if (c.tokens.kinds[j] === TokenKind.PUNCT) return -1;
  }
  return -1;
}

// Most words of an adjunct phrase closing an opening clause before its comma: "As Ann Lee noted in a column in May,".
const MAX_ADJUNCT_PHRASE = 8;

/** The token after the comma that closes a verbless phrase opening with a preposition or time word at `k`, else -1. */
function afterAdjunctPhrase(c: Context, k: number, last: number): number {
  if (k > last || !isWordAt(c, k) || !NOT_CONTENT_START.has(lower(c, k))) return -1;
  for (let j = k + 1; j < last && j - k <= MAX_ADJUNCT_PHRASE; j++) {
    if (c.regionOf[j] >= 0) return -1;
    if (isPunct(c, j, COMMA)) return isVerblessOpener(c, k, j - 1) ? j + 1 : -1;
    if (c.tokens.kinds[j] === TokenKind.PUNCT) return -1;
  }
  return -1;
}

/**
 * The "that" after a verbless phrase set off by commas that opens with an occasion word or subordinator after the
 * comma at token `k` ("decided, | after many weeks, | that ..."); else `k`. The phrase is the cue's adjunct, no part
 * of what was said.
 */
function thatAfterSetOffPhrase(c: Context, k: number, last: number): number {
  if (k + 1 >= last || !isPunct(c, k, COMMA) || c.regionOf[k + 1] >= 0 || !FRONTED_OPENERS.has(lower(c, k + 1))) return k;
  for (let j = k + 2; j < last && j - k <= MAX_FRONTED_ADVERBIAL; j++) {
    if (c.regionOf[j] >= 0) return k;
    if (isPunct(c, j, COMMA)) return isVerblessOpener(c, k + 2, j - 1) && c.regionOf[j + 1] < 0 && lower(c, j + 1) === 'that' ? j + 1 : k;
    if (c.tokens.kinds[j] === TokenKind.PUNCT) return k;
  }
  return k;
}

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

/**
 * The comma or dash before "as" when an "as" clause follows reported words at the source starting at token
 * `sourceStart`, else -1; after an opening adjunct ("Of course, as Ann Lee observed, ...") the clause opens the sentence.
 */
function asClauseComma(c: Context, sourceStart: number, first: number): number {
  const comma = sourceStart - 2;
  if (comma <= first || lower(c, sourceStart - 1) !== 'as' || !isPunct(c, comma, COMMA_DASH)) return -1;
  return isAdjunctOpener(c, first, lastBefore(c, first, comma, COMMA_DASH)) ? -1 : comma;
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
 * `source` taken back over the relative clause on "who" whose past verb's object it is ("Voters who backed | the plan"
 * gives "Voters who backed the plan"), with the phrase before "who" (not after a comma: "Ann Lee, who backed the plan,"
 * is read as an apposition).
 */
function withRelativeHead(c: Context, source: Span, first: number): Span {
  const verb = firstTokenAt(c, source.start, first) - 1;
  // "Three auditors who read the ledger said": a cue verb right after "who" stops the walk as a past form does.
  const relativeVerb = isVerbPast(lower(c, verb)) || (isVerbForm(lower(c, verb)) && lower(c, verb - 1) === 'who');
  if (verb <= first || !relativeVerb || c.regionOf[verb] >= 0) return source;
  const who = whoBefore(c, verb, first);
  const head = who >= 0 ? sourceBefore(c, who, first) : null;
  return head ? { start: head.start, end: source.end } : source;
}

// Prepositions before a gerund, whose subject is the clause's: "joined them in voting against", "ended by saying".
const GERUND_PREPOSITIONS = new Set(['in', 'by', 'upon', 'without', 'for', 'of', 'about', 'on', 'from', 'with']);
/**
 * The first token of the opener ending at token `k` that takes a participle after it: the first word of a phrasal
 * opener ("Instead of naming ...", "In addition to naming ...": `phrasalOpenerStart`), `k` for a preposition ("In
 * naming ..."), else -1.
 */
function gerundOpenerStart(c: Context, k: number, first: number): number {
  const phrasal = phrasalOpenerStart(c, k, first);
  return phrasal >= 0 ? phrasal : GERUND_PREPOSITIONS.has(lower(c, k)) ? k : -1;
}

/**
 * `source` cut before its first lower-case finite auxiliary ("Ms Ruiz | will use the hall"), unless what follows is
 * no verb of purpose: a copula ("is hard", "will be able"), a verb whose object does the infinitive ("will force the
 * mayor"), or "for" with the infinitive's own subject ("may be enough for them").
 */
function subjectBeforeAuxiliary(c: Context, source: Span, first: number): Span {
  const start = firstTokenAt(c, source.start, first);
  const last = firstTokenAt(c, source.end, start) - 1;
  let aux = start + 1;
  while (aux <= last && !(isFiniteAuxiliary(lower(c, aux)) && !isCapitalised(c, aux))) aux++;
  if (aux > last) return source;
  let verb = aux;
  while (verb <= last && (AUXILIARIES.has(lower(c, verb)) || isMannerAdverb(c, verb) || lower(c, verb) === 'almost')) verb++;
  const rest = wordsOf(c, verb, last);
  if (verb > last || rest.some((word) => OBJECT_CONTROL.has(word) || word === 'for')) return source;
  const copula = wordsOf(c, aux, verb - 1).some((word) => BE_FORMS.has(word));
  return copula && !lower(c, verb).endsWith('ing') ? source : tokenSpan(c, start, aux - 1);
}

/**
 * The subject of a past verb standing before token `to` with only an adjunct between, a preposition opening it and no
 * punctuation in it ("Ann Cole | wrote | to the paper in June | to say"); null when no such verb is near, or when an
 * auxiliary makes it a passive's or a perfect's.
 */
function subjectOfVerbBeforeAdjuncts(c: Context, to: number, first: number): Span | null {
  for (let verb = to - 2; verb > first && to - verb <= MAX_ADJUNCT_TOKENS + 1; verb--) {
    if (!isWordAt(c, verb)) return null;
    const word = lower(c, verb);
    // "wrote", "spoke": a cue verb's past, which the list of irregular pasts leaves to the cue list.
    const cue = CUE_VERBS.get(word);
    const pastCue = cue !== undefined && cue.lemma !== word && !cue.participle && !word.endsWith('s');
    if (isCapitalised(c, verb) || !(isVerbPast(word) || pastCue)) continue;
    const adjunct = lower(c, verb + 1);
    return ADJUNCT_PREPOSITIONS.has(adjunct) && !AUXILIARIES.has(lower(c, verb - 1)) ? sourceBefore(c, verb, first) : null;
  }
  return null;
}

/**
 * The subject of a verb right before `source` when `source` is its object ("Ann Cole | found | ways | to cast"): a past
 * form, or a form the tagger reads as a verb and not as a participle. `source` itself when no such verb stands there,
 * when it names the infinitive's own subject ("urged the voters | to back", an `OBJECT_CONTROL` form), when it links a
 * subject to a noun the infinitive describes ("became the first member | to back", a `LINKING` form), when an
 * auxiliary before it makes it a passive's or a perfect's, or when a preposition before it makes it an adjective
 * ("articles from | noted | scholars").
 */
function subjectOfVerbBeforeObject(c: Context, source: Span, first: number): Span {
  const verb = firstTokenAt(c, source.start, first) - 1;
  if (verb <= first || !isWordAt(c, verb) || isCapitalised(c, verb) || c.regionOf[verb] >= 0) return source;
  const word = lower(c, verb);
  const finiteVerb = isVerbPast(word) || (c.tags[verb] === VERB_TAG && !word.endsWith('ing'));
  if (!finiteVerb || OBJECT_CONTROL.has(word) || LINKING.has(word) || AUXILIARIES.has(lower(c, verb - 1)) || c.tags[verb - 1] === UPOS_INDEX.ADP) return source;
  return sourceBefore(c, verb, first) ?? source;
}

// How many words an adjunct between a verb and the infinitive serving it may hold: "to the local paper in June".
const MAX_ADJUNCT_TOKENS = 8;
// Prepositions opening such an adjunct: where the words went or when ("wrote to", "went on", "spoke at", "came in").
const ADJUNCT_PREPOSITIONS = new Set(['to', 'on', 'in', 'at', 'into', 'onto', 'before', 'after', 'outside', 'through']);

/**
 * True when tokens `[k, to)` are a margin, "by" and a number or "a ... margin" ("voted | by 87% | to reject", "by a wide
 * margin"): how a vote went, never who speaks.
 */
function marginBefore(c: Context, k: number, to: number): boolean {
  if (lower(c, k) !== 'by' || k + 1 >= to) return false;
  return isNumberAt(c, k + 1) || COUNT_WORDS.has(lower(c, k + 1)) || lower(c, to - 1) === 'margin';
}

/**
 * The subject of a past verb closing `source`, perhaps before how often or how it was done ("she | liked", "Judge Ann
 * Roe | interrupted twice"); the source itself when it closes with no such verb or holds nothing before it. A
 * participle after an auxiliary ("The page has been | updated", "was | pressed") is a passive's or a perfect's, which
 * `subjectBeforeAuxiliary` reads.
 */
function subjectBeforeClosingVerb(c: Context, source: Span, first: number): Span {
  const start = firstTokenAt(c, source.start, first);
  let verb = firstTokenAt(c, source.end, start) - 1;
  if (verb > start && (FREQUENCIES.has(lower(c, verb)) || isMannerAdverb(c, verb))) verb--;
  const past = verb > start && !isCapitalised(c, verb) && isVerbPast(lower(c, verb)) && !PRESENT_IN_ED.has(lower(c, verb));
  return past && !AUXILIARIES.has(lower(c, verb - 1)) ? tokenSpan(c, start, verb - 1) : source;
}

// Present verbs spelt like a regular past: "they need to realize".
const PRESENT_IN_ED = new Set(['need', 'proceed', 'succeed', 'exceed', 'heed']);

/**
 * For a source after a noun that sums up the clause before its comma ("..., the claim | the league | denied.", "...,
 * a remark | she | called "unfair"."), the clause (back to a clause joined by ", and", ", but" or ";") with the noun as
 * the content and the relative clause's subject as the source; null for any other source, or when more than a short
 * phrase with no verb follows the cue. A clause that is already someone's words keeps its own attribution when words
 * follow the cue, which read their own content ("He said it was paid, a claim she called "untrue"."); with none, an
 * unlisted noun alone is the content ("He said it was paid, | a point | she confirmed."), while a listed statement noun
 * takes the clause as ever. `start` is the source's first token; `speech` is true for a cue of speech (the frame's
 * verb, phrasal or not: "pointed out" is one).
 */
function summedClause(c: Context, source: Span, start: number, cueEnd: number, speech: boolean, first: number, last: number): { content: Span | null; source: Span } | null {
  const end = firstTokenAt(c, source.end, start) - 1;
  const summing = summingNoun(c, start, end, first, last, speech);
  if (!summing) return null;
  const after = skipAdjuncts(c, cueEnd + 1, last);
  const tail = after <= last && !isPunct(c, after, SENTENCE_END);
  // "..., a visit both sides described as the start of a thaw after years of ...": a label after "as" is what the
  // relative clause's subject said of the noun, so the noun with the label is the content, however long the label.
  if (tail && !summing.listed && lower(c, after) === 'as' && after === cueEnd + 1 && after < last) {
    return { content: { start: c.tokens.starts[summing.noun], end: rightContent(c, after + 1, last).end }, source: tokenSpan(c, summing.subject, end) };
  }
  // "..., a figure aid groups say is too low": the relative clause goes on past its cue, so its subject is the source
  // of the words after the cue, and the noun the gap they are about.
  if (tail && !isVerblessTail(c, after, last)) return { content: null, source: tokenSpan(c, summing.subject, end) };
  let from = summing.noun - 2;
  while (from > first && !isPunct(c, from - 1, SEMICOLON) && !(CONJUNCTIONS.has(lower(c, from - 1)) && from - 2 >= first && isPunct(c, from - 2, COMMA))) from--;
  const reported = holdsCueVerb(c, from, summing.noun - 2);
  // "..., a point Reed also conceded to the Herald": a verbless phrase of the occasion or of the one told after the
  // cue is no words of the relative clause's own.
  const adjunctTail = (CLOSING_PREPOSITIONS.has(lower(c, after)) || lower(c, after) === 'to') && isVerblessTail(c, after, last);
  if (reported && tail && !adjunctTail) return null;
  const nounEnd = lower(c, summing.subject - 1) === 'that' ? summing.subject - 2 : summing.subject - 1;
  return { content: tokenSpan(c, reported ? summing.noun : from, nounEnd), source: tokenSpan(c, summing.subject, end) };
}

/**
 * Where the summing noun phrase opens (after its comma) and where the relative clause's subject opens, for a source
 * `[start, end]`, or null: a source opening on a determiner and a listed statement noun before a name, a determiner or
 * a pronoun ("the claim | the league | Paris | they denied", not "the questions sparked by"), or, for a `speech` cue,
 * one that is the subject after "a" or "an" and a short noun (`contactRelativeAfter`: "a remark | she"); "a charge the
 * company rejected" is a stance on it, no words of its own.
 */
function summingNoun(c: Context, start: number, end: number, first: number, last: number, speech: boolean): { noun: number; subject: number; listed: boolean } | null {
  const subject = start + 2;
  const listed = DETERMINERS.has(lower(c, start)) && CUE_NOUNS.has(lower(c, start + 1)) && subject <= end;
  if (listed && start - 2 >= first && isPunct(c, start - 1, COMMA) && (isCapitalised(c, subject) || DETERMINERS.has(lower(c, subject)) || SUBJECT_PRONOUNS.has(lower(c, subject)))) return { noun: start, subject, listed: true };
  // "..., a trip both sides described": a subject with no determiner may be taken into the source with the noun.
  const within = speech && start - 2 >= first && (isPunct(c, start - 1, COMMA) || quoteComma(c, start - 1)) ? contactRelativeAfter(c, start, last) : -1;
  if (within > start && within <= end) return { noun: start, subject: within, listed: within - start === 2 && CUE_NOUNS.has(lower(c, start + 1)) };
  const article = speech ? contactRelativeArticle(c, start, first + 2, last) : -1;
  if (article >= 0 && (isPunct(c, article - 1, COMMA) || quoteComma(c, article - 1))) return { noun: article, subject: start, listed: start - article === 2 && CUE_NOUNS.has(lower(c, article + 1)) };
  // "..., a charge that the ministry denied": the same stance with "that" before its subject.
  const comma = apposedRelativeComma(c, start, first, last);
  return comma >= 0 ? { noun: comma + 1, subject: start, listed: false } : null;
}

/**
 * The comma or dash opening an apposed noun phrase whose relative "that" clause has its subject at token `subject`
 * and lacks its object (`opensApposedRelativeAttribution`: ", a charge that | the ministry denied"), or -1.
 */
function apposedRelativeComma(c: Context, subject: number, first: number, last: number): number {
  if (subject - 1 <= first || lower(c, subject - 1) !== 'that') return -1;
  for (let k = subject - 3; k >= first && k >= subject - 3 - MAX_APPOSED_NOUN; k--) {
    if (opensApposedRelativeAttribution(c, k, last)) return k;
  }
  return -1;
}

// Most tokens of a phrase closing a relative clause after its verb: "dismissed | as wholly meaningless", "mentions | on the road".
const MAX_VERBLESS_TAIL = 8;

/**
 * True when tokens `[from, last]` are a short phrase with no verb or clause word, a label or an adjunct: "as
 * meaningless.", "empty.", '"flatly untrue."', "on the campaign trail.".
 */
function isVerblessTail(c: Context, from: number, last: number): boolean {
  return last - from < MAX_VERBLESS_TAIL && isVerbless(c, from, last) && !wordsOf(c, from, last).some((word) => CLAUSE_WORDS.has(word));
}

/**
 * True when token `k` opens how often or how much something was done ("was shared more than 20,000 times", "has been
 * cited twice"): an adjunct of the passive, no complement judging its subject.
 */
function countsTimes(c: Context, k: number, last: number): boolean {
  const word = lower(c, k);
  return FREQUENCIES.has(word) || (COMPARATIVE_AMOUNTS.has(word) && k < last && lower(c, k + 1) === 'than');
}

// Words telling how often: "cited twice".
const FREQUENCIES = new Set(['once', 'twice', 'thrice']);
// Comparatives opening an amount before "than": "more than 200 times", "fewer than ten".
const COMPARATIVE_AMOUNTS = new Set(['more', 'less', 'fewer']);

/** True when tokens `[first, to)` hold an agentless passive forecast with its infinitive: "is expected to". */
function forecastBefore(c: Context, first: number, to: number): boolean {
  for (let k = first + 1; k + 1 < to; k++) {
    const verb = CUE_VERBS.get(lower(c, k));
    if (verb && FORECASTS.has(verb.lemma) && BE.has(lower(c, cueStart(c, k, first))) && lower(c, k + 1) === 'to') return true;
  }
  return false;
}

/**
 * The writer's forecast about a subject, named as no one's: "Inflation is expected to ease to 3.1 percent", "Ms
 * Ruiz is not expected to attend". The subject and its infinitive up to the first comma are the content, with no
 * source (the cue's "expected" gives the modality); none when a cue verb follows the infinitive's "to" ("is expected
 * to say" is that verb's cue, with the subject as its speaker).
 */
function forecastFrame(c: Context, auxStart: number, i: number, first: number, last: number, cueWords: string[]): Found | null {
  let v = i + 2;
  while (v <= last && (lower(c, v) === 'be' || lower(c, v) === 'have')) v++;
  if (v > last || (CUE_VERBS.has(lower(c, v)) && c.regionOf[v] < 0)) return null;
  const subject = sourceBefore(c, auxStart, first);
  const start = subject ? subject.start : c.tokens.starts[auxStart];
  const content = untilComma(c, rightContent(c, i + 1, last), i + 1, last);
  const duty = subject !== null && statesDuty(c, firstTokenAt(c, subject.start, first), auxStart, i, first, last);
  return { content: { start, end: content.end }, source: null, cue: tokenSpan(c, auxStart, i), cueWords, regions: [], nonSpeech: true, duty };
}

/** The nouns that make "the same day", "election day": a day named by what happened on it. */
const DAY_NOUNS = new Set(['day', 'night', 'morning', 'evening', 'afternoon', 'call']);

/**
 * True when token `k` is "on" opening a date or occasion ("on March 1", "on Sundays", "on Feb. 27", "on election day", "on the same
 * call"): an adjunct of time, never the topic a verb is about.
 */
function datesAfterOn(c: Context, k: number, last: number): boolean {
  if (lower(c, k) !== 'on' || k + 1 > last) return false;
  const next = lower(c, k + 1);
  // A month in full or shortened as dates write it ("Feb. 27", "Sept. 11"); a weekday in the plural ("on Sundays").
  if (OCCASION_WORDS.has(next) || isMonthWord(next) || DAYS.has(next.replace(/s$/u, ''))) return true;
  const day = next === 'the' && k + 3 <= last && lower(c, k + 2) === 'same' ? k + 3 : next === 'election' ? k + 2 : -1;
  return day > 0 && day <= last && DAY_NOUNS.has(lower(c, day));
}

// Words that tie an expected act to an occasion ("vote on Monday", "next week", "soon", "in May"): a forecast's. The
// modal "may" reads as the month too, which only keeps a forecast a forecast.
const OCCASION_WORDS = new Set([...DAYS, 'tomorrow', 'tonight', 'soon', 'later', 'next', 'week', 'weekend', 'month', 'year', 'season', ...LEXICON.months.map(([name]) => name.toLowerCase())]);
// The present of "be", for a duty that stands ("are expected to"; "were expected to" tells of one occasion).
const PRESENT_BE = new Set(['is', 'are', "isn't", "aren't", 'isn’t', 'aren’t']);
// Determiners that point at one thing: "to approve the bill", "to back this plan".
const PARTICULAR_DETERMINERS = new Set(['the', 'this', 'these', 'that', 'those']);
// Words that make one person stand for every member of a group: "Each pupil is expected to ...".
const EVERY_MEMBER = new Set(['each', 'every', 'all']);

/**
 * True when an agentless "is expected to" puts a standing duty on people rather than forecasting an act: "Pupils are
 * expected to wear uniforms", "Each pupil is expected to pay a fee", "You are expected to sign in". The subject,
 * tokens `[from, auxStart)`, is "you" or lower-case words ending in a noun for people by role, bare or after "each",
 * "every", "all" (no article, number, possessive or name: "The pupils are expected to march on Friday" is one
 * occasion); the cue is present; and no word of the sentence ties the act to an occasion or a year ("Nurses are
 * expected to strike next week" is a forecast). Things and events ("Prices are expected to rise") are forecast.
 */
function statesDuty(c: Context, from: number, auxStart: number, i: number, first: number, last: number): boolean {
  // A headline drops its articles ("Candidate is expected to win"), so its bare noun tells nothing.
  if (c.headline === first || !PRESENT_BE.has(lower(c, auxStart)) || occasionIn(c, first, last) || particularObject(c, i + 2, last)) return false;
  if (auxStart - from === 1 && lower(c, from) === 'you') return true;
  const everyMember = EVERY_MEMBER.has(lower(c, from));
  for (let k = everyMember ? from + 1 : from; k < auxStart; k++) if (!isWordAt(c, k) || (k > first && isCapitalised(c, k)) || /['’]/u.test(lower(c, k))) return false;
  const head = lower(c, auxStart - 1);
  return auxStart > from + (everyMember ? 1 : 0) && isPersonRole(head) && (everyMember || PLURAL_NOUN.test(head));
}

/**
 * True when the infinitive's verb, at token `verb`, takes a particular object: a name or "the", "this", "these" ("to
 * approve the bill", "to back Ms Lee") points at one occasion, as a forecast does.
 */
function particularObject(c: Context, verb: number, last: number): boolean {
  const next = verb + 1;
  return next <= last && isWordAt(c, next) && (PARTICULAR_DETERMINERS.has(lower(c, next)) || isCapitalised(c, next));
}

/** True when a token of `[first, last]` ties the sentence to an occasion: a day, month, "next", "soon" or a year. */
function occasionIn(c: Context, first: number, last: number): boolean {
  for (let k = first; k <= last; k++) if (OCCASION_WORDS.has(lower(c, k)) || /^(?:19|20)\d\d$/u.test(lower(c, k))) return true;
  return false;
}

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
const JUDGED_COMPLEMENTS: ReadonlySet<string> = new Set(['for', 'as', 'by']);
// Words that open what a judged subject is judged for or as after its agent ("was criticised by rivals for the
// delay"), or a clause or infinitive there.
const JUDGED_AFTER_AGENT: ReadonlySet<string> = new Set(['for', 'as', 'to', 'that']);

/**
 * The subject alone as what a passive cue's agent judged, when nothing follows the agent but adjuncts ("Her plan to
 * rebuild the pier | was welcomed by traders on Monday"; "was criticised by rivals for the delay" keeps its "for"), or
 * null. `content` is the judged sentence's, `auxStart` the cue's first token, `by` the agent's "by". Only a plain noun
 * phrase: a subject holding a clause ("figures that show costs rising are doubted by", "the guild, which is backed by")
 * keeps the sentence, and so does an agent holding a cue of its own ("by members who say ...").
 */
function judgedSubjectAlone(c: Context, content: Span, agent: Span, auxStart: number, by: number, first: number): Span | null {
  const subjectStart = firstTokenAt(c, content.start, first);
  let subjectEnd = lastBefore(c, subjectStart, auxStart, COMMA_DASH);
  // "The plan, however, was welcomed by ...": a connective set off by commas is the writer's, not what was welcomed.
  if (subjectEnd - 1 > subjectStart && isConnectiveAside(c, subjectEnd)) subjectEnd = lastBefore(c, subjectStart, subjectEnd, COMMA_DASH);
  if (subjectEnd >= auxStart || subjectEnd < subjectStart) return null;
  const contentEnd = firstTokenAt(c, content.end, by) - 1;
  if (holdsWordOutsideQuotes(c, firstTokenAt(c, agent.end, by), contentEnd, (w) => JUDGED_AFTER_AGENT.has(w))) return null;
  const clauseWord = (word: string): boolean => isFiniteVerb(word) || RELATIVES.has(word) || word === 'that';
  if (holdsWordOutsideQuotes(c, subjectStart, subjectEnd, clauseWord) || holdsCueWord(c, by, contentEnd)) return null;
  return { start: content.start, end: c.tokens.ends[subjectEnd] };
}

/**
 * The charge a passive cue's agent is followed by, up to token `end`: "of" or "with" opening an "-ing" form ("is
 * accused by prosecutors in Lyon | of hiding funds", "was charged by police | with helping ..."), or null. Not past a
 * judged complement ("was scolded by the coach for skipping drills instead of resting"), a clause mark or a
 * quote; an "of" inside the agent's phrase ("by a share of voters") opens no "-ing" form.
 */
function complementAfterAgent(c: Context, agent: Span, by: number, end: number): Span | null {
  for (let k = firstTokenAt(c, agent.end, by); k < end && c.regionOf[k] < 0 && !isPunct(c, k, SEMICOLON) && !JUDGED_AFTER_AGENT.has(lower(c, k)) && !opensRelativeOnAgent(c, k); k++) {
    if (PASSIVE_COMPLEMENTS.has(lower(c, k)) && /^[a-z]+ing$/u.test(lower(c, k + 1)) && c.regionOf[k + 1] < 0) return { start: c.tokens.starts[k], end: c.tokens.ends[end] };
  }
  return null;
}

/** True when a comma at token `k` opens a relative clause on the agent: "was criticised by lawmakers|, who accused ...". */
function opensRelativeOnAgent(c: Context, k: number): boolean {
  return isPunct(c, k, COMMA) && RELATIVES.has(lower(c, k + 1));
}

// Prepositions that open a passive cue's complement: "is accused of fraud", "was charged with assault".
const PASSIVE_COMPLEMENTS: ReadonlySet<string> = new Set(['of', 'with']);

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

// Verbs whose passive reports the subject's own words after "as saying": "was quoted as saying", "is cited as saying".
const QUOTED_AS = new Set(['quote', 'cite']);
// Participles that report the words after "as": "as saying that ...", "as telling reporters ...".
const AS_SPEECH = new Set(['saying', 'telling', 'stating', 'describing', 'calling', 'warning', 'adding']);
const MAX_QUOTING_AGENT = 8;

/**
 * "Ann Lee was quoted by the radio station as saying that ...", "He is quoted as saying ...": the words are the subject's,
 * the cue runs from the auxiliary to the participle, and the medium after "by" only carried them. Null for any other cue.
 */
function quotedAsSaying(c: Context, auxStart: number, i: number, next: number, first: number, last: number): Omit<Found, 'cueWords'> | null {
  if (!QUOTED_AS.has(CUE_VERBS.get(lower(c, i))?.lemma ?? '')) return null;
  let as = next;
  if (as <= last && lower(c, as) === 'by') as = phraseUntilClause(c, as + 1, last);
  if (as - next > MAX_QUOTING_AGENT || as + 2 > last || lower(c, as) !== 'as' || !AS_SPEECH.has(lower(c, as + 1))) return null;
  const source = sourceBefore(c, auxStart, first);
  let from = as + 2;
  while (from < last && isPunct(c, from, COMMA_COLON)) from++;
  return source ? { content: rightContent(c, from, last), source, cue: tokenSpan(c, auxStart, as + 1), regions: [] } : null;
}

/** The agent of a passive: the phrase after the first "by" in tokens `[from, to]` that opens no gerund ("by saying"), or null. */
function agentAfter(c: Context, from: number, to: number): Span | null {
  for (let k = from; k < to; k++) {
    if (c.regionOf[k] >= 0 || lower(c, k) !== 'by') continue;
    if (/ing$/u.test(lower(c, k + 1))) return null;
    const end = phraseUntilClause(c, k + 1, to);
    // "asked to respond by the end of the month", "urged to apply by post": a deadline or a means is no agent; an
    // agent is who acts ("by the committee", "by a friend").
    return end > k + 1 && !DEADLINES_AND_MEANS.has(lower(c, end - 1)) ? tokenSpan(c, k + 1, end - 1) : null;
  }
  return null;
}

/** The agent after tokens `[from, to]` when no past form stands before its "by" (a passive of its own), else null. */
function ownAgentAfter(c: Context, from: number, to: number): Span | null {
  for (let k = from; k < to && lower(c, k) !== 'by'; k++) if (isPastForm(lower(c, k)) || COPULA_FORMS.has(lower(c, k))) return null;
  return agentAfter(c, from, to);
}

// Heads of a "by" phrase that tell when or how, not who: "by the end of the month", "by a show of hands", "by phone".
const DEADLINES_AND_MEANS = new Set(['end', 'start', 'beginning', 'middle', 'close', 'deadline', 'time', 'noon', 'midnight', 'weekend', 'show', 'hand', 'post', 'mail', 'email', 'phone', 'telephone', 'letter', 'vote', 'ballot', 'law', 'decree', 'default']);

/** True when tokens `[from, to]` are an opening adjunct without a verb: "In the early 1990s", "At day's end, however". */
function isAdjunctOpener(c: Context, from: number, to: number): boolean {
  if (!NOT_CONTENT_START.has(lower(c, from)) || c.regionOf[from] >= 0) return false;
  for (let k = from + 1; k <= to; k++) {
    const word = lower(c, k);
    // "But he plays by other rules": a subject pronoun makes a clause whatever its verb.
    if (c.regionOf[k] >= 0 || makesClause(word)) return false;
  }
  return true;
}

// Prepositions of where a person works: "a reporter from the Herald", "a journalist at Radio Tarva".
const AFFILIATIONS = new Set(['from', 'at', 'of', 'with', 'for']);

/**
 * The end of a phrase ending at token `end` taken on over a named affiliation after it: "a reporter | from the Meraven
 * Herald" (capitalised words after the preposition and an optional "the"); `end` when none follows.
 */
function withNamedAffiliation(c: Context, end: number, last: number): number {
  if (end > last || !isWordAt(c, end) || !AFFILIATIONS.has(lower(c, end))) return end;
  let k = end + 1;
  if (k <= last && lower(c, k) === 'the') k++;
  if (k > last || !isCapitalised(c, k)) return end;
  while (k <= last && c.regionOf[k] < 0 && (isCapitalised(c, k) || (lower(c, k) === 'of' && k + 1 <= last && isCapitalised(c, k + 1)))) k++;
  return k;
}

// Words that carry reported words on past a mid-sentence cue ("It is her duty, she said, to brief the council", "The
// rules hold clubs back, she said, by tying their hands"); other prepositions there open adjuncts ("he said in June").
const ROUND_STARTS = new Set(['to', 'by', 'from', 'with', 'for', 'about', 'of', 'into', 'over', 'under']);
// A reason or condition after a mid-sentence cue is still the reported words: "The mill will close, he said, because ...";
// a concession is more often the writer's own ("..., he said, though he added that ...").
const ROUND_CLAUSES = new Set(['because', 'unless']);
// A source ending in a relative pronoun after a comma, or a share of one: "Boris Johnson, who", "both of whom".
const RELATIVE_END = new RegExp(`(?:,\\s*(?:${[...RELATIVES].join('|')})(?:['’](?:s|re|ve|d|ll))?|\\bof whom)$`, 'u');
// Words joining a clause to reported words round a mid-sentence cue: "..., she said, but the road is not".
const ROUND_JOINS = new Set(['and', 'but', 'while', 'whereas', 'yet']);

/**
 * True when token `k`, after a mid-sentence cue's comma, joins a clause to the reported words before the cue: a joining
 * word then no participle ("while visiting"), no personal pronoun ("and he left"), no cue of the same speaker ("and added that") and no verb of speech
 * further on ("but Ms Lee said", "while others ..., said Mr Ray").
 */
function joinsReportedClause(c: Context, k: number, last: number): boolean {
  if (k + 1 > last || c.regionOf[k] >= 0 || c.regionOf[k + 1] >= 0 || !ROUND_JOINS.has(lower(c, k)) || isParticipleAt(c, k + 1)) return false;
  // "The talks collapsed, he said, and he left the room": a personal pronoun after the joining word opens the
  // speaker's (or someone's) next act, told by the writer.
  if (NEW_SUBJECTS.has(lower(c, k + 1))) return false;
  // "The cave art is old, a study says, but some experts have doubts": other people's view, set against the words, is
  // the writer's contrast.
  if (opensOtherPeople(c, k + 1, last)) return false;
  let v = k + 1;
  while (v <= last && (AUXILIARIES.has(lower(c, v)) || isMannerAdverb(c, v))) v++;
  if (v > last || CUE_VERBS.has(lower(c, v))) return false;
  for (let w = v + 1; w <= last; w++) if (c.regionOf[w] < 0 && CUE_VERBS.get(lower(c, w))?.cueClass === 'speech') return false;
  return true;
}

/**
 * True when token `k` opens a subject naming other people: a quantifier and a plural noun for people ("some experts",
 * "many residents", "other scientists"; the plural subjects listed with the pronouns count). "others" alone is left:
 * PolNeAR keeps a joined "while others ..." clause in the reported words.
 */
function opensOtherPeople(c: Context, k: number, last: number): boolean {
  const word = lowerWordAt(c, k, last);
  const noun = word !== null && QUANTIFIERS.has(word) ? lowerWordAt(c, k + 1, last) : null;
  return noun !== null && PLURAL_NOUN.test(noun) && (isPersonRole(noun) || SUBJECT_PRONOUNS.has(noun));
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

/** `content` (starting at token `from`) cut before a comma and a finite verb of speech ("..., | said the plan ..."). */
function untilSpeechResumes(c: Context, content: Span, from: number, last: number): Span {
  for (let k = from + 1; k < last && c.tokens.starts[k] < content.end; k++) {
    if (c.regionOf[k] >= 0 || !isPunct(c, k, COMMA) || c.regionOf[k + 1] >= 0) continue;
    const verb = CUE_VERBS.get(lower(c, k + 1));
    // A finite form, not a participle, nor "said to" ("the deal, said to cost millions, ...").
    if (verb && speaks(verb) && !verb.participle && lower(c, k + 2) !== 'to') {
      return { start: content.start, end: c.tokens.ends[k - 1] };
    }
  }
  return content;
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
function isFiniteVerb(word: string): boolean {
  return CLAUSE_VERBS.has(word) || isVerbPast(word);
}

/**
 * True when the cue at token `i`, alone after "and" at `auxStart - 1`, is a past form joined to a passive participle
 * before it, with no object after it ("has been viewed and shared 90,000 times", "was detained and charged with
 * fraud"). With an object it is the subject's own next act ("was finalised and denied the change"), and so are "said"
 * and "told" ("was released and said ...").
 */
function sharesPassive(c: Context, verb: CueVerb, auxStart: number, i: number, first: number, last: number): boolean {
  if (auxStart !== i || lower(c, auxStart - 1) !== 'and' || verb.lemma === 'say' || verb.lemma === 'tell' || i + 1 > last) return false;
  const after = lower(c, i + 1);
  const object = c.regionOf[i + 1] >= 0 || isCapitalised(c, i + 1) || DETERMINERS.has(after) || OBJECT_PRONOUNS.has(after) || after === 'that';
  return !object && lower(c, i) !== verb.lemma && !verb.participle && auxStart - 2 >= first && isPassiveAt(c, auxStart - 2, first);
}

/**
 * The subject of the clause before a joined cue at token `auxStart` when that clause, with a verb of its own, opens
 * after everything of the sentence's previous attribution: "When Korr pointed out the cost, Quill seized on it, |
 * repeating ..." goes on with Quill, whose clause follows Korr's words, not with Korr.
 */
function laterClauseSubject(c: Context, previous: Found, first: number, auxStart: number): Span | null {
  const subject = clauseSubject(c, first, auxStart - 1);
  if (!subject) return null;
  const previousEnd = Math.max(previous.content.end, previous.source?.end ?? 0, previous.cue?.end ?? 0);
  const start = firstTokenAt(c, subject.start, first);
  const opens = opensSubjectPhrase(c, start) || CONTRACTED_SUBJECT.test(lower(c, start));
  return subject.start >= previousEnd && opens && verbAfterSubject(c, subject, first, auxStart) ? subject : null;
}

/**
 * True when a finite verb follows `subject` before token `auxStart`, over adverbs ("Quill | quickly seized", "it |
 * declined", "she's | tacked"): the subject heads a clause, no apposition or verbless aside.
 */
function verbAfterSubject(c: Context, subject: Span, first: number, auxStart: number): boolean {
  let k = firstTokenAt(c, subject.end, first);
  if (CONTRACTED_SUBJECT.test(lower(c, k - 1))) return true;
  while (k < auxStart && (isListedAdverb(lower(c, k)) || /ly$/u.test(lower(c, k)))) k++;
  return k < auxStart && isWordAt(c, k) && (isFiniteAuxiliary(lower(c, k)) || isVerbPast(lower(c, k)));
}

/**
 * True when `source` opens right after a comma, over adverbs, with a participle or is an adjective alone, and holds
 * no finite verb ("..., hurrying to the paper | to say", "..., ready | to tell"): a predicate set off from its clause,
 * not a noun phrase ("..., local groups") nor the clause's own predicate after an apposition ("..., even went on the
 * radio"). One naming the infinitive's own subject ("..., leaving many | to wonder", "putting pressure on the board")
 * is left as it is.
 */
function setOffPredicate(c: Context, source: Span, first: number): boolean {
  const start = firstTokenAt(c, source.start, first);
  const end = firstTokenAt(c, source.end, start) - 1;
  if (start <= first || !isPunct(c, start - 1, COMMA) || !isVerbless(c, start, end)) return false;
  let head = start;
  while (head < end && isListedAdverb(lower(c, head))) head++;
  if (wordsOf(c, head, end).some((word) => OBJECT_CONTROL.has(word))) return false;
  return isParticipleAt(c, head) || (head === end && c.tags[head] === UPOS_INDEX.ADJ && !isCapitalised(c, head));
}

/**
 * The subject of a predicate set off at `source`: a clause's own subject before the comma when it follows the previous
 * attribution, else the previous attribution's speaker, else the subject of the clause before the comma.
 */
function setOffPredicateSubject(c: Context, source: Span, first: number, previous: Found | null): Span | null {
  const start = firstTokenAt(c, source.start, first);
  const later = previous ? laterClauseSubject(c, previous, first, start) : null;
  return later ?? previous?.source ?? clauseSubject(c, first, start - 1);
}

/**
 * The relative word of a relative clause set off by a comma and not yet closed whose later verb is the cue at token
 * `auxStart` ("Ann Lee, who resigned and | testified against him, told ..."), or -1. The cue's content ends with the
 * clause, and a cue joined by "and" there has the relative's antecedent as its subject.
 */
function openRelativeBefore(c: Context, auxStart: number, first: number): number {
  for (let k = auxStart - 1; k > first && c.regionOf[k] < 0 && !clauseComma(c, k) && !isPunct(c, k, BOUNDARY_PUNCT); k--) {
    if (RELATIVES.has(lower(c, k)) && clauseComma(c, k - 1)) return k < auxStart - 1 ? k : -1;
  }
  return -1;
}

/**
 * True when `source` is a participle set off by a comma that grants its subject anonymity, right before the cue at
 * token `auxStart`: "Ann Lee, | speaking on condition of anonymity | to discuss", "an aide, | speaking anonymously".
 */
function grantsAnonymityBefore(c: Context, source: Span, auxStart: number, first: number): boolean {
  const start = firstTokenAt(c, source.start, first);
  if (start - 1 < first || !isPunct(c, start - 1, COMMA) || !isParticipleAt(c, start) || !lower(c, start).endsWith('ing')) return false;
  for (let k = start + 1; k <= auxStart; k++) if (grantsAnonymity(c, k, auxStart)) return true;
  return false;
}

/** True when the subject at token `s` follows a comma and "whose": "Ann Lee, whose | final poll showed ...". */
function opensWhoseClause(c: Context, s: number, first: number): boolean {
  return s - 2 >= first && c.regionOf[s - 1] < 0 && lower(c, s - 1) === 'whose' && isPunct(c, s - 2, COMMA);
}

/**
 * The relative word of the relative clause, not yet closed by a comma, whose reason clause the subject at token `s`
 * opens ("A nurse, who left the ward because | she feared ..."), or -1.
 */
function relativeOfReason(c: Context, s: number, first: number): number {
  // "because" is the one subordinator of reason seen there ("who spoke on condition of anonymity because ...").
  if (s - 1 <= first || c.regionOf[s - 1] >= 0 || lower(c, s - 1) !== 'because') return -1;
  for (let k = s - 2; k >= first && c.regionOf[k] < 0 && !clauseComma(c, k) && !isPunct(c, k, BOUNDARY_PUNCT); k--) if (GAPPED_RELATIVES.has(lower(c, k))) return k;
  return -1;
}

/**
 * True when the subject at token `s` opens the reason a relative clause gives for its person's anonymity and the cue
 * ending at token `cueEnd` names only what the person feared, no clause ("A miner, who asked not to be named because |
 * he feared losing his job, said ..."): the writer's explanation of the condition, not the person's words or thoughts.
 * A belief with a finite verb stays a report ("because he suspected that the union reads every letter").
 */
function motiveForAnonymity(c: Context, s: number, cueEnd: number, first: number, last: number): boolean {
  const relative = relativeOfReason(c, s, first);
  if (relative < 0) return false;
  let end = cueEnd + 1;
  while (end <= last && !clauseComma(c, end) && !isPunct(c, end, BOUNDARY_PUNCT)) end++;
  if (holdsWordOutsideQuotes(c, cueEnd + 1, end - 1, isFiniteVerb)) return false;
  for (let k = relative + 1; k < s - 1; k++) if (grantsAnonymity(c, k, s - 2)) return true;
  return false;
}

/** The end of the asker named after "by" at token `by` ("by a reporter from the Echo"), past any affiliation. */
function askerEnd(c: Context, by: number, last: number): number {
  const end = withNamedAffiliation(c, phraseUntilClause(c, by + 1, last), last);
  // "by Ana Ruiz, an analyst at Kell Securities, whether ...": an apposition set off by commas goes with the asker.
  if (end + 1 > last || !isPunct(c, end, COMMA) || !ARTICLES.has(lower(c, end + 1))) return end;
  const close = asideCommaEnd(c, end, last, MAX_ADJUNCT_PHRASE, (k) => !CLAUSE_WORDS.has(lower(c, k)));
  return close >= 0 && QUESTIONS_PUT.has(lower(c, close + 1)) ? close : end;
}

/**
 * Where the question put opens after an asker ending before token `asker` (`askerEnd`): past listed adjuncts, or past
 * a short stretch of words up to a word opening a question ("by a parent at the meeting | whether ...").
 */
function questionAfterAsker(c: Context, asker: number, last: number): number {
  const from = isPunct(c, asker, COMMA) && asker < last && QUESTIONS_PUT.has(lower(c, asker + 1)) ? asker + 1 : skipAdjuncts(c, asker, last);
  for (let k = from; k <= last && k - from <= MAX_ADJUNCT_PHRASE && isWordAt(c, k) && c.regionOf[k] < 0; k++) {
    if (QUESTIONS_PUT.has(lower(c, k))) return k;
    // "by a neighbour | as he locked the gate | what he planned next": a clause of the time the question was put opens the
    // adjunct; a clause word further on is the question's own.
    const timeClause = k === from && TIME_OF_ASKING.has(lower(c, k));
    if ((CLAUSE_WORDS.has(lower(c, k)) && !timeClause) || AUXILIARIES.has(lower(c, k))) break;
  }
  return from;
}
// Subordinators of a clause telling when a question was put: "Asked as he locked the gate what ...".
const TIME_OF_ASKING: ReadonlySet<string> = new Set(['as', 'while', 'after', 'before']);

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

/** True when a preposition taking an object stands right before token `opening`, after `first` ("to chants of | "Go home,""). */
function afterPreposition(c: Context, opening: number, first: number): boolean {
  return opening > first && isWordAt(c, opening - 1) && OBJECT_PREPOSITIONS.has(lower(c, opening - 1));
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

/**
 * True when the source starting at token `sourceStart` opens an indirect question: in "pressed her on whether she
 * would rule out a rise" the asker puts the words to her, and she has said nothing yet.
 */
function asksWhether(c: Context, sourceStart: number, first: number): boolean {
  return sourceStart > first && lower(c, sourceStart - 1) === 'whether';
}

/**
 * True when all after a cue from token `next` on tells only how, where or when it was said: adjuncts, a manner adverb,
 * a phrase closing the sentence ('"Is anyone home?" Dale said cheerfully | into the intercom.'), a clause of the time
 * opening on its subject ('"We will win!" Reyes said | as he opened the count.') or a participle clause after a comma
 * ('"Why now?" Dale asked, | shaking his head.'). The cue sentence then says nothing else, so it is as short as
 * "Reyes said." for the quote before it.
 */
function saysNothingAfterCue(c: Context, next: number, last: number): boolean {
  let k = skipAdjuncts(c, next, last);
  if (k <= last && isMannerAdverb(c, k)) k = skipAdjuncts(c, k + 1, last);
  if (k > last || isPunct(c, k, SENTENCE_END) || closesWithParticiple(c, k, last)) return true;
  const phraseEnd = closingPhraseEnd(c, k, last, CUE_SENTENCE_PREPOSITIONS);
  if (phraseEnd > k) return phraseEnd > last || (phraseEnd === last && isPunct(c, last, SENTENCE_END)) || closesWithTimeClause(c, phraseEnd, last);
  return closesWithTimeClause(c, k, last);
}

/**
 * True when token `k`, or a comma there, opens a clause of the time a cue was said: on its subject ("as he opened the
 * count", ", when the budget was set") or on a past participle with none ("when asked", "when pressed on the levy").
 */
function closesWithTimeClause(c: Context, k: number, last: number): boolean {
  const at = isPunct(c, k, COMMA) ? k + 1 : k;
  if (at + 1 > last || c.regionOf[at] >= 0 || c.regionOf[at + 1] >= 0 || !TIME_SUBORDINATORS.has(lower(c, at))) return false;
  const subject = lower(c, at + 1);
  return SUBJECT_PRONOUNS.has(subject) || DETERMINERS.has(subject) || isCapitalised(c, at + 1) || isVerbPast(subject);
}

// Prepositions opening a phrase that tells to whom, where or about what a cue sentence's words went: "said to a crowd
// of 500", "wrote in a May 3, 2019 letter to the board", "said about the council's new plan".
const CUE_PHRASE_OPENERS = new Set(['to', 'in', 'at', 'on', 'during', 'about', 'of', 'before', 'with']);
// Prepositions a further noun phrase of such a phrase follows: "to a crowd of about 500", "a letter to the board".
const PHRASE_LINKS = new Set([...CUE_PHRASE_OPENERS, 'for', 'from', 'by', 'over']);

/**
 * True when all after the cue from token `next` on is one phrase with no clause in it, closing the sentence: a
 * preposition's phrase, or after "ask" the one asked ('"Is it true?" Ross asked the former mayor.'). Such a cue
 * sentence has no words of its own for the quote before it.
 */
function onlyPhraseAfterCue(c: Context, verb: CueVerb, next: number, last: number): boolean {
  if (next >= last || !isPunct(c, last, SENTENCE_END)) return false;
  const opener = lower(c, next);
  if (!CUE_PHRASE_OPENERS.has(opener) && !(verb.lemma === 'ask' && DETERMINERS.has(opener))) return false;
  for (let k = next; k < last; k++) {
    const word = lower(c, k);
    if (c.regionOf[k] >= 0 || CLAUSE_WORDS.has(word) || SUBJECT_PRONOUNS.has(word) || isPunct(c, k, SENTENCE_END)) return false;
    // "said in May the plan works": a noun phrase opening after the phrase, not after a preposition, is a clause's subject.
    if (k > next && DETERMINERS.has(word) && !PHRASE_LINKS.has(lower(c, k - 1))) return false;
  }
  return isVerbless(c, next, last);
}

/**
 * True when token `k` is a comma opening a participle clause after a cue ('"Who is next?" Reyes asked, | grinning at the
 * crowd.'): the clause tells how the speaker went on, so the cue has no words of its own after it.
 */
function closesWithParticiple(c: Context, k: number, last: number): boolean {
  return k + 1 <= last && isPunct(c, k, COMMA) && c.regionOf[k + 1] < 0 && isParticipleAt(c, k + 1);
}

// Subordinators of a clause telling when a cue was said: "said as he left" ("said while touring the site" is no clause).
const TIME_SUBORDINATORS = new Set(['as', 'while', 'when', 'before', 'after']);
// Prepositions of a phrase closing a cue sentence: "said into the phone", "asked with a smile", "told reporters outside the court".
const CUE_SENTENCE_PREPOSITIONS = new Set([...CLOSING_PREPOSITIONS, 'into', 'to', 'with', 'outside']);

/**
 * True when a short cue sentence opening at token `first` may take the quote that ends just before it ('"Why?" Borger
 * asked him.'). Not across a paragraph break: a paragraph opens a sentence of the writer's ('"..." // The statement
 * does not mention the fire.'); nor when a cue that addresses or asks no one has an object of its own after it ("The
 * statement mentions the fire.": the fire is what it mentions, not the quote).
 */
function shortCueTakesQuoteBefore(c: Context, verb: CueVerb, first: number, next: number, last: number): boolean {
  if (breaksParagraphAfter(c, first - 1)) return false;
  if (verb.cueClass === 'address' || verb.lemma === 'ask') return true;
  const k = skipAdjuncts(c, next, last);
  return !(k <= last && DETERMINERS.has(lower(c, k)));
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

// Words opening a clause within a question put: "whether ...", "if ...", "that ...".
const CLAUSE_OPENERS = new Set([...QUESTION_OPENERS, 'that']);

/**
 * True when the clause last opened in `[from, comma)` has no verb yet: "Asked whether Reed," still awaits the
 * question's verb after the comma, "Asked about the fares," and "Asked whether Reed would run," do not.
 */
function awaitsVerb(c: Context, from: number, comma: number): boolean {
  let k = comma - 1;
  while (k >= from && !CLAUSE_OPENERS.has(lower(c, k))) k--;
  return k >= from && k + 1 < comma && !holdsVerb(c, k + 1, comma - 1);
}

// Words opening an aside on the noun before its comma: a relative clause or an apposition headed by an article.
const ASIDE_OPENERS = new Set(['who', 'which', 'whose', 'the', 'a', 'an']);

/**
 * The token where a question put at the start of a sentence goes on after asides opening at the comma `comma`, or
 * -1: "Asked whether Reed, the likely candidate, who has backed the plan, could win the seat, Pike shrugged" - one or
 * more relative clauses or appositions each closed by a comma, then the question's own verb group (a finite auxiliary
 * or past verb with no subject of its own).
 */
function questionResumesAfterAside(c: Context, comma: number, last: number): number {
  if (comma + 1 > last || c.regionOf[comma + 1] >= 0 || !ASIDE_OPENERS.has(lower(c, comma + 1))) return -1;
  let k = comma + 2;
  while (k <= last && c.regionOf[k] < 0 && !isPunct(c, k, BOUNDARY_PUNCT)) k++;
  if (k >= last || !isPunct(c, k, COMMA) || c.regionOf[k + 1] >= 0) return -1;
  return isFiniteAuxiliary(lower(c, k + 1)) || isVerbPast(lower(c, k + 1)) ? k + 1 : questionResumesAfterAside(c, k, last);
}
