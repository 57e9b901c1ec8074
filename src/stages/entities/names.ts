// A name mention: its knowledge-base id, the earlier entity it repeats or shortens, or a new entity, with what
// the name teaches (honorifics' offices, places, short forms, the kind noun after it, titles beside it).
import type { Building } from './building.js';
import { GENERIC_PARTY_LABELS } from './organisation-kinds.js';
import { bareName, officeOfHonorifics } from './person-names.js';
import { countryOfOrganisation, withoutLegalSuffix } from './organisation-names.js';
import { TitleResolver } from './titles.js';

// A lower-case noun right after a name, before punctuation or a verb: "Save Hallow Wood | campaign", "Harlow | group".
const KIND_NOUN_AFTER = /^ (\p{Ll}+)\b/u;
// Nouns of an organisation's kind that may follow its name. Not "club" or "team": a side is named by its league or town
// ("the Championship club", "the Leeds team").
const ORG_KIND_NOUNS = new Set(['campaign', 'group', 'movement', 'coalition', 'alliance', 'network', 'charity', 'foundation', 'union', 'party', 'company', 'firm', 'agency']);

/** Resolves name mentions. */
export class NameResolver extends TitleResolver {
  /** A name: its knowledge-base id, an earlier entity it repeats or shortens, or a new entity. */
  protected name(i: number): Building {
    let m = this.mentions[i]!;
    if (m.metonymFor) {
      const entity = this.seatedOrganisation(this.text(m)) ?? this.countryEntity(m.metonymFor);
      this.add(entity, i);
      return entity;
    }
    const text = this.text(m);
    const bare = m.type === 'PERSON' ? this.withSharedSurname(i, bareName(text)) : text.replace(/^the\s+/i, '');
    // "Rapid Support Forces (RSF)": an acronym the article spells out as a name of its own is that name's, not the
    // knowledge base's body with the same letters (Reporters Without Borders), even in a headline before the name.
    if (m.kbId && m.type === 'ORG' && this.spelledOutElsewhere(bare, m.kbId)) m = { ...m, kbId: undefined };
    // "The American Red Cross ... the Red Cross said": a short name the knowledge base gives one body by default is the
    // body the article names in full with a name ending in it, unless the article names that default body too.
    let fuller: Building | undefined;
    if (m.kbId && m.type === 'ORG') {
      const j = this.fullerNameOf(i, bare, m.kbId);
      if (j !== undefined) {
        const named = this.mentions[j]!;
        if (!named.kbId && j < i && this.assigned[j]) fuller = this.live(this.assigned[j]!);
        m = { ...m, kbId: named.kbId };
      }
    }
    // "The opposition Social Democrats" of a country the knowledge base lacks: a party reached only through a label
    // parties of many countries share is that country's party only when the article names its country, a nation of it
    // or a place in it (its capital); otherwise it is an unlinked party of its own.
    if (m.kbId && m.type === 'ORG' && GENERIC_PARTY_LABELS.has(bare) && !this.namesCountryOf(m.kbId)) m = { ...m, kbId: undefined };
    let entity = fuller ?? (m.type === 'PERSON' ? this.findPerson(m, bare) : (this.findOther(m, bare) ?? this.definedBy(i)));
    if (!entity) {
      let kbId = m.kbId;
      if (!kbId && m.type === 'PERSON') kbId = this.kbPerson(bare, m.agreement);
      if (kbId && m.type === 'PERSON') entity = this.personEntity(kbId);
      else if (kbId && m.type === 'GPE' && this.kb.country(kbId)) entity = this.countryEntity(kbId);
      else entity = this.create(m.type, kbId ? { kbId } : {});
      if (m.type === 'NORP' && kbId) entity.country = kbId;
      if (m.type === 'ORG' && kbId) {
        const org = this.kb.organisation(kbId);
        const country = org ? countryOfOrganisation(org) : undefined;
        if (country) entity.country = country;
      }
    }
    entity = this.live(entity);
    entity.names.add(bare);
    // "President Biden", "Speaker Mike Johnson": an honorific that is an office teaches who holds it.
    const role = m.type === 'PERSON' ? officeOfHonorifics(text) : undefined;
    if (role) {
      if (!entity.textRoles.some((r) => r.title.toLowerCase() === role)) entity.textRoles.push({ title: role });
      if (!this.roleHolders.has(`${role}|`)) this.roleHolders.set(`${role}|`, entity);
    }
    if (entity.type === 'PERSON') {
      this.indexPerson(entity, bare);
      // "Vermont Sen. Bernie Sanders" (a place cannot qualify a name without its honorific), "Sanders of Vermont".
      this.learnPlace((text !== bare ? this.placeRightBefore(i) : undefined) ?? this.placeAfterOf(i), entity);
    } else this.indexShortForms(entity, bare);
    if (entity.type === 'OTHER' && m.type !== 'OTHER') entity.type = m.type;
    // "the Save Hallow Wood campaign": a name followed by an organisation's noun is that organisation, of that kind.
    const kindNoun = entity.type === 'OTHER' || entity.type === 'ORG' ? KIND_NOUN_AFTER.exec(this.doc.text.slice(m.end, m.end + 20))?.[1] : undefined;
    if (kindNoun !== undefined && ORG_KIND_NOUNS.has(kindNoun)) {
      entity.type = 'ORG';
      entity.kindNoun = kindNoun;
    }
    if (!entity.gender && (m.agreement === 'male' || m.agreement === 'female')) entity.gender = m.agreement;
    if (!entity.country && m.country) entity.country = m.country;
    this.byName.set(bare.toLowerCase(), entity);
    // "Nimbus Systems Inc." is also found as "Nimbus Systems", unless that name is someone else's.
    const core = withoutLegalSuffix(bare).toLowerCase();
    if (core !== bare.toLowerCase() && !this.byName.has(core)) this.byName.set(core, entity);
    this.byTypedName.set(`${entity.type}|${bare.toLowerCase()}`, entity);
    this.add(entity, i);
    this.appositions(i, entity);
    return entity;
  }
}
