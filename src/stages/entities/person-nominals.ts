// Person nominals: "the defector", "the 45-year-old", "the Brazilian said", and groups of people ("the girls").
import { layer } from '../../doc/document.js';
import type { Mention } from '../mentions/types.js';
import { escapeRegExp } from '../../doc/literal.js';
import { UPOS_INDEX } from '../pos/types.js';
import { type Building, genderFits } from './building.js';
import { APPOSITION_REACH, DEFINITE, NOMINAL_REACH, PRONOUN_REACH } from './context.js';
import { PronounResolver } from './pronouns.js';

// An apposition giving a person no name but a code: ", identified only as P-0417", ", known only as Witness 12".
const IDENTIFIED_BY_CODE = /^,\s+(?:identified|known|named|referred\s+to)\s+only\s+(?:as|by)\s+(\p{Lu}[\p{L}\p{N}-]*(?:\s+\p{N}+)?(?<=\p{N}))/u;

/** The patterns of `indefiniteWith`, by head: built once per head, not once per description. */
const INDEFINITE_BY_HEAD = new Map<string, RegExp>();

/**
 * A phrase bringing someone in with "a", "an" or "another" and the head `head` ("a doctor at the main hospital"), not
 * one in apposition or after "is" or "as", which describes someone named ("Ann Lee, a doctor,").
 */
function indefiniteWith(head: string): RegExp {
  let pattern = INDEFINITE_BY_HEAD.get(head);
  if (pattern === undefined) {
    pattern = new RegExp(`(?<!,\\s*|\\b(?:is|was|as|be|been|became)\\s+)\\b(?:an?|another)\\s+(?:[\\p{L}-]+\\s+){0,3}?${escapeRegExp(head)}\\b`, 'giu');
    INDEFINITE_BY_HEAD.set(head, pattern);
  }
  return pattern;
}

// Demonyms that name one person as nouns: "Australian", "Frenchman", "Israeli", "Scot", "Spaniard".
const PERSON_DEMONYM = /(?:an|man|woman|er|i|ot|on|ard|ite)$/u;

/** Resolves descriptions of a person or a group of people. */
export class PersonNominals extends PronounResolver {
  /** Head noun of a plural person phrase ("girls") → its group. */
  private readonly groups = new Map<string, Building>();

  /**
   * Whether a demonym stands for one person, as a noun after "the" before a verb: "The Australian said", "the Scot
   * added". Forms naming a people as a whole ("the French", "the Swiss", "the Chinese") or many ("the Australians") do not.
   */
  protected demonymForPerson(m: Mention): boolean {
    if (!/(?:^|\s)[Tt]he\s+$/u.test(this.doc.text.slice(Math.max(0, m.start - 5), m.start)) || !PERSON_DEMONYM.test(this.text(m))) return false;
    const { starts, count } = layer(this.doc, 'tokens');
    let low = 0;
    let high = count;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (starts[mid]! < m.end) low = mid + 1;
      else high = mid;
    }
    const tag = low < count ? layer(this.doc, 'pos').tags[low] : undefined;
    return tag === UPOS_INDEX.VERB || tag === UPOS_INDEX.AUX;
  }

  /**
   * "the defector", "the 45-year-old": the person named most recently in an earlier sentence whose gender fits;
   * a person named in the same sentence is someone else ("Smith met the defector").
   */
  protected personNominal(i: number): void {
    const m = this.mentions[i]!;
    if (m.agreement === 'plural') return this.groupNominal(i, m);
    const apposed = this.apposedName(i);
    if (apposed >= 0) {
      const named = this.entityOfName(apposed);
      if (named.type === 'PERSON' && genderFits(named.gender, m.agreement)) return this.add(named, i);
    }
    // "The witness, identified only as P-0417,": someone the text knows by a code only, no one named before.
    const code = IDENTIFIED_BY_CODE.exec(this.doc.text.slice(m.end, m.end + APPOSITION_REACH))?.[1];
    if (code !== undefined) {
      const created = this.create('PERSON');
      created.names.add(code);
      return this.add(created, i);
    }
    // "The witness denied it": a definite description said again is whom it described before.
    const described = this.describedBefore(i);
    if (described) return this.add(described, i);
    const introduced = this.introducedIndefinitely(i);
    // Earlier sentences only: start before the sentence's first mention (linear on one huge sentence).
    for (let j = this.firstMention[this.sentenceOf[i]]! - 1; j >= 0 && this.sentenceOf[i] - this.sentenceOf[j] <= PRONOUN_REACH; j--) {
      const e = this.assigned[j];
      if (!e) continue;
      // "... rejected by a driver at the depot, who would not give a name. 'No,' the driver said": the
      // description is the person the text brought in with it since, whom no entity holds.
      if (this.mentions[j]!.start < introduced) return;
      const live = this.live(e);
      if (live.type !== 'PERSON' || live.names.size === 0) continue;
      if (!genderFits(live.gender, m.agreement)) continue;
      this.add(live, i);
      if (!live.gender && (m.agreement === 'male' || m.agreement === 'female')) live.gender = m.agreement;
      return;
    }
  }

  /**
   * Where the last "a" or "an" phrase with the head of the definite person description `i` opens in the sentences a
   * description looks back over ("a doctor at the main hospital" for "the doctor"); -1 when there is none.
   */
  private introducedIndefinitely(i: number): number {
    const m = this.mentions[i]!;
    if (!m.head || !DEFINITE.test(this.text(m))) return -1;
    const sentences = layer(this.doc, 'sentences');
    const from = sentences[Math.max(0, this.sentenceOf[i]! - PRONOUN_REACH)]!.start;
    const found = [...this.doc.text.slice(from, m.start).matchAll(indefiniteWith(m.head.toLowerCase()))].pop();
    return found === undefined ? -1 : from + found.index;
  }

  /**
   * The entity of the last singular person description before mention `i`, within a nominal's reach, with the same head
   * as `i`, a definite description ("the witness" after "The witness, identified only as ..."); undefined for none.
   */
  private describedBefore(i: number): Building | undefined {
    const m = this.mentions[i]!;
    if (!DEFINITE.test(this.text(m)) || !m.head) return undefined;
    for (let j = i - 1; j >= 0 && this.sentenceOf[i]! - this.sentenceOf[j]! <= NOMINAL_REACH; j--) {
      const before = this.mentions[j]!;
      if (before.kind !== 'nominal' || before.type !== 'PERSON' || before.agreement === 'plural' || before.head?.toLowerCase() !== m.head.toLowerCase()) continue;
      const e = this.assigned[j];
      return e && this.live(e);
    }
    return undefined;
  }

  /**
   * "the girls" … "the girls": a definite plural person phrase is a group, the same group as the last phrase with its
   * head; an indefinite one ("voters", "many people") starts a group of its own, as such phrases are mostly generic.
   */
  private groupNominal(i: number, m: Mention): void {
    const head = m.head ?? '';
    const known = DEFINITE.test(this.text(m)) ? this.groups.get(head) : undefined;
    const entity = known ? this.live(known) : this.create('PERSON', { plural: true });
    this.groups.set(head, entity);
    this.add(entity, i);
  }
}
