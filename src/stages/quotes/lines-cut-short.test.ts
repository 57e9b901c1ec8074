// False lines that were a matched line cut short. Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { quotesOf } from '../../../test/helpers/quotes.js';

describe('a relative clause inside the reported words', () => {
  it('keeps the reported clause whole when its verb follows the relative clause\'s comma', () => {
    const quotes = quotesOf('She said Tom Baker, who has called the scheme a fraud, could win the seat.');
    expect(quotes).toEqual([expect.objectContaining({ content: 'Tom Baker, who has called the scheme a fraud, could win the seat', source: 'She', cue: 'said' })]);
  });

  it('keeps it whole past an apposition before the relative clause', () => {
    const [quote] = quotesOf('She said that Tom Baker, the Labour candidate, who has called the scheme a fraud, could win the seat.');
    expect(quote).toMatchObject({ content: 'that Tom Baker, the Labour candidate, who has called the scheme a fraud, could win the seat', cue: 'said' });
  });

  it('still reads the relative clause apart when the sentence goes on with "and"', () => {
    const quotes = quotesOf('She praised Tom Baker, who has called the scheme a fraud, and left the hall.');
    expect(quotes).toEqual(expect.arrayContaining([expect.objectContaining({ content: 'the scheme a fraud', cue: 'has called' })]));
  });
});

describe('a verb that reports speech only with a clause, after "and"', () => {
  it('goes on with the reported words when no clause follows it', () => {
    const quotes = quotesOf('Ms Ortiz said she got her licence back and continued to bake bread.');
    expect(quotes).toEqual([expect.objectContaining({ content: 'she got her licence back and continued to bake bread', source: 'Ms Ortiz' })]);
  });

  it('still opens the speaker\'s next attribution before "that"', () => {
    const quotes = quotesOf('Ms Ortiz said the shop would reopen and maintained that it was safe.');
    expect(quotes.map((quote) => quote.content)).toEqual(['the shop would reopen', 'that it was safe']);
  });

  it('is no closing cue of the sentence when no clause follows it either', () => {
    const quotes = quotesOf('Ms Ortiz said she hoped to get her licence back, and then would continue to bake bread for the village.');
    expect(quotes).toEqual([expect.objectContaining({ content: 'she hoped to get her licence back, and then would continue to bake bread for the village' })]);
  });

  it('still closes the sentence as a cue with nothing after it', () => {
    const [quote] = quotesOf('The plan is sound, he maintained.');
    expect(quote).toMatchObject({ content: 'The plan is sound', source: 'he', cue: 'maintained' });
  });

  it('still opens it as the lead of a cue after "to"', () => {
    const quotes = quotesOf('Ms Ortiz said the shop would reopen, and continued to insist that it was safe.');
    expect(quotes.map((quote) => quote.cue)).toEqual(['said', 'continued to insist']);
  });
});

describe('a sequence adverb after "and"', () => {
  it('opens the verb group of the reported subject, no subject of its own', () => {
    const quotes = quotesOf('Ms Ortiz said she hoped to get her licence back, and then would continue to sell her bread - but at a lower price.');
    expect(quotes).toEqual([expect.objectContaining({ content: 'she hoped to get her licence back, and then would continue to sell her bread - but at a lower price', source: 'Ms Ortiz' })]);
  });

  it('lets a subject after it open the next attribution', () => {
    const quotes = quotesOf('Ms Ortiz wanted the stall moved, but then the mayor claimed that the square was full.');
    expect(quotes).toEqual(expect.arrayContaining([expect.objectContaining({ content: 'that the square was full', cue: 'claimed' })]));
  });
});

describe('a quoted title right before a role noun opening the source', () => {
  it('is no content: the cue reads the words after it', () => {
    const quotes = quotesOf('"Harbour Nights" host Tom Reed said the show would end in May.');
    expect(quotes).toEqual([expect.objectContaining({ content: 'the show would end in May', source: 'host Tom Reed', cue: 'said' })]);
  });

  it('leaves the topic after a phrasal cue as the content', () => {
    const quotes = quotesOf('“Orange Grove” star Tina Marsh opened up about her fear of heights during the interview.');
    expect(quotes[0]).toMatchObject({ content: 'her fear of heights during the interview', cue: 'opened up about' });
  });

  it('still reads a quote before its speaker with no comma as what was said', () => {
    const [quote] = quotesOf('"We will win" the mayor said.');
    expect(quote).toMatchObject({ content: '"We will win"', source: 'the mayor' });
  });

  it('still reads a quote closing on its comma before a role noun as what was said', () => {
    const [quote] = quotesOf('"The pier is safe," harbour master Tom Reed said.');
    expect(quote).toMatchObject({ content: '"The pier is safe,"', cue: 'said' });
  });
});
