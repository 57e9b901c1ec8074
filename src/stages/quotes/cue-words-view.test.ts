// Reporting, belief and view words the cue data still lacked. Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { quotesOf } from '../../../test/helpers/quotes.js';
import { readsWithSourceAndContent } from '../../../test/helpers/quote-cases.js';

describe('words of speech, belief and view the cue data lacked', () => {
  readsWithSourceAndContent([
    { name: 'reads "boomed" before a quote as speech', sentence: 'The striker then boomed, "We are not finished yet."', source: 'The striker', content: '"We are not finished yet."' },
    { name: 'reads "boomed" before a that-clause as speech', sentence: 'The coach boomed that nobody would be dropped.', source: 'The coach', content: 'that nobody would be dropped' },
    { name: 'reads "reprised" with the words repeated as content', sentence: 'The councillor reprised his warning about the flood barrier.', source: 'The councillor', content: 'his warning about the flood barrier' },
    { name: 'reads "foreshadowed" as a view of what is coming', sentence: 'The trade figures foreshadowed a difficult winter for the port.', source: 'The trade figures', content: 'a difficult winter for the port' },
    { name: 'reads "riffed on" as speech about its topic', sentence: "The comedian riffed on the town's endless roadworks.", source: 'The comedian', content: "the town's endless roadworks" },
    { name: 'reads an owned "diagnosis of" with its topic as content', sentence: "The surgeon's diagnosis of the team's problems was blunt.", source: "The surgeon's", content: "the team's problems" },
    { name: 'reads an owned "interpretation of" with its topic as content', sentence: "The judge's interpretation of the fishing rules was narrow.", source: "The judge's", content: 'the fishing rules' },
  ]);
});

describe('the other sense of "boomed"', () => {
  it('reads no line when something grew with no clause or quote after the verb', () => {
    expect(quotesOf('Prices boomed across the valley last spring.')).toHaveLength(0);
  });
});
