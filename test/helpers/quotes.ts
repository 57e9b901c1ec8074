import { createReader } from '../../src/readout.js';
import type { Modality } from '../../src/result/types.js';

const reader = createReader();

/** A quote as the round tests read it: its content, source and cue as written, the speaker entity's name, its modality. */
export interface SeenQuote {
  content: string;
  source: string | undefined;
  cue: string | undefined;
  speaker: string | undefined;
  modality: Modality;
}

/** The quotes readout finds in `text`, through the whole pipeline. */
export function quotesOf(text: string): SeenQuote[] {
  const document = reader.read({ text });
  const names = new Map(document.entities.map((entity) => [entity.id, entity.name]));
  return document.quotes.map((quote) => ({ content: quote.text, source: quote.source?.text, cue: quote.cue?.text, speaker: quote.speaker ? names.get(quote.speaker) : undefined, modality: quote.modality }));
}
