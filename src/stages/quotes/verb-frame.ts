// The verb frame: a listed cue verb's source, cue and content in every shape it is written in (`verbFrame`, a sequence
// of named steps), with the helpers only it uses; its first steps, the cue and its source, are in `verb-source.ts`.
import type { Span } from '../../doc/span.js';
import { TokenKind } from '../tokens/types.js';
import { ANONYMITY_PARTICIPLES, STANCE_ADJECTIVES, REACTIONS, ADJUNCT_WORDS, AUXILIARIES, CLAUSE_ONLY, CUE_NOUNS, CUE_VERBS, FORECASTS, AS_CLAUSE_VERBS, NOUN_LIKE, PUBLISHING, TO_TOPIC, type CueVerb } from './cues.js';
import { VERB_TAG, RELATIVES, CLAUSE_WORDS, COMMA, type Context, isMonthWord, holdsComma, lower, lowerWordAt, wordsOf, isPunct, isCapitalised, firstRegionEndingAfter, opensRegion, passageAfterColon, breaksParagraphAfter, isParticipleAt, holdsCueWord, holdsWordOutsideQuotes, isDash, lastBefore, tokenSpan, NOT_CONTENT_START, isWordAt, isNumberAt, isPastForm, isVerbPast, isNounWord, clauseComma, isQuoteEnd, firstTokenAt, SENTENCE_END } from './context.js';
import { HAVE, OBJECT_PREPOSITIONS, asideCommaEnd, TOPIC_PREPOSITIONS, COLON, DAYS, dashAsideStart, skipAdjuncts, phraseUntilClause, isConnectiveAside, continuesNoun, opensObject, complementSoon, infinitiveSoon, PLURAL_NOUN, asksAnonymity, grantsAnonymity, opensAmount, DETERMINERS, QUANTIFIERS, SUBJECT_PRONOUNS, BE, COPULA_FORMS, FINITE_AUXILIARIES, ARTICLES, OCCASION_PREPOSITIONS, isFiniteAuxiliary, TIME_NOUNS } from './complements.js';
import { QUESTION_WORDS, addresseeBeforeQuestion, isPersonRole, skipAddressee, addresseeEnd } from './addressees.js';
import { opensSubjectPhrase, BOUNDARY_PUNCT, CONJUNCTIONS, NEW_SUBJECTS, COMMA_DASH, BRACKETS, sourceBefore, holdsVerb, isVerbless, appositiveBefore, SUBORDINATORS, quoteEndsInComma, quoteEndsWith, quoteComma, titleAt, contactRelativeAfter, contactRelativeArticle, closingPhraseEnd, CLOSING_PREPOSITIONS, MAX_RELATIVE_SUBJECT } from './sources.js';
import { CLAUSE_JOINS, participleAfterAdverb, speaks, isMannerAdverb, WH_CLAUSES } from './cue-use.js';
import { contentEnd, rightContent, resumesAfterRelative, QUOTE_LEAD_INS, takesPreposition, SEMICOLON, afterApposition, cueStart, GAPPED_RELATIVES, COORDINATORS, opensSummingNoun, participleCueAt, holdsNoClause } from './content.js';
import { COMMA_COLON, type CueSite, type Found, JUDGED_COMPLEMENTS, MAX_ADJUNCT_PHRASE, OCCASION_WORDS, QUOTE_MARKS, SHORT_ANSWERS, antecedentStart, apposedRelativeComma, asideFrame, complementAfterToAddressee, datesAfterOn, isAdjunctOpener, isFiniteVerb, isTrailingCue, opensInLowerCase, opensMainClause, opensToAddressee, raisingFrame, regionContent, taggedVerbAfter, untilComma, withinOpeningClause } from './frames.js';
import { BE_FORMS, isVerblessOpener, type VerbReading, readCue, sourceBeforeCue, narrowSourceBefore, subjectCueHangsOn, participleSubject, participleOpener, sharedSubject, sourceAfterCue, headOfLongSubject, GERUND_PREPOSITIONS, FREQUENCIES, JUDGED_AFTER_AGENT, PASSIVE_COMPLEMENTS, agentAfter, openRelativeBefore } from './verb-source.js';

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

// Words opening what a speech verb's words were about after "to" and an addressee: "explained to the BBC why ...".
const TOPICS_AFTER_ADDRESSEE = new Set([...QUESTION_WORDS, 'about']);

// Words opening a question put to someone: "was asked by a parent whether ...", "... if".
const QUESTION_OPENERS = new Set([...QUESTION_WORDS, 'if']);

// Those, or a question's topic: "... about".
const QUESTIONS_PUT = new Set([...QUESTION_OPENERS, 'about']);

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

/**
 * True when quote region `r` stands right before token `s`, a lower-case noun opening the source, with no stop inside
 * its closing mark: in '"Harbour Nights" host Tom Reed talked about ...' the quote names the show the host is of, a title
 * modifying the noun, not words anyone said; the cue's content comes after it.
 */
function titleBeforeRole(c: Context, r: number, s: number): boolean {
  const word = lowerWordAt(c, s, s);
  return word !== null && !DETERMINERS.has(word) && !SUBJECT_PRONOUNS.has(word) && isNounWord(word) && !quoteEndsWith(c, r, /[,.!?;:]\s*\S{1,2}$/u);
}

/**
 * Finds the attribution a cue verb at token `i` heads, within sentence tokens `[first, last]`; the `tail` words after a
 * phrasal cue's verb belong to the cue ("spoke about", "took issue with").
 */
export function verbFrame(c: Context, i: number, verb: CueVerb, site: CueSite, first: number, last: number, previous: Found | null, tail = 0): Found | null {
  const r = readCue(c, i, verb, site, first, last, previous, tail);
  if (!r) return null;
  for (const step of VERB_FRAME_STEPS) {
    const found = step(c, r);
    if (found !== undefined) return found;
  }
  return clauseBeforeCue(c, r);
}

/**
 * A step of `verbFrame`: it reads what the steps before it settled in `r` and settles more; a step that ends the search
 * returns what it found (null: no attribution), and one that goes on returns undefined.
 */
type VerbStep = (c: Context, r: VerbReading) => Found | null | undefined;

// The steps of `verbFrame` after `readCue`, in the order they run; `clauseBeforeCue` ends the search when none has.
const VERB_FRAME_STEPS: readonly VerbStep[] = [
  sourceBeforeCue,
  narrowSourceBefore,
  subjectCueHangsOn,
  participleSubject,
  participleOpener,
  sharedSubject,
  sourceAfterCue,
  headOfLongSubject,
  reportsNothing,
  quotedOrRaised,
  askerAndQuestion,
  judgedPassive,
  passiveWithComplement,
  agentlessPassive,
  askedQuestion,
  asReportedBy,
  speakerless,
  clauseSummedUp,
  quoteBeforeCue,
  quoteSoonAfterCue,
  complementStart,
  colonIntroduction,
  quoteAtComplement,
  shortAnswer,
  commaBeforeSource,
  clauseAfterCue,
  gappedObject,
  quoteAfterLongAdjuncts,
  clauseAfterFronted,
  noContentBefore,
  mainClauseAfterOpener,
  contentRoundCue,
];

/** A cue in a question, a motive for anonymity, an apposed relative or a forecast attributes nothing. */
function reportsNothing(c: Context, r: VerbReading): null | undefined {
  const { first, last, auxStart, cueEnd, source, sourceStart, inverted, next } = r;
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
}

/** A passive quoting its agent, or a passive before "to", is read whole by a frame of its own. */
function quotedOrRaised(c: Context, r: VerbReading): Found | null | undefined {
  const { i, verb, first, last, auxStart, cueWords, passive, next } = r;
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
}

/** For "ask": the asker a "by" names and the question put, which the steps after it read. */
function askerAndQuestion(c: Context, r: VerbReading): undefined {
  const { verb, last, passive, next } = r;
  // "Ms Lee was asked by a parent whether ...": the question put, with its asker, is read as "Asked by ... whether" is.
  // "Asked afterward by a reporter whether ...": adjuncts may stand before the asker's "by".
  const by = verb.lemma === 'ask' ? skipAdjuncts(c, next, last) : next;
  const asker = verb.lemma === 'ask' && by < last && lower(c, by) === 'by' ? askerEnd(c, by, last) : -1;
  // "Ms Lee was asked whether the school would close", no asker named: the question alone is what was put, not the
  // subject with it; a topic ("was asked about the delay") stays with its subject.
  const unaskedQuestion = passive && asker < 0 && verb.lemma === 'ask' && next < last && QUESTION_OPENERS.has(lower(c, next));
  const question = asker >= 0 ? questionAfterAsker(c, asker, last) : unaskedQuestion ? next : -1;
  r.by = by;
  r.asker = asker;
  r.question = question;
  r.questionPut = passive && question >= 0 && QUESTIONS_PUT.has(lower(c, question));
}

/** A judged passive ("was criticised for ...") attributes its subject, to the agent when one is named. */
function judgedPassive(c: Context, r: VerbReading): Found | null | undefined {
  const { i, verb, first, last, auxStart, cueWords, passive, next, questionPut } = r;
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
}

/** Another passive with a complement attributes its subject with it, to no one or a later agent. */
function passiveWithComplement(c: Context, r: VerbReading): Found | null | undefined {
  const { i, verb, first, last, auxStart, cueWords, passive, next, questionPut } = r;
  // "Ms Ruiz was declared the winner", "He is accused of fraud", "has been called a liar": a passive cue with a
  // complement attributes the subject with it, to no one (an addressee's "was told" reports what the subject heard).
  // A publishing verb's passive says where a thing went ("was shared with reporters"), no judgement of it.
  if (passive && !questionPut && next <= last && verb.cueClass !== 'address' && !PUBLISHING.has(lower(c, i)) && isWordAt(c, next) && lower(c, next) !== 'that' && (!NOT_CONTENT_START.has(lower(c, next)) || PASSIVE_COMPLEMENTS.has(lower(c, next))) && !countsTimes(c, next, last)) {
    const judged = raisingFrame(c, auxStart, i, first, last, cueWords, PASSIVE_COMPLEMENTS);
    // "... was declared the winner by the networks": an agent further on is the source.
    const by = judged ? agentAfter(c, next, firstTokenAt(c, judged.content.end, next) - 1) : null;
    return judged && by ? { ...judged, source: by } : judged;
  }
}

/** A passive with nothing said after it reports its subject, made public or judged by no one named. */
function agentlessPassive(c: Context, r: VerbReading): Found | undefined {
  const { verb, first, last, auxStart, cue, cueWords, form, passive, next } = r;
  // "The pilot's name was disclosed on Tuesday", "The ruling was widely condemned.": a passive cue of speech or stance
  // with no agent and nothing said after it reports its subject, made public or judged by no one named.
  // "on condition that he not be named" withholds a name; it reports nothing. "Most nurses are opposed": a listed
  // adjective after "be" names who holds the stance (`linkedFrame`), not what it is about.
  const agentless = passive && (verb.cueClass === 'speech' || verb.cueClass === 'stance') && verb.lemma !== 'ask' && !ANONYMITY_PARTICIPLES.has(form) && !STANCE_ADJECTIVES.has(form) ? agentlessSubject(c, auxStart, skipAdjuncts(c, next, last), first, last) : null;
  if (agentless) return { content: agentless, source: null, cue, cueWords, regions: [] };
}

/** A question put with no speaker of its own ("Asked whether ...") is the content, its asker the source. */
function askedQuestion(c: Context, r: VerbReading): Found | null | undefined {
  const { verb, first, last, auxStart, cue, cueWords, passive, next, by, asker, question, questionPut } = r;
  // "Asked whether ..., Ryan said", "when asked about ..." and "The spokesman, asked about ..., said": a question put by
  // someone unnamed, up to the comma.
  if (!r.source && verb.lemma === 'ask' && (auxStart === first || passive || CLAUSE_WORDS.has(lower(c, auxStart - 1)) || (!verb.participle && isPunct(c, auxStart - 1, COMMA)))) {
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
}

/** An "as" clause's agent is its source: "As reported by the Post, ...". */
function asReportedBy(c: Context, r: VerbReading): Found | null | undefined {
  const { first, last, auxStart, cueEnd, next } = r;
  // "As reported by the Post, ...", "..., as first reported by the Post.": the agent of an "as" clause is the source.
  if (!r.source && auxStart - 1 >= first && lower(c, auxStart - 1) === 'as' && next < last && lower(c, next) === 'by') {
    const agentEnd = phraseUntilClause(c, next + 1, last);
    return agentEnd > next + 1 ? asideFrame(c, auxStart - 1, agentEnd, tokenSpan(c, next + 1, agentEnd - 1), auxStart, cueEnd, first, last) : null;
  }
}

/** Otherwise a cue with no speaker of its own opening a sentence or clause is no attribution. */
function speakerless(c: Context, r: VerbReading): null | undefined {
  const { first, auxStart, passive } = r;
  // Otherwise a cue with no speaker of its own ("Asked about it, ...") is no attribution.
  if (!r.source && !passive && (auxStart === first || CLAUSE_WORDS.has(lower(c, auxStart - 1)))) return null;
}

/** A noun summing up the clause before the cue ("..., a claim the league denied") makes it the content. */
function clauseSummedUp(c: Context, r: VerbReading): Found | undefined {
  const { verb, first, last, cueEnd, cue, cueWords, source, sourceStart, inherited, inverted } = r;
  // "The club said it had paid, a claim the league denied.": the noun sums up the clause before it, which is the content.
  const summed = source && !inherited && !inverted ? summedClause(c, source, sourceStart, cueEnd, verb.cueClass === 'speech', first, last) : null;
  if (summed?.content) return { content: summed.content, source: summed.source, cue, cueWords, regions: [] };
  if (summed) r.source = summed.source;
}

/** 3. A quote just before the source or cue is the content: '"...," he said.' (and a split quote after it). */
function quoteBeforeCue(c: Context, r: VerbReading): Found | undefined {
  const { verb, first, last, cueEnd, cue, cueWords, source, sourceStart, next } = r;
  let p = sourceStart - 1;
  // A stray mark left after a quote ("''... 'old-school,''' said X") stands between it and its cue.
  while (p >= first && (isPunct(c, p, COMMA_DASH) || isPunct(c, p, BRACKETS) || (c.regionOf[p] < 0 && isPunct(c, p, QUOTE_MARKS)))) p--;
  r.beforeEnd = p;
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
}

/** 4. Content after the cue: first a quote soon after it, past its adjuncts. */
function quoteSoonAfterCue(c: Context, r: VerbReading): Found | undefined {
  const { first, last, cue, cueWords, source, sourceStart, inherited, inverted, next, beforeEnd: p } = r;
  // "said that ...", "said: ...", 'said, "..."', "pledged to ...", "said the ...".
  const k = thatAfterSetOffPhrase(c, skipAdjuncts(c, next, last), last);
  // "repeated accusations that ...", "blamed several factors, including cuts that ...": a "that" after the verb's object
  // opens the object's own clause, so the object is the content; adjuncts alone stand before a complement.
  const soon = opensObject(c, k, last) ? -1 : complementSoon(c, k, last);
  r.contentStart = k;
  r.that = soon;
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
}

/** Where the complement opens: at its "that" or infinitive, or past the one told, asked or written to. */
function complementStart(c: Context, r: VerbReading): Found | undefined {
  const { verb, last, cue, cueWords, source, that } = r;
  let k = r.contentStart;
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
  r.contentStart = k;
}

/** A colon after the cue sets out its content, perhaps in the next paragraph. */
function colonIntroduction(c: Context, r: VerbReading): Found | null | undefined {
  const { last, cue, cueWords, source, contentStart: k } = r;
  if (k <= last && isPunct(c, k, COLON)) {
    if (k + 1 <= last) return opensRegion(c, k + 1) ? regionContent(c, c.regionOf[k + 1], last + 1, last, source, cue, cueWords) : { content: rightContent(c, k + 1, last), source, cue, cueWords, regions: [] };
    // "He said:" closing a paragraph introduces the quote that opens the next one.
    const following = last + 1 < c.tokens.count && opensRegion(c, last + 1) ? c.regionOf[last + 1] : -1;
    if (following >= 0) return { content: c.regions[following], source, cue, cueWords, regions: [following] };
    // "Ms Lind wrote:" closing a paragraph before one in no quote marks sets that paragraph out as her own words.
    const passage = passageAfterColon(c, k);
    return passage ? { content: passage, source, cue, cueWords, regions: [], verbatim: true } : null;
  }
}

/** A quote where the complement opens, or after its comma, is the content ('said, "..."'). */
function quoteAtComplement(c: Context, r: VerbReading): Found | undefined {
  const { last, cue, cueWords, source, contentStart: k } = r;
  if (k + 1 <= last && isPunct(c, k, COMMA) && opensRegion(c, k + 1)) return quoteAfterCue(c, c.regionOf[k + 1], last, source, cue, cueWords);
  if (k <= last && opensRegion(c, k)) return quoteAfterCue(c, c.regionOf[k], last, source, cue, cueWords);
}

/** A one-word answer is the whole content ("72 percent said yes"). */
function shortAnswer(c: Context, r: VerbReading): Found | undefined {
  const { verb, last, cue, cueWords, source, contentStart: k } = r;
  // "after half said so", "72 percent said yes", "I think so": a one-word answer is the whole content.
  if (k <= last && source && (verb.cueClass === 'speech' || verb.cueClass === 'thought') && SHORT_ANSWERS.has(lower(c, k)) && c.regionOf[k] < 0 && (k === last || c.tokens.kinds[k + 1] === TokenKind.PUNCT || CLAUSE_JOINS.has(lower(c, k + 1)) || ADJUNCT_WORDS.has(lower(c, k + 1)))) {
    return { content: tokenSpan(c, k, k), source, cue, cueWords, regions: [] };
  }
}

/** Whether a comma sets the words before the source off as reported; an "as" clause's comma stands for it. */
function commaBeforeSource(c: Context, r: VerbReading): undefined {
  const { verb, first, sourceStart } = r;
  // "The grant was a gift, Ms Ray said of the Lees.": after reported words and a comma, a topic phrase is what the
  // words were about, not what was said; the words before the comma are the content (step 5).
  // "..., as the Post reported.", "The mill was, as one worker put it, ...": an "as" clause after a comma stands
  // where a cue's comma would, and the words before that comma are reported.
  // "Police fired tear gas, as protesters shouted.": a verb of manner tells what they did meanwhile.
  const asComma = AS_CLAUSE_VERBS.has(verb.lemma) ? asClauseComma(c, sourceStart, first) : -1;
  if (asComma > first) r.beforeEnd = lastBefore(c, first, asComma, COMMA_DASH);
  r.asComma = asComma;
  r.commaBefore = asComma > first || isPunct(c, sourceStart - 1, COMMA_DASH) || quoteTakenInSentence(c, sourceStart - 1, first);
}

/** A clause, question, infinitive or topic after the cue is the content ("said the talks had failed"). */
function clauseAfterCue(c: Context, r: VerbReading): Found | undefined {
  const { i, verb, first, last, auxStart, cue, cueWords, passive, source, sourceStart, inherited, inverted, next, beforeEnd: p, contentStart: k, that, commaBefore, anonymousParticiple } = r;
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
}

/** A cue whose object stands before its subject ("a charge which Ms Ray denies") has that object for content. */
function gappedObject(c: Context, r: VerbReading): Found | undefined {
  const { i, first, last, auxStart, cue, cueWords, passive, source, sourceStart, inherited, inverted, contentStart: k } = r;
  // "the levy, which the unions opposed, ...", "a charge which Ms Ray denies.": a cue whose object is the relative word
  // before its own subject, with nothing after it, takes a stance on what that word stands for; PolNeAR marks the
  // relative word as the content.
  const gap = source && !passive && !inherited && !inverted ? gappedObjectRelative(c, sourceStart, k, first, last) : null;
  if (gap) return { content: gap, source, cue, cueWords, regions: [], relativeGap: true };
  const bound = source && !passive && !inherited && !inverted ? boundGappedObject(c, auxStart, i, k, first, last) : null;
  if (bound) return { ...bound, cue, cueWords, regions: [], relativeGap: true };
}

/** A quote set off by a comma after a speech cue's longer adjuncts or an aside is what was said. */
function quoteAfterLongAdjuncts(c: Context, r: VerbReading): Found | undefined {
  const { verb, last, cue, cueWords, passive, source, inherited, next } = r;
  // 'Ann Lee wrote to her 5,000 followers, "..."', 'said in May, when the story broke, "..."': a quote after a speech
  // cue's longer adjuncts or an aside, set off by a comma, is what was said.
  const afterAside = source && !passive && !inherited && verb.cueClass === 'speech' ? quoteAfterAside(c, next, last) : -1;
  if (afterAside >= 0) return quoteAfterCue(c, afterAside, last, source, cue, cueWords);
}

/** A clause after a fronted phrase and its comma is what a speech verb reported. */
function clauseAfterFronted(c: Context, r: VerbReading): Found | undefined {
  const { verb, last, cue, cueWords, passive, source, inherited, inverted, contentStart: k } = r;
  // 'She said after the vote, the council would meet again': a phrase or time clause before the reported clause's own
  // subject, closed by a comma; the clause after the comma is what was said, whichever verb the phrase belongs to.
  // Verbs of speech only: "have marched in the square for days, many carrying banners" tells of a protest, no report.
  const fronted = source && !passive && !inherited && !inverted && speaks(verb) ? clauseAfterFrontedPhrase(c, k, last) : -1;
  if (fronted >= 0) return { content: rightContent(c, fronted, last), source, cue, cueWords, regions: [] };
}

/** 5. Content before the cue: none for an intent or stance, a shared or missing source, or a comparison. */
function noContentBefore(c: Context, r: VerbReading): null | undefined {
  const { verb, first, last, source, sourceStart, inherited, contentStart: k } = r;
  // 'The plan is dead, he said.', 'The plan, he said, is dead.'; or after a comma: "Ms Marsh says, rain or shine, she
  // is staying", "As the Post reported, even if ...".
  if (verb.cueClass === 'intent' || verb.cueClass === 'stance' || !source || inherited) return null;
  // "..., the clubs who wrote to her say ...": a cue in a relative clause on the subject reports nothing before it.
  if (RELATIVES.has(lower(c, firstTokenAt(c, source.end, first) - 1))) return null;
  r.rest = k <= last && isPunct(c, k, COMMA) ? k + 1 : -1;
  // "if it was as fierce as she said, he said, ...": the cue of a comparison has the compared words for its content,
  // gapped; what follows the comma is another clause.
  if (comparedBy(c, sourceStart - 1, first)) return null;
}

/** A cue in an opening clause ("As Ann Lee noted, ...") reports the main clause after its comma. */
function mainClauseAfterOpener(c: Context, r: VerbReading): Found | null | undefined {
  const { first, last, cue, cueWords, source, sourceStart, beforeEnd: p, contentStart: k, asComma, rest } = r;
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
}

/** Words before the cue run round it when they carry on after its comma ('The plan, he said, is dead.'). */
function contentRoundCue(c: Context, r: VerbReading): Found | null | undefined {
  const { first, last, cue, cueWords, source, sourceStart, inverted, beforeEnd: p, commaBefore, rest } = r;
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
}

/** The last step: the clause before the cue is the content ('The plan is dead, he said.'). */
function clauseBeforeCue(c: Context, r: VerbReading): Found | null {
  const { first, last, cue, cueWords, source, beforeEnd: p, contentStart: k, rest } = r;
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
 * (opening at token `subject` with a name, determiner, pronoun or quantifier), after a comma, dash (a spaced hyphen
 * too) or opening bracket: that word alone when the clause ends at token `k` (`gapClauseEnd`), or with the description
 * after "as"; null otherwise. After a preposition ("to which she replied") the word is the preposition's object, and no comma or dash
 * stands before it.
 */
function gappedObjectRelative(c: Context, subject: number, k: number, first: number, last: number): Span | null {
  const relative = subject - 1;
  // A spaced hyphen sets the clause off as a dash does: "the bill - which he once backed - and ...".
  if (relative - 1 < first || c.regionOf[relative] >= 0 || !GAPPED_RELATIVES.has(lower(c, relative)) || !(isPunct(c, relative - 1, COMMA) || isDash(c, relative - 1) || isPunct(c, relative - 1, OPENING_BRACKETS))) return null;
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
  const end = gapClauseEnd(c, k, last);
  if (end === null) return null;
  const held = gappedAntecedent(c, auxStart, i, first);
  return held && { content: tokenSpan(c, held.phrase, Math.max(held.phraseEnd, end)), source: held.source };
}

/**
 * The noun a relative clause holding the cue at token `i` is bound to, when the clause's subject ends at token
 * `auxStart - 1`: where its noun phrase opens, where it ends (the relative word, else the noun) and the subject.
 */
function gappedAntecedent(c: Context, auxStart: number, i: number, first: number): { phrase: number; phraseEnd: number; source: Span } | null {
  // "the harbour show", "the Kelso attack": a noun-like form with no auxiliary ends a compound noun; "was back": a form
  // that is its lemma after "be" is no verb.
  const form = lower(c, i);
  if (NOUN_LIKE.has(form) && auxStart === i) return null;
  if (auxStart < i && BE.has(lower(c, i - 1)) && CUE_VERBS.get(form)?.lemma === form) return null;
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
    return { phrase, phraseEnd: relative >= 0 ? relative : noun, source: tokenSpan(c, subject, auxStart - 1) };
  }
  return null;
}

/**
 * The noun phrase and what the cue says of it, when the cue sits in a relative clause bound to that noun whose object
 * is the gap (`boundGappedObject`) and the words after the cue (`right`, from token `k`) only finish what is said of
 * the noun: a topic ("the stories the old clerk had written | about the mill"), a label ("a farmer who the council
 * called | a hero"), neither holding a word tagged a verb (in "The stories she wrote about the mill were true" the
 * main clause follows; "called it bigoted" holds an adjective), or an infinitive with no object of its own ("a deal
 * that her rival had promised | to block"). The content runs from the noun phrase to the end of those words, the
 * source is the clause's subject; null for any other shape.
 */
function heldByGappedNoun(c: Context, verb: CueVerb, auxStart: number, i: number, k: number, right: Span, first: number, last: number): { content: Span; source: Span } | null {
  const word = lower(c, k);
  const infinitive = word === 'to' ? gappedInfinitiveEnd(c, k, last) : -1;
  const topic = (word === 'about' || word === 'of') && (verb.cueClass === 'speech' || verb.cueClass === 'thought');
  const label = verb.lemma === 'call' && !NOT_CONTENT_START.has(word);
  // Every content the verb frame reads passes here, so the scan for a verb waits for a topic or label.
  if (infinitive < 0 && !((topic || label) && verblessUntil(c, k, right.end))) return null;
  const held = gappedAntecedent(c, auxStart, i, first);
  return held && { content: { start: c.tokens.starts[held.phrase], end: infinitive >= 0 ? c.tokens.ends[infinitive] : right.end }, source: held.source };
}

/** True when no word the tagger reads as a verb stands from token `k` to the token ending at offset `end`. */
function verblessUntil(c: Context, k: number, end: number): boolean {
  const lastToken = firstTokenAt(c, end, k) - 1;
  return taggedVerbAfter(c, k - 1, lastToken) > lastToken;
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
 * True when token `k` closes a quote ending in a comma that another cue of the sentence took in its words ('The mayor
 * called the flood "a test," she said.'): the quote's comma ends those words as a comma would, and the cue after it
 * reports them all. A quote opening in an earlier sentence is not part of this one's words.
 */
function quoteTakenInSentence(c: Context, k: number, first: number): boolean {
  return k > first && quoteComma(c, k) && c.used[c.regionOf[k]] === 1 && c.regions[c.regionOf[k]].start > c.tokens.starts[first];
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

/**
 * The comma or dash before "as" when an "as" clause follows reported words at the source starting at token
 * `sourceStart`, else -1; after an opening adjunct ("Of course, as Ann Lee observed, ...") the clause opens the sentence.
 */
function asClauseComma(c: Context, sourceStart: number, first: number): number {
  const comma = sourceStart - 2;
  if (comma <= first || lower(c, sourceStart - 1) !== 'as' || !isPunct(c, comma, COMMA_DASH)) return -1;
  return isAdjunctOpener(c, first, lastBefore(c, first, comma, COMMA_DASH)) ? -1 : comma;
}

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

/** The agent after tokens `[from, to]` when no past form stands before its "by" (a passive of its own), else null. */
function ownAgentAfter(c: Context, from: number, to: number): Span | null {
  for (let k = from; k < to && lower(c, k) !== 'by'; k++) if (isPastForm(lower(c, k)) || COPULA_FORMS.has(lower(c, k))) return null;
  return agentAfter(c, from, to);
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

/** True when a preposition taking an object stands right before token `opening`, after `first` ("to chants of | "Go home,""). */
function afterPreposition(c: Context, opening: number, first: number): boolean {
  return opening > first && isWordAt(c, opening - 1) && OBJECT_PREPOSITIONS.has(lower(c, opening - 1));
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
