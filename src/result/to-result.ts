import { withText, type Span } from '../doc/span.js';
import type { Doc } from '../doc/document.js';
import type { Layers } from '../doc/layers.js';
import type { Entity } from '../stages/entities/types.js';
import type { Mention } from '../stages/mentions/types.js';
import type { EventAnnotation } from '../stages/events/types.js';
import type { ReadoutResult, ResultEntity, ResultEvent, ResultMention, ResultQuote, ResultSpan, ResultTime } from './types.js';

// Result objects are written property by property, optional ones assigned only when present, rather than spread
// from partial objects: a result holds tens of thousands of small objects per long article, and each spread
// builds and copies a temporary. The property order (hence the JSON) is the order written here.

/** Ids are per document and positional: "e1", "t1", "q1", "v1". */
const entityId = (index: number | null | undefined): string | null => (index === null || index === undefined ? null : `e${index + 1}`);

function span(text: string, value: Span | null | undefined): ResultSpan | null {
  return value ? withText(text, value) : null;
}

function mentionOf(text: string, mention: Mention): ResultMention {
  const result: ResultMention = { start: mention.start, end: mention.end, text: text.slice(mention.start, mention.end), kind: mention.kind };
  if (mention.metonymFor) result.metonymFor = mention.metonymFor;
  return result;
}

function entityOf(text: string, mentions: readonly Mention[], entity: Entity, index: number): ResultEntity {
  const head: Omit<ResultEntity, 'mentions'> = { id: `e${index + 1}`, type: entity.type, name: entity.name };
  if (entity.country) head.country = entity.country;
  if (entity.roles?.length) head.roles = entity.roles;
  if (entity.kbId) head.kb = entity.kbId;
  return Object.assign(head, { mentions: entity.mentions.map((m) => mentionOf(text, mentions[m])) });
}

function eventOf(text: string, event: EventAnnotation, index: number): ResultEvent {
  const result: ResultEvent = {
    id: `v${index + 1}`,
    type: event.type!,
    mode: event.mode,
    cameo: event.cameo,
    source: entityId(event.source),
    target: entityId(event.target),
    sourceText: span(text, event.sourceText),
    targetText: span(text, event.targetText),
    trigger: withText(text, event.trigger),
    date: event.date,
    location: entityId(event.location),
    modality: event.modality,
    evidence: { start: event.evidence.start, end: event.evidence.end },
  };
  if (event.quote !== undefined && event.quote !== null) result.quote = `q${event.quote + 1}`;
  if (event.sourceActor) result.sourceActor = event.sourceActor;
  if (event.targetActor) result.targetActor = event.targetActor;
  return result;
}

/** The readout/1 result of a processed document. */
export function toResult(doc: Doc, rules?: Record<string, string>): ReadoutResult {
  const { text } = doc;
  const layers = doc.layers as Partial<Layers>;
  const mentions = layers.mentions ?? [];
  const entities: ResultEntity[] = (layers.entities ?? []).map((entity, index) => entityOf(text, mentions, entity, index));
  const times: ResultTime[] = (layers.times ?? []).map((time, index) => ({ id: `t${index + 1}`, start: time.start, end: time.end, text: text.slice(time.start, time.end), type: time.type, value: time.value }));
  const quotes: ResultQuote[] = (layers.quotes ?? []).map((quote, index) => ({
    id: `q${index + 1}`,
    kind: quote.kind,
    start: quote.start,
    end: quote.end,
    text: text.slice(quote.start, quote.end),
    speaker: entityId(quote.speaker),
    source: span(text, quote.source),
    cue: span(text, quote.cue),
    modality: quote.modality,
  }));
  // Events a user dictionary codes outside PLOVER (CAMEO 01, 02) stay in the layer; the contract's events are PLOVER-typed.
  const events: ResultEvent[] = (layers.events ?? []).filter((event) => event.type !== null).map((event, index) => eventOf(text, event, index));
  const result: ReadoutResult = {
    schema: 'readout/1',
    id: doc.id,
    meta: { ...doc.meta, authors: [...doc.meta.authors] },
    text,
    removed: doc.removed.map(({ reason, text: removedText }) => ({ reason, text: removedText })),
    sentences: (layers.sentences ?? []).map(({ start, end }) => ({ start, end })),
    entities,
    times,
    quotes,
    events,
  };
  if (rules) result.rules = rules;
  if (doc.warnings?.length) result.warnings = doc.warnings.map(({ code, message }) => ({ code, message }));
  return result;
}
