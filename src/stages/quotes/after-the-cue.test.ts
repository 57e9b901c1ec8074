// Around a cue: what stands right after it and is no content (a gathering that heard the words, a time of day, an
// aside), and a quote before the source that is no content.
import { describe, expect, it } from 'vitest';
import { quotesOf } from '../../../test/helpers/quotes.js';

describe('a gathering closing the sentence after "told"', () => {
  it('is the addressee, so the content is the clause before the source', () => {
    const [quote] = quotesOf('The garrison will stay until spring, the minister told a Senate panel on Tuesday.');
    expect(quote).toMatchObject({ content: 'The garrison will stay until spring', source: 'the minister', cue: 'told' });
  });

  it('takes in a programme named with its broadcaster\'s possessive', () => {
    const [quote] = quotesOf('The talks had stalled, she told the BBC\'s Today programme.');
    expect(quote).toMatchObject({ content: 'The talks had stalled', source: 'she' });
  });

  it('is the addressee with a place phrase after it', () => {
    const [quote] = quotesOf('The garrison will stay, he told a news conference in Leeds on Monday.');
    expect(quote).toMatchObject({ content: 'The garrison will stay', source: 'he' });
  });

  it('leaves a thing told as the content', () => {
    const [quote] = quotesOf('He told a rather odd tale.');
    expect(quote?.content).toBe('a rather odd tale');
  });

  it('leaves a complement after the gathering as the content', () => {
    const [quote] = quotesOf('She told a news conference in Leeds on Monday that the talks had failed.');
    expect(quote?.content).toBe('that the talks had failed');
  });
});

describe('a part of the day after a day\'s name after the cue', () => {
  it('goes with the time adjunct, so the content is the clause before', () => {
    const [quote] = quotesOf('The budget was wrong, he said Wednesday morning on Radio Kestria\'s "Breakfast."');
    expect(quote).toMatchObject({ content: 'The budget was wrong', source: 'he' });
  });

  it('goes with "yesterday" too', () => {
    const [quote] = quotesOf('The budget was wrong, she said yesterday afternoon on Radio Kestria.');
    expect(quote).toMatchObject({ content: 'The budget was wrong', source: 'she' });
  });
});

describe('an aside between dashes after the cue', () => {
  it('is passed over to the "that" after it', () => {
    const [quote] = quotesOf('The mayor said — in a rare interview, as it happens — that the pier would close.');
    expect(quote).toMatchObject({ content: 'that the pier would close', source: 'The mayor' });
  });

  it('is passed over to a quote after it', () => {
    const [quote] = quotesOf('The mayor said — in a rare interview — "The pier will close."');
    expect(quote?.content).toBe('"The pier will close."');
  });
});

describe('a quote that is a preposition\'s object in an opening phrase', () => {
  it('is no content when a clause follows the cue', () => {
    const [quote] = quotesOf('To cries of "Two more terms," the councillor said her slate was sound.');
    expect(quote).toMatchObject({ content: 'her slate was sound', source: 'the councillor' });
  });

  it('still ends the words before a cue that closes the sentence', () => {
    const [quote] = quotesOf('He spoke of "a new dawn," she said.');
    expect(quote?.content).toBe('He spoke of "a new dawn,"');
  });
});
