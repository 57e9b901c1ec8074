// The verb frame's cue and source (the first steps of `verbFrame`): the cue verb with its auxiliaries, and who speaks
// it, before the cue, shared with the clause before it or after the cue in inverted order, with the helpers only they
// use.
import type { Span } from '../../doc/span.js';
import { TokenKind } from '../tokens/types.js';
import { UPOS_INDEX } from '../pos/types.js';
import { LEAD_OPENERS, AUXILIARIES, CUE_VERBS, DENIALS, LINKING, OBJECT_CONTROL, NOUN_LIKE, type CueVerb } from './cues.js';
import { VERB_TAG, RELATIVES, COMMA, type Context, inHeadline, lower, wordsOf, isPunct, isCapitalised, isParticipleAt, isPossessive, holdsWordOutsideQuotes, isVerbForm, isSpacedHyphen, tokenSpan, NOT_CONTENT_START, isWordAt, isNumberAt, isPastForm, isVerbPast, clauseComma, isQuoteEnd, firstTokenAt, SENTENCE_END, closesSentence } from './context.js';
import { OBJECT_PREPOSITIONS, skipAdjuncts, phraseUntilClause, grantsAnonymity, DETERMINERS, QUANTIFIERS, SUBJECT_PRONOUNS, BE, COPULA_FORMS, FINITE_AUXILIARIES, OBJECT_PRONOUNS, isFiniteAuxiliary, OBJECT_ONLY_PREPOSITIONS, MODALS, isListedAdverb } from './complements.js';
import { CONTRACTED_SUBJECT, opensSubjectPhrase, longSubjectHead, BOUNDARY_PUNCT, CONJUNCTIONS, COMMA_DASH, sourceBefore, holdsVerb, isVerbless, PREPOSITIONS_BEFORE_MODIFIER, sourceAfter, PASSIVE_BE, SUBORDINATORS, quoteComma, clauseSubject, firstVerbish } from './sources.js';
import { OPENING_PARTICIPLES, isMannerAdverb, isPassiveAt, COUNT_WORDS, phrasalOpenerStart } from './cue-use.js';
import { rightContent, closesWithInvertedCue, cueStart, refusesToSay, REPORTED_MODALS, whoBefore } from './content.js';
import { type CueSite, type Found, documentSource, makesClause } from './frames.js';

const AFTER_QUOTE = new Set([',', '”', '"', '’', "'"]);

// Every form of "be": a copula among a source's auxiliaries ("will be able", "is hard").
export const BE_FORMS = new Set([...BE, ...COPULA_FORMS]);

/** True when tokens `[from, to]` open the sentence without a verb: "A week", "Now,", "On Sunday, on the radio,". */
export function isVerblessOpener(c: Context, from: number, to: number): boolean {
  for (let k = from; k <= to; k++) {
    if (c.regionOf[k] >= 0 || isPunct(c, k, COMMA)) continue;
    const word = lower(c, k);
    if (c.tokens.kinds[k] === TokenKind.PUNCT || makesClause(word)) return false;
  }
  return true;
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

/** The verb a modal at token `k` governs, past its adverbs ("would then present"), before token `before`. */
function verbAfterModal(c: Context, k: number, before: number): number {
  let verb = k + 1;
  while (verb < before - 1 && /ly$|^then$|^also$/u.test(lower(c, verb))) verb++;
  return verb;
}

/** What the steps of `verbFrame` know of the cue verb at token `i`, within sentence tokens `[first, last]`. */
export interface VerbReading {
  i: number;
  verb: CueVerb;
  first: number;
  last: number;
  previous: Found | null;
  previousSource: Span | null;
  /** The cue's first token, its auxiliaries' (`CueSite`). */
  auxStart: number;
  /** The document a participle cue releases, or -1 (`CueSite`). */
  documented: number;
  /** The cue's last token; `cue` spans the cue and `cueWords` are its words up to the verb. */
  cueEnd: number;
  cue: Span;
  cueWords: string[];
  /** The verb's own form, lower-case. */
  form: string;
  /** Whether the verb is the cue's past or past participle ("told", "seen"). */
  pastForm: boolean;
  passive: boolean;
  /** `sourceBeforeCue` on: a cue after a comma with its speaker closing the sentence takes no source before it. */
  speakerCloses: boolean;
  /** Settled step by step from `sourceBeforeCue` to `clauseSummedUp`. */
  source: Span | null;
  /** `narrowSourceBefore` on: the source's first token once a relative clause's object is cut off it. */
  sourceHead: number;
  /** `subjectCueHangsOn` on: an infinitive cue gives the reason for the anonymity a participle before it grants. */
  anonymousParticiple: boolean;
  /** `participleSubject` on: a preposition, subordinator or catenative verb before the cue, which names no speaker. */
  preposition: boolean;
  /** `participleSubject` on: the cue is a participle clause. */
  participle: boolean;
  /** `sharedSubject` on: the source is the clause's or the previous attribution's, shared with a verb before. */
  inherited: boolean;
  /** `sharedSubject` on: the source's first token, or the cue's when it is shared or there is none. */
  sourceStart: number;
  /** The token after the cue; from `sourceAfterCue` on, after an inverted source, the token after that source. */
  next: number;
  /** `sourceAfterCue` on: the source comes after the cue ('"...," said Ann Lee'). */
  inverted: boolean;
  /**
   * `askerAndQuestion` on, for "ask": the token past adjuncts where a "by" may name the asker, the asker's end or -1,
   * the question's first token or -1, and whether a question or topic is put to the passive's subject.
   */
  by: number;
  asker: number;
  question: number;
  questionPut: boolean;
  /** `quoteBeforeCue` on: the last token of the words before the source or cue, past commas, dashes and stray marks. */
  beforeEnd: number;
  /** `quoteSoonAfterCue` on: where the content after the cue opens; `that`, the complement soon after it, or -1. */
  contentStart: number;
  that: number;
  /**
   * `commaBeforeSource` on: the comma of an "as" clause standing for the cue's, or -1, and whether a comma, dash or
   * taken quote stands before the source.
   */
  asComma: number;
  commaBefore: boolean;
  /** `noContentBefore` on: the token after a comma right after the cue's complement start, or -1. */
  rest: number;
}

/** 1. The cue: the verb with its auxiliaries, and whether it is passive; null when it names no one's words. */
export function readCue(c: Context, i: number, verb: CueVerb, site: CueSite, first: number, last: number, previous: Found | null, tail: number): VerbReading | null {
  const previousSource = previous?.source ?? null;
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
  return {
    i, verb, first, last, previous, previousSource, auxStart, documented, cueEnd, cue: tokenSpan(c, auxStart, cueEnd), cueWords, form, pastForm, passive,
    speakerCloses: false, source: null, sourceHead: -1, anonymousParticiple: false, preposition: false, participle: false, inherited: false, sourceStart: auxStart, next: cueEnd + 1, inverted: false,
    by: cueEnd + 1, asker: -1, question: -1, questionPut: false, beforeEnd: -1, contentStart: -1, that: -1, asComma: -1, commaBefore: false, rest: -1,
  };
}

/** 2. The source before the cue; a past form describing an object or a set-off noun ends the search. */
export function sourceBeforeCue(c: Context, r: VerbReading): Found | null | undefined {
  const { i, first, last, auxStart, documented, cueWords, passive } = r;
  // 2. The source before the cue, or after it in inverted order, or the main clause's subject for "..., adding that".
  // "The club put out a notice on Friday saying ...": who released the document is the source, and a document
  // opening the clause is its own ("A letter urging him to step down").
  // "The vote will be close, said Ann Lee, a pollster.": a cue after a comma with its speaker closing the sentence
  // takes no source before it; the clause there is what was said.
  const speakerCloses = auxStart === i && closesWithInvertedCue(c, first, auxStart - 1, last);
  const source = passive || speakerCloses ? null : documented >= 0 ? documentSource(c, documented, first) : sourceBefore(c, auxStart, first);
  r.speakerCloses = speakerCloses;
  r.source = source;
  // "Police detained two men accused of arson": a past form after the object of its source's own verb describes that
  // object; the clause's verb came before it, so no one here is said to accuse.
  if (source && auxStart === i && describesObject(c, source, i, first, last)) return null;
  // "The levy, opposed by the unions, never passed": a past form set off after a noun, with its agent, tells the
  // agent's view of that noun.
  const setOff = !source && !passive ? setOffParticipleFrame(c, auxStart, i, first, last, cueWords) : null;
  if (setOff) return setOff;
}

/** The phrase before the cue may hold more than the speaker, or no speaker at all. */
export function narrowSourceBefore(c: Context, r: VerbReading): undefined {
  const { i, first, last, auxStart, cueEnd, form } = r;
  let source = r.source;
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
  r.source = source;
  r.sourceHead = sourceHead;
}

/** An infinitive or predicate cue hangs on another verb, whose subject is the speaker. */
export function subjectCueHangsOn(c: Context, r: VerbReading): undefined {
  const { first, auxStart, cueEnd, cueWords, pastForm, previous, previousSource, sourceHead } = r;
  let source = r.source;
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
  r.anonymousParticiple = anonymousParticiple;
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
  r.source = source;
}

/** A participle cue names no speaker after a preposition, and after a comma keeps the speaker before. */
export function participleSubject(c: Context, r: VerbReading): undefined {
  const { i, verb, first, auxStart, cueWords, previousSource } = r;
  let source = r.source;
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
  r.source = source;
  r.preposition = preposition;
  r.participle = participle;
}

/** A participle opening the sentence has the main clause's subject for its speaker (`openerFrame`). */
export function participleOpener(c: Context, r: VerbReading): Found | null | undefined {
  const { i, verb, first, last, auxStart, cueEnd, cueWords } = r;
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
}

/** A cue joined to the clause before it ("..., adding that", "... and said") shares that clause's speaker. */
export function sharedSubject(c: Context, r: VerbReading): null | undefined {
  const { i, verb, first, last, auxStart, form, passive, speakerCloses, preposition, participle, previous, previousSource } = r;
  let source = r.source;
  // "..., adding that" and "... and said" share the clause's subject.
  // "... on the spot – saying ...": a dash sets off a participle as a comma does.
  const joined = preposition || (auxStart > first && (isPunct(c, auxStart - 1, COMMA) || lower(c, auxStart - 1) === 'and' || lower(c, auxStart - 1) === 'but' || (participle && (isQuoteEnd(c, auxStart - 1) || isPunct(c, auxStart - 1, COMMA_DASH) || isSpacedHyphen(c, auxStart - 1)))));
  // "defended the levy, mocked its critics ...": a past verb right after a comma shares the source of the act before it,
  // and so does a headline's "-s" form ("Mayor rejects offer, denies talks").
  const listed = auxStart === i && previousSource !== null && (isVerbPast(form) || (inHeadline(c, i) && form.endsWith('s')));
  // "Quill joked with the crowd, then said ...": a verb opened by "then" after a comma is the same subject's next act.
  const thenAct = lower(c, auxStart) === 'then' && auxStart < i && verb.cueClass === 'speech';
  const inherited = !source && !passive && !speakerCloses && joined && (participle || lower(c, auxStart - 1) !== ',' || listed || thenAct);
  r.inherited = inherited;
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
  r.source = source;
  r.sourceStart = source && !inherited ? firstTokenAt(c, source.start, first) : auxStart;
}

/** With no source before it, the speaker may follow the cue in inverted order ('"...," said Ann Lee'). */
export function sourceAfterCue(c: Context, r: VerbReading): undefined {
  const { last, auxStart, cueEnd, passive, next, first } = r;
  // '"...," said Ann Lee, a nurse.': what follows an inverted source's comma is its apposition, not more content.
  if (!r.source && !passive && next <= last && c.tokens.kinds[next] === TokenKind.WORD) {
    const after = sourceAfter(c, next, last);
    if (after && !OBJECT_PREPOSITIONS.has(lower(c, cueEnd)) && (auxStart === first || isPunct(c, auxStart - 1, AFTER_QUOTE) || c.regionOf[auxStart - 1] >= 0)) {
      r.source = after.span;
      r.next = after.next;
      r.inverted = true;
    }
  }
}

/** A subject too long for `sourceBefore` to walk is named by its head. */
export function headOfLongSubject(c: Context, r: VerbReading): undefined {
  const { first, auxStart, documented, passive, inherited } = r;
  // "A nurse who volunteered at ..., and who asked not to be named because ..., said": a subject too long to walk is
  // named by its head.
  const longHead = !r.source && !passive && !inherited && documented < 0 && isPunct(c, auxStart - 1, COMMA) ? longSubjectHead(c, auxStart, first) : null;
  if (longHead) {
    r.source = longHead;
    r.sourceStart = firstTokenAt(c, longHead.start, first);
  }
}

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
export const GERUND_PREPOSITIONS = new Set(['in', 'by', 'upon', 'without', 'for', 'of', 'about', 'on', 'from', 'with']);

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

// Words telling how often: "cited twice".
export const FREQUENCIES = new Set(['once', 'twice', 'thrice']);

// Words that open what a judged subject is judged for or as after its agent ("was criticised by rivals for the
// delay"), or a clause or infinitive there.
export const JUDGED_AFTER_AGENT: ReadonlySet<string> = new Set(['for', 'as', 'to', 'that']);

// Prepositions that open a passive cue's complement: "is accused of fraud", "was charged with assault".
export const PASSIVE_COMPLEMENTS: ReadonlySet<string> = new Set(['of', 'with']);

/** The agent of a passive: the phrase after the first "by" in tokens `[from, to]` that opens no gerund ("by saying"), or null. */
export function agentAfter(c: Context, from: number, to: number): Span | null {
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

// Heads of a "by" phrase that tell when or how, not who: "by the end of the month", "by a show of hands", "by phone".
const DEADLINES_AND_MEANS = new Set(['end', 'start', 'beginning', 'middle', 'close', 'deadline', 'time', 'noon', 'midnight', 'weekend', 'show', 'hand', 'post', 'mail', 'email', 'phone', 'telephone', 'letter', 'vote', 'ballot', 'law', 'decree', 'default']);

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
export function openRelativeBefore(c: Context, auxStart: number, first: number): number {
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
