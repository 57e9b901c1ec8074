// Pronouns: "he", "she", "they", "its" and a speaking body's "It" go back to the entity they stand for, the
// previous sentence's subject first; "I" in a quotation goes to its speaker.
import { layer } from '../../doc/document.js';
import type { Mention } from '../mentions/types.js';
import { PERSON_HEADS, SINGULARS_IN_S, SPEECH_VERBS, UNNAMED_SOURCE_ROLES } from '../mentions/lexicon.js';
import { UPOS_INDEX } from '../pos/types.js';
import type { Building } from './building.js';
import { quoteMark } from './quotation.js';
import { APPOSITION_REACH, PRONOUN_REACH } from './context.js';
import { NameResolver } from './names.js';

// Words that end the opening noun phrase: articles, relatives and the verbs that follow a subject ("The police said a
// witness ..." opens with the police, not the witness).
const PHRASE_BREAKS = ['an?', 'the', 'that', 'this', 'who', 'which', 'said', 'says', 'told', 'was', 'were', 'is', 'are', 'has', 'had', 'have', 'will', 'would', 'and', 'or'].join('|');

/**
 * A sentence opening with a person the text does not name ("A Danish diplomat, speaking on condition of anonymity,
 * denied ...", "A spokesperson for the ministry said"): the heads of such phrases, people's and speakers' roles.
 */
const UNNAMED_PERSON = new RegExp(
  `^[\\s"'“‘(]*(?:an?|the|another|one)\\s+(?:(?!(?:${PHRASE_BREAKS})\\b)[\\p{L}\\d-]+\\s+){0,4}?(?:${[...PERSON_HEADS.keys(), ...UNNAMED_SOURCE_ROLES].join('|')})(?![\\p{L}'’])`,
  'iu',
);

// "Ms Lee asked Mr Ruiz", "Ms Lee then asked Mr Ruiz": a verb of asking between a subject and the one asked.
const ASKED_BETWEEN = /^\s+(?:\p{Ll}+ly\s+|then\s+|also\s+)?asked\s+$/u;
// The opening of a participle's clause after a comma or the sentence's start, perhaps after a subordinator, and its words
// up to a point inside it: "..., after examining | Ann Lee's leg"; or a past participle opening the sentence before a
// preposition or "whether", so that "United Nations envoy" or "Ted Cruz's aide" are not read as one: "Pressed on
// whether | Ann Lee should resign" ("Asked by Ms Lee whether ..., she said" has rules of its own: the one asked answers).
const FRONTED_PARTICIPLE = /(?:(?:^|,)\s*(?:(?:after|before|while|when|upon|on|by|since)\s+)?\p{Ll}+ing|^\s*(?!Asked\b)\p{Lu}\p{Ll}+ed\s+(?:on|about|by|with|over|for|whether|if|after))\s[^,]*$/u;
// "Asked by Ms Lee whether ...": the asker of a passive participle.
const ASKED_BY = /\b[Aa]sked\s+by\s+$/u;
// A sentence opening with a clause of being asked, up to a pronoun before the clause's comma: "Asked whether | she".
const ASKED_CLAUSE = /^[\s"'“‘]*(?:Asked|Pressed|Questioned)\s[^,]*$/u;

export const POSSESSIVES = /^(?:his|her|its|their)$/i;
/** Between an owner's name and the one named as what it owns: "'s barrister, " of "Reilly's barrister, Paul Stone". */
const OWNED_ROLE_BEFORE_NAME = /^['’]s?\s+(?:[\p{Ll}-]+\s+){0,3}[\p{Ll}-]+(?:,\s+|\s+)$/u;
// A common noun's plural ending ("calls", "visas"), not "-ss", "-is", "-us" ("press", "analysis", "bonus"), nor the
// "-ics" of a field or an activity ("politics", "economics"), which is one thing.
const PLURAL_ENDING = /[^siu]s$/iu;
const FIELD_ENDING = /ics$/iu;

// What only an organisation or a place owns, not a product, work or event ("its shares", "its chief executive"): "its"
// before one of these, a sentence after a product was named, still means the organisation.
const ORGANISATION_POSSESSIONS = new Set(['shares', 'stock', 'profit', 'profits', 'revenue', 'revenues', 'earnings', 'employees', 'staff', 'workforce', 'workers', 'members', 'headquarters', 'spokesman', 'spokeswoman', 'spokesperson', 'executive', 'executives', 'boss', 'board', 'shareholders', 'investors', 'subsidiary', 'subsidiaries', 'factories', 'branches', 'leaders', 'troops', 'citizens']);

/** A phrase of a preposition opening a sentence, set off by a comma: "In a statement, ", "On its website, ". */
const FRONTED_PHRASE = /^(?:In|On|At|Through|Via|Under)\s[^,.;:"“‘]{1,80},\s+/u;

/** Whether a common noun reads as a plural by its ending ("calls"), unless it is a singular that ends so ("news"). */
function looksPlural(noun: string): boolean {
  return PLURAL_ENDING.test(noun) && !FIELD_ENDING.test(noun) && !SINGULARS_IN_S.has(noun.toLowerCase());
}

// Object pronouns, and what stands between a verb's subject and its object pronoun: one verb, after a closing comma.
const OBJECT_PRONOUNS: ReadonlySet<string> = new Set(['him', 'her', 'them']);
const VERB_ONLY = /^,?\s*\p{Ll}+\s+$/u;
// What follows an object "her" rather than the noun a possessive "her" owns.
const AFTER_OBJECT_HER = /^\s*(?:[,.;:!?)"”’]|$|(?:of|to|for|that|and|or|but|on|in|with|as|at|by|from|about|over|after|before|again|out|up|down|off|away)\b(?!-))/u;

/** An apposition between a speaker and the verb of saying: ", the Panama coach," (no quotation mark or clause break inside). */
const SPEAKER_APPOSITION = ',[^,;:"“”.!?]{2,80},';
/** The word after a speaker, past an apposition if there is one, and an apposition ending a stretch of text. */
const WORD_AFTER_SPEAKER = new RegExp(`^(?:${SPEAKER_APPOSITION})?\\s+(\\p{L}+)`, 'u');
const APPOSITION_ENDING = new RegExp(`${SPEAKER_APPOSITION}$`, 'u');

/** Resolves pronouns, and first-person pronouns in quotations to their speakers. */
export class PronounResolver extends NameResolver {
  /** Mentions by start and by end offset (the longest at each), built when a quotation's speaker is first sought. */
  private startingAt = new Map<number, number>();
  private endingAt = new Map<number, number>();
  /** Start offsets of the plural common nouns, in order, found when a plural pronoun is first resolved. */
  private pluralNouns: number[] | undefined;

  /**
   * Whether mention `j` lies in a participle's clause set off by a comma right before pronoun `i`: "after examining Ann
   * Lee's leg, | she insisted". The pronoun is the participle's subject too, and no object inside its clause.
   */
  private inFrontedParticiple(j: number, i: number): boolean {
    const between = this.doc.text.slice(this.mentions[j]!.end, this.mentions[i]!.start);
    return this.sentenceOf[j] === this.sentenceOf[i] && /^[^,.;:]*,\s*$/u.test(between) && this.opensInParticiple(j);
  }

  /** Whether mention `j` lies in a participle's clause opening its sentence or set off by a comma before it. */
  private opensInParticiple(j: number): boolean {
    return FRONTED_PARTICIPLE.test(this.doc.text.slice(layer(this.doc, 'sentences')[this.sentenceOf[j]]!.start, this.mentions[j]!.start));
  }

  /** Whether mention `i` is a possessive pronoun ("her" of "In her memoir"), which owns a noun and is never a subject. */
  private possessive(i: number): boolean {
    return this.mentions[i]!.kind === 'pronoun' && POSSESSIVES.test(this.text(this.mentions[i]!));
  }

  /**
   * "Reilly's barrister, Paul Stone, began": the person named as what the name at `j` owns, whom a subject like that
   * stands for; the owner is only its determiner.
   */
  private roleHolderOwnedBy(j: number, fits: (e: Building) => boolean): Building | undefined {
    const owner = this.mentions[j]!;
    const named = this.mentions[j + 1];
    const e = this.assigned[j + 1];
    if (owner.kind !== 'name' || !named || named.kind !== 'name' || !e || this.sentenceOf[j + 1] !== this.sentenceOf[j]) return undefined;
    if (!OWNED_ROLE_BEFORE_NAME.test(this.doc.text.slice(owner.end, named.start))) return undefined;
    const holder = this.live(e);
    return fits(holder) ? holder : undefined;
  }

  /**
   * Whether the narration's sentence before `sentence` opens with a person it does not name: a "he" or "she" opening
   * the next one most often is that person ('... denied the raid. "We do not comment," he said'), whom no entity
   * holds, so the pronoun stays unresolved rather than reaching back to someone named earlier.
   */
  private previousSentenceOpensWithUnnamedPerson(sentence: number, distance: (s: number) => number): boolean {
    let s = sentence - 1;
    while (s >= 0 && distance(s) < 1) s--;
    return s >= 0 && this.sentenceOpensWithUnnamedPerson(s);
  }

  /**
   * Whether sentence `s` opens with a person it does not name ("A spokesperson for the ministry said"), and, when
   * `relative`, a relative clause of that person ("A miner who ...").
   */
  private sentenceOpensWithUnnamedPerson(s: number, relative = false): boolean {
    const bounds = layer(this.doc, 'sentences')[s]!;
    const opening = UNNAMED_PERSON.exec(this.doc.text.slice(bounds.start, Math.min(bounds.end, bounds.start + 200)));
    if (!opening) return false;
    if (relative && !/^\s+(?:who|whose)\s/u.test(this.doc.text.slice(bounds.start + opening[0].length, bounds.end))) return false;
    const headEnd = bounds.start + opening[0].length;
    // "The Foreign Secretary", "the defector": a title or nominal mention there belongs to an entity.
    for (let j = this.firstMention[s]!; j >= 0 && j < this.mentions.length && this.sentenceOf[j] === s; j++) {
      if (this.mentions[j]!.start < headEnd && this.mentions[j]!.end >= headEnd && this.assigned[j]) return false;
    }
    return true;
  }

  /** Whether a plural common noun ("calls", "visas") starts between offsets `from` and `to`. */
  private pluralNounBetween(from: number, to: number): boolean {
    if (!this.pluralNouns) {
      const { starts, ends, count } = layer(this.doc, 'tokens');
      const { tags } = layer(this.doc, 'pos');
      this.pluralNouns = [];
      for (let t = 0; t < count; t++) {
        if (tags[t] === UPOS_INDEX.NOUN && ends[t]! - starts[t]! > 3 && looksPlural(this.doc.text.slice(starts[t], ends[t]))) this.pluralNouns.push(starts[t]!);
      }
    }
    let low = 0;
    let high = this.pluralNouns.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (this.pluralNouns[mid]! < from) low = mid + 1;
      else high = mid;
    }
    return low < this.pluralNouns.length && this.pluralNouns[low]! < to;
  }

  /**
   * Whether a plural pronoun at `i` may stand for the group mentioned at `j` in an earlier sentence as its subject:
   * "they" also stands for the many things and people the text names by plural nouns without marking them ("calls",
   * "manufacturers"), so a plural noun before the group in its sentence, or between that sentence and the pronoun,
   * makes the group one candidate of several.
   */
  private subjectGroupUncontested(j: number, i: number): boolean {
    const own = layer(this.doc, 'sentences')[this.sentenceOf[j]]!;
    return !this.pluralNounBetween(own.start, this.mentions[j]!.start) && !this.pluralNounBetween(own.end, this.mentions[i]!.start);
  }

  /**
   * Pronouns agree in gender; the subject of the previous sentence comes first, then the nearest person. Returns
   * whether the pronoun is settled: resolved, or left alone on purpose ("it", an "its" nearer a product); else a
   * possessive may still look ahead.
   */
  protected pronoun(i: number, ahead: boolean): boolean {
    const m = this.mentions[i]!;
    const agreement = m.agreement;
    // "they" stands for a group of people the text named by a plural phrase ("the girls"); organisations are left
    // alone, as news most often says "they" of people the text does not mark ("Web developers ... they").
    const fits = (e: Building): boolean =>
      agreement === 'male' || agreement === 'female'
        ? e.type === 'PERSON' && !e.plural && (e.gender === undefined || e.gender === agreement)
        : agreement === 'neuter'
          ? e.type === 'ORG' || e.type === 'GPE' || e.type === 'LOC'
          : agreement === 'plural' && e.plural === true;
    // Any "it" but a speaking body's is left alone.
    if (agreement === 'neuter' && !/^its$/i.test(this.text(m))) {
      const body = this.speakingBody(i);
      if (body) this.add(body, i);
      return true;
    }
    const sentence = this.sentenceOf[i];
    // '"... a good day for Vladimir Putin," he said': a pronoun outside a quotation does not look inside one, in its
    // own sentence or before it ('"Putin is weak," Ms Lee said. She added ...'), and the sentences of a long
    // quotation do not count against its reach ('Ms Lee said: "..." [five quoted sentences] She added ...').
    const narration = !this.quoted[i];
    const visible = (j: number): boolean => this.quoted[j] === this.quoted[i] || (!narration && this.sentenceOf[j] !== sentence);
    const distance = (s: number): number => (narration ? this.narrativeBefore[sentence]! - this.narrativeBefore[s]! : sentence - s);
    let chosen: Building | undefined;
    if (ahead) {
      // "In their view, voters ...": a plural possessive ahead of a group mostly means people the text does not mark.
      if (agreement === 'plural') return false;
      for (let j = i + 1; j < this.mentions.length && this.sentenceOf[j] === sentence; j++) {
        const e = this.assigned[j];
        if (e && this.mentions[j]!.kind !== 'pronoun' && fits(this.live(e))) {
          chosen = this.live(e);
          break;
        }
      }
    } else {
      const gendered = agreement === 'male' || agreement === 'female';
      // "Asked whether she would settle, Ms Lee laughed": the one asked, named after the clause, read ahead of its turn.
      const answer = gendered ? this.askedAnswer(i) : undefined;
      if (answer !== undefined) {
        if (!this.assigned[answer]) this.name(answer);
        const asked = this.assigned[answer] && this.live(this.assigned[answer]!);
        if (!asked || !fits(asked)) return false;
        this.add(asked, i);
        return true;
      }
      let firstInSentence = true;
      let personBefore = false;
      // A name inside a fronted participle's clause leaves the pronoun its sentence's first subject ("Pressed on whether
      // Ann Lee should resign, he paused": the previous sentence's subject).
      for (let j = i - 1; j >= 0 && this.sentenceOf[j] === sentence; j--) {
        if (!this.assigned[j] || !visible(j) || this.inFrontedParticiple(j, i)) continue;
        firstInSentence = false;
        if (this.live(this.assigned[j]!).type === 'PERSON') personBefore = true;
      }
      if (firstInSentence && gendered && this.previousSentenceOpensWithUnnamedPerson(sentence, distance)) return false;
      // "A miner who spoke on condition of anonymity because he feared ...": in the relative clause of a person the
      // sentence opens with and does not name, the pronoun is that person, whom no entity holds.
      if (!personBefore && gendered && this.sentenceOpensWithUnnamedPerson(sentence, true)) return false;
      // "France recalled its envoy. Its foreign ministry said": an "Its" opening a sentence is the previous one's subject
      // too, unless that sentence names a product, work or event, which "its" may as well mean (see below).
      const subjectFirst = agreement !== 'neuter' || (this.opensSentence(i) && !this.namesThing(sentence - 1));
      if (firstInSentence && subjectFirst) {
        // "Mr Cleverly will commit ... . He is expected to say": the previous sentence's subject.
        const subjectReach = agreement === 'neuter' ? 1 : PRONOUN_REACH;
        for (let s = sentence - 1; s >= 0 && distance(s) <= subjectReach && !chosen; s--) {
          for (let j = this.firstMention[s]!; j >= 0 && j < i && this.sentenceOf[j] === s; j++) {
            const e = this.assigned[j];
            // "In her memoir, Kalder wrote that ... . She argued": a possessive is no subject, whoever it stands for.
            // "Pressed on whether Ann Lee should resign, he paused. He said": nor is a name inside a fronted participle's
            // clause.
            if (e && visible(j) && fits(this.live(e)) && !this.possessive(j) && !this.opensInParticiple(j)) {
              if (agreement === 'plural' && !this.subjectGroupUncontested(j, i)) return false;
              chosen = this.roleHolderOwnedBy(j, fits) ?? this.live(e);
              // "Mr Bhakta asked Mr Marsh whether ... . He said ...": the one asked answers.
              const asked = this.askedAfter(j);
              if (asked && fits(asked)) chosen = asked;
              break;
            }
          }
        }
      }
      if (!chosen) {
        const reach = agreement === 'neuter' || agreement === 'plural' ? 1 : PRONOUN_REACH;
        const subject = this.objectPronoun(m) ? this.subjectOfVerbBefore(i) : undefined;
        // Read once, when a product named in an earlier sentence first asks (it depends on the pronoun only).
        let ownsOrganisationThing: boolean | undefined;
        for (let j = i - 1; j >= 0 && distance(this.sentenceOf[j]!) <= reach; j--) {
          const e = this.assigned[j];
          // "Kelso Radio, its main rival": a product, work or event nearer than any organisation or place is as
          // likely what "its" means, so it stays unresolved (settled: nor does it look ahead); unless it was named in
          // an earlier sentence and "its" owns what only an organisation or place has ("Its shares rose").
          const product = e && visible(j) && agreement === 'neuter' && this.live(e).type === 'OTHER';
          if (product && (this.sentenceOf[j] === sentence || !(ownsOrganisationThing ??= this.ownsOrganisationThing(m)))) return true;
          if (e && visible(j) && fits(this.live(e)) && this.live(e) !== subject && !this.asker(j, i) && !this.inFrontedParticiple(j, i)) {
            chosen = this.live(e);
            break;
          }
        }
      }
    }
    if (!chosen) return false;
    if (!chosen.gender && (agreement === 'male' || agreement === 'female')) chosen.gender = agreement;
    this.add(chosen, i);
    return true;
  }

  /**
   * The name mention that a "he" or "she" at `i`, in a clause of being asked opening its sentence, stands for: the
   * person named right after a comma and before a verb, the main clause's subject and the one asked ("Asked whether
   * she would settle, Ann Lee laughed"; not "Asked whether he feared that Ann Lee, the favourite, would win, ...").
   */
  private askedAnswer(i: number): number | undefined {
    const m = this.mentions[i]!;
    if (!/^(?:he|she)$/iu.test(this.text(m))) return undefined;
    if (!ASKED_CLAUSE.test(this.doc.text.slice(layer(this.doc, 'sentences')[this.sentenceOf[i]]!.start, m.start))) return undefined;
    for (let j = i + 1; j < this.mentions.length && this.sentenceOf[j] === this.sentenceOf[i]; j++) {
      const name = this.mentions[j]!;
      if (name.kind !== 'name' || name.type !== 'PERSON') continue;
      const before = this.doc.text.slice(Math.max(m.end, name.start - 3), name.start);
      if (/,\s*$/u.test(before) && /^\s+\p{Ll}/u.test(this.doc.text.slice(name.end, name.end + 3))) return j;
    }
    return undefined;
  }

  /** The entity of the mention right after "asked" following mention `j` ("Ms Lee asked Mr Ruiz"), if any. */
  private askedAfter(j: number): Building | undefined {
    const k = j + 1;
    if (k >= this.mentions.length || this.sentenceOf[k] !== this.sentenceOf[j] || !this.assigned[k]) return undefined;
    return ASKED_BETWEEN.test(this.doc.text.slice(this.mentions[j]!.end, this.mentions[k]!.start)) ? this.live(this.assigned[k]!) : undefined;
  }

  /** Whether mention `j` is the asker of an "Asked by X whether ..." opening the sentence of pronoun `i`: X does not answer. */
  private asker(j: number, i: number): boolean {
    return this.sentenceOf[j] === this.sentenceOf[i] && ASKED_BY.test(this.doc.text.slice(Math.max(0, this.mentions[j]!.start - 12), this.mentions[j]!.start));
  }

  /** Whether sentence `s` mentions a product, work or event ("the Tarsen Accord"). */
  private namesThing(s: number): boolean {
    for (let j = this.firstMention[s] ?? -1; j >= 0 && j < this.mentions.length && this.sentenceOf[j] === s; j++) {
      const e = this.assigned[j];
      if (e && this.live(e).type === 'OTHER') return true;
    }
    return false;
  }

  /**
   * "The company said ... . It said it would ...": an "It" opening a narrated sentence before a verb of speech is the
   * organisation the previous sentence opens with, perhaps after a fronted phrase ("In a bulletin, the agency said");
   * undefined when that sentence opens with anything else.
   */
  private speakingBody(i: number): Building | undefined {
    const m = this.mentions[i]!;
    if (this.text(m) !== 'It' || this.quoted[i] || !this.opensSentence(i)) return undefined;
    const verb = /^\s+(\p{Ll}+)/u.exec(this.doc.text.slice(m.end, m.end + 30))?.[1];
    if (!verb || !SPEECH_VERBS.has(verb)) return undefined;
    const first = this.sentenceOf[i] > 0 ? this.subjectOpening(this.sentenceOf[i] - 1) : -1;
    const e = first >= 0 ? this.assigned[first] : undefined;
    return e && !this.quoted[first] && this.live(e).type === 'ORG' ? this.live(e) : undefined;
  }

  /**
   * The mention opening sentence `s`, or opening it right after a fronted phrase of a preposition set off by a comma
   * ("In a statement, | the agency said"); -1 when none does.
   */
  private subjectOpening(s: number): number {
    const first = this.firstMention[s]!;
    if (first < 0 || this.opensSentence(first)) return first;
    const bounds = layer(this.doc, 'sentences')[s]!;
    const fronted = FRONTED_PHRASE.exec(this.doc.text.slice(bounds.start, bounds.end));
    if (!fronted) return -1;
    for (let j = first; j < this.mentions.length && this.sentenceOf[j] === s; j++) if (this.mentions[j]!.start === bounds.start + fronted[0].length) return j;
    return -1;
  }

  /** Whether one of the three words after a possessive names what only an organisation or place owns ("its annual profits"). */
  private ownsOrganisationThing(m: Mention): boolean {
    const after = /^(?:\s+[\p{L}-]+){1,3}/u.exec(this.doc.text.slice(m.end, m.end + 60))?.[0] ?? '';
    return after.trim().split(/\s+/u).some((word) => ORGANISATION_POSSESSIONS.has(word.toLowerCase()));
  }

  /** Whether a pronoun is a verb's object: "him", "them", and "her" not before the noun it owns ("accused her of", not "her keys"). */
  private objectPronoun(m: Mention): boolean {
    const word = this.text(m).toLowerCase();
    if (word !== 'her') return OBJECT_PRONOUNS.has(word);
    return AFTER_OBJECT_HER.test(this.doc.text.slice(m.end, m.end + 12));
  }

  /**
   * "The shadow chancellor, Mel Stride, accused her": the entity of the subject whose verb an object pronoun follows,
   * which the pronoun cannot be ("herself" would be); undefined when one verb does not stand between them.
   */
  private subjectOfVerbBefore(i: number): Building | undefined {
    const j = i - 1;
    if (j < 0 || this.sentenceOf[j] !== this.sentenceOf[i] || !this.assigned[j]) return undefined;
    return VERB_ONLY.test(this.doc.text.slice(this.mentions[j]!.end, this.mentions[i]!.start)) ? this.live(this.assigned[j]!) : undefined;
  }

  /**
   * Gives a first-person pronoun to the speaker of its quotation: the person right after the closing mark with a
   * verb of saying beside it ('…," said Okafor', '…," Okafor said', '…," she said', '…," Okafor, the coach, said'),
   * else the person right before the opening mark with one ('Okafor said: "…', 'Okafor, the coach, said, "…').
   */
  protected speaker(i: number): void {
    const { text } = this.doc;
    const m = this.mentions[i]!;
    if (this.startingAt.size === 0) {
      this.mentions.forEach((n, j) => {
        if (!this.startingAt.has(n.start)) this.startingAt.set(n.start, j);
        const longest = this.endingAt.get(n.end);
        if (longest === undefined || this.mentions[longest]!.start > n.start) this.endingAt.set(n.end, j);
      });
    }
    const close = quoteMark(text, m.end, 1);
    const open = quoteMark(text, m.start - 1, -1);
    let speaker: number | undefined;
    if (close >= 0) {
      const after = /^[\s,]*(?:(\p{L}+)\s+)?/u.exec(text.slice(close + 1, close + 40))!;
      const verbFirst = after[1] !== undefined && SPEECH_VERBS.has(after[1]);
      const at = close + 1 + (verbFirst ? after[0].length : /^[\s,]*/u.exec(text.slice(close + 1))![0].length);
      const j = this.startingAt.get(at);
      if (j !== undefined && (verbFirst || this.speechVerbAfter(this.mentions[j]!.end))) speaker = j;
    }
    if (speaker === undefined && open > 0) {
      const base = Math.max(0, open - 60);
      // 'Okafor said: "…', and 'Okafor said. "…' (a quotation going on after its attribution).
      const before = /(\S+)\s+(\p{L}+)[:,.]?\s*$/u.exec(text.slice(base, open));
      if (before && SPEECH_VERBS.has(before[2]!)) speaker = this.subjectEndingBefore(base + before.index + before[1]!.length);
    }
    const entity = speaker !== undefined ? this.assigned[speaker] : undefined;
    if (entity && this.live(entity).type === 'PERSON' && !this.live(entity).plural) this.add(this.live(entity), i);
  }

  /** Whether a verb of saying follows offset `at`, right away or after an apposition ("Okafor said", "Okafor, the coach, said"). */
  private speechVerbAfter(at: number): boolean {
    const verb = WORD_AFTER_SPEAKER.exec(this.doc.text.slice(at, at + APPOSITION_REACH + 20));
    return verb !== null && SPEECH_VERBS.has(verb[1]!);
  }

  /**
   * The mention that is the subject of a verb of saying whose preceding word ends at `end`: the longest mention ending
   * there, or, when that word closes an apposition ("Okafor, the Panama coach, said"), the one before the apposition.
   */
  private subjectEndingBefore(end: number): number | undefined {
    const direct = this.endingAt.get(end);
    if (direct !== undefined) return direct;
    const apposition = APPOSITION_ENDING.exec(this.doc.text.slice(Math.max(0, end - APPOSITION_REACH), end));
    return apposition ? this.endingAt.get(end - apposition[0].length) : undefined;
  }
}
