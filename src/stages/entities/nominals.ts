// Nominals of organisations and places ("the council", "the New Zealand government", "Its foreign ministry"):
// the name inside or after them first, then the organisations or places within reach.
import { TOWN_NOMINALS } from '../mentions/lexicon.js';
import { type Building, namedWithHead } from './building.js';
import { GENERIC_ORG_NOMINALS, GOVERNMENT_NOMINALS, SIDE_NOMINALS, STATE_BODY_NOMINALS } from './organisation-kinds.js';
import { DEFINITE, NOMINAL_REACH } from './context.js';
import { CountryNominals } from './countries.js';

/** Resolves nominal mentions. */
export class NominalResolver extends CountryNominals {
  /** "the council" → the last organisation whose name holds "council"; "the government" → the last country. */
  protected nominal(i: number): void {
    const m = this.mentions[i]!;
    if (m.type === 'PERSON') return this.personNominal(i);
    const head = (m.head ?? '').toLowerCase();
    if (m.type === 'GPE' && TOWN_NOMINALS.has(head)) return this.townNominal(i);
    // "the Scientology organization", "the New Zealand government": the name inside says whose it is; "the Afghan
    // team" is a body of its own, not the last organisation named.
    const within = i + 1 < this.mentions.length && this.mentions[i + 1]!.end <= m.end ? i + 1 : -1;
    // "the Championship club", "the Premier League side": a club named by its league is a member of it, not the league;
    // the generic search below finds the club.
    const inner = within >= 0 && SIDE_NOMINALS.has(head) && this.mentions[within]!.kind === 'name' && !namedWithHead(this.entityOfName(within), head) ? -1 : within;
    if (inner >= 0 && this.mentions[inner]!.kind === 'pronoun') return this.bodyOfPronoun(i, inner, head);
    if (inner >= 0) {
      const owner = this.entityOfName(inner);
      // "the New Zealand government", "the Chinese government" are the country's; "China's commerce ministry" is a
      // body of its state; "the California health department" (a region) is neither.
      const country = this.countryOwning(owner);
      if (owner.type === 'ORG') this.add(owner, i);
      else if (country !== undefined && GOVERNMENT_NOMINALS.has(head)) this.addGovernment(head, country, i);
      else if (country !== undefined && STATE_BODY_NOMINALS.has(head)) this.add(this.stateBody(country, m, this.mentions[inner]!.end), i);
      else if (this.unknownState(owner) && GOVERNMENT_NOMINALS.has(head)) {
        const state = this.placeOfDemonym(owner);
        if (state) this.add(state, i);
      } else if ((this.unknownState(owner) || this.bareWordOwningStateBody(owner)) && STATE_BODY_NOMINALS.has(head)) this.add(this.stateBody(undefined, m, this.mentions[inner]!.end, [...(this.placeOfDemonym(owner) ?? owner).names][0]), i);
      return;
    }
    // "the government of Orsenia": the place named after "of" says whose, whatever place was named before (a name
    // the knowledge base does not know is taken for a place there).
    const of = this.mentions[i + 1];
    if (GOVERNMENT_NOMINALS.has(head) && of?.kind === 'name' && (of.type === 'GPE' || of.type === 'OTHER') && this.doc.text.slice(m.end, of.start) === ' of ') {
      const place = this.entityOfName(i + 1);
      const country = this.countryOwning(place);
      if (country !== undefined) this.addGovernment(head, country, i);
      else this.add(place, i);
      return;
    }
    // "The museum", "the mosque" (a head the mentions layer found by a name it heads, not a listed one) is the one
    // organisation or facility of its type whose name it heads; with two ("the Harwell Gallery and the Tamsin Gallery
    // ... the gallery"), none.
    if (m.headsName) {
      const headed = this.onlyNameHeadedBy(head, i);
      if (headed) this.add(headed, i);
      return;
    }
    // A name holding the head anywhere within reach wins over a nearer organisation the head merely may stand for
    // ("the Church of Velmar … Tarsen Shipping Ltd … the church" is the church).
    // Organisations the head may stand for, nearest first.
    const generics: Building[] = [];
    for (let j = i - 1; j >= 0 && this.sentenceOf[i] - this.sentenceOf[j] <= NOMINAL_REACH; j--) {
      const e = this.assigned[j];
      if (!e) continue;
      const live = this.live(e);
      // "Speaking in Berlin, he said the government ...": the nearest country, capital, city or nationality says whose;
      // "the country", "this nation" (places of the country kind) are that country itself.
      const country = GOVERNMENT_NOMINALS.has(head) || m.type === 'GPE' ? this.countryOfPlace(live) : undefined;
      if (country !== undefined) {
        if (this.otherCountryBeside(j, i, country)) return;
        if (!GOVERNMENT_NOMINALS.has(head)) this.add(this.countryEntity(country), i);
        else this.addGovernment(head, this.governmentKept(head, i, j, live, country) ?? country, i);
        return;
      }
      if (m.type === 'GPE') continue;
      if (namedWithHead(live, head)) {
        this.add(this.leadingNamedWith(live, head), i);
        return;
      }
      if (live.type === 'ORG' && GENERIC_ORG_NOMINALS.has(head) && live.names.size > 0 && !generics.includes(live) && this.kindFits(live, head)) generics.push(live);
    }
    const salient = DEFINITE.test(this.text(m)) ? this.salientOrganisation(generics, i) : generics[0];
    const generic = salient && this.businessOverNoKind(salient, generics, head, i);
    // Only an organisation nominal looks further back: "the country" is never "Country Music Association".
    const named = generic ?? (m.type === 'ORG' ? this.organisationNamedWith(head, i) ?? this.leadingOrganisationFitting(head, m, i) : undefined);
    if (named) this.add(named, i);
  }

  /**
   * "France recalled its envoy. Its foreign ministry said ...": the owner pronoun is resolved first; a country's
   * government or state body is found as after a country's name. Any other owner's body ("its board") is not the owner.
   */
  private bodyOfPronoun(i: number, inner: number, head: string): void {
    this.pronoun(inner, false);
    const owner = this.assigned[inner];
    const country = owner ? this.countryOwning(this.live(owner)) : undefined;
    if (country === undefined) {
      // "Tanya Brennan, president of the ALS Families Coalition, ... Her group said": a person's body is the one the
      // text gives her a title in, when the head fits it.
      const body = owner && this.live(owner).type === 'PERSON' && GENERIC_ORG_NOMINALS.has(head) ? this.titledIn(this.live(owner)) : undefined;
      if (body && this.kindFits(body, head)) this.add(body, i);
      return;
    }
    if (GOVERNMENT_NOMINALS.has(head)) this.addGovernment(head, country, i);
    else if (STATE_BODY_NOMINALS.has(head)) this.add(this.stateBody(country, this.mentions[i]!, this.mentions[inner]!.end), i);
  }
}
