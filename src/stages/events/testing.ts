// A hand-built document for the events tests: real sentence, token and part-of-speech layers, and the mention, entity, time
// and quote layers given by the test (empty by default), so the coder is tested apart from the other stages.
import { cleanDocument } from '../../clean/clean.js';
import { withLayer, type Doc } from '../../doc/document.js';
import type { Layers } from '../../doc/layers.js';
import { defaultKnowledgeBase } from '../../kb/knowledge-base.js';
import { createReader } from '../../readout.js';
import { paragraphsStage } from '../paragraphs/paragraphs.js';
import { sentencesStage } from '../sentences/sentences.js';
import { posStage } from '../pos/pos.js';
import { tokensStage } from '../tokens/tokens.js';
import { findEvents } from './events.js';
import type { EventDictionary } from './dictionary.js';
import type { EventAnnotation } from './types.js';

/** A document over `text` with the given upstream layers. */
export function docOf(text: string, published = '2022-09-21', layers: Partial<Pick<Layers, 'mentions' | 'entities' | 'times' | 'quotes'>> = {}): Doc {
  const kb = defaultKnowledgeBase();
  let doc = cleanDocument({ id: 'test', source: text, format: 'text', published }, { asIs: true });
  for (const stage of [paragraphsStage, sentencesStage, tokensStage, posStage]) doc = withLayer(doc, stage.provides, stage.run(doc, { kb }) as never);
  doc = withLayer(doc, 'mentions', layers.mentions ?? []);
  doc = withLayer(doc, 'entities', layers.entities ?? []);
  doc = withLayer(doc, 'times', layers.times ?? []);
  return withLayer(doc, 'quotes', layers.quotes ?? []);
}

/** The events of a text, each with its trigger, actor codes and modality as plain strings for compact assertions. */
export function eventsOf(text: string, options: { published?: string; layers?: Parameters<typeof docOf>[2]; dictionary?: EventDictionary } = {}): Array<EventAnnotation & { line: string }> {
  const doc = docOf(text, options.published, options.layers);
  const kb = defaultKnowledgeBase();
  return findEvents(doc, options.dictionary ? { kb, eventDictionary: options.dictionary } : { kb }).map((e) => ({
    ...e,
    line: `${e.type} ${e.sourceActor?.code ?? '-'} ${e.targetActor?.code ?? '-'} ${e.modality}`,
  }));
}

/** One reader for the whole-pipeline tests, made when first asked. */
let pipelineReader: ReturnType<typeof createReader> | undefined;

/**
 * "TYPE source -> target" with the sides as written, through the whole pipeline: names are actors with their mentions,
 * times are read, quotes give speakers.
 */
export function pipelineSides(text: string, published: string): string[] {
  pipelineReader ??= createReader();
  return pipelineReader.read({ id: 'test', text, published }).events.map((e) => `${e.type} ${e.sourceText?.text ?? '-'} -> ${e.targetText?.text ?? '-'}`);
}
