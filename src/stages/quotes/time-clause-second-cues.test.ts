// Attributions with plain cues of speech that the stage swallowed into a neighbour's content (PolNeAR train recall).
// Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { quotesOf } from '../../../test/helpers/quotes.js';

describe('a clause of time with its own cue of speech after a bare object', () => {
  it('ends the first content before "after" and reads the second cue apart', () => {
    const quotes = quotesOf('The mayor denounced the harbour board after Ruiz said she was open to a new pier.');
    expect(quotes).toEqual([
      expect.objectContaining({ source: 'The mayor', cue: 'denounced', content: 'the harbour board' }),
      expect.objectContaining({ source: 'Ruiz', cue: 'said', content: 'she was open to a new pier' }),
    ]);
  });

  it('reads "when" with an addressee after the cue the same way', () => {
    const quotes = quotesOf('The mayor praised the divers when the coastguard told reporters the pier was safe.');
    expect(quotes).toContainEqual(expect.objectContaining({ source: 'the coastguard', cue: 'told', content: 'the pier was safe' }));
    expect(quotes).toContainEqual(expect.objectContaining({ cue: 'praised', content: 'the divers' }));
  });

  it('leaves a measure of the interval out of the first content', () => {
    const quotes = quotesOf('Reed criticised the ferry fares two days after the council said it would freeze them.');
    expect(quotes).toContainEqual(expect.objectContaining({ cue: 'criticised', content: 'the ferry fares' }));
    expect(quotes).toContainEqual(expect.objectContaining({ source: 'the council', cue: 'said', content: 'it would freeze them' }));
  });

  it('keeps the clause in a reported clause, where it tells when as the speaker put it', () => {
    const quotes = quotesOf('Ms Ruiz says she knew little about the ferry before the owners announced the sale.');
    expect(quotes).toEqual([expect.objectContaining({ source: 'Ms Ruiz', cue: 'says', content: 'she knew little about the ferry before the owners announced the sale' })]);
  });

  it('keeps the clause after a demand in an infinitive', () => {
    const quotes = quotesOf('The union urged members to strike after the owners said wages would be frozen.');
    expect(quotes).toEqual([expect.objectContaining({ cue: 'urged', content: 'members to strike after the owners said wages would be frozen' })]);
  });

  it('leaves a "when" after a comma, which may hang on a noun of time, to the content', () => {
    const quotes = quotesOf('Then she tells about a supper in 2009, when a harbour master, cold and a little tired, said something about his rival that she chose to forget.');
    expect(quotes.map((q) => q.cue)).toEqual(['tells']);
  });

  it('opens no second attribution with a verb of thought', () => {
    const quotes = quotesOf('The skipper praised the crew when he knew the storm had passed.');
    expect(quotes.map((q) => q.cue)).not.toContain('knew');
  });

  it('opens none for the saying of words already told, with a bare pronoun', () => {
    const quotes = quotesOf('The mayor denounced the remarks a day after Reed said them on the radio.');
    expect(quotes.map((q) => q.cue)).toEqual(['denounced']);
  });
});

describe('a clause after a colon with a personal pronoun and its own cue of speech', () => {
  it('ends the first content at the colon and reads the second cue apart', () => {
    const quotes = quotesOf('Reed cites the empty quay as an example: He says the owners undercount the passengers.');
    expect(quotes).toEqual([
      expect.objectContaining({ source: 'Reed', cue: 'cites', content: 'the empty quay as an example' }),
      expect.objectContaining({ source: 'He', cue: 'says', content: 'the owners undercount the passengers' }),
    ]);
  });

  it('keeps figures after a colon with the finding they back', () => {
    const quotes = quotesOf('The survey shows how weak the ferry is: 42% of residents say they never use it.');
    expect(quotes.map((q) => q.cue)).not.toContain('say');
  });
});
