// Names a reader types or links wrongly: a day, a month or a time word owning what follows, a state's university
// named by the state and "Tech", "State" or "A&M", and a short name the knowledge base gives one body by default
// where the article names another body in full.
import { describe, expect, it } from 'vitest';
import { createReader } from '../../readout.js';

const reader = createReader();

/** The entities readout finds in an invented text: name, type, knowledge-base id and the texts of their mentions. */
function entities(text: string): { name: string; type: string; kb?: string; mentions: string[] }[] {
  const document = reader.read({ text, published: '2024-03-01' });
  return document.entities.map((e) => ({ name: e.name, type: e.type, ...(e.kb ? { kb: e.kb } : {}), mentions: e.mentions.map((m) => m.text) }));
}

/** The name of the entity readout gives as the speaker of the quote whose source is `source`, or "none". */
function speakerOf(text: string, source: string): string {
  const document = reader.read({ text, published: '2024-03-01' });
  const quote = document.quotes.find((q) => q.source?.text === source);
  return document.entities.find((e) => e.id === quote?.speaker)?.name ?? 'none';
}

describe('a day, a month or a time word with a possessive', () => {
  it('is no entity when a weekday owns a poll', () => {
    expect(entities("Wednesday's poll put the mayor of Dunmere four points ahead.").map((e) => e.name)).not.toContain('Wednesday');
  });

  it('is no entity when a month owns figures', () => {
    expect(entities("Traders said February's figures from the Kessel mill were weak.").map((e) => e.name)).not.toContain('February');
  });

  it('is no entity when "yesterday" opens the sentence', () => {
    expect(entities("Yesterday's vote in the Harland council was close.").map((e) => e.name)).not.toContain('Yesterday');
  });

  it('is no entity when "Last Week\'s" is written in title case', () => {
    expect(entities("Last Week's talks ended without a deal, Ilse Marten said.").map((e) => e.name)).not.toContain('Week');
  });

  it('gives a quote sourced to a weekday\'s poll no speaker', () => {
    expect(speakerOf('"The race is close," Thursday\'s poll of Dunmere voters found.', "Thursday's poll of Dunmere voters")).toBe('none');
  });
});

describe('a state\'s university named by the state and "Tech", "State" or "A&M"', () => {
  it('is one organisation when the state is also a given name', () => {
    expect(entities('Georgia Tech hired Marlow Fenn as its new coach.')).toContainEqual(expect.objectContaining({ name: 'Georgia Tech', type: 'ORG' }));
  });

  it('is an organisation when a sports page writes it as the subject of a verb', () => {
    expect(entities('Ohio State beat Dunmere College 31-7 on Saturday.')).toContainEqual(expect.objectContaining({ name: 'Ohio State', type: 'ORG' }));
  });

  it('is one organisation with an ampersand in its name', () => {
    expect(entities('Researchers at Texas A&M said the drought was easing.')).toContainEqual(expect.objectContaining({ name: 'Texas A&M', type: 'ORG' }));
  });

  it('does not make the country of the same name a place inside it', () => {
    expect(entities('Georgia Tech sent a team to the fair.').some((e) => e.kb === 'GEO')).toBe(false);
  });

  it('leaves "Washington State" the state', () => {
    expect(entities('Officials in Washington State said the fires were contained.').find((e) => e.name === 'Washington State')?.type).toBe('GPE');
  });
});

describe('a short name the knowledge base gives one body by default', () => {
  it('is the national society the article names in full', () => {
    const found = entities('The British Red Cross opened a centre in Dunmere. The Red Cross said 300 people had come.');
    expect(found.find((e) => e.name === 'British Red Cross')?.mentions).toEqual(['British Red Cross', 'Red Cross']);
  });

  it('is the national society named in full after it', () => {
    const found = entities('The Red Cross said tents had arrived, the Kenya Red Cross Society added on Monday.');
    expect(found.find((e) => e.kb === 'ORG:ICRC')).toBeUndefined();
  });

  it('stays the default body when the article names that body in full too', () => {
    const found = entities('The International Committee of the Red Cross and the Canadian Red Cross sent staff. The Red Cross said both teams were safe.');
    expect(found.find((e) => e.kb === 'ORG:ICRC')?.mentions).toContain('Red Cross');
  });

  it('stays the default body when no fuller name is written', () => {
    expect(entities('The Red Cross said it had visited the prisoners in Tarsk.').find((e) => e.name === 'International Committee of the Red Cross')).toBeDefined();
  });

  it('stays the default body when the fuller name opens with no nation ("Supreme National Security Council")', () => {
    const found = entities("Zembla's Supreme National Security Council met. The Security Council will vote on the sanctions on Friday.");
    expect(found.find((e) => e.name === 'Supreme National Security Council')?.mentions).toEqual(['Supreme National Security Council']);
  });

  it('goes to a nation\'s party that the article names in full', () => {
    const found = entities('The Indian National Congress won in Kerala. Congress said it would name a chief minister.');
    expect(found.find((e) => e.name === 'Indian National Congress')?.mentions).toContain('Congress');
  });

  it('gives a quote from "the Red Crescent" to the national society named before', () => {
    expect(speakerOf('The Turkish Red Crescent sent 40 lorries. "More are needed," the Red Crescent said.', 'the Red Crescent')).toBe('Turkish Red Crescent');
  });
});

describe('two bodies joined by "and" at the opening of a sentence', () => {
  it('are two organisations when the second is a known name of many words', () => {
    const names = entities('The Tarsk Rescue Committee and Mercy Corps warned of famine in Zembla.').map((e) => e.name);
    expect(names).toEqual(expect.arrayContaining(['Tarsk Rescue Committee', 'Mercy Corps']));
  });
});
