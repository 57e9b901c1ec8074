// Names of organisations and places: acronyms and their long forms, first words, kind words and legal forms
// standing for a name, seats of government, and default bodies the article names in full.
import type { Organisation } from '../../kb/types.js';
import type { Mention } from '../mentions/types.js';
import { FIRST_NAMES, ORG_LAST } from '../mentions/lexicon.js';
import { normaliseName } from '../../kb/normalise.js';
import { type Building, kbKey } from './building.js';
import { COMPANY_HEADS } from './organisation-kinds.js';
import { PersonNames } from './person-names.js';

const NAME_STOPWORDS = new Set(['of', 'the', 'and', 'for', '&', 'de', 'on']);

// A company's legal form closing its name: "Inc.", "Ltd", "plc", "LLC", "Co.", "GmbH".
const LEGAL_SUFFIX = /,?\s+(?:Inc|Corp|Ltd|Co|LLC|L\.L\.C|plc|PLC|GmbH|AG|S\.A|SA|NV|N\.V|Pty|Limited)\.?$/u;

/** A company's name without its legal form ("Nimbus Systems" of "Nimbus Systems Inc."); other names as they are. */
export function withoutLegalSuffix(name: string): string {
  return name.replace(LEGAL_SUFFIX, '');
}

/** Initials of a long name, for acronyms ("United States Air Force" → "USAF"). */
function initials(name: string): string {
  return name
    .split(/[\s-]+/u)
    .filter((w) => w && !NAME_STOPWORDS.has(w.toLowerCase()))
    .map((w) => w[0]!.toUpperCase())
    .join('');
}

/** An organisation's country: its home country, or an intergovernmental one's own code ("EEC", "NATO"). */
export function countryOfOrganisation(org: Organisation): string | undefined {
  return org.country ?? (org.kind === 'IGO' ? org.code : undefined);
}

/** Finds the earlier entity an organisation's or place's name stands for, and indexes its short forms for later. */
export abstract class OrganisationNames extends PersonNames {
  private organisationsNamed: Set<string> | undefined;
  /** Per mention: an organisation's name folded (`normaliseName`), else undefined; read once when first needed. */
  private foldedOrgNames: (string | undefined)[] | undefined;

  protected readonly byName = new Map<string, Building>();
  /** Names (lower-cased) by type ("ORG|england"), so a name used for a team and for its country finds each again. */
  protected readonly byTypedName = new Map<string, Building>();

  /** Initials of many-word organisation and place names → entity. */
  private readonly initialsOf = new Map<string, Building>();
  /** First words of many-word organisation names, and what they are "of" ("Scientology"), → entity. */
  private readonly orgFirstWords = new Map<string, Building>();
  /** Kind words ending many-word organisation names ("Commission" of "European Commission") → entity; null when two end so. */
  private readonly orgHeads = new Map<string, Building | null>();

  /**
   * The organisation a capital stands for where the article names that organisation or one of its bodies: "Brussels
   * fined the company" in a story about the European Commission is the EU, not Belgium's government.
   */
  protected seatedOrganisation(city: string): Building | undefined {
    const org = this.kb.organisationBySeatCity(city);
    if (!org || !this.namedOrganisations().has(org.id)) return undefined;
    const known = this.byKb.get(org.id);
    if (known) return this.live(known);
    const country = countryOfOrganisation(org);
    return this.create('ORG', { kbId: org.id, ...(country ? { country } : {}) });
  }

  /** Knowledge-base ids of the organisations the document names, with the organisations their bodies belong to. */
  private namedOrganisations(): Set<string> {
    if (this.organisationsNamed) return this.organisationsNamed;
    const named = new Set<string>();
    for (const m of this.mentions) {
      const org = m.type === 'ORG' && m.kbId ? this.kb.organisation(m.kbId) : undefined;
      if (org) named.add(org.id).add(org.parent ?? org.id);
    }
    return (this.organisationsNamed = named);
  }

  /**
   * The mention of another organisation whose name ends in the short name `bare` that the knowledge base reads as body
   * `kbId` ("American Red Cross" for "the Red Cross", the International Committee's by default): the nearest before
   * mention `i`, else the first after. None when `bare` is the body's own name or acronym, or when the article names
   * the body by any other name ("the International Committee of the Red Cross", "ICRC").
   */
  protected fullerNameOf(i: number, bare: string, kbId: string): number | undefined {
    const org = this.kb.organisation(kbId);
    const key = normaliseName(bare);
    if (!org || normaliseName(org.name) === key || org.acronyms.includes(bare)) return undefined;
    let before: number | undefined;
    let after: number | undefined;
    // Every organisation's name is folded once per document, not once per short name asking.
    this.foldedOrgNames ??= this.mentions.map((n) => (n.kind === 'name' && n.type === 'ORG' ? normaliseName(this.text(n)) : undefined));
    for (let j = 0; j < this.mentions.length; j++) {
      const name = this.foldedOrgNames[j];
      if (j === i || name === undefined) continue;
      if (this.mentions[j]!.kbId === kbId) {
        if (name !== key) return undefined;
        continue;
      }
      // "the Kenya Red Cross Society": a national society's word may close the fuller name.
      const at = name.endsWith(` ${key}`) ? name.length - key.length - 1 : name.endsWith(` ${key} society`) ? name.length - key.length - 9 : -1;
      // Only a nation's own body: a country or a nation's word opens the fuller name ("Turkish Red Crescent", "Indian
      // National Congress"), not a part or a branch of the default body ("House Democrats", "National Security Council").
      if (at < 0 || !this.opensWithNation(name.slice(0, at))) continue;
      if (j < i) before = j;
      else after ??= j;
    }
    return before ?? after;
  }

  /** Whether the words `lead` (folded) open with a country's name or a nation's word ("kenya", "syrian arab", "united states"). */
  private opensWithNation(lead: string): boolean {
    const words = lead.split(' ');
    for (let n = 1; n <= Math.min(3, words.length); n++) {
      const head = words.slice(0, n).join(' ');
      if (this.kb.countryByName(head) || this.kb.countryByDemonym(head)) return true;
    }
    return false;
  }

  /** Whether the article writes a many-word name with these initials (three letters or more) that is not knowledge-base body `kbId`. */
  protected spelledOutElsewhere(acronym: string, kbId: string): boolean {
    if (!/^\p{Lu}{3,}$/u.test(acronym)) return false;
    if (!this.namesByInitials) {
      this.namesByInitials = new Map();
      for (const n of this.mentions) {
        const name = this.text(n).replace(/^the\s+/i, '');
        if (n.kind !== 'name' || n.type === 'PERSON' || !name.includes(' ')) continue;
        const key = initials(name);
        this.namesByInitials.set(key, [...(this.namesByInitials.get(key) ?? []), n.kbId ?? '']);
      }
    }
    const spelled = this.namesByInitials.get(acronym);
    return spelled !== undefined && !spelled.includes(kbId);
  }

  /** Initials of the article's many-word names → the knowledge-base ids of those names ('' for none); built on first use. */
  private namesByInitials: Map<string, string[]> | undefined;

  /** Whether the article names the country of the knowledge-base party `kbId` (or the party has none to name). */
  protected namesCountryOf(kbId: string): boolean {
    const org = this.kb.organisation(kbId);
    if (!org || org.kind !== 'PARTY' || !org.country) return true;
    return this.mentions.some((n) => n.kbId === org.country || n.country === org.country || n.metonymFor === org.country);
  }

  /**
   * The body whose name comes right before the acronym at mention `i`, in brackets ("the UN Interim Force in Lebanon
   * (UNIFIL)"): the text defines the acronym, whatever its letters; asked when neither the knowledge base nor the
   * initials of an earlier name found it one.
   */
  protected definedBy(i: number): Building | undefined {
    const m = this.mentions[i]!;
    if (m.type !== 'ORG' || m.kbId || !/^\p{Lu}[\p{Lu}\p{Ll}\d&-]*\p{Lu}[\p{Lu}\d]*$/u.test(this.text(m)) || !/\(\s*$/u.test(this.doc.text.slice(Math.max(0, m.start - 3), m.start))) return undefined;
    const bracket = this.doc.text.lastIndexOf('(', m.start);
    for (let j = i - 1; j >= 0; j--) {
      const before = this.mentions[j]!;
      if (before.end < bracket - 2) break;
      if (before.kind === 'name' && before.type === 'ORG' && /^\s*$/u.test(this.doc.text.slice(before.end, bracket)) && this.assigned[j]) return this.live(this.assigned[j]!);
    }
    return undefined;
  }

  /** An organisation's or place's earlier entity: same id, same name, its acronym or its first word. */
  protected findOther(m: Mention, bare: string): Building | undefined {
    if (m.kbId) {
      const known = this.byKb.get(kbKey(m.type, m.kbId));
      if (known) return this.live(known);
    }
    const same = this.byName.get(bare.toLowerCase()) ?? this.byName.get(withoutLegalSuffix(bare).toLowerCase());
    if (same && (same.type === m.type || same.type === 'OTHER' || m.type === 'OTHER')) return same;
    // "England" the team, then "England" the country, then the team again.
    const sameTyped = this.byTypedName.get(`${m.type}|${bare.toLowerCase()}`);
    if (sameTyped) return this.live(sameTyped);
    if (m.type !== 'ORG' && m.type !== 'OTHER' && m.type !== 'GPE') return undefined;
    const acronym = /^(?:[\p{Lu}&]{2,}|(?:\p{Lu}\.){2,})$/u.test(bare);
    if (m.type === 'GPE' && !acronym) return undefined;
    // "USAF" after "United States Air Force"; "LA" after "Los Angeles"; "Apple" after "Apple Computer".
    const byInitials = acronym ? this.initialsOf.get(bare.replace(/\./g, '')) : undefined;
    // "KSC" after "Kennedy Space Center": an acronym also stands for a facility.
    if (byInitials && (byInitials.type === 'ORG' || byInitials.type === 'LOC' || byInitials.type === m.type)) return this.live(byInitials);
    const byFirst = !bare.includes(' ') ? this.orgFirstWords.get(bare) : undefined;
    if (byFirst && m.type !== 'GPE') return this.live(byFirst);
    // "the Commission" after "the European Commission": the kind word with "the" stands for the one body so named.
    const byHead = m.type !== 'GPE' && /\bthe\s+$/iu.test(this.doc.text.slice(Math.max(0, m.start - 4), m.start)) ? this.orgHeads.get(bare) : undefined;
    return byHead ? this.live(byHead) : undefined;
  }

  /** Indexes a many-word name's initials, and an organisation's first word and what it is "of", for later short forms. */
  protected indexShortForms(entity: Building, bare: string): void {
    if (!bare.includes(' ') || (entity.type !== 'ORG' && entity.type !== 'GPE' && entity.type !== 'LOC')) return;
    const letters = initials(bare);
    this.initialsOf.set(letters, entity);
    // "RSF fighters withdraw" in a headline, then "the Rapid Support Forces (RSF)": an acronym written first, in
    // capitals, is the body whose long name comes later. Not two letters, which are as often a common abbreviation
    // ("EV batteries"), nor an acronym the knowledge base already ties to a body.
    const acronym = letters.length >= 3 ? this.byName.get(letters.toLowerCase()) : undefined;
    if (acronym && !acronym.kbId && (acronym.type === 'ORG' || acronym.type === 'OTHER') && acronym.names.has(letters) && this.live(acronym) !== entity) {
      this.merge(this.live(acronym), entity);
    }
    if (entity.type !== 'ORG') return;
    const first = bare.split(/\s+/u)[0]!;
    // "Halvard seizes mine" in a headline, then "Halvard Resources": an earlier organisation named only by a given name
    // that opens a later one's name is that one cited short before its full name (the mentions stage typed the lone
    // word an organisation for opening the longer name; a given name is no place's or club's name, as "Brenford" may
    // be before "Brenford Supporters' Trust").
    // So is one before a name a business's word closes ("Halden recalls vans", then "Halden Motors"): the short form is how
    // a company is cited.
    const short = FIRST_NAMES.has(first) || COMPANY_HEADS.has(bare.slice(bare.lastIndexOf(' ') + 1).toLowerCase()) ? this.byName.get(first.toLowerCase()) : undefined;
    if (short && short.type === 'ORG' && !short.kbId && !entity.kbId && [...short.names].every((n) => n === first) && this.live(short) !== entity) {
      this.merge(this.live(short), entity);
      this.byName.set(first.toLowerCase(), entity);
    }
    this.orgFirstWords.set(first, entity);
    const head = bare.slice(bare.lastIndexOf(' ') + 1);
    if (ORG_LAST.has(head)) this.orgHeads.set(head, this.orgHeads.has(head) && this.orgHeads.get(head) !== entity ? null : entity);
    // "Church of Scientology" … "Scientology": what an organisation is "of" may stand for it.
    const of = / of (?:the )?(\p{Lu}[^ ]*(?: \p{Lu}[^ ]*)*)$/u.exec(bare);
    if (of) this.orgFirstWords.set(of[1]!, entity);
  }
}
