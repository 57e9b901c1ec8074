import { describe, expect, it } from 'vitest';
import { findMentions } from './mentions.js';
import { FIRST_NAMES } from './lexicon.js';
import { CONTEXT, docThrough } from '../../../test/helpers/docs.js';
import { createReader } from '../../readout.js';

/** The mention of an invented text showing the given surface. */
function find(text: string, surface: string) {
  return findMentions(docThrough('pos', text, null), CONTEXT).find((m) => text.slice(m.start, m.end) === surface);
}

/** The entity of an invented text with the given name, with the texts of its mentions. */
function entity(text: string, name: string) {
  const found = createReader().read({ text, published: '2024-03-01' }).entities.find((e) => e.name === name);
  return found && { type: found.type, mentions: found.mentions.map((m) => m.text) };
}

describe('given names from many traditions', () => {
  it.each([
    ['Siobhán Carrow', 'female'],
    ['Ifeoma Barraclough', 'female'],
    ['Tadhg Fennessy', 'male'],
    ['Oluwaseun Marchetti', 'male'],
  ])('gives %s the gender of the given name', (name, gender) => {
    expect(find(`${name} spoke to reporters outside the court.`, name)).toMatchObject({ type: 'PERSON', agreement: gender });
  });

  it('joins "she" to the woman, not the man beside her, when both given names are known', () => {
    const text = 'Tadhg Fennessy sat beside Ifeoma Barraclough at the hearing. The ruling was fair, she said.';
    expect(entity(text, 'Ifeoma Barraclough')?.mentions).toContain('she');
    expect(entity(text, 'Tadhg Fennessy')?.mentions).not.toContain('she');
  });

  it('keeps a person whose given name recurs alone in a quote a person, not an organisation cited short', () => {
    const text = "Chef Marisol Quintanilla opened her third kitchen in March. 'Marisol, the oven is on fire,' her sous-chef shouted. Quintanilla laughed.";
    expect(entity(text, 'Marisol Quintanilla')?.type).toBe('PERSON');
  });

  it('reads a given name that is also an everyday word, left out of the lists, as no person where it is the word', () => {
    expect(FIRST_NAMES.has('Hope')).toBe(false);
    expect(entity('Hope faded for the stranded hikers on Tuesday, said Ilaria Fontanesi.', 'Hope')?.type).not.toBe('PERSON');
  });
});
