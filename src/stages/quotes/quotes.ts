import { defineStage } from '../../pipeline/stage.js';
import { datelineEnd } from '../../doc/dateline.js';
import { layer, type Doc } from '../../doc/document.js';
import type { Span } from '../../doc/span.js';
import type { Sentence } from '../sentences/types.js';
import type { TokenLayer } from '../tokens/types.js';
import type { Mention } from '../mentions/types.js';
import { TokenKind } from '../tokens/types.js';
import { ACCORDING, OCCASIONS, RECORD_NOUNS, AUDIENCE_CUES, REFUSALS, REFUSED_SPEECH, AGENT_NOUNS, ADJUNCT_WORDS, CLAUSE_ONLY, CUE_VERBS, DOCUMENTS, EVIDENCE, HEARSAY, AS_CLAUSE_CUES, AS_CLAUSE_FIRST_WORDS, PASSIVE_VIEWS, STATED_NOUNS, FRAMED_NOUNS, SET_OUT_NOUNS, RAISING, TITLING, RECEIVED_NOUNS, STANCE_ADJECTIVES, VOICE_ADJECTIVES, modalityOf, type CueVerb } from './cues.js';
import { findBlockMarkers, findQuoteRegions } from './quote-marks.js';
import { SpeakerResolver } from './speaker.js';
import type { QuoteAnnotation, QuoteKind } from './types.js';
import type { Modality } from '../../result/types.js';
import { RELATIVES, CLAUSE_WORDS, COMMA, type Context, lower, wordsOf, isPunct, isCapitalised, isTitleCase, firstRegionEndingAfter, markUsed, mapRegions, opensRegion, isParticipleAt, hasWord, holdsCueWord, lastBefore, tokenSpan, NOT_CONTENT_START, passageAfterColon, isWordAt, isNumberAt, isPastForm, isVerbPast, isNounWord, firstTokenAt, closesSentence, countWords, markTokensOfMentions } from './context.js';
import { COLON, TOPIC_PREPOSITIONS, TIME_NOUNS, onlyGrantsAnonymity, opensInfinitive, DETERMINERS, BE, HAVE, FINITE_AUXILIARIES, ARTICLES, isFiniteAuxiliary, dashAsideStart } from './complements.js';
import { QUESTION_WORDS } from './addressees.js';
import { BOUNDARY_PUNCT, NEW_SUBJECTS, COMMA_DASH, sourceBefore, PASSIVE_BE, clauseSubject } from './sources.js';
import { CLAUSE_JOINS, isVerbUse, speaks, isMannerAdverb, phrasalAt, DO_SUPPORT, WH_CLAUSES, CONTRACTED_LINK } from './cue-use.js';
import { opensAttribution, GAPPED_RELATIVES, RELATIVE_PREPOSITIONS, REPORTED_MODALS, cueStart, SEMICOLON } from './content.js';
import { UNLISTED_CUES, type UnlistedCueModel, type CueLayers, mentionTypesOf, isCandidateVerb, unlistedCueKeys, unlistedCueVerb, inPersonMention } from './unlisted-cues.js';
import { type Found, beforeResultClause, documentBefore, type CueSite, wordsOfFrame, asideFrame, quotedAsFrame, hearsayFrame, receivedFrame, SHORT_ANSWERS, raisingFrame, passiveViewFrame, titleFrame, untilComma, nounFrame, issuedDocumentFrame, linkedFrame, accordingFrame, sourceAfterPreposition, nameBefore, labelFrame, turnFrame, framesQuote, audienceFrame, questionTopicFrame, QUESTION_TOPICS, viewpointFrame, stancePhraseFrame, antecedentStart, isTimePhrase, invertedSoFrame, labelContent } from './frames.js';
import { verbFrame } from './verb-frame.js';
import { findTurns, type Turn } from './interviews.js';

const QUESTION_MARK = new Set(['?']);
// Shortest quote without a cue worth reporting, in words: shorter quoted bits are titles and scare quotes.
const MIN_UNCUED_WORDS = 4;
// How many words a speaker's name after a headline quote's colon may run to ("Mary Ann Lee Ruiz").
const MAX_HEADLINE_NAME = 5;

// Adverbs of place and sequence that are never what was said: "can be found here", "responded first"; and a
// preposition whose object is left unsaid ("who voted against, said ...").
const BARE_ADVERBS = new Set(['here', 'there', 'home', 'first', 'anyway', 'too', 'well', 'against']);

/**
 * True when `content` is one word that only says where, when or how ("responded anonymously", "booed loudly", "the
 * issue we talk about", "criticism on Tuesday"): an adjunct or a stranded preposition, not what was said.
 */
function isBareAdjunct(c: Context, content: Span): boolean {
  const k = firstTokenAt(c, content.start, 0);
  if (hasWord(c, k + 1, firstTokenAt(c, content.end, k) - 1)) return false;
  const word = lower(c, k);
  // "said so", "did not say when" are answers, kept.
  if (c.regionOf[k] >= 0 || SHORT_ANSWERS.has(word) || WH_CLAUSES.has(word)) return false;
  return NOT_CONTENT_START.has(word) || BARE_ADVERBS.has(word) || isMannerAdverb(c, k);
}

/** `content` cut before the first semicolon outside quotes after token `from`. */
function untilSemicolon(c: Context, content: Span, from: number, last: number): Span {
  for (let k = from + 1; k <= last && c.tokens.starts[k] < content.end; k++) {
    if (c.regionOf[k] < 0 && isPunct(c, k, SEMICOLON)) return { start: content.start, end: c.tokens.ends[k - 1] };
  }
  return content;
}

// Relative words that stand for a gap in the reported clause: "which she has said was a mistake", "what he called a crime".
const GAP_RELATIVES = new Set(['which', 'what']);

/**
 * A cue inside a relative clause whose reported words lack a subject or an object ("a ruling they claim | let
 * ...", "the rules she hopes | to change", "which he said | was a mistake"): the noun or relative word the gap stands
 * for opens the content, and the pronoun alone is the source. Other frames are returned as they are.
 */
function withGapAntecedent(c: Context, frame: Found, first: number, last: number): Found {
  if (!frame.source || !frame.cue || frame.regions.length || frame.content.start < frame.cue.end || !hasGap(c, frame.content)) return frame;
  const start = firstTokenAt(c, frame.source.start, first);
  const end = firstTokenAt(c, frame.source.end, start) - 1;
  // "The bill, which Ms Ray has said was a mistake, passed": the relative word opens the content, which ends with the
  // clause at its comma. After a preposition "which" or "whom" is its object, no gap ("in which she described ..."); "what"
  // stays the gap ("to what she said is ...").
  if (start - 1 >= first && GAP_RELATIVES.has(lower(c, start - 1)) && !(GAPPED_RELATIVES.has(lower(c, start - 1)) && start - 2 >= first && RELATIVE_PREPOSITIONS.has(lower(c, start - 2)))) {
    const content = { start: c.tokens.starts[start - 1], end: frame.content.end };
    const cueEnd = firstTokenAt(c, frame.cue.end, start);
    // "shot down what it said was a balloon; the trip was put off": the clause the gap sits in ends at a semicolon.
    return { ...frame, content: start - 2 >= first && isPunct(c, start - 2, COMMA) ? untilComma(c, content, cueEnd, last) : untilSemicolon(c, content, cueEnd, last) };
  }
  // "a ruling they claim let ...": the noun before the pronoun opens the content.
  if (end > start && NEW_SUBJECTS.has(lower(c, end)) && isWordAt(c, end - 1) && !isCapitalised(c, end - 1) && isNounWord(lower(c, end - 1)) && !isTimePhrase(c, end - 1)) {
    return { ...frame, source: tokenSpan(c, end, end), content: { start: c.tokens.starts[antecedentStart(c, end - 1, start)], end: frame.content.end } };
  }
  return frame;
}

/**
 * True when reported words lack their subject or object: they open with a finite verb ("was a mistake", "would be
 * released", "allowed ...") or are a bare infinitive or participle with at most one word after ("to ignore", "receiving").
 */
function hasGap(c: Context, content: Span): boolean {
  const k = firstTokenAt(c, content.start, 0);
  const end = firstTokenAt(c, content.end, k) - 1;
  const word = lower(c, k);
  if (isFiniteAuxiliary(word)) return true;
  if (isVerbPast(word) && !isCapitalised(c, k)) return true;
  // "schemes she would not want to justify": a negation before the infinitive.
  const opener = NEGATIONS.has(word) && k < end && lower(c, k + 1) === 'to' ? k + 1 : k;
  const infinitive = lower(c, opener) === 'to';
  if (!infinitive && !isParticipleAt(c, k)) return false;
  const verb = infinitive ? opener + 1 : k;
  if (end - verb <= 1) return true;
  // "an office he wanted to hold since ...", "schemes she would not want to justify at a hustings": an adjunct of
  // time or place right after the verb, where its object would stand ("to write about women" has its object).
  return (!infinitive || opensInfinitive(c, opener, end)) && isWordAt(c, verb + 1) && GAP_ADJUNCTS.has(lower(c, verb + 1));
}

// Negations before an infinitive whose object is a gap: "not to answer", "never to see".
const NEGATIONS = new Set(['not', 'never']);
// Words opening an adjunct of time or place, which may follow a verb whose object is a gap ("to hold since ...").
const GAP_ADJUNCTS = new Set(['in', 'at', 'during', 'since', 'until', 'before', 'after', 'when', 'while', 'last', 'this', 'next', 'today', 'yesterday', 'earlier', 'later', 'again']);

/** The site of the cue whose verb is token `i`, worked out once for judging the verb and framing its quote. */
function cueSite(c: Context, i: number, verb: CueVerb, first: number): CueSite {
  const auxStart = cueStart(c, i, first);
  return { auxStart, documented: verb.participle ? documentBefore(c, auxStart, first) : -1 };
}

// Most tokens between "as" and its cue: a source with an apposition, even a quoted title in it ("As Ann Ray, author
// of "River Towns," put it").
const MAX_AS_SOURCE = 24;

/**
 * The "as" opening the clause whose cue is an `asClause` phrase at token `i` ("As the mill's owner, Jo Weir, put it"),
 * or -1: words, commas and quotes only stand between, no verb or clause word.
 */
function asClauseOpening(c: Context, i: number, first: number, last: number): number {
  if (i + 1 > last || !AS_CLAUSE_FIRST_WORDS.has(lower(c, i)) || !AS_CLAUSE_CUES.has(`${lower(c, i)} ${lower(c, i + 1)}`)) return -1;
  for (let k = i - 1; k >= first && i - k <= MAX_AS_SOURCE; k--) {
    if (c.regionOf[k] >= 0 || isPunct(c, k, COMMA)) continue;
    const word = lower(c, k);
    if (word === 'as') return k < i - 1 ? k : -1;
    if (c.tokens.kinds[k] === TokenKind.PUNCT || CUE_VERBS.has(word) || FINITE_AUXILIARIES.has(word) || CLAUSE_WORDS.has(word)) return -1;
  }
  return -1;
}

// Subjects that stand for no one: "it appears that ...", "there seemed to be ...".
const IMPERSONAL = new Set(['it', 'there', 'this', 'that']);

const IN = ['in'];

/**
 * True when a speech cue's content is a to-infinitive: "agreed to reopen the crossings", "promised to write" report a
 * commitment to act, which "according to X" after it may attribute as a whole, as it does a belief or judgement.
 */
function pledgesAct(c: Context, frame: Found): boolean {
  return afterInfinitiveTo(c, frame) !== null;
}

/** The words after the "to" a content opens with ("reopen the crossings" in "to reopen the crossings"); null without one. */
function afterInfinitiveTo(c: Context, f: Found): string | null {
  const words = c.text.slice(f.content.start, f.content.end);
  const to = /^to\s+/u.exec(words);
  return to === null ? null : words.slice(to[0].length);
}

/** True when "in" at token `i` opens a phrase ending in a findings noun: "in the latest Ledger poll". */
function evidenceAfter(c: Context, i: number, last: number): boolean {
  const phrase = i + 1 <= last ? sourceAfterPreposition(c, i + 1, last) : null;
  if (phrase === null) return false;
  // "the forecast came in below estimates": a figure compared with the findings, "in" a particle of its verb.
  if (COMPARISONS.has(lower(c, i + 1))) return false;
  // "a chemist who was not involved in the study", "those who took part in the survey": "in" completes a verb of
  // taking part, and the study is what the person joined, not a source of what the sentence says.
  if (i > 0 && PARTAKING.has(lower(c, i - 1))) return false;
  // "in a Courier poll released Monday", "in the latest survey last week": the findings noun may be dated after it.
  let k = phrase.next - 1;
  while (k > i + 1 && !EVIDENCE.has(lower(c, k)) && (ADJUNCT_WORDS.has(lower(c, k)) || isPastForm(lower(c, k)) || isNumberAt(c, k))) k--;
  const closes = phrase.next > last || isPunct(c, phrase.next, BOUNDARY_PUNCT);
  // "leads in the polls ahead of the vote", "stays ahead in surveys despite ...": an adjunct of the clause may follow.
  if (!closes || !EVIDENCE.has(lower(c, k))) k = findingsBeforeAdjunct(c, i, phrase.next);
  else if (!(k === phrase.next - 1 || isPastForm(lower(c, k + 1)) || ADJUNCT_WORDS.has(lower(c, k + 1)))) return false;
  if (k < 0) return false;
  // "trails in the ratings", "the largest sum in the overall tally": a record kept says where things stand, not what a
  // finding holds (PolNeAR marks 1 of 27 such "in" phrases on train a cue).
  if (RECORD_NOUNS.has(lower(c, k))) return false;
  // "voters in the district head to the polls", "in four states going to the polls": the findings noun is where
  // voters go, in a phrase of its own, not what "in" opens.
  for (let n = i + 1; n < k; n++) if (PLACE_PREPOSITIONS.has(lower(c, n))) return false;
  return true;
}

// Words opening an adjunct of the clause after "in" and its findings: "in the polls | ahead of the primary".
const ADJUNCTS_AFTER_FINDINGS = new Set(['ahead', 'despite', 'since', 'among', 'across', 'before', 'after']);

/** The findings noun of the phrase after "in" at token `i`, before token `end`, followed by an adjunct of the clause; else -1. */
function findingsBeforeAdjunct(c: Context, i: number, end: number): number {
  for (let k = i + 1; k + 1 < end; k++) if (EVIDENCE.has(lower(c, k))) return ADJUNCTS_AFTER_FINDINGS.has(lower(c, k + 1)) ? k : -1;
  return -1;
}

/** An "in" frame at token `i` whose source ends at its findings noun: "in the polls | ahead of the primary" (the adjunct is the clause's). */
function withFindingsSource(c: Context, i: number, frame: Found | null): Found | null {
  const findings = frame?.source ? findingsBeforeAdjunct(c, i, firstTokenAt(c, frame.source.end, i) + 1) : -1;
  return frame?.source && findings >= 0 ? { ...frame, source: { start: frame.source.start, end: c.tokens.ends[findings] } } : frame;
}

/**
 * True when "in" at token `i` ends a description apposed to a name: "Ann Bell, the favourite in most polls, ..." ranks
 * her by the polls; the polls report nothing the sentence goes on to say.
 */
function inApposedDescription(c: Context, i: number, first: number): boolean {
  let comma = i - 1;
  while (comma > first && i - comma <= MAX_APPOSED_DESCRIPTION && isWordAt(c, comma) && !FINITE_AUXILIARIES.has(lower(c, comma)) && !CUE_VERBS.has(lower(c, comma))) comma--;
  return comma > first && comma < i - 2 && isPunct(c, comma, COMMA) && ARTICLES.has(lower(c, comma + 1)) && isCapitalised(c, comma - 1);
}

// Words of an apposed description before its "in": "the clear front-runner".
const MAX_APPOSED_DESCRIPTION = 5;

// Prepositions before "the polls" as a place: "to the polls", "at the polls".
const PLACE_PREPOSITIONS = new Set(['to', 'at', 'into']);
// Verb forms whose complement "in" names what someone takes part in: "involved in", "took part in".
const PARTAKING = new Set(['involved', 'participated', 'participate', 'participates', 'participating', 'part', 'engaged']);
// Words comparing a figure with a finding after "in": "came in below estimates", "came in ahead of forecasts".
const COMPARISONS = new Set(['below', 'above', 'under', 'over', 'ahead', 'short', 'line', 'beyond']);

/**
 * True when the findings phrase opening the sentence at token `i` is where the main clause's named speaker put it:
 * "In a report published on Monday, the Resolution Foundation said that ..." is the Foundation's attribution.
 */
function framesMainCue(c: Context, i: number, first: number, last: number): boolean {
  if (i !== first) return false;
  let comma = i + 1;
  while (comma <= last && c.regionOf[comma] < 0 && !isPunct(c, comma, BOUNDARY_PUNCT)) comma++;
  // "In a poll, 75 percent said ...": respondents counted in a poll are the poll's finding, not its speakers.
  const subject = comma + 1 <= last ? lower(c, comma + 1) : '';
  return comma < last && isPunct(c, comma, COMMA) && (isCapitalised(c, comma + 1) || DETERMINERS.has(subject)) && opensAttribution(c, comma, last);
}

/** Which multiword "according" cue, if any, starts at token `i`. */
function accordingAt(c: Context, i: number, last: number): readonly string[] | null {
  for (const words of ACCORDING) {
    if (i + words.length - 1 > last) continue;
    if (words.every((word, n) => lower(c, i + n) === word)) return words;
  }
  return null;
}

/** The most characters between a speaker's phrase and a relative clause describing it (", "). */
const MAX_DESCRIPTION_GAP = 3;

/**
 * True when the stance cue starting at token `auxStart` opens a relative clause whose source `source` is, or runs on
 * from, the source of the sentence's previous cue ('"...," said Jo Ray, a farmer who backs the plan'): the writer
 * describes who speaks, and PolNeAR marks no attribution of the speaker's there. Speech ("..., who added that ...") and
 * the other classes stay.
 */
function describesSpeaker(c: Context, auxStart: number, verb: CueVerb, source: Span | null, previousSource: Span | null): boolean {
  if (verb.cueClass !== 'stance' || source === null || previousSource === null || auxStart < 1 || !RELATIVES.has(lower(c, auxStart - 1))) return false;
  return source.start <= previousSource.end + MAX_DESCRIPTION_GAP && source.end > previousSource.start;
}

/**
 * True when `frame`, of a verb that reports only with a clause ("clauseOnly": "prove", "maintain", "demonstrate"), takes
 * the words before its cue while a word of the verb's other sense follows it ("The detour, which could prove costly,
 * ...", "Though it is rare, he maintained a busy schedule"): those words are no content of its, and the frame is
 * dropped rather than kept silent, so a line in them stays ("While the mayor said that ..., the city continues to fund
 * it"). "continued to ..." (its infinitive), "that" and a quote stay.
 */
function otherSenseAfter(c: Context, verb: CueVerb, frame: Found, last: number): boolean {
  if (!CLAUSE_ONLY.has(verb.lemma) || frame.cue === null || frame.content.end > frame.cue.start) return false;
  const k = firstTokenAt(c, frame.cue.end, 0);
  if (k > last || !isWordAt(c, k) || c.regionOf[k] >= 0) return false;
  const word = lower(c, k);
  // "continued to insist" goes on to a cue; "continues to sign new players" to another act.
  if (word === 'to') return k + 1 > last || !CUE_VERBS.has(lower(c, k + 1));
  return word !== 'that';
}

/**
 * True when participle `i`, with no auxiliary of its own, takes words opening with a finite "be", "have" or modal ("The
 * other clubs competing Friday are Kelso and Brant"): the participle describes that verb's subject, a reduced relative
 * clause, and reports nothing. A progressive ("All I'm asking is that ...") keeps its cue.
 */
function reducedRelative(c: Context, verb: CueVerb, site: CueSite, i: number, first: number, frame: Found): boolean {
  if (!verb.participle || site.auxStart !== i || i === first || frame.cue === null || frame.content.start < frame.cue.end) return false;
  const prev = lower(c, i - 1);
  if (PASSIVE_BE.has(prev) || CONTRACTED_LINK.test(prev)) return false;
  const k = firstTokenAt(c, frame.content.start, 0);
  return k < c.tokens.count && c.regionOf[k] < 0 && FINITE_AFTER_SUBJECT.has(lower(c, k));
}

/**
 * True when "see" has a time or an occasion for its subject ("Last year saw the union take control of the port", "a
 * week that saw protests", "The debate saw Reed attack Lane"): what happened then, which no one sees or holds.
 */
function witnessedByTime(c: Context, verb: CueVerb, frame: Found): boolean {
  if (verb.lemma !== 'see' || frame.source === null || frame.cue === null || frame.source.end > frame.cue.start) return false;
  let head = firstTokenAt(c, frame.source.end, 0) - 1;
  if (head > 0 && (RELATIVES.has(lower(c, head)) || lower(c, head) === 'that')) head--;
  const word = head >= 0 ? lower(c, head) : '';
  return TIME_NOUNS.has(word.replace(/s$/u, '')) || OCCASIONS.has(word);
}

// Finite verbs that open a predicate after a subject: "are", "has", "will".
const FINITE_AFTER_SUBJECT = new Set([...BE, 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'should', 'may', 'might', 'must', 'shall']);

/** Words of wanting before "to see" that make it a wish about what is to happen ("would like to see the plan pass"). */
const DESIRE_WORDS = new Set(['like', 'love', 'hate']);

/** Words opening a clause after "see": "to see if", "to see why", "to see that". */
const SEEN_CLAUSE_OPENERS = new Set([...QUESTION_WORDS, ...WH_CLAUSES, 'if', 'that']);

/**
 * True when "see" at token `i` is a purpose infinitive of sight, its object no clause ("lined up to see him", "tuned in
 * to see the mayor speak", "went to see the tree"): being there, not a thought; PolNeAR marks it 3 times in 16. A wish
 * ("would like to see ...", "wants to see ...") and a question ("waited to see if ...") stay.
 */
function seesInPerson(c: Context, auxStart: number, i: number, verb: CueVerb, last: number): boolean {
  if (verb.lemma !== 'see' || auxStart !== i - 1 || lower(c, auxStart) !== 'to' || i + 1 > last || SEEN_CLAUSE_OPENERS.has(lower(c, i + 1))) return false;
  const before = auxStart - 1 >= 0 ? lower(c, auxStart - 1) : '';
  return !DESIRE_WORDS.has(before) && !CUE_VERBS.has(before);
}

/** The auxiliaries that open a yes-no question ("Do you ...", "Would you ...", "Have you ..."). */
const QUESTION_AUXILIARIES = new Set([...DO_SUPPORT, ...REPORTED_MODALS, ...HAVE, ...BE]);

/**
 * True when sentence `s`, `[first, last]`, opens its paragraph outside quote marks as a yes-no question put to "you"
 * ("Do you support the new bridge?"): the writer asks the reader, and "you" holds no view. An interviewer's question
 * follows its label in the paragraph ("Q: ... Do you ...?") and a speaker's is in marks.
 */
function asksReader(c: Context, sentences: readonly Sentence[], s: number, first: number, last: number): boolean {
  if (s > 0 && sentences[s - 1].paragraph === sentences[s].paragraph) return false;
  if (last - first < 2 || c.regionOf[first] >= 0 || !isPunct(c, last, QUESTION_MARK)) return false;
  return QUESTION_AUXILIARIES.has(lower(c, first)) && lower(c, first + 1) === 'you';
}

/**
 * True when `frame` sits in a yes-no question of sentence `[first, last]` and its content is a lone pronoun: "Do you
 * still believe that?" asks whether a view is held; the pronoun points back at words, it reports none.
 */
function asksOfPronoun(c: Context, frame: Found, first: number, last: number): boolean {
  if (!isPunct(c, last, QUESTION_MARK) || !QUESTION_AUXILIARIES.has(lower(c, first))) return false;
  return POINTING_PRONOUNS.has(c.text.slice(frame.content.start, frame.content.end).toLowerCase());
}

// Pronouns that stand for words said before: "believe that", "think so".
const POINTING_PRONOUNS = new Set(['that', 'this', 'it', 'so']);

/** What kind of speech a content is, by the quote regions in it. */
function kindOf(c: Context, found: Found): QuoteKind {
  if (found.mixed) return 'mixed';
  if (found.regions.length || found.verbatim) return 'direct';
  const r = firstRegionEndingAfter(c, found.content.start);
  return r < c.regions.length && c.regions[r].start < found.content.end ? 'mixed' : 'indirect';
}

/**
 * Finds who said what, in numbered steps:
 * 1. quote regions (curly, straight and single marks; quotes running over paragraphs);
 * 2. per sentence, each cue outside quotes ("said", "is expected to say", "according to", a colon after a
 *    subject) with its source, and its content after it ('said that ...', 'said: "..."') or before it
 *    ('"...," he said.'); a split quote is one quote from the first fragment to the last;
 * 3. quotes in marks that no cue took: a quote opening a sentence continues the previous speaker, when the
 *    previous quote is close, else it is kept without a speaker when long enough to be speech, not a title;
 * 4. the kind (direct, mixed, indirect), the modality from the cue's words, and the speaker entity.
 * `unlistedCues` decides which verbs the lexicon lacks head a cue; the bundled model but for out-of-fold training figures.
 */
export function findQuotes(doc: Doc, unlistedCues: UnlistedCueModel = UNLISTED_CUES): QuoteAnnotation[] {
  const text = doc.text;
  const sentences = layer(doc, 'sentences');
  const tokens = layer(doc, 'tokens');
  const paragraphs = layer(doc, 'paragraphs');
  const blockMarkers = findBlockMarkers(text, paragraphs);
  const regions = findQuoteRegions(text, paragraphs, blockMarkers);
  const usedRegion = new Uint8Array(regions.length);
  const c: Context = { text, tokens, regions, regionOf: mapRegions(tokens, regions), used: usedRegion, resolver: new SpeakerResolver(text, layer(doc, 'mentions'), layer(doc, 'entities')), lowered: new Array<string | undefined>(tokens.count), titleCaseHeadline: -1, headline: -1, headlineLast: -1, inName: namedTokens(text, tokens, layer(doc, 'mentions')), inPost: postTokens(text, tokens), tags: layer(doc, 'pos').tags };
  const cueLayers: CueLayers = { tags: c.tags, mentionTypes: mentionTypesOf(tokens, layer(doc, 'mentions')) };
  const found: Found[] = [];
  // An interview printed as a transcript: each turn is its speaker's words (`findTurns`).
  const turns = findTurns(text, paragraphs, blockMarkers, layer(doc, 'mentions'));
  const sides = c.resolver.interviewSides({ start: 0, end: turns[0]?.label.start ?? 0 });
  let nextTurn = 0;
  let takenTurn: Turn | null = null;
  let claimedEnd = 0;
  for (let s = 0; s < sentences.length; s++) {
    // The turn whose label the sentence holds or goes on from: "GOV. | MORLAND: ..." is two sentences of one label.
    while (nextTurn < turns.length && turns[nextTurn].cue.end <= sentences[s].start) nextTurn++;
    const turn = nextTurn < turns.length && turns[nextTurn].label.start < sentences[s].end ? turns[nextTurn] : null;
    if (turn && turn !== takenTurn) {
      takenTurn = turn;
      const words = turnFrame(c, turn, sides);
      found.push(words);
      // A transcript under names takes in what its turns hold, as a name's label does (`Turn.nests`).
      if (!turn.nests) {
        markUsed(c, words.content);
        claimedEnd = Math.max(claimedEnd, words.content.end);
      }
    }
    const opening = afterDateline(c, sentences[s], tokens.sentenceStart[s], s);
    // A pasted block's marker is no word of the sentence: '"SMITH: ...' is a transcript's label all the same; a turn's
    // own attributions open after its label.
    const first = turn ? firstTokenAt(c, turn.words.start, opening) : blockMarkers.has(tokens.starts[opening]) ? opening + 1 : opening;
    const last = tokens.sentenceStart[s + 1] - 1;
    if (last < first) continue;
    // "Do you support the plan?" opening a paragraph asks the reader: no one is quoted in it.
    if (asksReader(c, sentences, s, first, last)) continue;
    let previousFrame: Found | null = null;
    // Whether the sentence's previous attribution was speech: a relative clause after a stance's agent ("was criticised
    // by lawmakers, who accused ...") goes on with the act, no description of a speaker.
    let previousSpeech = false;
    // The text's opening sentence is its headline when it is a paragraph of its own; capitals name no one only there
    // (later title-case sentences are lists of names).
    if (s === 0 && (sentences.length === 1 || sentences[1].paragraph !== sentences[0].paragraph)) {
      c.headline = first;
      c.headlineLast = last;
    }
    if (c.headline === first && isTitleCase(c, first, last)) c.titleCaseHeadline = first;
    // A name before a colon opening the sentence says what follows: "Graham: Trump's rhetoric is destroying ...",
    // "Okafor: 'Cheap Shots' Do Not Belong", and in transcripts "TAPPER: ..." to the paragraph's end. The
    // cues inside it attribute nothing of their own: PolNeAR never nests one attribution in another's content.
    const labelled = turn ? null : labelFrame(c, sentences, s, first, last, first !== opening);
    if (labelled) {
      found.push(labelled);
      markUsed(c, labelled.content);
      claimedEnd = Math.max(claimedEnd, labelled.content.end);
    }
    for (let i = first; i <= last; i++) {
      if (!isWordAt(c, i) || tokens.starts[i] < claimedEnd || c.inName[i]) continue;
      const word = lower(c, i);
      let frame: Found | null = null;
      const according = word === 'according' ? accordingAt(c, i, last) : word === 'in' && evidenceAfter(c, i, last) && !framesMainCue(c, i, first, last) && !inApposedDescription(c, i, first) ? IN : null;
      if (according) {
        const read = accordingFrame(c, i, according, first, last);
        frame = according === IN ? withFindingsSource(c, i, read) : read;
      }
      else {
        // "spoke about", "took issue with": a verb with the words after it is one cue, whatever the verb alone is.
        const phrasal = phrasalAt(c, i, last);
        // "as one worker put it": a phrase that is a speech cue only in an "as" clause with its speaker.
        const as = phrasal ? -1 : asClauseOpening(c, i, first, last);
        const verb = phrasal?.verb ?? CUE_VERBS.get(word);
        const site = verb ? cueSite(c, i, verb, first) : null;
        // "is worried about", "is opposed to": an adjective after a linking verb, before any verb reading of it.
        const adjective = STANCE_ADJECTIVES.has(word) || VOICE_ADJECTIVES.has(word) || AGENT_NOUNS.has(word) ? linkedFrame(c, i, first, last) : null;
        const audience = AUDIENCE_CUES.has(word) ? audienceFrame(c, i, first, last) : null;
        // "The plan has drawn criticism from ...": a judgement received names its giver after the noun.
        const received = RECEIVED_NOUNS.has(word) ? receivedFrame(c, i, first, last) : null;
        // "is best known for", "was described as": a view in the passive, before any other reading of the participle.
        const passiveView = PASSIVE_VIEWS.has(word) && !phrasal ? passiveViewFrame(c, i, first, last) : null;
        const pointedBack = verb && !phrasal ? invertedSoFrame(c, i, verb, first, last) : null;
        if (audience) frame = audience;
        else if (pointedBack) frame = pointedBack;
        else if (as >= 0) {
          frame = asideFrame(c, as, i + 2, tokenSpan(c, as + 1, lastBefore(c, as + 1, i, COMMA_DASH)), cueStart(c, i, first), i + 1, first, last);
        } else if (RAISING.has(word) && !phrasal) {
          const auxStart = cueStart(c, i, first);
          frame = raisingFrame(c, auxStart, i, first, last, wordsOf(c, auxStart, i));
          // "Voters seemed pleased": PolNeAR gives an impression to the one it is of; "it appears that" to no one.
          const subject = frame ? sourceBefore(c, auxStart, first) : null;
          if (frame && subject && !IMPERSONAL.has(c.text.slice(subject.start, subject.end).toLowerCase())) frame = { ...frame, source: subject, impression: true };
        } else if (passiveView) {
          frame = passiveView;
        } else if (adjective) {
          frame = adjective;
        } else if (received) {
          frame = received;
        } else if (TITLING.has(word)) {
          frame = titleFrame(c, i, first, last);
        } else if (verb && site && isVerbUse(c, i, first, word, verb, site.documented)) {
          // '"...," said Jo Ray, a farmer who backs the plan': the writer describes the speaker; no second attribution.
          frame = verbFrame(c, i, verb, site, first, last, previousFrame, phrasal?.tail.length ?? 0);
          if (frame && (describesSpeaker(c, site.auxStart, verb, frame.source, previousSpeech ? previousFrame?.source ?? null : null) || seesInPerson(c, site.auxStart, i, verb, last))) frame.silent = true;
          if (frame && (otherSenseAfter(c, verb, frame, last) || reducedRelative(c, verb, site, i, first, frame) || witnessedByTime(c, verb, frame))) frame = null;
          if (frame) frame = withGapAntecedent(c, frame, first, last);
          if (frame && ((verb.cueClass !== 'speech' && verb.cueClass !== 'address') || pledgesAct(c, frame))) frame.nonSpeech = true;
        } else if (FRAMED_NOUNS.has(word) || STATED_NOUNS.has(word)) frame = nounFrame(c, cueLayers.tags, i, first, last);
        // "had one message: ...": a document's noun may also be words set out after a colon.
        else if (DOCUMENTS.has(word)) frame = issuedDocumentFrame(c, i, first, last) ?? (SET_OUT_NOUNS.has(word) ? nounFrame(c, cueLayers.tags, i, first, last) : null);
        else if (SET_OUT_NOUNS.has(word)) frame = nounFrame(c, cueLayers.tags, i, first, last);
        else if (HEARSAY.has(word)) frame = hearsayFrame(c, i, first, last);
        else if (!verb && framesQuote(c, i, first, last)) {
          const framing: CueVerb = { cueClass: 'speech', lemma: word, participle: false, infinitive: false };
          frame = verbFrame(c, i, framing, cueSite(c, i, framing, first), first, last, previousFrame);
        } else if (word === 'as') frame = quotedAsFrame(c, i, first, last);
        else if (word === 'in') frame = wordsOfFrame(c, i, first, last) ?? stancePhraseFrame(c, cueLayers.tags, i, first, last);
        // "To Ms Gil, the pier is ...": a person's view opening the sentence.
        else if (word === 'to' && i === first) frame = viewpointFrame(c, cueLayers.tags, (k) => inPersonMention(cueLayers, k), i, first, last);
        // "clashed over how to ...": an open question after a predicate's preposition, whatever the predicate.
        else if (QUESTION_TOPICS.has(word)) frame = questionTopicFrame(c, cueLayers.tags, i, first, last);
        else if (!verb && isCandidateVerb(c, cueLayers, i, last) && unlistedCues.says(unlistedCueKeys(c, cueLayers, i, first, last), tokenSpan(c, i, i))) {
          // A verb the lexicon lacks that the learned model reads as a cue ("The committee determined that ..."):
          // framed as a listed verb, an intent before "to", else speech.
          const unlisted = unlistedCueVerb(c, i, last);
          frame = verbFrame(c, i, unlisted, cueSite(c, i, unlisted, first), first, last, previousFrame);
          if (frame && unlisted.cueClass !== 'speech') frame.nonSpeech = true;
        } else continue;
        // A post's own wants and views ("I'm thrilled to announce ...", "Team X reportedly wants ...") are its
        // author's voice, which PolNeAR leaves unmarked; speech reported in it ("she says nothing is wrong") stays.
        if (c.inPost[i] && verb?.cueClass !== 'speech') continue;
      }
      // "X stressed Y, according to a read-out": the read-out is where the report of X's words comes from.
      if (!frame || frame.content.end <= frame.content.start || isBareAdjunct(c, frame.content) || onlyGrantsAnonymity(c, frame.content) || asksOfPronoun(c, frame, first, last)) continue;
      frame = beforeResultClause(c, frame, last);
      // "Voters seem enamored with him, according to Politico": a source named after it takes over a speakerless attribution.
      const previous = found.length > 0 && found[found.length - 1].content.start >= tokens.starts[first] ? found[found.length - 1] : null;
      // "The poll found 40 percent backed the levy, while 30 percent opposed it": a share joined to a finding is more of
      // what the finding holds, not a second attribution.
      if (previous && sharesOfFinding(c, previous, frame)) {
        previous.content = { start: previous.content.start, end: Math.max(previous.content.end, frame.content.end) };
        markUsed(c, previous.content);
        claimedEnd = Math.max(claimedEnd, previous.content.end);
        continue;
      }
      // Only a belief, judgement or impression is taken over: "A spokesman said ..., according to the paper" keeps the
      // spokesman's speech, and the paper reports no more than what it holds. So is a cue that names no speaker ("The
      // man was identified as Tom Ash, according to police"): the phrase says who gave it.
      const outer = according !== null && frame.content.start < claimedEnd && previous !== null && frame.content.start <= previous.content.start
        && (previous.nonSpeech === true || previous.impression === true || previous.source === null);
      if (according && frame.content.start < claimedEnd && !outer) continue;
      // An impression keeps its subject, and any attribution a source naming no one we know ("Most voters view her
      // unfavorably"), only until "according to" names who reports it: PolNeAR annotates that outer attribution alone.
      if (outer && (previous.source === null || previous.impression === true || c.resolver.resolve(previous.source, previous.content) === null)) found.pop();
      // An outer attribution takes in the ones nested in its content, "according to" too when the nested content is one
      // clause ("The board is weighing a sale, according to insiders": the insiders report the weighing, and PolNeAR
      // marks no second line). Nested content going on past a comma into another clause (", and won ...", ", which
      // would ...") leaves "according to" the last clause alone and the first cue its own line.
      // An interview's turn stays whatever its first sentence holds ("Q: You have been accused of ...").
      while (found.length && frame.heard !== true && found[found.length - 1].verbatim !== true && found[found.length - 1].content.start >= frame.content.start && found[found.length - 1].content.end <= frame.content.end && found[found.length - 1].content.start >= tokens.starts[first] && !(outer && keepsUnderAccording(c, found[found.length - 1], first, last))) found.pop();
      // Words the writer tells of someone (a description of the speaker, what someone went to see): no attribution, and
      // none of the cues inside them, read before or after, stands on its own.
      if (frame.silent === true) {
        claimedEnd = Math.max(claimedEnd, frame.content.end);
        continue;
      }
      found.push(withPassageAfter(c, frame, last));
      // "the bill - which he once backed - and has embraced ...": a verb after a relative clause is the main clause's.
      if (frame.relativeGap !== true) {
        previousFrame = frame;
        previousSpeech = frame.nonSpeech !== true;
      }
      markUsed(c, frame.content);
      // What an audience heard leaves the cues in it to be read ("heard that ... when an auditor questioned ...").
      claimedEnd = Math.max(claimedEnd, frame.heard === true ? frame.cue?.end ?? 0 : frame.content.end, frame.cue?.end ?? 0);
      // "..., according to documents posted Tuesday by the agency.": a source closing the sentence is one noun phrase,
      // its participle no cue of its own.
      if (according && frame.source && closesSentence(c, firstTokenAt(c, frame.source.end, first), last)) claimedEnd = Math.max(claimedEnd, frame.source.end);
    }
    // A colon after the sentence's opening subject introduces what it said: 'Cruz put it plainly: "..."', and in
    // headlines a name alone does: "Graham: Trump's rhetoric is destroying the party's chances".
    for (let i = first; !labelled && i <= last && i + 1 < tokens.count; i++) {
      if (!isPunct(c, i, COLON) || tokens.starts[i] < claimedEnd || c.regionOf[i] >= 0) continue;
      // "EXCLUSIVE – Ann Reyes: Don't Sell the Pier": a digest's or headline's kicker may stand before the name.
      const label = nameBefore(c, i, first) ?? nameAfterKicker(c, first, i);
      if (opensRegion(c, i + 1) && !usedRegion[c.regionOf[i + 1]]) {
        const r = c.regionOf[i + 1];
        const source = label ?? clauseSubject(c, first, i);
        if (!source || countWords(text, regions[r]) < MIN_UNCUED_WORDS) continue;
        found.push({ content: regions[r], source, cue: tokenSpan(c, i, i), cueWords: [], regions: [r] });
        markUsed(c, regions[r]);
        claimedEnd = Math.max(claimedEnd, regions[r].end);
      } else if (label && i < last && last - i >= 3) {
        const content = labelContent(c, i, last);
        if (!content) break;
        found.push({ content, source: label, cue: tokenSpan(c, i, i), cueWords: [], regions: [] });
        markUsed(c, content);
        claimedEnd = Math.max(claimedEnd, content.end);
      }
      break;
    }
  }
  addUncued(c, found, usedRegion, sentences);
  const said = found.filter((f) => holdsPlainWord(text, f.content));
  said.sort((a, b) => a.content.start - b.content.start);
  const speakers = speakersInOrder(c, said, sentences);
  return said.map((f, n) => ({
    start: f.content.start,
    end: f.content.end,
    kind: kindOf(c, f),
    source: f.source,
    cue: f.cue,
    speaker: speakers[n],
    modality: f.cue ? (refusesSpeech(c, f) || deniesEverySpeaker(c, f) ? 'negated' : dutyModality(f, modalityOf(f.cueWords))) : 'asserted',
  }));
}

/**
 * The frame with the passage set out after it as its content: a cue whose words close their paragraph on a colon with
 * no more than a "that" or a topic phrase ("Ms Lind argued that:", "wrote of the ferry:") has said nothing yet; the
 * paragraph after, printed as a block with no quote marks, is what it reports. Words of a clause or an object before
 * the colon ("noted that fares rose:", "listed its demands:") are the content, and what follows often the writer's.
 */
function withPassageAfter(c: Context, frame: Found, last: number): Found {
  if (!frame.cue || frame.regions.length || frame.content.end !== c.tokens.ends[last] || !isPunct(c, last, COLON)) return frame;
  const lead = firstTokenAt(c, frame.content.start, 0);
  const saysNothing = (lead === last - 1 && lower(c, lead) === 'that') || TOPIC_PREPOSITIONS.has(lower(c, lead));
  const passage = saysNothing ? passageAfterColon(c, last) : null;
  return passage ? { ...frame, content: passage, verbatim: true } : frame;
}

/**
 * True when a line nested in what "according to" reports stays a line of its own: its content runs on into another
 * clause, or it previews its source's own words ("He will also accuse the mayor ..., according to aides"), which a
 * reader wants attributed to the speaker though PolNeAR marks only the outer line (one false line more on train and dev).
 */
function keepsUnderAccording(c: Context, nested: Found, first: number, last: number): boolean {
  const modality = nested.cue ? modalityOf(nested.cueWords) : 'asserted';
  return modality === 'planned' || modality === 'expected' || holdsLaterClause(c, nested.content, first, last);
}

// Words after a comma that open a clause of their own: ", and won ...", ", which would ...", ", such as ...".
const LATER_CLAUSE_OPENERS = new Set([...CLAUSE_JOINS, ...RELATIVES, 'such']);

/** True when `span`, inside the sentence's tokens `first`..`last`, runs past a comma into another clause. */
function holdsLaterClause(c: Context, span: Span, first: number, last: number): boolean {
  for (let k = firstTokenAt(c, span.start, first); k < last && c.tokens.starts[k + 1] < span.end; k++) {
    if (isPunct(c, k, COMMA) && LATER_CLAUSE_OPENERS.has(lower(c, k + 1))) return true;
  }
  return false;
}

// Words joining a share to the finding before it: ", while 30 percent opposed it", ", with 40 percent backing him".
const SHARE_JOINS = new Set(['while', 'whereas', 'with', 'and']);

// Words of a finding's cue ("the poll found", "a survey shows"): what a count or a study turned up.
const FINDING_LEMMAS = new Set(['find', 'show']);

/**
 * True when `frame` is a share of those counted, joined by a word of `SHARE_JOINS` right after the content of
 * `finding`, a finding's attribution: "A poll found that 40 percent backed Ms Lee, while 30 percent favored her rival"
 * reports one finding. The share's own source or content names it in per cent; a finding is a cue of
 * `FINDING_LEMMAS` or one whose source is a poll or a study.
 */
function sharesOfFinding(c: Context, finding: Found, frame: Found): boolean {
  if (!finding.cue || !frame.source || frame.source.start < finding.content.end) return false;
  const lemma = CUE_VERBS.get(finding.cueWords[finding.cueWords.length - 1] ?? '')?.lemma ?? '';
  const counted = FINDING_LEMMAS.has(lemma) || (finding.source !== null && wordsIn(c, finding.source).some((word) => EVIDENCE.has(word)));
  if (!counted) return false;
  const gap = c.text.slice(finding.content.end, frame.source.start).trim().replace(/^,\s*/u, '').toLowerCase();
  if (!SHARE_JOINS.has(gap)) return false;
  return [frame.source, frame.content].some((span) => /\d\s*%|\bper ?cent\b/iu.test(c.text.slice(span.start, span.end)));
}

/** The lower-case words of `span`. */
function wordsIn(c: Context, span: Span): string[] {
  return c.text.slice(span.start, span.end).toLowerCase().split(/[^\p{L}]+/u).filter(Boolean);
}

/**
 * The name alone, or two joined by "and", between the last dash and the colon at token `colon` ('SIGNS OF A LATE SHIFT
 * - Ann Lee and Tom Reyes: "..."'): a digest's kicker headline before the dash is no speaker; the names after it are
 * the quote's label. Else null.
 */
function nameAfterKicker(c: Context, first: number, colon: number): Span | null {
  const dash = dashAsideStart(c, colon - 1, first);
  if (dash < 0) return null;
  const joined = wordsOf(c, dash + 1, colon - 1).indexOf('and');
  if (joined < 0) return nameBefore(c, colon, dash + 1);
  const and = dash + 1 + joined;
  return nameBefore(c, and, dash + 1) && nameBefore(c, colon, and + 1) ? tokenSpan(c, dash + 1, colon - 1) : null;
}

/** A stated duty is asserted, or negated when none is put ("Visitors are not expected to tip"); else `modality`. */
function dutyModality(f: Found, modality: Modality): Modality {
  return f.duty && modality !== 'negated' ? 'asserted' : modality;
}

/**
 * True when the attribution is a refusal to speak: "declined to comment", "refused to say whether ...". The words
 * were not said, so it is negated, as "did not say" is; a refusal of any other act ("refused to attend") is asserted.
 */
function refusesSpeech(c: Context, f: Found): boolean {
  if (!REFUSALS.has(f.cueWords[f.cueWords.length - 1] ?? '')) return false;
  const verb = /^\p{L}+/u.exec(afterInfinitiveTo(c, f) ?? '')?.[0].toLowerCase() ?? '';
  const cue = CUE_VERBS.get(verb);
  return REFUSED_SPEECH.has(verb) || (cue !== undefined && cue.lemma === verb && speaks(cue));
}

/**
 * True when the source is a quantifier that names no one: "No one commented", "Neither side responded", "None of the
 * parties answered". The speech is denied as "did not comment" denies it.
 */
function deniesEverySpeaker(c: Context, f: Found): boolean {
  if (!f.source) return false;
  const words = c.text.slice(f.source.start, f.source.end).toLowerCase().split(/\s+/u);
  return NOBODY.has(words[0]) || (words[0] === 'no' && words[1] === 'one');
}

// Words opening a source that denies every speaker. "No" alone may open a name ("No 10") or a passive's subject ("no
// deaths reported"), so only "No one" joins them.
const NOBODY = new Set(['nobody', 'none', 'neither']);

/**
 * The speaker of each quote, in the order of their sources: a pronoun source in the sentence of the attribution
 * before it, or the next, may go on with that attribution's speaker, and "the agency" with the last agency quoted
 * (`SpeakerResolver.resolve`). A source naming no one we know breaks the pronoun's chain ("A spokesman said ... He
 * added ...").
 */
function speakersInOrder(c: Context, found: readonly Found[], sentences: readonly Sentence[]): (number | null)[] {
  const speakers: (number | null)[] = new Array(found.length).fill(null);
  const anchor = (f: Found): number => (f.source ?? f.cue ?? f.content).start;
  const order = found.map((_, n) => n).filter((n) => found[n].source !== null).sort((a, b) => anchor(found[a]) - anchor(found[b]));
  let previous: number | null = null;
  let previousEnd = 0;
  let previousContent: Span | null = null;
  let previousSentence = -2;
  const bodies: number[] = [];
  let question: Span | null = null;
  for (const n of order) {
    const f = found[n];
    const sentence = sentenceAt(sentences, anchor(f));
    const speaker: number | null = f.speaker !== undefined ? f.speaker : c.resolver.resolve(f.source as Span, f.content, { previous: sentence - previousSentence <= 1 ? previous : null, previousEnd, previousContent, bodies, question });
    speakers[n] = speaker;
    if (speaker !== null && c.resolver.isBody(speaker)) bodies.push(speaker);
    // "Ms Lee spoke. Asked by Ms Okoro whether ..., she said": who answers a question is not who asked it, but may be
    // who spoke before it.
    if (asksQuestion(c, f)) {
      question = { start: Math.min((f.source as Span).start, f.content.start), end: Math.max((f.source as Span).end, f.content.end) };
      continue;
    }
    question = null;
    previous = speaker;
    previousEnd = (f.source as Span).end;
    previousContent = f.content;
    // '"...," Ann Lee said. "More words." He said ...': the attribution reaches the sentence its words end in.
    previousSentence = Math.max(sentence, sentenceAt(sentences, Math.max(f.content.start, f.content.end - 1)));
  }
  return speakers;
}

/** True when the attribution's cue is "ask" in any form: the source put a question. */
function asksQuestion(c: Context, f: Found): boolean {
  return f.cue !== null && /\bask(?:s|ed|ing)?$/iu.test(c.text.slice(f.cue.start, f.cue.end));
}

// Handles and links, which name where words are, not words: "Twitter: @Milbank".
const HANDLES_AND_LINKS = /[@#][\p{L}\p{N}_]+|https?:\/\/\S+|pic\.twitter\.com\/\S+/gu;

/** True when `span` holds a word besides handles, links and numbers ('"2016-09-01"' and "@Milbank" say nothing). */
function holdsPlainWord(text: string, span: Span): boolean {
  return /\p{L}/u.test(text.slice(span.start, span.end).replace(HANDLES_AND_LINKS, ''));
}

/**
 * Step 3: quotes in marks that no cue took. A quote opening the sentence right after a direct quote continues it
 * ('"We will," he said. "We must."' is one quote, as PolNeAR annotates it); one opening a sentence a little further
 * on is a new quote by the previous speaker; others are kept without a speaker when long enough to be speech.
 */
function addUncued(c: Context, found: Found[], usedRegion: Uint8Array, sentences: readonly Sentence[]): void {
  const taken = [...found].sort((a, b) => a.content.start - b.content.start);
  let t = 0;
  let previous: Found | null = null;
  let lastDirect: Found | null = null;
  const sentenceOfEnd = (f: Found): number => Math.max(sentenceAt(sentences, Math.max(0, f.content.end - 1)), f.cue ? sentenceAt(sentences, f.cue.start) : -1);
  for (let r = 0; r < c.regions.length; r++) {
    const region = c.regions[r];
    while (t < taken.length && taken[t].content.start <= region.start) {
      const f = taken[t++];
      if (!previous || f.content.end >= previous.content.end) previous = f;
      if (f.regions.length && !f.title && (!lastDirect || f.content.end >= lastDirect.content.end)) lastDirect = f;
    }
    // A paragraph's part of a quote running over several paragraphs, with no cue of its own, goes on with the part
    // before it, or is left with it when nothing took that part.
    if (region.continues && !usedRegion[r]) {
      const passage = found.find((f) => f.regions.includes(r - 1) && f.content.end >= c.regions[r - 1].end);
      if (passage) {
        passage.content = { start: passage.content.start, end: region.end };
        passage.regions.push(r);
        usedRegion[r] = 1;
      }
      continue;
    }
    if (usedRegion[r] || (previous && previous.content.end > region.start)) continue;
    const s = sentenceAt(sentences, region.start);
    if (s < 0 || !opensSentenceWith(c, sentences[s], region)) continue;
    // The quote continues the direct quote of the sentence just before it: '"...," he told reporters. "This is wrong."'
    // So does one after a single sentence of the writer's, in the same paragraph and with no attribution between
    // ('"...," Ann Lee said. The towns are far from any city. "That is a tough area."').
    const resumes = lastDirect !== null && lastDirect === previous && sentenceOfEnd(lastDirect) === s - 2 && sentences[s - 2].paragraph === sentences[s].paragraph && isWritersSentence(c, sentences[s - 1]);
    const adjacent = lastDirect && (sentenceOfEnd(lastDirect) >= s - 1 || resumes) ? lastDirect : reportedJustBefore(previous, s, sentences, sentenceOfEnd);
    // Short quoted bits are titles and scare quotes; capitals are subheadings ("DIVISIVE, STUPID AND WRONG"). A short
    // quote that is a whole sentence after a direct quote's, in its paragraph, is its speaker's last words ('"...," she
    // said. "Very hard."'); opening a paragraph it is as often a subheading or a shout from the crowd.
    const sameParagraph = adjacent !== null && sentences[sentenceOfEnd(adjacent)].paragraph === sentences[s].paragraph;
    const short = countWords(c.text, region) < MIN_UNCUED_WORDS && !(sameParagraph && fillsSentence(c, region, sentences[s]));
    if (short || !/\p{Ll}/u.test(c.text.slice(region.start, region.end))) continue;
    usedRegion[r] = 1;
    if (adjacent) {
      if (!adjacent.regions.length) adjacent.mixed = true;
      adjacent.content = { start: adjacent.content.start, end: region.end };
      adjacent.regions.push(r);
      continue;
    }
    const near = previous !== null && sentenceOfEnd(previous) >= s - 3;
    const named = s === 0 && c.headline >= 0 ? nameAfterHeadlineQuote(c, region, sentences[s]) : null;
    const frame: Found = { content: { start: region.start, end: region.end }, source: named ?? (near && previous ? previous.source : null), cue: null, cueWords: [], regions: [r] };
    found.push(frame);
    previous = frame;
    lastDirect = frame;
  }
}

/**
 * The name after the colon closing a headline's opening quote, which gives the speaker after the words: "'The sea is an
 * honest boss': Ana Ruiz on 30 years at sea". Capitalised words running to "on" or the headline's end; else null.
 */
function nameAfterHeadlineQuote(c: Context, region: Span, headline: Sentence): Span | null {
  const colon = firstTokenAt(c, region.end, 0);
  if (colon >= c.tokens.count || !isPunct(c, colon, COLON)) return null;
  let k = colon + 1;
  while (k < c.tokens.count && c.tokens.starts[k] < headline.end && k - colon <= MAX_HEADLINE_NAME && isWordAt(c, k) && isCapitalised(c, k)) k++;
  const closes = k >= c.tokens.count || c.tokens.starts[k] >= headline.end || lower(c, k) === 'on';
  return k > colon + 1 && closes ? tokenSpan(c, colon + 1, k - 1) : null;
}

/**
 * The reported words of the sentence just before sentence `s`, in its paragraph, asserted by a source with a finite
 * cue: a quote opening `s` goes on with them ('Ann Lee said the mill would close. "We had no choice."' is one
 * attribution; not after "did not say" or a participle, ", noting ...").
 */
function reportedJustBefore(previous: Found | null, s: number, sentences: readonly Sentence[], sentenceOfEnd: (f: Found) => number): Found | null {
  if (!previous || previous.regions.length || !previous.source || !previous.cue || modalityOf(previous.cueWords) !== 'asserted') return null;
  if (/ing$/u.test(previous.cueWords[previous.cueWords.length - 1] ?? '')) return null;
  const end = sentenceOfEnd(previous);
  return end === s - 1 && sentences[end].paragraph === sentences[s].paragraph ? previous : null;
}

// Joining words a quote opening a sentence may follow: 'But "the candidacy is stronger."', 'Instead, "he acts ..."'.
const QUOTE_JOINS = new Set(['but', 'and', 'instead', 'then', 'now', 'still', 'yet', 'so', 'also']);

/** True when quote `region` opens `sentence`, alone or after a joining word and a comma ('Instead, "..."'). */
function opensSentenceWith(c: Context, sentence: Span, region: Span): boolean {
  if (sentence.start === region.start) return true;
  const join = firstTokenAt(c, sentence.start, 0);
  if (!isWordAt(c, join) || !QUOTE_JOINS.has(lower(c, join))) return false;
  const next = isPunct(c, join + 1, COMMA) ? join + 2 : join + 1;
  return next < c.tokens.count && c.tokens.starts[next] === region.start;
}

/** Per token, 1 inside a name of several words of an organisation or a place ("Rapid Support Forces", "Save the Children"). */
function namedTokens(text: string, tokens: TokenLayer, mentions: readonly Mention[]): Uint8Array {
  return markTokensOfMentions(tokens, mentions, (m) => (m.kind === 'name' && (m.type === 'ORG' || m.type === 'GPE' || m.type === 'LOC') && /\s/u.test(text.slice(m.start, m.end)) ? 1 : 0));
}

/** An embedded social-media post left as markup in the text: `<tweet author="..."> ... </tweet>` (or `<tweet/>`). */
const EMBEDDED_POST = /<tweet\b[\s\S]*?(?:<\/tweet>|<tweet\/>)/gu;

/** Per token: 1 inside an embedded post's markup, its tag's attributes included. */
function postTokens(text: string, tokens: TokenLayer): Uint8Array {
  const inPost = new Uint8Array(tokens.count);
  let k = 0;
  for (const post of text.matchAll(EMBEDDED_POST)) {
    const end = (post.index ?? 0) + post[0].length;
    while (k < tokens.count && tokens.starts[k] < (post.index ?? 0)) k++;
    for (; k < tokens.count && tokens.ends[k] <= end; k++) inPost[k] = 1;
  }
  return inPost;
}

/** True when `sentence` holds neither a quote nor a cue word: the writer's own words. */
function isWritersSentence(c: Context, sentence: Span): boolean {
  const from = firstTokenAt(c, sentence.start, 0);
  const to = firstTokenAt(c, sentence.end, from) - 1;
  for (let k = from; k <= to; k++) if (c.regionOf[k] >= 0) return false;
  return !holdsCueWord(c, from, to);
}

/** True when quote region `region` runs to the end of `sentence`, but for punctuation after its closing mark. */
function fillsSentence(c: Context, region: Span, sentence: Span): boolean {
  return /^[\s.!?]*$/u.test(c.text.slice(region.end, sentence.end));
}

function sentenceAt(sentences: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (offset < sentences[mid].start) hi = mid - 1;
    else if (offset >= sentences[mid].end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

// A live blog's entry time before a dash ("14:20 - ", "9.05am – "): when the writer posted the entry, no one's words.
const ENTRY_TIME = /^\d{1,2}[:.]\d{2}(?:\s?[ap]\.?m\.?)?\s+[-–—]{1,2}\s+(?=[\p{Lu}"“‘'])/iu;

/**
 * The sentence's first token after a wire dateline ("ANKARA, 14 March 2023 - ...") or a live blog's entry time ("14:20
 * - ..."): no quote's content holds one.
 */
function afterDateline(c: Context, sentence: Span, first: number, index: number): number {
  const entryTime = ENTRY_TIME.exec(c.text.slice(sentence.start, sentence.start + 20));
  const end = entryTime ? sentence.start + entryTime[0].length : datelineEnd(c.text, sentence.start, index);
  let k = first;
  while (k < c.tokens.count && c.tokens.starts[k] < end) k++;
  return k;
}

/** Finds quotes with their speakers, cues and modality. */
export const quotesStage = defineStage({
  name: 'quotes',
  version: '1.55.0',
  requires: ['paragraphs', 'sentences', 'tokens', 'pos', 'mentions', 'entities'],
  provides: 'quotes',
  run: (doc) => findQuotes(doc),
});
