// What stands right after a cue and is no content: a gathering or programme that heard the words, a time of day.
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

  it('leaves a thing told as the content', () => {
    const [quote] = quotesOf('He told a slightly different tale.');
    expect(quote?.content).toBe('a slightly different tale');
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
