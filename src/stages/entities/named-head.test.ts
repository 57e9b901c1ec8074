import { describe, expect, it } from 'vitest';
import { withLayer } from '../../doc/document.js';
import { findMentions } from '../mentions/mentions.js';
import { CONTEXT, docThrough } from '../../../test/helpers/docs.js';
import { resolveEntities } from './entities.js';
import { quotesOf } from '../../../test/helpers/quotes.js';

/** Entities of an invented text, each with the texts of its mentions. */
function entitiesOf(text: string) {
  const doc = docThrough('pos', text, null);
  const mentions = findMentions(doc, CONTEXT);
  const entities = resolveEntities(withLayer(doc, 'mentions', mentions), CONTEXT);
  return entities.map((e) => ({ ...e, texts: e.mentions.map((i) => text.slice(mentions[i]!.start, mentions[i]!.end)) }));
}

function textsOf(text: string, name: string): string[] | undefined {
  return entitiesOf(text).find((e) => e.texts.includes(name))?.texts;
}

describe('entities: "the" and a noun heading an organisation named before', () => {
  it('links "the museum" to the museum whose name it heads, before the name\'s "of"', () => {
    const text = 'The carved doors went to the Pellbrook Museum of Sea Trades in 1911. The museum said they would stay.';
    expect(textsOf(text, 'Pellbrook Museum of Sea Trades')).toEqual(['Pellbrook Museum of Sea Trades', 'The museum']);
  });

  it('links a noun ending the name ("the fund")', () => {
    const text = 'Savers put money into the Orrin Valley Pension Fund for years. Last week the fund sold its last mine.';
    expect(textsOf(text, 'Orrin Valley Pension Fund')).toContain('the fund');
  });

  it('links the noun before a verb the tagger may read as a noun', () => {
    const text = 'Anglers send their tallies to the Tarrow Angling Foundation. Its staff say the catch the foundation counts will fall this year.';
    expect(textsOf(text, 'Tarrow Angling Foundation')).toContain('the foundation');
  });

  it('links "the mosque" to the facility whose name it heads', () => {
    const text = 'Crowds packed the Orvane Central Mosque on Friday. Later the mosque was closed for repairs.';
    expect(textsOf(text, 'Orvane Central Mosque')).toEqual(['Orvane Central Mosque', 'the mosque']);
  });

  it('links no one when two organisations named before have names it heads', () => {
    const text = 'The Harwell Gallery of Prints and the Tamsin Gallery share a roof. The gallery said the lease ran out.';
    const galleries = entitiesOf(text).filter((e) => e.texts.some((t) => t.includes('Gallery')));
    expect(galleries.some((e) => e.texts.includes('The gallery'))).toBe(false);
  });

  it('is no body whose name holds the noun without its heading it', () => {
    const text = 'Fans came from Brenmoor State University on Friday. The state said the roads would reopen.';
    expect(textsOf(text, 'Brenmoor State University')).toEqual(['Brenmoor State University']);
  });

  it('is no body named only after it', () => {
    const text = 'The museum opened late. Visitors later queued outside the Pellbrook Museum of Sea Trades.';
    expect(textsOf(text, 'Pellbrook Museum of Sea Trades')).toEqual(['Pellbrook Museum of Sea Trades']);
  });

  it('leaves a noun that a prepositional phrase goes on to restrict', () => {
    const text = 'The carved doors went to the Pellbrook Museum of Sea Trades in 1911. Visitors later toured the museum in Tamsin, a smaller one.';
    expect(textsOf(text, 'Pellbrook Museum of Sea Trades')).toEqual(['Pellbrook Museum of Sea Trades']);
  });

  it('takes no name in a title-case headline for a body', () => {
    const text = 'One Hasty Holiday Post, and a Choirmaster Is Out\n\nThe post, written after midnight, mocked the vicar.';
    expect(entitiesOf(text).some((e) => e.texts.includes('The post'))).toBe(false);
  });
});

describe('quotes: a definite body noun as the source, through the entities layer', () => {
  it('gives "The museum said" the museum named before', () => {
    const [quote] = quotesOf('The carved doors went to the Pellbrook Museum of Sea Trades in 1911. The museum said they would stay.');
    expect(quote).toMatchObject({ source: 'The museum', speaker: 'Pellbrook Museum of Sea Trades' });
  });

  it('gives "according to the fund" the fund named before', () => {
    const [quote] = quotesOf('Savers put money into the Orrin Valley Pension Fund for years. According to the fund, returns fell by half.');
    expect(quote).toMatchObject({ source: 'the fund', speaker: 'Orrin Valley Pension Fund' });
  });
});
