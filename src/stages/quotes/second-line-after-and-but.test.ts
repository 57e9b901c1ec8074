// A second line after "and" / "but" that the line before it swallowed. Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { quotesOf } from '../../../test/helpers/quotes.js';

describe('a finite auxiliary opening the second verb group after "and"', () => {
  it('ends an object holding "to" before the speaker\'s next act in the perfect', () => {
    const quotes = quotesOf("Senator Ruiz has criticised the mayor's ties to developers and has called for the mayor to release the contracts.");
    expect(quotes.map((q) => q.content)).toEqual(["the mayor's ties to developers", 'for the mayor to release the contracts']);
    expect(quotes[1]).toMatchObject({ source: 'Senator Ruiz', cue: 'has called' });
  });

  it('keeps an infinitive going on with a second infinitive after "and"', () => {
    const quotes = quotesOf('The governor vowed to cut fares and to defend the rail budget.');
    expect(quotes).toHaveLength(1);
    expect(quotes[0].content).toBe('to cut fares and to defend the rail budget');
  });
});

describe('a present cue after "but" following a reported clause with a modal', () => {
  it('reads the present belief as the speaker\'s own when the modal is followed by "have"', () => {
    const quotes = quotesOf('Ms. Vance said the council would have backed the levy anyway, but believes the storm damage sealed the vote.');
    expect(quotes.map((q) => q.content)).toEqual(['the council would have backed the levy anyway', 'the storm damage sealed the vote']);
    expect(quotes[1]).toMatchObject({ source: 'Ms. Vance', cue: 'believes' });
  });

  it('keeps a present "has" in the reported clause going on with the second verb', () => {
    const quotes = quotesOf('Ms. Vance said the council has backed the levy but believes the storm damage sealed the vote.');
    expect(quotes).toHaveLength(1);
    expect(quotes[0].content).toBe('the council has backed the levy but believes the storm damage sealed the vote');
  });
});

describe('a finite cue after ", but" with no subject of its own', () => {
  it('is the speaker\'s next line when the first content is only the cue\'s object', () => {
    const quotes = quotesOf('Mr. Quill considers the mayor dishonest, but views her rival as a reckless choice.');
    expect(quotes.map((q) => q.content)).toEqual(['the mayor dishonest', 'her rival as a reckless choice']);
    expect(quotes[1]).toMatchObject({ source: 'Mr. Quill', cue: 'views' });
  });

  it('stays inside a reported clause whose subject may hold the second verb', () => {
    const quotes = quotesOf('Ms. Ames said the firm is committed to free trade, but wants tougher deals.');
    expect(quotes).toHaveLength(1);
    expect(quotes[0].content).toBe('the firm is committed to free trade, but wants tougher deals');
  });
});

describe('a present perfect cue after "and" following a reported clause', () => {
  it('is the speaker\'s next act after a reported clause in the present', () => {
    const quotes = quotesOf('Ms. Lin said she wants a safe harbour and has called for a new pier.');
    expect(quotes.map((q) => q.content)).toEqual(['she wants a safe harbour', 'for a new pier']);
    expect(quotes[1]).toMatchObject({ source: 'Ms. Lin', cue: 'has called' });
  });

  it('goes on with a reported clause already in the perfect', () => {
    const quotes = quotesOf('The union said the mayor has ignored the crews and has criticised their pay claim.');
    expect(quotes).toHaveLength(1);
    expect(quotes[0].content).toBe('the mayor has ignored the crews and has criticised their pay claim');
  });
});
