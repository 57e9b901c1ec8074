// People's names: honorifics and the offices they name, the short and full forms of a person's name in the
// text ("Cleverly" after "James Cleverly"), and the knowledge-base person a name means.
import type { Mention } from '../mentions/types.js';
import { HONORIFICS, PERSON_ROLE_WORDS, TITLE_MODIFIERS } from '../mentions/lexicon.js';
import { type Building, genderFits } from './building.js';
import { DocumentContext } from './context.js';

// How many of the latest entities are searched for an earlier holder of a surname of the right gender.
const SURNAME_SEARCH = 200;

// Honorifics that are offices ("President Biden"), unlike courtesy titles ("Mr", "Dr").
const ROLE_HONORIFICS = new Set(['President', 'Speaker', 'Senator', 'Sen', 'Governor', 'Gov', 'Chancellor', 'Premier', 'Mayor', 'Judge', 'Ambassador', 'Commissioner', 'General', 'Gen', 'Admiral', 'Adm', 'King', 'Queen', 'Prince', 'Princess', 'Pope', 'Emir', 'Sheikh', 'Rep', 'Justice']);
// Courtesy honorifics a judge's style "Justice" follows ("Mr Justice", "Lady Justice").
const JUDGES_COURTESIES = new Set(['Mr', 'Mrs', 'Ms', 'Lord', 'Lady']);

/** The name without leading honorifics ("Mr Cleverly" → "Cleverly"), nor the modifier of one ("State Rep. Martin Osei"). */
export function bareName(text: string): string {
  return text.split(/\s+/u).slice(honorificCount(text)).join(' ');
}

/** How many words of a person's name are honorifics, a modifier before the first one included. */
function honorificCount(text: string): number {
  const words = text.split(/\s+/u);
  let i = words.length > 2 && TITLE_MODIFIERS.has(words[0]!.toLowerCase()) && HONORIFICS.has(words[1]!) ? 1 : 0;
  while (i < words.length - 1 && HONORIFICS.has(words[i]!)) i++;
  return i;
}

/** The office a person's honorifics name, lower-cased: the last that is an office ("President Biden" → "president"). */
export function officeOfHonorifics(text: string): string | undefined {
  const words = text.split(/\s+/u).map((w) => w.replace(/\.$/, ''));
  const honorifics = honorificCount(text);
  const offices = words.slice(0, honorifics).filter((w, k) => ROLE_HONORIFICS.has(w) && (w !== 'Justice' || isJudgesStyle(words, k, honorifics)));
  const office = offices.pop();
  return office === 'Justice' ? 'judge' : office?.toLowerCase();
}

/**
 * Whether the "Justice" at `k` of a name's words is a British judge's style ("Mrs Justice Harcourt", "Justice Marsh"):
 * after a courtesy honorific, or last of the honorifics before no title word; "Justice Secretary Mahmood" is a minister.
 */
function isJudgesStyle(words: string[], k: number, honorifics: number): boolean {
  if (JUDGES_COURTESIES.has(words[k - 1] ?? '')) return true;
  return k === honorifics - 1 && !PERSON_ROLE_WORDS.has((words[k + 1] ?? '').toLowerCase());
}

/** Finds the earlier entity or the knowledge-base person a person's name stands for, and indexes names for later. */
export abstract class PersonNames extends DocumentContext {
  /** Person names as written (honorifics dropped) → entity. */
  private readonly personNames = new Map<string, Building>();
  /** Surnames (and given names of two-word names) → the last entity named with them. */
  private readonly personWords = new Map<string, Building>();
  /**
   * Surnames → the first entity named in full with them: the person the story is about ("Ruth Kalder ... her nephew,
   * Simon Kalder ... Kalder wrote"), whom a bare surname marking no gender stands for.
   */
  private readonly firstSurnameHolders = new Map<string, Building>();
  private readonly kbPeople = new Map<string, string | undefined>();

  /** See `fullNamesBySurname`, which builds it when a knowledge-base person is first sought by surname. */
  private surnameHolders: Map<string, string[]> | undefined;

  /**
   * A given name alone joined by "and" to a full name shares its surname: "Luis and Teresa Ocampo" are Luis Ocampo and
   * Teresa Ocampo. Only a name the mentions layer knows as a given name (it marks a gender) takes it.
   */
  protected withSharedSurname(i: number, bare: string): string {
    const m = this.mentions[i]!;
    const next = this.mentions[i + 1];
    if (bare.includes(' ') || (m.agreement !== 'male' && m.agreement !== 'female') || next?.kind !== 'name' || next.type !== 'PERSON') return bare;
    if (this.doc.text.slice(m.end, next.start) !== ' and ') return bare;
    const words = bareName(this.text(next)).split(/\s+/u);
    return words.length === 2 ? `${bare} ${words[1]}` : bare;
  }

  /** A person's earlier entity: same knowledge-base person, same name, or a surname or given name of a fuller one. */
  protected findPerson(m: Mention, bare: string): Building | undefined {
    if (m.kbId) {
      const known = this.byKb.get(m.kbId);
      if (known) return known;
    }
    const kbId = this.kbPerson(bare, m.agreement);
    if (kbId && this.byKb.has(kbId)) return this.byKb.get(kbId);
    // "Cleverly" after "James Cleverly"; "James Cleverly" after "Cleverly"; "Ahmed" after "Ahmed Mohamed"; never a
    // person of the other gender ("Mr Clinton" after "Hillary Clinton").
    const agrees = (e: Building | undefined): Building | undefined => {
      const live = e && this.live(e);
      return live && genderFits(live.gender, m.agreement) ? live : undefined;
    };
    const words = bare.split(/\s+/u);
    const same = agrees(this.personNames.get(bare));
    if (same) return same;
    if (words.length === 1) {
      const gendered = m.agreement === 'male' || m.agreement === 'female';
      const short = agrees((gendered ? undefined : this.firstSurnameHolders.get(bare)) ?? this.personWords.get(bare));
      if (short) return short;
      // "Luis and Teresa Ocampo ... Mr Ocampo": the surname's last holder is of the other gender; an earlier one may fit.
      if (this.personWords.has(bare) && (m.agreement === 'male' || m.agreement === 'female')) {
        const fitting = this.recentHolderOfSurname(bare, m.agreement);
        if (fitting) return fitting;
      }
    }
    const longer = agrees(this.personNames.get(words[words.length - 1]!));
    return longer && longer.names.size > 0 && [...longer.names].every((n) => !n.includes(' ')) ? longer : undefined;
  }

  /** The latest of the last `SURNAME_SEARCH` entities that is a person of `gender` with a full name ending in `surname`. */
  private recentHolderOfSurname(surname: string, gender: 'male' | 'female'): Building | undefined {
    for (let k = this.entities.length - 1; k >= 0 && k >= this.entities.length - SURNAME_SEARCH; k--) {
      const e = this.entities[k]!;
      if (!e.into && e.type === 'PERSON' && e.gender === gender && [...e.names].some((n) => n.endsWith(` ${surname}`))) return e;
    }
    return undefined;
  }

  /** Indexes a person's name for later shorter or longer forms; later names win, so the most recent person is found. */
  protected indexPerson(entity: Building, bare: string): void {
    this.personNames.set(bare, entity);
    const words = bare.split(/\s+/u);
    if (words.length < 2) return;
    this.personWords.set(words[words.length - 1]!, entity);
    if (!this.firstSurnameHolders.has(words[words.length - 1]!)) this.firstSurnameHolders.set(words[words.length - 1]!, entity);
    if (words.length === 2 && !this.personWords.has(words[0]!)) this.personWords.set(words[0]!, entity);
  }

  /**
   * The knowledge-base person a name means: by full name, or by surname when one holder of an office on the date has
   * it; never one of the other gender than the mention marks ("Ms Lee" is no minister Lee Jong-sup).
   */
  protected kbPerson(bare: string, agreement: Mention['agreement']): string | undefined {
    const key = `${agreement ?? ''}|${bare}`;
    if (this.kbPeople.has(key)) return this.kbPeople.get(key);
    const id = this.lookupKbPerson(bare, agreement);
    this.kbPeople.set(key, id);
    return id;
  }

  private lookupKbPerson(bare: string, agreement: Mention['agreement']): string | undefined {
    const byName = this.kb.personByName(bare).filter((p) => genderFits(p.gender, agreement));
    if (byName.length === 1) return byName[0]!.id;
    if (bare.includes(' ') || !this.date) return undefined;
    const serving = this.kb.personBySurname(bare).filter((p) => genderFits(p.gender, agreement) && this.kb.rolesOf(p.id, this.date).length > 0);
    if (serving.length !== 1) return undefined;
    const holder = serving[0]!;
    // "Curtis Vance … Vance": a surname the text gives in full to someone else is that person's, wherever it stands;
    // a fuller form of the holder's own name ("Marco Antonio Rubio") shares the given name.
    const given = holder.name.split(/\s+/u)[0];
    const same = (full: string): boolean => full.split(/\s+/u)[0] === given || this.kb.personByName(full).some((p) => p.id === holder.id);
    return (this.fullNamesBySurname().get(bare) ?? []).every(same) ? holder.id : undefined;
  }

  /** Surnames → the many-word names the text gives people (or leaves untyped) with them; built on first use. */
  private fullNamesBySurname(): Map<string, string[]> {
    if (this.surnameHolders) return this.surnameHolders;
    const holders = new Map<string, string[]>();
    for (const m of this.mentions) {
      if (m.kind !== 'name' || (m.type !== 'PERSON' && m.type !== 'OTHER')) continue;
      const full = bareName(this.text(m));
      const words = full.split(/\s+/u);
      if (words.length < 2) continue;
      const surname = words[words.length - 1]!;
      const names = holders.get(surname);
      if (names) names.push(full);
      else holders.set(surname, [full]);
    }
    return (this.surnameHolders = holders);
  }
}
