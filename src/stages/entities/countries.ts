// Places and states a nominal stands for: "the city", "the country", "the government" and a state's bodies
// ("China's commerce ministry"), for countries the knowledge base knows and those it lacks.
import type { Mention } from '../mentions/types.js';
import { normaliseName } from '../../kb/normalise.js';
import type { Building } from './building.js';
import { NOMINAL_REACH } from './context.js';
import { OrganisationChoice } from './organisation-choice.js';

// How many letters a demonym may add to its place's stem: "Talvar-i", "Belmora-n", "Kossar-ian", "Vell-ese".
const DEMONYM_ENDING_LETTERS = 4;

/** Whether `demonym` names the people of the place `place` ("Talvari" of "Talvar", "Serovian" of "Serovia"). */
function namesPeopleOf(demonym: string, place: string): boolean {
  if (/\s/u.test(place) || demonym === place) return false;
  const stem = place.replace(/[aeiouy]$/u, '');
  return stem.length >= 3 && demonym.startsWith(stem) && demonym.length - stem.length <= DEMONYM_ENDING_LETTERS;
}

/** Finds the town, country, government or state body a nominal means. */
export class CountryNominals extends OrganisationChoice {
  /** Bodies of states the document names, by country and the words after the country ("CHN|commerce ministry"). */
  private readonly stateBodies = new Map<string, Building>();
  /** By head ("government", "administration"): the country the last such nominal was found to be, and its sentence. */
  private readonly governmentCountry = new Map<string, { country: string; sentence: number }>();
  /** The countries the article names anywhere, by name or nationality, read once when first needed. */
  private countriesNamed: Set<string> | undefined;

  /**
   * "the city", "this town": the nearest place named within reach that is neither a country nor a region the
   * knowledge base knows ("Austin, Texas ... the city" is Austin). A region named like its main city ("Donetsk")
   * carries no city mark and is left alone: either may be meant.
   */
  protected townNominal(i: number): void {
    const countryOrRegion = (name: string): boolean => this.kb.lexicon().get(normaliseName(name))?.some((entry) => (entry.kind === 'region' && !entry.city) || entry.kind === 'country') ?? false;
    for (let j = i - 1; j >= 0 && this.sentenceOf[i] - this.sentenceOf[j] <= NOMINAL_REACH; j--) {
      const e = this.assigned[j];
      const live = e && this.live(e);
      if (!live || !this.isPlaceInsideCountry(live) || live.names.size === 0) continue;
      if ([...live.names].some(countryOrRegion)) continue;
      this.add(live, i);
      return;
    }
  }

  /**
   * Whether the sentence of mention `j`, before mention `i`, names a place or nationality of another country than
   * `country` ("refugees from Libya, Syria and Yemen ... the nation's backlog"): "the government" or "the country"
   * after it may be either.
   */
  protected otherCountryBeside(j: number, i: number, country: string): boolean {
    const sentence = this.sentenceOf[j];
    for (let k = this.firstMention[sentence]!; k >= 0 && k < i && this.sentenceOf[k] === sentence; k++) {
      const e = this.assigned[k];
      const other = e ? this.countryOfPlace(this.live(e)) : undefined;
      if (other !== undefined && other !== country) return true;
    }
    return false;
  }

  /** Gives government nominal `i` to `country` and remembers it as the one the article means by `head`. */
  protected addGovernment(head: string, country: string, i: number): void {
    this.governmentCountry.set(head, { country, sentence: this.sentenceOf[i]! });
    this.add(this.countryEntity(country), i);
  }

  /**
   * The country an earlier government nominal was, kept over `place` (mention `j`, a town, region or capital of
   * `placeCountry`) named in an earlier sentence: "Unions marched against the Belgian government. A shipping line moved
   * two vessels to Rotterdam. ... if the government does not reopen talks" is still Belgium's. Kept only within reach
   * of that nominal, and only while the article names the place's own country nowhere, which would make it a subject.
   */
  protected governmentKept(head: string, i: number, j: number, place: Building, placeCountry: string): string | undefined {
    if (this.sentenceOf[j] === this.sentenceOf[i] || !this.isPlaceInsideCountry(place)) return undefined;
    const kept = this.governmentCountry.get(head);
    if (!kept || this.sentenceOf[i]! - kept.sentence > NOMINAL_REACH || this.namedCountries().has(placeCountry)) return undefined;
    return kept.country;
  }

  /** The countries any mention of the article names or gives the nationality of ("Iran", "Iranian"). */
  private namedCountries(): Set<string> {
    this.countriesNamed ??= new Set(this.mentions.flatMap((m) => (m.kbId !== undefined && this.kb.country(m.kbId) ? [m.kbId] : [])));
    return this.countriesNamed;
  }

  /** Whether a place entity is a town, region or capital inside a country, not a country itself. */
  private isPlaceInsideCountry(entity: Building): boolean {
    return entity.type === 'GPE' && !(entity.kbId && this.kb.country(entity.kbId));
  }

  /** The country a place or nationality entity is or lies in ("Germany", "Berlin", "German"), if the knowledge base knows it. */
  protected countryOfPlace(entity: Building): string | undefined {
    return this.knownCountryOf(entity, true);
  }

  /**
   * The body of a country's state a nominal names ("China's commerce ministry", "the Chinese commerce ministry"): one
   * entity per country and wording after the country, which a later "the ministry" joins. A country the knowledge base
   * lacks is keyed by its owner's name and gets no country code.
   */
  protected stateBody(country: string | undefined, m: Mention, ownerEnd: number, ownerName = country): Building {
    const wording = this.doc.text.slice(ownerEnd, m.end).replace(/^[’']s?\s*/u, '').trim().toLowerCase();
    const key = `${ownerName}|${wording}`;
    const known = this.stateBodies.get(key);
    if (known) return this.live(known);
    const entity = this.create('ORG', country === undefined ? {} : { country });
    entity.names.add(this.text(m).replace(/^(?:the|its)\s+/iu, ''));
    this.stateBodies.set(key, entity);
    return entity;
  }

  /**
   * Whether an owner of a state body's nominal is a country or nationality the knowledge base lacks ("Zambaro's health
   * ministry", "the Kossarian defence ministry"): a name it does not know, typed no person and no organisation.
   */
  protected unknownState(owner: Building): boolean {
    return owner.kbId === undefined && (owner.type === 'OTHER' || owner.type === 'GPE' || owner.type === 'NORP');
  }

  /**
   * Whether an owner typed a person is a bare word the knowledge base does not know, with no gender and no fuller
   * name: the mentions layer makes "Tesk's defense ministry" a nominal only for heads no one but a state has, so
   * such an owner is a state the text typed a person elsewhere ("Tesk will regret this" in a headline). "Tamsin Orrell's
   * ministry" has a full name and stays none.
   */
  protected bareWordOwningStateBody(owner: Building): boolean {
    return owner.type === 'PERSON' && owner.kbId === undefined && owner.gender === undefined && !owner.plural && [...owner.names].every((name) => !/\s/u.test(name));
  }

  /**
   * The place the knowledge base lacks whose people a demonym it lacks names, when the text names that place: "Talvar"
   * for "the Talvari government", "Belmora" for "the Belmoran army" (the demonym is the place's name, perhaps less a
   * closing vowel, and a short ending). Undefined when the text names no such place, or two.
   */
  protected placeOfDemonym(owner: Building): Building | undefined {
    const [demonym] = owner.names;
    if (demonym === undefined || owner.names.size !== 1 || /\s/u.test(demonym)) return undefined;
    const places = this.entities.filter((e) => !e.into && e !== owner && this.unknownState(e) && [...e.names].some((name) => namesPeopleOf(demonym, name)));
    return places.length === 1 ? places[0] : undefined;
  }

  /** The country an owner of a nominal is, itself or by its nationality ("New Zealand", "Chinese"); regions and cities own none. */
  protected countryOwning(owner: Building): string | undefined {
    return this.knownCountryOf(owner, false);
  }

  /** The knowledge-base country a GPE is (or, `cities`, lies in) or a nationality belongs to. */
  private knownCountryOf(entity: Building, cities: boolean): string | undefined {
    const country = entity.type === 'GPE' ? (cities ? entity.kbId ?? entity.country : entity.kbId) : entity.type === 'NORP' ? entity.country : undefined;
    return country !== undefined && this.kb.country(country) ? country : undefined;
  }
}
