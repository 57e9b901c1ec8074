// Titles and roles: a title bound to the name it introduces or stands beside, the offices and roles the text
// teaches the document, the knowledge base's holders on the article's date, and the places people are written with.
import type { Mention } from '../mentions/types.js';
import type { Building } from './building.js';
import { APPOSITION_REACH, NOMINAL_REACH, PRONOUN_REACH } from './context.js';
import { OrganisationNames } from './organisation-names.js';

// Titles that name no particular office, only leadership of the country they are given with.
const GENERIC_LEADERS = new Set(['leader', 'chief', 'head', 'ruler', 'strongman', 'boss', 'autocrat', 'dictator']);

/** Whether two role heads name one office, the one written out or abbreviated ("sen" and "senator", "gov" and "governor"). */
function headsFit(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length >= 3 && long.startsWith(short);
}

/**
 * Whether two titles with the same head noun may name one office: the words before the head of one hold all of the
 * other's ("minister" and "Defence Minister", "foreign minister" and "Deputy Foreign Minister"), so "the foreign
 * minister" is never the "Defence Minister" named before.
 */
function modifiersAgree(held: string, role: string): boolean {
  const modifiers = (title: string): string[] => title.toLowerCase().split(/\s+/u).slice(0, -1);
  const [a, b] = [modifiers(held), modifiers(role)];
  return a.every((word) => b.includes(word)) || b.every((word) => a.includes(word));
}

/** What may stand between a person phrase and the name apposed to it: its complement and the comma ("of IndustriAll Europe, "). */
const APPOSITION_GAP = /^(?:\s+(?:of|at|for)\s+[^,;“”"]{1,60})?,\s*$/u;
/** The most characters from a phrase to its apposition's comma that APPOSITION_GAP allows, with room for spaces. */
const APPOSITION_GAP_CHARS = 100;

// A possessive's mark right after a name ("Tarsania's").
const POSSESSOR_MARK = /^['’]s/u;

/** Gives title mentions their holders and learns from them who holds which office. */
export abstract class TitleResolver extends OrganisationNames {
  /** Office key → the entity the document ties it to. */
  private readonly officeHolders = new Map<string, Building>();
  /** Role as written ("foreign secretary") → the entity the document ties it to. */
  protected readonly roleHolders = new Map<string, Building>();
  /** A place's name, lower-cased → the people the text writes with it ("Maine Sen. Ada Finch", "Finch of Maine"). */
  private readonly peopleOfPlace = new Map<string, Set<Building>>();

  /** Titles right before a name ("Foreign Secretary James Cleverly") or after it in apposition (", the foreign minister,"). */
  protected appositions(i: number, entity: Building): void {
    const m = this.mentions[i]!;
    if (entity.type !== 'PERSON') return;
    // Only mentions ending within a short reach before the name can introduce it.
    for (let j = i - 1; j >= 0 && this.mentions[j]!.end > m.start - APPOSITION_REACH; j--) {
      const t = this.mentions[j]!;
      if (t.end > m.start) continue;
      if (t.kind === 'title' && !this.assigned[j] && /^[\s,]*$/u.test(this.doc.text.slice(t.end, m.start))) this.bindTitle(j, entity);
    }
    for (let j = i + 1; j < this.mentions.length; j++) {
      const t = this.mentions[j]!;
      if ((t.kind === 'title' || this.appositiveNominal(t)) && /^\s*,\s*$/u.test(this.doc.text.slice(m.end, t.start))) {
        this.bindTitle(j, entity);
        break;
      }
      if (t.start >= m.end + 3) break;
    }
  }

  /** "Montalvo, the defector, said": a singular person phrase closed by a comma or the sentence's end. */
  private appositiveNominal(t: Mention): boolean {
    return t.kind === 'nominal' && t.type === 'PERSON' && t.agreement !== 'plural' && /^\s*[,.;)]/u.test(this.doc.text.slice(t.end, t.end + 3));
  }

  /** Ties a title mention to an entity and teaches the document who holds it. */
  private bindTitle(j: number, entity: Building): void {
    const t = this.mentions[j]!;
    this.add(entity, j);
    // "the Vermont senator, Bernie Sanders", "Vermont senator Bernie Sanders".
    this.learnPlace(this.placeInside(j) ?? this.placeRightBefore(j), this.live(entity));
    if (!t.role) return;
    entity.textRoles.push({ title: t.role, ...(t.of ? { of: t.of } : {}) });
    if (t.former) return;
    this.learnRole(t, this.live(entity));
  }

  private learnRole(t: Mention, entity: Building): void {
    const offices = t.offices ?? [];
    // Only an office the text pins down ("US secretary of state", "Foreign Secretary") is learnt by key.
    if (t.of || offices.length === 1) for (const key of offices) this.officeHolders.set(key, entity);
    const key = `${t.role}|${t.of ?? ''}`;
    // A title-only entity with this role was this person all along ("the Foreign Secretary" … "Foreign Secretary James Cleverly").
    const earlier = this.roleHolders.get(key);
    if (earlier && earlier !== entity && !earlier.kbId && earlier.names.size === 0 && earlier.type === 'PERSON') this.merge(earlier, entity);
    this.roleHolders.set(key, entity);
    if (!this.roleHolders.has(`${t.role}|`)) this.roleHolders.set(`${t.role}|`, entity);
  }

  /** A title not bound to a name: who the document or the knowledge base says holds it. */
  protected title(i: number): void {
    const t = this.mentions[i]!;
    const next = this.nextName(i);
    if (next !== undefined) {
      // "prime minister Denys Shmyal": the title introduces the name that follows.
      const entity = this.name(next);
      if (!this.assigned[i]) this.bindTitle(i, entity);
      return;
    }
    // "The head of IndustriAll Europe, Judith Kirton-Darling, said": the name set beside it by commas.
    const apposed = this.apposedName(i);
    if (apposed >= 0) {
      const entity = this.entityOfName(apposed);
      if (!this.assigned[i]) this.bindTitle(i, entity);
      return;
    }
    // "The shadow foreign secretary": the opposition's spokesperson, never the office's holder nor who holds it later.
    if (/\bshadow\s/iu.test(this.text(t))) {
      this.add(this.create('PERSON'), i);
      return;
    }
    // "A Western diplomat, who spoke on condition of anonymity, said": an indefinite title opening its sentence, with
    // no name beside it, brings in someone new, not whoever the text has called a diplomat before.
    if (/^an?\s/iu.test(this.text(t)) && this.opensSentence(i)) return;
    const place = this.placeInside(i);
    const entity = this.placedHolder(t, place) ?? this.titleHolder(t, i);
    if (entity) {
      this.add(entity, i);
      if (t.role) entity.textRoles.push({ title: t.role, ...(t.of ? { of: t.of } : {}) });
      return;
    }
    if (/^an?\s/i.test(this.text(t))) return;
    // "the Vermont senator": the place says whose office it is (see `placedHolder`), which the text's most mentioned
    // person need not hold.
    const lead = place ? undefined : this.protagonist(t, i);
    if (lead) {
      this.add(lead, i);
      if (t.role) lead.textRoles.push({ title: t.role, ...(t.of ? { of: t.of } : {}) });
      if (t.role) this.roleHolders.set(`${t.role}|${t.of ?? ''}`, lead);
      return;
    }
    // A definite title nobody holds yet stands for someone the text may name later.
    const created = this.create('PERSON', t.of && /^[A-Z]{3}$/.test(t.of) ? { country: t.of } : {});
    this.add(created, i);
    if (t.role) created.textRoles.push({ title: t.role, ...(t.of ? { of: t.of } : {}) });
    if (t.role) this.roleHolders.set(`${t.role}|${t.of ?? ''}`, created);
  }

  /**
   * "Oliver Dowden will ... . The Deputy Prime Minister said": a capitalised definite title nobody is known to
   * hold goes to the most mentioned person so far whom neither the text nor the knowledge base gives a role.
   */
  private protagonist(t: Mention, i: number): Building | undefined {
    const text = this.text(t);
    if (!/^[Tt]he\s+\p{Lu}/u.test(text) || !/\s\p{Lu}/u.test(text)) return undefined;
    // "the Sheriff's office": a title in the possessive modifies something else.
    if (/^\s?['’]/u.test(this.doc.text.slice(t.end, t.end + 2))) return undefined;
    let best: Building | undefined;
    for (const e of this.entities) {
      if (e.into || e.type !== 'PERSON' || e.textRoles.length > 0 || e.mentions.length === 0 || e.mentions[0]! > i) continue;
      if (this.sentenceOf[i] - this.sentenceOf[e.last] > PRONOUN_REACH) continue;
      // Only a name the document shows to be a person's (a given name, an honorific, the knowledge base).
      if (!e.gender && !e.kbId) continue;
      if (e.kbId && this.date && this.kb.rolesOf(e.kbId, this.date).length > 0) continue;
      if (t.of && e.country && e.country !== t.of) continue;
      if (!best || e.mentions.length > best.mentions.length) best = e;
    }
    return best;
  }

  /**
   * "Dowden to tell ... . The Deputy Prime Minister will ... . Oliver Dowden": a title-only entity whose title
   * came before the name showed a person goes, once the whole text is read, to that protagonist.
   */
  protected lateProtagonists(): void {
    for (const e of this.entities) {
      if (e.into || e.type !== 'PERSON' || e.kbId || e.names.size > 0 || e.mentions.length === 0) continue;
      const first = this.mentions[e.mentions[0]!]!;
      // Only a title in the headline or standfirst, before the body names anyone.
      if (!/^[Tt]he\s+\p{Lu}/u.test(this.text(first)) || this.sentenceOf[e.mentions[0]!] > 2) continue;
      let best: Building | undefined;
      for (const other of this.entities) {
        if (other === e || other.into || other.type !== 'PERSON' || other.names.size === 0 || other.mentions[0]! > e.mentions[0]!) continue;
        if (!other.gender && !other.kbId) continue;
        if (other.textRoles.length > 0 || (other.kbId && this.date && this.kb.rolesOf(other.kbId, this.date).length > 0)) continue;
        if (first.of && other.country && other.country !== first.of) continue;
        if (!best || other.mentions.length > best.mentions.length) best = other;
      }
      if (best) this.merge(e, best);
    }
  }

  /** Records that the text writes person `entity` with the place named `place`. */
  protected learnPlace(place: string | undefined, entity: Building): void {
    if (!place) return;
    let people = this.peopleOfPlace.get(place);
    if (!people) this.peopleOfPlace.set(place, (people = new Set<Building>()));
    people.add(entity);
  }

  /** The place named right before mention `i`, with only spaces between ("Maine" of "Maine Sen. Ada Finch"). */
  protected placeRightBefore(i: number): string | undefined {
    const before = this.mentions[i - 1];
    return before && before.kind === 'name' && before.type === 'GPE' && /^ +$/u.test(this.doc.text.slice(before.end, this.mentions[i]!.start)) ? this.text(before).toLowerCase() : undefined;
  }

  /** The place named right after mention `i` and "of" ("Vermont" of "Sanders of Vermont"). */
  protected placeAfterOf(i: number): string | undefined {
    const after = this.mentions[i + 1];
    return after && after.kind === 'name' && after.type === 'GPE' && this.doc.text.slice(this.mentions[i]!.end, after.start) === ' of ' ? this.text(after).toLowerCase() : undefined;
  }

  /** The place named inside title mention `i` ("Vermont" in "the Vermont senator"). */
  private placeInside(i: number): string | undefined {
    const t = this.mentions[i]!;
    for (let j = i + 1; j < this.mentions.length && this.mentions[j]!.start < t.end; j++) {
      const m = this.mentions[j]!;
      if (m.kind === 'name' && m.type === 'GPE' && m.end <= t.end) return this.text(m).toLowerCase();
    }
    return undefined;
  }

  /**
   * "the Vermont senator": the person the text writes with that place ("Vermont Sen. Bernie Sanders", "Sanders of
   * Vermont") and a role the title's head fits ("Sen." abbreviates "senator"), or with no role at all when only one
   * such person is written with the place; not the last senator named, who may be another state's. `place` is the
   * place named inside the title (`placeInside`).
   */
  private placedHolder(t: Mention, place: string | undefined): Building | undefined {
    const head = t.role?.split(/\s+/u).pop();
    if (!place || !head) return undefined;
    const people = [...new Set([...(this.peopleOfPlace.get(place) ?? [])].map((e) => this.live(e)))];
    const fitting = people.filter((e) => e.textRoles.some((r) => headsFit(r.title.split(/\s+/u).pop()!, head)));
    if (fitting.length) return fitting.reduce((a, b) => (b.last > a.last ? b : a));
    return people.length === 1 && people[0]!.textRoles.length === 0 ? people[0] : undefined;
  }

  /** The person name right after a title, separated only by space or a comma. */
  private nextName(i: number): number | undefined {
    const t = this.mentions[i]!;
    for (let j = i + 1; j < this.mentions.length; j++) {
      const m = this.mentions[j]!;
      if (m.start < t.end) continue;
      if (m.type === 'PERSON' && m.kind === 'name' && /^[\s,]*$/u.test(this.doc.text.slice(t.end, m.start))) return j;
      return undefined;
    }
    return undefined;
  }

  private titleHolder(t: Mention, i: number): Building | undefined {
    const offices = t.offices ?? [];
    for (const key of offices) {
      const holder = this.officeHolders.get(key);
      if (holder) return this.live(holder);
    }
    if (!t.former && this.date) {
      // A holder on the article's date whom the document already names, the latest mentioned first
      // ("The Prime Minister" → "Liz Truss"; "the president" after "President Biden" → Biden, not Putin).
      let single: string | undefined;
      let count = 0;
      let named: Building | undefined;
      for (const key of offices) {
        for (const person of this.kb.holders(key, this.date)) {
          const known = this.byKb.get(person.id);
          if (known && (!named || this.live(known).last > named.last)) named = this.live(known);
          if (single !== person.id) count++;
          single = person.id;
        }
      }
      if (named) return named;
      const role = t.role ? this.roleHolders.get(`${t.role}|${t.of ?? ''}`) : undefined;
      if (role) return this.live(role);
      // The office is pinned down ("the Russian president", "the Foreign Secretary"): its holder that day.
      if ((t.of || offices.length === 1) && count === 1 && single) return this.personEntity(single);
    } else if (t.role) {
      const role = this.roleHolders.get(`${t.role}|${t.of ?? ''}`);
      if (role) return this.live(role);
    }
    const head = t.role?.split(/\s+/u).pop();
    // "the Taiwanese leader": a generic title of a country goes to the last person of that country.
    if (t.of && head && GENERIC_LEADERS.has(head)) {
      for (let j = i - 1; j >= 0 && this.sentenceOf[i] - this.sentenceOf[j] <= NOMINAL_REACH * 2; j--) {
        const e = this.assigned[j];
        if (!e) continue;
        const live = this.live(e);
        if (live.type === 'PERSON' && (live.country === t.of || live.textRoles.some((r) => r.of === t.of))) return live;
      }
    }
    // "the minister": the last person the text gave a role with the same head noun.
    if (!head || !/^the\s/i.test(this.text(t))) return undefined;
    for (let j = i - 1; j >= 0 && this.sentenceOf[i] - this.sentenceOf[j] <= NOMINAL_REACH * 2; j--) {
      const e = this.assigned[j];
      if (!e) continue;
      const live = this.live(e);
      if (live.type === 'PERSON' && live.textRoles.some((r) => r.title.split(/\s+/u).pop() === head && modifiersAgree(r.title, t.role!))) return live;
    }
    return undefined;
  }

  /**
   * The name set beside a person phrase by commas ("The head of IndustriAll Europe, Judith Kirton-Darling, said"): the
   * index of a person-name mention right after the phrase, its "of/at/for" complement and a comma, closed by a comma or
   * a full stop; else -1.
   */
  protected apposedName(i: number): number {
    const m = this.mentions[i]!;
    // The comma is looked for only as far as APPOSITION_GAP can reach: a long text with no comma left was scanned to its
    // end per mention (a 5 MB line of short sentences took minutes).
    const reach = this.doc.text.slice(m.end, m.end + APPOSITION_GAP_CHARS).indexOf(',');
    if (reach < 0) return -1;
    const comma = m.end + reach;
    for (let j = i + 1; j < this.mentions.length && this.sentenceOf[j] === this.sentenceOf[i]; j++) {
      const n = this.mentions[j]!;
      // Names inside the complement ("of IndustriAll Europe") come before the comma.
      if (n.kind !== 'name' || n.start <= comma) continue;
      // "The president, Tarsania's environment minister Raúl Estevan,": a possessor of the name's own title.
      if (n.type !== 'PERSON' && POSSESSOR_MARK.test(this.doc.text.slice(n.end, n.end + 2))) continue;
      if (n.type !== 'PERSON') return -1;
      const after = this.doc.text.slice(n.end, n.end + 1);
      const gap = APPOSITION_GAP.test(this.doc.text.slice(m.end, n.start)) || this.titledAfterComma(comma, j);
      return gap && (after === ',' || after === '.') ? j : -1;
    }
    return -1;
  }

  /**
   * Whether the name mention `j` follows the comma at `comma` with only its own title between, perhaps owned by a place
   * or body: ", Tarsania's environment minister | Raúl Estevan", ", former senator | Bob Hale".
   */
  private titledAfterComma(comma: number, j: number): boolean {
    const title = this.mentions[j - 1];
    if (!title || title.kind !== 'title' || title.start <= comma || this.doc.text.slice(title.end, this.mentions[j]!.start).trim() !== '') return false;
    if (this.doc.text.slice(comma + 1, title.start).trim() === '') return true;
    const possessor = this.mentions[j - 2];
    return possessor !== undefined && possessor.kind === 'name' && possessor.start > comma && this.doc.text.slice(comma + 1, possessor.start).trim() === '' && POSSESSOR_MARK.test(this.doc.text.slice(possessor.end, title.start));
  }
}
