/**
 * The readout/1 result: the contract users' scripts and evaluations rely on (see docs/schema.md).
 * schema/readout-1.schema.json is generated from these types (`npm run schema`); a test checks real output against it.
 */

/** PLOVER's sixteen event types. */
export type PloverType =
  | 'AGREE' | 'CONSULT' | 'SUPPORT' | 'CONCEDE' | 'COOPERATE' | 'AID' | 'RETREAT' | 'REQUEST'
  | 'ACCUSE' | 'REJECT' | 'THREATEN' | 'PROTEST' | 'SANCTION' | 'MOBILIZE' | 'COERCE' | 'ASSAULT';

/** How the article holds a quote or event: stated, claimed by a source, announced, anticipated, hypothetical, denied. */
export type Modality = 'asserted' | 'reported' | 'planned' | 'expected' | 'possible' | 'negated';

/** Entity types. */
export type ResultEntityType = 'PERSON' | 'ORG' | 'GPE' | 'LOC' | 'NORP' | 'OTHER';

/** A half-open span of the result's text, with the text it shows. */
export interface ResultSpan {
  /** @minimum 0 */
  start: number;
  /** @minimum 0 */
  end: number;
  text: string;
}

/** A half-open span of the result's text. */
export interface ResultRange {
  /** @minimum 0 */
  start: number;
  /** @minimum 0 */
  end: number;
}

/** Article metadata. */
export interface ResultMeta {
  title: string | null;
  published: string | null;
  url: string | null;
  site: string | null;
  authors: string[];
  /** Extension: last modification date, kept apart from publication. */
  modified?: string | null;
  /** Extension: language tag. */
  language?: string | null;
}

/** Boilerplate taken out of the input. */
export interface ResultRemoval {
  reason: string;
  text: string;
}

/** A mention of an entity. */
export interface ResultMention extends ResultSpan {
  /** Extension: how the mention refers. */
  kind?: 'name' | 'title' | 'pronoun' | 'nominal' | 'demonym';
  /** Extension: a place or building standing for a government ("the Kremlin" for RUS). */
  metonymFor?: string;
}

/** A role held by an entity. */
export interface ResultRole {
  title: string;
  of?: string;
}

/** An entity with all its mentions. */
export interface ResultEntity {
  id: string;
  type: ResultEntityType;
  name: string;
  country?: string;
  roles?: ResultRole[];
  /** Extension: knowledge-base id (a Wikidata QID where known). */
  kb?: string;
  mentions: ResultMention[];
}

/** A normalised time expression. */
export interface ResultTime extends ResultSpan {
  id: string;
  type: 'DATE' | 'TIME' | 'DURATION' | 'SET';
  /** TIMEX3 value such as "2022-09-22", "2022-W38", "P1M", "PAST_REF". */
  value: string;
}

/** A statement and who made it. */
export interface ResultQuote extends ResultSpan {
  id: string;
  kind: 'direct' | 'indirect' | 'mixed';
  /** Entity id of the speaker, or null when unresolved. */
  speaker: string | null;
  source: ResultSpan | null;
  cue: ResultSpan | null;
  modality: Modality;
}

/** A coded event with its evidence. */
export interface ResultEvent {
  id: string;
  type: PloverType;
  mode: string | null;
  cameo: string | null;
  source: string | null;
  target: string | null;
  sourceText: ResultSpan | null;
  targetText: ResultSpan | null;
  trigger: ResultSpan;
  date: string | null;
  location: string | null;
  modality: Modality;
  evidence: ResultRange;
  /** Extension: id of the quote the event is reported in. */
  quote?: string | null;
  /** Extension: the source side's actor code in CAMEO style ("RUSMIL"), also when no entity matches. */
  sourceActor?: ResultActorCode | null;
  /** Extension: the target side's actor code in CAMEO style. */
  targetActor?: ResultActorCode | null;
}

/** Extension: an event side's actor code: country (ISO alpha-3 or IGO code) and CAMEO-style sector. */
export interface ResultActorCode {
  code: string;
  country: string | null;
  sector: string | null;
}

/** The result for one document. */
export interface ReadoutResult {
  schema: 'readout/1';
  id: string;
  meta: ResultMeta;
  text: string;
  removed: ResultRemoval[];
  sentences: ResultRange[];
  entities: ResultEntity[];
  times: ResultTime[];
  quotes: ResultQuote[];
  events: ResultEvent[];
  /** Extension: `stage: version` of the rules that produced the result. */
  rules?: Record<string, string>;
  /** Extension: problems that did not stop the document, such as a page with no article (E_HTML_NO_ARTICLE). */
  warnings?: ResultWarning[];
}

/** A coded note about a document that was still processed. */
export interface ResultWarning {
  code: string;
  message: string;
}

/** The line given instead of a result when a document cannot be processed. */
export interface ReadoutErrorResult {
  id: string;
  error: { code: string; message: string };
}

/** What `readout extract` prints per document. */
export type ReadoutOutput = ReadoutResult | ReadoutErrorResult;
