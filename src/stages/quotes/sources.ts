// Finding the source phrase of a cue: before it, in apposition, after it in inverted order, or the clause's subject.
import type { Span } from '../../doc/span.js';
import { TokenKind } from '../tokens/types.js';
import { ADJUNCT_WORDS, ANONYMITY_PARTICIPLES, AUXILIARIES, CUE_VERBS, DOCUMENTS, EVIDENCE, NOUN_LIKE, PUBLISHING, WORKS } from './cues.js';
import { RELATIVES, CLAUSE_WORDS, MAX_SOURCE, COMMA, CLOSE_BRACKET, SENTENCE_END, type Context, isMonthWord, lower, isPunct, isPossessive, tokenSpan, isCapitalised, opensRegion, isParticipleAt, isPluralPossessive, hasWord, bracketOpen, isVerbForm, isSpacedHyphen, isDash, NOT_CONTENT_START, isWordAt, isNumberAt, isPastForm, isVerbPast, isNounWord, regionWords, isQuoteEnd, firstTokenAt, countWords, isAcronym } from './context.js';
import { DAYS, DAY_PARTS, TIME_NOUNS, TIME_PHRASE_OPENERS, TIME_PREPOSITIONS, skipAdjuncts, DETERMINERS, SUBJECT_PRONOUNS, BE, HAVE, MODALS, FINITE_AUXILIARIES, ARTICLES_AND_POSSESSIVES, ARTICLES, PARTICLES, INDEFINITE_ARTICLES, PLURAL_NOUN, isListedAdverb, isFiniteAuxiliary, asksAnonymity, OBJECT_PRONOUNS, QUANTIFIERS } from './complements.js';
import { OBJECT_WORDS, QUESTION_WORDS, isPersonRole } from './addressees.js';

// Punctuation a source phrase does not cross.
export const BOUNDARY_PUNCT = new Set([',', ';', ':', '(', ')', '—', '–', '[', ']', '?', '!', '.']);
// Words opening a time or place phrase between a speaker and the cue: ", on Tuesday said", ", in Iowa said".
export const TIME_OR_PLACE = new Set(['on', 'in', 'at', 'during', 'last', 'this', 'earlier', 'later', 'today', 'yesterday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'over', 'from']);
// Conjunctions that may open a clause before its subject: "But Mr Ryan, the Speaker, said".
export const CONJUNCTIONS = new Set(['but', 'and', 'so', 'yet']);
// Subject pronouns that open a new clause after "and" or "but": "..., and she accused him of ...".
export const NEW_SUBJECTS = new Set(['he', 'she', 'they', 'we', 'i']);
// A personal pronoun glued to its auxiliary, one token: "but he's not predicting ...", "and they're urging ...".
export const CONTRACTED_SUBJECT = /^(?:he|she|they|we|i)['’](?:s|re|m|ve|d|ll)$/u;
// A relative pronoun glued to its auxiliary, one token: "who's", "who'd".
export const CONTRACTED_RELATIVE = /^who['’](?:s|re|ve|d|ll)$/u;
export const COMMA_DASH = new Set([',', '—', '–']);
export const BRACKETS = new Set(['(', ')']);

/**
 * Where the object of the last verb in tokens `[from, to]` opens, a preposition after the verb skipped, or `from` when
 * no past verb stands there: in "The minister met Ana Lee, who said ..." the relative clause is about the one met,
 * not the clause ("met", "spoke with", "called on" are no cues, so the phrase before the comma ran back over them).
 */
function objectOfVerbIn(c: Context, from: number, to: number): number {
  // "was criticised | by lawmakers, who ...": the phrase stopped at the passive verb, before its agent.
  if (AGENT_OPENERS.has(lower(c, from)) && from < to && opensPersonPhrase(c, from + 1)) return from + 1;
  for (let k = to - 1; k >= from; k--) {
    // "a retired nurse", "intricately wired": a past form after a determiner or an adverb describes a noun.
    if (!isWordAt(c, k) || isCapitalised(c, k) || !isVerbPast(lower(c, k)) || (k > from && (DETERMINERS.has(lower(c, k - 1)) || /ly$/u.test(lower(c, k - 1))))) continue;
    // "was criticised by lawmakers, who ...", "drew criticism from lawmakers, who ...": the agent or giver after the
    // verb is the one the clause is about.
    for (let j = to - 1; j > k; j--) if (c.regionOf[j] < 0 && AGENT_OPENERS.has(lower(c, j))) return opensPersonPhrase(c, j + 1) ? j + 1 : from;
    const object = k + 1 <= to && OBJECT_OPENERS.has(lower(c, k + 1)) ? k + 2 : k + 1;
    return object <= to && opensPersonPhrase(c, object) ? object : from;
  }
  return from;
}

/**
 * True when token `k` may open the phrase a relative "who" stands for: a name, a determiner, or a bare plural or the
 * noun before one ("lawmakers", "opposition lawmakers").
 */
function opensPersonPhrase(c: Context, k: number): boolean {
  if (!isWordAt(c, k) || c.regionOf[k] >= 0) return false;
  const plural = (t: number): boolean => isWordAt(c, t) && PLURAL_NOUN.test(lower(c, t)) && isNounWord(lower(c, t));
  return isCapitalised(c, k) || DETERMINERS.has(lower(c, k)) || plural(k) || (isNounWord(lower(c, k)) && plural(k + 1));
}

// Prepositions between a verb and the one it acts on: "spoke with", "called on", "met with".
const OBJECT_OPENERS = new Set(['with', 'on', 'to', 'for']);
// Prepositions opening an agent or giver after a verb: "criticised by", "drew criticism from".
const AGENT_OPENERS = new Set(['by', 'from']);

/**
 * True when the publishing verb's past form at token `k` follows a document it describes: "a statement posted on its
 * website", "videos posted online". A document is what gets published, never who publishes, so the form is a passive
 * participle inside the document's noun phrase, no cue of its own.
 */
export function publishedDocument(c: Context, k: number): boolean {
  const form = lower(c, k);
  return PUBLISHING.has(form) && CUE_VERBS.get(form)?.lemma !== form && (describesDocument(c, k) || documentParticipleBefore(c, k) >= 0);
}

// Most tokens between a document's first participle and the "and" joining a second one to it.
const MAX_DOCUMENT_PARTICIPLE = 10;

/**
 * The token of the participle describing a document ("Footage | filmed from a roof and shared widely") when the past
 * form at token `k` follows it after "and" with no comma or other boundary between: a second participle of the same
 * phrase, no verb of its own. Else -1.
 */
function documentParticipleBefore(c: Context, k: number): number {
  if (k < 3 || lower(c, k - 1) !== 'and' || !isVerbPast(lower(c, k))) return -1;
  for (let j = k - 2; j > 0 && k - j <= MAX_DOCUMENT_PARTICIPLE && c.regionOf[j] < 0 && !isPunct(c, j, BOUNDARY_PUNCT); j--) {
    if (describesDocument(c, j)) return j;
  }
  return -1;
}

/** True when the past form at token `k` follows a document it describes: "a statement issued", "a report compiled". */
function describesDocument(c: Context, k: number): boolean {
  return isVerbPast(lower(c, k)) && k > 0 && isWordAt(c, k - 1) && DOCUMENTS.has(lower(c, k - 1));
}

/**
 * True when the time word at token `k` follows a participle describing a document ("A joint statement issued | after
 * the talks | said"): it opens a phrase of the participle, inside the source, no clause.
 */
function timesDocument(c: Context, k: number): boolean {
  return TIME_PREPOSITIONS.has(lower(c, k)) && describesDocument(c, k - 1);
}

/**
 * True when the "nor" at token `k` joins the second half of a "neither ... nor" subject ("Neither the company nor its
 * lawyers responded"): a "neither" stands before it in the same phrase, so the source runs back over both halves.
 */
function pairedNor(c: Context, k: number, first: number): boolean {
  if (lower(c, k) !== 'nor') return false;
  for (let j = k - 1; j >= first && k - j < MAX_SOURCE; j--) {
    if (!isWordAt(c, j) || c.regionOf[j] >= 0 || CLAUSE_WORDS.has(lower(c, j))) return false;
    if (lower(c, j) === 'neither') return true;
  }
  return false;
}

/**
 * True when the verb form at token `k` stands between an article and a word of the source ending before `end`: "The
 * appeals court", "the nominating process", "A person close to the talks on". After an article it modifies or
 * heads a noun phrase; no verb opens there.
 */
function modifierAfterArticle(c: Context, k: number, end: number): boolean {
  return k > 0 && k + 1 < end && isWordAt(c, k - 1) && ARTICLES.has(lower(c, k - 1)) && isWordAt(c, k + 1);
}

// Auxiliaries that open a question before its subject and are never a name ("Will", "May" may be).
const INVERTING_AUXILIARIES = new Set([...BE, ...HAVE, 'do', 'does', 'did', 'would', 'could', 'should']);

/**
 * True when token `k` is a clause word's letters written as an acronym before a cue not written in capitals ("WHO
 * warns of ..."): the name of a body, not "who".
 */
function acronymName(c: Context, k: number, end: number): boolean {
  return isAcronym(c, k) && !isAcronym(c, end);
}

/**
 * `phrase` when it opens with a noun phrase, not with a clause word, preposition or auxiliary: "As part of his plea,
 * Tom Hale" and "Does Ann Lee, like Tom Hale" are no apposition's head.
 */
function apposedHead(c: Context, phrase: Span | null, first: number): Span | null {
  if (!phrase) return null;
  const head = lower(c, firstTokenAt(c, phrase.start, first));
  return CLAUSE_WORDS.has(head) || NOT_CONTENT_START.has(head) || AUXILIARIES.has(head) ? null : phrase;
}

// Longest subject taken when it runs from the sentence's start to its cue, in tokens.
const MAX_OPENING_SOURCE = 28;

/**
 * The source phrase ending just before token `end` (exclusive), walking left to a clause boundary:
 * "Mr Cleverly", "the influential US daily", "a spokesperson for the Home Office". Empty when none. The walk goes at
 * most `reach` tokens: past `MAX_SOURCE` only for a subject opening the sentence (`antecedentBefore` keeps to it).
 */
export function sourceBefore(c: Context, end: number, first: number, reach = MAX_OPENING_SOURCE): Span | null {
  // "and they're urging ...": a pronoun glued to its auxiliary is the whole subject.
  if (end - 1 >= first && c.regionOf[end - 1] < 0 && CONTRACTED_SUBJECT.test(lower(c, end - 1))) return tokenSpan(c, end - 1, end - 1);
  // "Ann Kerr, who's weighing a run, said": a relative pronoun glued to its auxiliary stands for the phrase before it.
  if (end - 2 > first && c.regionOf[end - 1] < 0 && CONTRACTED_RELATIVE.test(lower(c, end - 1)) && isPunct(c, end - 2, COMMA)) {
    const antecedent = withNameBeforeAge(c, antecedentBefore(c, end - 2, first), first);
    return antecedent ? { start: antecedent.start, end: c.tokens.ends[end - 1] } : null;
  }
  // "A diplomat who asked not to be named said": the request ends in a participle the walk stops at.
  const asking = relativeAskingAnonymity(c, end, first);
  if (asking) return asking;
  let k = end - 1;
  while (k >= first && end - k <= reach && c.regionOf[k] < 0 && (!CLAUSE_WORDS.has(lower(c, k)) || acronymName(c, k, end) || prepositionalAs(c, k, end) || timesDocument(c, k) || pairedNor(c, k, first)) && (!isVerbForm(lower(c, k)) || briefedOn(c, k) || describesDocument(c, k) || modifierAfterArticle(c, k, end) || nounBeforeCue(c, k, end, first) || inCapitalisedName(c, k, end, first) || documentParticipleBefore(c, k) >= 0)) {
    // "Footage filmed from a roof and shared widely shows": the phrase of the first participle belongs to the source.
    const joined = documentParticipleBefore(c, k);
    if (joined >= first) {
      k = joined - 1;
      continue;
    }
    // "Cllr. Tilda Marsh (Ind., Kelso) said": a bracketed aside belongs to the phrase.
    if (isPunct(c, k, CLOSE_BRACKET) && k > first) {
      const open = bracketOpen(c, k, first);
      if (open < 0) break;
      k = open - 1;
      continue;
    }
    // A comma inside a name ("The Ministry of Housing, Communities and Local Government") ends no source.
    if ((isPunct(c, k, BOUNDARY_PUNCT) && !c.inName[k]) || isSpacedHyphen(c, k) || isDashBeforeWord(c, k)) break;
    k--;
  }
  if (k === end - 1 || lower(c, end - 1) === 'and' || lower(c, end - 1) === 'but') {
    if (k !== end - 1) return null;
    // "Boris Johnson, who has said ...": a relative clause's speaker is the phrase before the comma.
    // The source as written keeps the pronoun, which is what stands before the cue ("Boris Johnson, who").
    // So is one set off by a dash: "Ann Lee — who has said ...".
    if (k > first && (lower(c, k) === 'who' || lower(c, k) === 'which') && (isPunct(c, k - 1, COMMA_DASH) || isSpacedHyphen(c, k - 1))) {
      const antecedent = withNameBeforeAge(c, antecedentBefore(c, k - 1, first), first);
      return antecedent ? { start: c.tokens.starts[objectOfVerbIn(c, firstTokenAt(c, antecedent.start, first), k - 2)], end: c.tokens.ends[k] } : null;
    }
    // "..., both of whom opposed the plan": the share of the antecedent named before "of whom" is the source.
    const share = shareOfWhom(c, k, first);
    if (share >= 0) return { start: c.tokens.starts[share], end: c.tokens.ends[k] };
    // "57 percent who say ...": the relative pronoun with the phrase it stands for; after a passive, its agent ("was
    // blocked by a judge who found ...").
    if (lower(c, k) === 'who' && k > first) {
      const antecedent = passiveAgentIn(c, antecedentBefore(c, k, first), first);
      return { start: antecedent ? antecedent.start : c.tokens.starts[k], end: c.tokens.ends[k] };
    }
    // "a message that said ...", "T-shirts that read ...": "that" after a noun is a relative pronoun too. (The noun
    // phrase alone as the source, "a banner that", lost 10 speakers on train: the issuer before it is often PolNeAR's.)
    if (lower(c, k) === 'that' && k > first && isWordAt(c, k - 1) && !isCapitalised(c, k - 1) && isNounWord(lower(c, k - 1)) && !DETERMINERS.has(lower(c, k - 1))) {
      const antecedent = antecedentBefore(c, k, first);
      if (antecedent) return { start: antecedent.start, end: c.tokens.ends[k] };
    }
    // "A man who gave his name only as Tom, 34, said": an age set off by commas follows the phrase it describes.
    // '"...," one farmer, Tom Hale, 61, told us': the phrase the name stands in apposition to goes with it.
    const aged = k - 2 > first && isPunct(c, k, COMMA) && isNumberAt(c, k - 1) && isPunct(c, k - 2, COMMA) ? apposedHead(c, appositiveBefore(c, k - 2, first), first) ?? sourceBefore(c, k - 2, first) : null;
    if (aged) return { start: aged.start, end: c.tokens.ends[k - 1] };
    // "The judge - who has clashed with the mayor - said": a hyphen between spaces is a dash, and so is a pair ("--").
    if (k > first && (isPunct(c, k, COMMA_DASH) || isSpacedHyphen(c, k))) return appositiveBefore(c, k - 1 > first && isSpacedHyphen(c, k - 1) ? k - 1 : k, first) ?? taggedNameBefore(c, k, first);
    // 'Ann Lee, host of the show "Night Owls," said', 'Mr. Lee, citing "the magic of the port," said': the apposition
    // ends in a short quote with the comma inside its mark.
    const quoteComma = commaClosingQuote(c, end, first);
    const apposed = quoteComma >= 0 ? appositiveBefore(c, quoteComma, first) : null;
    return apposed && apposed.end >= c.tokens.ends[quoteComma - 1] ? { start: apposed.start, end: c.regions[c.regionOf[end - 1]].end } : apposed;
  }
  // "Leeds won a final many | called the best in years": a quantifier standing alone right after a noun is the subject
  // of a relative clause on that noun, the source alone; the clause before it is no part of it.
  if (end - 2 > k && isContactQuantifier(c, end - 1)) return tokenSpan(c, end - 1, end - 1);
  // "Clear majorities of club members in four northern counties balloting over the long weekend said": a subject longer
  // than a source phrase is taken only when it runs from the sentence's start to its cue and reads as one noun phrase
  // ("The talks are being held ahead of ... many | are calling" holds a clause); a relative word's antecedent never is.
  // When a past verb with its object stands in it, that object may be the source ("... became | the first members of
  // the upper house | to endorse").
  if (end - k > MAX_SOURCE) {
    if (k >= first || reach <= MAX_SOURCE) return null;
    if (!isOpeningNounPhrase(c, first, end - 1)) return objectOfOpeningClause(c, first, end - 1);
  }
  // "Why did you decide ...", "Do they see ...": a question's auxiliary before its subject, opening the sentence or
  // after its question word, is no part of the subject ("What has happened ..." has a verb after it, no subject).
  if (k + 2 < end && (k + 1 === first || QUESTION_WORDS.has(lower(c, k))) && INVERTING_AUXILIARIES.has(lower(c, k + 1)) && !isVerbPast(lower(c, k + 2)) && !FINITE_AUXILIARIES.has(lower(c, k + 2))) k++;
  // "..., this time she spoke of ...", "In Leeds on Friday he said": a time or place phrase before a subject pronoun
  // is when or where it was said; the pronoun is the source (the phrase before the comma is another clause).
  if (pronounAfterAdjunct(c, k + 1, end - 1)) return { start: c.tokens.starts[end - 1], end: c.tokens.ends[end - 1] };
  // "Ada J. Finch, the Mayor, on Friday called ...": a time or place phrase after a comma is not the speaker.
  if (k > first && isPunct(c, k, COMMA) && TIME_OR_PLACE.has(lower(c, k + 1))) return appositiveBefore(c, k, first) ?? sourceBefore(c, k, first);
  // "An aide who spoke on condition of anonymity because the talks were private said": a reason clause inside the
  // subject's relative clause is no subject of its own.
  const relative = relativeHoldingReason(c, k, first);
  if (relative) return { start: relative.start, end: c.tokens.ends[end - 1] };
  // "Parents in Dorset who attended the meeting said": the relative clause belongs to the phrase before "who"; so does
  // one on "where" with a finite auxiliary of its own ("the hospital where the men were taken said"), whereas "the
  // town where her son said" has a subject of its own before the cue.
  if (k > first && (lower(c, k) === 'who' || (lower(c, k) === 'where' && holdsFiniteAuxiliary(c, k + 1, end - 1))) && !isPunct(c, k - 1, COMMA)) {
    const antecedent = antecedentBefore(c, k, first);
    if (antecedent) return { start: antecedent.start, end: c.tokens.ends[end - 1] };
  }
  // "A former guard testifying by video link told": a participle right after a noun opens a phrase describing it, as
  // a relative clause would; the noun phrase before it is the subject.
  if (k > first && isParticipleAt(c, k) && isWordAt(c, k - 1) && isNounWord(lower(c, k - 1)) && !DETERMINERS.has(lower(c, k - 1))) {
    const antecedent = sourceBefore(c, k, first);
    if (antecedent) return { start: antecedent.start, end: c.tokens.ends[end - 1] };
  }
  // "''... 'old-school,''' said X": a stray mark left after a quote is no speaker.
  if (!hasWord(c, k + 1, end - 1)) return null;
  // "..., and diplomats said": the conjunction joins the clauses; it is no part of the source as written. Nor is a
  // clause before it: "the mill was hacked and she | said" has the pronoun alone as its source.
  const joinedPronoun = end - 2 > k + 1 && CONJUNCTIONS.has(lower(c, end - 2)) && NEW_SUBJECTS.has(lower(c, end - 1)) && holdsVerb(c, k + 1, end - 3);
  // "21 per cent said they would rest and 12 per cent | said", "the permit was withdrawn and Ms Lee | testified": a count
  // or a subject after a clause and its joining word is the source alone.
  const joinedSubject = joinedPronoun ? -1 : subjectAfterClause(c, k + 1, end - 1);
  // "..., a claim she | called ...": after a noun summing up the clause before, the relative clause's subject is the source.
  const relativeSubject = joinedPronoun || joinedSubject >= 0 ? -1 : summingRelativeSubject(c, k, end);
  const start = joinedPronoun ? end - 1 : joinedSubject >= 0 ? joinedSubject : relativeSubject >= 0 ? relativeSubject : skipAbsoluteOpener(c, skipConjunction(c, k + 1, end - 1), end);
  // "... but on Tuesday wrote", "Lee, who through her lawyer declined": an adjunct after a joining word or a relative
  // pronoun is no speaker; the clause's subject or the relative's antecedent is.
  // So is a time phrase there with no preposition, or one closing the words after the joining word: "Lee, who last
  // year threatened", "Lee opposed the plan and on Friday said".
  const adjunct = start > first && ADJUNCT_PREPOSITIONS.has(lower(c, start)) ? start : timePhraseStart(c, start, end - 1);
  const beforeAdjunct = adjunct > first ? subjectBeforeAdjunct(c, adjunct, first) : null;
  return beforeAdjunct ?? { start: c.tokens.starts[start], end: c.tokens.ends[timeEnd(c, start, end - 1)] };
}

/**
 * The head of a subject too long for `sourceBefore` (more than `MAX_SOURCE` words before the cue at token `end`), when
 * the clause at token `first` opens with an article and a noun that a relative clause on "who" or "which", or a
 * participle, goes on to describe: "A nurse | who volunteered at ..., and who asked not to be named because ..., said", "A survey |
 * released on Tuesday by ..., which polled ..., found". Naming the head beats naming no one; null otherwise.
 */
export function longSubjectHead(c: Context, end: number, first: number): Span | null {
  if (end - first <= MAX_SOURCE || !isWordAt(c, first) || !ARTICLES.has(lower(c, first))) return null;
  let k = first + 1;
  while (k < end && k - first <= MAX_HEAD_WORDS && isWordAt(c, k) && c.regionOf[k] < 0 && isNounWord(lower(c, k))) k++;
  if (k === first + 1 || k >= end || c.regionOf[k] >= 0) return null;
  const next = lower(c, k);
  // A past form describes the head only as a participle with an adjunct after it ("released on Tuesday", "compiled
  // by"), not as the clause's verb with an object ("credited the rise to ...").
  const participle = isParticipleAt(c, k) || (isPastForm(next) && k + 1 < end && (NOT_CONTENT_START.has(lower(c, k + 1)) || TIME_OR_PLACE.has(lower(c, k + 1))));
  return RELATIVES.has(next) || participle ? { start: c.tokens.starts[first], end: c.tokens.ends[k - 1] } : null;
}

// Words of a long subject's head after its article ("a senior hospital doctor").
const MAX_HEAD_WORDS = 4;

/**
 * The source phrase before a relative "who" (no comma before it) whose clause runs on into "because" at token `k`:
 * "a Norvik official | who spoke on condition of anonymity | because"; null when `k` is no "because" or no such
 * relative clause holds it.
 */
function relativeHoldingReason(c: Context, k: number, first: number): Span | null {
  if (k <= first || lower(c, k) !== 'because') return null;
  for (let w = k - 1; w > first && k - w <= MAX_SOURCE; w--) {
    if (c.regionOf[w] >= 0 || isPunct(c, w, BOUNDARY_PUNCT)) return null;
    if (lower(c, w) === 'who') return isPunct(c, w - 1, COMMA) ? null : sourceBefore(c, w, first);
  }
  return null;
}

/**
 * The phrase before "who" with its relative clause when that clause, with no comma before it, closes on a request for
 * anonymity right before token `end` ("A diplomat who asked not to be named | said", "an aide who declined to be
 * identified | said"), or null.
 */
function relativeAskingAnonymity(c: Context, end: number, first: number): Span | null {
  const to = end - 3;
  if (to <= first || !ANONYMITY_PARTICIPLES.has(lower(c, end - 1)) || !asksAnonymity(c, lower(c, to - 1) === 'not' ? to - 1 : to, end - 1)) return null;
  // The verb of the request and an adverb before it at most: "who | (politely) asked | not to be named".
  for (let w = to - 2; w > first && to - w <= 4; w--) {
    if (c.regionOf[w] >= 0 || !isWordAt(c, w)) return null;
    if (lower(c, w) !== 'who') continue;
    const head = isPunct(c, w - 1, COMMA) ? null : sourceBefore(c, w, first);
    return head ? { start: head.start, end: c.tokens.ends[end - 1] } : null;
  }
  return null;
}

// Most words of a summing noun phrase before its relative word: "a defense | that", "a largely symbolic move | which".
export const MAX_SUMMING_NOUN = 3;

// Pronouns that sum up the clause before them as a noun would: "..., something the board denied".
export const SUMMING_PRONOUNS = new Set(['something']);

// Most words of a relative clause's subject: "the | city's | chief | planner | called".
export const MAX_RELATIVE_SUBJECT = 4;

/**
 * Where a relative clause with no relative word opens after "a" or "an" at token `article` and a short noun in lower
 * case, or -1: a subject (a pronoun, a determiner, a plural or a name all in capitals) and a finite cue verb after it
 * ("a claim | she called", "a remark | the mayor described", "a promise | residents have dismissed", "a point | Ms Odum
 * conceded"). "a group of leaders said" is none, nor is "a former Tory aide said", read as one phrase.
 */
export function contactRelativeAfter(c: Context, article: number, last: number): number {
  if (!isWordAt(c, article)) return -1;
  // "..., something she has asked of the board": a pronoun summing up a clause takes the relative clause right after it.
  if (SUMMING_PRONOUNS.has(lower(c, article))) return article + 1 < last && opensContactRelative(c, article + 1, last) ? article + 1 : -1;
  if (!INDEFINITE_ARTICLES.has(lower(c, article))) return -1;
  for (let r = article + 2; r <= article + 1 + MAX_SUMMING_NOUN && r < last; r++) {
    const noun = r - 1;
    const word = lower(c, noun);
    // The article makes a noun of a cue verb's form ("a claim", "a promise"); a participle or adverb is no noun here.
    if (!isWordAt(c, noun) || isCapitalised(c, noun) || NOT_CONTENT_START.has(word) || CLAUSE_WORDS.has(word) || AUXILIARIES.has(word) || /(?:ly|ing|ed)$/u.test(word)) return -1;
    if (opensContactRelative(c, r, last)) return r;
  }
  return -1;
}

/**
 * The "a" or "an" (from token `first` on) whose short noun a relative clause with no relative word opening at token
 * `subject` describes (`contactRelativeAfter`: "a claim | the airline described"), or -1.
 */
export function contactRelativeArticle(c: Context, subject: number, first: number, last: number): number {
  for (let article = subject - 2; article >= subject - 1 - MAX_SUMMING_NOUN && article >= first; article--) {
    if (contactRelativeAfter(c, article, last) === subject) return article;
  }
  return -1;
}

/** True when token `r` opens a clause whose subject is followed by a finite cue verb: "she called", "residents have dismissed". */
function opensContactRelative(c: Context, r: number, last: number): boolean {
  const first = lower(c, r);
  if (!isWordAt(c, r) || (!isCapitalised(c, r) && !(SUBJECT_PRONOUNS.has(first) || DETERMINERS.has(first) || PLURAL_NOUN.test(first)))) return false;
  // "a trip | both sides described": the subject's first word is no verb, though "both" or "all" is listed as one.
  let v = firstVerbish(c, r, last);
  if (v === r && AUXILIARIES.has(first) && !FINITE_AUXILIARIES.has(first) && !CLAUSE_WORDS.has(first)) v = firstVerbish(c, r + 1, last);
  if (v <= r || v - r > MAX_RELATIVE_SUBJECT) return false;
  // "a remark Ms Odum described as ...": a subject in capitals is a name, every word of it capitalised.
  if (isCapitalised(c, r)) for (let k = r + 1; k < v; k++) if (!isCapitalised(c, k)) return false;
  const finite = isWordAt(c, v) && FINITE_AUXILIARIES.has(lower(c, v));
  while (v < last && isWordAt(c, v) && AUXILIARIES.has(lower(c, v))) v++;
  const verb = lower(c, v);
  // "a figure aid groups | say is low": a plural subject takes the bare present.
  const pluralPresent = !finite && PLURAL_NOUN.test(lower(c, v - 1)) && CUE_VERBS.get(verb)?.lemma === verb;
  return isWordAt(c, v) && !isCapitalised(c, v) && CUE_VERBS.has(verb) && (finite || isVerbPast(verb) || /[^s]s$/u.test(verb) || pluralPresent);
}

/**
 * The subject of a relative clause with no relative word in a summing noun after comma `k` (or a quote closing on
 * one), whose verb is the cue at `end`, or -1.
 */
function summingRelativeSubject(c: Context, k: number, end: number): number {
  if (!isPunct(c, k, COMMA) && !quoteComma(c, k)) return -1;
  const r = contactRelativeAfter(c, k + 1, c.tokens.count - 1);
  return r >= 0 && firstVerbish(c, r, end) === end ? r : -1;
}

/**
 * True when the word at token `k`, before the cue at `end`, is capitalised next to another capitalised word: part of a
 * name ("Network Rail said", "Urge Capital said"), whatever verb it spells; not in a title-case headline.
 */
function inCapitalisedName(c: Context, k: number, end: number, first: number): boolean {
  if (c.titleCaseHeadline === first || !isCapitalised(c, k)) return false;
  return (k > first && isWordAt(c, k - 1) && isCapitalised(c, k - 1)) || (k + 1 < end && isWordAt(c, k + 1) && isCapitalised(c, k + 1));
}

// Quantifiers that stand alone as a subject ("many said", "most agree").
const PRONOUN_QUANTIFIERS = new Set(['many', 'some', 'most', 'few', 'several', 'others']);

/**
 * True when token `k` is a quantifier standing alone right after a plain noun: "a final | many | called ...". A word
 * with a contracted verb before it ("that's most telling") makes it an adverb of degree.
 */
function isContactQuantifier(c: Context, k: number): boolean {
  const before = lower(c, k - 1);
  return PRONOUN_QUANTIFIERS.has(lower(c, k)) && isWordAt(c, k - 1) && !isCapitalised(c, k - 1) && isNounWord(before) && !DETERMINERS.has(before) && !QUANTIFIERS.has(before) && !/['’]/u.test(before);
}

/**
 * The phrase a relative word at token `k` stands for, no longer than a source phrase: unlike a subject running from the
 * sentence's start to its cue, it may be an object with its clause's verb before it ("The talks ended on Friday with a
 * statement that | urged": the statement, never the whole clause).
 */
function antecedentBefore(c: Context, k: number, first: number): Span | null {
  return sourceBefore(c, k, first, MAX_SOURCE);
}

/**
 * True when tokens `[first, to]`, the whole sentence before a cue, can be read as one noun phrase, its subject: no
 * clause's verb inside (`holdsClause`), and no pronoun or quantifier right before the cue, which is the subject alone
 * ("a deal many | call").
 */
function isOpeningNounPhrase(c: Context, first: number, to: number): boolean {
  const last = lower(c, to);
  if (NEW_SUBJECTS.has(last) || QUANTIFIERS.has(last)) return false;
  return !holdsClause(c, first, to);
}

/**
 * True when token `k` is a hyphen after a space and glued to the word after it: a dash opening an aside ("Oban -Ms
 * Ortiz said ...-") or a list's bullet ("-Ann Lee explains ..."), not a suspended compound ("middle- and low-income").
 */
function isDashBeforeWord(c: Context, k: number): boolean {
  const at = c.tokens.starts[k];
  return c.text[at] === '-' && c.tokens.ends[k] === at + 1 && /\s/u.test(c.text[at - 1] ?? '') && /\p{L}/u.test(c.text[at + 1] ?? '');
}

/**
 * True when tokens `[from, to]` hold a clause's verb, so they are no noun phrase: a finite auxiliary ("were taken",
 * "has closed") or a past form before its object ("became the first", "issued an order", "used much of"); a
 * participle describing a noun takes none ("a survey issued over the winter").
 */
function holdsClause(c: Context, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (isPastBeforeObject(c, k)) return true;
  return holdsFiniteAuxiliary(c, from, to);
}

/** True when token `k` is a past form with an object after it ("became | the first", "issued | an order"). */
function isPastBeforeObject(c: Context, k: number): boolean {
  return isVerbPast(lower(c, k)) && !isCapitalised(c, k) && opensObjectPhrase(c, k + 1);
}

/**
 * The object of the last past verb in the sentence's opening clause `[first, to]` when it runs on to the cue after
 * `to`, as long as a source phrase and with no finite auxiliary: "Two senators ... on Tuesday became | the first
 * members of the upper house | to endorse" has the infinitive's subject there. Null otherwise.
 */
function objectOfOpeningClause(c: Context, first: number, to: number): Span | null {
  for (let k = to - 1; k >= first && to - k <= MAX_SOURCE; k--) {
    if (c.regionOf[k] >= 0 || isPunct(c, k, BOUNDARY_PUNCT)) return null;
    if (isPastBeforeObject(c, k)) return holdsFiniteAuxiliary(c, k + 1, to) ? null : tokenSpan(c, k + 1, to);
  }
  return null;
}

// Words that open a verb's direct object: an article, a possessive, an object pronoun, a quantifier.
const DIRECT_OBJECT_OPENERS = new Set([...ARTICLES_AND_POSSESSIVES, ...OBJECT_PRONOUNS, ...QUANTIFIERS, 'much', 'all', 'both']);

/** True when token `k` opens a verb's object: a word of `DIRECT_OBJECT_OPENERS` or a number. */
function opensObjectPhrase(c: Context, k: number): boolean {
  return DIRECT_OBJECT_OPENERS.has(lower(c, k)) || isNumberAt(c, k);
}

/** True when tokens `[from, to]` hold a finite auxiliary ("were taken", "has closed"), the verb of a clause. */
function holdsFiniteAuxiliary(c: Context, from: number, to: number): boolean {
  for (let k = from; k <= to; k++) if (isFiniteAuxiliary(lower(c, k))) return true;
  return false;
}

/**
 * True when "as" at token `k`, inside a source before the cue at `end`, is a preposition after a past participle, before
 * a bare singular noun and "of" ("Court filings unsealed as part of the case show", "the man named as head of the panel
 * said"): no clause opens there ("even as some of the candidates said" opens one).
 */
function prepositionalAs(c: Context, k: number, end: number): boolean {
  if (lower(c, k) !== 'as' || k < 1 || !isVerbPast(lower(c, k - 1)) || k + 2 >= end || !isWordAt(c, k + 1) || isCapitalised(c, k + 1) || lower(c, k + 2) !== 'of') return false;
  const noun = lower(c, k + 1);
  return !DETERMINERS.has(noun) && !COUNTED_SOURCES.has(noun) && !noun.endsWith('s') && isNounWord(noun);
}

// Most words naming a share before "of whom": "the vast majority", "82 percent", "a few".
const MAX_SHARE_WORDS = 3;

/**
 * Where the share opening a relative clause on "of whom" starts when token `k` is its "whom" (", both of whom", "--
 * most of whom", ", the vast majority of whom"): the words after the comma or dash, none a verb; else -1.
 */
function shareOfWhom(c: Context, k: number, first: number): number {
  if (lower(c, k) !== 'whom' || k - 2 < first || lower(c, k - 1) !== 'of') return -1;
  for (let j = k - 2; j >= first && k - 1 - j <= MAX_SHARE_WORDS; j--) {
    if (isPunct(c, j, COMMA_DASH) || isSpacedHyphen(c, j)) return j < k - 2 ? j + 1 : -1;
    if (!isWordAt(c, j) && !isNumberAt(c, j)) return -1;
    // ("both" and "all" are listed as auxiliaries for "they both said"; here they name the share.)
    if (isVerbForm(lower(c, j)) || FINITE_AUXILIARIES.has(lower(c, j))) return -1;
  }
  return -1;
}

/**
 * True when tokens `[from, end]` are a short time or place phrase and a subject pronoun closing it ("this time she",
 * "on Friday in Leeds he", "In 2010 she", "In her first speech she"): up to six words or numbers of the phrase, no
 * punctuation and no verb ("This was the Orlan we").
 */
function pronounAfterAdjunct(c: Context, from: number, end: number): boolean {
  if (end - from < 2 || end - from > MAX_ADJUNCT_BEFORE_PRONOUN || !TIME_OR_PLACE.has(lower(c, from)) || !NEW_SUBJECTS.has(lower(c, end))) return false;
  for (let k = from; k < end; k++) {
    const word = lower(c, k);
    if (c.regionOf[k] >= 0 || (c.tokens.kinds[k] !== TokenKind.WORD && !isNumberAt(c, k)) || NEW_SUBJECTS.has(word) || (AUXILIARIES.has(word) && !isListedAdverb(word)) || isVerbForm(word)) return false;
  }
  return true;
}
// Most words and numbers of a time or place phrase before a subject pronoun taken as the source.
const MAX_ADJUNCT_BEFORE_PRONOUN = 6;
// Words that open such an adjunct before its day: "on Tuesday", "last Friday", "earlier today".
const DAY_OPENERS = new Set(['on', 'last', 'this', 'earlier', 'late', 'early']);

// Words before a time phrase's opener that make it a longer one: "earlier this year", "late last week".
const TIME_PHRASE_LEADS = new Set(['earlier', 'later', 'early', 'late']);

/** True when token `k` names a time a phrase may close on: a time noun, a month or a day ("year", "June", "Friday"). */
function namesTime(c: Context, k: number): boolean {
  const word = lower(c, k);
  return isWordAt(c, k) && (TIME_NOUNS.has(word) || isMonthWord(word) || DAYS.has(word));
}

/**
 * The first token of a time phrase ending at token `end` inside tokens `[start, end]` ("last year", "on Friday night",
 * "earlier this month", "in June", "Tuesday"), or -1: when something was done, never who did it.
 */
function timePhraseStart(c: Context, start: number, end: number): number {
  let k = end > start && DAY_PARTS.has(lower(c, end)) && DAYS.has(lower(c, end - 1)) ? end - 1 : end;
  if (k < start || c.regionOf[k] >= 0 || !namesTime(c, k)) return -1;
  const opener = k - 1 >= start ? lower(c, k - 1) : '';
  if (TIME_PHRASE_OPENERS.has(opener) || DAY_OPENERS.has(opener) || opener === 'in') k--;
  else if (!DAYS.has(lower(c, k))) return -1;
  return k - 1 >= start && TIME_PHRASE_LEADS.has(lower(c, k - 1)) ? k - 1 : k;
}

/**
 * The last token of a source in tokens `[start, end]` without a time adjunct closing it ("The Supreme Court | on
 * Tuesday said"): the day is when it spoke, not who.
 */
function timeEnd(c: Context, start: number, end: number): number {
  if (end <= start || !DAYS.has(lower(c, end))) return end;
  const opener = end - 1 > start && DAY_OPENERS.has(lower(c, end - 1)) ? end - 2 : end - 1;
  return isWordAt(c, opener) && !NOT_CONTENT_START.has(lower(c, opener)) ? opener : end;
}

/**
 * The comma inside the closing mark of a short quote inside a phrase, ending just before token `end` ('"Night Owls,"'
 * after "host of", '"the magic of the port,"' after "citing"), else -1.
 */
function commaClosingQuote(c: Context, end: number, first: number): number {
  const region = c.regionOf[end - 1];
  if (end - 1 <= first || region < 0 || !isQuoteEnd(c, end - 1)) return -1;
  // A title, or the object of a participle in the apposition ("citing"); a quote ending reported words is no apposition.
  const opening = firstTokenAt(c, c.regions[region].start, first);
  if (!titleAt(c, region, first) && !(opening > first && isParticipleAt(c, opening - 1) && countWords(c.text, c.regions[region]) <= MAX_TITLE_WORDS)) return -1;
  let comma = end - 1;
  while (comma > first && c.regionOf[comma] === region && c.tokens.kinds[comma] === TokenKind.PUNCT && !isPunct(c, comma, COMMA)) comma--;
  return c.regionOf[comma] === region && isPunct(c, comma, COMMA) ? comma : -1;
}

// Prepositions opening an adjunct that may stand between a subject and its verb: "but on Tuesday wrote".
export const ADJUNCT_PREPOSITIONS = new Set(['in', 'on', 'during', 'through', 'via', 'after', 'before', 'since']);

/**
 * The speaker before an adjunct opening at token `adjunct` after a joining word or a relative pronoun: the clause's
 * subject in "... but on Tuesday wrote", the antecedent in "Lee, who through her lawyer declined"; else null.
 */
function subjectBeforeAdjunct(c: Context, adjunct: number, first: number): Span | null {
  const before = lower(c, adjunct - 1);
  if (CONJUNCTIONS.has(before)) return clauseSubject(c, first, adjunct - 1);
  return RELATIVES.has(before) ? sourceBefore(c, adjunct, first) : null;
}

/** A phrase that is only an age after a comma ("Gwen Harris, | 71 |, who said") with the name before it; else itself. */
function withNameBeforeAge(c: Context, phrase: Span | null, first: number): Span | null {
  if (phrase === null) return null;
  const at = firstTokenAt(c, phrase.start, first);
  if (!isNumberAt(c, at) || c.tokens.ends[at] !== phrase.end || at - 1 <= first || !isPunct(c, at - 1, COMMA)) return phrase;
  const name = sourceBefore(c, at - 1, first);
  if (!name) return phrase;
  // "Among the marchers was retired teacher Gwen Harris, 71, who": the name is what follows the inverted "was".
  let start = firstTokenAt(c, name.start, first);
  for (let k = start; k < at - 1; k++) if (BE.has(lower(c, k))) start = k + 1;
  return { start: c.tokens.starts[start], end: phrase.end };
}

// Prepositions opening an absolute clause, a subject with its participle: "with most members saying", "without a
// single senator opposing".
export const ABSOLUTE_OPENERS = new Set(['with', 'without']);

/** Past the preposition of an absolute clause at token `i` when the participle at `end` follows its subject, else `i`. */
function skipAbsoluteOpener(c: Context, i: number, end: number): number {
  return i + 1 < end && ABSOLUTE_OPENERS.has(lower(c, i)) && isParticipleAt(c, end) ? i + 1 : i;
}

/**
 * The first participle of an absolute clause opened by "with"/"without" at token `opener`, the words before it its
 * subject ("with 22 Republicans | joining"), within the clause's plain words up to token `limit`; -1 when none.
 */
export function absoluteParticiple(c: Context, opener: number, limit: number, isParticiple: (p: number) => boolean): number {
  if (!ABSOLUTE_OPENERS.has(lower(c, opener))) return -1;
  let p = opener + 1;
  while (p <= limit && p - opener <= MAX_SOURCE && c.regionOf[p] < 0 && c.tokens.kinds[p] !== TokenKind.PUNCT && !isParticiple(p)) p++;
  return p > opener + 1 && p <= limit && isParticiple(p) ? p : -1;
}

/**
 * The subject of an absolute clause opening at token `start` ("with 22 Republicans joining ... in voting yes"): the
 * phrase between the preposition and the clause's first participle before token `at`, or null when it is no such clause.
 */
function absoluteSubject(c: Context, start: number, at: number): Span | null {
  const participle = absoluteParticiple(c, start, at - 1, (p) => isParticipleAt(c, p));
  return participle >= 0 ? sourceBefore(c, participle, start) : null;
}

// Words that stand alone as a counted subject: "and others said", "but many said". Not COUNTED_SOURCES, whose words
// open an unnamed source's noun phrase ("said another commenter", "both men"): "others" and "few" open none, and
// "another" or "both" after "and" joins more than a count ("... and another man").
const COUNTED_SUBJECTS = new Set([...PRONOUN_QUANTIFIERS, 'one', 'two', 'three']);
// Tokens after a phrase that show it may be an object, not a subject: an infinitive's "to", a relative word or the
// comma before one.
const JOINED_OBJECT_ENDS = new Set(['to', ',', ...RELATIVES]);
// Words announcing that "and" joins two noun phrases, not two clauses ("with both Ms Lee and the mayor").
const PAIRING_WORDS = new Set(['both', 'either', 'neither', 'between']);

/**
 * The first token of a count or a subject after "and" or "but" in source tokens `[from, to]` ("12 per cent", "others",
 * "one in four", "Ms Lee") when a finite auxiliary stands before the joining word, with no relative or pairing word:
 * a clause before it ("... they would rest and | 12 per cent"); -1 when there is none.
 */
function subjectAfterClause(c: Context, from: number, to: number): number {
  for (let j = to - 1; j > from; j--) {
    if (!CONJUNCTIONS.has(lower(c, j))) continue;
    // "the permit was withdrawn and Ms Lee | testified": a name or a determined phrase before its own cue opens a
    // subject too; before "to" or a relative word it is as often a second object ("calls with Lee and Hale | to discuss").
    const named = opensSubjectPhrase(c, j + 1) && !JOINED_OBJECT_ENDS.has(lower(c, to + 1));
    const counted = named || isNumberAt(c, j + 1) || COUNTED_SUBJECTS.has(lower(c, j + 1));
    let finite = false;
    for (let k = from; k < j; k++) {
      if (RELATIVES.has(lower(c, k)) || PAIRING_WORDS.has(lower(c, k))) return -1;
      finite ||= FINITE_AUXILIARIES.has(lower(c, k));
    }
    return counted && finite && isVerbless(c, j + 1, to) ? j + 1 : -1;
  }
  return -1;
}

/** True when token `s` can open a clause's subject: a name, a determiner, a subject pronoun or a quantifier. */
export function opensSubjectPhrase(c: Context, s: number): boolean {
  const head = lower(c, s);
  return isCapitalised(c, s) || DETERMINERS.has(head) || SUBJECT_PRONOUNS.has(head) || QUANTIFIERS.has(head);
}

/** True when tokens `[from, to]` hold a finite auxiliary or a past form ("had been hacked", "has small hands"). */
export function holdsVerb(c: Context, from: number, to: number): boolean {
  for (let k = from; k <= to; k++) if (FINITE_AUXILIARIES.has(lower(c, k)) || isPastForm(lower(c, k))) return true;
  return false;
}

/** True when tokens `[from, to]` hold no finite verb, past form or negated auxiliary ("can't"): a phrase, no clause. */
export function isVerbless(c: Context, from: number, to: number): boolean {
  for (let k = from; k <= to; k++) {
    const word = lower(c, k);
    if (/n['’]t$/u.test(word) || isFiniteAuxiliary(word) || isPastForm(word)) return false;
  }
  return true;
}

/** The agent after a passive's "by" inside `span` ("The law was blocked by | a judge"), else `span` itself. */
function passiveAgentIn(c: Context, span: Span | null, first: number): Span | null {
  if (!span) return null;
  const from = firstTokenAt(c, span.start, first);
  // "was sentenced to 14 years ..., by a federal judge who said": the agent set off from its participle by a comma.
  if (lower(c, from) === 'by' && firstTokenAt(c, span.end, from) > from + 1) return { start: c.tokens.starts[from + 1], end: span.end };
  for (let k = firstTokenAt(c, span.end, from) - 2; k > from + 1; k--) {
    if (lower(c, k) === 'by' && isVerbPast(lower(c, k - 1)) && PASSIVE_BE.has(lower(c, k - 2))) return { start: c.tokens.starts[k + 1], end: span.end };
  }
  return span;
}

/**
 * A name with an apposition before the comma at token `comma`: "Christopher Harvey, a delegate from Houston, Texas,"
 * as in "..., said". The stretch must open the clause with a capitalised word, so a list of clauses is not taken.
 */
export function appositiveBefore(c: Context, comma: number, first: number): Span | null {
  let k = comma - 1;
  const breaks: number[] = [];
  while (k >= first && comma - k <= 3 * MAX_SOURCE) {
    // A title in quote marks inside the apposition: 'Marsh, the author of "Low Tide," said'.
    if (c.regionOf[k] >= 0) {
      const region = c.regions[c.regionOf[k]];
      // A quote opening the sentence ('"Yes," Ann Lee, a founder, told the Post') is what was said, before the name.
      const opening = firstTokenAt(c, region.start, first);
      if (countWords(c.text, region) > 6 || opening <= first || c.tokens.kinds[opening - 1] !== TokenKind.WORD) break;
      // 'said the vote was "a first step," while ...': a comma inside the closing mark ends a stretch as one outside does.
      if (quoteEndsInComma(c, c.regionOf[k]) && k + 1 < comma) breaks.push(k);
      while (k >= first && c.regionOf[k] >= 0) k--;
      continue;
    }
    if (isPunct(c, k, COMMA_DASH) || isSpacedHyphen(c, k)) breaks.push(k);
    // A state abbreviation's dot ("Cambridge, Mass., said", "Rep. Ann Lee (D-Md.), a chair, said") and brackets do not
    // end the phrase.
    else if (isPunct(c, k, BOUNDARY_PUNCT) && !isPunct(c, k, BRACKETS) && !(c.text[c.tokens.starts[k]] === '.' && (isPunct(c, k + 1, COMMA) || isPunct(c, k + 1, CLOSE_BRACKET))) && !isPluralPossessive(c, k)) break;
    k--;
  }
  if (k >= first && c.regionOf[k] < 0 && !isPunct(c, k, BOUNDARY_PUNCT)) return null;
  if (!breaks.length) return null;
  // Skip a conjunction and openers before the name: "But Cllr. Ivy Lam, a Liberal, said", "On Friday, Cllr.
  // Ivy Lam, a Liberal, said".
  let start = skipConjunction(c, k + 1, comma);
  // "When the director, Jo Kent, said ...": a subordinator opens the clause the name is the subject of ("After a year
  // of polls, ..." opens an adjunct instead).
  const subordinate = start < comma && CLAUSE_SUBORDINATORS.has(lower(c, start));
  if (subordinate) start++;
  const afterSubordinator = start;
  let b = breaks.length - 1;
  // Openers and clauses before the name are skipped too: "And that was deliberate — Gus Pellow, a spokesman, said".
  // A stretch too long for a name is a clause too: "The league has called for a halt, and its chair, Ann Lee, said".
  // "Also giving evidence, the director, Neil Baptiste, told ...": a participle phrase opening the sentence is an adjunct.
  // "..., while the company's chief, Ann Rowe, insisted": a subordinator after such a clause opens the name's clause.
  while (b > 0 && start < comma && (NOT_CONTENT_START.has(lower(c, start)) || PLACE_ADJUNCT_OPENERS.has(lower(c, start)) || !fitsName(c, start, breaks[b]) || !isNamePhrase(c, start, breaks[b] - 1) || opensParticipleAdjunct(c, start, breaks[b] - 1) || clauseBeforeConjunction(c, start, breaks[b]))) start = skipSubordinator(c, skipConjunction(c, breaks[b--] + 1, comma), comma);
  // "Tom Reed said the plan was sound, while Professor Ann Lee, who teaches law, said": a subordinator after a later
  // comma opens the clause whose subject the name is, whatever name opens the sentence.
  // "The feud began in 1994, when Mr. Hale, who had lost, called": so does one after the first comma when a name with
  // no verb follows it ("Tom Reed, when asked, said" names him first).
  for (let j = b >= 1 && subordinatedName(c, breaks[b] + 1, breaks[b - 1]) ? b : b - 1; j >= 1; j--) {
    if (c.regionOf[breaks[j] + 1] < 0 && CLAUSE_SUBORDINATORS.has(lower(c, breaks[j] + 1))) {
      b = j - 1;
      start = breaks[j] + 2;
    }
  }
  // "The lawyers listened while Ann Rowe, the chief, spoke": a subordinator inside the first stretch opens the clause
  // whose subject the name is.
  start = afterLastSubordinator(c, start, breaks[b]);
  // "During the debate Ann Lee, stung by the question, said": an opening time or place phrase with no comma after it
  // is when or where she spoke; the name closing the stretch is the subject.
  start = subjectAfterOpeningAdjunct(c, start, breaks[b]);
  // The name before the first comma is short and capitalised: "Christopher Harvey, a delegate from Houston, said".
  if (start >= comma || !fitsName(c, start, breaks[b]) || !isNamePhrase(c, start, breaks[b] - 1)) return null;
  // "If the office closed, its work would pass on, said X": after a subordinator, a stretch with a verb is its clause.
  if (subordinate && start === afterSubordinator && !isVerbless(c, start, comma - 1)) return null;
  // "Ann Lee, citing the tide tables, said": a participle phrase set off by commas is what she did, not who she is
  // ("Two pilots, including Ann Lee, said" names its members, as a preposition).
  // "The Chancellor, Rachel Reeves, has defended her plan, insisting ...": a last stretch opening with a finite
  // auxiliary is the clause's predicate, no part of the phrase as written.
  // "Ada Finch, the mayor, praised the plan, saying ...": so is a last stretch opening with a past verb.
  const predicate = breaks[0] > breaks[b] && (FINITE_AUXILIARIES.has(lower(c, breaks[0] + 1)) || opensPastPredicate(c, breaks[0] + 1, comma - 1));
  const end = isParticipleAt(c, breaks[b] + 1) && lower(c, breaks[b] + 1) !== 'including' ? breaks[b] - 1 : predicate ? breaks[0] - 1 : comma - 1;
  return { start: c.tokens.starts[start], end: c.tokens.ends[end] };
}

/** True when tokens `[k, end)` are a clause-only subordinator and a name with no verb: "when | Mr. Hale". */
function subordinatedName(c: Context, k: number, end: number): boolean {
  return c.regionOf[k] < 0 && CLAUSE_SUBORDINATORS.has(lower(c, k)) && isNamePhrase(c, k + 1, end - 1) && isVerbless(c, k + 1, end - 1);
}

/**
 * The first token of the subject closing tokens `[from, end)` when they open with a time or place phrase ("During the
 * primary | Ann Lee", "In March | the mayor"): a run of capitalised words that are no day or month, else the phrase from
 * the last determiner. `from` when the stretch opens otherwise, holds a verb or has no such subject after the adjunct.
 */
function subjectAfterOpeningAdjunct(c: Context, from: number, end: number): number {
  if (end - from < 2 || !TIME_OR_PLACE.has(lower(c, from)) || !isVerbless(c, from, end - 1)) return from;
  let k = end - 1;
  const namesSubject = (t: number): boolean => isWordAt(c, t) && isCapitalised(c, t) && !DAYS.has(lower(c, t)) && !isMonthWord(lower(c, t));
  if (namesSubject(k)) {
    while (k - 1 > from && namesSubject(k - 1)) k--;
  } else {
    while (k > from && !(isWordAt(c, k) && DETERMINERS.has(lower(c, k)))) k--;
  }
  // The phrase before the subject ends in a word of its own ("In March | the mayor", "Yesterday | Ann Lee"); a
  // preposition or determiner before the name ("In | Leeds", "in a tent near | the water point") opens the phrase the
  // name is part of.
  const before = lower(c, k - 1);
  const preposition = (NOT_CONTENT_START.has(before) && !DAYS.has(before)) || PLACE_ADJUNCT_OPENERS.has(before) || PREPOSITIONS_BEFORE_MODIFIER.has(before);
  return k > from && isWordAt(c, k - 1) && !DETERMINERS.has(before) && !preposition ? k : from;
}

/**
 * True when the stretch from token `from` to the comma at token `comma` holds a verb and a conjunction follows the
 * comma: "The council welcomed the deal, | and its envoy, Ann Lee, said" joins a clause of its own, no name.
 */
function clauseBeforeConjunction(c: Context, from: number, comma: number): boolean {
  return comma + 1 < c.tokens.count && CONJUNCTIONS.has(lower(c, comma + 1)) && holdsVerb(c, from, comma - 1);
}

/**
 * True when tokens `[from, to]` open with a participle, after an adverb or not ("Speaking afterwards in the spin room",
 * "Also giving evidence"): an adjunct saying what someone did, not a name. A capitalised "-ing" word followed by a
 * capitalised one is a name ("Ewing Marion").
 */
function opensParticipleAdjunct(c: Context, from: number, to: number): boolean {
  // "later", "earlier", "separately" never get here: the one caller skips them as NOT_CONTENT_START first.
  const head = from < to && /^(?:also|then)$/u.test(lower(c, from)) ? from + 1 : from;
  return head < to && isWordAt(c, head) && /[a-z]{2}ing$/u.test(lower(c, head)) && isWordAt(c, head + 1) && !isCapitalised(c, head + 1);
}

/**
 * True when tokens `[from, to]` are a predicate in the past with its object ("praised the plan", "pressed Lang on
 * margins"): a lower-case past form followed by more words, so the stretch is what the subject did, not who it is.
 */
function opensPastPredicate(c: Context, from: number, to: number): boolean {
  return from < to && isWordAt(c, from) && !isCapitalised(c, from) && isVerbPast(lower(c, from));
}

// Prepositions of place that open an adjunct before a name, beside those that never open a content: "Outside the
// meeting, Ann Lee, a parent, said".
const PLACE_ADJUNCT_OPENERS = new Set(['outside', 'inside', 'near', 'behind', 'beside', 'beyond', 'across', 'within', 'amid', 'throughout']);

// Subordinators that open only clauses, never a phrase ("when", not "after").
const CLAUSE_SUBORDINATORS = new Set(['if', 'when', 'while', 'because', 'although', 'though', 'unless', 'whether']);

// Longest name or description before an apposition, in tokens: "Sen. Bernie Sanders", "her senior policy adviser";
// and of a description opening with an article that holds no verb, clause word or "and" ("A meteorologist at the weather
// service's office in Hastings, Kim Lau, said", "the lead investigator for the Office of Rail Safety, Kim Lau, said").
const MAX_NAME_WORDS = 8;
const MAX_DESCRIPTION_WORDS = 12;

/**
 * True when an -s form is a plural noun heading the subject of the cue verb right after it: "Consumer advocates said",
 * "Privacy advocates warned". A verb's -s form is never followed by a second finite verb.
 */
export function pluralSubjectOfCue(c: Context, i: number, form: string): boolean {
  // "Okafor Hurls Jibe At Referee": a title-case headline capitalises its verbs, which this reading would misparse.
  if (!form.endsWith('s') || i + 1 >= c.tokens.count || isCapitalised(c, i + 1)) return false;
  const next = lower(c, i + 1);
  const verb = CUE_VERBS.get(next);
  return verb !== undefined && !verb.participle && !NOUN_LIKE.has(next) && !next.endsWith('s');
}

/**
 * A name with a bracketed tag before the comma at token `comma`, which stands between it and its cue: "Sen. Ann Lowry
 * (D-Ore.), said". The comma sets off the tag, so the name before it is the source all the same.
 */
function taggedNameBefore(c: Context, comma: number, first: number): Span | null {
  if (comma - 1 <= first || !isPunct(c, comma - 1, CLOSE_BRACKET)) return null;
  const open = bracketOpen(c, comma - 1, first);
  const name = open > first ? sourceBefore(c, open, first) : null;
  if (!name) return null;
  const start = firstTokenAt(c, name.start, first);
  // A proper name ends in a capital, and the tag holds no clause ("The bill (which passed), said the mayor, ...").
  let tagged = isCapitalised(c, open - 1) && isVerbless(c, open + 1, comma - 2);
  for (let k = open + 1; tagged && k < comma - 1; k++) tagged = !CLAUSE_WORDS.has(lower(c, k));
  return tagged && fitsName(c, start, open) && isNamePhrase(c, start, open - 1) ? { start: name.start, end: c.tokens.ends[comma - 1] } : null;
}

/** True when tokens `[start, end)` are short enough for the name or description before an apposition. */
function fitsName(c: Context, start: number, end: number): boolean {
  if (end - start <= MAX_NAME_WORDS) return true;
  if (end - start > MAX_DESCRIPTION_WORDS || !ARTICLES.has(lower(c, start)) || !isVerbless(c, start, end - 1)) return false;
  for (let k = start; k < end; k++) if (lower(c, k) === 'and' || CLAUSE_WORDS.has(lower(c, k)) || isParticipleAt(c, k)) return false;
  return true;
}


/**
 * The token after the last subordinator in tokens `[from, end)` that a capitalised phrase with no verb follows to `end`
 * ("... listened while | Ann Rowe"), else `from`.
 */
function afterLastSubordinator(c: Context, from: number, end: number): number {
  for (let k = end - 2; k > from; k--) {
    if (c.regionOf[k] < 0 && (CLAUSE_SUBORDINATORS.has(lower(c, k)) || lower(c, k) === 'that')) return isCapitalised(c, k + 1) && isVerbless(c, k + 1, end - 1) ? k + 1 : from;
  }
  return from;
}

/** Token `i`, or the one after it when `i` is a subordinator opening the clause ("while Ann Rowe, ..."). */
function skipSubordinator(c: Context, i: number, end: number): number {
  return i < end && CLAUSE_SUBORDINATORS.has(lower(c, i)) ? i + 1 : i;
}

/** Token `i`, or the one after it when `i` is a conjunction opening the clause ("But Mr Ryan, ..."). */
function skipConjunction(c: Context, i: number, end: number): number {
  return i < end && CONJUNCTIONS.has(lower(c, i)) ? i + 1 : i;
}

/**
 * True when tokens `[from, to]` can be a speaker's name or description: capitalised or a determiner first, with no
 * clause word or finite verb inside ("A top strategist", "Carly Fiorina", not "Even if the ministry were shut down").
 */
function isNamePhrase(c: Context, from: number, to: number): boolean {
  // "her chief of staff, Ed Morse," and "a third, Pia Lund," open with a determiner; "but one
  // harbour pilot, Ed Morse," with a count.
  // "sprinter Ann Lee, who made the team," opens with a role noun before the name.
  const titled = from < to && isWordAt(c, from) && isNounWord(lower(c, from)) && isCapitalised(c, from + 1);
  if (to < from || !(isCapitalised(c, from) || DETERMINERS.has(lower(c, from)) || COUNTED_SOURCES.has(lower(c, from)) || titled)) return false;
  // "In the small circle of harbour pilots, it is unusual ..., said X": a phrase opening with a preposition is an adjunct
  // ("As Ann Lee, the mayor, put it" opens with a name all the same).
  if (NOT_CONTENT_START.has(lower(c, from)) && lower(c, from) !== 'as') return false;
  for (let k = from; k <= to; k++) {
    const word = lower(c, k);
    // A capitalised "May" is a name, not a modal.
    if (c.regionOf[k] >= 0 || SUBORDINATORS.has(word) || (!isCapitalised(c, k) && (BE.has(word) || (MODALS.has(word) && word !== 'to')))) return false;
  }
  return true;
}

// Prepositions before a past form that describes the noun after it: "an edge in promised votes", "a share of
// elected seats". A finite verb never follows a preposition.
export const PREPOSITIONS_BEFORE_MODIFIER = new Set(['in', 'of', 'for', 'with', 'among', 'from', 'on', 'at', 'by', 'without', 'about', 'over', 'into']);

// Words opening an unnamed inverted source: '"...," said one former official', 'wrote another commenter'.
export const COUNTED_SOURCES = new Set(['one', 'another', 'two', 'three', 'several', 'some', 'many', 'most', 'both']);

/** The source phrase right after token `start` (inverted order: '"...," said Mr Cleverly.'), up to punctuation. */
export function sourceAfter(c: Context, start: number, last: number): { span: Span; next: number } | null {
  // "Asked on Kelso Radio who ...": a phrase opening with a preposition is no speaker.
  if (NOT_CONTENT_START.has(lower(c, start))) return null;
  let k = start;
  // The phrase stops where an adjunct opens ("said Mr Cleverly on Tuesday"); words that merely occur in adjuncts
  // ("a strategist for one of the candidates") do not stop it.
  while (k <= last && k - start < MAX_SOURCE && c.regionOf[k] < 0 && !isPunct(c, k, BOUNDARY_PUNCT) && !CLAUSE_WORDS.has(lower(c, k)) && !(k > start && ADJUNCT_WORDS.has(lower(c, k)) && skipAdjuncts(c, k, last) > k) && !(k > start && isCapitalised(c, k - 1) && closingPhraseEnd(c, k, last) > k)) k++;
  // "said Mr Cleverly", "said the minister", "said former governor Ed Rendell".
  let named = false;
  for (let n = start; n < k && n - start < 4; n++) named ||= isCapitalised(c, n);
  if (k === start || (!named && !OBJECT_WORDS.has(lower(c, start)) && !COUNTED_SOURCES.has(lower(c, start)))) return null;
  // "..., said Clinton's response was weak": a verb makes the phrase after the cue its content, not a speaker.
  for (let n = start; n < k; n++) if (BE.has(lower(c, n)) || (HAVE.has(lower(c, n)) && lower(c, n) !== 'having') || (MODALS.has(lower(c, n)) && lower(c, n) !== 'to')) return null;
  k = apposedNameEnd(c, start, k, last);
  // The phrase, with adjuncts after it, must end the clause ('said Mr Cleverly.', 'said Mr Cleverly, who ...',
  // 'said Mr Cleverly: "..."', 'said Mr Cleverly in an interview.').
  let next = k <= last ? skipAdjuncts(c, k, last) : k;
  if (next === k && k > start && isCapitalised(c, k - 1)) next = closingPhraseEnd(c, k, last);
  if (next <= last && !isPunct(c, next, BOUNDARY_PUNCT) && !opensRegion(c, next) && !CLAUSE_WORDS.has(lower(c, next))) return null;
  // "..., said several councillors who cite his record.": a relative clause right after the source is its own,
  // quotes in it too ('said two fishers who called it "our lifeline."').
  if (next <= last && RELATIVES.has(lower(c, next))) while (next <= last && (c.regionOf[next] >= 0 || !isPunct(c, next, BOUNDARY_PUNCT))) next++;
  return { span: { start: c.tokens.starts[start], end: c.tokens.ends[k - 1] }, next };
}


/**
 * The end of a phrase of where or how it was said closing the clause after a name at token `k` ('said Tom Reyes | in a
 * Friday tweet.', '| on her Facebook page.'): a preposition, a determiner and words with no verb up to punctuation or
 * the sentence's end; else `k`. The adjunct lists hold the common phrases; this takes any such phrase that ends the
 * clause, since a name does not run on into "in a".
 */
export function closingPhraseEnd(c: Context, k: number, last: number, prepositions: ReadonlySet<string> = CLOSING_PREPOSITIONS): number {
  if (k + 2 > last || !prepositions.has(lower(c, k)) || !DETERMINERS.has(lower(c, k + 1))) return k;
  let j = k + 2;
  while (j <= last && j - k <= MAX_CLOSING_PHRASE && c.regionOf[j] < 0 && isWordAt(c, j) && !CLAUSE_WORDS.has(lower(c, j))) j++;
  return j - k <= MAX_CLOSING_PHRASE && (j > last || isPunct(c, j, BOUNDARY_PUNCT)) && isVerbless(c, k, j - 1) ? j : k;
}

// Prepositions of a phrase telling where or how the words were given: "in a Friday tweet", "on his campaign website".
export const CLOSING_PREPOSITIONS = new Set(['in', 'on', 'at', 'during', 'via']);
// Most tokens of such a phrase: "in a post on his official Facebook page" is past it, and ends the clause no less.
const MAX_CLOSING_PHRASE = 8;

// Tokens from the comma through the name: a name of up to four words ("Dr. Hana Voss").
const MAX_APPOSED_NAME = 5;

/**
 * Where a source described by a lower-case phrase (tokens `[start, end)`) ends when a comma-set name follows it, as the
 * speaker it describes ('..., said the study's lead author, Dr. Ana Ruiz, a geologist.', "According to its director, Tom
 * Reed, the trial ..."): after the name; else `end`. The name is capitalised words (and the points of their
 * abbreviations) closed by a comma or the sentence's end.
 */
export function apposedNameEnd(c: Context, start: number, end: number, last: number): number {
  const described = (ARTICLES_AND_POSSESSIVES.has(lower(c, start)) && !isCapitalised(c, start)) || ownedRole(c, start, end);
  if (end > last || !isPunct(c, end, COMMA) || !described) return end;
  let k = end + 1;
  const attached = (n: number): boolean => isPunct(c, n, SENTENCE_END) && c.tokens.starts[n] === c.tokens.ends[n - 1] && n < last;
  while (k <= last && k - end <= MAX_APPOSED_NAME && c.regionOf[k] < 0 && ((c.tokens.kinds[k] !== TokenKind.PUNCT && isCapitalised(c, k)) || attached(k))) k++;
  if (k === end + 1 || k - end > MAX_APPOSED_NAME) return end;
  return k > last || isPunct(c, k, COMMA) || isPunct(c, k, SENTENCE_END) ? k : end;
}

// Words of a name owning a description: "Harwick's", "Harwick Mills'".
const MAX_OWNER_WORDS = 3;

/**
 * True when tokens `[start, end)` are a capitalised owner's possessive before a lower-case role ("Harwick's
 * president", "Tarsen Union's regional officer"), described as the study's lead author is.
 */
function ownedRole(c: Context, start: number, end: number): boolean {
  for (let k = start; k < end - 1 && k < start + MAX_OWNER_WORDS; k++) {
    if (!isCapitalised(c, k)) return false;
    // "Harwick Mills' chief executive": a plural's bare apostrophe is a token of its own.
    const role = isPluralPossessive(c, k + 1) ? k + 2 : k + 1;
    if (role === k + 2 || /['’]s?$/u.test(lower(c, k))) return role < end && !isCapitalised(c, role) && headNamesPerson(c, role, end);
  }
  return false;
}

// Endings of nouns for people by what they do: "director", "geologist", "spokeswoman", "executive", "assistant".
const PERSON_NOUN = /(?:er|or|ist|man|ive|ant)$/u;
// Nouns of things with those endings: "According to the newspaper, Ann Lee, an aide, sent ..." names no one's role.
const THING_NOUNS = new Set(['newspaper', 'paper', 'order', 'warrant', 'archive', 'directive', 'initiative', 'filter', 'register', 'counter', 'monitor']);

/** True when the head of the phrase in tokens `[start, end)` (its word before a preposition, else its last) names a person. */
export function headNamesPerson(c: Context, start: number, end: number): boolean {
  let head = end - 1;
  for (let k = start + 1; k < end; k++) {
    if (PREPOSITIONS_BEFORE_MODIFIER.has(lower(c, k))) {
      head = k - 1;
      break;
    }
  }
  const word = lower(c, head);
  return isPersonRole(word) || (PERSON_NOUN.test(word) && !THING_NOUNS.has(word) && !DOCUMENTS.has(word) && !EVIDENCE.has(word));
}
// Forms of "be" read before a passive cue ("am" has never been one of them).
// "The mayor isn't expected to attend", "was not told": a contracted negation is one token and still makes a passive.
export const NEGATED_BE: ReadonlySet<string> = new Set([...AUXILIARIES].filter((word) => /^(?:is|are|was|were)n['’]t$/u.test(word)));
export const PASSIVE_BE = new Set([...BE, ...NEGATED_BE, 'be', 'been', 'being']);
// Words that open an adverbial clause: "Even if the department closed, ..." is no speaker's apposition.
export const SUBORDINATORS = new Set([...CLAUSE_SUBORDINATORS, 'until', 'after', 'before', 'since', 'despite']);
// Prepositions after "briefed" with no one briefed: "a person briefed on the plans".
const BRIEFED_ON = new Set(['on', 'about']);

/**
 * True when the cue-verb form at token `k`, right before the cue at `end`, is a noun ending the source: an -ing form
 * after a determiner or a possessive ("familiar with the talks confirmed", "familiar with the mayor's thinking said")
 * or a plural before a finite cue ("close to the plans said"); a bare form after one may be a noun a participle
 * describes ("a notice posted by ...").
 */
function nounBeforeCue(c: Context, k: number, end: number, first: number): boolean {
  const owned = k - 1 >= first && (DETERMINERS.has(lower(c, k - 1)) || isPossessive(c, tokenSpan(c, k - 1, k - 1)));
  return k === end - 1 && ((owned && lower(c, k).endsWith('ing')) || pluralSubjectOfCue(c, k, lower(c, k)));
}

/**
 * True when token `i` is "briefed on/about" describing the noun before it ("according to a person briefed on the
 * plans", "officials briefed on the talks said"): the one who was told, part of a source, not one telling (PolNeAR
 * marks 1 of 8 "briefed on/about" a cue on train).
 */
export function briefedOn(c: Context, i: number): boolean {
  if (i < 1 || i + 1 >= c.tokens.count || lower(c, i) !== 'briefed' || !BRIEFED_ON.has(lower(c, i + 1))) return false;
  const prev = lower(c, i - 1);
  return isWordAt(c, i - 1) && !AUXILIARIES.has(prev) && !NEW_SUBJECTS.has(prev) && prev !== 'who';
}

/** True when quote region `r` closes right after a comma ('"We will,"'): the sentence goes on after the cue. */
export function quoteEndsInComma(c: Context, r: number): boolean {
  return quoteEndsWith(c, r, /,\s*\S{1,2}$/u);
}

/** True when quote region `r`'s text, closing mark included, matches `ending`. */
export function quoteEndsWith(c: Context, r: number, ending: RegExp): boolean {
  return ending.test(c.text.slice(c.regions[r].start, c.regions[r].end));
}

/** True when token `k` closes a quote ending in a comma ('too "preachy,"'), which stands for the clause's comma too. */
export function quoteComma(c: Context, k: number): boolean {
  return isQuoteEnd(c, k) && quoteEndsInComma(c, c.regionOf[k]);
}

/**
 * True when quote region `r` is a title inside a phrase ('on Fox News's "Hannity,"'): two words at most, or capitalised,
 * after a word; or the title of a work named just before it, set off by a comma or not ('In her memoir, "Salt and
 * Stone," Ms Reyes wrote ...').
 */
export function titleAt(c: Context, r: number, first: number): boolean {
  const opening = firstTokenAt(c, c.regions[r].start, first);
  if (opening <= first) return false;
  const words = regionWords(c, r);
  if (workTitle(c, opening, words, first)) return true;
  return c.tokens.kinds[opening - 1] === TokenKind.WORD && (words.length <= 2 || capitalisedTitle(c, words, first));
}

// Short words a title leaves in lower case ("Salt and Stone", "Notes From the Quay" in some styles).
const TITLE_SMALL_WORDS = new Set(['a', 'an', 'the', 'and', 'or', 'but', 'nor', 'of', 'in', 'on', 'at', 'to', 'for', 'from', 'by', 'with', 'as']);

/**
 * True when quoted `words` opening at token `opening` are in title case, their first word capitalised and every other
 * one too but short function words, right after a noun for a work or a comma after one ("memoir, | "Salt and Stone"").
 */
function workTitle(c: Context, opening: number, words: readonly string[], first: number): boolean {
  const afterComma = opening - 1 > first && isPunct(c, opening - 1, COMMA);
  const noun = afterComma ? opening - 2 : opening - 1;
  // One capitalised word after a comma is as often a quote ('Asked about the study, "Rubbish," he said').
  const fewestWords = afterComma ? 2 : 1;
  if (!isWordAt(c, noun) || !WORKS.has(lower(c, noun)) || words.length < fewestWords || words.length > MAX_TITLE_WORDS || c.titleCaseHeadline === first) return false;
  return words.every((word, k) => word !== word.toLowerCase() || (k > 0 && TITLE_SMALL_WORDS.has(word)));
}

/**
 * True when a quote's `words` are a short title with every word capitalised ('on the Kelso station's "Harbour
 * Hour,"'), unless the sentence is a headline in title case, where every word is.
 */
export function capitalisedTitle(c: Context, words: readonly string[], first: number): boolean {
  return words.length <= MAX_TITLE_WORDS && c.titleCaseHeadline !== first && words.every((word) => word !== word.toLowerCase());
}

// Longest title in capitals taken for a title rather than a quote, in words.
const MAX_TITLE_WORDS = 6;

/**
 * The subject of the clause ending before token `at`: the speaker of "..., adding that" and of colon introductions
 * ("In reply, the mayor's aide rallied the crews, saying: ...", "Marsh pushed back at once: ...").
 */
export function clauseSubject(c: Context, first: number, at: number): Span | null {
  let start = at - 1;
  while (start >= first && isPunct(c, start, COMMA)) start--;
  // Quoted words belong to the clause: 'Trump defended "New York values," saying ...'.
  // A bracketed aside belongs to the clause too: "Ann Lee (left) sank the ferry, but claimed ...".
  while (start > first && at - start < 3 * MAX_SOURCE) {
    const open = isPunct(c, start - 1, CLOSE_BRACKET) ? bracketOpen(c, start - 1, first) : -1;
    if (open > first) start = open;
    // 'When Korr called it "a tax on boats," Quill seized on it, repeating ...': a quote closing on its comma before
    // a subject ends a clause as a comma does ('opposes "pay freezes," | wants ...' goes on with the same one).
    else if (c.regionOf[start] < 0 && quoteComma(c, start - 1) && opensSubjectPhrase(c, start)) break;
    else if (c.regionOf[start - 1] >= 0 || !isPunct(c, start - 1, BOUNDARY_PUNCT)) start--;
    else break;
  }
  if (start < first || start >= at) return null;
  // "The mayor has pushed for it since 2019, when the bridge closed, arguing ...": a subordinate clause after a comma
  // lends no subject; the clause before it does (a relative "who" or a conjunction opens a clause with a subject).
  // So does a relative clause closed by a comma before the joined cue ("dedicated the goal to Roy Sutton, who died in
  // May, and said ..."): without the comma the relative's verbs join ("met Lee, who runs the shop and said ..."). A
  // pair of dashes closes one as commas do ("turned on the levy — which her rival backed — and attacked ...").
  const dashed = isDash(c, start - 1) && isDash(c, at - 1);
  const closedRelative = (lower(c, start) === 'who' || lower(c, start) === 'which') && (isPunct(c, at - 1, COMMA) || dashed);
  if (start > first && (isPunct(c, start - 1, COMMA) || dashed) && (SUBORDINATORS.has(lower(c, start)) || lower(c, start) === 'where' || closedRelative)) return clauseSubject(c, first, start - 1);
  // "But Ann Lee, noting ...": a joining word before the subject is not part of it.
  start = skipConjunction(c, start, at - 1);
  // "And then Ann Lee went on the attack, saying ...", "Even she tried ..., noting": an adverb opening the clause (one
  // the lexicon lists beside the auxiliaries) before a name or a subject pronoun is no part of its subject either.
  // (Before a common noun it may be the subject's own: "Both men ...", "Even those who ...".)
  let subjectStart = start;
  while (subjectStart < at - 1 && isListedAdverb(lower(c, subjectStart))) subjectStart++;
  if ((start === first || CONJUNCTIONS.has(lower(c, start - 1))) && subjectStart > start && (isCapitalised(c, subjectStart) || SUBJECT_PRONOUNS.has(lower(c, subjectStart)))) {
    // "Then he cut into the mayor, calling ...": a pronoun there is the whole subject, whatever verb follows it.
    if (NEW_SUBJECTS.has(lower(c, subjectStart))) return { start: c.tokens.starts[subjectStart], end: c.tokens.ends[subjectStart] };
    start = subjectStart;
  }
  // "The bank raised its rate, its second rise this year, and said ...": a verbless stretch set off by commas before
  // ", and" is an apposition whatever lower-case word it opens with, and so is a capitalised one after a name ("in
  // Jupiter, Fla., and"); the clause before it has the subject.
  if (start > first && (!isCapitalised(c, start) || (start - 2 >= first && isCapitalised(c, start - 2))) && isPunct(c, start - 1, COMMA) && isPunct(c, at - 1, COMMA) && lower(c, at) === 'and' && isVerbless(c, start, at - 2)) return clauseSubject(c, first, start - 1);
  // "The bill passed, with 22 Republicans joining the Democrats in voting yes": an absolute clause has its own subject.
  const absolute = absoluteSubject(c, start, at);
  if (absolute) return absolute;
  const verb = firstVerbish(c, start, at - 1);
  // "Trump was in Bangor, Maine, promising ...", "They spoke out, however, expressing ...": a stretch after a comma
  // with no verb is a place, an aside or an apposition; the clause before it has the subject.
  // "Lanark blocked the plan of the Orme Compact, a regional body, fearing ...": one opening with a determiner after a
  // clause with a verb is an apposition to that clause's object ("In Kelso, the mayor, citing ..." is the subject).
  const apposed = DETERMINERS.has(lower(c, start)) && start > first && isPunct(c, start - 1, COMMA) && stretchHoldsVerb(c, first, start - 2);
  if (verb >= at && start > first && isPunct(c, start - 1, COMMA) && isVerbless(c, start, at - 1) && (!DETERMINERS.has(lower(c, start)) || apposed) && !SUBJECT_PRONOUNS.has(lower(c, start))) return clauseSubject(c, first, start - 1);
  const subject = verb > start ? sourceBefore(c, verb, start) : null;
  // "Gary Lee, once the club treasurer, turned delegate and said ...": a clause opening with a predicate after an
  // apposition has the name before it as its subject.
  const predicate = subject === null || (!isCapitalised(c, start) && !DETERMINERS.has(lower(c, start)) && !SUBJECT_PRONOUNS.has(lower(c, start)));
  if (!predicate || start <= first) return subject;
  // "The mayor has been their champion, sinking money into the port and vouching for ...", "They reversed themselves,
  // sent the crowd indoors and said ...", "A memo drafted in May, and obtained by the Post, concluded ... but said": a
  // stretch opening with a participle or past verb after a comma shares the subject before it.
  const comma = isPunct(c, start - 1, COMMA) ? start - 1 : start - 2 >= first && CONJUNCTIONS.has(lower(c, start - 1)) && isPunct(c, start - 2, COMMA) ? start - 2 : -1;
  const verbFirst = comma >= 0 && (isParticipleAt(c, start) || isVerbPast(lower(c, start)));
  const apposition = isPunct(c, start - 1, COMMA) ? appositiveBefore(c, start - 1, first) : null;
  return apposition ?? (verbFirst ? clauseSubject(c, first, comma) : null) ?? subject;
}

/** True when the stretch ending at token `to`, back to the punctuation before it (quotes inside kept), holds a finite verb. */
function stretchHoldsVerb(c: Context, first: number, to: number): boolean {
  let from = to;
  while (from > first && (c.regionOf[from - 1] >= 0 || !isPunct(c, from - 1, BOUNDARY_PUNCT))) from--;
  return !isVerbless(c, from, to);
}

/** The first token after the sentence's opening phrase: a cue verb, an auxiliary, a comma or a clause word. */
export function firstVerbish(c: Context, first: number, last: number): number {
  for (let k = first; k <= last && k - first <= MAX_SOURCE; k++) {
    const word = lower(c, k);
    // A capitalised auxiliary inside the sentence is a name or a month ("sank the ferry in May"); "both" or "all"
    // opening the phrase before a noun is its subject's first word ("Both unions hardened ...", not "they both said").
    const auxiliary = AUXILIARIES.has(word) && !(k > first && isCapitalised(c, k)) && !opensSharedSubject(c, k, first, last);
    // "The Kestrian Bankers' Association": a plural's bare apostrophe is inside the subject.
    if (c.regionOf[k] >= 0 || (c.tokens.kinds[k] === TokenKind.PUNCT && !isPluralPossessive(c, k)) || CUE_VERBS.has(word) || auxiliary || CLAUSE_WORDS.has(word)) return k;
    // "Two small parties joined": a plural before a past verb or an auxiliary is the subject's head, not its verb.
    const plural = /s$/u.test(word) && k < last && (isVerbPast(lower(c, k + 1)) || AUXILIARIES.has(lower(c, k + 1)));
    // "The appeals court overturned ...": a form right after an article modifies a noun, no verb.
    if (k > first && (isVerbPast(word) || /^[a-z]+s$/u.test(word)) && !isCapitalised(c, k) && !plural && !ARTICLES.has(lower(c, k - 1))) return k;
    // "Police put the number at 18,000": one before a determiner, not after one, is a verb with its object.
    if (k > first && k < last && NOUN_LIKE_PAST.has(word) && DETERMINERS.has(lower(c, k + 1)) && !DETERMINERS.has(lower(c, k - 1))) return k;
    // "The mayor hit back at critics": a past form that is as often a noun is a verb before its particle.
    if (k > first && k < last && NOUN_LIKE_PAST.has(word) && PARTICLES.has(lower(c, k + 1))) return k;
  }
  return last - first < MAX_SOURCE ? last + 1 : first;
}

// Words listed as auxiliaries ("they both said") that may open a subject phrase: "Both unions", "All three".
const SUBJECT_SHARES = new Set(['both', 'all']);

/**
 * True when token `k` opens the phrase at `first` with "both" or "all" before a word that is no verb: "Both unions".
 * Not before a pronoun: "all she could do was ..." is a clause.
 */
function opensSharedSubject(c: Context, k: number, first: number, last: number): boolean {
  if (k !== first || k >= last || !SUBJECT_SHARES.has(lower(c, k)) || !isWordAt(c, k + 1)) return false;
  const next = lower(c, k + 1);
  return !AUXILIARIES.has(next) && !CUE_VERBS.has(next) && !isVerbPast(next) && !NEW_SUBJECTS.has(next);
}

// Past forms that are as often nouns (past-forms.json leaves them out): verbs before a particle (PARTICLES).
export const NOUN_LIKE_PAST = new Set(['hit', 'set', 'cut', 'put', 'left', 'lost']);
