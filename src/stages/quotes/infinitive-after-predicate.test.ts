// An infinitive cue after a predicate set off by a comma (a participle's phrase or an adjective alone) takes the
// clause's subject, or the previous speaker, as its source. Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { quotesOf } from '../../../test/helpers/quotes.js';

const sourceOf = (text: string, cue: string): string | undefined => quotesOf(text).find((quote) => quote.cue === cue)?.source;

describe('an infinitive cue after a predicate set off by a comma', () => {
  it('takes the subject of the clause before a participle phrase', () => {
    expect(sourceOf('The dockers rejected the rota, hurrying to the local paper to say it was unsafe.', 'to say')).toBe('The dockers');
  });

  it('takes the previous speaker after a quote and its cue', () => {
    expect(sourceOf('“Not one more ton,” the foreman told the crowd, using a nickname to mock the owners of the mine.', 'to mock')).toBe('the foreman');
  });

  it('takes the subject of the clause before an adjective alone', () => {
    expect(sourceOf('The volunteers packed up their leaflets, ready to tell every household that the mill would close.', 'to tell')).toBe('The volunteers');
  });

  it('gives a verb joined to the infinitive the same subject', () => {
    const quotes = quotesOf("Ms Okafor has become the board's fiercest critic, quick to point out errors and offer advice.");
    expect(quotes.filter((quote) => quote.cue === 'to point out' || quote.cue === 'offer').map((quote) => quote.source)).toEqual(['Ms Okafor', 'Ms Okafor']);
  });
});

describe('what the rule leaves as it was', () => {
  it('keeps the object of a verb of control as the one who wonders', () => {
    const source = sourceOf('The quarry closed in May, leaving many villagers to wonder whether the road would stay open.', 'to wonder');
    expect(source).toContain('many villagers');
  });

  it('keeps a subject opening with an adjective after an opening phrase', () => {
    expect(sourceOf('By noon, angry fishers gathered on the quay to demand a new quota.', 'to demand')).toMatch(/^angry fishers/u);
  });
});
