// A second report inside a line the stage read. Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { quotesOf } from '../../../test/helpers/quotes.js';

describe('a cue inside a prepositional phrase opening the sentence', () => {
  it('ends a participle cue\'s content at the phrase\'s comma and reads the main clause apart', () => {
    const quotes = quotesOf('In her letter condemning the merger, Governor Alma Reyes defended the port authority\'s record.');
    expect(quotes.find((quote) => quote.cue === 'condemning')?.content).toBe('the merger');
    expect(quotes.find((quote) => quote.cue === 'defended')).toMatchObject({ source: 'Governor Alma Reyes', content: 'the port authority\'s record' });
  });

  it('does so after a participle preposition', () => {
    const quotes = quotesOf('Following the release of a report criticising the harbour plan, Reyes called on the council to halt the dredging.');
    expect(quotes.find((quote) => quote.cue === 'criticising')?.content).toBe('the harbour plan');
    expect(quotes.find((quote) => quote.source === 'Reyes')?.content).toContain('halt the dredging');
  });

  it('does so for a finite cue behind a clause word in the phrase', () => {
    const quotes = quotesOf('To the extent that farmers know Reyes, they may think of her as the mayor who banned tractors.');
    expect(quotes.find((quote) => quote.cue === 'know')?.content).toBe('Reyes');
    expect(quotes.find((quote) => quote.source === 'they')?.content).toContain('the mayor who banned tractors');
  });

  it('leaves a main clause whose adjunct has no comma, where the cue is the main verb', () => {
    const quotes = quotesOf('In May the harbour master said that while the pier was unsafe, the ferries would keep running.');
    expect(quotes.find((quote) => quote.cue === 'said')?.content).toContain('the ferries would keep running');
  });
});

describe('a quote closing on its comma after an opening participle', () => {
  it('ends the participle\'s phrase, whose speaker is the main clause\'s subject', () => {
    const quotes = quotesOf('In calling the harbour plan "a costly folly," the archbishop again showed his taste for civic quarrels.');
    expect(quotes.find((quote) => quote.cue === 'calling')).toMatchObject({ source: 'the archbishop', content: 'the harbour plan "a costly folly,"' });
  });

  it('runs on to the clause comma when no subject follows the quote', () => {
    const quotes = quotesOf('Admitting that Reyes "says odd things," though, Brennan backed her bid.');
    expect(quotes.find((quote) => quote.cue === 'Admitting')?.source).toBe('Brennan');
  });
});

describe('a result clause after "so" or "such" in a stance', () => {
  it('ends the stance before "that" and reads the result\'s own cue apart', () => {
    const quotes = quotesOf('Some union leaders are so bitterly opposed to electing Dunn as mayor that they are endorsing Reyes, the Green candidate.');
    expect(quotes.find((quote) => quote.cue?.includes('opposed'))?.content).toBe('to electing Dunn as mayor');
    expect(quotes.find((quote) => quote.cue === 'are endorsing')).toMatchObject({ source: 'they', content: 'Reyes, the Green candidate' });
  });

  it('keeps the complement "that" opening the content and cuts at the later one', () => {
    const quotes = quotesOf('The party bosses are so worried that Reyes could falter on stage that they may call off the forums.');
    expect(quotes.find((quote) => quote.cue?.includes('worried'))?.content).toBe('that Reyes could falter on stage');
  });

  it('leaves a result clause inside the reported clause to the reported words', () => {
    const quotes = quotesOf('She said the levy was so high that the farmers would leave.');
    expect(quotes.find((quote) => quote.cue === 'said')?.content).toBe('the levy was so high that the farmers would leave');
  });

  it('reads no degree in "such as"', () => {
    const quotes = quotesOf('The mayor criticised rivals such as Ash for the way that he courts donors.');
    expect(quotes.find((quote) => quote.cue === 'criticised')?.content).toContain('the way that he courts donors');
  });
});
