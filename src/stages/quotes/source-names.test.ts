// Sources written with names of organisations, and speakers found through the generic noun that stands for one.
import { describe, expect, it } from 'vitest';
import { quotesOf } from '../../../test/helpers/quotes.js';

describe('a source before its cue', () => {
  it('runs over a comma inside an organisation\'s name', () => {
    const [quote] = quotesOf('The Ministry of Fisheries, Ports and Coastal Affairs said the grant would not be renewed.');
    expect(quote).toMatchObject({ source: 'The Ministry of Fisheries, Ports and Coastal Affairs', speaker: 'Ministry of Fisheries, Ports and Coastal Affairs' });
  });
});

describe('a generic noun as the source', () => {
  it('speaks for the company whose name shows a business and is named more, not a nearer bare name', () => {
    const text = 'Drug for MND approved\n\nRegulators cleared a drug from Corvane Therapeutics on Monday. Corvane will sell it from May, and Corvane shares rose. Doctors who treat MND welcomed it. The company said the price would be set next month.';
    const quote = quotesOf(text).find((q) => q.source === 'The company');
    expect(quote?.speaker).toBe('Corvane Therapeutics');
  });
});
