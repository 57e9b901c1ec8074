// Cue nouns with no owner before a content clause ("contentNouns" in the data), pinned with sentences written for the test.
import { describe, expect, it } from 'vitest';
import { quotesOf } from '../../../test/helpers/quotes.js';

describe('a noun of report with no owner before a "that" clause', () => {
  it('attributes the clause to no one named', () => {
    const [quote] = quotesOf('There were complaints that the new ferry timetable left villagers stranded.');
    expect(quote).toMatchObject({ cue: 'complaints', content: 'that the new ferry timetable left villagers stranded', source: undefined });
  });

  it('gives the clause to the subject of the verb taking the noun as its object', () => {
    const [quote] = quotesOf('The fishermen never bought the idea that the quota would protect the herring.');
    expect(quote).toMatchObject({ source: 'The fishermen', cue: 'never bought the idea', content: 'that the quota would protect the herring' });
  });

  it('takes a verb with a preposition before the noun', () => {
    const [quote] = quotesOf('The coach bristled at the suggestion that his team had given up.');
    expect(quote).toMatchObject({ source: 'The coach', cue: 'bristled at the suggestion', content: 'that his team had given up' });
  });

  it('takes a verb right before the noun too', () => {
    const [quote] = quotesOf('The mayor’s long silence stoked speculation that she would not run again.');
    expect(quote).toMatchObject({ cue: 'stoked speculation', content: 'that she would not run again' });
  });

  it('names no one for a gerund after a preposition', () => {
    const [quote] = quotesOf('The ranger lost his post over floating the idea that the bears were dangerous.');
    expect(quote).toMatchObject({ cue: 'idea', source: undefined, content: 'that the bears were dangerous' });
  });

  it('names no one after "there was" and an adjective', () => {
    const [quote] = quotesOf('There was clear evidence that the river had been poisoned upstream.');
    expect(quote).toMatchObject({ cue: 'evidence', source: undefined, content: 'that the river had been poisoned upstream' });
  });
});

describe('a relative "that" after a noun of report', () => {
  it('is no content clause when a verb follows it at once', () => {
    expect(quotesOf('The complaints that reached the council were ignored.')).toEqual([]);
  });

  it('is no content for a noun not listed as one of report', () => {
    expect(quotesOf('The news that the bridge had reopened spread quickly through the valley.')).toEqual([]);
  });
});
