import { withText, type Span } from '../doc/span.js';
import type { Doc } from '../doc/document.js';
import type { Layers } from '../doc/layers.js';
import type { ReadoutResult, ResultEntity, ResultEvent, ResultQuote, ResultSpan, ResultTime } from './types.js';

/** Ids are per document and positional: "e1", "t1", "q1", "v1". */
const entityId = (index: number | null | undefined): string | null => (index === null || index === undefined ? null : `e${index + 1}`);

function span(text: string, value: Span | null | undefined): ResultSpan | null {
  return value ? withText(text, value) : null;
}

/** The readout/1 result of a processed document. */
export function toResult(doc: Doc, rules?: Record<string, string>): ReadoutResult {
  const { text } = doc;
  const layers = doc.layers as Partial<Layers>;
  const mentions = layers.mentions ?? [];
  const entities: ResultEntity[] = (layers.entities ?? []).map((entity, index) => ({
    id: `e${index + 1}`,
    type: entity.type,
    name: entity.name,
    ...(entity.country ? { country: entity.country } : {}),
    ...(entity.roles?.length ? { roles: entity.roles } : {}),
    ...(entity.kbId ? { kb: entity.kbId } : {}),
    mentions: entity.mentions.map((m) => {
      const mention = mentions[m];
      return { ...withText(text, mention), kind: mention.kind, ...(mention.metonymFor ? { metonymFor: mention.metonymFor } : {}) };
    }),
  }));
  const times: ResultTime[] = (layers.times ?? []).map((time, index) => ({ id: `t${index + 1}`, ...withText(text, time), type: time.type, value: time.value }));
  const quotes: ResultQuote[] = (layers.quotes ?? []).map((quote, index) => ({
    id: `q${index + 1}`,
    kind: quote.kind,
    ...withText(text, quote),
    speaker: entityId(quote.speaker),
    source: span(text, quote.source),
    cue: span(text, quote.cue),
    modality: quote.modality,
  }));
  // Events a user dictionary codes outside PLOVER (CAMEO 01, 02) stay in the layer; the contract's events are PLOVER-typed.
  const events: ResultEvent[] = (layers.events ?? []).filter((event) => event.type !== null).map((event, index) => ({
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
    ...(event.quote !== undefined && event.quote !== null ? { quote: `q${event.quote + 1}` } : {}),
    ...(event.sourceActor ? { sourceActor: event.sourceActor } : {}),
    ...(event.targetActor ? { targetActor: event.targetActor } : {}),
  }));
  return {
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
    ...(rules ? { rules } : {}),
    ...(doc.warnings?.length ? { warnings: doc.warnings.map(({ code, message }) => ({ code, message })) } : {}),
  };
}
