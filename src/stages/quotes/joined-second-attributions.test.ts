// A second attribution joined by ", and" / ", but" inside a content. Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { quotesOf } from '../../../test/helpers/quotes.js';

describe('a joined clause whose verb group holds a manner adverb', () => {
  it('reads "the city has never formally accused" as a second attribution', () => {
    const quotes = quotesOf('Mayor Ann Lee said the dredging firm broke no rules, and the city has never formally accused the firm of fraud.');
    expect(quotes.find((quote) => quote.cue === 'said')).toMatchObject({ content: 'the dredging firm broke no rules' });
    expect(quotes.find((quote) => quote.source === 'the city')).toMatchObject({ content: 'the firm of fraud' });
  });
});

describe('a phrasal cue after "and" and a pronoun', () => {
  it('reads "he singled out" as a cue of its own', () => {
    const quotes = quotesOf('Tom Reed said the ferry deal was a trap, and he singled out the harbour master as the culprit.');
    expect(quotes.find((quote) => quote.cue === 'said')).toMatchObject({ content: 'the ferry deal was a trap' });
    expect(quotes.find((quote) => quote.source === 'he')).toMatchObject({ cue: 'singled out', content: 'the harbour master as the culprit' });
  });
});

describe('a quote closing on its comma before "and"', () => {
  it('sets the clause after "and" apart as a comma outside the quote does', () => {
    const quotes = quotesOf('Senator Ida Marsh described the fund as "a slush pot for the rich," and Carl Ortiz accused her of playing politics.');
    expect(quotes.find((quote) => quote.source === 'Senator Ida Marsh')?.content).not.toContain('Ortiz');
    expect(quotes.find((quote) => quote.source === 'Carl Ortiz')).toMatchObject({ cue: 'accused', content: 'her of playing politics' });
  });
});

describe('"it" after ", and"', () => {
  it('is a body speaking for itself before a verb of speech', () => {
    const quotes = quotesOf('The audit office says the port spent too much on cranes, and it says the harbour board ignored its warnings.');
    expect(quotes.find((quote) => quote.source === 'it')).toMatchObject({ cue: 'says', content: 'the harbour board ignored its warnings' });
  });

  it('is a body stating its intent before an infinitive', () => {
    const quotes = quotesOf('The memo says the port will spend millions on new cranes, and it hopes to win back the shipping lines.');
    expect(quotes.find((quote) => quote.source === 'The memo')).toMatchObject({ content: 'the port will spend millions on new cranes' });
    expect(quotes.find((quote) => quote.source === 'it')).toMatchObject({ cue: 'hopes', content: 'to win back the shipping lines' });
  });

  it('is no source of a finding the writer draws', () => {
    const quotes = quotesOf('The mayor said the council is backing a ferry levy, and it shows how far the town has moved.');
    expect(quotes.find((quote) => quote.source === 'it')).toBeUndefined();
  });
});

describe('a joined subject with a "who" clause set off by commas', () => {
  it('runs over the cue inside the "who" clause to the main verb', () => {
    const quotes = quotesOf('Ann Lee said the pier would reopen, but Governor Rita Moss, who is challenging Lee for her seat, also backed the plan.');
    expect(quotes.find((quote) => quote.source === 'Ann Lee')).toMatchObject({ content: 'the pier would reopen' });
    expect(quotes.find((quote) => quote.cue === 'also backed')).toMatchObject({ content: 'the plan' });
  });
});

describe('a long subject after a comma and a joining word', () => {
  it('opens a second attribution up to twelve tokens on', () => {
    const quotes = quotesOf("A union of dockers called for a strike, and the oldest shipping guild in the port of Leith strongly condemned the plan.");
    expect(quotes.find((quote) => quote.cue === 'called')).toMatchObject({ content: 'for a strike' });
    expect(quotes.find((quote) => quote.cue === 'strongly condemned')).toMatchObject({ source: 'the oldest shipping guild in the port of Leith', content: 'the plan' });
  });

  it('keeps a long phrase after a bare "and" inside the content', () => {
    const quotes = quotesOf('Ann Lee said crofters and fishing villages across the north lean heavily on diesel the region hopes to phase out.');
    expect(quotes).toHaveLength(1);
    expect(quotes[0]).toMatchObject({ source: 'Ann Lee' });
  });
});

describe('a dash before "and" and a present cue', () => {
  it('closes the reported clause and opens the speaker\'s next attribution', () => {
    const quotes = quotesOf('The mayor has said she does not plan to debate Reed — and thinks that her deputy could stand in if she changes her mind.');
    expect(quotes.find((quote) => quote.cue === 'has said')).toMatchObject({ content: 'she does not plan to debate Reed' });
    expect(quotes.find((quote) => quote.cue === 'thinks')).toMatchObject({ source: 'The mayor', content: 'that her deputy could stand in if she changes her mind' });
  });
});
