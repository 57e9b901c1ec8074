// Swallowed attributions, second pass: more places where a content runs on over a second attribution, which is cut
// off and read on its own. Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { quotesOf } from '../../../test/helpers/quotes.js';

describe('a relative clause after ", which" with its own subject and a cue', () => {
  it('ends the first content before the comma', () => {
    const quotes = quotesOf('The baker criticised the new parking rules, which the council said would bring more shoppers to the square.');
    expect(quotes.find((quote) => quote.cue === 'criticised')?.content).toBe('the new parking rules');
  });

  it('is read as the relative clause subject\'s attribution', () => {
    const quotes = quotesOf('The baker criticised the new parking rules, which the council said would bring more shoppers to the square.');
    expect(quotes.find((quote) => quote.cue === 'said')?.source).toBe('the council');
  });

  it('takes a quoted label after the cue as the second content', () => {
    const quotes = quotesOf('Ms Hale said she had backed the ferry levy, which she called "a fair price for a lifeline."');
    expect(quotes.find((quote) => quote.cue === 'called')?.content).toBe('"a fair price for a lifeline."');
  });

  it('leaves a relative clause whose object is gapped at the end inside the content', () => {
    const quotes = quotesOf('The skipper refused to sign the harbour deal, which the fishers strongly opposed.');
    expect(quotes.find((quote) => quote.cue === 'refused')?.content).toBe('to sign the harbour deal, which the fishers strongly opposed');
  });

  it('leaves a relative clause the reported clause goes on after inside the content', () => {
    const quotes = quotesOf('Mr Dunn said the toll, which the council says will raise millions, was dropped last spring.');
    expect(quotes.find((quote) => quote.cue === 'said' && quote.source === 'Mr Dunn')?.content).toBe('the toll, which the council says will raise millions, was dropped last spring');
  });

  it('leaves a belief in the relative clause inside the content', () => {
    const quotes = quotesOf('The warden praised the new trail, which she believes will draw walkers from the city.');
    expect(quotes.find((quote) => quote.cue === 'praised')?.content).toBe('the new trail, which she believes will draw walkers from the city');
  });
});

describe('a clause opening the sentence before a main clause whose verb is a cue', () => {
  it('ends the opening clause content at the comma when the main subject is lower-case', () => {
    const quotes = quotesOf('While the mayor praised the new bridge, local shop owners argued that it would hurt trade.');
    expect(quotes.find((quote) => quote.cue === 'praised')?.content).toBe('the new bridge');
  });

  it('reads the main clause as its own attribution', () => {
    const quotes = quotesOf('While the mayor praised the new bridge, local shop owners argued that it would hurt trade.');
    expect(quotes.find((quote) => quote.cue === 'argued')).toMatchObject({ source: 'local shop owners', content: 'that it would hurt trade' });
  });

  it('ends it too before a counted subject', () => {
    const quotes = quotesOf('Although 9 percent said they backed the toll, 40 percent of drivers surveyed said they would avoid the bridge.');
    expect(quotes.find((quote) => quote.content.startsWith('they backed'))?.content).toBe('they backed the toll');
  });
});

describe('a subordinate clause opening the sentence after a joining word', () => {
  it('ends its content at the comma before the main clause', () => {
    const quotes = quotesOf('But while the council praised the market plan, the traders were still waiting for a date.');
    expect(quotes.find((quote) => quote.cue === 'praised')?.content).toBe('the market plan');
  });
});

describe('a relative clause after ", who" or ", whom" with its own subject and a cue', () => {
  it('ends the first content before the comma', () => {
    const quotes = quotesOf('The mayor spoke warmly of her two sons, who she said were both working on the ferries.');
    expect(quotes.find((quote) => quote.cue === 'spoke warmly of' || quote.cue === 'spoke')?.content).toBe('her two sons');
  });

  it('is read as the relative clause subject\'s attribution', () => {
    const quotes = quotesOf('The mayor spoke warmly of her two sons, who she said were both working on the ferries.');
    expect(quotes.find((quote) => quote.cue === 'said')?.content).toBe('were both working on the ferries');
  });

  it('leaves a gapped object followed by a manner adverb inside the content', () => {
    const quotes = quotesOf('The captain praised the old harbour master, whom he had criticised bitterly for years.');
    expect(quotes.find((quote) => quote.cue === 'praised')?.content).toBe('the old harbour master, whom he had criticised bitterly for years');
  });
});
