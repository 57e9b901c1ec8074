// A state body of a country the knowledge base lacks ("Velmora's trade ministry", "the Ostrian interior ministry"): a
// body of its own, which a later "the ministry" joins.
import { describe, expect, it } from 'vitest';
import { withLayer } from '../../doc/document.js';
import { findMentions } from '../mentions/mentions.js';
import { CONTEXT, docThrough } from '../../../test/helpers/docs.js';
import { resolveEntities } from './entities.js';

/** The texts of the mentions of each entity of an invented text. */
function chainsOf(text: string): string[][] {
  const doc = docThrough('pos', text, null);
  const mentions = findMentions(doc, CONTEXT);
  return resolveEntities(withLayer(doc, 'mentions', mentions), CONTEXT).map((e) => e.mentions.map((i) => text.slice(mentions[i]!.start, mentions[i]!.end)));
}

describe('a ministry of a country the knowledge base lacks', () => {
  it('is a body that a later "The ministry" joins, after a possessive name', () => {
    const chains = chainsOf("Four miners were hurt, Velmora's labour ministry said on Monday. The ministry said the shaft had been closed.");
    expect(chains).toContainEqual(["Velmora's labour ministry", 'The ministry']);
  });

  it('is a body that a later "The ministry" joins, after a nationality no list knows', () => {
    const chains = chainsOf("Canada's foreign ministry said the talks had ended. According to the Ostrian interior ministry, two guards were hurt. The ministry said the border was shut.");
    expect(chains).toContainEqual(['the Ostrian interior ministry', 'The ministry']);
  });

  it('is not made of a person\'s name owning a company', () => {
    const chains = chainsOf("Tamsin Orrell founded the firm in 2009. Orrell's company said the plant would close.");
    expect(chains.flat()).not.toContain("Orrell's company");
  });
});
