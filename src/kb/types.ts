// Shapes of readout's bundled knowledge base. The zod schemas are the single source: the data files are
// validated against them on load and the TypeScript types are inferred from them, so the two never drift.
import { z } from 'zod';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a YYYY-MM-DD date');
const nonEmpty = z.string().min(1);
// Lists of names may be left out of a user dictionary; each record gets its own empty list.
const names = z.array(nonEmpty).default(() => []);

/** Schema of a sovereign state (or observer / partially recognised state). */
export const CountrySchema = z.object({
  id: nonEmpty,
  iso3: z.string().regex(/^[A-Z]{3}$/, 'expected an ISO 3166 alpha-3 code'),
  iso2: z.string().regex(/^[A-Z]{2}$/, 'expected an ISO 3166 alpha-2 code'),
  name: nonEmpty,
  aliases: names,
  demonyms: names,
  capital: nonEmpty,
  capitalId: z.string().optional(),
  capitalAliases: z.array(nonEmpty).optional(),
  seats: names,
  regions: z.array(nonEmpty).optional(),
});
/** A country: Wikidata QID `id`, ISO codes, common name, other names, demonyms, capital (and its other spellings) and seat metonyms ("the Kremlin"). */
export type Country = z.infer<typeof CountrySchema>;

/** The kinds of organisation the knowledge base distinguishes. */
export const OrganisationKindSchema = z.enum(['IGO', 'NGO', 'AGENCY', 'MEDIA', 'COMPANY', 'PARTY', 'GOV_BODY']);
/** Kind of an organisation: intergovernmental, non-governmental, UN-style agency, media, company, party or national government body. */
export type OrganisationKind = z.infer<typeof OrganisationKindSchema>;

/** Schema of an organisation. */
export const OrganisationSchema = z.object({
  id: nonEmpty,
  code: nonEmpty,
  name: nonEmpty,
  aliases: names,
  acronyms: names,
  kind: OrganisationKindSchema,
  country: z.string().regex(/^[A-Z]{3}$/).optional(),
  parent: z.string().optional(),
  sector: z.string().optional(),
  /** The city whose name stands for the organisation where the article names it or one of its bodies ("Brussels" for the EU). */
  seatCity: nonEmpty.optional(),
});
/** An organisation: QID `id`, CAMEO-style actor `code` ("UNO", "NATO"), names, acronyms, kind, home country, parent, CAMEO sector and seat city. */
export type Organisation = z.infer<typeof OrganisationSchema>;

/** Schema of a person. */
export const PersonSchema = z.object({
  id: nonEmpty,
  name: nonEmpty,
  aliases: names,
  gender: z.enum(['male', 'female']).nullable().default(null),
  country: z.string().regex(/^[A-Z]{3}$/),
  surname: z.string().min(1).optional(),
});
/** A person: QID or "P:first-last" slug `id`, canonical name, other names, gender, ISO alpha-3 nationality, and `surname` when it is not the last word ("Xi"). */
export type Person = z.infer<typeof PersonSchema>;

/** Schema of an office. */
export const OfficeSchema = z.object({
  key: z.string().regex(/^[A-Z0-9]+\.[a-z_]+$/, 'expected "<ISO3 or org code>.<kind>"'),
  of: nonEmpty,
  kind: nonEmpty,
  titles: z.array(nonEmpty).min(1),
  qualifiedTitles: z.array(nonEmpty).optional(),
  sector: nonEmpty,
});
/**
 * An office such as "GBR.foreign_minister": whose office it is, its kind, every title news uses for it, the
 * titles too generic to stand alone that name it only after its country or organisation ("IMF" + "Managing
 * Director"), and its CAMEO sector.
 */
export type Office = z.infer<typeof OfficeSchema>;

/** Schema of a tenure. */
export const TenureSchema = z.object({
  person: nonEmpty,
  office: nonEmpty,
  start: isoDate,
  end: isoDate.nullable(),
  note: z.string().optional(),
});
/** A person holding an office from `start` to `end` inclusive (`end` null while in office); `note` flags approximate dates or acting roles. */
export type Tenure = z.infer<typeof TenureSchema>;

/** Schema of a place inside a country: a first-level division (state, province, oblast, governorate) or a city. */
export const PlaceSchema = z.object({
  name: nonEmpty,
  country: z.string().regex(/^[A-Z]{3}$/, 'expected an ISO 3166 alpha-3 code'),
  kind: z.enum(['region', 'city']),
  aliases: names,
});
/** A place of a country: its name, the country's iso3, whether it is a region or a city, and other spellings. */
export type Place = z.infer<typeof PlaceSchema>;

/** Schema of a user dictionary or a bundled data file: any subset of the collections. */
export const KbFileSchema = z.object({
  version: z.union([z.string(), z.number()]).optional(),
  provenance: z.string().optional(),
  countries: z.array(CountrySchema).optional(),
  organisations: z.array(OrganisationSchema).optional(),
  people: z.array(PersonSchema).optional(),
  offices: z.array(OfficeSchema).optional(),
  tenures: z.array(TenureSchema).optional(),
  places: z.array(PlaceSchema).optional(),
  /** Names never indexed as a place of a country, by why: they are also words, people, organisations or places of two countries. */
  ambiguous: z.record(z.string(), z.array(nonEmpty)).optional(),
});
/** Contents of one knowledge-base file (bundled or user-supplied). */
export type KbFile = z.infer<typeof KbFileSchema>;

/** What a lexicon surface form can point to. */
export type LexiconKind = 'country' | 'demonym' | 'capital' | 'seat' | 'region' | 'organisation' | 'person' | 'title';

/**
 * One meaning of a surface form: `id` is an iso3 for country/demonym/capital/seat/region, an organisation id, a
 * person id or an office key. A region is any place of a country, division or city: every reader of kinds already
 * places a region in its country, so cities need no kind of their own.
 */
export interface LexiconEntry {
  kind: LexiconKind;
  id: string;
  /** Set for acronyms ("WHO", "US"): the text must equal this, case included, to mean this entry. */
  exact?: string;
  /** Set on a region that is a city of the places file: "the city" may refer to it, not to a state or province. */
  city?: true;
}

/** An office someone holds together with the tenure that grants it. */
export interface Role {
  office: Office;
  tenure: Tenure;
}

/** Read-only, indexed access to countries, organisations, people, offices and who held which office when. */
export interface KnowledgeBase {
  /** All countries, in file order. */
  readonly countries: readonly Country[];
  /** All organisations, in file order. */
  readonly organisations: readonly Organisation[];
  /** All people, in file order. */
  readonly people: readonly Person[];
  /** All offices, in file order. */
  readonly offices: readonly Office[];
  /** All tenures, in file order. */
  readonly tenures: readonly Tenure[];
  /** All places (regions and cities) of the places collection, in file order. */
  readonly places: readonly Place[];
  /** Country by name, alias, ISO alpha-3 or alpha-2 ("Britain", "the UK", "U.S."). */
  countryByName(text: string): Country | undefined;
  /** Country by demonym, singular or plural ("Russian", "Ukrainians"). */
  countryByDemonym(text: string): Country | undefined;
  /** Country whose capital this is ("Moscow", "Kiev"). */
  countryByCapital(text: string): Country | undefined;
  /** Country a region or city belongs to ("Rio Grande do Sul", "Kharkiv"); none for ambiguous names ("Santiago"). */
  countryByPlace(text: string): Country | undefined;
  /** Country whose seat of government this names ("the Kremlin", "Downing Street"). */
  countryBySeat(text: string): Country | undefined;
  /** Organisation by name, alias or acronym ("the United Nations", "U.N.", "UN Security Council"). */
  organisationByName(text: string): Organisation | undefined;
  /** Organisation whose seat is the city written exactly so ("Brussels" → the EU); the last listed wins. */
  organisationBySeatCity(city: string): Organisation | undefined;
  /** People whose name or alias this is. */
  personByName(text: string): Person[];
  /** People with this surname ("Putin", "von der Leyen"). */
  personBySurname(text: string): Person[];
  /** Offices news may call by this title ("foreign secretary", "Russian president"). */
  officesByTitle(title: string): Office[];
  /** People holding the office on the date (YYYY-MM-DD). */
  holders(officeKey: string, date: string): Person[];
  /** Every role of a person, or only those current on `date`. */
  rolesOf(personId: string, date?: string): Role[];
  /** Person by id. */
  person(id: string): Person | undefined;
  /** Country by ISO alpha-3 code. */
  country(iso3: string): Country | undefined;
  /** Organisation by id or code. */
  organisation(idOrCode: string): Organisation | undefined;
  /** Office by key. */
  office(key: string): Office | undefined;
  /** Normalised surface form (see `normaliseName`) → its meanings; built once, for fast matching. */
  lexicon(): ReadonlyMap<string, readonly LexiconEntry[]>;
}
