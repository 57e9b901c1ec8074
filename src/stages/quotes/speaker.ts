import type { Span } from '../../doc/span.js';
import type { Mention } from '../mentions/types.js';
import type { Entity } from '../entities/types.js';
import { ORG_NOMINALS, PERSON_ROLE_WORDS, TITLE_WORDS, TOWN_NOMINALS } from '../mentions/lexicon.js';
import { CUE_NOUNS, CUE_VERBS, DOCUMENTS, INTERVIEWEE_FIRST, INTERVIEWER_FIRST, KIND_NAME_WORDS, OWNERS_BODIES, READING_PARTICIPLES } from './cues.js';
import { datelineLength } from '../../doc/dateline.js';
import { escapeRegExp } from '../../doc/literal.js';

// A head phrase that describes rather than names: "a spokesperson", "the influential daily", "officials", "Our correspondent".
const DESCRIPTIVE = /^(?:(?:a|an|another|the|one|two|three|some|several|many|senior|other|his|her|their|its|our|my|your)\s)/iu;
// A role with its article leading a name after an apposition's comma: "the novelist" of "The lead plaintiff, the
// novelist Ann Lee". Unlike TITLE_BEFORE_COMMA it holds the article and no "of" place.
const ROLE_LEADING_NAME = /^(?:the|a|an)(?:\s+[\p{Ll}-]+)+$/u;
const PRONOUN = /^(?:he|she|they|it|we|i)$/iu;
// Quote marks counted to tell whether a name stands inside quoted words: straight ones (and a doubled apostrophe) open
// and close alike, curly ones (counted once each, opening and closing) do not.
const QUOTE_MARKS = /"|''/gu;
const OPENING_MARKS = /“/gu;
const CLOSING_MARKS = /”/gu;
/** A title for whoever leads a body, before "of" and the body's name: "The head of the Licensing Office". */
const HEAD_OF_BODY = /^the\s+(?:head|chief|boss|leader)$/iu;
const SUBJECT_PRONOUN = /^(?:he|she)$/iu;
// A title phrase after "the" and before the comma of the name it introduces: lower-case words, then perhaps
// "of"/"for"/"at" and capitalised words ("chief constable", "harbour master of Port Ellis").
const TITLE_BEFORE_COMMA = /^\p{Ll}+(?:\s+\p{Ll}+)*(?:\s+(?:of|for|at)\s+(?:the\s+)?\p{Lu}[\p{L}'’]*(?:\s+\p{Lu}[\p{L}'’]*)*)?$/u;
// How far before a name its introduction is looked for.
const INTRODUCTION_CHARS = 80;
// A definite description of a person as a whole source, with its noun: "the reporter", "The second officer".
const DEFINITE_DESCRIPTION = /^the\s+(?:[\p{Ll}-]+\s+){0,2}(\p{Ll}+)$/u;
// An apposition right before a name, from the last sentence or clause break to the comma: "the paper's reporter, |".
const APPOSED_BEFORE = /[^.;!?]*,\s*$/u;
// An apposition right after a name, up to its closing comma or stop: "| , a reporter for the Echo,".
const APPOSED_AFTER = /^,[^.;!?,]*/u;
// A title of a place as a whole source: "the Florida senator", "The former Maine harbourmaster".
const PLACED_TITLE = /^[Tt]he\s+(?:former\s+)?(?:\p{Lu}[\p{L}.’'-]*\s+)+(\p{Ll}+)$/u;
// How far from a person's name the place of a title ("Florida Sen. Ann Price", "Ann Price of Florida") is looked for.
const PLACE_CHARS = 30;
// How far before a "he" or "she" linked to no one the person it may stand for is looked for.
const PRONOUN_REACH_CHARS = 250;
// What may stand between adjoining titles: spaces, and capitalised words no mention covers ("Chief Operating Officer").
const TITLE_WORDS_GAP = /^(?:\s+\p{Lu}[\p{L}-]*)*\s+$/u;
// Prepositions inside a body's name: "Department of Health", "Centre for Ageing", "Commission on Debates".
const NAME_PREPOSITION = /\s(?:of|for|on)\s/u;
// A noun for someone who does something ("backer", "director", "lobbyist"), singular.
const AGENT_NOUN = /\p{Ll}{2,}(?:er|or|ist)$/u;
// The comma or dash that sets a relative clause off inside a source.
const SET_OFF = String.raw`(?:,|\s*[—–]|\s+--?)`;
// A relative clause after a comma or dash inside a source: "Ana Ruiz, | who runs the shop", "Ana Ruiz — | who ...".
const RELATIVE_SET_OFF = new RegExp(String.raw`${SET_OFF}\s*(who|whose|which)\s`, 'u');
// A relative "who" closing a source after a comma or dash: "a reply from Ana Ruiz, | who".
const CLOSING_WHO = new RegExp(String.raw`${SET_OFF}\s*who$`, 'u');
// The first comma or dash inside a source, where a relative clause set off may open.
const FIRST_SET_OFF = /,|\s*[—–]|\s+--?\s/u;
// A relative clause with no comma before it inside a source, with words after its pronoun: "auditors | who read ...".
const RESTRICTIVE_WHO = /(?<=[^,\s])\s+who\s+(?=\S)/u;
// A role written bare, as headlines write it: one to three words, lower case after the first ("Governor", "aid group").
const BARE_ROLE = /^\p{L}[\p{Ll}-]*(?:\s\p{Ll}[\p{Ll}-]*){0,2}$/u;
// A body owned by a name, "its" or a definite noun: "Kestria's foreign ministry", "The United Nations' humanitarian
// office", "Its foreign ministry", "the city's health department" (the owner, the head; `ownerEntity` says which nouns).
const OWNED_BODY = /^(?:[Tt]he\s+)?(\p{Lu}[\p{L}.\s-]*?(?=['’])|[Ii]ts(?=\s)|(?<=^[Tt]he\s+)\p{Ll}+(?=['’]s\s))(?:['’]s?)?\s+(?:[\p{Ll}-]+\s+){0,3}?(\p{Ll}+)$/u;
// A sentence opening with a person it does not name: "A miner who asked not to be named", "Another parent", "One, a
// former nurse", "The nurse who took the call" (a relative "who" singles the person out: no name follows). After "A",
// a modifier may be a nationality's word ("A Norlandic envoy, who would not give a name").
const UNNAMED_OPENING = /[.!?]['"’”]?\s+(?:(?:A|An|Another|One(?:,\s+an?)?)\s+((?:[\p{L}-]+\s+){0,3}[\p{Ll}-]+)(?=[\s,])|The\s+((?:[\p{Ll}-]+\s+){0,3}[\p{Ll}-]+)(?=\s+who\s))/gu;
// What closes an unnamed person's opening noun phrase ("A former supervisor, | who"), tried where the phrase ends.
const OPENING_CLOSED = /,|\s+who\s/uy;
// The end of the sentence after it, searched from where the phrase ends.
const SENTENCE_CLOSE = /[.!?]['"’”]?\s/gu;
// A paragraph break, a blank line or (in a cleaned text) a line break: a headline and the opening paragraph after it
// have one at most before them.
const PARAGRAPH_BREAK = /\n\s*/gu;
// How far after a lede's nameless source the name that introduces it is looked for.
const LEDE_NAME_CHARS = 400;
// How far before that name its title is read: longer than any title word, so the word is read whole.
const LEDE_TITLE_CHARS = 40;
// A source giving only part of a person's name, right before it: "who gave his name only as | Tom", "identified only as |
// Tom", "who asked to be identified only by her first name, | Ana".
const NAME_GIVEN = /(?:\bname\s+(?:only\s+)?as|\bidentified\s+(?:only\s+)?as|\b(?:first|last|given)\s+name,)\s+$/u;
// A relative clause giving the name of whom it describes: "who gave his name as", "who identified herself only as".
const GIVES_NAME = /\b(?:name|identified)\b/u;
// A source closing a lede's attribution after its content with a nameless role ("..., the port's director said", "...,
// Oman's chief mediator said"), and
// one opening a lede's relative before it ("was sentenced ... by a federal judge who said ..."): the role is the noun
// the pattern captures.
const CLOSING_LEDE_ROLE = /^(?:the|\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*)*['’]s?)\s+(?:[\p{L}'’-]+\s+){0,4}(\p{Ll}+)$/u;
const CATAPHORIC_LEDE_ROLE = /^an?\s+(?:[\p{L}'’-]+\s+){0,3}(\p{Ll}+)\s+who$/u;
// A role of one word owned by a name or a possessive pronoun: "Lee's lawyer", "his lawyer".
const OWNED_ROLE = /^(?:\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*)*['’]s?|[Hh]is|[Hh]er|[Tt]heir)\s+(\p{Ll}+)$/u;
// A body's description before "of" and the name of its owner, up to the name: "The foreign ministry of | Kestria".
const BODY_OF_NAME = /^[Tt]he\s+(?:[\p{Ll}-]+\s+){0,3}?(\p{Ll}+)\s+of\s+(?:the\s+)?/u;
// What its owner says, asks or advises, as a source: "Her advice ... is simple:", "Ana Ruiz's answer was".
const OWNED_WORDS = /^(?:[Tt]he\s+)?(\p{Lu}[\p{L}.\s-]*?(?=['’])|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)(?:['’]s?)?\s+(?:[\p{Ll}-]+\s+){0,2}?(\p{Ll}+)$/u;
// Nouns for someone's words that are neither cue nouns nor documents.
const SPOKEN_WORDS = new Set(['advice', 'answer', 'answers', 'reply', 'replies', 'response', 'responses', 'words', 'verdict', 'account', 'explanation']);
// A relative word right before a lone "it": "an update, which it said would ...", "the plan that it says".
const RELATIVE_BEFORE_IT = /\b(?:which|that)\s+$/u;
// How much of a sentence's opening is read for a wire's dateline.
const DATELINE_CHARS = 120;
// A sentence's close, or a line break, before the sentence that follows it.
const SENTENCE_BREAK = /[.!?]['"’”]?\s+|\n\s*/gu;
// How far back the opening of a source's own sentence is looked for.
const SENTENCE_CHARS = 400;
// A definite description of two or three lower-case words, the close of a body's name: "the weather service".
const SHORTENED_NAME = /^the\s+(\p{Ll}+(?:\s+\p{Ll}+){1,2})$/u;
// Prepositions that end the head of a source phrase: "a spokesperson | for the Home Office".
// A noun with the participle that issued it and at most two words of its time: "documents | posted Tuesday".
const ISSUED_BY = /(\S+)\s+(\p{Ll}+(?:ed|en))(?:\s+\S+){0,2}$/u;
const PREPOSITIONS = new Set(['of', 'for', 'at', 'from', 'with', 'in', 'on', 'to', 'by', 'near', 'inside', 'within', 'close']);

/** Who speaks in an interview's turns: "A:" is the person interviewed, "Q:" the interviewer; null for one not named. */
export interface InterviewSides {
  interviewee: number | null;
  interviewer: number | null;
}

// The phrases naming an interview's two sides, longest first so "was interviewed by" is not read as "interviewed".
const INTERVIEW_INTRODUCTION = new RegExp(`\\b(?:${[...INTERVIEWEE_FIRST, ...INTERVIEWER_FIRST].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|')})\\b`, 'giu');
// The close of the sentence an introduction's phrase stands in, searched from the phrase on.
const SENTENCE_BREAK_AHEAD = /[.!?]['"’”]?\s|\n/u;
/** "and" or "&" between two parts of a source's head, before any comma. */
const PARTY_JOIN = /^[^,]*?\s(?:and|&)\s/u;

/** What speakers before a source may stand for it: the previous attribution's, and the bodies quoted. */
export interface EarlierSpeakers {
  /** The speaker of the attribution just before, in the sentence before the source or its own. */
  previous: number | null;
  /** Where the previous attribution's source ends: a person named after it may be whom a pronoun stands for. */
  previousEnd: number;
  /**
   * The previous attribution's words: a person they name is no newcomer ('Ann Lee said Tom Hale "lied". She added
   * ...'), as the writer goes on with the one who spoke.
   */
  previousContent: Span | null;
  /** The organisations and governments quoted earlier in the article, in order. */
  bodies: readonly number[];
  /**
   * A question put since the previous attribution, from its source to the end of its words ("Asked by Ms Okoro whether
   * Tom Hale would resign"): neither its asker nor anyone it names is a newcomer the answer's pronoun may stand for.
   */
  question: Span | null;
}

const NO_EARLIER_SPEAKERS: EarlierSpeakers = { previous: null, previousEnd: 0, previousContent: null, bodies: [], question: null };

/** Finds the entity a source span names, through the mentions and entities layers. */
export class SpeakerResolver {
  private readonly order: number[];
  private readonly entityOf = new Map<number, number>();
  private readonly entityMentions = new Map<number, Mention[]>();
  /** The entity each name is written for, when only one is (null for a name two entities share). */
  private readonly entityByName = new Map<string, number | null>();
  /** The gender each person entity's mentions mark, null when they mark none or disagree. */
  private readonly genderOf = new Map<number, 'male' | 'female' | null>();
  private readonly types: readonly Entity['type'][];
  /** The named person each nameless person entity stands for, once worked out (`personTitled`). */
  private readonly titledPeople = new Map<number, number | null>();
  // Per entity, once worked out: the person its titles run into (`personTitleAdjoins`) and the one other holder of its
  // surname named in full (`fullNameHolder`). Each scans the document's mentions: worked out per quote, a long text
  // with many quotes took minutes.
  private readonly adjoinedPeople = new Map<number, number | null>();
  private readonly fullNameHolders = new Map<number, number | null>();
  /** The holder of each bare headline role asked for ("governor"), worked out once per role. */
  private readonly roleHolders = new Map<string, number | null>();
  /** The people named in full by their surname in capitals, for transcript labels (`labelHolder`); built on first use. */
  private peopleBySurnameInCapitals: Map<string, Set<number>> | null = null;
  /** The people a title of a place may stand for (`peoplePlaced`), per role and places: the same for every quote. */
  private readonly placedPeople = new Map<string, ReadonlySet<number>>();
  // The name mentions of more than one word, and the same by their last word: the candidates for a surname's full name
  // and for a placed title, looked up without scanning every mention per quote.
  private readonly fullNames: EntityName[] = [];
  private readonly fullNamesBySurname = new Map<string, EntityName[]>();
  private readonly names: readonly string[];
  /**
   * The paragraph after the headline: from the paragraph break ending the headline to the next one (the text's end when
   * none); null for a text of one line. Worked out once, for `ledeNominalBody` and `ledeRoleHolder` alike.
   */
  private readonly openingParagraph: Span | null;
  private readonly kbIds: readonly (string | undefined)[];

  constructor(private readonly text: string, private readonly mentions: readonly Mention[], entities: readonly Entity[]) {
    this.types = entities.map((entity) => entity.type);
    this.names = entities.map((entity) => entity.name);
    this.kbIds = entities.map((entity) => entity.kbId);
    this.order = mentions.map((_, index) => index).sort((a, b) => mentions[a].start - mentions[b].start || mentions[b].end - mentions[a].end);
    entities.forEach((entity, e) => entity.mentions.forEach((m) => this.entityOf.set(m, e)));
    entities.forEach((entity, e) => this.entityMentions.set(e, entity.mentions.map((m) => mentions[m]).filter(Boolean)));
    entities.forEach((entity, e) => {
      // "Japanese officials" is no "he".
      if (entity.type !== 'PERSON' || this.entityMentions.get(e)?.some((m) => m.agreement === 'plural')) return;
      const marked = new Set(this.entityMentions.get(e)?.flatMap((m) => ((m.agreement === 'male' || m.agreement === 'female') && this.marksGender(m) ? [m.agreement] : [])));
      this.genderOf.set(e, marked.size === 1 ? [...marked][0] : null);
    });
    for (const [e, own] of this.entityMentions) {
      for (const mention of own) {
        if (mention.kind !== 'name') continue;
        const name = text.slice(mention.start, mention.end);
        this.entityByName.set(name, this.entityByName.has(name) && this.entityByName.get(name) !== e ? null : e);
        const surname = lastWord(name);
        if (surname === undefined) continue;
        const named = { entity: e, mention };
        this.fullNames.push(named);
        remembered(this.fullNamesBySurname, surname, () => []).push(named);
      }
    }
    const breaks = text.matchAll(PARAGRAPH_BREAK);
    const headlineEnd = breaks.next().value?.index;
    this.openingParagraph = headlineEnd === undefined ? null : { start: headlineEnd, end: breaks.next().value?.index ?? text.length };
  }

  /**
   * True when a mention's gender may be trusted as the entity's: a name, title or "he"/"she". A possessive or object
   * pronoun is as often linked to the wrong person ("Ray Moreno, standing beside her", "a tour dedicated to her
   * memory, Kwame Asante said"), and would then bar the person's own "he" from going on with him.
   */
  private marksGender(mention: Mention): boolean {
    return mention.kind !== 'pronoun' || SUBJECT_PRONOUN.test(this.text.slice(mention.start, mention.end));
  }

  /** Indices of the mentions lying inside `span`, in text order. */
  private mentionsIn(span: Span): number[] {
    const found: number[] = [];
    for (let k = this.firstStartingAt(span.start); k < this.order.length && this.mentions[this.order[k]].start < span.end; k++) {
      if (this.mentions[this.order[k]].end <= span.end) found.push(this.order[k]);
    }
    return found;
  }

  /** The position in `order` of the first mention starting at `offset` or after it (binary search). */
  private firstStartingAt(offset: number): number {
    let lo = 0;
    let hi = this.order.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.mentions[this.order[mid]].start < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /**
   * The end of the source's head: the phrase before its first preposition ("a spokesperson" in "a spokesperson for the
   * Home Office"), not one inside a title ("Former Secretary of State and frontrunner Ann Lee" is headed by the name).
   */
  private headEnd(span: Span): number {
    // A hyphened compound is one word: the "in" of "editor-in-chief" opens no phrase.
    const words = /[\p{L}']+(?:-[\p{L}']+)*/gu;
    const slice = this.text.slice(span.start, span.end);
    let lastEnd = span.end;
    // Looked up only once a preposition is reached: most sources have none.
    let titles: Mention[] | undefined;
    for (let m = words.exec(slice); m !== null; m = words.exec(slice)) {
      if (m.index === 0 || !PREPOSITIONS.has(m[0].toLowerCase())) continue;
      const at = span.start + m.index;
      titles ??= this.titlesIn(span);
      if (!titles.some((title) => title.start < at && at < title.end)) {
        lastEnd = at;
        break;
      }
    }
    while (lastEnd > span.start && /[\s,]/u.test(this.text[lastEnd - 1])) lastEnd--;
    return lastEnd;
  }

  /**
   * The entity of a name with a preposition inside it ("The Department of Transport", "the state Bank of Leeds") that
   * makes up the source after a determiner and lower-case modifiers: the body, not the place a shorter name inside it
   * ends with ("Leeds"), and not cut at its "of" as a head would be. Read only when the source resolves no other way
   * ("Ann Lee of the Bank of Leeds" is Ann Lee; "The dean of the School of Law" is no body).
   */
  private prepositionalName(source: Span): number | null {
    for (const m of this.mentionsIn(source)) {
      const mention = this.mentions[m];
      if (mention.kind !== 'name' || mention.end !== source.end || !NAME_PREPOSITION.test(this.text.slice(mention.start, mention.end))) continue;
      const modifiers = this.text.slice(source.start, mention.start).trim().split(/\s+/u).filter(Boolean);
      const modifiersOnly = modifiers.every((word, k) => (k === 0 && /^(?:the|a|an)$/iu.test(word)) || (/^[\p{Ll}-]+$/u.test(word) && !PREPOSITIONS.has(word)));
      return modifiersOnly ? (this.entityOf.get(m) ?? null) : null;
    }
    return null;
  }

  /** The title mentions lying inside `span`: a preposition inside one ("of" in "Secretary of State") ends no head. */
  private titlesIn(span: Span): Mention[] {
    return this.mentionsIn(span).map((t) => this.mentions[t]).filter((mention) => mention.kind === 'title');
  }

  /**
   * The speaker entity of a source as written: the entity of the mention that ends the source ("Mr Cleverly",
   * "He", "Norway's fisheries minister Ada Finch") or ends its head ("Ed Morse of the Greens").
   * A source whose head is a common noun ("a spokesperson for the Home Office", "the influential US daily")
   * stays unresolved rather than guessed, unless the entities layer itself links that phrase.
   */
  resolve(source: Span, content?: Span, earlier: EarlierSpeakers = NO_EARLIER_SPEAKERS): number | null {
    if (this.joinsParties(source)) return null;
    const found = earlier.previous !== null && this.mayStandFor(source, earlier.previous, earlier.previousEnd, content, earlier.question, earlier.previousContent) ? earlier.previous
      : this.bodyNamedBy(source, earlier.bodies, earlier.previous) ?? this.labelHolder(source) ?? this.resolveSource(source, content) ?? this.titleOpening(source) ?? this.nameClosingApposition(source) ?? this.onlyPersonBefore(source) ?? this.prepositionalName(source) ?? this.bareRoleHolder(source) ?? this.ownedRoleHolder(source) ?? this.bodyNamedBeforeKind(source) ?? this.bodyOwner(source) ?? this.ledeRoleHolder(source, content) ?? this.wordsOwner(source) ?? this.subjectBodyOfRelative(source) ?? this.shortenedBodyName(source);
    const entity = found === null ? null : this.personTitled(found) ?? this.bodyHeadHolder(found) ?? this.personTitleAdjoins(found) ?? this.fullNameHolder(found) ?? this.placedTitleHolder(source, found) ?? found;
    // '"... a good day for Vladimir Putin," he said': a pronoun does not stand for someone named in the quote. Pronouns
    // in it are no sign ('He said he would call'), nor is the source itself, inside a split quote's span.
    // A common noun or a title there is no sign for "he"/"she": coreference links such nouns loosely ("the defendant"
    // to the judge), and speakers speak of their own office ("I will not be the prime minister who ...").
    const written = this.text.slice(source.start, source.end);
    // Nor is a name called out to inside a quote the speaker repeats ("he said, 'Rosa, it's on the website'").
    // Nor is the speaker of words the content holds outside quote marks, which a content running back over the
    // sentence before takes in ('Tom Beal said that ... "...," he said').
    const sign = (m: Mention): boolean => m.kind !== 'pronoun' && !((m.kind === 'nominal' || m.kind === 'title') && SUBJECT_PRONOUN.test(written)) && !this.calledOut(m) && !(content && this.speaksOutsideQuotes(m, content));
    if (entity !== null && content && PRONOUN.test(written) && this.entityMentions.get(entity)?.some((m) => sign(m) && m.start >= content.start && m.end <= content.end)) return this.speakerInContent(source, content);
    if (entity !== null && SUBJECT_PRONOUN.test(written) && this.unnamedPersonSinceNamed(entity, source)) return null;
    if (entity !== null && this.namedOnlyInRestrictive(entity, source)) return null;
    if (entity !== null && this.describesSomeoneElse(source, entity)) return null;
    return entity;
  }

  /**
   * True when the source's head joins names of two different entities ("Ms Ruiz and Mr Hale", "Acme & Stern"): the words
   * are both parties', and a speaker must be one entity, so none is given rather than one of the two. A name that
   * holds the join itself ("Procter & Gamble") is one mention and joins nothing.
   */
  private joinsParties(source: Span): boolean {
    const written = this.text.slice(source.start, source.end);
    const join = PARTY_JOIN.exec(written);
    if (join === null) return false;
    const at = source.start + join[0].length;
    // Only the head: a name apposed after a comma ("Acme's founder and chief executive, Ann Lee") is joined to nothing.
    const comma = written.indexOf(',', join[0].length);
    const headEnd = comma < 0 ? source.end : source.start + comma;
    const named = (mention: number): number | undefined => (this.mentions[mention].kind === 'name' ? this.entityOf.get(mention) : undefined);
    const before = this.mentionsIn({ start: source.start, end: at }).map(named).filter((entity) => entity !== undefined);
    const after = this.mentionsIn({ start: at, end: headEnd }).map(named).filter((entity) => entity !== undefined);
    return before.length > 0 && after.some((entity) => !before.includes(entity));
  }

  /**
   * True when the source is a definite description the entities layer linked ("the reporter") and the named person it
   * resolved to is never called by its noun, in a mention or an apposition to the name: a description goes back to
   * someone described so ("A reporter asked ... 'Why?' the reporter asked" is the reporter's, not the spokeswoman's who
   * answered).
   */
  private describesSomeoneElse(source: Span, entity: number): boolean {
    const description = this.text.slice(source.start, source.end).toLowerCase();
    const noun = DEFINITE_DESCRIPTION.exec(description)?.[1];
    const own = this.entityMentions.get(entity) ?? [];
    const nominal = own.some((m) => m.kind === 'nominal' && m.start === source.start && m.end === source.end);
    if (noun === undefined || !nominal || this.types[entity] !== 'PERSON' || !own.some((m) => m.kind === 'name')) return false;
    const word = new RegExp(`\\b${escapeRegExp(noun)}\\b`, 'iu');
    // The same description elsewhere is no introduction: the entities layer links every "the reporter" alike.
    return !own.some((m) => {
      if (this.text.slice(m.start, m.end).toLowerCase() === description) return false;
      if (m.kind !== 'pronoun' && word.test(this.text.slice(m.start, m.end))) return true;
      if (m.kind !== 'name') return false;
      const before = APPOSED_BEFORE.exec(this.text.slice(Math.max(0, m.start - INTRODUCTION_CHARS), m.start))?.[0] ?? '';
      const after = APPOSED_AFTER.exec(this.text.slice(m.end, m.end + INTRODUCTION_CHARS))?.[0] ?? '';
      return word.test(before) || word.test(after);
    });
  }

  /**
   * The one person of the pronoun's gender the content names as a speaker outside its quote marks before the pronoun
   * (`speaksOutsideQuotes`): 'Rivas aide Tom Beal said the team would outrun Rivas, "...," he said' is Beal's, though
   * the entities layer gave the "he" to Rivas. Null when none or two are.
   */
  private speakerInContent(source: Span, content: Span): number | null {
    const pronoun = this.text.slice(source.start, source.end).toLowerCase();
    if (pronoun !== 'he' && pronoun !== 'she') return null;
    const gender = pronoun === 'he' ? 'male' : 'female';
    const speakers = new Set(this.mentionsIn({ start: content.start, end: Math.min(content.end, source.start) }).flatMap((m) => {
      const entity = this.entityOf.get(m);
      const marked = entity === undefined ? undefined : this.genderOf.get(entity);
      return entity !== undefined && marked !== undefined && (marked === null || marked === gender) && this.speaksOutsideQuotes(this.mentions[m], content) ? [entity] : [];
    }));
    return speakers.size === 1 ? [...speakers][0] : null;
  }

  /**
   * True when the name `mention`, inside `content` but outside its quote marks, is the subject of a verb of speech right
   * after it or stands right after one ("Tom Beal said", "said Tom Beal"): it names who spoke, not whom the words are about.
   */
  private speaksOutsideQuotes(mention: Mention, content: Span): boolean {
    if (mention.kind !== 'name') return false;
    const before = this.text.slice(content.start, mention.start);
    const marks = (before.match(QUOTE_MARKS) ?? []).length + (before.match(OPENING_MARKS) ?? []).length - (before.match(CLOSING_MARKS) ?? []).length;
    if (marks % 2 !== 0) return false;
    const after = /^\s+(\p{Ll}+)/u.exec(this.text.slice(mention.end, mention.end + 40))?.[1];
    const said = /(\p{Ll}+)\s+$/u.exec(before.slice(-40))?.[1];
    return (after !== undefined && CUE_VERBS.has(after)) || (said !== undefined && CUE_VERBS.has(said));
  }

  /**
   * True when `entity` is named in `source` only inside a relative clause with no comma before it ("Three auditors who
   * read the ledger for the Tarn Gazette"): the clause singles out the head it describes, so a name in it is not the
   * speaker, unless it gives the head's name ("a man who gave his name only as Tom").
   */
  private namedOnlyInRestrictive(entity: number, source: Span): boolean {
    const written = this.text.slice(source.start, source.end);
    const relative = RESTRICTIVE_WHO.exec(written);
    if (relative === null || relative.index === 0 || GIVES_NAME.test(written.slice(relative.index))) return false;
    const inSource = (this.entityMentions.get(entity) ?? []).filter((m) => m.start >= source.start && m.end <= source.end);
    return inSource.length > 0 && inSource.every((m) => m.start >= source.start + relative.index);
  }

  /**
   * True when a sentence opening with a person it does not name, and holding the source's own "he" or "she", comes
   * between the last time `entity` is named or titled before `source` and it: "Ann Lee said ... A former nurse, who
   * asked not to be named, said she had seen ... 'They told us,' she said" is the nurse's, whom no entity holds,
   * whatever the entities layer links "she" to. Without the pronoun the sentence may be about anyone ("A critic
   * wrote that the food was confused. ... 'It was fair,' she says").
   */
  private unnamedPersonSinceNamed(entity: number, source: Span): boolean {
    const named = (this.entityMentions.get(entity) ?? []).filter((m) => m.kind !== 'pronoun' && m.end <= source.start);
    if (!named.length) return false;
    return this.unnamedPersonOpensSentenceEndingIn({ start: Math.max(...named.map((m) => m.end)), end: source.start }, this.text.slice(source.start, source.end));
  }

  /**
   * The one person named in full whose surname ends a transcript's label in capitals ("PENCE:" or "GOV. PENCE:" after
   * "Gov. Mike Pence"); null for any other source, or when no one or more than one person has that surname.
   */
  private labelHolder(source: Span): number | null {
    const label = this.text.slice(source.start, source.end);
    if (!CAPITALS_LABEL.test(label)) return null;
    const surname = capitalsKey(label.split(/\s+/u).pop() ?? '');
    this.peopleBySurnameInCapitals ??= this.surnamesInCapitals();
    const holders = this.peopleBySurnameInCapitals.get(surname);
    return holders?.size === 1 ? [...holders][0] : null;
  }

  /** The people named in full, by their surname in capitals: the look-up of `labelHolder`, built on its first use. */
  private surnamesInCapitals(): Map<string, Set<number>> {
    const people = new Map<string, Set<number>>();
    for (const [surname, named] of this.fullNamesBySurname) {
      for (const { entity } of named) if (this.types[entity] === 'PERSON') remembered(people, capitalsKey(surname), () => new Set<number>()).add(entity);
    }
    return people;
  }

  /** True when a name is called out to, right after a quote mark opens and before a comma: "'Rosa, it's on the website.'" */
  private calledOut(mention: Mention): boolean {
    return /['‘"“]\s*$/u.test(this.text.slice(Math.max(0, mention.start - 2), mention.start)) && this.text.startsWith(',', mention.end);
  }

  /**
   * The named person a nameless person stands for: an entity the entities layer built of titles and pronouns only
   * ("the chief", "she") when the text gives exactly one person's name in apposition to a phrase opening with "the"
   * and that title's words ("the chief constable, Helen Marsh" for "The chief"), or a name the title opens ("Judge Ana
   * Berman" for "the judge"). "The president" is not "the vice president, Joe Lane", nor "The commissioner" "the
   * police commissioner, Ann Roe": the words must open the phrase. Null when the entity has a name, or when no person
   * or more than one is so introduced.
   */
  private personTitled(entity: number): number | null {
    return remembered(this.titledPeople, entity, () => this.findPersonTitled(entity));
  }

  /** `personTitled` worked out: the one named person the nameless `entity`'s titles introduce, or null. */
  private findPersonTitled(entity: number): number | null {
    if (this.types[entity] !== 'PERSON') return null;
    const own = this.entityMentions.get(entity) ?? [];
    if (own.some((m) => m.kind === 'name')) return null;
    const titles = new Set(own.flatMap((m) => {
      const title = /^the\s+(.+)$/iu.exec(this.text.slice(m.start, m.end))?.[1];
      return m.kind === 'title' && title !== undefined ? [title.toLowerCase(), ...this.titleAfterOwner(m)] : [];
    }));
    if (!titles.size) return null;
    const named = new Set<number>();
    for (const [other, mentions] of this.entityMentions) {
      if (other === entity || this.types[other] !== 'PERSON') continue;
      if (mentions.some((m) => m.kind === 'name' && this.introducedAs(m, titles))) named.add(other);
    }
    return named.size === 1 ? [...named][0] : null;
  }

  /**
   * The named person a nameless "the head of <body>" stands for: the one person the text introduces in apposition to
   * a role that body owns ("The head of the Licensing Office has told MPs ... the office's chief executive, Ana Ruiz,
   * said"). Null when the entity has a name, no such title, or when no one or more than one is so introduced.
   */
  private bodyHeadHolder(entity: number): number | null {
    if (this.types[entity] !== 'PERSON') return null;
    const own = this.entityMentions.get(entity) ?? [];
    if (own.some((m) => m.kind === 'name')) return null;
    const bodies = new Set(own.flatMap((title) => {
      if (title.kind !== 'title' || !HEAD_OF_BODY.test(this.text.slice(title.start, title.end))) return [];
      const of = /^\s+of\s+(?:the\s+)?/u.exec(this.text.slice(title.end, title.end + 10));
      const body = of === null ? undefined : this.mentionsIn({ start: title.end + of[0].length, end: title.end + of[0].length + 120 }).find((m) => this.mentions[m].start === title.end + of[0].length && this.mentions[m].kind === 'name');
      const owner = body === undefined ? undefined : this.entityOf.get(body);
      return owner !== undefined && this.isBody(owner) ? [owner] : [];
    }));
    if (bodies.size !== 1) return null;
    const [body] = bodies;
    const holders = new Set<number>();
    for (const [other, mentions] of this.entityMentions) {
      if (other === entity || this.types[other] !== 'PERSON') continue;
      if (mentions.some((m) => m.kind === 'name' && this.ownedRoleBefore(m) === body)) holders.add(other);
    }
    return holders.size === 1 ? [...holders][0] : null;
  }

  /** The body owning the role a name is set after: the agency's entity for "the agency's chief executive, | Ana Ruiz". */
  private ownedRoleBefore(name: Mention): number | undefined {
    const before = this.text.slice(Math.max(0, name.start - INTRODUCTION_CHARS), name.start);
    const role = /['’]s(?:\s+[\p{Ll}-]+){1,3},\s*$/u.exec(before);
    if (role === null) return undefined;
    const apostrophe = name.start - before.length + role.index;
    const owner = this.mentionsIn({ start: Math.max(0, apostrophe - 80), end: apostrophe }).find((m) => this.mentions[m].end === apostrophe);
    return owner === undefined ? undefined : this.entityOf.get(owner);
  }

  /**
   * The words of a title after the name of the body or place it opens with: "envoy" of "the United Nations envoy", as
   * the story may go on to introduce "The envoy, Henrik Solberg". None when no name opens the title.
   */
  private titleAfterOwner(title: Mention): string[] {
    const owner = this.mentionsIn(title).map((k) => this.mentions[k]).find((m) => m.kind === 'name' && m.end < title.end && /^the\s+$/iu.test(this.text.slice(title.start, m.start)));
    const rest = owner === undefined ? '' : this.text.slice(owner.end, title.end).trim().toLowerCase();
    return /^\p{Ll}+(?:\s\p{Ll}+)*$/u.test(rest) ? [rest] : [];
  }

  /**
   * True when the name `mention` is in apposition to a phrase opening with "the" and one of `titles` ("the chief
   * constable, | Helen Marsh" for "chief"), or opens with one of them ("Judge Ana Berman" for "judge").
   */
  private introducedAs(mention: Mention, titles: ReadonlySet<string>): boolean {
    const name = this.text.slice(mention.start, mention.end).toLowerCase();
    if ([...titles].some((title) => name.startsWith(`${title} `))) return true;
    const before = this.text.slice(Math.max(0, mention.start - INTRODUCTION_CHARS), mention.start);
    const comma = /,\s*$/u.exec(before);
    if (comma === null) return false;
    // The phrase from its "the" to the comma, the last "the" first; one inside an "of" phrase ("of the Port") fails the
    // pattern and an earlier one is tried.
    const stretch = before.slice(0, comma.index);
    for (const the of [...stretch.matchAll(/(?:^|\s)[Tt]he\s+/gu)].reverse()) {
      const phrase = stretch.slice(the.index + the[0].length);
      if (TITLE_BEFORE_COMMA.test(phrase)) return [...titles].some((title) => phrase.toLowerCase() === title || phrase.toLowerCase().startsWith(`${title} `));
    }
    return false;
  }

  /**
   * The person a source opening with a nameless person's title stands for, when the source's head is no mention of its
   * own: "The chief constable | of Wessendale Police has warned", where the mentions layer's title is "The chief".
   */
  private titleOpening(source: Span): number | null {
    const first = this.mentionsIn(source)[0];
    if (first === undefined || this.mentions[first].kind !== 'title' || this.mentions[first].start !== source.start) return null;
    const entity = this.entityOf.get(first);
    return entity === undefined ? null : this.personTitled(entity);
  }

  /**
   * The named person a nameless person entity's titles stand right before: "Detective | Inspector Rhona Keir", where
   * the entities layer made "Detective" (and the "She" after it) an entity of its own. Null unless every title of the
   * entity leads, through adjoining titles only, to a name, and all those names are one person's.
   */
  private personTitleAdjoins(entity: number): number | null {
    return remembered(this.adjoinedPeople, entity, () => this.findPersonTitleAdjoins(entity));
  }

  /** `personTitleAdjoins` worked out. */
  private findPersonTitleAdjoins(entity: number): number | null {
    if (this.types[entity] !== 'PERSON') return null;
    const own = this.entityMentions.get(entity) ?? [];
    const titles = own.filter((m) => m.kind === 'title');
    if (!titles.length || own.some((m) => m.kind === 'name' || m.kind === 'nominal')) return null;
    const named = new Set(titles.map((title) => this.nameAfterTitles(title)));
    const [person] = named;
    return named.size === 1 && person !== null && person !== entity && this.types[person] === 'PERSON' ? person : null;
  }

  /**
   * The entity of the person's name a title runs into, through titles with nothing but spaces or capitalised words
   * between ("Chief | Operating | Officer Ann Lee": the mentions layer makes titles of some words only); null for none.
   */
  private nameAfterTitles(title: Mention): number | null {
    let end = title.end;
    for (;;) {
      // The first mention after `end` is the only candidate: any later one has its text between them too.
      const next = this.order[this.firstStartingAt(end + 1)] as number | undefined;
      if (next === undefined || !TITLE_WORDS_GAP.test(this.text.slice(end, this.mentions[next].start))) return null;
      const mention = this.mentions[next];
      if (mention.kind !== 'title' && mention.kind !== 'name') return null;
      if (mention.kind === 'name' && mention.type === 'PERSON') return this.entityOf.get(next) ?? null;
      if (mention.kind === 'name' && !this.wordInsideTitles(mention)) return null;
      end = mention.end;
    }
  }

  /**
   * True when `mention`, a name of one word that is no person's, stands between two titles with only spaces around it
   * ("Chief | Financial | Officer", where the mentions layer read "Financial" as a name of its own): a word of the title.
   */
  private wordInsideTitles(mention: Mention): boolean {
    if (/\s/u.test(this.text.slice(mention.start, mention.end))) return false;
    const next = this.order[this.firstStartingAt(mention.end + 1)] as number | undefined;
    return next !== undefined && this.mentions[next].kind === 'title' && TITLE_WORDS_GAP.test(this.text.slice(mention.end, this.mentions[next].start));
  }

  /**
   * The one person the text names in full with the surname that a person entity, known here by that surname only, was
   * linked by to another holder in the knowledge base: "Vance said" after "Republican Curtis Vance" is not the
   * knowledge base's JD Vance. Null when the entity has no link, when the full name ends in the linked name ("Sen. Ted
   * Cruz" is the linked Ted Cruz, kept apart only by its type), when two people share the surname, or when genders
   * disagree.
   */
  private fullNameHolder(entity: number): number | null {
    return remembered(this.fullNameHolders, entity, () => this.findFullNameHolder(entity));
  }

  /** `fullNameHolder` worked out. */
  private findFullNameHolder(entity: number): number | null {
    if (this.types[entity] !== 'PERSON' || this.kbIds[entity] === undefined) return null;
    const surnames = new Set((this.entityMentions.get(entity) ?? []).filter((m) => m.kind === 'name').map((m) => this.text.slice(m.start, m.end)));
    const [surname] = surnames;
    if (surnames.size !== 1 || /\s/u.test(surname)) return null;
    const holders = new Set<number>();
    for (const { entity: other, mention } of this.fullNamesBySurname.get(surname) ?? []) {
      if (other === entity || !mayHoldName(this.types[other])) continue;
      if (!this.text.slice(mention.start, mention.end).endsWith(this.names[entity])) holders.add(other);
    }
    const [holder] = holders;
    if (holders.size !== 1) return null;
    const [mine, theirs] = [this.genderOf.get(entity), this.genderOf.get(holder)];
    return mine && theirs && mine !== theirs ? null : holder;
  }

  /**
   * A person's name standing as a whole comma-set phrase closing the source, perhaps before an age or followed by "of"
   * and a body: "One resident, Tom Ashby, 52", "Speaking afterwards, the senator's aide, Tom Ashby", "An analyst, Ann
   * Lee of Hale Bank". Read only when the source resolves no other way, and not after a phrase ending in a role after a
   * preposition, the role the name may hold ("A spokesperson for the bank's chief, Ana Ruiz" is the spokesperson; "One
   * of the men, Jo Bell, 70" is Jo Bell).
   */
  private nameClosingApposition(source: Span): number | null {
    // "An analyst, Ann Lee of Hale Bank": the body after "of" follows the name, and is no part of it ("Ann Lee of Ohio
    // and Tom Bell of Utah" coordinates two people, and stays unread).
    const closing = /,\s*([^,]+?)(?:\s+of\s+\p{Lu}(?:(?!\sand\s)[^,])*)?(?:,\s*\d{1,3})?$/u.exec(this.text.slice(source.start, source.end));
    if (closing === null) return null;
    const comma = source.start + closing.index;
    const phraseStart = Math.max(source.start, this.text.lastIndexOf(',', comma - 1) + 1);
    const phrase = { start: phraseStart + (/^\s*/u.exec(this.text.slice(phraseStart, comma))?.[0].length ?? 0), end: comma };
    if (this.endsInRoleOfObject(phrase)) return null;
    const start = comma + closing[0].indexOf(closing[1]);
    return this.personNameEndingAt({ start, end: start + closing[1].length }, (mention) => mention.start === start);
  }

  /**
   * The person a title of a place stands for ("The Florida senator"), when the entities layer linked it to someone
   * the text never places there and exactly one person's full name is written with that place and role: "Florida Sen.
   * Ann Price", "Ann Price of Florida" (a lone "Sen." typed as a name is none). Null (the link kept) when the linked
   * person is so written, or when no one or several are.
   */
  private placedTitleHolder(source: Span, entity: number): number | null {
    if (this.types[entity] !== 'PERSON') return null;
    const role = PLACED_TITLE.exec(this.text.slice(source.start, source.end))?.[1];
    if (role === undefined) return null;
    const places = new Set(this.mentionsIn(source).flatMap((m) => (this.mentions[m].type === 'GPE' && this.entityOf.has(m) ? [this.entityOf.get(m) as number] : [])));
    if (!places.size) return null;
    const key = `${role} ${[...places].sort((a, b) => a - b).join(' ')}`;
    const placed = remembered(this.placedPeople, key, () => this.peoplePlaced(places, role));
    const [holder] = placed;
    return placed.has(entity) || placed.size !== 1 ? null : holder;
  }

  /** The people, other than the `places`, whose full name is written with one of them and a title of the `role`. */
  private peoplePlaced(places: ReadonlySet<number>, role: string): ReadonlySet<number> {
    const placed = new Set<number>();
    for (const { entity, mention } of this.fullNames) {
      if (places.has(entity) || !mayHoldName(this.types[entity]) || placed.has(entity)) continue;
      if (this.writtenWithPlace(mention, places, role)) placed.add(entity);
    }
    return placed;
  }

  /**
   * True when a mention of one of `places` stands right before the name `mention` with a title word of the `role` between
   * or opening the name ("Florida Sen. Ann Price" for "senator": the word, without its point, opens the role), or after
   * it with "of" ("Ann Price of Florida").
   */
  private writtenWithPlace(mention: Mention, places: ReadonlySet<number>, role: string): boolean {
    const near = this.mentionsIn({ start: Math.max(0, mention.start - PLACE_CHARS), end: Math.min(this.text.length, mention.end + PLACE_CHARS) });
    return near.some((p) => {
      const place = this.mentions[p];
      if (!places.has(this.entityOf.get(p) ?? -1)) return false;
      if (place.start >= mention.end) return /^\s+of\s+$/u.test(this.text.slice(mention.end, place.start));
      const title = /^\s+(?:(\p{Lu}[\p{L}.]*)\s+)?$/u.exec(this.text.slice(place.end, mention.start));
      const word = title?.[1] ?? /^\p{Lu}[\p{L}.]*/u.exec(this.text.slice(mention.start, mention.end))?.[0];
      return title !== null && word !== undefined && role.startsWith(word.replace(/\.$/u, '').toLowerCase());
    });
  }

  /**
   * The two sides of an interview as the first sentence of its introduction to name them does ("Ann Lee, who runs the
   * union, spoke to our reporter Tom Ash"; "Tom Ash interviewed Ann Lee"): the first person before the phrase and the
   * one person after it, each null when the text names none (or, after it, more than one: "spoke with two reporters,
   * Tom Ash and Jo Reid").
   */
  interviewSides(introduction: Span): InterviewSides {
    for (const match of this.text.slice(introduction.start, introduction.end).matchAll(INTERVIEW_INTRODUCTION)) {
      const phrase = { start: introduction.start + match.index, end: introduction.start + match.index + match[0].length };
      const before = this.peopleIn({ start: this.lastSentenceBreak(phrase.start).index, end: phrase.start });
      if (!before.length) continue;
      const sentenceClose = SENTENCE_BREAK_AHEAD.exec(this.text.slice(phrase.end));
      const others = new Set(this.peopleIn({ start: phrase.end, end: sentenceClose === null ? this.text.length : phrase.end + sentenceClose.index }).filter((person) => person !== before[0]));
      const other = others.size === 1 ? [...others][0] : null;
      return INTERVIEWER_FIRST.includes(match[0].toLowerCase()) ? { interviewee: other, interviewer: before[0] } : { interviewee: before[0], interviewer: other };
    }
    return { interviewee: null, interviewer: null };
  }

  /** The people the mentions inside `span` stand for, in the order of their first mention. */
  private peopleIn(span: Span): number[] {
    const people = this.mentionsIn(span).flatMap((m) => {
      const entity = this.entityOf.get(m);
      return entity !== undefined && this.types[entity] === 'PERSON' ? [entity] : [];
    });
    return [...new Set(people)];
  }

  /** True when `entity` is a body that speaks: an organisation, or a place standing for its government. */
  isBody(entity: number): boolean {
    const type = this.types[entity];
    return type === 'ORG' || type === 'GPE';
  }

  /**
   * The last quoted body whose name holds the noun of a source "the agency", "its union" (the whole of one mention):
   * "The agency said" after "The National Health Protection Agency said" is that agency, whatever body the entities
   * layer links the phrase to, unless another attribution came between and the linked body's name holds the noun too.
   * A body of another name is no sign ("The union said" after a port company spoke).
   */
  private bodyNamedBy(source: Span, bodies: readonly number[], previous: number | null): number | null {
    const noun = /^(?:the|its)\s+(\p{L}+)$/iu.exec(this.text.slice(source.start, source.end))?.[1]?.toLowerCase();
    const nominal = this.mentionsIn(source).find((m) => this.mentions[m].kind === 'nominal' && this.mentions[m].start === source.start);
    if (noun === undefined || nominal === undefined) return null;
    const holdsNoun = (entity: number): boolean => this.names[entity].toLowerCase().split(/\s+/u).includes(noun);
    const quoted = [...bodies].reverse().find(holdsNoun);
    if (quoted === undefined) return null;
    // The body quoted just before goes on ("According to the defence ministry, ... The ministry accused"); past another
    // attribution, a body the entities layer links the phrase to whose name holds the noun too stays (the council the
    // story leads with, not another council quoted paragraphs before).
    const linked = this.entityOf.get(nominal);
    return linked !== undefined && linked !== quoted && quoted !== previous && holdsNoun(linked) ? null : quoted;
  }

  /**
   * True when `source` is a lone "he" or "she" that person `entity` may be: no mention of it marks the other gender,
   * and no other person the pronoun may be is named between the previous source (ending at `after`) and it. Said right
   * after that person's own attribution, the pronoun goes on with the speaker ('Ann Lee said the pier was safe. In a
   * statement, she said ...'), whoever else the entities layer links it to; not past a newcomer ('His captain, Joe
   * Reed, is injured, and he said ...').
   */
  private mayStandFor(source: Span, entity: number, after: number, content?: Span, question: Span | null = null, previousContent: Span | null = null): boolean {
    const pronoun = this.text.slice(source.start, source.end).toLowerCase();
    if (pronoun === 'it') return this.bodyGoesOn(source, entity, after);
    if (pronoun !== 'he' && pronoun !== 'she') return false;
    const gender = pronoun === 'he' ? 'male' : 'female';
    const fits = (e: number): boolean => {
      const marked = this.genderOf.get(e);
      return marked !== undefined && (marked === null || marked === gender);
    };
    // A name inside the words the pronoun's speaker says ('"Chidi is our player," he said') is no newcomer.
    // Nor is one named in the words the previous speaker said.
    const inside = (m: number, span: Span | null | undefined): boolean => !!span && this.mentions[m].start >= span.start && this.mentions[m].end <= span.end;
    const quoted = (m: number): boolean => inside(m, content) || inside(m, previousContent);
    // Nor is the one who put a question the pronoun answers, or anyone the question names ("Asked by Ms Okoro whether
    // Tom Hale would resign, she said").
    const asking = (m: number): boolean => inside(m, question);
    // The cheap check first: the scan for an unnamed person reads the whole stretch.
    if (!fits(entity) || this.unnamedPersonOpensSentenceEndingIn({ start: after, end: source.start })) return false;
    return !this.mentionsIn({ start: after, end: source.start }).some((m) => {
      const other = this.entityOf.get(m);
      return this.mentions[m].kind === 'name' && other !== undefined && other !== entity && fits(other) && !quoted(m) && !asking(m);
    });
  }

  /**
   * The one person a "he" or "she" the entities layer linked to no one may stand for: the only person of a fitting gender
   * named in the stretch before it ("Sam Cole, a welder from Leeds, lost his job in May. He said ..."). Null when two are.
   */
  private onlyPersonBefore(source: Span): number | null {
    const pronoun = this.text.slice(source.start, source.end).toLowerCase();
    if (pronoun !== 'he' && pronoun !== 'she') return null;
    const gender = pronoun === 'he' ? 'male' : 'female';
    let lastNamedStart = 0;
    const named = new Set(this.mentionsIn({ start: Math.max(0, source.start - PRONOUN_REACH_CHARS), end: source.start }).flatMap((m) => {
      const entity = this.entityOf.get(m);
      const marked = entity === undefined ? undefined : this.genderOf.get(entity);
      if (this.mentions[m].kind !== 'name' || entity === undefined || marked === undefined || (marked !== null && marked !== gender)) return [];
      lastNamedStart = this.mentions[m].start;
      return [entity];
    }));
    const [person] = named;
    // The sentence naming the person counts too: "A Norlandic envoy, who would not give a name, said Vell had refused.
    // '...,' he said" is the envoy's, who spoke of Vell.
    return named.size === 1 && !this.unnamedPersonOpensSentenceEndingIn({ start: this.sentenceCloseBefore(lastNamedStart), end: source.start }) ? person : null;
  }

  /**
   * True when a sentence ending in `stretch` opens with a person it does not name ("A miner who spoke on condition of
   * anonymity ..."): a "he" or "she" in a sentence after it is most often that person, whom no entity holds. Not
   * the pronoun's own sentence ("A new coach, he said, would help").
   */
  private unnamedPersonOpensSentenceEndingIn(stretch: Span, pronoun?: string): boolean {
    const text = this.text.slice(stretch.start, stretch.end);
    const holdsPronoun = pronoun === undefined ? null : new RegExp(`\\b${pronoun}\\b`, 'iu');
    for (const opening of text.matchAll(UNNAMED_OPENING)) {
      // A role word anywhere ("A miner who ..."), or an agent noun before a comma or "who" ("A former call centre
      // supervisor, who"; not "A consultation which begins after").
      const words = (opening[1] ?? opening[2]).split(/\s+/u);
      const after = opening.index + opening[0].length;
      OPENING_CLOSED.lastIndex = after;
      const closed = OPENING_CLOSED.test(text);
      SENTENCE_CLOSE.lastIndex = after;
      const end = SENTENCE_CLOSE.exec(text);
      if (end === null || !(words.some((word) => PERSON_ROLE_WORDS.has(word)) || (closed && AGENT_NOUN.test(words[words.length - 1])))) continue;
      if (holdsPronoun === null || holdsPronoun.test(text.slice(after, end.index))) return true;
    }
    return false;
  }

  /**
   * True when a lone "it" goes on with body `entity` quoted just before: "Corvane Foods said ... It said it would ...",
   * unless another body is named between the previous source (ending at `after`) and it. A place named there is no
   * rival to an organisation ("The agency said the risk was high because Lumo lies on a trade route. It said ...").
   */
  private bodyGoesOn(source: Span, entity: number, after: number): boolean {
    return this.isBody(entity) && !this.mentionsIn({ start: after, end: source.start }).some((m) => {
      const other = this.entityOf.get(m);
      return this.mentions[m].kind === 'name' && other !== undefined && other !== entity && this.isBody(other) && !(this.types[entity] === 'ORG' && this.types[other] === 'GPE');
    });
  }

  /**
   * The person named in apposition after a describing phrase ("Its president of global affairs, Nick Clegg"): the
   * name must end the source, and the phrase before the comma must not end in another person's role.
   */
  private apposedName(source: Span, comma: number): number | null {
    if (this.endsInRoleOfObject({ start: source.start, end: comma })) return null;
    return this.personNameEndingAt({ start: comma + 1, end: source.end }, (mention) => {
      // "The lead plaintiff, the novelist Ann Lee": a title of plain words may lead the name (not "the wife of Ann Lee").
      const lead = this.text.slice(comma + 1, mention.start).trim();
      return lead === '' || (ROLE_LEADING_NAME.test(lead) && !lead.split(/\s+/u).some((word) => PREPOSITIONS.has(word) || word === 'and'));
    });
  }

  /**
   * The organisation whose whole name is apposed to a description with no preposition in it: "The ship's owners, Hale
   * Lines," is Hale Lines, and "A spokesman for the firm, Hale Lines," stays the spokesman's.
   */
  private apposedBody(source: Span, comma: number): number | null {
    if (this.text.slice(source.start, comma).split(/\s+/u).some((word) => PREPOSITIONS.has(word.toLowerCase()))) return null;
    const start = comma + 1 + (/^\s*/u.exec(this.text.slice(comma + 1, source.end))?.[0].length ?? 0);
    const entity = this.nameSpanning({ start, end: source.end });
    return entity !== null && this.types[entity] === 'ORG' ? entity : null;
  }

  /**
   * The person named as the whole phrase between the source's first two commas, after a describing phrase and before
   * another ("The independent, Dr Ann Lee, a retired GP who ..."): read only when neither the phrase before the first
   * comma nor a name closing the source resolves, and not after a role held by another ("A spokesperson for the bank's
   * chief, Ana Ruiz, ...").
   */
  private nameBetweenCommas(source: Span, comma: number): number | null {
    const next = this.text.indexOf(',', comma + 1);
    if (next < 0 || next >= source.end) return null;
    let end = next;
    while (end > comma && /\s/u.test(this.text[end - 1])) end--;
    return this.apposedName({ start: source.start, end }, comma);
  }

  /**
   * True when `phrase` ends in a person's role after a preposition ("A spokesperson for the bank's chief"): a name
   * apposed to it holds that role, and is not the phrase's head.
   */
  private endsInRoleOfObject(phrase: Span): boolean {
    const last = /([\p{L}'’]+)\s*$/u.exec(this.text.slice(phrase.start, phrase.end))?.[1]?.toLowerCase() ?? '';
    return PERSON_ROLE_WORDS.has(last.replace(/['’]s?$/u, '')) && this.headEnd(phrase) < phrase.end;
  }

  /**
   * The entity of the first person's name mention in `range` that ends at its end and passes `accept`; null when none
   * does, or when that mention has no entity.
   */
  private personNameEndingAt(range: Span, accept: (mention: Mention) => boolean = () => true): number | null {
    for (const m of this.mentionsIn(range)) {
      const mention = this.mentions[m];
      if (mention.type === 'PERSON' && mention.kind === 'name' && mention.end === range.end && accept(mention)) return this.entityOf.get(m) ?? null;
    }
    return null;
  }

  /**
   * The person named at the end of the source right after a title, a role word, "named" or "called", or where the source
   * gives only part of a name ("a driver who gave his name only as Tom"): "Port of Hamburg chief executive Jens Maier", "a
   * retired teacher named Ana Ruiz"; not after a preposition or an adjective ("Allies of Ana Ruiz", "Colleagues of the
   * late Ana Ruiz").
   */
  private describedName(source: Span): number | null {
    return this.personNameEndingAt(source, (mention) => {
      const before = /(\p{Ll}+)\s+$/u.exec(this.text.slice(source.start, mention.start))?.[1];
      if (before === undefined) return false;
      const titled = this.mentionsIn({ start: source.start, end: mention.start }).some((t) => this.mentions[t].kind === 'title' && this.text.slice(this.mentions[t].end, mention.start).trim() === '');
      return titled || PERSON_ROLE_WORDS.has(before) || before === 'named' || before === 'called' || NAME_GIVEN.test(this.text.slice(source.start, mention.start));
    });
  }

  /**
   * The person a source in apposition follows: "Ana Ruiz, | a nurse from Leeds, who said ..."; not a name ending the
   * reported words before a closing attribution ("The victim was named as Ana Ruiz, | the police said").
   */
  private nameBeforeApposition(source: Span, content: Span | undefined): number | null {
    if (!/^(?:a|an|the)\s/u.test(this.text.slice(source.start, source.end))) return null;
    const comma = /,\s*$/u.exec(this.text.slice(Math.max(0, source.start - 4), source.start));
    if (!comma) return null;
    const nameEnd = source.start - comma[0].length;
    if (content && nameEnd > content.start && nameEnd <= content.end) return null;
    return this.personNameEndingAt({ start: Math.max(0, nameEnd - 80), end: nameEnd });
  }

  /**
   * The speaker a relative clause after a comma describes: "The commissioner, Graham Tate, who sat beside her", "Helen
   * Drury, whose father lives at Linden House" (a name inside the clause is not the speaker). "who"/"whose" must
   * follow a person and "which" a body, else the clause describes something else in a longer source ("..., the head of
   * FIFA, who is under investigation") and the source is read whole.
   */
  private describedByRelative(source: Span): number | null {
    const relative = RELATIVE_SET_OFF.exec(this.text.slice(source.start, source.end));
    if (relative === null || relative.index === 0) return null;
    const head = { start: source.start, end: source.start + relative.index };
    // "The Department of Health, which funds it": a body's name with a preposition inside, read as the whole head.
    const entity = this.resolveSource(head) ?? this.prepositionalName(head);
    if (entity === null) return null;
    return (relative[1] === 'which' ? this.isBody(entity) : this.types[entity] === 'PERSON') ? entity : null;
  }

  /**
   * The person named right before a relative "who" closing a source after a comma or dash, whatever words lead to the name: "a
   * harsh reply from Ana Ruiz, who" (the source as the cue's subject search found it) is Ana Ruiz. Not when the name
   * follows a person's role, an agent noun or a capitalised word and a preposition ("a former aide to Ana Ruiz, who",
   * "a backer of Ana Ruiz, who": the aide or backer may be who) or "and" (two people).
   */
  private nameBeforeRelativeWho(source: Span): number | null {
    const relative = CLOSING_WHO.exec(this.text.slice(source.start, source.end));
    if (relative === null) return null;
    const end = source.start + relative.index;
    return this.personNameEndingAt({ start: source.start, end }, (mention) => {
      const before = this.text.slice(source.start, mention.start);
      const word = /(?:^|\s)([\p{L}'’]+)\s+(?:the\s+)?(?:\p{Lu}[\p{L}.’'-]*\s+)*$/u.exec(before)?.[1].toLowerCase() ?? '';
      if (word === 'and') return false;
      if (!PREPOSITIONS.has(word)) return true;
      const head = /([\p{L}'’]+)\s+[\p{L}]+\s+(?:the\s+)?(?:\p{Lu}[\p{L}.’'-]*\s+)*$/u.exec(before)?.[1] ?? '';
      return !this.mayNamePerson(head);
    });
  }

  /**
   * True when the word before a preposition may be a person the name after it is the object of, or part of a body's
   * name: a role ("aide", "editors"), an agent noun ("backer", "director"), or a capitalised word ("Partnership for").
   */
  private mayNamePerson(head: string): boolean {
    const singular = head.toLowerCase().replace(/s$/u, '');
    return /^\p{Lu}/u.test(head) || PERSON_ROLE_WORDS.has(singular) || AGENT_NOUN.test(singular);
  }

  /**
   * The one person or body a headline's bare role stands for ("governor warns", "aid group says", "club promises"):
   * the single person named with that title ("Governor Elena Marasz", "the governor, Elena Marasz") or the single
   * organisation whose name ends in its noun ("the National Health Protection Agency" for "Health agency") or is
   * introduced by it ("the aid group Meridian Relief", "Meridian Relief, the region's largest aid group,"), else the
   * one whose name shows its kind (`onlyBodyOfKind`). Null when none or several are, or when the role is plural.
   */
  private bareRoleHolder(source: Span): number | null {
    const phrase = this.text.slice(source.start, source.end);
    if (!BARE_ROLE.test(phrase) || DESCRIPTIVE.test(phrase) || PRONOUN.test(phrase)) return null;
    const role = phrase.toLowerCase();
    // Only a role's or body's noun heads one (a name left unresolved is none), so few roles are ever worked out.
    const noun = role.slice(role.lastIndexOf(' ') + 1);
    if (!PERSON_ROLE_WORDS.has(noun) && !AGENT_NOUN.test(noun) && !ORG_NOMINALS.has(noun)) return null;
    return remembered(this.roleHolders, role, () => this.findRoleHolder(role, noun));
  }

  /**
   * The person a headline's or lede's owned role stands for ("Lee's lawyer says", "..., his lawyer said"): the one person
   * the story introduces with that role ("the lawyer, Ana Ruiz"), as it names a lede's source a sentence later.
   */
  private ownedRoleHolder(source: Span): number | null {
    if (this.openingParagraph === null || source.start >= this.openingParagraph.end) return null;
    const role = OWNED_ROLE.exec(this.text.slice(source.start, source.end))?.[1];
    if (role === undefined) return null;
    const holder = remembered(this.roleHolders, role, () => this.findRoleHolder(role, role));
    return holder !== null && this.types[holder] === 'PERSON' ? holder : null;
  }

  /** `bareRoleHolder` worked out once per role: the one person or organisation named with it, or null. */
  private findRoleHolder(role: string, noun: string): number | null {
    if (noun.endsWith('s')) return null;
    const titles = new Set([role, noun]);
    const holders = new Set<number>();
    // "Brightwell Mobile, the country's largest wireless carrier,": an apposition the noun ends introduces a body too.
    const apposition = new RegExp(`^,\\s+(?:the|a|an)\\s[^,.;:]{0,60}?\\b${noun},`, 'u');
    for (const [entity, mentions] of this.entityMentions) {
      const type = this.types[entity];
      const holds = (m: Mention): boolean => {
        if (m.kind !== 'name') return false;
        if (type === 'PERSON') return this.introducedAs(m, titles);
        const name = this.text.slice(m.start, m.end).toLowerCase();
        const before = this.text.slice(Math.max(0, m.start - role.length - 2), m.start).toLowerCase();
        return type === 'ORG' && (name.endsWith(` ${noun}`) || before === ` ${role} ` || apposition.test(this.text.slice(m.end, m.end + 90)));
      };
      if (mentions.some(holds)) holders.add(entity);
    }
    if (holders.size) return holders.size === 1 ? [...holders][0] : null;
    return this.ledeNominalBody(role) ?? this.onlyBodyOfKind(noun) ?? this.ledeRoleSpeaker(noun);
  }

  /**
   * The one organisation whose name shows it is of the kind `noun` names (`KIND_NAME_WORDS`): a headline's "utility
   * warns" when the story's only power supplier is "Ozark Electric Cooperative". Null when none or two are.
   */
  private onlyBodyOfKind(noun: string): number | null {
    const words = KIND_NAME_WORDS.get(noun);
    if (words === undefined) return null;
    const bodies = new Set(this.fullNames.filter(({ entity, mention }) => this.types[entity] === 'ORG' && this.text.slice(mention.start, mention.end).toLowerCase().split(/\s+/u).some((word) => words.has(word))).map(({ entity }) => entity));
    const [body] = bodies;
    return bodies.size === 1 ? body : null;
  }

  /**
   * The organisation the first "the <role>" of the story's opening paragraph stands for, through the entities layer:
   * "company says" in the headline, then "An Orbitra Launch Systems rocket ... from the company's launch site" (the
   * opening paragraph refers back to the body it has just named; later "the company"s may be others).
   */
  private ledeNominalBody(role: string): number | null {
    if (this.openingParagraph === null) return null;
    for (const m of this.mentionsIn(this.openingParagraph)) {
      const mention = this.mentions[m];
      if (mention.kind !== 'nominal' || this.text.slice(mention.start, mention.end).toLowerCase() !== `the ${role}`) continue;
      const entity = this.entityOf.get(m);
      return entity !== undefined && this.types[entity] === 'ORG' ? entity : null;
    }
    return null;
  }

  /**
   * The place or organisation owning a body that is the source, when the entities layer links the body to nothing:
   * "Kestria's foreign ministry" speaks for Kestria, "The United Nations' humanitarian office" for the United Nations,
   * "Its foreign ministry" for what "Its" stands for. A person's body ("Ms Lee's union") is not the person; the few that
   * speak in the person's name ("Ms Lee's campaign") are read by `wordsOwner`.
   */
  private bodyOwner(source: Span): number | null {
    // The head only: "The United Nations' delegation | in Brenica said".
    const owned = OWNED_BODY.exec(this.text.slice(source.start, this.headEnd(source)));
    if (owned === null) return this.bodyOfName(source);
    if (!ORG_NOMINALS.has(owned[2].toLowerCase())) return null;
    const entity = this.ownerEntity(source, owned);
    return entity !== null && this.types[entity] !== 'PERSON' ? entity : null;
  }

  /**
   * The place or organisation named after "of" closing a body's description, the owner written after it: "The foreign
   * ministry of Kestria" speaks for Kestria as "Kestria's foreign ministry" does. Not a person ("the office of Ann Lee").
   */
  private bodyOfName(source: Span): number | null {
    const body = BODY_OF_NAME.exec(this.text.slice(source.start, source.end));
    if (body === null || !ORG_NOMINALS.has(body[1])) return null;
    const entity = this.nameSpanning({ start: source.start + body[0].length, end: source.end });
    return entity !== null && this.types[entity] !== 'PERSON' ? entity : null;
  }

  /** The entity of the name mention covering exactly `span`, or null. */
  private nameSpanning(span: Span): number | null {
    const name = this.mentionsIn(span).find((m) => this.mentions[m].kind === 'name' && this.mentions[m].start === span.start && this.mentions[m].end === span.end);
    return (name === undefined ? undefined : this.entityOf.get(name)) ?? null;
  }

  /**
   * The person or body whose words are the source: "Her advice to young vets is simple: '...'" is hers, "Ana Ruiz's
   * answer was ..." Ana Ruiz's, and so are the bodies that speak in the owner's name ("his office said"). Only nouns for
   * words and those bodies: "Her lawyer" or "Its board" is someone else.
   */
  private wordsOwner(source: Span): number | null {
    const owned = OWNED_WORDS.exec(this.text.slice(source.start, source.end));
    const noun = owned?.[2].toLowerCase();
    if (owned === null || noun === undefined || !(CUE_NOUNS.has(noun) || DOCUMENTS.has(noun) || SPOKEN_WORDS.has(noun) || OWNERS_BODIES.has(noun))) return null;
    // "Monday's poll" is no one's words.
    const entity = this.ownerEntity(source, owned);
    return entity !== null && (this.types[entity] === 'PERSON' || this.isBody(entity)) ? entity : null;
  }

  /**
   * The entity of the name, pronoun or town nominal ("the city" the entities layer links to a town) that `owned`
   * (matched on the source's text) found as the owner, its group 1. Not "the country", which that layer gives to the
   * nearest country the knowledge base knows even when the text means one it does not.
   */
  private ownerEntity(source: Span, owned: RegExpExecArray): number | null {
    const ownerEnd = source.start + owned[0].indexOf(owned[1]) + owned[1].length;
    for (const k of this.mentionsIn(source)) {
      const { kind, head } = this.mentions[k];
      if ((kind !== 'name' && kind !== 'pronoun' && !(kind === 'nominal' && TOWN_NOMINALS.has(head ?? ''))) || this.mentions[k].end !== ownerEnd) continue;
      return this.entityOf.get(k) ?? null;
    }
    return null;
  }

  /**
   * The body a lone "it" right after a relative word stands for: the body whose name or nominal opens the sentence as
   * its subject, when no other body is named before the "it" ("Halden will fix the fault with an update, which it said
   * would ..."). The entities layer links such an "it" to no one.
   */
  private subjectBodyOfRelative(source: Span): number | null {
    if (this.text.slice(source.start, source.end).toLowerCase() !== 'it' || !RELATIVE_BEFORE_IT.test(this.text.slice(Math.max(0, source.start - 8), source.start))) return null;
    const start = this.openingAfterDateline(source.start);
    // "a Dubai-registered firm": a name inside a compound modifier names no body that acts.
    const bodies = this.mentionsIn({ start, end: source.start }).filter((m) => {
      const entity = this.entityOf.get(m);
      return this.mentions[m].kind !== 'pronoun' && entity !== undefined && this.isBody(entity) && this.text[this.mentions[m].end] !== '-';
    });
    const subject = bodies[0] as number | undefined;
    if (subject === undefined || !/^(?:the\s+)?$/iu.test(this.text.slice(start, this.mentions[subject].start))) return null;
    const entity = this.entityOf.get(subject) as number;
    return bodies.every((m) => this.entityOf.get(m) === entity) ? entity : null;
  }

  /**
   * Where the sentence holding `offset` opens past a wire's dateline: "WASHINGTON, Nov. 24 - | The Treasury ..." (the
   * dateline is no subject, and the point of its "Nov." closes no sentence).
   */
  private openingAfterDateline(offset: number): number {
    const sentence = this.sentenceStart(offset);
    const line = this.text.lastIndexOf('\n', offset - 1) + 1;
    const dateline = line + datelineLength(this.text.slice(line, line + DATELINE_CHARS));
    return dateline > line && sentence <= dateline && dateline <= offset ? dateline : sentence;
  }

  /** Where the sentence holding `offset` opens: after the last sentence close or line break before it. */
  private sentenceStart(offset: number): number {
    const close = this.lastSentenceBreak(offset);
    return close.index + close.length;
  }

  /** Where the close of the sentence before the one holding `offset` begins ("." of ". A Norlandic envoy"). */
  private sentenceCloseBefore(offset: number): number {
    return this.lastSentenceBreak(offset).index;
  }

  /** The last sentence close or line break within reach before `offset` (empty, at the reach's start, when none). */
  private lastSentenceBreak(offset: number): { index: number; length: number } {
    const from = Math.max(0, offset - SENTENCE_CHARS);
    const close = [...this.text.slice(from, offset).matchAll(SENTENCE_BREAK)].pop();
    return close === undefined ? { index: from, length: 0 } : { index: from + close.index, length: close[0].length };
  }

  /**
   * The one organisation named before the source whose name closes with the source's words: "the weather service"
   * after "the National Weather Service said" (news shortens a body's name to its last words, lower case). Null when
   * none or two are ("the state party" after two state parties).
   */
  private shortenedBodyName(source: Span): number | null {
    const words = SHORTENED_NAME.exec(this.text.slice(source.start, source.end))?.[1];
    if (words === undefined) return null;
    const holders = new Set<number>();
    for (const { entity, mention } of this.fullNames) {
      if (mention.end <= source.start && this.types[entity] === 'ORG' && this.text.slice(mention.start, mention.end).toLowerCase().endsWith(` ${words}`)) holders.add(entity);
    }
    const [holder] = holders;
    return holders.size === 1 ? holder : null;
  }

  /**
   * True when `name` is set in apposition after a role phrase sharing a describing word with the lede's nameless role
   * `source`: "the bloc's foreign policy chief announced ... the EU's high representative for foreign affairs, Ann
   * Lee, said" (not "the deputy leader" for "the party's leader, Ann Lee": the head alone is no match).
   */
  private introducedSharingModifier(name: Mention, source: Span): boolean {
    const modifiers = this.text.slice(source.start, source.end).toLowerCase().split(/\s+/u).slice(1, -1).filter((word) => /^\p{Ll}{4,}$/u.test(word));
    const before = this.text.slice(Math.max(0, name.start - INTRODUCTION_CHARS), name.start);
    const apposed = /(?:^|\s)the\s+([^,.;:]+),\s*$/iu.exec(before)?.[1].toLowerCase().split(/\s+/u);
    return apposed !== undefined && modifiers.some((word) => apposed.includes(word));
  }

  /**
   * The person a role with no name, closing an attribution of the text's opening paragraph after its content, stands
   * for when the story names that person next, with the role's noun: "..., the university's president said Friday."
   * then "In a message to staff, President Ana Ruiz wrote ..." (news names a lede's source a sentence later). Null
   * unless the first person named after the source is so introduced. A nameless role opening a relative before its
   * content ("was sentenced ... by a federal judge who said ...") is the first person named after it who is so
   * introduced, the lede's subject often named between.
   */
  private ledeRoleHolder(source: Span, content: Span | undefined): number | null {
    if (content === undefined) return null;
    const written = this.text.slice(source.start, source.end);
    const closing = content.end <= source.start ? CLOSING_LEDE_ROLE.exec(written) : null;
    const cataphoric = closing === null && content.start >= source.end ? CATAPHORIC_LEDE_ROLE.exec(written) : null;
    const role = (closing ?? cataphoric)?.[1];
    if (role === undefined || !PERSON_ROLE_WORDS.has(role) || (this.openingParagraph !== null && source.start > this.openingParagraph.end)) return null;
    for (const m of this.mentionsIn({ start: source.end, end: source.end + LEDE_NAME_CHARS })) {
      const mention = this.mentions[m];
      if (mention.kind !== 'name' || mention.type !== 'PERSON') continue;
      // "Director Ana Ruiz", where the mentions layer made the title a mention of its own.
      const titled = /(\p{L}+)\s+$/u.exec(this.text.slice(Math.max(0, mention.start - LEDE_TITLE_CHARS), mention.start))?.[1].toLowerCase() === role;
      if (titled || this.introducedAs(mention, new Set([role])) || this.introducedSharingModifier(mention, source)) return this.entityOf.get(m) ?? null;
      // A closing role is named in the very next name, or is the one it names who speaks at once, in the next
      // paragraph; "a judge who said" first hands the lede back to its subject ("... was sentenced by a federal judge
      // who said ... Ana Lee, 39, ... Judge Ann Roe said").
      if (closing !== null) return this.speaksInNextParagraph(mention, source.end) ? (this.entityOf.get(m) ?? null) : null;
    }
    return null;
  }

  /**
   * True when the person's name `name`, written with a title of office, stands in the paragraph after the one holding
   * `offset` as the subject of a cue verb, perhaps after an apposition: '"We are closer than ever," Ambassador Ann Roe
   * said': a lede's nameless official named where the story first quotes them. Not a resident, whom the story quotes
   * next of their own ("..., the port's director said. Islander Ruth Obi said ...").
   */
  private speaksInNextParagraph(name: Mention, offset: number): boolean {
    const [ledeEnd, nextEnd] = [...this.text.slice(offset, name.start + 1).matchAll(PARAGRAPH_BREAK)];
    if (ledeEnd === undefined || nextEnd !== undefined || !this.writtenWithTitle(name)) return false;
    const verb = /^(?:,[^,.;:"“”]{1,80},)?\s+(\p{Ll}+)/u.exec(this.text.slice(name.end, name.end + 120))?.[1];
    return verb !== undefined && CUE_VERBS.has(verb);
  }

  /** True when a title of office opens the person's name or stands right before it: "Ambassador Ann Roe". */
  private writtenWithTitle(name: Mention): boolean {
    const first = /^\p{L}+/u.exec(this.text.slice(name.start, name.end))?.[0].toLowerCase();
    const before = this.mentionsIn({ start: Math.max(0, name.start - LEDE_TITLE_CHARS), end: name.start }).at(-1);
    const titled = before !== undefined && this.mentions[before].kind === 'title' && this.text.slice(this.mentions[before].end, name.start).trim() === '';
    return titled || (first !== undefined && TITLE_WORDS.has(first));
  }

  /**
   * The person a headline's bare role stands for through the lede's nameless source of that role: "Mediator says ..."
   * over "..., Oman's chief mediator said." then '"...," Ambassador Ann Roe said' (`speaksInNextParagraph`).
   */
  private ledeRoleSpeaker(noun: string): number | null {
    if (this.openingParagraph === null) return null;
    const lede = this.text.slice(this.openingParagraph.start, this.openingParagraph.end);
    const role = new RegExp(`(?:^|\\s)(?:[Tt]he|\\p{Lu}[\\p{L}.-]*['’]s?)\\s+(?:[\\p{Ll}-]+\\s+){0,3}${escapeRegExp(noun)}\\s`, 'u').exec(lede);
    if (role === null) return null;
    const after = this.openingParagraph.start + role.index + role[0].length;
    const named = this.mentionsIn({ start: after, end: after + LEDE_NAME_CHARS }).find((m) => this.mentions[m].kind === 'name' && this.mentions[m].type === 'PERSON');
    return named !== undefined && this.speaksInNextParagraph(this.mentions[named], after) ? (this.entityOf.get(named) ?? null) : null;
  }

  /**
   * The author of a document that is the source, named after "by" or "from": "a report by the aid group Meridian Relief",
   * "a statement from the ferry operator, Islandline Shipping". The document speaks for who wrote or issued it, also
   * as the agent of the participle that tells how it came out ("documents posted Tuesday by the safety agency").
   */
  private documentAuthor(source: Span, head: string, headEnd: number): number | null {
    const issued = ISSUED_BY.exec(head);
    const noun = issued?.[1] ?? head.slice(head.search(/\S+$/u));
    // "a memo seen by the Herald": the newspaper read it, and wrote none of it.
    if (!DOCUMENTS.has(noun.toLowerCase()) || (issued !== null && READING_PARTICIPLES.has(issued[2]))) return null;
    const preposition = /^\s*(?:by|from)\s+/u.exec(this.text.slice(headEnd, source.end));
    return preposition === null ? null : this.resolveSource({ start: headEnd + preposition[0].length, end: source.end });
  }

  /** The entity of a source phrase, before the check against the quote's own words. */
  private resolveSource(source: Span, content?: Span): number | null {
    const relativeAfterName = this.nameBeforeRelativeWho(source);
    if (relativeAfterName !== null) return relativeAfterName;
    // "voters who say": the relative pronoun stands for the phrase before it.
    if (/\swho$/u.test(this.text.slice(source.start, source.end))) return this.resolveSource({ start: source.start, end: source.end - 4 });
    const relativeHead = this.describedByRelative(source);
    if (relativeHead !== null) return relativeHead;
    // "The ministry, which summoned Ambassador Ana Lee, said": a clause on "which" describes a body or a thing, so a
    // name inside it is never the speaker; the head alone is read.
    const which = /,\s*which\s/u.exec(this.text.slice(source.start, source.end));
    if (which !== null && which.index > 0) return this.resolveSource({ start: source.start, end: source.start + which.index });
    // "A senior official, who briefed reporters on condition of anonymity, said": a clause on "who" right after the
    // head describes it, so the head alone is read, and no one named in the clause ("reporters") is its apposition;
    // unless the clause gives the head's name ("Her neighbour, who gave his name only as Colin").
    const written = this.text.slice(source.start, source.end);
    const who = RELATIVE_SET_OFF.exec(written);
    if (who !== null && who.index > 0 && who.index === written.search(FIRST_SET_OFF) && !GIVES_NAME.test(written.slice(who.index))) return this.resolveSource({ start: source.start, end: source.start + who.index });
    const described = this.describedName(source) ?? this.nameBeforeApposition(source, content);
    if (described !== null) return described;
    // "Christopher Harvey, a delegate from Houston, Texas": the name before an apposition is the speaker.
    const comma = this.text.indexOf(',', source.start);
    if (comma > source.start && comma < source.end) {
      const apposed = this.apposedName(source, comma);
      // "The housing secretary, Amir Qureshi": the name, not whoever the entities layer links the title to.
      if (DESCRIPTIVE.test(this.text.slice(source.start, comma))) {
        const named = apposed ?? this.apposedBody(source, comma);
        if (named !== null) return named;
      }
      // "The Centre for Road Safety, a charity,": a body's name with a preposition inside, read as the whole head.
      const head = { start: source.start, end: comma };
      const named = this.resolveSource(head) ?? this.prepositionalName(head);
      if (named !== null) return named;
      if (apposed !== null) return apposed;
      const between = this.nameBetweenCommas(source, comma);
      if (between !== null) return between;
    }
    // "Sen. Ada Finch (I-Me.)": the bracketed party and state follow the name.
    if (this.text[source.end - 1] === ')') {
      const open = this.text.lastIndexOf('(', source.end);
      let end = open;
      while (end > source.start && this.text[end - 1] === ' ') end--;
      if (open > source.start && end > source.start) {
        const named = this.resolveSource({ start: source.start, end });
        if (named !== null) return named;
      }
    }
    const inside = this.mentionsIn(source);
    // "Lakeway Foods Opens Four Stores": a title-case headline may hide a name the mentions layer finds below it.
    if (!inside.length) return this.entityByName.get(this.text.slice(source.start, source.end)) ?? null;
    const entityEnding = (end: number, start = -1): number | null => {
      for (let k = inside.length - 1; k >= 0; k--) {
        const mention = this.mentions[inside[k]];
        if (mention.end !== end || (start >= 0 && mention.start !== start)) continue;
        const entity = this.entityOf.get(inside[k]);
        if (entity !== undefined) return entity;
      }
      return null;
    };
    // The entities layer may link the whole phrase ("the Foreign Secretary", "the leader of Russia").
    const whole = entityEnding(source.end, source.start);
    if (whole !== null) return whole;
    // "Tolliver's, which is listed on AIM": a shop's name in the possessive is the whole source, the body itself.
    const shopName = /['’]s$/u.test(this.text.slice(source.start, source.end)) ? entityEnding(source.end - 2, source.start) : null;
    if (shopName !== null && this.isBody(shopName)) return shopName;
    const headEnd = this.headEnd(source);
    if (headEnd < source.end) {
      const named = entityEnding(headEnd);
      if (named !== null) return named;
      // "a spokesperson | for the Home Office": a common-noun head is not the organisation named after it, nor is a
      // capitalised one that the mentions layer names no one in ("Allies | of Ms Ray" opening a sentence).
      const head = this.text.slice(source.start, headEnd);
      const author = this.documentAuthor(source, head, headEnd);
      if (author !== null) return author;
      // Nor is a capitalised common noun ("Families who gathered | at a church in Kessick"): the head must hold a name
      // or a title.
      const namesOrTitles = (m: number): boolean => this.mentions[m].end <= headEnd && (this.mentions[m].kind === 'name' || this.mentions[m].kind === 'title');
      if (DESCRIPTIVE.test(head) || /^[a-z]/u.test(head) || !inside.some(namesOrTitles)) return null;
    }
    return entityEnding(source.end);
  }

  /**
   * The body named right before the kind noun closing `source` ("the official IRNA | news agency", "the state-run Xinhua
   * | news agency", "Iran's semi-official Tasnim | news agency"): the name is the body the phrase stands for, the noun
   * only says what kind it is. At most one lower-case word comes between (`KIND_AFTER_NAME`).
   */
  private bodyNamedBeforeKind(source: Span): number | null {
    const inside = this.mentionsIn(source);
    for (let k = inside.length - 1; k >= 0; k--) {
      const mention = this.mentions[inside[k]];
      if (mention.kind !== 'name') continue;
      const kind = KIND_AFTER_NAME.exec(this.text.slice(mention.end, source.end));
      const entity = this.entityOf.get(inside[k]);
      return kind !== null && ORG_NOMINALS.has(kind[1].toLowerCase()) && entity !== undefined && this.types[entity] === 'ORG' ? entity : null;
    }
    return null;
  }
}

// The kind noun closing a source after a body's name, with one lower-case word before it at most: " news agency".
const KIND_AFTER_NAME = /^\s+(?:[a-z]+\s+)?([a-z]+)$/u;

/** A name mention and the entity it names. */
interface EntityName {
  entity: number;
  mention: Mention;
}

// A transcript's speaker label in capitals, as written before its colon: "WALLACE", "GOV. PENCE", "O'NEILL".
const CAPITALS_LABEL = /^(?:\p{Lu}[\p{Lu}'’.-]*\s+){0,3}\p{Lu}[\p{Lu}'’-]+$/u;

/** A surname as a label in capitals spells it: upper case, one apostrophe for both ("O’Neill" and "O'NEILL"). */
function capitalsKey(surname: string): string {
  return surname.replace(/’/gu, "'").toUpperCase();
}

/** The text after a name's last whitespace ("Vance" in "Curtis Vance"); undefined for a name of one word. */
function lastWord(name: string): string | undefined {
  return /\s(\S*)$/u.exec(name)?.[1];
}

/** True when an entity of `type` may be the holder of a person's full name: typed PERSON, or OTHER. */
function mayHoldName(type: Entity['type']): boolean {
  return type === 'PERSON' || type === 'OTHER';
}

/** The value `compute` gives for `key`, worked out once and kept in `cache`. */
function remembered<K, V>(cache: Map<K, V>, key: K, compute: () => V): V {
  if (cache.has(key)) return cache.get(key) as V;
  const value = compute();
  cache.set(key, value);
  return value;
}
