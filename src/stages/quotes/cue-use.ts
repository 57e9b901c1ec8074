// Whether a cue word is used as a cue here: a verb of speech in use, not a noun, a participle modifier or an idiom.
import { HONORIFICS } from '../mentions/lexicon.js';
import { TokenKind } from '../tokens/types.js';
import { LINKING, CUE_NOUNS, NOUN_COMPLEMENTS, CALL_BACK, PLACING, AMOUNTS, IDIOMS, AUXILIARIES, CUE_VERBS, EVIDENCE, IRREGULAR_PAST, LIGHT_VERBS, NOUN_COMPOUNDS, LY_NOUNS, NOUN_LIKE, PHRASAL_CUES, SUMMONS, LONE_PAST_FORMS, AS_FRAMING, modalityOf, type CueClass, type CueVerb, type PhrasalCue } from './cues.js';
import { VERB_TAG, NOUN_TAG, CLAUSE_WORDS, MAX_SOURCE, COMMA, type Context, lower, isVerbForm, wordsOf, isPunct, isCapitalised, isTitleCase, opensRegion, isParticipleAt, isClausePunct, isHyphenInWord, isSpacedHyphen, lowerWordAt, NOT_CONTENT_START, isWordAt, isNumberAt, isVerbPast, isNounWord, regionWords, isQuoteEnd, SENTENCE_END } from './context.js';
import { OBJECT_PREPOSITIONS, TOPIC_PREPOSITIONS, COLON, TIME_NOUNS, complementSoon, opensInfinitive, PLURAL_NOUN, DETERMINERS, QUANTIFIERS, SUBJECT_PRONOUNS, BE, HAVE, MODALS, FINITE_AUXILIARIES, isFiniteAuxiliary, isListedAdverb, ARTICLES, PARTICLES, OBJECT_PRONOUNS } from './complements.js';
import { isPersonRole } from './addressees.js';
import { CONJUNCTIONS, NEW_SUBJECTS, ADJUNCT_PREPOSITIONS, ABSOLUTE_OPENERS, absoluteParticiple, appositiveBefore, pluralSubjectOfCue, PREPOSITIONS_BEFORE_MODIFIER, PASSIVE_BE, briefedOn, quoteEndsInComma, titleAt, capitalisedTitle, NOUN_LIKE_PAST, contactRelativeArticle, MAX_RELATIVE_SUBJECT, publishedDocument } from './sources.js';

/** The comma before the "with" of an absolute clause whose subject runs up to token `i`; -1 when there is none. */
function absoluteComma(c: Context, i: number, first: number): number {
  let k = i - 1;
  while (k > first && i - k <= MAX_SOURCE && c.regionOf[k] < 0 && isWordAt(c, k) && !ABSOLUTE_OPENERS.has(lower(c, k))) k--;
  return k > first && k < i - 1 && ABSOLUTE_OPENERS.has(lower(c, k)) ? k - 1 : -1;
}

/** True when the comma or dash at token `k` opens an absolute clause whose participle is a cue: ", with Ann Lee calling it". */
export function opensAbsoluteAttribution(c: Context, k: number, last: number): boolean {
  if (k < 0 || !isClausePunct(c, k) || k + 2 > last || c.regionOf[k + 1] >= 0) return false;
  // "with shadow housing secretary Ann Lee calling ...": an "-ing" noun in the subject is no cue.
  return absoluteParticiple(c, k + 1, last, (p) => isParticipleAt(c, p) && CUE_VERBS.get(lower(c, p))?.participle === true) >= 0;
}

/**
 * True when a name and its apposition end at the comma at token `comma` before a noun-like form, as its subject ("Ann
 * Lee, the harbour master, supports ..."); a list's last item is none ("In London, Paris, and Berlin, calls for ...").
 */
function apposedSubjectBefore(c: Context, comma: number, first: number): boolean {
  const apposition = appositiveBefore(c, comma, first);
  return apposition !== null && !/^\s*(?:and|or)\s/u.test(c.text.slice(apposition.start, c.tokens.starts[comma]).split(/[,—–]/u).at(-1) ?? '');
}

// Words granting leave to act: "authorized to discuss", "not allowed to speak".
const PERMISSIONS = new Set(['authorized', 'authorised', 'allowed', 'permitted', 'cleared', 'empowered']);
/** Forms of "decide", which also means settling an outcome: "the voters will decide the race". */
const DECIDE = new Set(['decide', 'decides', 'decided', 'deciding']);

/** The most words of an object after "decide" searched for a verb that would make them a clause's subject. */
const MAX_DECIDED_OBJECT = 8;

/**
 * True when "decide" at token `i` settles an outcome rather than reporting a decision: in the passive ("the seat was
 * decided by 40 votes") or with a noun phrase as its object ("will decide the race", "won't decide Kerrow"), not a
 * clause ("decided the mill should close": a finite or past verb follows its subject) nor "to", "that" or a question
 * word (PolNeAR marks 0 of 10 passives and 1 of 9 such objects on train a cue).
 */
function settlesOutcome(c: Context, i: number, prev: string): boolean {
  if (PASSIVE_BE.has(prev)) return true;
  if (i + 1 >= c.tokens.count || !isWordAt(c, i + 1)) return false;
  const next = lower(c, i + 1);
  if (!DETERMINERS.has(next) && !isCapitalised(c, i + 1) && !PLURAL_NOUN.test(next)) return false;
  for (let k = i + 1; k < c.tokens.count && k - i <= MAX_DECIDED_OBJECT && isWordAt(c, k); k++) {
    const word = lower(c, k);
    if (isFiniteAuxiliary(word) || NEW_SUBJECTS.has(word) || isVerbPast(word)) return false;
  }
  return true;
}

/** Forms of the verbs of beginning, whose to-infinitive names an act getting under way. */
export const ONSETS = new Set(['begin', 'begins', 'began', 'begun', 'beginning', 'start', 'starts', 'started', 'starting']);

/**
 * True when the object after the cue at token `i` is called back, not remembered: a person named by role with no
 * participle after it ("recalled its ambassador to ...", but "recalled her father telling her ...") or a number of
 * things, perhaps approximate ("recalls 40,000 cars", "is recalling about 212,000 of its vans").
 */
function callsBack(c: Context, i: number): boolean {
  const opening = i + 1 < c.tokens.count && APPROXIMATORS.has(lower(c, i + 1)) ? i + 2 : i + 1;
  const head = opening < c.tokens.count && DETERMINERS.has(lower(c, opening)) ? opening + 1 : opening;
  if (head >= c.tokens.count) return false;
  // "recalls about 40,000 cars", "is recalling 212,000 of its vans".
  if (isNumberAt(c, head)) return head + 1 < c.tokens.count && (PLURAL_NOUN.test(lower(c, head + 1)) || lower(c, head + 1) === 'of');
  if (!isWordAt(c, head)) return false;
  const word = lower(c, head);
  return isPersonRole(word) && !(head + 1 < c.tokens.count && /^[a-z]{3,}ing$/u.test(lower(c, head + 1)));
}

// Words before a count that keep it one: "added around 290,000 jobs".
const APPROXIMATORS = new Set(['about', 'around', 'nearly', 'almost', 'roughly', 'some', 'over', 'another']);
// Most tokens from a placing verb to its "to" (six words of object between): "adds a fresh and long overdue angle to".
const MAX_PLACED_OBJECT = 7;

// Most tokens after a count in which a finite verb makes it a clause's subject: "added 12 people | had been taken".
const MAX_COUNTED_SUBJECT = 3;

/** True when a finite auxiliary or a past form follows the count at token `count` soon: "added 40 schools would close". */
function countOpensClause(c: Context, count: number): boolean {
  for (let k = count + 1; k < c.tokens.count && k - count <= MAX_COUNTED_SUBJECT && isWordAt(c, k); k++) {
    const word = lower(c, k);
    if (isFiniteAuxiliary(word) || (k > count + 1 && isVerbPast(word))) return true;
  }
  return false;
}

/**
 * True when the verb at token `i` puts one thing into another rather than saying more: a count follows ("added 290,000
 * jobs"), or a noun phrase with no clause, pronoun subject or verb in it and then "to" before a determiner, a name or a
 * number ("added a new title to her resume", "adds fuel to the row"); in the passive, after any listed adverbs, "to"
 * follows at once ("a note was added to the file", "was also added to"). "added that ...", "added he would stay", 'added, "..."' are speech.
 */
function placesThing(c: Context, i: number): boolean {
  const count = i + 1 < c.tokens.count && APPROXIMATORS.has(lower(c, i + 1)) ? i + 2 : i + 1;
  if (count < c.tokens.count && isNumberAt(c, count)) return !countOpensClause(c, count);
  let be = i - 1;
  while (be > 0 && isListedAdverb(lower(c, be))) be--;
  const passive = be >= 0 && PASSIVE_BE.has(lower(c, be));
  for (let k = i + 1; k + 1 < c.tokens.count && k - i <= MAX_PLACED_OBJECT; k++) {
    if (!isWordAt(c, k)) return false;
    const word = lower(c, k);
    if (word === 'to') return (k > i + 1 || passive) && (DETERMINERS.has(lower(c, k + 1)) || isCapitalised(c, k + 1) || isNumberAt(c, k + 1));
    if (passive || CLAUSE_WORDS.has(word) || SUBJECT_PRONOUNS.has(word) || AUXILIARIES.has(word) || isVerbForm(word)) return false;
  }
  return false;
}

/**
 * True when "answer" at token `i` takes a summons as its object, after any determiner or possessive: "answers the
 * practice phone", "answered her door" tell of someone coming to it, not of words said in reply (PolNeAR marks no
 * such object on train a cue).
 */
function answersSummons(c: Context, i: number): boolean {
  let k = i + 1;
  while (k < c.tokens.count && k - i <= MAX_SUMMONS_OBJECT && isWordAt(c, k) && !SUMMONS.has(lower(c, k)) && !CLAUSE_WORDS.has(lower(c, k)) && !isFiniteAuxiliary(lower(c, k))) k++;
  return k < c.tokens.count && k - i <= MAX_SUMMONS_OBJECT && isWordAt(c, k) && SUMMONS.has(lower(c, k));
}

// Most tokens from "answer" to its summons: "answers | the practice phone".
const MAX_SUMMONS_OBJECT = 3;

// A year, which dates what follows rather than counting it: "In 2016 Democrats call for ...".
const YEAR = /^(?:19|20)\d\d$/u;
// A number with a fraction ("0.82", "3/4"), which counts a share or a price and dates nothing.
const FRACTION = /\d[.:/]\d/u;

/**
 * True when the plural noun-like form at token `i` is what a count before a name counts ("will receive 0.82 Harbour
 * shares for each"): the count is no year and holds a fraction, or "for"/"of" follows the form. A date's day counts
 * nothing ("On May 5 Reuters reports that ...").
 */
function countedAfterName(c: Context, i: number, form: string, first: number): boolean {
  if (!NOUN_LIKE.has(form) || !form.endsWith('s') || i - 2 < first || !isCapitalised(c, i - 1) || !isNumberAt(c, i - 2)) return false;
  const count = lower(c, i - 2);
  const next = i + 1 < c.tokens.count ? lower(c, i + 1) : '';
  return !YEAR.test(count) && (FRACTION.test(count) || next === 'for' || next === 'of');
}

// Numbers in words: "three planned strikes" counts what follows a participle.
export const COUNT_WORDS = new Set(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'several']);

/**
 * True when the past form at token `i` describes the noun after it ("three planned 24-hour strikes", "two expected
 * walkouts"): a number or a lower-case word follows that is no determiner, pronoun, clause word, preposition or gerund
 * ("Two warned that ...", "three criticised the plan" are verbs).
 */
function participleBeforeNoun(c: Context, i: number, form: string, verb: CueVerb): boolean {
  if (form === verb.lemma || form.endsWith('s') || verb.participle || i + 1 >= c.tokens.count) return false;
  if (isNumberAt(c, i + 1)) return true;
  const next = lowerWordAt(c, i + 1, c.tokens.count - 1);
  // "Several said they would stay", "two in three said he": a subject pronoun after the form opens a reported clause.
  return next !== null && isNounWord(next) && !DETERMINERS.has(next) && !OBJECT_PRONOUNS.has(next) && !NEW_SUBJECTS.has(next) && !QUANTIFIERS.has(next) && !OBJECT_QUANTIFIERS.has(next);
}

/**
 * True when the cue form at token `i` is the verb of a capitalised name ending in "'s" before it ("Moody's said the
 * outlook ...", "Lloyd's warns ..."): a form that is no noun ("Lee's claim") nor gerund ("Lee's calling him"), and
 * is present or comes before what opens a clause or an object (a determiner, pronoun, "that", a name, a number, a
 * quote or punctuation). Before a bare noun the form describes that noun after a possessive ("Lee's stated aim").
 */
function verbOfNameInS(c: Context, i: number, form: string, verb: CueVerb): boolean {
  if (!isCapitalised(c, i - 1) || CONTRACTED_US.test(lower(c, i - 1)) || i + 1 >= c.tokens.count || NOUN_LIKE.has(form) || verb.participle) return false;
  if (form.endsWith('s')) return true;
  const next = lower(c, i + 1);
  return DETERMINERS.has(next) || SUBJECT_PRONOUNS.has(next) || OBJECT_PRONOUNS.has(next) || next === 'that' || isCapitalised(c, i + 1) || isNumberAt(c, i + 1) || opensRegion(c, i + 1) || c.tokens.kinds[i + 1] === TokenKind.PUNCT;
}

// Most words of a preposition's phrase before a past participle describing its noun: "In | a short statement | posted".
const MAX_PREPOSITIONAL_PHRASE = 5;

/**
 * True when the words before the past form at token `i`, from the sentence's start, are only a preposition and its
 * noun phrase in lower case, and the main clause after the phrase's comma has a speech cue of its own: "In a
 * statement | posted on its website, the club said ...". A finite verb needs a subject there, so the form describes
 * the noun; the main clause's cue reports the words.
 */
function afterOpeningPrepositionalPhrase(c: Context, i: number, first: number): boolean {
  let k = i - 1;
  while (k > first && i - k <= MAX_PREPOSITIONAL_PHRASE && !isCapitalised(c, k) && !SUBJECT_PRONOUNS.has(lower(c, k)) && !FINITE_AUXILIARIES.has(lower(c, k))) k--;
  if (k !== first || k === i - 1 || !OPENING_PREPOSITIONS.has(lower(c, k)) || isCapitalised(c, k + 1)) return false;
  let comma = i + 1;
  while (comma < c.tokens.count && c.regionOf[comma] < 0 && isWordAt(c, comma)) comma++;
  if (comma >= c.tokens.count || !isPunct(c, comma, COMMA)) return false;
  for (let v = comma + 1; v < c.tokens.count && !isPunct(c, v, SENTENCE_END); v++) {
    const verb = c.regionOf[v] < 0 ? CUE_VERBS.get(lower(c, v)) : undefined;
    if (verb && !verb.participle && speaks(verb)) return true;
  }
  return false;
}

// Prepositions that open an adjunct before the main clause, not a clause of time ("after the vote ended", "by the time").
const OPENING_PREPOSITIONS = new Set(['in', 'on', 'at', 'during', 'with', 'through', 'under', 'from']);

/** The cue verb at token `v`, read whole when it opens a phrasal cue ("made it clear", "took aim at"); else the single word's. */
export function cueVerbAt(c: Context, v: number, last: number): CueVerb | undefined {
  return phrasalAt(c, v, last)?.verb ?? CUE_VERBS.get(lower(c, v));
}

// Words joining a clause that has its own subject: "..., but Mexico says", "... while critics argued".
export const CLAUSE_JOINS = new Set(['but', 'while', 'and', 'whereas', 'although', 'though', 'yet']);
// Quantifiers that stand alone as a clause's subject ("Some fear a closure"); "any support", "other calls" are nouns.
const SUBJECT_QUANTIFIERS = new Set(['some', 'many', 'few']);
// Participles that give a name after a noun ("a man named Tom Ash"): a reduced relative, not a cue.
const NAMING_PARTICIPLES = new Set(['called', 'named']);
// Forms of "help", before the verb of what is helped ("helped shape the bill").
const HELP = new Set(['help', 'helps', 'helped', 'helping']);
// Subject pronouns glued to "has": "he's said" is a verb, "Clinton's pledged delegates" a noun.
export const CONTRACTED_HAS = /^(?:he|she|it|who|that|there|one)['’]s$/u;
// "Let's say ...": "let" with a contracted "us" before a bare verb, no name ending in "'s".
const CONTRACTED_US = /^let['’]s$/u;
// Openers of more than one word taking a participle as a preposition does: "Instead of naming the firm, the mayor
// said ...", "Rather than blaming the crew, she said ...", "In addition to praising the crew, she ...", "Aside from
// ...". The act they name is the main clause subject's.
const PHRASAL_GERUND_OPENERS = [['instead', 'of'], ['rather', 'than'], ['in', 'addition', 'to'], ['aside', 'from'], ['apart', 'from']];

/** The first token of a phrasal opener taking a participle (`PHRASAL_GERUND_OPENERS`) that ends at token `k`, or -1. */
export function phrasalOpenerStart(c: Context, k: number, first: number): number {
  for (const words of PHRASAL_GERUND_OPENERS) {
    const start = k - words.length + 1;
    if (start >= first && words.every((word, n) => lower(c, start + n) === word)) return start;
  }
  return -1;
}

// Words beside the auxiliaries that a participle cue follows: ", adding that", "while insisting", "and saying".
const BEFORE_PARTICIPLE = new Set([',', 'and', 'while', 'after', 'before', 'by', 'upon', 'without', 'when', 'in', 'as', '—', '–']);

/** True for a word a participle cue may follow: a joining word, a comma or an auxiliary ("is saying", "and saying"). */
function followsParticiple(word: string): boolean {
  return BEFORE_PARTICIPLE.has(word) || AUXILIARIES.has(word);
}

/** The token after the joining word at `k` where a participle would stand, past one manner adverb: "before | publicly | saying". */
export function participleAfterAdverb(c: Context, k: number, last: number): number {
  return k + 2 <= last && isMannerAdverb(c, k + 1) ? k + 2 : k + 1;
}

/** True when the token before `i` is an honorific or title written before a name ("Senator", "Ms", "Rep."). */
function afterHonorific(c: Context, i: number): boolean {
  const word = (k: number): string => c.text.slice(c.tokens.starts[k], c.tokens.ends[k]);
  const before = i >= 2 && word(i - 1) === '.' ? `${word(i - 2)}.` : word(i - 1);
  return HONORIFICS.has(before);
}

// Most words an object may run to before the "as" that casts it ("cast the race with Lund as a two-way fight").
const MAX_CAST_OBJECT = 8;

/**
 * True when an "as" follows the object of the framing verb at token `i` in its clause: "painted the plan as a
 * giveaway", "has cast himself as an outsider"; "cast a ballot", "pitched a tent" are another sense.
 */
function castsObjectAs(c: Context, i: number): boolean {
  for (let k = i + 2; k < c.tokens.count && k <= i + 1 + MAX_CAST_OBJECT; k++) {
    if (lower(c, k) === 'as') return true;
    if (isClausePunct(c, k) || CLAUSE_WORDS.has(lower(c, k))) return false;
  }
  return false;
}

/**
 * True when the lone past form at token `i` ("found", listed alone as its other forms are another sense) is the perfect
 * of its cue after "has": before "that" or closing its clause ("A poll has found that ...", "..., a poll has found.").
 * With a noun after it, it is the other sense ("has found a new job").
 */
function perfectOfLonePast(c: Context, i: number, form: string): boolean {
  return LONE_PAST_FORMS.has(form) && (i + 1 >= c.tokens.count || lower(c, i + 1) === 'that' || c.tokens.kinds[i + 1] === TokenKind.PUNCT);
}

// Most words an object may run to before the amount that follows its verb ("charged the rowers a $50 fee").
const MAX_BEFORE_AMOUNT = 4;
const CURRENCY_SIGN = /^\p{Sc}$/u;
const PERCENT_WORDS = new Set(['percent', '%', 'per']);

/**
 * True when an amount of money or a percentage follows the verb at token `i` in its clause, over at most
 * `MAX_BEFORE_AMOUNT` words and before any "with" or clause word: "Ferry bookings declined 12 percent", "dues declined to $4
 * million", "The gym charged members a $50 fee" tell a fall or a price. "declined to comment", "charged him with
 * fraud" name no amount.
 */
function takesAmount(c: Context, i: number): boolean {
  for (let k = i + 1; k < c.tokens.count && k <= i + MAX_BEFORE_AMOUNT + 1; k++) {
    const word = lower(c, k);
    if (c.regionOf[k] >= 0 || isClausePunct(c, k) || CLAUSE_WORDS.has(word) || word === 'with') return false;
    if (CURRENCY_SIGN.test(c.text.slice(c.tokens.starts[k], c.tokens.ends[k]))) return true;
    if (isNumberAt(c, k) && k + 1 < c.tokens.count && PERCENT_WORDS.has(lower(c, k + 1))) return true;
  }
  return false;
}

/**
 * True when the cue word at `i` is used as a verb, judged from its neighbours: not capitalised mid-sentence
 * ("the United States"), not after a determiner or possessive ("his comments", "Clinton's pledged delegates"),
 * a past participle after "has", a base form after a modal, an -ing form after a comma or auxiliary. `documented` is
 * the document a participle cue describes (`CueSite`), -1 for none.
 */
export function isVerbUse(c: Context, i: number, first: number, form: string, verb: CueVerb, documented: number): boolean {
  if (AS_FRAMING.has(form) && !castsObjectAs(c, i)) return false;
  // Mid-sentence capitals are names ("the United States"), except in title-case headlines ("Trump Says He Will Win").
  // Between capitals it may be a headline's verb ("GOP Warns Trump"), but not right after an honorific: "Senator Hope
  // Talley says" names her.
  if (i > first && c.titleCaseHeadline !== first && isCapitalised(c, i) && !opensRegion(c, i - 1) && (afterHonorific(c, i) || !(isCapitalised(c, i - 1) && i < c.tokens.count - 1 && isCapitalised(c, i + 1)))) return false;
  // "a Washington think tank", "a talk show host": a word of a compound noun.
  if (i + 1 < c.tokens.count && NOUN_COMPOUNDS.has(`${form} ${lower(c, i + 1)}`)) return false;
  if (i - 1 >= first && NOUN_COMPOUNDS.has(`${lower(c, i - 1)} ${form}`)) return false;
  // "found herself in court", "found a way to win", "as we know it": a fixed phrase of another sense.
  if (inIdiom(c, i, form)) return false;
  // "Support for Ms Lee is strongest ...", "But praise for the crew was muted": a cue noun's bare form opening the
  // sentence before a preposition heads the subject (`nounFrame` reads it); an imperative there would want an object
  // first. An "-s" form there may be a headline's verb whose subject is left out ("Calls for calm"), so it stays a verb.
  if (CUE_NOUNS.has(form) && form === verb.lemma && opensSentenceBare(c, i, first) && i + 1 < c.tokens.count && lower(c, i + 1) !== 'that' && NOUN_COMPLEMENTS.has(lower(c, i + 1))) return false;
  // "Noting that the river rose, the mayor ...": a participle of speech opening the sentence is the main clause's.
  // "Hope Garland said ...", "Report Digital, a publisher, said ...": a capitalised form before more capitals and a
  // verb opens a name; a bare form before an apposition's comma too ("Said Ann Lee, a nurse, ..." is an inverted cue).
  if (i === first) return (!verb.participle || OPENING_PARTICIPLES.has(verb.cueClass)) && !(c.titleCaseHeadline !== first && nameBeforeVerb(c, i + 1, form === verb.lemma));
  const prev = lower(c, i - 1);
  if (DETERMINERS.has(prev)) return false;
  // "left the hall, | looking worried": a past form after a linking verb's participle opening a clause after a comma
  // tells how the subject looked; it is an adjective, and the participle no subject of a closing cue.
  if (isVerbPast(form) && i - 2 >= first && c.regionOf[i - 1] < 0 && LINKING.has(prev) && prev.endsWith('ing') && isPunct(c, i - 2, COMMA)) return false;
  // "There were fears that ...": after an existential "there" and its verb the form is a noun (`nounFrame` reads it),
  // or an adjective before one ("There have been repeated complaints from ... that").
  if (afterExistential(c, i, first)) return false;
  if (pluralSubjectOfCue(c, i, form)) return false;
  if ((COUNT_WORDS.has(prev) || PREPOSITIONS_BEFORE_MODIFIER.has(prev)) && participleBeforeNoun(c, i, form, verb)) return false;
  if (!verb.participle && isVerbPast(form) && afterOpeningPrepositionalPhrase(c, i, first)) return false;
  if (publishedDocument(c, i)) return false;
  if (CALL_BACK.has(verb.lemma) && callsBack(c, i)) return false;
  if (PLACING.has(verb.lemma) && placesThing(c, i)) return false;
  if (AMOUNTS.has(verb.lemma) && takesAmount(c, i)) return false;
  if (verb.lemma === 'answer' && answersSummons(c, i)) return false;
  // "has made the same claim that ...": a noun after a light verb and its article (`nounFrame` reads it).
  if (NOUN_LIKE.has(form) && i + 1 < c.tokens.count && lightVerbBefore(c, i, i + 1, first, Math.min(c.tokens.count - 1, i + 3)) >= 0) return false;
  if (isNumberAt(c, i - 1)) return verb.cueClass !== 'intent' && !NOUN_LIKE.has(form);
  if (countedAfterName(c, i, form, first)) return false;
  if (/['’]s$/u.test(prev) && !CONTRACTED_HAS.test(prev) && !verbOfNameInS(c, i, form, verb)) return false;
  // "he's hoping", "they’re saying": a pronoun with a contracted "is"/"are" makes a progressive.
  if (verb.participle && CONTRACTED_LINK.test(prev)) return true;
  if (HAVE.has(prev) || CONTRACTED_HAS.test(prev)) return (form !== verb.lemma || perfectOfLonePast(c, i, form) || AS_FRAMING.has(form)) && !verb.participle && !form.endsWith('s');
  // "because he was not authorized to discuss the matter": leave to speak is no speech (PolNeAR: 1 of 11 a cue); "has
  // begun to attack the plan", "the crowd started to chant": the onset of an act, no act reported (PolNeAR marks 11 of
  // 98 infinitives after "begin" or "start" on train a cue; "began criticising" stays).
  if (prev === 'to' && i - 2 >= first && (PERMISSIONS.has(lower(c, i - 2)) || ONSETS.has(lower(c, i - 2)))) return false;
  if (DECIDE.has(form) && settlesOutcome(c, i, prev)) return false;
  // "In addition to stating that ...": the "to" closing a phrasal opener takes a participle, not a base form.
  if (verb.participle && prev === 'to' && phrasalOpenerStart(c, i - 1, first) >= 0) return true;
  if (MODALS.has(prev)) return form === verb.lemma;
  // "The report helped persuade the board", "Nega helped found the movement": what the subject helped bring about is
  // no speech or stance of its own (PolNeAR marks 8 of 426 words after "help" on train a cue).
  if (HELP.has(prev)) return false;
  if (briefedOn(c, i)) return false;
  // "a charity called Harbour Light Trust", 'a class called "Perception"', "a man named Tom Ash": naming, not a cue.
  // "a meeting that the mayor called "a farce"", "a claim the airline called "untrue"": after a relative clause's
  // subject the form is that clause's verb.
  if (NAMING_PARTICIPLES.has(form) && !SUBJECT_PRONOUNS.has(prev) && !AUXILIARIES.has(prev) && !CLAUSE_WORDS.has(prev) && namesNounOnly(c, i, first) && !relativeSubjectBefore(c, i, first)) return false;
  // "battleground states", "a base of support": a noun-like form is a verb only after a subject or auxiliary.
  if (NOUN_LIKE.has(form) && QUANTIFIERS.has(prev)) return SUBJECT_QUANTIFIERS.has(prev) && quantifierSubject(c, i, first, form, verb);
  if (NOUN_LIKE.has(form)) {
    const next = i + 1 < c.tokens.count ? lower(c, i + 1) : '';
    // 'the quiz programme "Tide Tables,"': a title in quote marks right after the form names what the noun is.
    // 'the TV show, "The Apprentice," ...': so does a title set off by commas after it.
    const titled = (i + 1 < c.tokens.count && opensRegion(c, i + 1) && titleAt(c, c.regionOf[i + 1], first)) || apposedTitleAfter(c, i, first);
    if (titled && !SUBJECT_PRONOUNS.has(prev) && !AUXILIARIES.has(prev) && !EVIDENCE.has(prev)) return false;
    const complement = next === 'that' || (i + 1 < c.tokens.count && (isPunct(c, i + 1, COLON) || opensRegion(c, i + 1)));
    // "the Hamas attack", "faces calls to resign": a name after a determiner, or a verb before, makes a noun.
    const name = isCapitalised(c, i - 1) && c.tokens.kinds[i - 1] === TokenKind.WORD && !(i - 2 >= first && DETERMINERS.has(lower(c, i - 2)));
    // "Trump support is strongest in ...": a form right before "is" or "has" heads a subject, but not after a subject
    // pronoun ("who she insists was treated badly"); so does one right before a modal or "did" ("the tax plans would
    // cost", "the coastal plans did not go down well"), which no cue verb takes as its object unless its object is a
    // gap a clause word before the subject opened ("a deal that Ms Ruiz hopes | will pass").
    if (!complement && !SUBJECT_PRONOUNS.has(prev) && (BE.has(next) || (HAVE.has(next) && next !== 'having') || (MODALS.has(next) && next !== 'to' && !gapClauseBefore(c, i, first)) || pastPredicateAfter(c, i + 1) || (form.endsWith('s') && bareVerbAfter(c, i + 1)))) return false;
    // "Olympic champion Tasha Greer said": a role right before a name that a verb follows is the name's title.
    if (!SUBJECT_PRONOUNS.has(prev) && !AUXILIARIES.has(prev) && titleBeforeName(c, i)) return false;
    // "regularly pledges to", "often calls for": a manner adverb goes with a verb.
    // "Growers promise to ...", "skywriters blast ...": a headline drops its articles, so a plural noun before a bare
    // form is its subject; with an article ("The latest jobs report shows ...") the plural is a noun's modifier.
    const headlineSubject = c.headline === first && !form.endsWith('s') && /s$/u.test(prev) && isNounWord(prev) && !hasArticle(c, first, i - 1);
    // "as judge calls customer losses 'staggering'": a headline's "-s" form after a singular noun, before a bare object
    // and its quoted label.
    const headlineLabel = c.headline === first && form.endsWith('s') && isWordAt(c, i - 1) && isNounWord(prev) && bareObjectBeforeQuote(c, i + 1);
    return complement || SUBJECT_PRONOUNS.has(prev) || EVIDENCE.has(prev) || evidenceBeforePlace(c, i, first) || AUXILIARIES.has(prev) || CLAUSE_WORDS.has(prev) || prev === 'and' || prev === 'but' || name || headlineSubject || headlineLabel || isMannerAdverb(c, i - 1) || focusesVerb(c, i - 1, first) || nounSubjectBefore(c, i, form, verb) || (prev === ',' && i - 1 > first && apposedSubjectBefore(c, i - 1, first));
  }
  // "those backing other candidates", "voters supporting Trump": a participle after its subject noun.
  if (verb.participle && (SUBJECT_PRONOUNS.has(prev) || prev === 'those') && i + 1 < c.tokens.count && c.tokens.kinds[i + 1] === TokenKind.WORD) return true;
  if (describesNoun(c, i, verb) || documented >= 0 || (verb.participle && opensAbsoluteAttribution(c, absoluteComma(c, i, first), i))) return true;
  // "after firmly saying", "while privately insisting": a manner adverb may stand between.
  const adverbAfterJoin = i - 2 >= first && participleAfterAdverb(c, i - 2, i) === i && followsParticiple(lower(c, i - 2));
  if (verb.participle) return followsParticiple(prev) || adverbAfterJoin || isQuoteEnd(c, i - 1) || (i > first && isSpacedHyphen(c, i - 1)) || (i + 1 < c.tokens.count && (lower(c, i + 1) === 'that' || isPunct(c, i + 1, COLON) || opensRegion(c, i + 1)));
  return true;
}


// Place adverbs that may follow a subject before its verb: "Polls there show ...".
const PLACE_ADVERBS = new Set(['there', 'here']);

/** True when a place adverb after a noun of evidence stands right before token `i`: "Polls there | show Brand ahead". */
function evidenceBeforePlace(c: Context, i: number, first: number): boolean {
  return i - 2 >= first && PLACE_ADVERBS.has(lower(c, i - 1)) && EVIDENCE.has(lower(c, i - 2));
}

/**
 * True when a relative or question word stands a few words before token `i`, so the form may be that clause's verb with
 * its object a gap ("what the engineers estimate | will be needed").
 */
function gapClauseBefore(c: Context, i: number, first: number): boolean {
  for (let d = i - 1; d >= first && i - d <= MAX_GAP_SUBJECT + 1 && isWordAt(c, d) && c.regionOf[d] < 0; d--) if (RELATIVE_OPENERS.has(lower(c, d)) || lower(c, d) === 'what') return true;
  return false;
}
// Words of a gap clause's subject, a name with its "of" phrase among them ("what the Society of Civil Engineers | estimates").
const MAX_GAP_SUBJECT = 8;

/**
 * True when the words before token `i` are a determiner phrase that is a relative clause's subject: after "that",
 * "which" or "whom" ("a meeting that | the mayor | called"), or after "a"/"an" and a short noun with no relative word
 * (`contactRelativeArticle`: "a claim | the airline | called").
 */
function relativeSubjectBefore(c: Context, i: number, first: number): boolean {
  let d = i - 1;
  while (d > first && i - d <= MAX_RELATIVE_SUBJECT && lowerWordAt(c, d, i) !== null && !DETERMINERS.has(lower(c, d))) d--;
  // The relative word may stand before `first`, which a caller may set at the subject itself.
  if (d < first || d === 0 || !DETERMINERS.has(lower(c, d))) return false;
  return (c.regionOf[d - 1] < 0 && RELATIVE_OPENERS.has(lower(c, d - 1))) || contactRelativeArticle(c, d, 0, c.tokens.count - 1) >= 0;
}

/**
 * True when the naming participle at `i` gives a common noun before it a name and nothing more ("a charity called
 * Harbour Rising met ..."); the name's end is found once for both tests.
 */
function namesNounOnly(c: Context, i: number, first: number): boolean {
  const nameEnd = afterName(c, i + 1);
  return namesNounBefore(c, i, first, nameEnd) && givesNameOnly(c, i, nameEnd);
}

/**
 * True when a naming participle at `i`, its name ending before token `nameEnd` (`afterName`), may follow a common noun:
 * right after it ("a charity called ...") or set off by a comma after it ("a newsletter, called ..."), not after a name
 * ("Reed called ...", "Ms Lane, a nurse, called").
 */
function namesNounBefore(c: Context, i: number, first: number, nameEnd: number): boolean {
  const noun = isPunct(c, i - 1, COMMA) && i - 2 >= first ? i - 2 : i - 1;
  if (c.tokens.kinds[noun] !== TokenKind.WORD || isCapitalised(c, noun)) return false;
  // After a comma the phrase is a noun's aside only when it closes on a comma or the sentence's end ("a newsletter,
  // called the "Ledger," is ..."); "the farmers, angry, called ..." has its verb there.
  return noun === i - 1 || asideClosesAfterName(c, nameEnd);
}

// Words that may stand inside a name after its first capital: "Bank of the North", "Tom's Diner".
const NAME_LINKS = new Set(['of', 'the', 'and', "'s", '’s', '&']);

/** The token after the name or quoted title that begins at token `k` ("the Harbour Readers", '"Ledger,"'), or -1. */
function afterName(c: Context, k: number): number {
  if (k < c.tokens.count && lower(c, k) === 'the' && k + 1 < c.tokens.count && (isCapitalised(c, k + 1) || opensRegion(c, k + 1))) k++;
  if (k >= c.tokens.count) return -1;
  if (opensRegion(c, k)) {
    const region = c.regionOf[k];
    while (k < c.tokens.count && c.regionOf[k] === region) k++;
    return k;
  }
  if (!isCapitalised(c, k) && !isNumberAt(c, k)) return -1;
  while (k < c.tokens.count && (isCapitalised(c, k) || isNumberAt(c, k) || (NAME_LINKS.has(lower(c, k)) && k + 1 < c.tokens.count && isCapitalised(c, k + 1)))) k++;
  return k;
}

/**
 * True when the naming participle at `i`, its name ending before token `nameEnd`, gives a name and nothing more: "a
 * group called Harbour Rising | met on Monday", "a fisherman named Ivo Grant | told ...", "a blog called the "Ledger,"
 * ...". A second complement after the name makes it a label applied to someone ("The farmers called Dunn | a coward",
 * "called the Harbour Board | reckless"), which is a cue.
 */
function givesNameOnly(c: Context, i: number, nameEnd: number): boolean {
  // A quoted title ('a class called "Perception"', 'a blog called the "Ledger"') is a name: a quoted label follows its
  // object ('called the plan "reckless"').
  if (i + 1 < c.tokens.count && opensRegion(c, i + 1)) return true;
  if (nameEnd < 0) return false;
  if (nameEnd >= c.tokens.count || c.regionOf[nameEnd - 1] >= 0) return true;
  if (opensRegion(c, nameEnd)) return false;
  if (c.tokens.kinds[nameEnd] !== TokenKind.WORD) return true;
  const next = lower(c, nameEnd);
  return FINITE_AUXILIARIES.has(next) || CLAUSE_WORDS.has(next) || CLAUSE_JOINS.has(next) || OBJECT_PREPOSITIONS.has(next) || OPENING_PREPOSITIONS.has(next) || isVerbPast(next) || inflectedCueVerb(next);
}

/** True for an inflected form of a cue verb that is no noun ("said", "warns"); a bare form may be one ("report"). */
function inflectedCueVerb(word: string): boolean {
  const verb = CUE_VERBS.get(word);
  return verb !== undefined && word !== verb.lemma && !NOUN_LIKE.has(word);
}

/** True when the aside holding a naming participle closes on a comma or the sentence's end after its name, at `k`. */
function asideClosesAfterName(c: Context, k: number): boolean {
  if (k < 0) return false;
  if (k >= c.tokens.count || isPunct(c, k, COMMA) || isPunct(c, k, SENTENCE_END)) return true;
  return c.regionOf[k - 1] >= 0 && quoteEndsInComma(c, c.regionOf[k - 1]);
}

// Relative words before a clause's own subject: "a meeting that | the mayor called ...".
const RELATIVE_OPENERS = new Set(['that', 'which', 'whom']);

/**
 * True when token `k` is a past form that opens a predicate with no noun after it ("shares fell 6%", "shares rose
 * sharply"): the verb of the noun before it. Before a noun it may be a participle describing it ("claims rigged votes").
 */
function pastPredicateAfter(c: Context, k: number): boolean {
  if (k >= c.tokens.count || !isWordAt(c, k) || isCapitalised(c, k) || !isVerbPast(lower(c, k))) return false;
  return !(k + 1 < c.tokens.count && isWordAt(c, k + 1) && !isCapitalised(c, k + 1) && isNounWord(lower(c, k + 1)));
}

/**
 * True when token `k` is a bare verb form the tagger reads as a verb ("resonate", "upend"): after an "-s" form it makes
 * that form a plural noun heading the subject ("Coastal attacks | resonate with voters"), since a third-person verb
 * takes no bare verb after it.
 */
function bareVerbAfter(c: Context, k: number): boolean {
  if (k >= c.tokens.count || c.tags[k] !== VERB_TAG || !isWordAt(c, k) || isCapitalised(c, k)) return false;
  const word = lower(c, k);
  return !INFLECTED.test(word) && !CUE_VERBS.has(word) && !(k + 1 < c.tokens.count && c.tags[k + 1] === NOUN_TAG);
}
// Inflected verb endings: "-s", "-ed", "-ing".
const INFLECTED = /(s|ed|ing)$/u;

/**
 * True when the form at token `i` is a role noun right before a capitalised name that a finite verb follows ("Olympic
 * champion Tasha Greer said", "Sprint champion Mara Kell left"): the name is the verb's subject and the form its title.
 */
function titleBeforeName(c: Context, i: number): boolean {
  return isPersonRole(lower(c, i)) && nameBeforeVerb(c, i + 1, false);
}

/**
 * True when capitalised words from token `from` on are followed by a finite verb, or by a comma when `apposed` (an
 * apposition before the verb): the name is a subject ("Tasha Grell said", "Digital, a publisher, said").
 */
function nameBeforeVerb(c: Context, from: number, apposed: boolean): boolean {
  let k = from;
  while (k < c.tokens.count && isWordAt(c, k) && isCapitalised(c, k)) k++;
  if (k === from || k >= c.tokens.count) return false;
  if (apposed && isPunct(c, k, COMMA)) return true;
  if (!isWordAt(c, k) || isCapitalised(c, k)) return false;
  const word = lower(c, k);
  return FINITE_AUXILIARIES.has(word) || isVerbPast(word) || NOUN_LIKE_PAST.has(word) || (CUE_VERBS.has(word) && !NOUN_LIKE.has(word));
}

/**
 * True when the word at token `i` follows an existential "there" and its verb, over auxiliaries and listed adverbs:
 * "There were | fears", "There has long been | criticism", "There have been | repeated complaints".
 */
export function afterExistential(c: Context, i: number, first: number): boolean {
  let k = i - 1;
  let be = false;
  while (k > first && isWordAt(c, k) && AUXILIARIES.has(lower(c, k))) {
    be ||= PASSIVE_BE.has(lower(c, k));
    k--;
  }
  return be && k < i - 1 && lower(c, k) === 'there';
}

/** True when the cue form at token `i` stands in one of the data's idioms ("saw fit", "got to know"). */
function inIdiom(c: Context, i: number, form: string): boolean {
  return (IDIOMS.get(form) ?? []).some(({ words, at }) => i >= at && i - at + words.length <= c.tokens.count
    && words.every((word, k) => lower(c, i - at + k) === word));
}

/**
 * True when a comma and a quoted title follow token `i`, the title closing on a comma of its own: 'the TV show, "The
 * Apprentice," ...' names the show in an apposition. Every word of the title is capitalised; a quote of words in lower
 * case after a comma is what was said ('Polls show, "most voters ..."').
 */
function apposedTitleAfter(c: Context, i: number, first: number): boolean {
  if (i + 2 >= c.tokens.count || !isPunct(c, i + 1, COMMA) || !opensRegion(c, i + 2)) return false;
  const r = c.regionOf[i + 2];
  return quoteEndsInComma(c, r) && capitalisedTitle(c, regionWords(c, r), first);
}

/**
 * True when the form at token `i` agrees with the noun before it (a bare form after a plural, an "-s" form after a
 * singular) and takes an object, so the noun is its subject: "the nurses cite his record", "the agency lists the
 * town's population" ("the jobs report came out" takes no object).
 */
function nounSubjectBefore(c: Context, i: number, form: string, verb: CueVerb): boolean {
  const prev = lower(c, i - 1);
  const agrees = form === verb.lemma ? /[^s]s$/u.test(prev) || pluralHeadBefore(c, i - 1) : form.endsWith('s') && !prev.endsWith('s');
  return agrees && !isCapitalised(c, i - 1) && isNounWord(prev) && (takesObject(c, i, verb) || (form === verb.lemma && closesClause(c, i)));
}

/**
 * True when the form at token `i` ends its clause ("..., the ferry ledgers show.", "..., the filings show, and
 * ..."): a cue closing the words before it. Only a bare form after a plural is taken so ("records show."); an "-s" form
 * after a singular is as often a plural noun ending the phrase ("given his previous remarks, ...").
 */
function closesClause(c: Context, i: number): boolean {
  if (i + 1 >= c.tokens.count || !isPunct(c, i + 1, CLAUSE_CLOSERS)) return false;
  // "sounded a note about the ferry timetable,": a noun phrase after a preposition is its object, with a compound noun.
  let k = i - 1;
  while (k > 0 && i - k <= MAX_CLOSING_SUBJECT && isWordAt(c, k) && (isNounWord(lower(c, k)) || DETERMINERS.has(lower(c, k)) || QUANTIFIERS.has(lower(c, k)))) k--;
  return !(isWordAt(c, k) && PREPOSITIONS_BEFORE_OBJECT.has(lower(c, k)));
}

const CLAUSE_CLOSERS = new Set(['.', ',', ';']);
// Words of a subject noun phrase read back from a closing form ("the state's own campaign finance records show.").
const MAX_CLOSING_SUBJECT = 6;
// Prepositions whose object a noun phrase before a closing form is ("about the jobs report,").
const PREPOSITIONS_BEFORE_OBJECT = new Set([...TOPIC_PREPOSITIONS, ...ADJUNCT_PREPOSITIONS, 'to', 'from', 'at', 'by', 'against', 'over', 'into']);

/**
 * True when "some", "many" or "few" opening a clause is the subject of the bare form after it, which takes an
 * object: "Some view the deal as a trap", "but many fear a second closure" ("many calls to resign" is a noun).
 */
function quantifierSubject(c: Context, i: number, first: number, form: string, verb: CueVerb): boolean {
  const opensClause = i - 1 === first || (i - 2 >= first && (CLAUSE_JOINS.has(lower(c, i - 2)) || isPunct(c, i - 2, COMMA)));
  return opensClause && form === verb.lemma && !isCapitalised(c, i) && takesObject(c, i, verb) && !reducedRelativeAfter(c, i);
}

/**
 * True when the words after the form at token `i` are a relative clause without "that" and then the verb of the noun
 * phrase the form heads: "Some support | the council gives | will help" ("Many fear the council gives too little" has
 * no second verb and stays a clause).
 */
function reducedRelativeAfter(c: Context, i: number): boolean {
  return i + 3 < c.tokens.count && afterShortNounPhrase(c, i + 1, c.tokens.count - 1, (verb) => {
    const finite = isWordAt(c, verb) && (/^[a-z]+[^su]s$/u.test(lower(c, verb)) || isVerbPast(lower(c, verb)));
    return finite && isWordAt(c, verb + 1) && FINITE_AUXILIARIES.has(lower(c, verb + 1));
  });
}

/**
 * True when `test` holds at a token right after a determiner at `det` and one to MAX_LIGHT_NOUN_MODIFIERS noun words
 * ("the deal | will", "a union official | said"), the token before `bound`.
 */
function afterShortNounPhrase(c: Context, det: number, bound: number, test: (k: number) => boolean): boolean {
  if (!DETERMINERS.has(lower(c, det))) return false;
  for (let k = det + 2; k <= det + 1 + MAX_LIGHT_NOUN_MODIFIERS && k < bound; k++) {
    if (!isWordAt(c, k - 1) || !isNounWord(lower(c, k - 1))) return false;
    if (test(k)) return true;
  }
  return false;
}

/** True when the cue form at token `i` has an object after it: a determiner, pronoun, name, number, gerund or infinitive. */
function takesObject(c: Context, i: number, verb: CueVerb): boolean {
  if (i + 1 >= c.tokens.count) return false;
  // "records show 40 percent ...": a number opens the object too.
  if (isNumberAt(c, i + 1)) return true;
  if (!isWordAt(c, i + 1) || relativeClauseAfter(c, i)) return false;
  const next = lower(c, i + 1);
  // A stance or intent may take a gerund: "majorities favor granting ...".
  const gerund = (verb.cueClass === 'stance' || verb.cueClass === 'intent') && /^[a-z]{3,}ing$/u.test(next);
  return DETERMINERS.has(next) || infinitiveAfter(c, i, verb) || QUANTIFIERS.has(next) || OBJECT_QUANTIFIERS.has(next) || OBJECT_PRONOUNS.has(next) || gerund || (isCapitalised(c, i + 1) && !isTitleCase(c, i - 1, i + 1));
}

// Most words of a bare noun phrase before a quoted label: "calls | customer losses | 'staggering'".
const MAX_BARE_OBJECT = 3;

/**
 * True when a short noun phrase in lower case with no determiner opens at token `k` and a quote follows it: a
 * headline's object and the label given to it ("judge calls | customer losses | 'staggering'").
 */
function bareObjectBeforeQuote(c: Context, k: number): boolean {
  for (let j = k; j < c.tokens.count && j - k < MAX_BARE_OBJECT; j++) {
    if (!isWordAt(c, j) || isCapitalised(c, j) || !isNounWord(lower(c, j)) || CUE_VERBS.has(lower(c, j))) return false;
    if (j + 1 < c.tokens.count && opensRegion(c, j + 1)) return true;
  }
  return false;
}

/**
 * True when a verb taking a to-infinitive has one right after it, which makes the noun before it its subject: "the
 * rival teams hope to block the merger".
 */
function infinitiveAfter(c: Context, i: number, verb: CueVerb): boolean {
  // The test reads the two words after "to" and stops at punctuation, so it never crosses into the next sentence.
  return verb.infinitive && i + 1 < c.tokens.count && opensInfinitive(c, i + 1, Math.min(c.tokens.count - 1, i + 3));
}

// Most words of a noun phrase before the verb of a relative clause ("the | state government | released"), and of the
// adjuncts after that verb ("on | Friday | morning").
const MAX_RELATIVE_WORDS = 4;

/**
 * True when the words after the form at token `i` are a relative clause on the noun before it, then that noun's verb:
 * "The jobs report | the government released on Friday | showed ...": a determiner's phrase, a past form taking no
 * object, adjuncts at most, and a second past form. The form is a noun there ("records show the firm paid its staff"
 * goes on with an object).
 */
function relativeClauseAfter(c: Context, i: number): boolean {
  const past = (k: number): boolean => k < c.tokens.count && isWordAt(c, k) && isVerbPast(lower(c, k));
  if (i + 1 >= c.tokens.count || !DETERMINERS.has(lower(c, i + 1))) return false;
  let verb = i + 2;
  while (verb < c.tokens.count && verb - i < MAX_RELATIVE_WORDS && isWordAt(c, verb) && !CLAUSE_WORDS.has(lower(c, verb)) && !past(verb)) verb++;
  if (!past(verb) || (isWordAt(c, verb + 1) && !past(verb + 1) && !NOT_CONTENT_START.has(lower(c, verb + 1)))) return false;
  for (let k = verb + 1; k < c.tokens.count && k - verb <= MAX_RELATIVE_WORDS && isWordAt(c, k) && !CLAUSE_WORDS.has(lower(c, k)) && !CONJUNCTIONS.has(lower(c, k)); k++) {
    if (past(k)) return true;
  }
  return false;
}

// Words opening an object besides determiners: "want all immigrants deported", "show both candidates".
const OBJECT_QUANTIFIERS = new Set(['all', 'both', 'more', 'most', 'little', 'much']);

// Prepositions of a phrase after a subject's head: "voters | in each state", "majorities | across the spectrum".
const HEAD_PREPOSITIONS = new Set(['in', 'of', 'across', 'among', 'from', 'at']);
// Most words of that phrase.
const MAX_HEAD_PHRASE = 4;

/** True when the noun at token `k` ends a prepositional phrase after a plural head: "voters in each | state". */
function pluralHeadBefore(c: Context, k: number): boolean {
  for (let j = k - 1; j > 0 && k - j <= MAX_HEAD_PHRASE; j--) {
    if (!isWordAt(c, j)) return false;
    if (HEAD_PREPOSITIONS.has(lower(c, j))) return isWordAt(c, j - 1) && /[^s]s$/u.test(lower(c, j - 1)) && isNounWord(lower(c, j - 1));
  }
  return false;
}

/** True when tokens `[from, to]` hold an article, which headlines drop. */
function hasArticle(c: Context, from: number, to: number): boolean {
  for (let k = from; k <= to; k++) if (ARTICLES.has(lower(c, k))) return true;
  return false;
}

// Cue classes whose participle may open a sentence for the main clause's subject ("Noting that ...", "Telling the
// crowd ..."); a stance or thought there ("Praising the crew, ...", "Hoping to win, ...") is more often no attribution.
export const OPENING_PARTICIPLES: ReadonlySet<CueClass> = new Set(['speech', 'address']);

/** True for a cue of speech or address, which reports words ("said", "told"), not a thought, plan or stance. */
export function speaks(verb: CueVerb): boolean {
  return verb.cueClass === 'speech' || verb.cueClass === 'address';
}

/**
 * True for a participle after a noun it describes: a stance before its object ("a super PAC backing Mr Bush", "donors
 * opposing the bill"; "voting rights", "nominating contests" are nouns), any other cue before a clause ("20 percent
 * saying they would stay home", "letters claiming that ...").
 */
function describesNoun(c: Context, i: number, verb: CueVerb): boolean {
  if (!verb.participle || i + 1 >= c.tokens.count || !isWordAt(c, i - 1) || c.regionOf[i + 1] >= 0) return false;
  const prev = lower(c, i - 1);
  if (!isNounWord(prev)) return false;
  const next = lower(c, i + 1);
  // "neighbours telling the council ...", "posters warning him": speech and address take their object as a stance does
  // ("spent ten years writing a book": a stretch of time before measures the act, no speaker).
  // An intent's too ("a campaign urging him to run"), though not after a bare noun in a preposition's phrase: "signed a
  // letter from campaigners asking ..." leaves no noun phrase to stand as the source.
  const bareAfterPreposition = HEAD_PREPOSITIONS.has(lower(c, i - 2));
  // "marched through central London calling for a ceasefire": a singular name before is a place or a person the
  // participle does not describe; the marchers do the calling (plural names, "Democrats calling for", still head it).
  const singularName = isCapitalised(c, i - 1) && !prev.endsWith('s');
  const object = !singularName && (speaks(verb) || (verb.cueClass === 'intent' && !bareAfterPreposition)) && (DETERMINERS.has(next) || OBJECT_PRONOUNS.has(next)) && !TIME_NOUNS.has(prev.replace(/s$/u, ''));
  const forOrAgainst = !singularName && (next === 'for' || (next === 'against' && verb.cueClass === 'stance'));
  if (verb.cueClass !== 'stance') return object || (verb.cueClass === 'intent' && forOrAgainst) || next === 'that' || (NEW_SUBJECTS.has(next) && next !== 'i') || (next === 'to' && verb.infinitive);
  return isCapitalised(c, i + 1) || DETERMINERS.has(next) || OBJECT_PRONOUNS.has(next) || titledName(c, i + 1) || forOrAgainst;
}

// Most lower-case words of a title before a name: "former", "then-Labour party candidate".
const MAX_TITLE_WORDS_BEFORE_NAME = 3;

/** True when a lower-case title of a few words opens at token `k` and a name follows: "former Governor Jo Weir". */
function titledName(c: Context, k: number): boolean {
  for (let j = k; j < c.tokens.count && j - k <= MAX_TITLE_WORDS_BEFORE_NAME; j++) {
    if (!isWordAt(c, j) && !isHyphenInWord(c, j)) return false;
    if (isCapitalised(c, j)) return j > k;
    // A plural is the object itself ("nominating contests March 1"), never a title.
    if ((!isNounWord(lower(c, j)) || /s$/u.test(lower(c, j))) && !isHyphenInWord(c, j)) return false;
  }
  return false;
}

// Adverbs that narrow what a verb reports, standing inside its verb group: "the final text only asks ...".
const FOCUS_ADVERBS = new Set(['only', 'merely', 'simply']);

/**
 * True when token `k` is a focus adverb before a verb form, not after a determiner ("the only asks" is a noun) nor
 * before "to" ("spoke only to confirm his name" tells what the speaking came to, no cue of its own).
 */
export function focusesVerb(c: Context, k: number, first: number): boolean {
  return k > first && FOCUS_ADVERBS.has(lower(c, k)) && !DETERMINERS.has(lower(c, k - 1)) && lower(c, k + 1) !== 'to';
}

/** A lower-case "-ly" word that is no noun ("formally", "effectively"; not "family", "rally"). */
export function isMannerAdverb(c: Context, k: number): boolean {
  const word = lower(c, k);
  return word.length > 4 && word.endsWith('ly') && !isCapitalised(c, k) && !LY_NOUNS.has(word);
}

/**
 * True when a phrasal cue's last word, neither a particle nor a preposition, describes the bare noun after it: "made
 * clear progress on the budget" is no cue, "made clear voters want ..." is (a verb follows the noun), and so is "made
 * clear that ...".
 */
function describesBareNoun(c: Context, phrase: PhrasalCue, after: number, last: number): boolean {
  const ending = phrase.tail[phrase.tail.length - 1];
  if (PARTICLES.has(ending) || NOT_CONTENT_START.has(ending) || OBJECT_PREPOSITIONS.has(ending)) return false;
  const noun = lowerWordAt(c, after, last);
  if (noun === null || !isNounWord(noun) || DETERMINERS.has(noun) || QUANTIFIERS.has(noun) || OBJECT_PRONOUNS.has(noun) || NEW_SUBJECTS.has(noun) || WH_CLAUSES.has(noun) || noun === 'it') return false;
  return after + 1 > last || c.tokens.kinds[after + 1] === TokenKind.PUNCT || NOT_CONTENT_START.has(lower(c, after + 1));
}

/**
 * The phrasal cue whose verb is token `i` and whose words follow it within the sentence ("lashed | out at"), or null.
 * One ending in a particle takes an object or a clause, not a place: "walked back his remarks", not "walked back to
 * his car" (a topic may follow, "sounded off on the levy", and adjuncts before a clause, "pointed out in May that").
 */
export function phrasalAt(c: Context, i: number, last: number): PhrasalCue | null {
  const candidates = PHRASAL_CUES.get(lower(c, i));
  if (!candidates) return null;
  const phrase = phrasalTailAt(candidates, c, i + 1, last) ?? adverbInPhrasal(c, candidates, i, last) ?? describedPhrasal(c, candidates, i, last);
  if (!phrase) return null;
  const after = i + phrase.tail.length + 1;
  // The cue data's exceptions: "did not rule out" is a stance, "Doctors have ruled out surgery" a finding; "hit back
  // with two late goals" no retort.
  if (phrase.hedged && !hedgedBefore(c, i) && !/^[a-z]{3,}ing$/u.test(lowerWordAt(c, after, last) ?? '')) return null;
  if (phrase.notBefore.has(lowerWordAt(c, after, last) ?? '')) return null;
  if (describesBareNoun(c, phrase, after, last)) return null;
  const place = PARTICLES.has(phrase.tail[phrase.tail.length - 1]) && lowerWordAt(c, after, last) !== null && NOT_CONTENT_START.has(lower(c, after)) && !TOPIC_PREPOSITIONS.has(lower(c, after)) && complementSoon(c, after, last) < 0;
  return place || opensAdjunct(c, after - 1, last) ? null : phrase;
}

/** The first of `candidates` whose words follow from token `from` on. */
function phrasalTailAt(candidates: readonly PhrasalCue[], c: Context, from: number, last: number): PhrasalCue | undefined {
  return candidates.find((p) => from + p.tail.length - 1 <= last && p.tail.every((word, n) => isWordAt(c, from + n) && lower(c, from + n) === word));
}

/**
 * A phrasal cue with a manner adverb between the verb and its words ("spoke warmly of the coach", "spoke instead about
 * the budget"): the adverb says how it was said, so it joins the cue's words; the verb alone stays no cue.
 */
function adverbInPhrasal(c: Context, candidates: readonly PhrasalCue[], i: number, last: number): PhrasalCue | null {
  if (i + 1 > last || !(isMannerAdverb(c, i + 1) || PHRASAL_ADVERBS.has(lower(c, i + 1)))) return null;
  const phrase = phrasalTailAt(candidates, c, i + 2, last);
  return phrase ? { ...phrase, tail: [lower(c, i + 1), ...phrase.tail] } : null;
}

// Most words before the noun of a phrasal cue of an article, a noun and a preposition: "took | some oblique | swipes at".
const MAX_PHRASAL_NOUN_MODIFIERS = 2;

/**
 * A phrasal cue of an article, a noun and a preposition ("take | a swipe at") with describing words before its noun or
 * the noun in the plural ("took multiple swipes at", "took a sharp swipe at", "has taken frequent shots at"): the act is
 * the same, so the words read join the cue's. Only lowercase words with no verb among them stand before the noun.
 */
function describedPhrasal(c: Context, candidates: readonly PhrasalCue[], i: number, last: number): PhrasalCue | null {
  for (const p of candidates) {
    if (p.tail.length !== 3 || !ARTICLES.has(p.tail[0])) continue;
    for (let n = i + 1; n < last && n - i - 1 <= MAX_PHRASAL_NOUN_MODIFIERS && isWordAt(c, n) && !isCapitalised(c, n); n++) {
      const noun = lower(c, n);
      if ((noun === p.tail[1] || noun === `${p.tail[1]}s`) && lower(c, n + 1) === p.tail[2]) return n > i + 1 || noun !== p.tail[1] ? { ...p, tail: wordsOf(c, i + 1, n + 1) } : null;
      if (isVerbForm(noun) || isVerbPast(noun) || CLAUSE_WORDS.has(noun)) break;
    }
  }
  return null;
}

/** Adverbs not ending in "-ly" that stand inside a phrasal cue as manner adverbs do ("spoke instead about"). */
const PHRASAL_ADVERBS = new Set(['instead', 'again', 'often']);

/**
 * True when the preposition at token `k` opens an adjunct rather than a phrasal cue's object: a short phrase after
 * which a clause opens ("believe in the end the deal will pass").
 */
function opensAdjunct(c: Context, k: number, last: number): boolean {
  return afterShortNounPhrase(c, k + 1, last, (subject) => (DETERMINERS.has(lower(c, subject)) || NEW_SUBJECTS.has(lower(c, subject))) && finiteVerbSoon(c, subject + 1, last));
}

/** True when a finite auxiliary or past form stands at token `from` or one of the two after it: "the deal | will". */
function finiteVerbSoon(c: Context, from: number, last: number): boolean {
  for (let k = from; k <= last && k - from < 3 && isWordAt(c, k); k++) if (isFiniteAuxiliary(lower(c, k)) || isVerbPast(lower(c, k))) return true;
  return false;
}

export const DO_SUPPORT = new Set(['do', 'does', 'did']);

/**
 * True when the verb at token `i` is negated or follows a modal or "do": "did not rule out", "could rule out", "did
 * rule out" are a stance, as a gerund object makes one ("ruled out raising taxes"; "refused to rule out" is the
 * refusal's); "Doctors have ruled out surgery" is a finding, "ruled out the striker" a team's choice.
 */
function hedgedBefore(c: Context, i: number): boolean {
  let k = i - 1;
  while (k >= 0 && isWordAt(c, k) && (AUXILIARIES.has(lower(c, k)) || modalityOf([lower(c, k)]) !== 'asserted')) k--;
  const chain = wordsOf(c, k + 1, i - 1);
  const modality = modalityOf(chain);
  // "didn't", "cannot": a contracted negation is one token; "do" before a bare verb negates, asks or insists.
  const negatedOrStressed = chain.some((word) => /n['’]t$/u.test(word) || word === 'cannot' || DO_SUPPORT.has(word));
  return negatedOrStressed || modality === 'negated' || modality === 'possible' || (modality === 'planned' && chain.some((word) => word !== 'to'));
}

// Words opening a wh-clause that are otherwise no content start: "did not say when", "knows where the votes are".
export const WH_CLAUSES = new Set(['where', 'who', 'which', 'when']);

// Most describing words between a light verb's determiner and its cue noun: "made the same tired claim that".
export const MAX_LIGHT_NOUN_MODIFIERS = 2;

/**
 * The light verb lending its subject to the cue noun at token `i`, whose complement opens at token `k`, or -1: "Ms Lee
 * made the claim that the dam was safe", "offered a pledge to reopen the mill". The complement must be a "that" clause
 * or a to-infinitive ("gave her support to the plan" gives it to the plan) and the noun must follow a determiner.
 */
export function lightVerbBefore(c: Context, i: number, k: number, first: number, last: number): number {
  if (lower(c, k) !== 'that' && !opensInfinitive(c, k, last)) return -1;
  let j = i - 1;
  while (j > first && i - j <= MAX_LIGHT_NOUN_MODIFIERS && isWordAt(c, j) && !isCapitalised(c, j) && !DETERMINERS.has(lower(c, j)) && isNounWord(lower(c, j))) j--;
  if (j <= first || !isWordAt(c, j) || !ARTICLES.has(lower(c, j))) return -1;
  const verb = j - 1;
  return isWordAt(c, verb) && LIGHT_VERBS.has(lower(c, verb)) && !isPassiveAt(c, verb, first) ? verb : -1;
}

// Forms of "get" making a passive like "be": "got offered a deal".
const GET_FORMS = new Set(['get', 'gets', 'got', 'gotten', 'getting']);

/**
 * True when the verb at token `k` is a participle after "be" or "get": "The workers were given a pledge that ..." names
 * the receivers of the pledge, not who made it.
 */
export function isPassiveAt(c: Context, k: number, first: number): boolean {
  const form = lower(c, k);
  const participle = !/(?:ing|[^s]s)$/u.test(form) && (/(?:ed|en)$/u.test(form) || IRREGULAR_PAST.has(form));
  return participle && k - 1 >= first && isWordAt(c, k - 1) && (PASSIVE_BE.has(lower(c, k - 1)) || GET_FORMS.has(lower(c, k - 1)));
}

// A contracted linking verb kept in its subject's token: "he's", "they’re", "I'm".
export const CONTRACTED_LINK = /^(?:he|she|it|we|they|you|i|who|that)['’](?:s|re|m)$/u;

/**
 * True when the word at token `i` opens the sentence with no determiner or owner, after a conjunction at most:
 * "Opposition to the levy has grown", "But support for Ms Lee is strongest among farmers".
 */
export function opensSentenceBare(c: Context, i: number, first: number): boolean {
  return i === first || (i === first + 1 && CONJUNCTIONS.has(lower(c, first)));
}
