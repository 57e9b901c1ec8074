// Organisations a held-out reader's fresh12 judgements showed apart or confused: a company cited short in the headline
// before its full name, and "the company" given to a government administration named nearer.
import { describe, expect, it } from 'vitest';
import { createReader } from '../../readout.js';

/** The entities readout finds in an invented text, each with the texts of its mentions. */
function entities(text: string): { name: string; mentions: string[] }[] {
  const document = createReader().read({ text, published: '2024-03-01' });
  return document.entities.map((e) => ({ name: e.name, mentions: e.mentions.map((m) => m.text) }));
}

describe('a company cited short before its full name', () => {
  it('is one entity with the name a business\'s word closes', () => {
    const found = entities('Halden recalls 9,000 vans\n\nHalden Motors is recalling 9,000 vans. Halden said the fault was rare.');
    expect(found).toContainEqual(expect.objectContaining({ name: 'Halden Motors', mentions: ['Halden', 'Halden Motors', 'Halden'] }));
  });

  it('stays apart from a longer name no business\'s word closes', () => {
    const found = entities('Brenford lose again\n\nBrenford Supporters Trust said the club had failed its fans.');
    expect(found.find((e) => e.name === 'Brenford Supporters Trust')?.mentions).not.toContain('Brenford');
  });
});

describe('"the company" after a company and a government administration', () => {
  it('goes to the company, as an administration is a public body', () => {
    const found = entities('Halden recalls 9,000 vans over brake flaw\n\nDETROIT — Halden Motors is recalling about 9,000 of its Rova vans because a software error can cut power, according to documents posted Tuesday by the Federal Motor Safety Administration.\n\nThe company said no one had been hurt.');
    expect(found.find((e) => e.name === 'Federal Motor Safety Administration')?.mentions).not.toContain('The company');
  });
});
