// Where a content ends before the attribution that closes its sentence. Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { quotesOf } from '../../../test/helpers/quotes.js';

describe('a sentence closed by an inverted cue and its speaker (", said Ann Lee, a historian.")', () => {
  it('gives the whole clause before the comma to the speaker after the cue, not to a cue inside it', () => {
    const quotes = quotesOf('Older voters want a return to a time when the mills were full, said Nora Pike, a historian at Kelso College.');
    expect(quotes).toHaveLength(1);
    expect(quotes[0]).toMatchObject({ source: 'Nora Pike', speaker: 'Nora Pike', content: 'Older voters want a return to a time when the mills were full' });
  });

  it('reads the speaker after the cue when a clause before the comma would give a source before it', () => {
    const quotes = quotesOf('Even as the contest moves to Dover, a town she hoped to carry easily, the vote will be close, said Owen Marsh, a pollster in Leeds.');
    expect(quotes.find((quote) => quote.cue === 'said')).toMatchObject({ source: 'Owen Marsh', content: 'Even as the contest moves to Dover, a town she hoped to carry easily, the vote will be close' });
  });

  it('takes an unnamed speaker with a relative clause on it', () => {
    const [quote] = quotesOf('The envoy warned the rebels not to cross the river, said an official who was briefed on the talks.');
    expect(quote).toMatchObject({ source: 'an official', cue: 'said', content: 'The envoy warned the rebels not to cross the river' });
  });

  it('leaves a verb after a subject and its apposition with the subject', () => {
    const [quote] = quotesOf('Gov. Ivo Brandt of Kent, a Liberal who has refused to back the levy, said the Marsh family deserved better.');
    expect(quote).toMatchObject({ source: 'Gov. Ivo Brandt of Kent, a Liberal who has refused to back the levy', content: 'the Marsh family deserved better' });
  });

  it('leaves a clause after the cue as its content when its subject is named', () => {
    const quotes = quotesOf('Her campaign manager, Rob Tanner, said Ms. Pike believes the radio spots will pay off in the spring.');
    expect(quotes.find((quote) => quote.cue === 'said')).toMatchObject({ source: 'Her campaign manager, Rob Tanner', content: 'Ms. Pike believes the radio spots will pay off in the spring' });
  });

  it('reads an object after a past verb of saying as no speaker', () => {
    const quotes = quotesOf('Nora Pike, who said the mayor lied in 2001, recounted the night on Radio Kelso.');
    expect(quotes.find((quote) => quote.cue === 'recounted')).toMatchObject({ content: 'the night on Radio Kelso' });
  });
});

describe('a focus adverb before a subordinator ("even though", "only if")', () => {
  it('goes with the clause it opens, so no content ends on a dangling "even"', () => {
    const [quote] = quotesOf('Lina Vos said the count was fair, even though she admitted some ballots were lost.');
    expect(quote.content).not.toMatch(/even$/u);
    expect(quote.content.startsWith('the count was fair')).toBe(true);
  });
});

describe('a passive verb of address after a subordinator', () => {
  it('keeps the clause in the content, since its subject was told and says nothing', () => {
    const [quote] = quotesOf('Ada Roth insists that Kerr himself sent the clerks out canvassing, even though he was warned not to.');
    expect(quote).toMatchObject({ source: 'Ada Roth', content: 'that Kerr himself sent the clerks out canvassing, even though he was warned not to' });
  });

  it('still sets apart a clause whose subject speaks', () => {
    const quotes = quotesOf('Ada Roth insists that Kerr asked the clerks to do party work, even though he told them not to.');
    expect(quotes.find((quote) => quote.source === 'Ada Roth')?.content).toBe('that Kerr asked the clerks to do party work');
  });
});
