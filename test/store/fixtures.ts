// Hand-built readout/1 results for store tests: spans are found in the text, so every fact quotes it exactly.
import type { Modality, PloverType, ReadoutResult, ResultEntity, ResultEvent, ResultQuote, ResultSpan } from '../../src/result/types.js';
import { contentHash, saveResult, type SaveOutcome, type Store } from '../../src/store/index.js';

/** The span of the `nth` (0-based) occurrence of `needle` in `text`. */
export function at(text: string, needle: string, nth = 0): ResultSpan {
  let start = -1;
  for (let i = 0; i <= nth; i++) start = text.indexOf(needle, start + 1);
  if (start < 0) throw new Error(`"${needle}" not in text`);
  return { start, end: start + needle.length, text: needle };
}

/** An entity of a hand-built result: its name, type, optional kb id, and the surface forms that mention it. */
export interface EntitySpec {
  name: string;
  type?: ResultEntity['type'];
  kb?: string;
  country?: string;
  roles?: ResultEntity['roles'];
  forms?: string[];
}

/** A quote of a hand-built result: the quoted words, speaker index, cue. */
export interface QuoteSpec {
  text: string;
  speaker: number | null;
  cue?: string;
  modality?: Modality;
}

/** An event of a hand-built result: type, trigger word, actor indices, date. */
export interface EventSpec {
  type: PloverType;
  trigger: string;
  source: number | null;
  target: number | null;
  date: string | null;
  modality?: Modality;
}

/** Builds a readout/1 result over `text` from short specs. */
export function buildResult(id: string, text: string, spec: { published?: string; entities?: EntitySpec[]; quotes?: QuoteSpec[]; events?: EventSpec[]; dates?: string[][] } = {}): ReadoutResult {
  const entities: ResultEntity[] = (spec.entities ?? []).map((e, i) => ({
    id: `e${i + 1}`,
    type: e.type ?? 'PERSON',
    name: e.name,
    ...(e.country ? { country: e.country } : {}),
    ...(e.roles ? { roles: e.roles } : {}),
    ...(e.kb ? { kb: e.kb } : {}),
    mentions: (e.forms ?? [e.name]).map((form) => ({ ...at(text, form), kind: 'name' as const })),
  }));
  const quotes: ResultQuote[] = (spec.quotes ?? []).map((q, i) => ({
    id: `q${i + 1}`,
    kind: 'direct',
    ...at(text, q.text),
    speaker: q.speaker === null ? null : `e${q.speaker + 1}`,
    source: q.speaker === null ? null : at(text, (spec.entities ?? [])[q.speaker].forms?.[0] ?? (spec.entities ?? [])[q.speaker].name),
    cue: q.cue ? at(text, q.cue) : null,
    modality: q.modality ?? 'asserted',
  }));
  const events: ResultEvent[] = (spec.events ?? []).map((v, i) => {
    const trigger = at(text, v.trigger);
    return {
      id: `v${i + 1}`,
      type: v.type,
      mode: null,
      cameo: null,
      source: v.source === null ? null : `e${v.source + 1}`,
      target: v.target === null ? null : `e${v.target + 1}`,
      sourceText: v.source === null ? null : { start: entities[v.source].mentions[0].start, end: entities[v.source].mentions[0].end, text: entities[v.source].mentions[0].text },
      targetText: v.target === null ? null : { start: entities[v.target].mentions[0].start, end: entities[v.target].mentions[0].end, text: entities[v.target].mentions[0].text },
      trigger,
      date: v.date,
      location: null,
      modality: v.modality ?? 'asserted',
      evidence: { start: 0, end: text.length },
    };
  });
  return {
    schema: 'readout/1',
    id,
    meta: { title: text.split('\n')[0], published: spec.published ?? null, url: `https://news.example/${id}`, site: 'News Example', authors: [] },
    text,
    removed: [],
    sentences: [{ start: 0, end: text.length }],
    entities,
    times: (spec.dates ?? []).map(([surface, value], i) => ({ id: `t${i + 1}`, ...at(text, surface), type: 'DATE' as const, value })),
    quotes,
    events,
    rules: { entities: '1.0.0', quotes: '1.0.0', events: '1.0.0', times: '1.0.0' },
  };
}

/** Saves a result as if ingested from a text file of its own text. */
export function save(store: Store, result: ReadoutResult): SaveOutcome {
  return saveResult(store, { externalId: result.id, hash: contentHash(result.text), raw: result.text, format: 'text', origin: result.id }, result);
}

/** Two reports of Blinken meeting Xi on 19 June 2023, and one of Wang accusing the US. */
export function corpus(): ReadoutResult[] {
  const a = 'Blinken meets Xi in Beijing\nAntony Blinken met Xi Jinping on Monday. "We made progress," Blinken said. Wang Yi accused the United States of "talking up a supposed China threat".';
  const b = 'US and China steady ties\nXi Jinping met Antony Blinken in Beijing on Monday, 19 June. "The two sides agreed to stabilise ties," Xi said, according to CCTV. Wang Yi was also present.';
  const c = 'Talks may resume\nBlinken could meet Xi again in the autumn, officials said. Blinken said: "It\'s something we are going to keep pushing on."';
  return [
    buildResult('a', a, {
      published: '2023-06-19',
      entities: [
        { name: 'Antony Blinken', kb: 'Q1', country: 'USA', roles: [{ title: 'Secretary of State', of: 'USA' }], forms: ['Antony Blinken', 'Blinken'] },
        { name: 'Xi Jinping', kb: 'Q2', country: 'CHN', forms: ['Xi Jinping', 'Xi'] },
        { name: 'Wang Yi', forms: ['Wang Yi'] },
        { name: 'United States', type: 'GPE', kb: 'USA', country: 'USA' },
      ],
      quotes: [{ text: 'We made progress,', speaker: 0, cue: 'said' }, { text: 'talking up a supposed China threat', speaker: 2, cue: 'accused', modality: 'reported' }],
      events: [
        { type: 'CONSULT', trigger: 'met', source: 0, target: 1, date: '2023-06-19' },
        { type: 'ACCUSE', trigger: 'accused', source: 2, target: 3, date: '2023-06-19', modality: 'reported' },
      ],
      dates: [['Monday', '2023-06-19']],
    }),
    buildResult('b', b, {
      published: '2023-06-20',
      entities: [
        { name: 'Xi Jinping', kb: 'Q2', country: 'CHN', forms: ['Xi Jinping', 'Xi'] },
        { name: 'Antony Blinken', kb: 'Q1', roles: [{ title: 'diplomat' }] },
        { name: 'Wang Yi' },
      ],
      quotes: [{ text: 'The two sides agreed to stabilise ties,', speaker: 0, cue: 'said' }],
      // The same meeting, told from Xi's side: meeting is mutual, so it is still one event.
      events: [{ type: 'CONSULT', trigger: 'met', source: 0, target: 1, date: '2023-06-19' }],
      dates: [['Monday, 19 June', '2023-06-19']],
    }),
    buildResult('c', c, {
      published: '2023-06-21',
      // "Antony Blinken" without a knowledge-base id here: the name joins the linked entity of the other articles.
      entities: [{ name: 'Antony Blinken', forms: ['Blinken'] }, { name: 'Xi', forms: ['Xi'] }],
      quotes: [{ text: "It's something we are going to keep pushing on.", speaker: 0, cue: 'said' }],
      events: [
        { type: 'CONSULT', trigger: 'meet', source: 0, target: 1, date: '2023-Q3', modality: 'possible' },
        { type: 'CONSULT', trigger: 'meet', source: 0, target: 1, date: null, modality: 'possible' },
      ],
    }),
  ];
}
