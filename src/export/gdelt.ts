// Exports of coded events: GDELT 2.0 event table rows (tab-separated, the 61 columns of the GDELT 2.0 event
// codebook, filled where readout has a meaning for them) and JSONL of events. Pure functions over results.
import { goldsteinOf, quadClassOf } from '../stages/events/ontology.js';
import type { ReadoutResult, ResultEvent } from '../result/types.js';

/** The GDELT 2.0 event table's columns, in order. */
export const GDELT_COLUMNS: readonly string[] = [
  'GLOBALEVENTID', 'SQLDATE', 'MonthYear', 'Year', 'FractionDate',
  ...actorColumns('Actor1'), ...actorColumns('Actor2'),
  'IsRootEvent', 'EventCode', 'EventBaseCode', 'EventRootCode', 'QuadClass', 'GoldsteinScale',
  'NumMentions', 'NumSources', 'NumArticles', 'AvgTone',
  ...geoColumns('Actor1Geo'), ...geoColumns('Actor2Geo'), ...geoColumns('ActionGeo'),
  'DATEADDED', 'SOURCEURL',
];

/** readout's own columns appended with `extended`: what GDELT has no place for. */
export const READOUT_COLUMNS: readonly string[] = ['Type', 'Mode', 'Modality', 'Trigger', 'EvidenceStart', 'EvidenceEnd', 'Quote'];

function actorColumns(prefix: string): string[] {
  return ['Code', 'Name', 'CountryCode', 'KnownGroupCode', 'EthnicCode', 'Religion1Code', 'Religion2Code', 'Type1Code', 'Type2Code', 'Type3Code'].map((c) => `${prefix}${c}`);
}

function geoColumns(prefix: string): string[] {
  return ['Type', 'FullName', 'CountryCode', 'ADM1Code', 'ADM2Code', 'Lat', 'Long', 'FeatureID'].map((c) => `${prefix}_${c}`);
}

/** Options of the GDELT export. */
export interface GdeltOptions {
  /** Append readout's columns (type, mode, modality, trigger, evidence, quote) after GDELT's 61. */
  extended?: boolean;
  /** Keep only events of these modalities (e.g. ["asserted"] for what the article states as fact). */
  modalities?: readonly ResultEvent['modality'][];
}

/** A calendar date (YYYY-MM-DD) from the event, else the publication date; null when neither is a full date. */
function dayOf(event: ResultEvent, result: ReadoutResult): string | null {
  for (const value of [event.date, result.meta.published]) {
    const match = value ? /^(\d{4})-(\d{2})-(\d{2})/.exec(value) : null;
    if (match) return `${match[1]}-${match[2]}-${match[3]}`;
  }
  return null;
}

/** GDELT's FractionDate: the year plus the share of it gone by (YYYY.FFFF). */
function fractionDate(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  const start = Date.UTC(date.getUTCFullYear(), 0, 1);
  const fraction = (date.getTime() - start) / (365 * 86_400_000);
  return (date.getUTCFullYear() + fraction).toFixed(4);
}

/** Tabs and line breaks would break the table; they become spaces. */
const cell = (value: string | number | null | undefined): string => (value === null || value === undefined ? '' : String(value).replace(/[\t\r\n]+/g, ' '));

/** One side's ten GDELT actor cells. */
function actorCells(result: ReadoutResult, entityId: string | null, code: ResultEvent['sourceActor'], text: ResultEvent['sourceText']): string[] {
  const entity = entityId ? result.entities.find((e) => e.id === entityId) : undefined;
  const name = entity?.name ?? text?.text ?? null;
  if (!code && !name) return new Array<string>(10).fill('');
  return [cell(code?.code), cell(name?.toUpperCase()), cell(code?.country ?? entity?.country), '', '', '', '', cell(code?.sector), '', ''];
}

/** The ActionGeo cells: the location entity's name and country (ISO alpha-3, where GDELT uses FIPS 10-4). */
function actionGeoCells(result: ReadoutResult, event: ResultEvent): string[] {
  const place = event.location ? result.entities.find((e) => e.id === event.location) : undefined;
  if (!place) return new Array<string>(8).fill('');
  // GDELT geo types: 1 country, 4 world city/other; readout does not geocode, so coordinates stay empty.
  const type = place.kb !== undefined && place.kb === place.country ? 1 : 4;
  return [String(type), cell(place.name), cell(place.country), '', '', '', '', ''];
}

/** GDELT 2.0 event rows (arrays of cells) for the events of one result. */
export function gdeltRows(result: ReadoutResult, options: GdeltOptions = {}): string[][] {
  const rows: string[][] = [];
  const first = result.sentences[0];
  for (const event of result.events) {
    if (options.modalities && !options.modalities.includes(event.modality)) continue;
    const day = dayOf(event, result);
    const code = event.cameo ?? '';
    const goldstein = code ? goldsteinOf(code) : null;
    const quad = code ? quadClassOf(code) : null;
    const row = [
      `${result.id}:${event.id}`,
      day ? day.replace(/-/g, '') : '',
      day ? day.slice(0, 7).replace('-', '') : '',
      day ? day.slice(0, 4) : '',
      day ? fractionDate(day) : '',
      ...actorCells(result, event.source, event.sourceActor, event.sourceText),
      ...actorCells(result, event.target, event.targetActor, event.targetText),
      // GDELT marks events of the lead paragraph as root events; readout uses the first sentence.
      first && event.evidence.start === first.start ? '1' : '0',
      code,
      code.slice(0, 3),
      code.slice(0, 2),
      cell(quad),
      goldstein === null ? '' : goldstein.toFixed(1),
      '1', '1', '1', '',
      ...new Array<string>(8).fill(''),
      ...new Array<string>(8).fill(''),
      ...actionGeoCells(result, event),
      '',
      cell(result.meta.url),
    ];
    if (options.extended) {
      row.push(event.type, cell(event.mode), event.modality, cell(event.trigger.text), String(event.evidence.start), String(event.evidence.end), cell(event.quote));
    }
    rows.push(row);
  }
  return rows;
}

/** A tab-separated GDELT 2.0 event table for many results, with a header line when asked (GDELT's own files have none). */
export function toGdeltTsv(results: Iterable<ReadoutResult>, options: GdeltOptions & { header?: boolean } = {}): string {
  const lines: string[] = [];
  if (options.header) lines.push([...GDELT_COLUMNS, ...(options.extended ? READOUT_COLUMNS : [])].join('\t'));
  for (const result of results) for (const row of gdeltRows(result, options)) lines.push(row.join('\t'));
  return lines.length ? `${lines.join('\n')}\n` : '';
}

/** One event as a self-contained JSON record: the document it comes from, names of its actors and place, its evidence text, Goldstein and quad class. */
export interface EventRecord extends ResultEvent {
  doc: string;
  url: string | null;
  published: string | null;
  sourceName: string | null;
  targetName: string | null;
  locationName: string | null;
  evidenceText: string;
  goldstein: number | null;
  quadClass: number | null;
}

/** The events of a result as self-contained records. */
export function eventRecords(result: ReadoutResult): EventRecord[] {
  const name = (id: string | null) => (id ? result.entities.find((e) => e.id === id)?.name ?? null : null);
  return result.events.map((event) => ({
    doc: result.id,
    url: result.meta.url,
    published: result.meta.published,
    ...event,
    sourceName: name(event.source) ?? event.sourceText?.text ?? null,
    targetName: name(event.target) ?? event.targetText?.text ?? null,
    locationName: name(event.location),
    evidenceText: result.text.slice(event.evidence.start, event.evidence.end),
    goldstein: event.cameo ? goldsteinOf(event.cameo) : null,
    quadClass: event.cameo ? quadClassOf(event.cameo) : null,
  }));
}

/** JSONL of events: one record per line. */
export function toEventsJsonl(results: Iterable<ReadoutResult>): string {
  const lines: string[] = [];
  for (const result of results) for (const record of eventRecords(result)) lines.push(JSON.stringify(record));
  return lines.length ? `${lines.join('\n')}\n` : '';
}
