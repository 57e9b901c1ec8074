// The kinds of organisation: the nominal heads that stand for each kind ("the company", "the regulator", "the
// government") and the name heads that show a kind (data/organisation-kinds.json).
import { loadJson } from '../../data/load.js';

export const GOVERNMENT_NOMINALS = new Set(['government', 'administration', 'regime', 'cabinet']);
// Heads of a state's own bodies, each an organisation of its country ("Russia's defence ministry", "the Indian embassy").
export const STATE_BODY_NOMINALS = new Set(['ministry', 'department', 'embassy', 'consulate', 'office', 'agency', 'commission', 'committee', 'council', 'parliament', 'senate', 'assembly', 'court', 'tribunal', 'army', 'navy', 'military', 'police']);
// Last words that make a name a public body, never a business ("Trade Commission", "Supreme Court", "Food and Drug
// Administration"); unlike "Office", "Agency" or "Police", which businesses' names end in too ("Post Office", "Talent
// Agency").
export const PUBLIC_BODY_LAST = new Set(['commission', 'committee', 'council', 'ministry', 'department', 'parliament', 'senate', 'assembly', 'court', 'tribunal', 'administration']);

// Heads that may stand for any organisation just named ("the organization", "the company").
export const GENERIC_ORG_NOMINALS = new Set(['organization', 'organisation', 'company', 'firm', 'group', 'agency', 'corporation', 'institution', 'body', 'federation', 'carrier', 'airline', 'manufacturer', 'automaker', 'carmaker', 'retailer', 'lender', 'bank', 'broadcaster', 'newspaper', 'network', 'charity', 'alliance', 'bloc', 'party', 'church', 'team', 'club', 'regulator', 'watchdog', 'force']);
// Generic heads only a union of states may be ("the bloc"), and those only a business may be ("the company").
export const STATE_UNION_NOMINALS = new Set(['alliance', 'bloc']);
// Heads only a public body may be ("the regulator", "the watchdog"): never the company it oversees.
export const REGULATOR_NOMINALS = new Set(['regulator', 'watchdog']);
// Last words of a public body's name besides PUBLIC_BODY_LAST's that a regulator's name ends in ("Competition and
// Markets Authority", "Food Standards Agency", "Office of Communications").
export const REGULATOR_LAST = new Set(['authority', 'agency', 'office', 'board', 'administration', 'regulator', 'watchdog']);
// Last words of a police body's name ("Northvale Police", "Kent Constabulary").
export const POLICE_HEADS = new Set(['police', 'constabulary']);
// Heads of a sports side ("the club", "the team"): no public body, party, school or bloc of states.
export const SIDE_NOMINALS = new Set(['club', 'team']);
// Heads that stand for a bank, central or commercial.
export const LENDER_NOMINALS = new Set(['bank', 'lender']);
export const COMPANY_NOMINALS = new Set(['company', 'firm', 'corporation', 'carrier', 'airline', 'manufacturer', 'automaker', 'carmaker', 'retailer', 'broadcaster', 'newspaper']);
// Kinds of organisation a name's head word shows ("School", "Association"), and the labels of party families: see
// data/organisation-kinds.json.
interface KindHeads {
  heads: string[];
}
interface OrganisationKinds {
  school: KindHeads;
  association: KindHeads;
  company: KindHeads;
  partyFamilies: { labels: string[] };
}
const ORGANISATION_KINDS = loadJson<OrganisationKinds>(new URL('./data/organisation-kinds.json', import.meta.url), (value) => {
  const kinds = value as Partial<OrganisationKinds>;
  return (['school', 'association', 'company'] as const).every((kind) => Array.isArray(kinds[kind]?.heads)) && Array.isArray(kinds.partyFamilies?.labels);
});
export const SCHOOL_HEADS: ReadonlySet<string> = new Set(ORGANISATION_KINDS.school.heads.map((w) => w.toLowerCase()));
export const ASSOCIATION_HEADS: ReadonlySet<string> = new Set(ORGANISATION_KINDS.association.heads.map((w) => w.toLowerCase()));
export const COMPANY_HEADS: ReadonlySet<string> = new Set(ORGANISATION_KINDS.company.heads.map((w) => w.toLowerCase()));
/**
 * Names of party families that parties of many countries bear ("Social Democrats", "Greens"): the knowledge base's
 * one holder of such a label is meant only where the article names its country (`namesCountryOf`).
 */
export const GENERIC_PARTY_LABELS: ReadonlySet<string> = new Set(ORGANISATION_KINDS.partyFamilies.labels);
// Generic heads a school cannot be ("the group", "the company").
export const NOT_SCHOOL_NOMINALS = new Set(['group', ...COMPANY_NOMINALS]);
