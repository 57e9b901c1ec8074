import { describe, expect, it } from 'vitest';
import { createReader } from '../../readout.js';

/** The type of the entity of an invented text with the given name, and the texts of its mentions. */
function entity(text: string, name: string) {
  const found = createReader().read({ text, published: '2024-03-01' }).entities.find((e) => e.name === name);
  return found && { type: found.type, mentions: found.mentions.map((m) => m.text) };
}

describe('given names that are places, and companies opening with a given name', () => {
  it('reads a given name that is also a capital before a plain surname as a person', () => {
    expect(entity('The delegation was led by its trade attaché, Sofia Brennholt, who said the deal was close.', 'Sofia Brennholt')?.type).toBe('PERSON');
  });

  it('keeps a given name that is also a place before a body\'s word a body, not a person', () => {
    expect(entity('Students at Sofia University marched on Friday.', 'Sofia University')?.type).toBe('ORG');
  });

  it('keeps a given name that is also a place before a word of places a place', () => {
    expect(entity('Commuters crowded Florence Street after the parade.', 'Florence Street')?.type).toBe('LOC');
  });

  it('reads a given name before a plural company word as a company', () => {
    expect(entity('Gideon Holdings bought the harbour terminal last spring.', 'Gideon Holdings')?.type).toBe('ORG');
  });

  it('keeps a given name before a singular word that ends bodies\' names a person', () => {
    expect(entity('Tobias Press told the council the budget was short.', 'Tobias Press')?.type).toBe('PERSON');
  });

  it('joins the bare given name that opens a company\'s name to the company', () => {
    const text = 'Gideon Holdings bought the harbour terminal last spring. Gideon said on Monday that the purchase was complete.';
    expect(entity(text, 'Gideon Holdings')?.mentions).toContain('Gideon');
  });

  it('joins a bare given name in a headline to the company named in full after it', () => {
    const text = 'Gideon sells harbour stake\n\nGideon Holdings has sold its stake in the harbour terminal. Gideon said the price was fair.';
    expect(entity(text, 'Gideon Holdings')?.mentions.filter((m) => m === 'Gideon')).toHaveLength(2);
  });

  it('leaves the bare given name a person when a person of the text bears it as a given name', () => {
    const text = 'Gideon Holdings bought the terminal. Gideon Dahl, a dock worker, was unhappy. Gideon said the pay was low.';
    expect(entity(text, 'Gideon Holdings')?.mentions).not.toContain('Gideon');
  });
});
