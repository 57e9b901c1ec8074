// Attributions in headlines written in title case, where capitals no longer mark names.
import { describe, expect, it } from 'vitest';
import { quotesOf } from '../../../test/helpers/quotes.js';

describe('an addressee in a title-case headline', () => {
  it('ends the addressee before a capitalised pronoun that opens the clause told', () => {
    const quotes = quotesOf('Jo Pike Tells Harbour Board They Need To Rethink Budget.\n\nThe mayor spoke on Monday.');
    expect(quotes).toContainEqual(expect.objectContaining({ source: 'Jo Pike', cue: 'Tells', content: 'They Need To Rethink Budget' }));
  });

  it('ends a name told before "I" in running text too', () => {
    const quotes = quotesOf('The mayor told Tom I would never resign.');
    expect(quotes).toContainEqual(expect.objectContaining({ cue: 'told', content: 'I would never resign' }));
  });

  it('takes a hashtag glued to its word into the addressee', () => {
    const quotes = quotesOf('Jo Pike Tells #SaveThePier Campaigners They Should Rethink The Plan.\n\nThe mayor spoke on Monday.');
    expect(quotes).toContainEqual(expect.objectContaining({ source: 'Jo Pike', cue: 'Tells', content: 'They Should Rethink The Plan' }));
  });
});
