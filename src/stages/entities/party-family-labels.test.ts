import { describe, expect, it } from 'vitest';
import { createReader } from '../../readout.js';

/** The names of the organisations readout finds in an invented text. */
function organisations(text: string): string[] {
  return createReader().read({ text, published: '2024-03-01' }).entities.filter((e) => e.type === 'ORG').map((e) => e.name);
}

describe('parties reached through a label many countries share', () => {
  it('leaves a party-family label unlinked when the article never names the linked party\'s country', () => {
    expect(organisations('In Velmora, the opposition Social Democrats said they would vote against the budget.')).toContain('Social Democrats');
  });

  it('keeps the link when the article names the party\'s capital', () => {
    expect(organisations('In Berlin, the opposition Social Democrats said they would vote against the budget.')).toContain('Social Democratic Party of Germany');
  });

  it('keeps the link when the article names the party\'s nation', () => {
    expect(organisations('German voters turned to the Social Democrats in the spring.')).toContain('Social Democratic Party of Germany');
  });
});
