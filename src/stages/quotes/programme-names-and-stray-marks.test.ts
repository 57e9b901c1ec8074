// The programme named in an interview adjunct, and a double mark that closes nothing: rules kept at the depth they
// belong at. Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { quotesOf } from '../../../test/helpers/quotes.js';

describe('the one an interview was with', () => {
  it('keeps a number in the name of the programme and ends the adjunct before a time after it', () => {
    const [quote] = quotesOf('Mayor Ines Vargo said in an interview with 60 Minutes on Sunday the pier would close.');
    expect(quote).toMatchObject({ source: 'Mayor Ines Vargo', content: 'the pier would close' });
  });
});

describe('content running to the end of its sentence', () => {
  it('ends before a double mark that closes nothing opened in its sentence', () => {
    const [quote] = quotesOf('The ferry will stop. He said the pier would close in May."');
    expect(quote?.content).toBe('the pier would close in May');
  });
});
