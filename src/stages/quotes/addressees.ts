// Addressees after a cue ("told reporters", "wrote to the council"): skipped, never taken as the speaker.
import { PERSON_ROLE_WORDS } from '../mentions/lexicon.js';
import { GATHERINGS, THINGS_TOLD } from './cues.js';
import { type Context, lower, isCapitalised, isInnerCapitalised, isPluralPossessive, isPossessiveMark, lowerWordAt, closesSentence, isWordAt, isNounWord, isNumberAt, isVerbPast, inHeadline, isHyphenInWord } from './context.js';
import { skipAdjuncts, continuesNoun, complementSoon, PLURAL_NOUN, DETERMINERS, SUBJECT_PRONOUNS, isFiniteAuxiliary } from './complements.js';

// Addressees of "told"/"warned" that are not names: skipped before the content, never taken as the speaker.
export const OBJECT_WORDS = new Set(['him', 'her', 'them', 'us', 'me', 'you', 'reporters', 'journalists', 'lawmakers', 'supporters', 'voters', 'the', 'a', 'an', 'his', 'their', 'its', 'our', 'my', 'your', 'students', 'members', 'parliament', 'congress', 'colleagues', 'allies', 'officials', 'delegates', 'leaders', 'listeners', 'viewers', 'readers', 'crowd', 'audience', 'press', 'media', 'ministers', 'senators', 'donors', 'diplomats', 'counterparts']);

// Words opening an indirect question after an addressee: "told the radio station why ...".
export const QUESTION_WORDS = new Set(['why', 'how', 'whether', 'what']);

// Personal pronouns that open the reported clause after an addressee: "told the board they ...", "Tells Voters They ...".
const CLAUSE_PRONOUNS = new Set(['he', 'she', 'it', 'they', 'we', 'i']);

/** Words that end an addressee's noun phrase after its determiner: a complement, a preposition, an adjunct. */
const ADDRESSEE_ENDS = new Set(['that', 'of', 'in', 'on', 'at', 'for', 'with', 'about', 'to', 'from', 'by', 'last', 'this', 'during', 'after', 'before', 'and', 'but', 'or', ...CLAUSE_PRONOUNS]);

/**
 * The question word after the addressee of "asked" from token `from` ("asked the minister | whether ...", "asked
 * reporters | why ..."), or `from` when no addressee stands before a question.
 */
export function addresseeBeforeQuestion(c: Context, from: number, last: number): number {
  const end = skipAddressee(c, from, last);
  return end > from && end <= last && isWordAt(c, end) && QUESTION_WORDS.has(lower(c, end)) ? end : from;
}

/** True when `word` names a person by role, singular or plural ("the mayor", "officers"). */
export function isPersonRole(word: string): boolean {
  return PERSON_ROLE_WORDS.has(word) || (PLURAL_NOUN.test(word) && PERSON_ROLE_WORDS.has(word.slice(0, -1)));
}

/**
 * True when token `k` is a lower-case plural noun for people that a clause follows, so it is the addressee of "told" rather than
 * the reported clause's subject: "told analysts | the company ...", "warned investors | it ...".
 */
function isPluralAddressee(c: Context, k: number, last: number): boolean {
  const word = lowerWordAt(c, k, last);
  if (word === null || !PLURAL_NOUN.test(word) || !isNounWord(word) || k + 1 > last || c.regionOf[k + 1] >= 0) return false;
  // "told stories the children loved": what is told, with a relative clause, is no addressee.
  if (THINGS_TOLD.has(word)) return false;
  // Not before "that", which may open the noun's relative clause ("told stories that nobody believed").
  const next = lower(c, k + 1);
  return DETERMINERS.has(next) || SUBJECT_PRONOUNS.has(next);
}

/** Skips an addressee ("reporters", "the BBC", "Mr Lavrov") after "told"; returns the first content token. */
export function skipAddressee(c: Context, from: number, last: number): number {
  const audience = headlineAudienceEnd(c, from, last);
  if (audience > from) return audience;
  let k = from;
  if (!OBJECT_WORDS.has(lower(c, k)) && isPluralAddressee(c, k, last)) return k + 1;
  if (k <= last && OBJECT_WORDS.has(lower(c, k))) {
    // "told the court in a filing", "told a regular briefing in Beijing that": a determiner takes the noun after it,
    // with a describing word or two before it, into the addressee.
    // A longer phrase is the addressee only when a complement follows it ("told a rather odd tale" has none:
    // the phrase is what was told).
    if (DETERMINERS.has(lower(c, k))) {
      // ", the minister told a Senate panel on Tuesday.", "..., he told the BBC's Today programme.": a gathering or
      // programme closing the sentence (but for adjuncts) heard it; with more after it, the phrase is read as below.
      const heard = gatheringEnd(c, k + 1, last);
      if (heard >= 0 && closesSentence(c, skipAdjuncts(c, afterPlace(c, skipAdjuncts(c, heard, last), last), last), last)) return heard;
      let j = k;
      // "told the 15-member council": a number joined to its noun by a hyphen is one describing word.
      for (let words = 0; j + 1 <= last && words < 3; words++) {
        const compound = numberCompoundEnd(c, j + 1, last);
        if (compound > 0) j = compound;
        else if (isWordAt(c, j + 1) && !isCapitalised(c, j + 1) && !ADDRESSEE_ENDS.has(lower(c, j + 1)) && !QUESTION_WORDS.has(lower(c, j + 1)) && !DETERMINERS.has(lower(c, j + 1))) j++;
        else break;
      }
      // "told the radio station why ...": a question after the phrase makes it the addressee too.
      const longer = j > k + 1 && j < last && (QUESTION_WORDS.has(lower(c, j + 1)) || complementSoon(c, skipAdjuncts(c, j + 1, last), last) >= 0);
      // "told a rather odd tale", "told the story of the flood": a phrase naming a thing told, or going on past
      // its second word with no complement after it, is what was told, not who heard it.
      // ", the mayor told his closest aides.": a longer phrase whose last word names people is who heard the words.
      const hearers = longer ? -1 : hearersBefore(c, k + 2, j, last);
      if (!longer && hearers < 0 && (holdsThingTold(c, k + 1, j) || continuesNoun(c, k + 2, last))) return from;
      const modifier = Math.max(k, numberCompoundEnd(c, k + 1, last));
      k = longer ? j : hearers >= 0 ? hearers : modifier + 1 <= last && isWordAt(c, modifier + 1) && !isCapitalised(c, modifier + 1) && lower(c, modifier + 1) !== 'that' ? modifier + 1 : modifier;
    }
    k++;
  }
  // A name, which may run on with "of" ("The Gazette of Halden") or a plural possessive and its noun ("Finch’s
  // office", "the teachers’ union"), or be a brand with capitals inside ("told talkSPORT"); a capitalised pronoun opens
  // the clause told ("Tells Council They Must Act", "told Jo I would").
  for (;;) {
    if (k <= last && isWordAt(c, k) && ((isCapitalised(c, k) && !CLAUSE_PRONOUNS.has(lower(c, k))) || isInnerCapitalised(c, k) || (lower(c, k) === 'of' && k > from && k < last && isCapitalised(c, k + 1)))) k++;
    else if (k > from && k < last && isPluralPossessive(c, k)) k += 2;
    // "told BBC Radio 4’s Today programme that", "told ABC’s Nightline that": a number after a name and a singular
    // possessive before a name or a programme belong to it.
    else if (k > from && namedProgrammeGoesOn(c, k, last)) k = afterNumberOrPossessive(c, k, last);
    // "told Radio Halden’s breakfast show that", "told ABC’s Morning Desk show that": a programme's noun after the name
    // closes it, when "that" follows.
    else if (k > from && programmeBeforeThat(c, k, last) > k) return programmeBeforeThat(c, k, last);
    // "Tells #SaveThePier Campaigners ...": a hashtag's mark glued to its word belongs to the name.
    else if (k < last && c.text[c.tokens.starts[k]] === '#' && c.tokens.ends[k] === c.tokens.starts[k + 1] && isWordAt(c, k + 1)) k++;
    else return k;
  }
}

/**
 * True when token `k`, right after a name, is a number or a singular possessive ("Radio | 4", "BBC | ’s", "4 | ’ | s")
 * that the name runs on past: a number before a possessive, a possessive before a capitalised word or a gathering's
 * noun ("’s Today programme", "’s breakfast show"). "told Reuters 12 people died" keeps the number for the content.
 */
function namedProgrammeGoesOn(c: Context, k: number, last: number): boolean {
  if (!isCapitalised(c, k - 1) && !isNumberAt(c, k - 1)) return false;
  const after = afterNumberOrPossessive(c, k, last);
  if (after === k || after > last) return false;
  if (isNumberAt(c, k)) return possessiveEnd(c, after, last) > after;
  return isWordAt(c, after) && (isCapitalised(c, after) || gatheringEnd(c, after, last) >= 0);
}

/** The "that" after a gathering's or programme's noun phrase opening at word `k` (`gatheringEnd`), or -1. */
function programmeBeforeThat(c: Context, k: number, last: number): number {
  const end = isWordAt(c, k) ? gatheringEnd(c, k, last) : -1;
  return end > k && end <= last && c.regionOf[end] < 0 && lower(c, end) === 'that' ? end : -1;
}

/** The token after the number or singular possessive at token `k` (`possessiveEnd`), or `k` when it is neither. */
function afterNumberOrPossessive(c: Context, k: number, last: number): number {
  return isNumberAt(c, k) && c.regionOf[k] < 0 ? k + 1 : possessiveEnd(c, k, last);
}

/**
 * The token after a singular possessive's ending at token `k`, glued to the word before it: a mark of its own ("’s"),
 * or an apostrophe and an "s" ("4 | ’ | s"); else `k`.
 */
function possessiveEnd(c: Context, k: number, last: number): number {
  if (k === 0 || c.regionOf[k] >= 0 || c.tokens.starts[k] !== c.tokens.ends[k - 1]) return k;
  if (isPossessiveMark(c, k) && lower(c, k).endsWith('s')) return k + 1;
  const apostrophe = lower(c, k) === "'" || lower(c, k) === '’';
  return apostrophe && k < last && lower(c, k + 1) === 's' && c.tokens.starts[k + 1] === c.tokens.ends[k] ? k + 2 : k;
}

// Prepositions of a place phrase after a gathering: "told a news conference in Leeds", "at the Capitol".
const PLACE_PHRASE_OPENERS = new Set(['in', 'at']);

/** The token after a place phrase at token `k`, a preposition and a capitalised name ("in Leeds", "at the Capitol"); else `k`. */
function afterPlace(c: Context, k: number, last: number): number {
  if (k > last || !PLACE_PHRASE_OPENERS.has(lower(c, k))) return k;
  let j = k + 1 <= last && lower(c, k + 1) === 'the' ? k + 2 : k + 1;
  if (j > last || !isCapitalised(c, j)) return k;
  while (j <= last && isWordAt(c, j) && isCapitalised(c, j)) j++;
  return j;
}

// How many tokens a gathering's noun phrase may run to after its determiner ("BBC | 's | Today | programme").
const MAX_GATHERING_TOKENS = 5;

/**
 * The token after a gathering's or programme's noun (`GATHERINGS`) ending the noun phrase that opens at token `from`
 * after a determiner, names and possessives before it included ("Senate | panel", "BBC | 's | Today | programme");
 * else -1.
 */
function gatheringEnd(c: Context, from: number, last: number): number {
  for (let k = from; k <= last && k < from + MAX_GATHERING_TOKENS; k++) {
    if (!isWordAt(c, k) && !isPossessiveMark(c, k)) return -1;
    const word = lower(c, k);
    if (GATHERINGS.has(word)) return k + 1 <= last && GATHERINGS.has(lower(c, k + 1)) ? k + 2 : k + 1;
    if (ADDRESSEE_ENDS.has(word) || QUESTION_WORDS.has(word) || DETERMINERS.has(word)) return -1;
  }
  return -1;
}

/**
 * The token after a headline's bare noun phrase opening at token `from` that ends in a gathering's or court's noun
 * before a clause ("Witness tells | appeals court | governor ordered ..."), or -1. A headline drops the article that
 * would mark the addressee, and a court or a panel is who heard the words, never their subject; with no verb after
 * it the phrase is what was promised or told ("promises Benghazi panel report").
 */
function headlineAudienceEnd(c: Context, from: number, last: number): number {
  if (!inHeadline(c, from)) return -1;
  for (let k = from; k < last && k < from + MAX_GATHERING_TOKENS; k++) {
    if (!isWordAt(c, k) || c.regionOf[k] >= 0 || ADDRESSEE_ENDS.has(lower(c, k)) || DETERMINERS.has(lower(c, k))) return -1;
    if (GATHERINGS.has(lower(c, k))) return isWordAt(c, k + 1) && !ADDRESSEE_ENDS.has(lower(c, k + 1)) && verbSoon(c, k + 2, last) ? k + 1 : -1;
  }
  return -1;
}

// Most words of a headline clause's subject before its verb: "governor | ordered", "rebel commander | wanted".
const MAX_HEADLINE_SUBJECT = 3;

/** True when a past form or a finite auxiliary stands among the words from token `k` on, within `MAX_HEADLINE_SUBJECT`. */
function verbSoon(c: Context, k: number, last: number): boolean {
  for (let j = k; j <= last && j < k + MAX_HEADLINE_SUBJECT; j++) {
    if (!isWordAt(c, j) || c.regionOf[j] >= 0) return false;
    if (isVerbPast(lower(c, j)) || isFiniteAuxiliary(lower(c, j))) return true;
  }
  return false;
}

/** True when `word` names people who may hear words: by role ("advisers"), as a group ("the crowd"), or a gathering. */
function namesPeople(word: string): boolean {
  return isPersonRole(word) || (OBJECT_WORDS.has(word) && !DETERMINERS.has(word)) || GATHERINGS.has(word);
}

/**
 * The last of tokens `[from, to]` that ends the noun phrase on a word naming people (`namesPeople`: "his closest
 * | advisers | as he ..."), or -1. Not before "of" ("the then secretary of state"), nor with a "that" later in the
 * sentence, which the longer reading finds past adjuncts the skip does not know ("a packed crowd in Elm, Ohio, that").
 */
function hearersBefore(c: Context, from: number, to: number, last: number): number {
  for (let k = from + 1; k <= last; k++) if (lower(c, k) === 'that') return -1;
  for (let k = to; k >= from; k--) if (namesPeople(lower(c, k)) && !continuesNoun(c, k + 1, last) && lower(c, k + 1) !== 'of') return k;
  return -1;
}

/** True when a lower-case word among tokens `[from, to]` names a thing told ("story", "tales"; `thingsTold` in the data). */
function holdsThingTold(c: Context, from: number, to: number): boolean {
  for (let k = from; k <= to; k++) if (isWordAt(c, k) && THINGS_TOLD.has(lower(c, k))) return true;
  return false;
}

/** The last token of a number joined to a word by a hyphen at token `k` ("15-member", "193-nation"), or -1. */
function numberCompoundEnd(c: Context, k: number, last: number): number {
  return k + 2 <= last && isNumberAt(c, k) && isHyphenInWord(c, k + 1) && isWordAt(c, k + 2) ? k + 2 : -1;
}

/**
 * The first content token after an address cue's addressee from token `from` (`skipAddressee`), unless a finite verb
 * follows the phrase: in "warned the plan would fail" the phrase is the reported clause's subject, no addressee.
 */
export function addresseeEnd(c: Context, from: number, last: number): number {
  const end = skipAddressee(c, from, last);
  const next = end <= last && c.regionOf[end] < 0 ? lower(c, end) : '';
  return end > from && isFiniteAuxiliary(next) ? from : end;
}
