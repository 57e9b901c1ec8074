// Which organisation an organisation nominal ("the company", "the museum", "Her group") stands for: kinds the
// head fits, the organisation the story leads with or is about, and names holding or headed by the head.
import type { Mention } from '../mentions/types.js';
import { type Building, firstMention, headedBy, namedWithHead, nameHeadsOf } from './building.js';
import { ASSOCIATION_HEADS, COMPANY_HEADS, COMPANY_NOMINALS, GENERIC_ORG_NOMINALS, LENDER_NOMINALS, NOT_SCHOOL_NOMINALS, POLICE_HEADS, PUBLIC_BODY_LAST, REGULATOR_LAST, REGULATOR_NOMINALS, SCHOOL_HEADS, SIDE_NOMINALS, STATE_UNION_NOMINALS } from './organisation-kinds.js';
import { DEFINITE, NOMINAL_REACH } from './context.js';
import { PersonNominals } from './person-nominals.js';

/** How far back an organisation nominal looks for a name holding its head ("the university" for "Aldermoor University"). */
const NAMED_NOMINAL_REACH = 40;

// Between a person's name and the organisation she holds a title in: ", president of the", ", who chairs the", ", who
// heads the rescue charity" (the body's kind before its name).
const TITLED_IN = /^,\s+(?:(?:(?:the|a|an)\s+)?(?:\p{Ll}[\p{Ll}-]*\s+){1,4}(?:of|at|for)\s+(?:the\s+)?|who\s+(?:chairs|heads|leads|runs|founded|directs)\s+(?:(?:the|a|an)\s+)?(?:\p{Ll}[\p{Ll}-]*\s+){0,3})$/u;

/** A short noun phrase with no "of" and a comma, right before a name set beside it: "a rival, ", "its largest customer, ". */
const APPOSED_BEFORE = /\b(?:a|an|the|its|their|his|her)\s+(?:(?!of\s)\p{Ll}[\p{Ll}-]*\s+){0,2}\p{Ll}[\p{Ll}-]*,\s*$/u;

/** Chooses among the organisations an organisation nominal may stand for. */
export class OrganisationChoice extends PersonNominals {
  /** Organisations named in the first two sentences, listed once the nominals after them ask (`leadingNamedWith`). */
  private leadOrganisations: Building[] | undefined;

  /**
   * Whether a generic head may stand for an organisation of the knowledge base's kind: "the bloc" is a union of states,
   * never the company just named; a company word is no union of states, government body or agency. An organisation the
   * knowledge base does not know may be any but a bloc.
   */
  protected kindFits(entity: Building, head: string): boolean {
    const kind = entity.kbId ? this.kb.organisation(entity.kbId)?.kind : undefined;
    if (STATE_UNION_NOMINALS.has(head)) return kind === 'IGO';
    const heads = [...nameHeadsOf(entity)];
    const statePart = kind === 'IGO' || kind === 'GOV_BODY' || kind === 'AGENCY';
    const publicName = heads.some((h) => PUBLIC_BODY_LAST.has(h) || REGULATOR_LAST.has(h));
    if (REGULATOR_NOMINALS.has(head)) return statePart || publicName;
    // "Northvale Police ... the force said": a force is a police body.
    if (head === 'force') return heads.some((h) => POLICE_HEADS.has(h));
    // "the bank" is no "Kestrian Bankers' Association": a members' body, party or charity lends no money.
    if (LENDER_NOMINALS.has(head)) return !(heads.some((h) => ASSOCIATION_HEADS.has(h) || SCHOOL_HEADS.has(h)) || kind === 'PARTY' || kind === 'NGO');
    if (SIDE_NOMINALS.has(head)) return !(statePart || publicName || kind === 'PARTY' || heads.some((h) => SCHOOL_HEADS.has(h)));
    // "the agency" is no business or party ("The FDA approved a pill from Halvern Therapeutics ... the agency said").
    if (head === 'agency') return !(kind === 'COMPANY' || kind === 'PARTY' || heads.some((h) => COMPANY_HEADS.has(h)));
    // Every company word is a not-school word: any other head fits before the names are looked at.
    if (!NOT_SCHOOL_NOMINALS.has(head)) return true;
    // "Redvale High School" is no group or company.
    if (heads.some((h) => SCHOOL_HEADS.has(h))) return false;
    if (!COMPANY_NOMINALS.has(head)) return true;
    // "the firm" is no "Valdorian Trade Commission" nor "National Association for ...": a name headed by a public
    // body's or a members' body's word is no business; nor is a non-governmental body of the knowledge base.
    const publicBody = heads.some((h) => PUBLIC_BODY_LAST.has(h) || ASSOCIATION_HEADS.has(h));
    return !(publicBody || statePart || kind === 'PARTY' || kind === 'NGO');
  }

  /** Whether an organisation's kind in the knowledge base or its name's head word shows a business ("Halvern Therapeutics"). */
  private showsCompany(entity: Building): boolean {
    return (entity.kbId !== undefined && this.kb.organisation(entity.kbId)?.kind === 'COMPANY') || [...nameHeadsOf(entity)].some((h) => COMPANY_HEADS.has(h));
  }

  /**
   * "The FDA approved a pill from Halvern Therapeutics ... families living with ALS ... The company said": a company
   * nominal whose choice shows no business goes to an organisation in reach that shows one and is more the text's
   * subject (`mainOrganisation`: "ALS" is a disease's initials taken for a name); the choice stands otherwise ("Kestrel
   * Foods bought Brant Holdings ... The company" is Kestrel Foods).
   */
  protected businessOverNoKind(chosen: Building, generics: readonly Building[], head: string, i: number): Building {
    if (!COMPANY_NOMINALS.has(head) || this.showsCompany(chosen)) return chosen;
    return generics.find((g) => this.showsCompany(g) && !this.namedOnlyInPassing(g) && this.mainOrganisation(g, chosen, i)) ?? chosen;
  }

  /**
   * The one entity of mention `i`'s type (an organisation, or a facility typed LOC) named within the look-back reach
   * before it whose name `head` heads (`nameHead`: "museum" of "Wexmoor Museum of World Cultures", "mosque" of "Orvane
   * Central Mosque"), or whose kind noun it is; undefined when none or several are.
   */
  protected onlyNameHeadedBy(head: string, i: number): Building | undefined {
    let only: Building | undefined;
    for (let j = i - 1; j >= 0 && this.sentenceOf[i] - this.sentenceOf[j] <= NAMED_NOMINAL_REACH; j--) {
      const e = this.assigned[j];
      const live = e && this.live(e);
      if (!live || live === only || live.type !== this.mentions[i]!.type || !headedBy(live, head)) continue;
      if (only) return undefined;
      only = live;
    }
    return only;
  }

  /**
   * The organisation holding `head` that the story leads with, over a nearer one holding it too: "The Central Bank of
   * Kestria raised rates ... said an economist at Ostra Bank. ... The bank did not say" is the central bank, named in
   * the headline or lead where Ostra Bank is not.
   */
  protected leadingNamedWith(nearest: Building, head: string): Building {
    if (this.leads(nearest)) return nearest;
    return this.leadingOrganisations().find((e) => namedWithHead(e, head)) ?? nearest;
  }

  /** The organisations named in the first two sentences, as they now stand; asked only past those sentences. */
  private leadingOrganisations(): Building[] {
    this.leadOrganisations ??= this.entities.filter((e) => e.type === 'ORG' && this.leads(e));
    return this.leadOrganisations.map((e) => this.live(e));
  }

  /**
   * "Brenford reject third bid ... [many sentences on the player] ... The club said": past every reach, a definite
   * generic nominal is the organisation the story leads with that its head fits, the one named most often of them.
   */
  protected leadingOrganisationFitting(head: string, m: Mention, i: number): Building | undefined {
    if (!GENERIC_ORG_NOMINALS.has(head) || !DEFINITE.test(this.text(m)) || this.sentenceOf[i]! <= 1) return undefined;
    const names = (e: Building): number => e.mentions.filter((k) => this.mentions[k]!.kind === 'name').length;
    let best: Building | undefined;
    for (const e of this.leadingOrganisations()) if (this.kindFits(e, head) && (!best || names(e) > names(best))) best = e;
    return best;
  }

  /** Whether an entity is named in the text's first two sentences: the headline and the lead, or the lead alone. */
  private leads(entity: Building): boolean {
    return entity.mentions.length > 0 && this.sentenceOf[firstMention(entity)]! <= 1;
  }

  /**
   * "Students occupied Aldermoor University ... [twenty sentences] ... The university has said ...": past the nominal
   * reach, the last organisation whose name holds the head is still the one meant, as no nearer one was.
   */
  protected organisationNamedWith(head: string, i: number): Building | undefined {
    // The nominal's own reach was searched already; the look-back starts past it.
    let j = i - 1;
    while (j >= 0 && this.sentenceOf[i] - this.sentenceOf[j] <= NOMINAL_REACH) j--;
    for (; j >= 0 && this.sentenceOf[i] - this.sentenceOf[j] <= NAMED_NOMINAL_REACH; j--) {
      const e = this.assigned[j];
      const live = e && this.live(e);
      if (live && namedWithHead(live, head)) return live;
    }
    return undefined;
  }

  /**
   * The organisation a person's name is set beside with a title of it ("Tanya Brennan, president of the ALS Families
   * Coalition,"; "Ana Ruiz, who chairs the Leeds Tenants Union,"): the first organisation named right after the name,
   * a comma and lower-case words ending in "of", "at" or "for" or a verb of office, in the same sentence.
   */
  protected titledIn(person: Building): Building | undefined {
    for (const k of person.mentions) {
      const m = this.mentions[k]!;
      if (m.kind !== 'name') continue;
      // The first name after it in the sentence, past the title's own mention ("the president").
      let j = k + 1;
      while (j < this.mentions.length && this.sentenceOf[j] === this.sentenceOf[k] && this.mentions[j]!.kind !== 'name') j++;
      const next = this.mentions[j];
      if (next && next.type === 'ORG' && this.sentenceOf[j] === this.sentenceOf[k] && TITLED_IN.test(this.doc.text.slice(m.end, next.start))) return this.entityOfName(j);
    }
    return undefined;
  }

  /**
   * "Shares in Harlow Motors fell after a rival, Brant Logistics, announced a merger. The company said ...": a
   * definite description means the organisation the text is about, not one named in passing (in apposition, or as a
   * preposition's object) since. Among the organisations the head fits, nearest first: the nearest, unless it was
   * only named in passing and another is the text's main one (see `mainOrganisation`).
   */
  protected salientOrganisation(generics: readonly Building[], i: number): Building | undefined {
    const nearest = generics[0];
    if (!nearest || !this.namedOnlyInPassing(nearest)) return nearest;
    return generics.slice(1).find((g) => !this.namedOnlyInPassing(g) && this.mainOrganisation(g, nearest, i)) ?? nearest;
  }

  /**
   * Whether an organisation is more the text's subject than `other`: named in the first two sentences (a headline and
   * the lead, or the lead alone) where `other` is not, named more often, or opening the sentence before mention `i`.
   */
  private mainOrganisation(entity: Building, other: Building, i: number): boolean {
    const firstSentence = (e: Building): number => this.sentenceOf[firstMention(e)]!;
    if (firstSentence(entity) <= 1 && firstSentence(other) > 1) return true;
    const names = (e: Building): number => e.mentions.filter((k) => this.mentions[k]!.kind === 'name').length;
    if (names(entity) > names(other)) return true;
    const before = this.sentenceOf[i]! - 1;
    const opening = before >= 0 ? this.firstMention[before]! : -1;
    return opening >= 0 && this.assigned[opening] !== undefined && this.live(this.assigned[opening]!) === entity;
  }

  /**
   * Whether every name of an entity so far is a passing one: set between commas beside a noun phrase ("a rival, Brant Logistics,",
   * "its largest customer, Brant Logistics,"; not "after a year of losses, Brant Logistics, ..."). A preposition's
   * object is not: "a letter from Brant Logistics named the firm ..." and "the Kelso site says the firm" mean the
   * one so named (as the MEANTIME coreference shows).
   */
  private namedOnlyInPassing(entity: Building): boolean {
    const names = entity.mentions.map((k) => this.mentions[k]!).filter((m) => m.kind === 'name');
    const apposed = (m: Mention): boolean => APPOSED_BEFORE.test(this.doc.text.slice(Math.max(0, m.start - 60), m.start)) && this.doc.text.startsWith(',', m.end);
    return names.length > 0 && names.every((m) => apposed(m) || this.affiliationOfPerson(m));
  }

  /**
   * Whether a name is the body a person or people just named belong to: "Analysts at Morrow Capital", "Jonah Feld of
   * Carrow Securities". Such a body is quoted through its people, and is not "the company" the story is about.
   */
  private affiliationOfPerson(m: Mention): boolean {
    const gap = /\s+(?:of|at)\s+$/u.exec(this.doc.text.slice(Math.max(0, m.start - 6), m.start));
    if (gap === null) return false;
    const end = m.start - gap[0].length;
    return this.mentions.some((p) => p.end === end && p.type === 'PERSON' && (p.kind === 'name' || p.kind === 'nominal'));
  }
}
