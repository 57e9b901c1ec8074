// Contents split in two or stopping short of PolNeAR's gold content (duplicate and boundary extras, short matches).
// Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { quotesOf } from '../../../test/helpers/quotes.js';

describe('a share joined to a finding', () => {
  it('keeps ", while 31 percent favored ..." in the survey\'s finding, one line', () => {
    const quotes = quotesOf('A survey of harbour pilots found that 48 percent backed the new toll, while 31 percent favored a ferry levy.');
    expect(quotes).toEqual([expect.objectContaining({ source: 'A survey of harbour pilots', cue: 'found', content: 'that 48 percent backed the new toll, while 31 percent favored a ferry levy' })]);
  });

  it('keeps ", with 40 percent backing her ..." in what the poll showed', () => {
    const quotes = quotesOf('The county poll showed the mayor losing ground after the flood, with 40 percent backing her in May and 29 percent now.');
    expect(quotes).toEqual([expect.objectContaining({ cue: 'showed', content: 'the mayor losing ground after the flood, with 40 percent backing her in May and 29 percent now' })]);
  });

  it('keeps ", and 20 percent said ..." in a finding "in the latest poll"', () => {
    const quotes = quotesOf('In the latest poll, 55 percent of tenants said the rent was too high, and 20 percent said they would move.');
    expect(quotes).toEqual([expect.objectContaining({ content: '55 percent of tenants said the rent was too high, and 20 percent said they would move' })]);
  });

  it('still reads a share after a person\'s words as a line of its own', () => {
    const quotes = quotesOf('Ann Lee said 40 percent of the boats were idle, while 30 percent of the crews said they would strike.');
    expect(quotes).toEqual([
      expect.objectContaining({ source: 'Ann Lee', content: '40 percent of the boats were idle' }),
      expect.objectContaining({ source: '30 percent of the crews', content: 'they would strike' }),
    ]);
  });
});

describe('a quote running over paragraphs, a part a paragraph', () => {
  it('is still one line when no part has a cue of its own', () => {
    const quotes = quotesOf('The harbour master wrote: "The pier has stood for a century.\n\n"It will need new timber within five years.\n\n"We cannot wait for the council."');
    expect(quotes).toEqual([expect.objectContaining({ source: 'The harbour master', cue: 'wrote', content: '"The pier has stood for a century.\n"It will need new timber within five years.\n"We cannot wait for the council."' })]);
  });

  it('gives the part before a cue of its own to that cue, the part before it to the line it goes on with', () => {
    const quotes = quotesOf('"The pier is the heart of this town," Ruiz said. "But heart alone does not pay for timber.\n\n"We will find the money, I promise you," she added.');
    expect(quotes).toEqual([
      expect.objectContaining({ source: 'Ruiz', cue: 'said', content: '"The pier is the heart of this town," Ruiz said. "But heart alone does not pay for timber.' }),
      expect.objectContaining({ source: 'she', cue: 'added', content: '"We will find the money, I promise you,"' }),
    ]);
  });

  it('ends a cue\'s quote opened before the break where a later part has a cue of its own', () => {
    const quotes = quotesOf('Ms Okafor said: "The ferry runs at a loss.\n\n"The council has known this for years," she said.');
    expect(quotes).toEqual([
      expect.objectContaining({ source: 'Ms Okafor', content: '"The ferry runs at a loss.' }),
      expect.objectContaining({ source: 'she', cue: 'said', content: '"The council has known this for years,"' }),
    ]);
  });
});
