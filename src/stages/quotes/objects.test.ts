// Where a content that is the cue's noun-phrase object ends: before the same speaker's next act.
import { describe, expect, it } from 'vitest';
import { quotesOf } from '../../../test/helpers/quotes.js';

describe('a list of one subject\'s acts joined by commas', () => {
  it('ends the object content before a past cue verb with no subject of its own', () => {
    const quotes = quotesOf('The harbour master praised the volunteers for their patience, criticised the ferry company for the delays and urged passengers to stay calm.');
    expect(quotes).toContainEqual(expect.objectContaining({ cue: 'praised', content: 'the volunteers for their patience' }));
  });

  it('reads the listed act with the source of the act before it', () => {
    const quotes = quotesOf('The harbour master praised the volunteers for their patience, criticised the ferry company for the delays and urged passengers to stay calm.');
    expect(quotes).toContainEqual(expect.objectContaining({ source: 'The harbour master', cue: 'criticised', content: 'the ferry company for the delays' }));
  });

  it('ends an infinitive content before a regular past cue verb', () => {
    const quotes = quotesOf('The senator urged the city to close the pier before the storm, opposed the new ferry tax and left early.');
    expect(quotes).toContainEqual(expect.objectContaining({ cue: 'urged', content: 'the city to close the pier before the storm' }));
  });

  it('ends the content before a listed act whose object opens with its preposition', () => {
    const quotes = quotesOf('The senator wrote about the cost of the new ferry, railed against the harbour board and went home.');
    expect(quotes).toContainEqual(expect.objectContaining({ cue: 'wrote', content: 'about the cost of the new ferry' }));
  });

  it('leaves a participle with "by" describing the object inside the content', () => {
    const [quote] = quotesOf('The mayor praised the new ferry, backed by the harbour board, as a model for the coast.');
    expect(quote).toMatchObject({ cue: 'praised', content: 'the new ferry, backed by the harbour board, as a model for the coast' });
  });

  it('leaves a verb after an apposition to the apposed noun', () => {
    const quotes = quotesOf('The levy became known as the Ross rule after Ann Ross, the shipowner, complained that she paid more than her crew.');
    expect(quotes.map((quote) => quote.cue)).not.toContain('complained');
  });

  it('keeps a reported clause whole, a past verb after its comma among what was said', () => {
    const [quote] = quotesOf('The skipper said the nets were torn, mended them overnight and sailed at dawn.');
    expect(quote).toMatchObject({ cue: 'said', content: 'the nets were torn, mended them overnight and sailed at dawn' });
  });
});

describe('a phrasal cue after "and" and an object content', () => {
  it('starts the same speaker\'s next act', () => {
    const quotes = quotesOf('The harbour master thanked the crews for their work, and made it clear that the pier would stay shut.');
    expect(quotes).toContainEqual(expect.objectContaining({ cue: 'thanked', content: 'the crews for their work' }));
  });

  it('is read with the source of the act before it', () => {
    const quotes = quotesOf('The harbour master thanked the crews for their work, and made it clear that the pier would stay shut.');
    expect(quotes).toContainEqual(expect.objectContaining({ source: 'The harbour master', cue: 'made it clear', content: 'that the pier would stay shut' }));
  });
});

describe('an aside between dashes opening with "and"', () => {
  it('stays inside the content it interrupts', () => {
    const [quote] = quotesOf('Ann Lee reminded the council of promises the mayor made — and later called off — that the pier would reopen.');
    expect(quote).toMatchObject({ cue: 'reminded', content: 'of promises the mayor made — and later called off — that the pier would reopen' });
  });
});

describe('a phrasal participle cue after a comma', () => {
  it('ends the object content before it', () => {
    const quotes = quotesOf('The governor has railed against the dock union, taking aim at its support for the strike.');
    expect(quotes).toContainEqual(expect.objectContaining({ cue: 'has railed', content: 'against the dock union' }));
  });

  it('is read as the same speaker\'s next act', () => {
    const quotes = quotesOf('The governor has railed against the dock union, taking aim at its support for the strike.');
    expect(quotes).toContainEqual(expect.objectContaining({ source: 'The governor', cue: 'taking aim at', content: 'its support for the strike' }));
  });
});

describe('a name set off by commas after a participle\'s object', () => {
  it('ends the participle\'s content before the name', () => {
    const quotes = quotesOf('One teacher backing the strike, Ann Lee of the Hill School, said she had called every parent.');
    expect(quotes).toContainEqual(expect.objectContaining({ cue: 'backing', content: 'the strike' }));
  });

  it('leaves the verb after the name its own attribution', () => {
    const quotes = quotesOf('One teacher backing the strike, Ann Lee of the Hill School, said she had called every parent.');
    expect(quotes).toContainEqual(expect.objectContaining({ cue: 'said', content: 'she had called every parent' }));
  });

  it('stays inside a reported clause whose subject holds the name', () => {
    const [quote] = quotesOf('The drummer said his brother and partner, Tom Lee, wrote most of the new songs.');
    expect(quote).toMatchObject({ cue: 'said', content: 'his brother and partner, Tom Lee, wrote most of the new songs' });
  });
});
