// The cue vocabulary's long tail: phrases, adjectives and light verbs of stance and speech added one by one after
// measuring how often PolNeAR marks them.
import { describe, expect, it } from 'vitest';
import { quotesOf } from '../../../test/helpers/quotes.js';

describe('distancing oneself from something', () => {
  it('reads "distanced himself from" as a stance on what follows', () => {
    const quotes = quotesOf('Senator Dunmore distanced himself from the new harbour tax.');
    expect(quotes).toContainEqual(expect.objectContaining({ source: 'Senator Dunmore', cue: 'distanced himself from', content: 'the new harbour tax' }));
  });

  it('reads the infinitive with a plural reflexive', () => {
    const quotes = quotesOf('The growers have tried to distance themselves from the co-operative.');
    expect(quotes).toContainEqual(expect.objectContaining({ source: 'The growers', content: 'the co-operative' }));
  });
});

describe('adjectives of feeling caused by something', () => {
  it('reads "were angered by" after a linking verb', () => {
    const quotes = quotesOf('The fishermen were angered by the new quotas.');
    expect(quotes).toContainEqual(expect.objectContaining({ source: 'The fishermen', content: 'the new quotas' }));
  });

  it('reads "is delighted with"', () => {
    const quotes = quotesOf('Coach Harlan is delighted with the new stadium.');
    expect(quotes).toContainEqual(expect.objectContaining({ source: 'Coach Harlan', content: 'the new stadium' }));
  });

  it('reads a lukewarm stance', () => {
    const quotes = quotesOf('The tenants have long been lukewarm about the merger.');
    expect(quotes).toContainEqual(expect.objectContaining({ source: 'The tenants', content: 'the merger' }));
  });

  it('leaves the participle as a verb with its object alone', () => {
    expect(quotesOf('The late ferry angered the commuters.')).toEqual([]);
  });
});

describe('"unveil" as a light verb', () => {
  it('lends its subject to a plan with a to-infinitive', () => {
    const quotes = quotesOf('Mayor Ravel unveiled a plan to rebuild the pier.');
    expect(quotes).toContainEqual(expect.objectContaining({ source: 'Mayor Ravel', cue: 'unveiled a plan', content: 'to rebuild the pier' }));
  });

  it('is no cue for a thing shown', () => {
    expect(quotesOf('The museum unveiled a statue of the founder.')).toEqual([]);
  });
});

describe('phrasal acts of praise, mockery, support and speech', () => {
  it('reads "heaped praise on" as a stance', () => {
    const quotes = quotesOf('The captain heaped praise on the young keeper.');
    expect(quotes).toContainEqual(expect.objectContaining({ source: 'The captain', cue: 'heaped praise on', content: 'the young keeper' }));
  });

  it('reads "poked fun at" as a stance', () => {
    const quotes = quotesOf('The comedian Lio Barr poked fun at the harbour board.');
    expect(quotes).toContainEqual(expect.objectContaining({ source: 'The comedian Lio Barr', cue: 'poked fun at', content: 'the harbour board' }));
  });

  it('reads support thrown behind someone, whoever holds it', () => {
    const quotes = quotesOf('The dockers\' guild has thrown its weight behind Mayor Ravel.');
    expect(quotes).toContainEqual(expect.objectContaining({ source: 'The dockers\' guild', cue: 'has thrown its weight behind', content: 'Mayor Ravel' }));
  });

  it('reads "held forth on" as speech about its topic', () => {
    const quotes = quotesOf('Professor Orla Venn held forth on the tides.');
    expect(quotes).toContainEqual(expect.objectContaining({ source: 'Professor Orla Venn', cue: 'held forth on', content: 'the tides' }));
  });
});
