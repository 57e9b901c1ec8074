// Speakers a careful reader judged wrong or missing in fresh11: a ministry of a country the knowledge base lacks, an
// "it" going on with the body quoted before past a place named in its words, and others below.
import { describe, expect, it } from 'vitest';
import { quotesOf } from '../../../test/helpers/quotes.js';

describe('a ministry of a country the knowledge base lacks', () => {
  it('is the speaker of a later "The ministry said"', () => {
    const quotes = quotesOf("Six fishermen were rescued off the coast, Velmora's transport ministry said on Sunday.\n\nThe ministry said the search for two more would go on overnight.");
    expect(quotes).toContainEqual(expect.objectContaining({ source: 'The ministry', speaker: "Velmora's transport ministry" }));
  });

  it('takes "The ministry" from another country\'s ministry named further back', () => {
    const quotes = quotesOf("Both sides freed 30 detainees, Norway's foreign ministry said.\n\nAccording to the Ostrian interior ministry, four of them were ill. The ministry accused its neighbour of neglect.");
    expect(quotes).toContainEqual(expect.objectContaining({ source: 'The ministry', speaker: 'Ostrian interior ministry' }));
  });
});

describe('an "it" after a body\'s attribution', () => {
  it('goes on with the body past a place named in its words', () => {
    const quotes = quotesOf('The World Food Programme said supplies were short because the port of Lumbara had flooded. It said rations would be cut by half.');
    expect(quotes).toContainEqual(expect.objectContaining({ source: 'It', speaker: 'World Food Programme' }));
  });
});
