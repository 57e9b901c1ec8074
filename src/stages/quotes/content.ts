// Where the reported content after a cue ends, and which clauses after it open a new attribution.
import type { Span } from '../../doc/span.js';
import { TokenKind } from '../tokens/types.js';
import { CLAUSE_ONLY, LABELLING, RAISING, AUDIENCES, AUDIENCE_CUES, ADJUNCTS, AUXILIARIES, CUE_NOUNS, CUE_VERBS, leadEndingAt, AS_CLAUSE_VERBS, NOUN_LIKE, CONTENT_NOUNS, TO_TOPIC, REFUSED_SPEECH, PERMITTING, ASSERTION_NOUNS, JUDGED_ACTS, modalityOf, type CueVerb, DOCUMENTS, PREPOSITION_PARTICIPLES, isPresentForm } from './cues.js';
import { RELATIVES, isMonthWord, isPossessiveMark, POSSESSIVE_ENDING, CLAUSE_WORDS, MAX_SOURCE, COMMA, OPEN_BRACKET, type Context, lower, isPunct, isCapitalised, opensRegion, isParticipleAt, isPluralPossessive, bracketClose, isDash, lastBefore, holdsComma, CLAUSE_PUNCT, isClausePunct, isHyphenInWord, isSpacedHyphen, lowerWordAt, NOT_CONTENT_START, isWordAt, isNumberAt, isPastForm, isVerbPast, isNounWord, clauseComma, isQuoteEnd, firstTokenAt, SENTENCE_END, holdsWordOutsideQuotes, isAcronym, wordsOf, inHeadline } from './context.js';
import { DAYS, OBJECT_PREPOSITIONS, TOPIC_PREPOSITIONS, COLON, dashAsideEnd, PLURAL_NOUN, DETERMINERS, QUANTIFIERS, SUBJECT_PRONOUNS, NEGATED_MODALS, MODALS, FINITE_AUXILIARIES, INDEFINITE_ARTICLES, INDEFINITES, isListedAdverb, isFiniteAuxiliary, OBJECT_PRONOUNS, OBJECT_ONLY_PREPOSITIONS, opensInfinitive, TIME_NOUNS, BE } from './complements.js';
import { opensSubjectPhrase, BOUNDARY_PUNCT, TIME_OR_PLACE, NEW_SUBJECTS, COMMA_DASH, holdsVerb, COUNTED_SOURCES, sourceAfter, PASSIVE_BE, SUBORDINATORS, quoteEndsInComma, quoteComma, firstVerbish, isVerbless, MAX_SUMMING_NOUN, contactRelativeAfter, SUMMING_PRONOUNS, CONJUNCTIONS, CONTRACTED_SUBJECT, headNamesPerson, PREPOSITIONS_BEFORE_MODIFIER } from './sources.js';
import { opensAbsoluteAttribution, cueVerbAt, CLAUSE_JOINS, isVerbUse, speaks, isMannerAdverb, phrasalAt, participleAfterAdverb, focusesVerb, ONSETS, phrasalOpenerStart } from './cue-use.js';

/**
 * The end of content opening at token `from` and running to the end of sentence `lastToken`: without the final stop,
 * but through a closing mark or a quote that runs on; a double mark closing nothing the content opened (a pasted
 * transcript's turn, 'Ann: We will stay."', or the last sentence of a quote running over several) is dropped too.
 */
export function contentEnd(c: Context, from: number, lastToken: number): number {
  let k = closesNothingOpened(c, from, lastToken) ? lastToken - 1 : lastToken;
  const r = c.regionOf[k];
  if (r >= 0) return c.regions[r].end;
  while (k > 0 && isPunct(c, k, SENTENCE_END)) k--;
  return c.tokens.ends[k];
}

/** True when token `k` is a straight double mark outside any quote, with no such mark from token `from` on for it to close. */
function closesNothingOpened(c: Context, from: number, k: number): boolean {
  if (!isStrayDoubleMark(c, k)) return false;
  for (let j = from; j < k; j++) if (isStrayDoubleMark(c, j)) return false;
  return true;
}

/** True when token `k` is a straight double mark that the quote pairing left outside every quote. */
function isStrayDoubleMark(c: Context, k: number): boolean {
  return c.regionOf[k] < 0 && c.text[c.tokens.starts[k]] === '"';
}

/**
 * True when the comma at token `k` closes a quote and opens the writer's "which" clause on what the quote did: in
 * "said it was 'as firm as ever', which drew laughter" the laughter is the writer's report; reported words would be
 * put back a tense ("which had cost jobs", "which would ...").
 */
function writersCommentOnQuote(c: Context, k: number, last: number): boolean {
  if (k + 2 > last || !isPunct(c, k, COMMA) || !isQuoteEnd(c, k - 1) || lower(c, k + 1) !== 'which') return false;
  const verb = lower(c, k + 2);
  return c.regionOf[k + 2] < 0 && isVerbPast(verb) && !FINITE_AUXILIARIES.has(verb) && !CUE_VERBS.has(verb);
}

/**
 * Content from token `from` to the end of the sentence, or up to a coordinated cue that starts another attribution
 * ("urged her to quit | and said she had hit rock bottom").
 */
export function rightContent(c: Context, from: number, last: number): Span {
  let commas = 0;
  const relativeObject = isRelativeObject(c, from);
  for (let k = from + 1; k < last; k++) {
    // "Ann Lee, who stood in after the mayor decided not to go, will speak": a first comma followed by a finite verb
    // closes the clause the cue sat in, and the main clause resumes ("said the plan, which failed, would ..." has a
    // comma before).
    if (clauseComma(c, k) && commas++ === 0 && c.regionOf[k + 1] < 0 && MODALS.has(lower(c, k + 1)) && lower(c, k + 1) !== 'to') {
      return { start: c.tokens.starts[from], end: c.tokens.ends[k - 1] };
    }
    // "Ann Lee — who said the levy was fair — told the council ...": a cue inside an aside set off by dashes after the
    // subject reports only up to the closing dash; the main clause's verb follows it.
    if (k > from && closesDashAside(c, from, k, last)) return { start: c.tokens.starts[from], end: c.tokens.ends[k - 1] };
    // "X said A, but Y argued B", "X said A while Y said B": a clause with its own subject and cue is a second
    // attribution, so the first content ends before it and the second cue is read on its own.
    if (c.regionOf[k] < 0 && opensAttribution(c, k, last) && !closesOpeningClause(c, from, k) && !joinedReportedSubject(c, from, k) && !keepsTimeClause(c, from, k)) {
      const end = beforeAsideJoin(c, from, lastBefore(c, from, timeClauseStart(c, from, k), CLAUSE_END_MARKS));
      if (end > from) return { start: c.tokens.starts[from], end: c.tokens.ends[end] };
    }
    // 'praised the plan: "It will last," she said.': a quote with a cue of its own is that cue's content, so the
    // words before it end at the quote and the closing cue is read on its own.
    if (k > from + 1 && opensRegion(c, k) && isPunct(c, k - 1, QUOTE_LEAD_INS) && quoteHasOwnCue(c, c.regionOf[k], last)) {
      const end = lastBefore(c, from, k, QUOTE_LEAD_INS);
      if (end > from) return { start: c.tokens.starts[from], end: c.tokens.ends[end] };
    }
    if (k > from + 1 && opensRegion(c, k) && carriedDocument(c, from, k - 1)) return { start: c.regions[c.regionOf[k]].start, end: c.regions[c.regionOf[k]].end };
    // "hailed the win as he urged the club to ...": an "as" clause of its own act ends the content and is read apart.
    if (k > from + 1 && opensSimultaneousAct(c, from, k, last)) {
      const end = lastBefore(c, from, k, COMMA_DASH);
      if (end > from) return { start: c.tokens.starts[from], end: c.tokens.ends[end] };
    }
    if (writersCommentOnQuote(c, k, last)) return { start: c.tokens.starts[from], end: c.tokens.ends[k - 1] };
    // 'said it was "a matter for the judges," though he did not rule it out': a concession with a pronoun subject and a
    // negated verb is the writer's note of what the speaker left undone, not more of what was said.
    if (k > from + 1 && concedesNegatedAct(c, from, k, last)) return { start: c.tokens.starts[from], end: c.tokens.ends[quoteComma(c, k) ? k : k - 1] };
    // "Voters who backed the plan | said it failed": in a relative clause on "who", a verb of speech after the object
    // is the main clause's, whose subject the whole phrase is.
    if (relativeObject && k > from && closesRelativeSubject(c, from, k, last)) return { start: c.tokens.starts[from], end: c.tokens.ends[k - 1] };
    // "argued that the use was fair, | a defense that has worked before": a noun with "a" summing up the clause before
    // it, with a relative clause of its own, is the writer's comment.
    if (k > from + 1 && summingApposition(c, from, k, last)) return { start: c.tokens.starts[from], end: c.tokens.ends[quoteComma(c, k) ? k : k - 1] };
    // "said the tax would rise, | prompting cheers in the hall": a participle of the reaction the words drew is the
    // writer's.
    if (k > from + 1 && drawsReaction(c, from, k, last)) return { start: c.tokens.starts[from], end: c.tokens.ends[quoteComma(c, k) ? k : k - 1] };
    // "said they had waited 'two years', | as the inquiry opened on Monday": an "as" clause in the simple past after a
    // quote closing a reported clause in the past perfect is the writer's time of the saying; reported, it would be put
    // back a tense.
    if (k > from + 1 && writersTimeClause(c, from, k, last)) return { start: c.tokens.starts[from], end: c.tokens.ends[quoteComma(c, k) ? k : lastBefore(c, from, k + 1, COMMA)] };
    if (k > from + 1 && (listedAct(c, from, k, last) || headlineListedAct(c, k, last) || appositionSubjectAct(c, from, k, last))) return { start: c.tokens.starts[from], end: c.tokens.ends[k - 1] };
    // "praised Tom Reed, who has criticised the owners": a relative clause whose verb is a cue with a complement is
    // the named person's own attribution, read apart.
    if (k > from + 1 && (opensRelativeAttribution(c, k, last) || opensGapRelativeAttribution(c, k, last) || opensPrepositionRelativeAttribution(c, k, last) || opensApposedRelativeAttribution(c, k, last))) return { start: c.tokens.starts[from], end: c.tokens.ends[k - 1] };
    // "ending a meeting that the mayor called "a farce"": a relative clause on a noun whose own subject gives it a
    // quoted label is that subject's attribution.
    if (k > from + 1 && opensQuotedLabelRelative(c, k, last)) return { start: c.tokens.starts[from], end: c.tokens.ends[k - 1] };
    // ", with its leader Ann Lee calling it ...": an absolute clause with its own subject and cue is a second attribution.
    if (c.regionOf[k] < 0 && opensAbsoluteAttribution(c, k, last)) return { start: c.tokens.starts[from], end: c.tokens.ends[lastBefore(c, from, k, CLAUSE_END_MARKS)] };
    // ", adding that ...", ", saying ...": a participle cue opens the same speaker's next attribution, and
    // ", according to a read-out" names where the report comes from, not what was said; ", and according to the
    // union, ..." opens a second attribution whose content follows it.
    if ((isPunct(c, k, COMMA) || isQuoteEnd(c, k)) && c.regionOf[k + 1] < 0 && (participleCueAt(c, k + 1, last) || adverbBeforeParticipleCue(c, from, k + 1, last) || lower(c, k + 1) === 'according' || joinsAccording(c, k + 1, last))) {
      return { start: c.tokens.starts[from], end: c.tokens.ends[isQuoteEnd(c, k) ? k : k - 1] };
    }
    if (k > from + 1 && dashBeforeSaying(c, k, last)) return { start: c.tokens.starts[from], end: c.tokens.ends[lastBefore(c, from, k, CLAUSE_END_MARKS)] };
    const word = lower(c, k);
    // "praising the squad and saying ...", "defended the levy while insisting ...": a participle of speech or address
    // right after a joining word or subordinator is the speaker's next act, as after a comma (of a judgement or intent
    // it often goes on with what was said).
    // A manner adverb may stand between: "before publicly saying".
    const participle = participleAfterAdverb(c, k, last);
    if (k > from + 1 && JOINS_BEFORE_SAYING.has(word) && participle <= last && isSayingParticiple(c, participle) && !measuredInterval(c, k)) {
      return { start: c.tokens.starts[from], end: c.tokens.ends[lastBefore(c, from, k, COMMA)] };
    }
    // "endorsed the mayor before backing her rival": a participle of a judgement or act after a subordinator is the
    // speaker's next act too, when no clause comes before it for it to go on with ("said she left before backing ...").
    if (k > from + 1 && JOINS_BEFORE_ACT.has(word) && participle <= last && participleCueAt(c, participle, last) && holdsNoClause(c, from, k, false) && !measuredInterval(c, k)) {
      return { start: c.tokens.starts[from], end: c.tokens.ends[lastBefore(c, from, k, COMMA)] };
    }
    if ((word !== 'and' && word !== 'but') || opensDashAside(c, k, last) || closesBetween(c, from, k)) continue;
    // "... hacked the computers and she accused Mr Trump of ...": a clause with its own subject whose verb is a cue is
    // the speaker's next act, not more of what was said ("..., and he had a key that experts say is rare" is).
    if (c.regionOf[k + 1] < 0 && (NEW_SUBJECTS.has(lower(c, k + 1)) || CONTRACTED_SUBJECT.test(lower(c, k + 1)))) {
      if (k + 1 < last && (isCueVerbAfter(c, k + 2, last) || opensNounReport(c, k + 2, last))) return { start: c.tokens.starts[from], end: c.tokens.ends[lastBefore(c, from, k, COMMA_DASH)] };
      // "called the plan 'reckless', and she had the speech framed": a content that is only the cue's object and its
      // quoted label, closed by the quote, has no clause for a new subject to go on with, so the clause is the writer's.
      const end = lastBefore(c, from, k, COMMA_DASH);
      if (word === 'and' && end > from && isQuoteEnd(c, end) && holdsNoClause(c, from, k, true)) return { start: c.tokens.starts[from], end: c.tokens.ends[end] };
      continue;
    }
    // "urged residents to stay indoors and to report ...": a second infinitive after "and" goes on with the first.
    if (joinsInfinitive(c, from, k, last)) continue;
    let v = k + 1;
    while (v < last && AUXILIARIES.has(lower(c, v))) v++;
    // "said he had raised it and had been told to ...": a passive cue tells what the reported clause's subject heard.
    const passive = v > k + 1 && PASSIVE_BE.has(lower(c, v - 1));
    // "said the pier was safe but would not say when it reopens": a negated verb of speech after "but" is the speaker
    // refusing to say more, an act of their own and no part of what they said.
    if (word === 'but' && v > k + 1 && v <= last && c.regionOf[v] < 0 && refusesToSay(c, k + 1, v)) {
      return { start: c.tokens.starts[from], end: c.tokens.ends[lastBefore(c, from, k, COMMA)] };
    }
    // "said he had no figure but would write to her": after a reported clause, a modal joins its subject to its next
    // act ("favored Sanders but could not vote" holds no clause before the modal).
    const modal = v > k + 1 && REPORTED_MODALS.has(lower(c, k + 1)) && holdsVerb(c, from, k - 1);
    // "said the runner had been cleared and had posted fast times": a past perfect after a reported clause in the past
    // perfect goes on with it, put back a tense as the reported words are; the speaker's own act is told in the past.
    // "said that she had paid his rent for years and never mentioned it": after one opened by "that", "never" and a
    // regular past form share its "had" too; "never" spans the reported stretch of time, not the one act of saying.
    const backshifted = ((v > k + 1 && lower(c, k + 1) === 'had') || sharesPerfect(c, from, k, v)) && holdsPastPerfect(c, from, k);
    const read = c.regionOf[v] < 0 && !passive && !modal && !backshifted && !(v === k + 1 && nounAfterAnd(c, k, last)) ? cueVerbAt(c, v, last) : undefined;
    const verb = read && !withoutClause(c, v, read, last) ? read : undefined;
    // Only a second verb of speech starts a second attribution; "is proud and expects to win" is one content.
    if (verb && !verb.participle && (speaks(verb) || coordinatedAct(c, from, k, verb) || commaJoinedAct(c, from, k, v) || contrastedThought(c, k, v, verb, last) || joinedThought(c, from, k, v, verb, last))) {
      return { start: c.tokens.starts[from], end: c.tokens.ends[lastBefore(c, from, k, COMMA_DASH)] };
    }
    // "said the rate would rise and raised concerns that buyers would be priced out": a past verb taking a noun of report
    // before its content clause is the speaker's next act, read by `nounFrame`.
    if (v === k + 1 && c.regionOf[v] < 0 && opensNounReport(c, v, last)) return { start: c.tokens.starts[from], end: c.tokens.ends[lastBefore(c, from, k, COMMA)] };
  }
  // "A witness said the head told staff to keep quiet, the report said.": the trailing cue reports the whole
  // sentence (PolNeAR keeps the outer attribution), so the inner content stops before its comma.
  // 'The mayor called the flood "a test," she said.': a quote closing on its comma before the trailing cue ends there.
  const outer = Math.max(trailingCueComma(c, from, last), invertedCueComma(c, from, last));
  if (outer > from) return { start: c.tokens.starts[from], end: c.tokens.ends[quoteComma(c, outer) ? outer : lastBefore(c, from, outer, COMMA)] };
  // "..., said that given the candidates on both sides:" introduces the quote that opens the next paragraph.
  if (isPunct(c, last, COLON) && last + 1 < c.tokens.count && opensRegion(c, last + 1) && !c.used[c.regionOf[last + 1]]) {
    return { start: c.tokens.starts[from], end: c.regions[c.regionOf[last + 1]].end };
  }
  return { start: c.tokens.starts[from], end: contentEnd(c, from, last) };
}

/**
 * True when the colon at token `colon` closes "with" and a document's noun, over an article and a describing word, after
 * token `from`: "posted a photo of the pier | with the caption: 'Closed for good.'", "sent flowers with a short note:
 * '...'". The quoted words after it are that document's, the content; the object before them only carries them.
 */
function carriedDocument(c: Context, from: number, colon: number): boolean {
  if (!isPunct(c, colon, COLON) || !DOCUMENTS.has(lower(c, colon - 1))) return false;
  for (let k = colon - 2; k > from && k >= colon - 1 - MAX_CARRIER_GAP; k--) {
    if (!isWordAt(c, k) || c.regionOf[k] >= 0) return false;
    // "said the clip reached her after her brother forwarded it with a note: '...'": a clause before the carrier is
    // the cue's content, and the carried words are another's, nested in it.
    if (lower(c, k) === 'with') return !holdsClause(c, from, k - 1);
  }
  return false;
}

/**
 * True when tokens `[from, to]` hold a clause: a subject pronoun, a finite auxiliary (not the "to" of an infinitive,
 * "toured the depot to thank the crews with a short note:") or a clause word outside quotes.
 */
function holdsClause(c: Context, from: number, to: number): boolean {
  return holdsWordOutsideQuotes(c, from, to, (w) => SUBJECT_PRONOUNS.has(w) || (FINITE_AUXILIARIES.has(w) && w !== 'to') || CLAUSE_WORDS.has(w));
}

// Most words between "with" and a carried document's noun: "with | a short | note:".
const MAX_CARRIER_GAP = 3;

/** True when token `k` is "and" or "but" right before "according to": "..., and according to the union, ...". */
export function joinsAccording(c: Context, k: number, last: number): boolean {
  return k + 2 <= last && JOINS_BEFORE_ACCORDING.has(lower(c, k)) && c.regionOf[k + 1] < 0 && lower(c, k + 1) === 'according' && lower(c, k + 2) === 'to';
}

// Joining words that may open a second attribution with "according to".
const JOINS_BEFORE_ACCORDING = new Set(['and', 'but']);

// Subordinators of concession: "..., though he did not ...".
const CONCESSIVES = new Set(['though', 'although']);
// Auxiliaries carrying their negation: "hasn't", "didn't", "cannot".
const NEGATED_AUXILIARY = /n['’]t$|^cannot$/u;
// Subjects of a concession on what the source left undone: a personal pronoun, "it" for a body or a paper
// (", though it does not rule out ...", after a reported clause whose subject "it" cannot stand for).
const CONCEDING_SUBJECTS = new Set([...NEW_SUBJECTS, 'it']);

/**
 * True when the comma at token `k` (or a quote closing on one) opens a concession whose subject is a personal pronoun
 * and whose verb group is negated: ", though he did not rule it out", ", although they would not give a date".
 */
function concedesNegatedAct(c: Context, from: number, k: number, last: number): boolean {
  if (!(isPunct(c, k, COMMA) || quoteComma(c, k)) || k + 4 > last || c.regionOf[k + 1] >= 0 || !CONCESSIVES.has(lower(c, k + 1)) || !CONCEDING_SUBJECTS.has(lower(c, k + 2))) return false;
  const aux = lower(c, k + 3);
  // "didn't", "won't", "cannot" carry their negation; "did", "would", "has" take a "not" or "never" after them.
  const contracted = NEGATED_AUXILIARY.test(aux);
  // ", although it was unclear whether ...", ", though it did not seem that ...": an empty "it" opens the writer's
  // own comment, which PolNeAR reads as an attribution of its own. "said the scheme was fair, though it did not cover
  // the islands": an "it" that may stand for the reported clause's own singular subject goes on with what was said.
  if (lower(c, k + 2) === 'it' && (BE.has(aux) || RAISING.has(lower(c, contracted ? k + 4 : k + 5)) || !pluralOrPersonSubject(c, from, k))) return false;
  if (contracted) return MODALS.has(aux);
  return isFiniteAuxiliary(aux) && NEGATIONS.has(lower(c, k + 4));
}

/**
 * True when the clause opening at token `from` has a subject no "it" can stand for: a plural noun or a personal
 * pronoun right before its first verb ("the artists were ...", "they had ...").
 */
function pluralOrPersonSubject(c: Context, from: number, end: number): boolean {
  const v = firstVerbish(c, from, end);
  const head = v > from && v <= end ? lowerWordAt(c, v - 1, end) : null;
  return head !== null && (NEW_SUBJECTS.has(head) || head === 'you' || (PLURAL_NOUN.test(head) && isNounWord(head)));
}

/**
 * True when the finite verb group from token `from` to its verb at token `v` is negated and the verb is one of saying
 * more (cue data `refusedSpeech`: "would not comment", "did not say", "won't share", "has not explained"); "would not
 * write to the board" is another act, and "but not naming him" goes on with a participle before it.
 */
export function refusesToSay(c: Context, from: number, v: number): boolean {
  const words = Array.from({ length: v - from }, (_, n) => lower(c, from + n));
  return isFiniteAuxiliary(lower(c, from)) && modalityOf(words) === 'negated' && REFUSED_SPEECH.has(CUE_VERBS.get(lower(c, v))?.lemma ?? lower(c, v));
}

/**
 * True when an infinitive follows the "and" at token `and` and the content from token `from` is an infinitive, perhaps
 * after its object, with no clause before it ("urged residents | to stay indoors | and to report ..."): the second
 * infinitive goes on with the first. After a clause ("said voters were likely to say X and to say Y") it may be a
 * cue of its own. The second may be bare when the cue before the content is in the past, which a bare form after
 * "and" cannot go on with ("asked the clerk to raise her voice | and say it again").
 */
function joinsInfinitive(c: Context, from: number, and: number, last: number): boolean {
  if (lower(c, and) !== 'and' || c.regionOf[and + 1] >= 0 || !(opensInfinitive(c, and + 1, last) || bareAfterPastCue(c, from, and + 1))) return false;
  for (let k = from; k < and; k++) if (lower(c, k) === 'to' && c.regionOf[k] < 0 && opensInfinitive(c, k, and)) return holdsNoClause(c, from, k, false);
  return false;
}

/** True when token `v` is a cue verb's bare form and the word before the content opening at `from` is a past form. */
function bareAfterPastCue(c: Context, from: number, v: number): boolean {
  const word = lower(c, v);
  return from > 0 && isWordAt(c, v) && CUE_VERBS.get(word)?.lemma === word && isWordAt(c, from - 1) && isVerbPast(lower(c, from - 1));
}

/**
 * True when the joining word at token `k` opens an aside between dashes that closes a few words on: "gave — and soon
 * retracted — that ..." adds to the object before it and the sentence resumes after it, so no next act starts there.
 */
function opensDashAside(c: Context, k: number, last: number): boolean {
  return k >= 1 && isDash(c, k - 1) && dashAsideEnd(c, k - 1, last) >= 0;
}

// Words that may stand between a verb and its noun of report: "raised serious concerns that", "voiced some doubts that".
const MAX_REPORT_NOUN_MODIFIERS = 2;

/**
 * True when token `v` is a past verb whose object is a noun of report opening a content clause: "raised concerns that
 * ...", "voiced fresh doubts that ...", "expressed hope that ..." (a past form, so no clause's present verb).
 */
function opensNounReport(c: Context, v: number, last: number): boolean {
  if (!isWordAt(c, v) || !isVerbPast(lower(c, v))) return false;
  for (let j = v + 1; j < last && j - v <= MAX_REPORT_NOUN_MODIFIERS + 1 && isWordAt(c, j) && c.regionOf[j] < 0; j++) {
    if (CONTENT_NOUNS.has(lower(c, j)) || CUE_NOUNS.has(lower(c, j))) return opensContentClause(c, j + 1, last);
  }
  return false;
}

/**
 * True when the cue form right after the "and" at token `and` is a plural noun joined to the one before it, not a second
 * act: before "of" ("hurt by the cuts and claims of fraud") or after a plural ("younger faces and voices on the council").
 */
function nounAfterAnd(c: Context, and: number, last: number): boolean {
  const form = lower(c, and + 1);
  if (!NOUN_LIKE.has(form) || !PLURAL_NOUN.test(form)) return false;
  const before = lowerWordAt(c, and - 1, last);
  return lowerWordAt(c, and + 2, last) === 'of' || (before !== null && PLURAL_NOUN.test(before) && isNounWord(before));
}

/**
 * True when the "and" at token `k` joins the second term of "between" earlier in the content from token `from`, with no
 * other "and", verb, comma or quote in between: "sees a link between the growth of the night markets and demand for
 * ..." compares two things; the words after "and" are no next act.
 */
function closesBetween(c: Context, from: number, k: number): boolean {
  if (lower(c, k) !== 'and') return false;
  for (let j = k - 1; j >= from; j--) {
    const word = lowerWordAt(c, j, k);
    if (word === 'between') return true;
    if (c.regionOf[j] >= 0 || (word === null && !isCapitalised(c, j)) || word === 'and' || (word !== null && !isNounWord(word) && !NOT_CONTENT_START.has(word) && !DETERMINERS.has(word))) return false;
  }
  return false;
}

/**
 * True when the comma at token `k` is the first in a "that" clause opening with a subordinate clause or an adjunct of
 * time or place: "told the board that if the mill closed, | she would advise ...", "reported that during the visit, |
 * he would advise ...". The comma ends the opener and the reported clause's own subject and verb follow it, so
 * they are more of what was said, not a second attribution.
 */
function closesOpeningClause(c: Context, from: number, k: number): boolean {
  // "noted that, | contrary to the filings, | she saw ...": an adjunct set off by commas right after "that".
  const setOff = clauseComma(c, from + 1);
  const opener = setOff ? from + 2 : from + 1;
  if (lower(c, from) !== 'that' || opener >= k || c.regionOf[opener] >= 0 || !(setOff || SUBORDINATORS.has(lower(c, opener)) || TIME_OR_PLACE.has(lower(c, opener)))) return false;
  for (let j = opener + 1; j < k; j++) if (clauseComma(c, j)) return false;
  return true;
}

// Most words of a reported clause's subject joined to another by "and": "argued that local councils | and even ...".
const MAX_JOINED_REPORTED_SUBJECT = 4;

/**
 * True when the tokens between the start of a reported clause at token `from` (its "that", or its first word right
 * after a verb of speech or thought) and the joining word at token `k` are only a short noun phrase, or a list of
 * nouns, the clause's subject still awaiting its verb: "argued that local councils and even the citizens should
 * decide", "said her focus groups and past turnout figures show ..." join two subjects, no second attribution.
 */
function joinedReportedSubject(c: Context, from: number, k: number): boolean {
  const first = lower(c, from) === 'that' ? from + 1 : from;
  // With no "that", only "and" joins a second subject: "view her record, Ann Lee said" is a second attribution.
  if (first === from && (lower(c, k) !== 'and' || !reportsClause(c, from - 1))) return false;
  let words = 0;
  for (let j = first; j < k; j++) {
    // "wrote that the scope, date and text of the bylaw showed": a comma between two nouns lists them.
    if (j > first && j + 1 < k && clauseComma(c, j)) continue;
    const word = lowerWordAt(c, j, k);
    if (word === null || !(DETERMINERS.has(word) || QUANTIFIERS.has(word) || isNounWord(word) || modifiesPlural(c, j, k))) return false;
    words++;
  }
  return words >= 1 && words <= MAX_JOINED_REPORTED_SUBJECT;
}

/**
 * True when the cue form at token `j`, after a determiner, modifies the plural noun after it before token `k`: "her
 * focus groups", "its support teams" are a subject, no verb.
 */
function modifiesPlural(c: Context, j: number, k: number): boolean {
  const next = lowerWordAt(c, j + 1, k - 1);
  return DETERMINERS.has(lower(c, j - 1)) && next !== null && PLURAL_NOUN.test(next) && isNounWord(next);
}

/**
 * True when token `v` is a verb reporting a clause ("said", "argued"; cue data `asClauseVerbs`) or of thought, whose
 * content right after it is a reported clause, not an object ("asked questions and the mayor said ...").
 */
function reportsClause(c: Context, v: number): boolean {
  const verb = v >= 0 && c.regionOf[v] < 0 ? CUE_VERBS.get(lower(c, v)) : undefined;
  return verb !== undefined && (AS_CLAUSE_VERBS.has(verb.lemma) || verb.cueClass === 'thought');
}

/**
 * True when cue `verb` at token `v` reports speech only with a clause ("continue", "maintain") and none follows:
 * "said she got her licence back and continued to run the bakery" goes on with the reported act, as "continued to
 * run the bakery" alone reports nothing (`verbFrame` reads these verbs only before "that").
 */
function withoutClause(c: Context, v: number, verb: CueVerb, last: number): boolean {
  if (!CLAUSE_ONLY.has(verb.lemma) || v + 1 > last || c.regionOf[v + 1] >= 0 || c.tokens.kinds[v + 1] !== TokenKind.WORD || lower(c, v + 1) === 'that') return false;
  // "and continued to defend the plan": a cue after "to" is the speaker's next act, the verb only its lead.
  return !(lower(c, v + 1) === 'to' && v + 2 <= last && CUE_VERBS.has(lower(c, v + 2)));
}

/**
 * True when the comma at token `k` opens a relative clause of a person whose verb is a cue taking a complement:
 * ", who has pledged to ...", ", who had backed the mayor". The clause attributes to the phrase before the comma.
 */
function opensRelativeAttribution(c: Context, k: number, last: number): boolean {
  if (k + 2 > last || !isPunct(c, k, COMMA) || c.regionOf[k + 1] >= 0 || lower(c, k + 1) !== 'who') return false;
  let v = k + 2;
  while (v < last && c.regionOf[v] < 0 && AUXILIARIES.has(lower(c, v))) v++;
  if (c.regionOf[v] >= 0) return false;
  const verb = cueVerbAt(c, v, last);
  return verb !== undefined && !verb.participle && v + 1 <= last && opensComplement(c, v + 1) && isVerbUse(c, v, k + 2, lower(c, v), verb, -1) && !resumesAfterRelative(c, v, last);
}

// Most tokens between "who" and a relative clause's object: "who | had long since backed | the plan".
const MAX_RELATIVE_CUE = 4;

/**
 * The "who" opening a relative clause whose words run to token `k`, before its object ("who | had long backed | the
 * plan"), or -1; not after a comma ("Ann Lee, who backed the plan," is read as an apposition). Cutting a content before
 * the main clause's verb and taking that verb's source back over the clause both ask it, so that they agree.
 */
export function whoBefore(c: Context, k: number, first: number): number {
  for (let who = k; who >= first && k - who <= MAX_RELATIVE_CUE && isWordAt(c, who); who--) {
    if (lower(c, who) === 'who') return clauseComma(c, who - 1) || linksPredicate(c, who + 1, k) ? -1 : who;
  }
  return -1;
}

/**
 * True when cue verb `to` follows a "be" form before a word that is no verb or auxiliary in tokens `[from, to)` ("who
 * were | there | said", "who are | members | say"): the relative clause is a copula's, closed before the cue, which is
 * the main clause's verb. A predicate that is itself the cue ("who were angry about") is no such clause.
 */
function linksPredicate(c: Context, from: number, to: number): boolean {
  if (!CUE_VERBS.has(lower(c, to))) return false;
  for (let k = from; k + 1 < to; k++) {
    if (!BE.has(lower(c, k))) continue;
    const next = lower(c, k + 1);
    if (!AUXILIARIES.has(next) && !isPastForm(next) && !next.endsWith('ing') && !isMannerAdverb(c, k + 1)) return true;
  }
  return false;
}

/** True when the content from token `from` is the object of a relative clause's verb on "who" ("who backed | the plan"). */
function isRelativeObject(c: Context, from: number): boolean {
  return whoBefore(c, from - 1, 0) >= 0;
}

/**
 * True when the content from token `from`, a relative clause's object (`isRelativeObject`), ends before token `k`, a
 * finite verb of speech or address after a verbless object with no clause word ("those who signed the letter | said
 * they ...", "residents who criticized the mayor | told reporters ..."): the relative clause is part of its subject.
 */
function closesRelativeSubject(c: Context, from: number, k: number, last: number): boolean {
  if (c.regionOf[k] >= 0 || !isWordAt(c, k - 1)) return false;
  const verb = cueVerbAt(c, k, last);
  if (verb === undefined || verb.participle || !speaks(verb)) return false;
  // The verb is finite ("said", "say"): no auxiliary stands before it, nor "to", which FINITE_AUXILIARIES lists ("to say").
  const before = lower(c, k - 1);
  if (NOT_CONTENT_START.has(before) || NEW_SUBJECTS.has(before) || FINITE_AUXILIARIES.has(before) || !isVerbUse(c, k, from, lower(c, k), verb, -1)) return false;
  // "came back on the day when the ferry | sailed", "an agent who | said": a clause word opens a clause
  // of its own.
  return isVerbless(c, from, k - 1) && !holdsWordOutsideQuotes(c, from, k - 1, (w) => CLAUSE_WORDS.has(w));
}

// Adverbs of sequence that open a verb group, no subject: between a dash and the participle of the speaker's next act,
// as part of its cue ("- again insisting"), or after "and" before a verb of the subject before ("and then would ...").
const SEQUENCE_ADVERBS = new Set(['also', 'again', 'then', 'later']);

/**
 * True when token `k` is a dash (or a spaced hyphen) before a participle of speech or address, perhaps after an adverb:
 * "declined to name a date — saying only that ...", "backed the levy - essentially conceding that ...". As after a
 * comma, the participle is the speaker's next act, not more of what was said.
 */
function dashBeforeSaying(c: Context, k: number, last: number): boolean {
  if (c.regionOf[k] >= 0 || !isDash(c, k)) return false;
  let v = k + 1;
  while (v < last && isSpacedHyphen(c, v)) v++;
  if (v < last && isWordAt(c, v) && (SEQUENCE_ADVERBS.has(lower(c, v)) || isMannerAdverb(c, v))) v++;
  return v <= last && isSayingParticiple(c, v);
}

// Coordinating words: an aside may follow one at once ("... and, records show, rarely sails"), and one ends a
// relative clause or a phrase before the next conjunct.
export const COORDINATORS = new Set(['and', 'but', 'or']);

/** Token `end`, or the last one before it when it is a joining word opening an aside ("to help the islanders | and, she argued, ..."). */
function beforeAsideJoin(c: Context, from: number, end: number): number {
  return c.regionOf[end] < 0 && COORDINATORS.has(lower(c, end)) && isClausePunct(c, end + 1) ? lastBefore(c, from, end, CLAUSE_END_MARKS) : end;
}

/** True when token `k` is a participle cue, alone or opening a phrasal cue: "adding", "taking aim at", "speaking out against". */
export function participleCueAt(c: Context, k: number, last: number): boolean {
  return cueVerbAt(c, k, last)?.participle === true && !PERMITTING.has(lower(c, k));
}

/**
 * True when token `k` is an adverb and a participle cue follows it, after a content from token `from` with no reported
 * clause: "backed the plan, | often citing the drought", "declined to comment, | not wanting to ...". The adverb only
 * modifies the participle, the same subject's next act. After a reported clause ("said that the party should back its
 * allies, specifically naming ...") the participle is often the reported subject's, so the content is left whole.
 */
function adverbBeforeParticipleCue(c: Context, from: number, k: number, last: number): boolean {
  return k + 1 <= last && isAdverbAt(c, k) && c.regionOf[k + 1] < 0 && participleCueAt(c, k + 1, last) && !holdsReportedClause(c, from, k);
}

// Joining words, subordinators and "upon" before a participle cue of the same speaker's next act: "and saying", "while
// adding", "upon saying".
const JOINS_BEFORE_SAYING = new Set(['and', 'but', 'while', 'before', 'after', 'upon']);
// Subordinators before a participle cue of any class that is the same subject's next act when the content before
// is only the cue's object: "endorsed the mayor before backing her rival", "when commenting on the vote".
const JOINS_BEFORE_ACT = new Set(['while', 'before', 'after', 'when']);

/**
 * True when a measure of time stands before the "after" or "before" at token `k`: "scheduled the vote two days after
 * posting the report" measures the interval from the reported act, so the participle goes on with the reported
 * clause; the speaker's next act follows with no measure ("said ... before adding that ...").
 */
function measuredInterval(c: Context, k: number): boolean {
  if (k < 2 || !INTERVAL_LINKS.has(lower(c, k)) || !isWordAt(c, k - 1) || !isIntervalUnit(lower(c, k - 1))) return false;
  return isNumberAt(c, k - 2) || INTERVAL_COUNTS.has(lower(c, k - 2));
}

// Conjunctions of time that a measured interval may come before: "two days after".
const INTERVAL_LINKS = new Set(['after', 'before']);
// Units an interval is measured in: "two days", "hours".
const INTERVAL_UNITS = new Set([...TIME_NOUNS, 'hour', 'minute']);

/** True for a unit of an interval, singular or plural: "day", "weeks", "hours". */
function isIntervalUnit(word: string): boolean {
  return INTERVAL_UNITS.has(word.replace(/s$/u, ''));
}
// Words counting the units of an interval: "two days", "a week", "several hours".
const INTERVAL_COUNTS = new Set(['a', 'an', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'few', 'several', 'many', 'some']);

/**
 * The first token of the clause opened at token `k`: before a subordinator of time, its measure or leading adverb
 * ("criticised the fares | two days after the council said ...", "| shortly after"), which belongs to the clause; before
 * any subordinator, a focus adverb ("said the vote was fair, | even though he was warned ...", "| only if").
 */
function timeClauseStart(c: Context, from: number, k: number): number {
  if (k - 1 > from && isWordAt(c, k - 1) && SUBORDINATOR_FOCUS.has(lower(c, k - 1)) && SUBORDINATORS.has(lower(c, k))) return k - 1;
  if (!TIME_JOINS.has(lower(c, k)) || k - 1 <= from || !isWordAt(c, k - 1)) return k;
  const before = lower(c, k - 1);
  if (TIME_LEADS.has(before)) return k - 1;
  if (!isIntervalUnit(before)) return k;
  return k - 2 > from && (isNumberAt(c, k - 2) || INTERVAL_COUNTS.has(lower(c, k - 2))) ? k - 2 : k - 1;
}

/**
 * True when token `k` opens a clause of time that stays in the content from token `from`: after a clause of its own
 * ("said the email came | hours after the senator proposed ...", "says he knew little of her | before she announced
 * ...") it tells when the reported act happened, as the speaker put it; after a label given with "as" ("became known as
 * the Ross rule | after Ann Ross complained ...") it names whom the label comes from; after a noun of time ("at a time
 * | when bailiffs warned ...") it describes that time. After any other bare object ("denounced the board | after Ruiz
 * said ...") the clause is the writer's, and its cue is read apart.
 */
function keepsTimeClause(c: Context, from: number, k: number): boolean {
  if (!TIME_JOINS.has(lower(c, k))) return false;
  const before = lowerWordAt(c, k - 1, k);
  return lower(c, from) === 'as' || (before !== null && isIntervalUnit(before) && lower(c, k) === 'when') || !holdsNoClause(c, from, timeClauseStart(c, from, k), false);
}

// Adverbs that lead a clause of time: "shortly after", "just before", "soon after".
const TIME_LEADS = new Set(['shortly', 'just', 'soon', 'right', 'only', 'even', 'long', 'moments']);
// Focus adverbs that go with the subordinator after them: "even though", "even if", "only if", "just before".
const SUBORDINATOR_FOCUS = new Set(['even', 'only', 'just']);

/** True when token `k` is a participle cue of speech or address outside quotes: "saying", "insisting", "warning". */
function isSayingParticiple(c: Context, k: number): boolean {
  const verb = c.regionOf[k] < 0 ? CUE_VERBS.get(lower(c, k)) : undefined;
  return verb !== undefined && verb.participle && speaks(verb);
}

// Words that may open an "as" clause before its subject: "even as he", "just as she".
const AS_OPENERS = new Set(['even', 'just']);
// Words before an "as" that make it part of a phrase: "such as", "as well as".
const AS_PHRASE_OPENERS = new Set(['such', 'well']);
// Most auxiliaries and adverbs between the pronoun and the verb of an "as" clause: "as he again urged".
const MAX_AS_GAP = 2;

/**
 * True when token `k` opens an "as" clause with a subject of its own and a cue verb taking a complement: "... as he
 * urges members to close ranks", "even as she defended the plan", "backs the plan as Varn calls the deal 'a trap'".
 * The clause is its subject's act at the time, not more of the words reported; an "as" clause of reporting ("as he
 * said", "as the Post reported", "as she put it") has no complement and reports the words round it instead.
 */
function opensSimultaneousAct(c: Context, from: number, k: number, last: number): boolean {
  let a = k;
  if (isWordAt(c, a) && AS_OPENERS.has(lower(c, a))) a++;
  // "such as his claim that ...", "as well as the questions that ..." add to a phrase, no clause.
  if (a + 2 > last || !isWordAt(c, a) || lower(c, a) !== 'as' || !isWordAt(c, a + 1) || AS_PHRASE_OPENERS.has(lower(c, a - 1))) return false;
  if (NEW_SUBJECTS.has(lower(c, a + 1))) {
    let v = a + 2;
    while (v <= last && v - (a + 2) < MAX_AS_GAP && isWordAt(c, v) && AUXILIARIES.has(lower(c, v))) v++;
    const verb = v < last && isWordAt(c, v) ? CUE_VERBS.get(lower(c, v)) : undefined;
    return verb !== undefined && !verb.participle && !AS_CLAUSE_VERBS.has(verb.lemma) && isWordAt(c, v + 1);
  }
  // "saw the summit as a chance to talk": after a bare "as" an indefinite article opens the preposition's object ("just
  // as a leaflet on tides says ..." is a clause). After a reported clause ("said they cringed as the rival likened
  // ..."), such an "as" clause is as often part of what was said; after the cue's object it is not.
  // "said the board had lied even as its clerks defended ...": "even" or "just" before "as" sets the act against the
  // reported clause, so it is read apart after one too.
  return (a > k || (!INDEFINITE_ARTICLES.has(lower(c, a + 1)) && !holdsReportedClause(c, from, k))) && asClauseAttribution(c, a + 1, last);
}

/**
 * True when tokens `[from, end)` outside quoted words hold a finite auxiliary, a subject pronoun or "that": a reported
 * clause ("they have cringed", "that the plan failed"), not a cue's object ("aid corridor to besieged Karsk").
 */
function holdsReportedClause(c: Context, from: number, end: number): boolean {
  for (let k = from; k < end; k++) {
    const word = lower(c, k);
    if (c.regionOf[k] < 0 && (isFiniteAuxiliary(word) || NEW_SUBJECTS.has(word) || word === 'that')) return true;
  }
  return false;
}

/**
 * True when a named or determined subject from token `s`, after "as", is followed by a cue verb with a complement of
 * its own ("as the agency warns the risk is high", "as the union calls the deal 'a trap'", "as polls show him
 * ahead"): a second attribution, even with a verb of reporting, since a complement follows it.
 */
function asClauseAttribution(c: Context, s: number, last: number): boolean {
  const head = lower(c, s);
  if (c.regionOf[s] >= 0 || !(isCapitalised(c, s) || DETERMINERS.has(head) || SUBJECT_PRONOUNS.has(head) || (PLURAL_NOUN.test(head) && isNounWord(head)))) return false;
  const v = verbAfterSubject(c, s, last);
  // "as a student and says ...", "as a reason it thought ...": a verb after "and", or after "it" opening a relative
  // clause, is not the "as" phrase's; the phrase is a preposition's object.
  if (v < 0 || CONJUNCTIONS.has(lower(c, v - 1)) || wordsOf(c, s, v - 1).includes('it')) return false;
  const verb = cueVerbAt(c, v, last);
  if (verb === undefined || verb.participle || v + 1 > last || OBJECT_PRONOUNS.has(lower(c, v + 1))) return false;
  return (opensComplement(c, v + 1) || takesPrepositionalObject(c, v + 1, verb) || opensRegion(c, v + 1)) && isVerbUse(c, v, s, lower(c, v), verb, -1);
}

/**
 * True when the comma at token `k` (or a quote closing on it), after a clause from token `from`, opens "a" or "an", a
 * short noun phrase and a relative clause running to the sentence's end: an apposition on the whole clause. The
 * relative clause opens on "that" or "which" with a finite verb ("..., a defense that has worked in earlier cases"),
 * or on its own subject with a cue verb, someone else's word on the reported words ("..., a claim the minister called
 * false", "..., a promise residents have dismissed").
 */
function summingApposition(c: Context, from: number, k: number, last: number): boolean {
  if (!clauseComma(c, k) && !quoteComma(c, k)) return false;
  // "..., in a move that sent shares down": the writer's judgement of an act, on "in", sums up a clause or a
  // participle's object alike ("accusing it of fraud, in a step that ...").
  if (lower(c, k + 1) === 'in' && k + 3 <= last && JUDGED_ACTS.has(lower(c, k + 3))) return opensSummingNoun(c, k + 2, last);
  // "accused the firm of fraud, a charge its chief called absurd": a noun of assertion sums up an accusation's object
  // too, which has no verb of its own.
  return (holdsVerb(c, from, k - 1) || ASSERTION_NOUNS.has(lower(c, k + 2))) && (opensSummingNoun(c, k + 1, last) || opensJudgedAssertion(c, k + 1, last));
}

/**
 * True when token `article` opens "a claim disputed by ...", "an allegation strongly denied by ...": a noun of
 * assertion with a passive participle and its agent, another party's word on the reported words, not more of them.
 */
function opensJudgedAssertion(c: Context, article: number, last: number): boolean {
  if (article + 3 > last || !INDEFINITE_ARTICLES.has(lower(c, article)) || !ASSERTION_NOUNS.has(lower(c, article + 1))) return false;
  let v = article + 2;
  if (/ly$/u.test(lower(c, v))) v++;
  return v + 1 <= last && c.regionOf[v] < 0 && isPastForm(lower(c, v)) && lower(c, v + 1) === 'by';
}

// A third-person present form after a relative word: "a deal that | requires ...", "a move which | means ...".
const PRESENT_VERB = /^[a-z]{2,}[^su]s$/u;

/**
 * True when token `article` is "a" or "an" opening a short noun phrase and a relative clause that run to the
 * sentence's end: "a defense that has worked before", "a claim she called false" (see `summingApposition`).
 */
export function opensSummingNoun(c: Context, article: number, last: number): boolean {
  if (article + 3 > last || c.regionOf[article] >= 0 || !(INDEFINITE_ARTICLES.has(lower(c, article)) || SUMMING_PRONOUNS.has(lower(c, article)))) return false;
  const k = article - 1;
  const relative = contactRelativeAfter(c, article, last);
  if (relative >= 0) return !holdsComma(c, relative, last);
  for (let r = k + 3; r <= k + 2 + MAX_SUMMING_NOUN && r < last; r++) {
    if (!isWordAt(c, r) || c.regionOf[r] >= 0) return false;
    if (lower(c, r) === 'that' || lower(c, r) === 'which') {
      const verb = lower(c, r + 1);
      return (FINITE_AUXILIARIES.has(verb) || isVerbPast(verb) || PRESENT_VERB.test(verb)) && !holdsComma(c, r, last);
    }
  }
  return false;
}

// Participles naming what words drew or set off: "drawing boos", "prompting a walkout", "sparking fears".
const REACTION_PARTICIPLES = new Set(['drawing', 'prompting', 'sparking', 'triggering', 'eliciting', 'provoking']);

/**
 * True when the comma at token `k` (or a quote closing on it), after a clause from token `from`, opens a participle of
 * reaction with an object: "said the tax would rise, | prompting cheers", '"...," Clinton said, | drawing boos'.
 */
function drawsReaction(c: Context, from: number, k: number, last: number): boolean {
  if (!(clauseComma(c, k) || quoteComma(c, k)) || k + 2 > last || !isWordAt(c, k + 1) || !REACTION_PARTICIPLES.has(lower(c, k + 1))) return false;
  return isWordAt(c, k + 2) && !CLAUSE_WORDS.has(lower(c, k + 2)) && (holdsVerb(c, from, k - 1) || c.regionOf[k - 1] >= 0);
}

/**
 * True when the comma at token `k`, right after a quote or closing one, opens an "as" clause whose subject is a
 * determiner phrase or a name and whose verb is in the simple past with no auxiliary, after a reported clause from token
 * `from` in the past perfect: "said they had waited 'two years', as the inquiry opened on Monday". The quote has ended
 * the speaker's words; with none, the clause may be part of the reported event ("had missed a foul on the keeper, Tom
 * Ames, as the striker rose").
 */
function writersTimeClause(c: Context, from: number, k: number, last: number): boolean {
  if (!((clauseComma(c, k) && isQuoteEnd(c, k - 1)) || quoteComma(c, k)) || k + 3 > last || lower(c, k + 1) !== 'as' || c.regionOf[k + 1] >= 0) return false;
  const s = k + 2;
  if (!(DETERMINERS.has(lower(c, s)) || isCapitalised(c, s)) || c.regionOf[s] >= 0) return false;
  const v = firstVerbish(c, s, last);
  return v > s && v <= last && isWordAt(c, v) && c.regionOf[v] < 0 && isVerbPast(lower(c, v)) && !PAST_FINITE.has(lower(c, v)) && holdsPastPerfect(c, from, k);
}

// Marks that set a quote off from the words before it: "praised the plan: | "...," she said", "— | "...," he said"
// (a hyphen too, spaced as a dash: "- | "...," she said -").
export const QUOTE_LEAD_INS = new Set(['—', '–', '-', ';', ':', '(']);
// Longest source between a quote and its closing cue: "“...,” Kelso Harbour Board Deputy Chair Ivy Lam said".
const MAX_CLOSING_SOURCE = 8;

/**
 * True when quote region `r` is closed by a cue of its own right after it (a comma may stand between): '"...," she
 * said', '"...," he told the Post', '"...," said Ann Lee'. The source is a short phrase opening with a capital, a
 * determiner, a subject pronoun or a count ('"...," one ad declared'); an intent or stance ('"Vote," she urged') is
 * left to the words round it.
 */
function quoteHasOwnCue(c: Context, r: number, last: number): boolean {
  let after = firstTokenAt(c, c.regions[r].end, 0);
  if (after <= last && isPunct(c, after, COMMA)) after++;
  if (after > last || !isWordAt(c, after)) return false;
  let v = after;
  while (v <= last && v - after < MAX_CLOSING_SOURCE && isWordAt(c, v) && !CUE_VERBS.has(lower(c, v)) && !FINITE_AUXILIARIES.has(lower(c, v)) && !CLAUSE_WORDS.has(lower(c, v))) v++;
  const verb = v <= last && isWordAt(c, v) ? CUE_VERBS.get(lower(c, v)) : undefined;
  if (!verb || verb.participle || verb.cueClass === 'intent' || verb.cueClass === 'stance') return false;
  // '"...," said Ann Lee.': an inverted source ends the clause ('"...," described the flood as ...' is no source).
  const inverted = v === after && quoteEndsInComma(c, r) && v + 1 <= last ? sourceAfter(c, v + 1, last) : null;
  if (v === after) return inverted !== null && (inverted.next > last || c.tokens.kinds[inverted.next] === TokenKind.PUNCT);
  const head = lower(c, after);
  return isCapitalised(c, after) || DETERMINERS.has(head) || NEW_SUBJECTS.has(head) || COUNTED_SOURCES.has(head);
}

/**
 * True when the clause verb from token `k` on, past its auxiliaries and manner adverbs ("she has also accused", "he
 * openly accused"), is a cue verb outside quotes, a phrasal one read whole ("he singled out").
 */
function isCueVerbAfter(c: Context, k: number, last: number): boolean {
  const v = afterVerbGroupOpening(c, k, last);
  return v <= last && c.regionOf[v] < 0 && cueVerbAt(c, v, last) !== undefined;
}

// Most tokens from a dash opening an aside to the content of a cue inside it: "— who earlier said | ...", "— in a
// remark that seemed | aimed at ...".
const MAX_DASH_ASIDE_LEAD = 8;

/** True when a dash a few tokens before token `from`, right after a word, opens an aside the content sits in. */
function insideDashAside(c: Context, from: number): boolean {
  for (let k = from - 1; k > 0 && from - k <= MAX_DASH_ASIDE_LEAD; k--) {
    if (c.regionOf[k] >= 0 || isPunct(c, k, SENTENCE_END)) return false;
    if (isDash(c, k)) return isWordAt(c, k - 1) && RELATIVES.has(lower(c, k + 1));
  }
  return false;
}

/**
 * True when the dash at token `k` closes a dash aside the content from token `from` sits in, and a finite verb follows
 * (past any auxiliaries): "Ann Lee — who said ... — | told", "— | has backed".
 */
function closesDashAside(c: Context, from: number, k: number, last: number): boolean {
  // "— names he said would be released — to the effort": "to" after the dash goes on with the clause before the aside.
  if (c.regionOf[k] >= 0 || !isDash(c, k) || k + 1 > last || c.regionOf[k + 1] >= 0 || lower(c, k + 1) === 'to') return false;
  const verb = afterVerbGroupOpening(c, k + 1, last) > k + 1 || isVerbPast(lower(c, k + 1)) || cueVerbAt(c, k + 1, last) !== undefined;
  return verb && insideDashAside(c, from);
}

/** The token after the auxiliaries and manner adverbs opening a verb group at token `k` ("has never formally | accused"). */
function afterVerbGroupOpening(c: Context, k: number, last: number): number {
  let v = k;
  while (v < last && c.regionOf[v] < 0 && (AUXILIARIES.has(lower(c, v)) || isMannerAdverb(c, v))) v++;
  return v;
}

/**
 * True when the judgement or intent `verb` after "and" at token `and` (past any auxiliary) is the speaker's next act and no
 * part of the content from token `from`: "criticised the mayor and dared him to a public vote", "will criticise the
 * plan and defend the budget". Only after a content without a clause of its own outside its quoted words (no subject,
 * auxiliary, "that", past verb or cue verb), nor an infinitive unless a past form or a present one in "-s" follows "and" ("vowed to cut taxes
 * and defend the border" is one; "urged them to return and offered ..." two); a cue form used as a noun there is an
 * object ("criticised the plan and ..."). A past form after "and" or "but" (or "did" opening the verb group) also
 * follows a reported clause with no verb in the simple past ("said the pier is safe but criticised the delay"); "said
 * the rent climbed and blamed ..." is one content. A present form of a judgement, intent or thought after "and" or
 * "but" follows a clause with a modal (`presentAfterModal`).
 */
function coordinatedAct(c: Context, from: number, and: number, verb: CueVerb): boolean {
  if (presentAfterModal(c, from, and, verb)) return true;
  if (verb.cueClass !== 'stance' && verb.cueClass !== 'intent') return false;
  // "urged them to return and offered ...": a past form cannot continue the infinitive, so it is the speaker's act.
  const pastAfter = and + 1 < c.tokens.count && isPastForm(lower(c, and + 1));
  // 'said the plan was "reckless" and accused ...': reported words closed by a quote end before the speaker's next act.
  if (pastAfter && isQuoteEnd(c, lastBefore(c, from, and, COMMA))) return true;
  // "forecast that prices would fall and praised the council": a past form cannot go on with a reported clause in
  // another tense, so it is the speaker's act; after one in the past ("said she was tired and wanted a change") it may
  // be the reported subject's. "did" opening the verb group is such a past form too ("urged them to stay but did not
  // name anyone"), though not after a clause quoting the speaker: 'wrote that he had "erred" and did not want to stay'
  // is what he wrote.
  const didAfter = and + 1 < c.tokens.count && PAST_DO.has(lower(c, and + 1)) && !c.regionOf.subarray(from, and).some((r) => r >= 0);
  // "calls on ministers to double funding and urges ...": a present form in "-s" cannot go on with an infinitive either.
  const presentAfter = isWordAt(c, and + 1) && isPresentForm(lower(c, and + 1));
  // "criticised the mayor's ties to builders and has called for ...": a finite auxiliary cannot go on with an infinitive.
  const finiteAfter = isWordAt(c, and + 1) && isFiniteAuxiliary(lower(c, and + 1));
  // "said she wants a safe harbour and has called for a new pier": a present perfect after a reported clause in the
  // present is the speaker's act, as a past form is; after one in the perfect or with a modal it may be the reported
  // subject's ("said the mayor has ignored the crews and has ...", "said the firm would stay and has ...").
  const perfectAfter = PERFECT_HAVE.has(lower(c, and + 1)) && !holdsWordOutsideQuotes(c, from, and - 1, (w) => PERFECT_HAVE.has(w) || REPORTED_MODALS.has(w));
  return holdsNoClause(c, from, and, pastAfter || didAfter || presentAfter || finiteAfter) || ((pastAfter || didAfter || perfectAfter) && !holdsSimplePast(c, from, and));
}

// Present forms of "have" opening a perfect: "and has called for ...".
const PERFECT_HAVE = new Set(['has', 'have']);
// The past of "do" opening a verb group, mostly a negated one: "but did not name anyone", "and didn't call".
const PAST_DO = new Set(['did', "didn't", 'didn’t']);

// Finite verbs of the present that a present form after "and" may go on with: "says the pier is safe and needs ...".
const PRESENT_FINITE = new Set(['is', 'are', 'am', 'has', 'have', 'does', 'do']);

/**
 * True when a form of the cue `verb` stands right after the "and" or "but" at token `and` in the present ("refuses",
 * "considers"; not "has criticised") and the reported clause from token `from` has a modal and no present form of
 * "be", "have", "do" or a cue verb: "said he would fight on and refuses to concede", "said she will not vote for him
 * and considers him unfit". The present form cannot share the modal, so it is the speaker's own act, read apart; after
 * a past or present verb it may be the reported subject's ("said she was proud and expects to win", "said she knows
 * the plan will fail and hopes to stop it").
 */
function presentAfterModal(c: Context, from: number, and: number, verb: CueVerb): boolean {
  const form = lower(c, and + 1);
  if (!isWordAt(c, and + 1) || !isPresentForm(form) || CUE_VERBS.get(form)?.lemma !== verb.lemma) return false;
  let modal = false;
  for (let k = from; k < and; k++) {
    if (!isWordAt(c, k)) continue;
    const word = lower(c, k);
    // "would have been": a "have" or "be" after a modal is its infinitive, no present verb.
    if ((PRESENT_FINITE.has(word) && !REPORTED_MODALS.has(lower(c, k - 1))) || (CUE_VERBS.has(word) && isPresentForm(word))) return false;
    if (REPORTED_MODALS.has(word)) modal = true;
  }
  return modal;
}

// Finite verbs of the past: "was", "were", "did", and "had" unless it opens a perfect.
const PAST_FINITE = new Set(['was', 'were', 'had', 'did']);

/**
 * True when tokens `[from, end)` outside quoted words hold a verb in the simple past: "was", "were", "did", "had" not
 * opening a perfect ("the party had no plans"; not "had found", "had quietly backed"), or a past form that no auxiliary
 * verb stands before, perhaps over an adverb ("she found", "the party long backed"; not "was told", "had long backed", nor "a failed" describing a noun).
 */
function holdsSimplePast(c: Context, from: number, end: number): boolean {
  for (let k = from; k < end; k++) {
    if (!isWordAt(c, k) || inContactRelative(c, from, k) || inObjectRelative(c, from, k)) continue;
    const word = lower(c, k);
    if (PAST_FINITE.has(word) ? word !== 'had' || !opensPerfect(c, k + 1, end) : isVerbPast(word) && auxiliaryBefore(c, k, from) < 0 && !isPastAdjective(c, k)) return true;
  }
  return false;
}

// Negations inside a verb group: "had never seen", "had not been".
export const NEGATIONS = new Set(['not', 'never']);

/**
 * True when the verb at token `k` follows a subject pronoun that stands right after a noun or an indefinite pronoun,
 * from token `from` on: a relative clause with no relative word ("wrote to everyone | it had details for"), whose tense
 * says nothing of the reported clause's.
 */
function inContactRelative(c: Context, from: number, k: number): boolean {
  const head = lower(c, k - 2);
  return k - 2 >= from && isWordAt(c, k - 2) && CONTACT_SUBJECTS.has(lower(c, k - 1)) && c.regionOf[k - 2] < 0 && (isNounWord(head) || INDEFINITES.has(head)) && !SUBJECT_PRONOUNS.has(head) && !DETERMINERS.has(head) && !CUE_VERBS.has(head) && !isVerbPast(head);
}

/**
 * True when the verb at token `k` follows a one-word subject after "that" or "which" on a noun, from token `from` on: a
 * relative clause on the object ("accused the army of shelling the road | that families were using"), whose tense says
 * nothing of the reported clause's. Not after a cue verb or a noun of report, where "that" opens the reported clause.
 */
function inObjectRelative(c: Context, from: number, k: number): boolean {
  const head = lower(c, k - 3);
  return k - 3 >= from && OBJECT_RELATIVES.has(lower(c, k - 2)) && isWordAt(c, k - 3) && isWordAt(c, k - 1) && c.regionOf[k - 3] < 0 && isNounWord(head) && !CUE_VERBS.has(head) && !CUE_NOUNS.has(head) && !CONTENT_NOUNS.has(head) && !isVerbPast(head) && (NEW_SUBJECTS.has(lower(c, k - 1)) || isNounWord(lower(c, k - 1)));
}

// Relative words that may open a clause on an object with a subject of its own: "the road that families used".
const OBJECT_RELATIVES = new Set(['that', 'which']);

// Subject pronouns opening a relative clause with no relative word: "everyone | it had details for".
const CONTACT_SUBJECTS = new Set([...NEW_SUBJECTS, 'it', 'you']);

/**
 * True when the content from token `from` opens with "that" and "never" and a regular past form follow "and" at token
 * `and` (the verb at token `v`), which may be the participle of a "had" before them: "that she had paid the rent | and
 * never mentioned it". Without "never" the past form is as often the speaker's next act ("said that he had erred and
 * apologized").
 */
function sharesPerfect(c: Context, from: number, and: number, v: number): boolean {
  return lower(c, from) === 'that' && lower(c, and) === 'and' && v === and + 2 && lower(c, and + 1) === 'never' && isPastForm(lower(c, v));
}

/** True when tokens `[from, end)` outside quoted words hold a past perfect: "had" before a past form or "been" ("had been cleared"). */
function holdsPastPerfect(c: Context, from: number, end: number): boolean {
  for (let k = from; k < end; k++) if (c.regionOf[k] < 0 && lower(c, k) === 'had' && opensPerfect(c, NEGATIONS.has(lower(c, k + 1)) ? k + 2 : k + 1, end)) return true;
  return false;
}

/**
 * True when a past form or participle or "been" follows at token `k`, perhaps over an adverb or an opening quote mark,
 * before `end`: "had | found", "had | long backed", "had | written", "had | 'wasted'" (a cue verb's form that is neither
 * its lemma, its "-s" nor its "-ing").
 */
function opensPerfect(c: Context, k: number, end: number): boolean {
  const quoted = k < end && isOpeningQuoteMark(c, k);
  const i = quoted ? k + 1 : k;
  const j = !quoted && i < end && isAdverbAt(c, i) ? i + 1 : i;
  if (j >= end || c.tokens.kinds[j] !== TokenKind.WORD) return false;
  const word = lower(c, j);
  const cue = CUE_VERBS.get(word);
  return isVerbPast(word) || word === 'been' || (cue !== undefined && !cue.participle && word !== cue.lemma && !word.endsWith('s'));
}

/** The auxiliary verb right before token `k`, perhaps over an adverb ("was | told", "had long | backed"), from `from` on; else -1. */
function auxiliaryBefore(c: Context, k: number, from: number): number {
  const j = k - 1 >= from && isAdverbAt(c, k - 1) ? k - 2 : k - 1;
  return j >= from && isWordAt(c, j) && FINITE_AUXILIARIES.has(lower(c, j)) ? j : -1;
}

/**
 * True when the past form at token `k` follows a determiner or a possessive, so describes the noun after it ("a failed
 * scheme", "Dunn's updated remarks"), or follows "as", so describes the object before it ("cast her as unqualified").
 */
function isPastAdjective(c: Context, k: number): boolean {
  if (!isWordAt(c, k - 1) && !isPossessiveMark(c, k - 1)) return false;
  const before = lower(c, k - 1);
  return DETERMINERS.has(before) || before === 'as' || isNounPossessive(before);
}

/** True for a noun's possessive ("dunn's", "voters'", a lone "'s"), not a contracted "is" or "has" ("he's", "that's"). */
function isNounPossessive(word: string): boolean {
  const stem = word.replace(POSSESSIVE_ENDING, '');
  return POSSESSIVE_ENDING.test(word) && !SUBJECT_PRONOUNS.has(stem) && !CLAUSE_WORDS.has(stem) && !CONTRACTED_HOSTS.has(stem);
}

// Words that "'s" contracts "is" or "has" onto rather than marking a possessive: "there's", "here's", "let's".
const CONTRACTED_HOSTS = new Set(['there', 'here', 'let', 'that', 'what', 'where', 'how', 'who', 'it']);

/** True when token `k` is the mark opening quoted words: "had 'wasted' money" is a perfect with its verb quoted. */
function isOpeningQuoteMark(c: Context, k: number): boolean {
  return opensRegion(c, k) && !isWordAt(c, k);
}

/** True when token `k` is an adverb that may stand inside a verb group: one of the cue auxiliaries' ("long", "also") or in "-ly". */
function isAdverbAt(c: Context, k: number): boolean {
  const word = lower(c, k);
  return isWordAt(c, k) && (isListedAdverb(word) || isMannerAdverb(c, k));
}

/**
 * True when tokens `[from, end)` hold no clause outside their quoted words: no subject pronoun, finite auxiliary,
 * "that", cue verb or past verb after the first word, and no "to" unless `infinitiveAllowed`. Such a content is the
 * cue's object ('called the rescue "a textbook operation"', "rejected both objections"), which a second verb of the
 * same subject cannot continue.
 */
export function holdsNoClause(c: Context, from: number, end: number, infinitiveAllowed: boolean): boolean {
  for (let k = from; k < end; k++) {
    if (c.regionOf[k] >= 0) continue;
    const word = lower(c, k);
    const cue = CUE_VERBS.get(word);
    if (word === 'to' && infinitiveAllowed) continue;
    if (FINITE_AUXILIARIES.has(word) || NEW_SUBJECTS.has(word) || word === 'that' || (cue && isVerbUse(c, k, from, word, cue, -1)) || (k > from && isPastForm(word) && !isPastAdjective(c, k))) return false;
  }
  return true;
}

/**
 * True when the comma at token `k` is followed by a past cue verb with no subject of its own and a complement, after
 * a content from token `from` that is only the first cue's object: "defended the levy as fair, | mocked its critics
 * and ...", "rejected both objections, | ordered a recount". In such a list of one subject's acts the second verb is
 * the speaker's next act, read on its own. A participle after the comma with "by" ("the plan, backed by the mayor")
 * describes the object and has no complement here.
 */
function listedAct(c: Context, from: number, k: number, last: number): boolean {
  const v = k + 1;
  if (v + 1 > last || !clauseComma(c, k) || c.regionOf[v] >= 0 || !isVerbPast(lower(c, v))) return false;
  const phrasal = phrasalAt(c, v, last);
  const verb = phrasal?.verb ?? CUE_VERBS.get(lower(c, v));
  if (!verb || verb.participle || (!phrasal && !opensComplement(c, v + 1) && !takesPreposition(verb, lower(c, v + 1)))) return false;
  // "urged the city to close the pier, | opposed the tax": a regular past form cannot go on with an infinitive.
  return isVerbUse(c, v, from, lower(c, v), verb, -1) && holdsNoClause(c, from, k, isPastForm(lower(c, v))) && !holdsComma(c, from, k);
}

/**
 * True when the comma at token `k` in the headline is followed by a cue's present form in "-s" with no subject of its
 * own and a complement: "Mayor says city 'will not be bullied', | denies talks with buyers". A headline joins its
 * subject's acts with commas where a sentence would say "and", so the verb is the subject's next act, read apart.
 */
function headlineListedAct(c: Context, k: number, last: number): boolean {
  const v = k + 1;
  if (!inHeadline(c, k) || v + 1 > last || !clauseComma(c, k) || c.regionOf[v] >= 0) return false;
  const verb = CUE_VERBS.get(lower(c, v));
  return verb !== undefined && !verb.participle && isPresentForm(lower(c, v)) && opensComplement(c, v + 1);
}

/**
 * True when `word` is a preposition opening what `verb` is about: an object of a judgement or intent ("opposed to",
 * "pushed for"), a topic of speech or thought ("wrote about", "agreed with"), "to" after the verbs listed in `toTopic`.
 */
export function takesPreposition(verb: CueVerb, word: string): boolean {
  return opensObjectOfClass(verb, word) || (word === 'to' && TO_TOPIC.has(verb.lemma));
}

/** True when `word` is a preposition opening an object of a judgement or intent, or a topic of other cues. */
function opensObjectOfClass(verb: CueVerb, word: string): boolean {
  return verb.cueClass === 'intent' || verb.cueClass === 'stance' ? OBJECT_PREPOSITIONS.has(word) : TOPIC_PREPOSITIONS.has(word);
}

/**
 * True when the comma at token `k` opens a name set off by commas and a cue verb follows it, after a content from token
 * `from` that is only the object of a participle right before it: "One teacher backing the strike, | Ann Lee of the Hill
 * School, said she ...". The name is in apposition to the phrase the participle describes, and the verb after it is
 * that subject's own act. After a finite cue the words before the name are more often a reported clause's subject
 * ("said his brother and partner, Tom Lee, wrote ...").
 */
function appositionSubjectAct(c: Context, from: number, k: number, last: number): boolean {
  if (!isParticipleAt(c, from - 1) || !clauseComma(c, k) || c.regionOf[k + 1] >= 0 || !isCapitalised(c, k + 1)) return false;
  const v = afterApposition(c, k, last);
  if (v === k || v + 1 > last || c.regionOf[v] >= 0) return false;
  const verb = cueVerbAt(c, v, last);
  return verb !== undefined && !verb.participle && isVerbUse(c, v, k + 1, lower(c, v), verb, -1) && holdsNoClause(c, from, k, false) && !holdsComma(c, from, k);
}

/**
 * True when the thought `verb` at token `v` stands right after "but" at token `but` in a past form and opens a clause
 * of its own: "said the fine was the largest yet but doubted it would change much". "but" sets the speaker's own view
 * against what they said, a second attribution of the same source ("said she was tired and thought ..." may go on
 * with the reported subject).
 */
function contrastedThought(c: Context, but: number, v: number, verb: CueVerb, last: number): boolean {
  return lower(c, but) === 'but' && v === but + 1 && verb.cueClass === 'thought' && isPastForm(lower(c, v)) && opensFiniteClause(c, v + 1, last);
}

/**
 * True when the thought `verb` at token `v` follows "and" at token `and` and opens a finite clause, after a content from
 * token `from` that is only the first cue's object or infinitive: "plans to skip the debate and thinks that his aide
 * will stand in". With no clause before "and" for it to go on with, the belief is the speaker's own next attribution.
 */
function joinedThought(c: Context, from: number, and: number, v: number, verb: CueVerb, last: number): boolean {
  return lower(c, and) === 'and' && verb.cueClass === 'thought' && opensFiniteClause(c, v + 1, last) && holdsNoClause(c, from, and, true);
}

/** True when token `k` opens a finite clause: "that", "whether", or a subject pronoun before a finite auxiliary ("it would"). */
function opensFiniteClause(c: Context, k: number, last: number): boolean {
  const word = lower(c, k);
  if (k > last || c.regionOf[k] >= 0) return false;
  return word === 'that' || word === 'whether' || (k + 1 <= last && SUBJECT_PRONOUNS.has(word) && isFiniteAuxiliary(lower(c, k + 1)));
}

/**
 * True when the cue at token `v` follows ", and" or "— and" at token `and` with only auxiliaries or adverbs between and
 * is a regular past form or a present one in "-s": "said the plan was dead, and accused the mayor of ...", "says he
 * will not debate her — and thinks that his aide could stand in". The comma or dash closes the reported clause; a
 * finite verb with no subject of its own is the speaker's next act. After ", but" only when the content from token
 * `from` is the first cue's object with no clause ("finds the mayor dishonest, but views her rival as ..."): after a
 * reported clause the verb may be the reported subject's ("said the firm is for free trade, but wants ...").
 */
function commaJoinedAct(c: Context, from: number, and: number, v: number): boolean {
  const join = lower(c, and) === 'and' || (lower(c, and) === 'but' && holdsNoClause(c, from, and, true));
  return join && (isPunct(c, and - 1, COMMA) || isDash(c, and - 1)) && (isPastForm(lower(c, v)) || (isWordAt(c, v) && isPresentForm(lower(c, v))));
}
// Subordinators opening a clause with its own subject after a comma: "..., because he believes ...".
const SUBORDINATE_JOINS = new Set(['because']);
// Subordinators of time that open a clause with its own subject, no comma before them: "denounced the board after Ruiz
// said she would ...", "praised the divers when the coastguard told reporters ...". Only a cue of speech after them
// opens a second attribution (`opensAttribution`): "left when she knew it was lost" tells when. After a comma, "when"
// after a word naming a time sets the clause apart whatever its cue (`whenAfterComma`).
const TIME_JOINS = new Set(['after', 'before', 'when', 'until', 'once']);
// Joining words of a contrast that need no comma before them: "Most women backed Ms Lee while most men supported ...".
const BARE_CONTRAST_JOINS = new Set(['while', 'whereas']);
// Joining words of a contrast after a comma or dash ("but" joins two acts of one subject without one), after which a
// clause with its own subject and any cue is a second attribution.
const CONTRAST_JOINS = new Set([...BARE_CONTRAST_JOINS, 'but']);
// ", and Ms Ortiz backed the levy": after a comma, "and" with a subject of its own starts the writer's next report,
// like a contrast, when the cue has a complement.
const NEXT_REPORT_JOINS = new Set([...CONTRAST_JOINS, 'and']);
// Marks left out of the end of a content cut before a joined clause, a hyphen used as a dash among them.
const CLAUSE_END_MARKS = new Set([...CLAUSE_PUNCT, '-']);
export const SEMICOLON = new Set([';']);
// Longest subject of a joined attribution, in tokens: "but most in all four wards say".
export const MAX_JOINED_SUBJECT = 8;
// Longest subject after a comma and a joining word, which mark the clause as new: ", and the city's oldest civil rights
// group the Harbour League strongly denounced ...". After a bare comma or "and" a long phrase is as often a list or a
// relative clause.
const MAX_SUBJECT_AFTER_JOIN = 12;

/** True when token `k` may open a verb's complement: no punctuation, preposition, time or place word ("voted on"). */
function opensComplement(c: Context, k: number): boolean {
  return c.tokens.kinds[k] !== TokenKind.PUNCT && !NOT_CONTENT_START.has(lower(c, k)) && !TIME_OR_PLACE.has(lower(c, k));
}

/**
 * True when token `k` (a comma, dash or joining word) opens a clause with its own subject and a cue verb:
 * ", but Chilean officials have said", "while Mr Lee argued", ", Mexico says". The subject is a short phrase without
 * a verb or clause word that opens with a capital, a determiner or a subject pronoun.
 */
export function opensAttribution(c: Context, k: number, last: number): boolean {
  let s = k;
  // "attacked the mayor because it pays off: | He said he has raised ...": after a colon, a clause with a personal
  // pronoun for its subject and a cue of speech is a second attribution, not what the colon introduced.
  const colon = isPunct(c, s, COLON);
  if (isClausePunct(c, s) || colon) s++;
  // After a joining word or a semicolon any noun may open the subject ("but most in all four wards say"); after a
  // bare comma only a name, a determiner, a number or a subject pronoun does, so an enumeration is not split.
  const joined = s <= last && c.regionOf[s] < 0 && (CLAUSE_JOINS.has(lower(c, s)) || (s > k && SUBORDINATE_JOINS.has(lower(c, s))));
  const timed = !joined && s === k && k > 0 && !isClausePunct(c, k - 1) && c.regionOf[s] < 0 && TIME_JOINS.has(lower(c, s));
  const occasion = !joined && whenAfterComma(c, k, last);
  // "both she and Morse promised", "Finch and Lam agreed": a bare "and" after a name or pronoun joins subjects.
  if (joined && s === k && lower(c, s) === 'and' && s > 0 && (isCapitalised(c, s - 1) || NEW_SUBJECTS.has(lower(c, s - 1)))) return false;
  if (joined || timed || occasion) s++;
  // "and then would keep the shop": a sequence adverb after the joining word opens the verb group of the subject
  // before; a subject of its own comes after it ("and then she said").
  if (joined && s <= last && c.regionOf[s] < 0 && SEQUENCE_ADVERBS.has(lower(c, s))) s++;
  if (s === k || s > last || c.regionOf[s] >= 0 || c.tokens.kinds[s] === TokenKind.PUNCT) return false;
  const head = lower(c, s);
  const nominal = opensSubjectPhrase(c, s) || isNumberAt(c, s) || bareAsideSubject(c, k, s, last);
  // "and never mentioned it": a negation opens the verb group of the subject before, no subject of its own.
  if (!(nominal || joined || timed || occasion || isPunct(c, k, SEMICOLON)) || head === 'who' || (head === 'it' && !joined) || NEGATIONS.has(head)) return false;
  // After a colon only a personal pronoun opens such a clause: "the poll shows ...: 42% say ..." gives the findings.
  if (colon && !NEW_SUBJECTS.has(head)) return false;
  const v = verbAfterSubject(c, s, last, joined && isClausePunct(c, k) ? MAX_SUBJECT_AFTER_JOIN : MAX_JOINED_SUBJECT);
  if (v < 0) return false;
  // "even though he was warned against it": a passive verb of address makes its subject the one told, no speaker of a
  // second line ("after the aide was charged with ..." still names a charge).
  if (v - 1 > s && PASSIVE_BE.has(lower(c, v - 1)) && isVerbPast(lower(c, v)) && CUE_VERBS.get(lower(c, v))?.cueClass === 'address') return false;
  // ", Pellow made it clear that ...": a phrasal cue is read whole, whatever its verb alone is.
  const verb = cueVerbAt(c, v, last);
  if (head === 'it' && !bodyActsAfterJoin(c, s, v, verb, last)) return false;
  // "X criticised the ruling, while (or but) Y defended it": a contrast after a comma sets a second subject's judgement or
  // intent apart too, when it has a complement; "... while the others voted (on the budget)" is still what was said,
  // or the writer's time clause.
  const complement = verb !== undefined && v + 1 <= last && (opensComplement(c, v + 1) || takesPrepositionalObject(c, v + 1, verb));
  // 'called it "a slush fund," and Ortiz accused ...': a quote closing on its comma sets the joined clause apart as a
  // comma does.
  const joinAfterComma = isClausePunct(c, k) ? k + 1 : k > 0 && quoteComma(c, k - 1) ? k : -1;
  const contrast = ((joinAfterComma >= 0 && joinAfterComma <= last && NEXT_REPORT_JOINS.has(lower(c, joinAfterComma))) || BARE_CONTRAST_JOINS.has(lower(c, k)) || concedesOwnAct(c, k, s, v)) && complement;
  // "...; local columnists attacked it": a semicolon sets an independent clause apart, whatever its cue.
  const apart = isPunct(c, k, SEMICOLON) && complement;
  // "hours after she wrote it", "in 2011, when he said something about ...": after a subordinator of time, a verb of
  // speech with a bare pronoun object, or an indefinite one, names the saying of something already told or left untold,
  // no new content.
  const saysMore = !(timed || occasion) || (v + 1 <= last && c.tokens.kinds[v + 1] !== TokenKind.PUNCT && !(OBJECT_PRONOUNS.has(lower(c, v + 1)) && !SUBJECT_PRONOUNS.has(lower(c, v + 1))) && !INDEFINITES.has(lower(c, v + 1)));
  // ", when she called for a strike": after a comma, any listed cue with a complement, finite ("when he joined others to
  // reject ..." has a verb in its subject).
  if (occasion && (!complement || lower(c, v - 1) === 'to')) return false;
  return verb !== undefined && !verb.participle && (speaks(verb) || occasion || (!timed && !colon && (verb.cueClass === 'thought' || contrast || apart))) && saysMore && isVerbUse(c, v, s, lower(c, v), verb, -1);
}

/**
 * True when the comma at token `k`, right after a word naming a time, opens "when": "asked about her remarks on Friday,
 * | when she claimed the port was losing money", "recalled the strike of 1998, | when Ms Ito called for ...". Set off by
 * the comma, the clause tells what happened at that time, a second act whose cue, of any class, is its subject's
 * attribution (`opensAttribution`). After other words the clause may still tell when the reported act happened
 * ("said the moment came recently, when he ...").
 */
function whenAfterComma(c: Context, k: number, last: number): boolean {
  return isPunct(c, k, COMMA) && k + 1 <= last && c.regionOf[k + 1] < 0 && lower(c, k + 1) === 'when' && k > 0 && namesTime(c, k - 1);
}

/** True when token `k` names a time: a unit of time ("night", "weeks"), a day, a month or a year ("2009"). */
function namesTime(c: Context, k: number): boolean {
  const word = lower(c, k);
  return isWordAt(c, k) ? isIntervalUnit(word) || DAYS.has(word) || isMonthWord(word) : isNumberAt(c, k) && /^\d{4}$/u.test(word);
}

/**
 * True when token `k` (a comma or the word itself) opens a concession, "though" or "although", whose subject opens at
 * token `s` and whose cue at token `v` is not negated: "backs the levy, though they blame the port for the delay". Like
 * a contrast it sets a second judgement or act apart. In brackets the concession is an aside inside the reported clause,
 * which goes on after it; a negated act (", though he has not endorsed her") is the writer's note of what was left
 * undone (`concedesNegatedAct`).
 */
function concedesOwnAct(c: Context, k: number, s: number, v: number): boolean {
  const word = isClausePunct(c, k) ? k + 1 : k;
  if (!CONCESSIVES.has(lower(c, word)) || isPunct(c, word - 1, OPEN_BRACKET)) return false;
  for (let j = s + 1; j < v; j++) if (NEGATIONS.has(lower(c, j)) || NEGATED_AUXILIARY.test(lower(c, j))) return false;
  return true;
}

/**
 * True when the "it" at token `s`, after a joining word, is a body's name standing for itself before its cue `verb` at
 * token `v`, past auxiliaries and adverbs only: a verb of speech ("..., and it says ...") or an intent with its
 * infinitive ("..., and it hopes to ..."). "and it shows how ..." is the writer's finding, and in "and it still carries
 * the label printed on it" the participle is no cue of the "it".
 */
function bodyActsAfterJoin(c: Context, s: number, v: number, verb: CueVerb | undefined, last: number): boolean {
  if (verb === undefined || v !== afterVerbGroupOpening(c, s + 1, last)) return false;
  return speaks(verb) || (verb.infinitive && v + 1 <= last && opensInfinitive(c, v + 1, last));
}

/**
 * True when token `k`, right after the cue `verb`, opens its object with a preposition as the cue reads it: "for",
 * "against", "to" after an intent or stance ("calls for a ferry", "voted against it", "has threatened to leave"), a topic
 * after other cues ("wrote about the trip"). Not "on", which opens a date or an occasion as often ("voted on Tuesday",
 * "while the others voted on the budget" is still what was said).
 */
function takesPrepositionalObject(c: Context, k: number, verb: CueVerb): boolean {
  const word = lower(c, k);
  return c.regionOf[k] < 0 && word !== 'on' && opensObjectOfClass(verb, word);
}

// A share in a subject: "; 26% say ...", ", while a 45% plurality oppose ...".
const PERCENT = new Set(['%']);

/**
 * The verb after a short subject opening at token `s` (past an apposition and auxiliaries: "Brian Deese, the adviser,
 * has said"), or -1: the subject holds no verb, clause word or quote and runs to `reach` tokens (`MAX_JOINED_SUBJECT`
 * unless the caller allows more).
 */
function verbAfterSubject(c: Context, s: number, last: number, reach = MAX_JOINED_SUBJECT): number {
  let v = s;
  while (v <= last && v - s < reach && c.regionOf[v] < 0 && (c.tokens.kinds[v] !== TokenKind.PUNCT || isHyphenInWord(c, v) || isPluralPossessive(c, v) || isPunct(c, v, PERCENT)) && !(CUE_VERBS.has(lower(c, v)) && !inCapitalisedName(c, s, v)) && !(FINITE_AUXILIARIES.has(lower(c, v)) && !opensPrepositionalTo(c, v, last)) && !(CLAUSE_WORDS.has(lower(c, v)) && !isAcronym(c, v)) && !phrasalAt(c, v, last)) v++;
  if (v === s || v > last) return -1;
  // "Harbour Master Tilda Marsh (Ind.) asked": a short bracketed label after a name ends the subject.
  const close = isPunct(c, v, OPEN_BRACKET) && isCapitalised(c, v - 1) ? bracketClose(c, v, last) : -1;
  if (close > 0) v = close + 1;
  if (v > last) return -1;
  // "the wage and rent gap she describes": a pronoun after the first word opens a relative clause; the words
  // before it are its object, no subject.
  for (let w = s + 1; w < v; w++) if (NEW_SUBJECTS.has(lower(c, w))) return -1;
  // "and Ed Marlow, the harbour master, said", "and its chairman, Ann Lee, said": an apposition between commas, also
  // after a role noun before a name ("while sprinter Ann Lee, the captain, insisted").
  if ((isCapitalised(c, s) || DETERMINERS.has(lower(c, s)) || isCapitalised(c, v - 1)) && isPunct(c, v, COMMA)) v = afterApposition(c, v, last);
  // "while sprinter Ann Lee, who made the team, insisted": so is a relative clause on "who" after a name.
  if (v <= last && isPunct(c, v, COMMA) && isCapitalised(c, v - 1)) v = afterCommaAside(c, v, last, true);
  v = afterVerbGroupOpening(c, v, last);
  return v > last || c.regionOf[v] >= 0 ? -1 : v;
}

/**
 * True when the comma at token `k` closes the first part of an apposition opened by an indefinite article after an
 * earlier comma (", a reference, | diplomats said, | to ..."): an aside there is on the apposition alone.
 */
function inApposition(c: Context, k: number): boolean {
  let comma = k - 1;
  while (comma >= 0 && !isClausePunct(c, comma) && !isPunct(c, comma, SENTENCE_END)) comma--;
  return comma >= 0 && isPunct(c, comma, COMMA) && comma + 1 < k - 1 && INDEFINITE_ARTICLES.has(lower(c, comma + 1)) && isVerbless(c, comma + 1, k - 1);
}

// Most words a bare noun subject of a reporting aside may hold ("police", "state officials").
const MAX_BARE_ASIDE_SUBJECT = 2;

/**
 * True when the comma at token `k` opens a reporting aside whose subject, opening at token `s`, is a bare noun
 * ("After she was told she would be fined, | police said, | she drove off"): one or two lowercase nouns, a verb right
 * after them and a comma closing the aside. A bare noun after a comma is otherwise left alone, as it may go on a list.
 */
function bareAsideSubject(c: Context, k: number, s: number, last: number): boolean {
  // "and, records show, rarely sails": right after a joining word the aside sits inside the clause it joins.
  if (!isPunct(c, k, COMMA) || (k > 0 && (CLAUSE_WORDS.has(lower(c, k - 1)) || lower(c, k - 1) === 'and')) || inApposition(c, k)) return false;
  let v = s;
  while (v <= last && v - s < MAX_BARE_ASIDE_SUBJECT && isWordAt(c, v) && !isCapitalised(c, v) && isNounWord(lower(c, v)) && !CUE_VERBS.has(lower(c, v))) v++;
  return v > s && v + 1 <= last && CUE_VERBS.has(lower(c, v)) && isPunct(c, v + 1, COMMA);
}

/**
 * The cue verb after a short subject opening at token `s` (`verbAfterSubject`), used there as a finite verb ("she |
 * said", "the council | strongly disputes"), with its token; null for none or a participle.
 */
export function cueAfterSubject(c: Context, s: number, last: number): { v: number; verb: CueVerb } | null {
  const v = verbAfterSubject(c, s, last);
  const verb = v < 0 ? undefined : cueVerbAt(c, v, last);
  return verb !== undefined && !verb.participle && isVerbUse(c, v, s, lower(c, v), verb, -1) ? { v, verb } : null;
}

// Most tokens of a relative clause on "who" inside a subject, before the main clause's verb: "those who | backed a
// slate in the ballot | said".
const MAX_SUBJECT_RELATIVE = 8;

/**
 * True when the subject opening at token `s` holds a relative clause on "who" and is followed by a finite cue verb of
 * speech, the main clause's: "the crews who met the mayor on Monday say ...", "40 percent of those who backed a
 * slate said ...". The relative clause's own verb comes first, so a cue right after "who" is not the one.
 */
export function speaksAfterRelativeSubject(c: Context, s: number, last: number): boolean {
  let who = s + 1;
  while (who <= last && who - s <= MAX_JOINED_SUBJECT && isWordAt(c, who) && lower(c, who) !== 'who' && !CLAUSE_WORDS.has(lower(c, who)) && !FINITE_AUXILIARIES.has(lower(c, who)) && !CUE_VERBS.has(lower(c, who))) who++;
  if (who > last || lower(c, who) !== 'who' || !isWordAt(c, who)) return false;
  for (let v = who + 2; v <= last && v - who <= MAX_SUBJECT_RELATIVE && isWordAt(c, v) && !CLAUSE_WORDS.has(lower(c, v)); v++) {
    // A bare form is the plural's present ("the crews who met her say"), but not after "to".
    const verb = CUE_VERBS.get(lower(c, v));
    if (verb !== undefined && !verb.participle && speaks(verb) && lower(c, v - 1) !== 'to') return isVerbUse(c, v, s, lower(c, v), verb, -1);
  }
  return false;
}

/**
 * True when the capitalised cue form at token `v`, after a capitalised word of the subject opening at token `s`, ends a
 * name: "the Harbour Post reported", "the Civic Record says". In a headline capitals tell nothing ("Mayor Says ...").
 */
function inCapitalisedName(c: Context, s: number, v: number): boolean {
  return v > s && isCapitalised(c, v) && isCapitalised(c, v - 1) && !inHeadline(c, v);
}

/**
 * True when the "to" at token `k` opens a noun phrase, not an infinitive: "its envoy | to the region", "a letter | to
 * Ann Lee", "officials close | to ministers" (a plural noun no cue form).
 */
function opensPrepositionalTo(c: Context, k: number, last: number): boolean {
  if (lower(c, k) !== 'to' || k + 1 > last || c.regionOf[k + 1] >= 0) return false;
  const next = lower(c, k + 1);
  return DETERMINERS.has(next) || isCapitalised(c, k + 1) || (PLURAL_NOUN.test(next) && isNounWord(next) && !CUE_VERBS.has(next));
}

// Relative words whose clause may have a subject of its own: ", which the council said ...", ", who he said ...".
export const GAPPED_RELATIVES = new Set(['which', 'who', 'whom']);

/**
 * True when the comma at token `k` opens a relative clause on "which" (or "who", "whom") with a subject of its own whose verb is a cue
 * other than of thought: ", which the mayor said was a mistake", ", which she called a fair deal". The clause is
 * that subject's attribution about the thing before the comma (a belief there, ", which I think is ...", is more often
 * part of what was said). The verb needs words after it, a quote or "as" ("which he described as ..."): with its
 * object gapped at the end (", which the unions opposed.", "whom he attacked bitterly") there is no second content.
 */
function opensGapRelativeAttribution(c: Context, k: number, last: number): boolean {
  const s = k + 2;
  if (s > last || !isPunct(c, k, COMMA) || c.regionOf[k + 1] >= 0 || !GAPPED_RELATIVES.has(lower(c, k + 1)) || c.regionOf[s] >= 0) return false;
  const head = lower(c, s);
  if (!(isCapitalised(c, s) || DETERMINERS.has(head) || NEW_SUBJECTS.has(head) || QUANTIFIERS.has(head))) return false;
  const cue = cueAfterSubject(c, s, last);
  if (cue === null) return false;
  const { v, verb } = cue;
  return verb.cueClass !== 'thought' && v + 1 <= last && ((opensComplement(c, v + 1) && !isMannerAdverb(c, v + 1)) || opensRegion(c, v + 1) || lower(c, v + 1) === 'as') && !resumesAfterRelative(c, v, last);
}

// Relative words of a clause that labels the noun before it: "a meeting | that the mayor called ...".
const LABELLED_RELATIVES = new Set(['that', 'which']);

/**
 * True when token `k` is "that" or "which" right after a lower-case noun (`endsNounPhrase`) and opens a relative clause whose subject (a
 * name, a determiner phrase or a pronoun) gives the noun a quoted label with a verb of labelling, its object gapped:
 * "a meeting | that Supervisor Ann Lee called "the longest night"", "a deal which the union described as "a sell-out"".
 */
function opensQuotedLabelRelative(c: Context, k: number, last: number): boolean {
  const s = k + 1;
  if (s > last || c.regionOf[k] >= 0 || !LABELLED_RELATIVES.has(lower(c, k)) || !endsNounPhrase(c, k - 1, last) || c.regionOf[s] >= 0) return false;
  const head = lower(c, s);
  if (!(isCapitalised(c, s) || DETERMINERS.has(head) || NEW_SUBJECTS.has(head))) return false;
  const cue = cueAfterSubject(c, s, last);
  if (cue === null || !LABELLING.has(lower(c, cue.v))) return false;
  const label = cue.v + 1 <= last && lower(c, cue.v + 1) === 'as' ? cue.v + 2 : cue.v + 1;
  return label <= last && opensRegion(c, label);
}

/** True when token `k` is a lower-case noun, or an "-ing" noun after a determiner ("a meeting", "the hearing"). */
function endsNounPhrase(c: Context, k: number, last: number): boolean {
  const word = lowerWordAt(c, k, last);
  return word !== null && (isNounWord(word) || (isParticipleAt(c, k) && k > 0 && DETERMINERS.has(lower(c, k - 1))));
}

// Prepositions opening a relative clause of the occasion or the thing answered: ", to which the mayor replied ...".
export const RELATIVE_PREPOSITIONS = new Set(['to', 'in', 'during', 'at', 'after', 'under']);

/**
 * True when the comma at token `k` opens a relative clause after a preposition ("to which", "during which", "in whom")
 * whose own subject's verb is a cue of speech or address, or any cue with a complement: ", to which the mayor replied:
 * ...", ", during which listeners asked why ...", ", in which she pressed for ...". The clause is that subject's attribution,
 * not more of the content before the comma.
 */
function opensPrepositionRelativeAttribution(c: Context, k: number, last: number): boolean {
  const s = k + 3;
  if (s > last || !isPunct(c, k, COMMA) || c.regionOf[k + 1] >= 0 || !RELATIVE_PREPOSITIONS.has(lower(c, k + 1)) || !GAPPED_RELATIVES.has(lower(c, k + 2)) || c.regionOf[s] >= 0) return false;
  if (!(opensSubjectPhrase(c, s) || isNumberAt(c, s))) return false;
  const cue = cueAfterSubject(c, s, last);
  return cue !== null && cue.v + 1 <= last && (speaks(cue.verb) || opensComplement(c, cue.v + 1) || takesPrepositionalObject(c, cue.v + 1, cue.verb));
}

// Most words of a noun phrase set off after a comma or dash before its "that" clause: ", a charge that ...".
export const MAX_APPOSED_NOUN = 3;

/**
 * True when the comma or dash at token `k` opens a noun phrase summing up the words before it, with a relative "that"
 * clause whose own subject's verb is a cue: ", a claim that the council strongly disputes", "- moves that she said
 * helped the harbour", ", views that she has since dropped". The clause is that subject's attribution about the
 * summed-up words, not more of them (its object may be gapped at the end: the noun is what it judges).
 */
export function opensApposedRelativeAttribution(c: Context, k: number, last: number): boolean {
  if (!(isPunct(c, k, COMMA_DASH) || isSpacedHyphen(c, k))) return false;
  let n = k + 1;
  const determined = n <= last && c.regionOf[n] < 0 && DETERMINERS.has(lower(c, n));
  if (determined) n++;
  const head = n;
  // After a determiner a cue verb's bare form is a noun ("a claim that", "the charge that"), no verb.
  const cueNoun = (word: string): boolean => determined && CUE_VERBS.has(word) && !/(?:ing|ed)$/u.test(word);
  const phraseWord = (word: string): boolean => (cueNoun(word) || !CUE_VERBS.has(word)) && !FINITE_AUXILIARIES.has(word) && !CLAUSE_WORDS.has(word);
  while (n <= last && n - head < MAX_APPOSED_NOUN && lowerWordAt(c, n, last) !== null && lower(c, n) !== 'that' && phraseWord(lower(c, n))) n++;
  if (n === head || n > last || lower(c, n) !== 'that' || c.regionOf[n] >= 0 || !(isNounWord(lower(c, n - 1)) || cueNoun(lower(c, n - 1)))) return false;
  // "a functioning, legal system that ...": without a determiner only a bare plural ("stances that ...") sums up.
  if (!determined && !(n === head + 1 && PLURAL_NOUN.test(lower(c, head)))) return false;
  const s = n + 1;
  if (s > last || c.regionOf[s] >= 0) return false;
  if (!opensSubjectPhrase(c, s)) return false;
  const cue = cueAfterSubject(c, s, last);
  if (cue === null) return false;
  const { v, verb } = cue;
  // A relative clause lacks a word: its object ("that the council disputes.") or, after speech, its subject ("that she
  // said helped"); "the fact that the union endorsed her" is the noun's content, no relative.
  const after = v + 1;
  return after > last || (c.tokens.kinds[after] === TokenKind.PUNCT && c.regionOf[after] < 0) || (speaks(verb) && (isVerbPast(lower(c, after)) || isFiniteAuxiliary(lower(c, after))));
}

/**
 * True when a comma after the relative clause's verb at token `v` is followed by a finite verb, the main clause going
 * on round the relative ("the levy, which the council says will raise millions, was dropped"): it is inside the
 * reported words, not after them. A finite cue verb counts ("Ann Lee, whose poll showed Bo ahead, | said ...").
 */
export function resumesAfterRelative(c: Context, v: number, last: number): boolean {
  for (let k = v + 1; k < last; k++) if (clauseComma(c, k)) return c.regionOf[k + 1] < 0 && (isFiniteAuxiliary(lower(c, k + 1)) || isVerbPast(lower(c, k + 1)) || isFiniteCueVerb(c, k + 1, last));
  return false;
}

/** True when token `k` is a cue verb in lower case in a finite form ("said", "told", "says"), no participle. */
function isFiniteCueVerb(c: Context, k: number, last: number): boolean {
  const word = lowerWordAt(c, k, last);
  const verb = word === null ? undefined : CUE_VERBS.get(word);
  return verb !== undefined && !verb.participle && word !== verb.lemma;
}

/** The token after the comma closing an apposition that opens at the comma `comma`, or `comma` when there is none. */
export function afterApposition(c: Context, comma: number, last: number): number {
  return afterCommaAside(c, comma, last, false);
}

/**
 * The token after the comma closing an aside that opens at the comma `comma`, or `comma` when there is none: an
 * apposition, which a clause word ends, or (`relative`) a relative clause on "who" (", who teaches law,"), which may
 * hold clause words and cue verbs (", who is challenging her for the seat,": the clause is read on its own and the
 * subject before it goes on to its verb). A cue word inside an apposition makes it an attribution of its own, no aside.
 */
function afterCommaAside(c: Context, comma: number, last: number, relative: boolean): number {
  let first = comma + 1;
  if (relative) {
    if (first > last || c.regionOf[first] >= 0 || lower(c, first) !== 'who') return comma;
    first++;
  }
  let w = first;
  while (w <= last && w - comma <= MAX_SOURCE && c.regionOf[w] < 0 && !isPunct(c, w, BOUNDARY_PUNCT) && (relative || (!CLAUSE_WORDS.has(lower(c, w)) && !CUE_VERBS.has(lower(c, w))))) w++;
  return w > first && w <= last && isPunct(c, w, COMMA) ? w + 1 : comma;
}

/**
 * The comma before a sentence-final ", the report said." or ", a court heard." within `[from, last]`, or the closing
 * mark of a quote ending in that comma ('... "a test," she said.'), or -1.
 */
function trailingCueComma(c: Context, from: number, last: number): number {
  let end = last;
  while (end > from && isPunct(c, end, SENTENCE_END)) end--;
  for (let k = end; k > from && end - k <= MAX_SOURCE + 2; k--) {
    const closesQuote = k < end && quoteComma(c, k);
    if (!closesQuote && (c.regionOf[k] >= 0 || (c.tokens.kinds[k] === TokenKind.PUNCT && !isPunct(c, k, COMMA)))) return -1;
    if (!closesQuote && !isPunct(c, k, COMMA)) continue;
    if (OBJECT_ONLY_PREPOSITIONS.has(lower(c, k + 1)) || opensParticiplePhrase(c, k + 1)) return -1;
    for (let v = k + 1; v <= end; v++) {
      const verb = CUE_VERBS.get(lower(c, v));
      // "..., would be set out in a report.", "..., despite the rally and claims of progress.": a cue word after a
      // determiner, or a plural joined to a noun, is a noun.
      if (verb && !verb.participle && verb.cueClass === 'speech' && v > k + 1 && !DETERMINERS.has(lower(c, v - 1)) && !(lower(c, v - 1) === 'and' && nounAfterAnd(c, v - 1, end)) && !withoutClause(c, v, verb, end)) return lacksTrailingSubject(c, from, k, cueStart(c, v, k + 1)) ? -1 : k;
      // "..., a court heard.", "..., the jury was told.": what an audience heard.
      if (AUDIENCE_CUES.has(lower(c, v)) && AUDIENCES.has(lower(c, cueStart(c, v, k + 1) - 1))) return k;
    }
    return -1;
  }
  return -1;
}

/**
 * The comma before a sentence-final inverted cue within `[from, last]` (", said Ann Lee, a historian at Dover College.",
 * ", says one analyst."), or -1. The words before the comma are that speaker's, so a cue inside them reports no
 * further.
 */
function invertedCueComma(c: Context, from: number, last: number): number {
  for (let k = from + 1; k < last; k++) if (closesWithInvertedCue(c, from, k, last)) return k;
  return -1;
}

/**
 * True when the comma at token `comma` is followed by a finite verb of speech and a speaker closing sentence `last`,
 * alone or with an apposition (", said Ann Lee, a historian."), and the words from token `first` to the comma are no
 * subject with no verb yet, set off by an apposition ("his partner, Tom Lee, | wrote most of the songs" awaits its
 * verb). The speaker is named (a capital before any
 * preposition), a person's noun (", said an official who ...") or a count (", says one analyst"): ", wrote a host of new
 * songs" and ", recounted the night on Radio Kelso" are the subject's next act, and ", said Ms. Ruiz won" or ", said
 * he expects Ruiz to win" hold a clause (a subject before "said" set off by an apposition: "Ann Lee, the mayor, said").
 */
export function closesWithInvertedCue(c: Context, first: number, comma: number, last: number): boolean {
  let end = last;
  while (end > comma && isPunct(c, end, SENTENCE_END)) end--;
  // Runs at every token of a content: the one-token tests come first, the scan of the words before the comma last.
  if (comma + 2 > end || comma - 1 < first || c.regionOf[comma] >= 0 || !isPunct(c, comma, COMMA) || c.regionOf[comma + 1] >= 0) return false;
  const verb = CUE_VERBS.get(lower(c, comma + 1));
  if (!verb || verb.participle || verb.cueClass !== 'speech' || awaitsVerb(c, first, comma - 1)) return false;
  const source = sourceAfter(c, comma + 2, end);
  if (!source || !(source.next > end || apposedAtEnd(c, source.next, end))) return false;
  const head = comma + 2;
  const after = firstTokenAt(c, source.span.end, head);
  if (!isVerbless(c, head, after - 1) || holdsWordOutsideQuotes(c, head, after - 1, (word) => NEW_SUBJECTS.has(word)) || holdsCueVerb(c, head, after - 1)) return false;
  if (COUNTED_SOURCES.has(lower(c, head)) || headNamesPerson(c, head, after)) return true;
  for (let k = head; k < after && k - head < 4 && !PREPOSITIONS_BEFORE_MODIFIER.has(lower(c, k)); k++) if (isCapitalised(c, k)) return true;
  return false;
}

/**
 * True when tokens `[first, to]` are a subject with no verb yet: no finite verb and no infinitive ("his partner, Tom
 * Lee"; "the envoy, Ivo Brandt, not to cross the river" holds the infinitive of a clause).
 */
function awaitsVerb(c: Context, first: number, to: number): boolean {
  return opensSubjectPhrase(c, first) && isVerbless(c, first, to) && !holdsWordOutsideQuotes(c, first, to, (word) => word === 'to');
}

/**
 * True when tokens `(head, to]` hold a dash or a finite cue verb after a word other than a determiner: "said Lee
 * believes the ads will pay off" has a clause after the cue ("said the report" names a document).
 */
function holdsCueVerb(c: Context, head: number, to: number): boolean {
  for (let k = head + 1; k <= to; k++) {
    if (isDash(c, k)) return true;
    const verb = CUE_VERBS.get(lower(c, k));
    if (verb && !verb.participle && !DETERMINERS.has(lower(c, k - 1))) return true;
  }
  return false;
}

/**
 * True when the comma at token `comma` opens an apposition running to token `end` with no verb: ", a historian at
 * Dover College", ", 54, of Dover"; not a clause with a subject of its own (", he added").
 */
function apposedAtEnd(c: Context, comma: number, end: number): boolean {
  return comma < end && isPunct(c, comma, COMMA) && !NEW_SUBJECTS.has(lower(c, comma + 1)) && !CLAUSE_WORDS.has(lower(c, comma + 1)) && isVerbless(c, comma + 1, end);
}

/**
 * True when the cue group opening at token `cue` has no subject of its own after the comma at token `comma`, in
 * content opening at token `from`, so it is no trailing cue: a joining word right before it ("the full, unredacted memo
 * | and will review it": the verb goes on with the reported clause's subject), one bare participle or adverb ("plant
 * false, | damaging details among ...": the comma parts two modifiers of one noun, and the cue word is that noun), a
 * negated bare verb contrasting with the one before ("should back the port, | not take sides"), or the verb of a "that"
 * clause whose subject is set off by an aside ("that Mayor Ann Lee, who will decide, | has said nothing").
 */
function lacksTrailingSubject(c: Context, from: number, comma: number, cue: number): boolean {
  if (cue <= comma + 1) return NEGATIONS.has(lower(c, comma + 1)) || reportedSubjectAwaitsVerb(c, from, comma);
  const before = lower(c, cue - 1);
  if (cue - 1 === comma + 1 && !isCapitalised(c, cue - 1) && /(?:ing|ly)$/u.test(before)) return true;
  for (let k = comma + 2; k < cue; k++) if (CONJUNCTIONS.has(lower(c, k)) && (k + 1 === cue || MODALS.has(lower(c, k + 1)))) return true;
  return false;
}

/**
 * True when the "that" clause opening at token `from` has a subject and no verb before its first comma, which comes
 * before token `comma`: "that Mayor Ann Lee, who will decide, | has said ..." awaits its verb.
 */
function reportedSubjectAwaitsVerb(c: Context, from: number, comma: number): boolean {
  if (lower(c, from) !== 'that' || from + 1 >= comma || !opensSubjectPhrase(c, from + 1)) return false;
  let k = from + 1;
  while (k < comma && !clauseComma(c, k)) k++;
  return k > from + 1 && isVerbless(c, from + 1, k - 1);
}

/**
 * True when token `k`, after a comma, is a participle used as a preposition ("..., given his earlier remarks.",
 * "..., including Friday's posts."): it opens an adjunct, no trailing cue's subject, and the content runs over it. A
 * free relative after it ("..., including what she said were letters") keeps its cue, read as a line of its own.
 */
function opensParticiplePhrase(c: Context, k: number): boolean {
  return isWordAt(c, k) && PREPOSITION_PARTICIPLES.has(lower(c, k)) && lower(c, k + 1) !== 'what';
}
export const REPORTED_MODALS = new Set(['would', 'could', 'might', 'should', 'will', 'may', 'can', 'must', ...NEGATED_MODALS]);

/**
 * The first token of the cue whose verb is token `i`: its auxiliaries and manner adverbs ("is expected to say", "then
 * loudly asked", "grudgingly agreed"), which are never the speaker.
 */
export function cueStart(c: Context, i: number, first: number): number {
  // "In addition to stating that ...": the "to" closing a phrasal opener is the opener's, no auxiliary.
  if (i - 1 >= first && lower(c, i - 1) === 'to' && phrasalOpenerStart(c, i - 1, first) >= 0) return i;
  let k = i;
  // "plans to say" holds an auxiliary that is a cue verb itself, but only before its "to": "people familiar with the
  // plans said" has a noun there.
  while (k - 1 >= first && c.regionOf[k - 1] < 0 && ((AUXILIARIES.has(lower(c, k - 1)) && (lower(c, k) === 'to' || !CUE_VERBS.has(lower(c, k - 1)))) || isMannerAdverb(c, k - 1) || focusesVerb(c, k - 1, first) || yetAfterAuxiliary(c, k - 1, first))) k--;
  // "She went on to say ...", "He then proceeded to list ...": the lead before the infinitive, with the auxiliaries and
  // one-word adjuncts before it, is the cue's, so "She" is the source.
  const lead = lower(c, k) === 'to' ? leadEndingAt((n) => (n >= first && c.regionOf[n] < 0 ? lower(c, n) : undefined), k) : undefined;
  // "Lee began talking about ...": a verb of beginning before the "-ing" form is the cue's too, so "Lee" is the source.
  const onset = !lead && k - 1 >= first && c.regionOf[k - 1] < 0 && lower(c, k).endsWith('ing') && ONSETS.has(lower(c, k - 1));
  if (!lead && !onset) return k;
  k -= lead ? lead.length : 1;
  while (k - 1 >= first && c.regionOf[k - 1] < 0 && (AUXILIARIES.has(lower(c, k - 1)) || isMannerAdverb(c, k - 1) || isOneWordAdjunct(c, k - 1))) k--;
  return k;
}

/**
 * True when token `k` is a "yet" after an auxiliary ("has yet to say", "has not yet said"): the perfect denied so far,
 * part of the cue as "not" is. A "yet" joining clauses ("lost, yet insisted") is none.
 */
function yetAfterAuxiliary(c: Context, k: number, first: number): boolean {
  return lower(c, k) === 'yet' && k - 1 >= first && c.regionOf[k - 1] < 0 && AUXILIARIES.has(lower(c, k - 1));
}

/**
 * True when token `k` is an adjunct of one word ("then", "later", "also"), not the object of a preposition before it
 * ("Ana Lee on | Tuesday seemed to ...": the phrase goes with the source).
 */
function isOneWordAdjunct(c: Context, k: number): boolean {
  if (k > 0 && DAY_PREPOSITIONS.has(lower(c, k - 1))) return false;
  return ADJUNCTS.get(lower(c, k))?.some((phrase) => phrase.length === 1) ?? false;
}

// Prepositions taking a day or time as object: "on Tuesday", "in May".
const DAY_PREPOSITIONS = new Set(['on', 'in', 'at', 'by', 'since', 'until']);
// A verb that ends a noun cue's complement: "support for Mr Trump | is minimal".
export const CLAUSE_VERBS = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'could', 'can', 'may', 'might', 'should']);

/**
 * True when the "that" at token `k` opens a content clause after a noun ("a statement that the talks had failed"), not a
 * relative clause whose verb follows it at once ("a statement that surprised its members").
 */
export function opensContentClause(c: Context, k: number, last: number): boolean {
  if (c.regionOf[k] >= 0 || lower(c, k) !== 'that' || k + 1 > last || !isWordAt(c, k + 1)) return false;
  const next = lower(c, k + 1);
  return !isVerbPast(next) && !CLAUSE_VERBS.has(next) && !(CUE_VERBS.has(next) && !NOUN_LIKE.has(next));
}
