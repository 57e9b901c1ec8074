// Stances held through an adjective after a linking verb. Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { quotesOf } from '../../../test/helpers/quotes.js';

describe('a stance adjective after a negated "be" contracted into one token', () => {
  it('reads "wasn\'t optimistic about" as "was not optimistic about" is read', () => {
    const [quote] = quotesOf('Nadia Borg, a harbour pilot, wasn’t optimistic about the new dredging plan.');
    expect(quote).toMatchObject({ content: 'the new dredging plan', source: 'Nadia Borg, a harbour pilot', modality: 'negated' });
  });

  it('reads a clause after "aren\'t sure" with its subject as source', () => {
    const [quote] = quotesOf("The ferry crews aren't sure the timetable will hold.");
    expect(quote).toMatchObject({ content: 'the timetable will hold', source: 'The ferry crews' });
  });

  it('reads a stance noun after "isn\'t a fan of"', () => {
    const [quote] = quotesOf("Councillor Joe Marsh isn't a fan of the toll.");
    expect(quote).toMatchObject({ content: 'the toll', source: 'Councillor Joe Marsh', speaker: 'Joe Marsh' });
  });

  it('reads no line from a contracted negation before an adjective with no complement', () => {
    expect(quotesOf("The mayor wasn't happy.")).toEqual([]);
  });
});

describe('a stance adjective after a progressive linking verb', () => {
  it('reads "are growing increasingly uneasy about" with the subject as source', () => {
    const [quote] = quotesOf('Parents in Dunmore are growing increasingly uneasy about the school closures.');
    expect(quote).toMatchObject({ content: 'the school closures', source: 'Parents in Dunmore' });
  });

  it('reads "is becoming more confident that" with its clause', () => {
    const [quote] = quotesOf('The harbour board is becoming more confident that the pier can be saved.');
    expect(quote).toMatchObject({ content: 'that the pier can be saved', source: 'The harbour board' });
  });
});

describe('an adjective of how openly someone speaks of a topic', () => {
  it('reads "was open about" with the topic as content', () => {
    const [quote] = quotesOf('Ms Kane was open about her long illness.');
    expect(quote).toMatchObject({ content: 'her long illness', source: 'Ms Kane', cue: 'was open' });
  });

  it('reads "has stayed mum on" with the subject as source', () => {
    const [quote] = quotesOf('Mayor Ruth Lund has stayed mum on the harbour deal.');
    expect(quote).toMatchObject({ content: 'the harbour deal', source: 'Mayor Ruth Lund', speaker: 'Ruth Lund' });
  });

  it('reads no line from "is clear that", the writer\'s own view', () => {
    expect(quotesOf('It is clear that the pier will close.')).toEqual([]);
  });

  it('reads no line from a weekday after "on"', () => {
    expect(quotesOf('The museum is open on Sundays.')).toEqual([]);
  });
});

describe('"united" and "unified", the opposites of the listed "divided" and "split"', () => {
  it('reads "is largely unified on" with the party as source', () => {
    const [quote] = quotesOf('The Green Party is largely unified on a ban on new coal mines.');
    expect(quote).toMatchObject({ content: 'a ban on new coal mines', source: 'The Green Party' });
  });

  it('reads no line from the name of the United Nations', () => {
    expect(quotesOf('The agency is a part of the United Nations in Geneva.')).toEqual([]);
  });
});

describe('a stance adjective set off by a comma, with no linking verb', () => {
  it('gives an adjective phrase inside the subject to that subject, ending at its comma', () => {
    const [quote] = quotesOf("Farmers, worried about the river's falling level, have asked for a new weir.");
    expect(quote).toMatchObject({ content: "the river's falling level", source: 'Farmers', cue: 'worried' });
  });

  it('gives an adjective phrase closing the sentence to its clause\'s subject', () => {
    const [quote] = quotesOf('The campaign cancelled two rallies, wary of tiring its candidate.');
    expect(quote).toMatchObject({ content: 'tiring its candidate', source: 'The campaign' });
  });

  it('reads no line when the comma closes an opening phrase of its own', () => {
    const quotes = quotesOf('Burdened by debt, uneasy about the future, the dockers voted to strike.');
    expect(quotes.some((quote) => quote.cue === 'uneasy')).toBe(false);
  });

  it('reads no line from an adjective with "to" after a comma', () => {
    expect(quotesOf('The crew worked through the night, eager to finish the bridge.')).toEqual([]);
  });
});

describe('degree words between the linking verb and a stance adjective', () => {
  it('reads "were far less divided on" with the subject as source', () => {
    const [quote] = quotesOf('Harbour tenants were far less divided on a new toll.');
    expect(quote).toMatchObject({ content: 'a new toll', source: 'Harbour tenants', cue: 'were far less divided' });
  });

  it('reads "is most proud of" with the subject as source', () => {
    const [quote] = quotesOf('Ms Okafor is most proud of the clinics she opened.');
    expect(quote).toMatchObject({ content: 'the clinics she opened', source: 'Ms Okafor' });
  });
});

describe('participles of feeling stirred by something, among the stance adjectives', () => {
  it('reads "was impressed by" with the subject as source', () => {
    const [quote] = quotesOf('Neither councillor was impressed by the new bus timetable.');
    expect(quote).toMatchObject({ content: 'the new bus timetable', source: 'Neither councillor' });
  });

  it('reads "have been startled by" with the subject as source', () => {
    const [quote] = quotesOf("Fishing crews have been startled by the board's sudden quota cut.");
    expect(quote).toMatchObject({ content: "the board's sudden quota cut", source: 'Fishing crews' });
  });

  it('still reads the verb "impressed" with an object as no stance of its subject', () => {
    expect(quotesOf('The young striker impressed the scouts on Saturday.')).toEqual([]);
  });
});
