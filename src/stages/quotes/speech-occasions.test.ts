// An occasion of speech between the cue and reported words with no "that". Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { quotesOf } from '../../../test/helpers/quotes.js';

describe('an occasion of speech after the cue', () => {
  it('finds the reported clause after "in a radio interview" with no "that"', () => {
    const [quote] = quotesOf('The mayor said in a radio interview the bridge would reopen in May.');
    expect(quote).toMatchObject({ source: 'The mayor', cue: 'said', content: 'the bridge would reopen in May' });
  });

  it('finds the reported clause after "at a news conference" and the place it was held', () => {
    const [quote] = quotesOf('The envoy told reporters at a news conference in Lisbon the talks had stalled.');
    expect(quote).toMatchObject({ source: 'The envoy', cue: 'told', content: 'the talks had stalled' });
  });

  it('takes the receivers of a document into the occasion ("in a note to clients")', () => {
    const [quote] = quotesOf('Ana Ferro wrote in a note to clients that the deal looked cheap.');
    expect(quote).toMatchObject({ source: 'Ana Ferro', cue: 'wrote', content: 'that the deal looked cheap' });
  });

  it('takes the one a meeting was with into the occasion', () => {
    const [quote] = quotesOf('The chief executive said at a meeting with investors that margins would recover.');
    expect(quote).toMatchObject({ source: 'The chief executive', cue: 'said', content: 'that margins would recover' });
  });

  it('reads an occasion noun capitalised inside a name as no occasion', () => {
    const [quote] = quotesOf('The petition is calling on the Federal Court of Darwin to halt the sale.');
    expect(quote?.content).toMatch(/^on the Federal Court of Darwin/u);
  });

  it('takes a programme named after the occasion into it, leaving nothing to report', () => {
    expect(quotesOf('The senator added during her appearance on Harbour Hour and Friends.')).toEqual([]);
  });

  it('skips a work\'s title before its "that"', () => {
    const [quote] = quotesOf('Lena Ortiz writes in her memoir Letters From the Coast that the strike changed the town.');
    expect(quote).toMatchObject({ source: 'Lena Ortiz', cue: 'writes', content: 'that the strike changed the town' });
  });
});

describe('a bare subject after an adjunct', () => {
  it('opens the reported clause on a number after "in a statement"', () => {
    const [quote] = quotesOf('The ministry said in a statement three soldiers had been wounded.');
    expect(quote).toMatchObject({ source: 'The ministry', cue: 'said', content: 'three soldiers had been wounded' });
  });

  it('opens the reported clause on a plural noun after a day', () => {
    const [quote] = quotesOf('The union said on Sunday talks would resume within a week.');
    expect(quote).toMatchObject({ source: 'The union', cue: 'said', content: 'talks would resume within a week' });
  });

  it('keeps a noun going on from a document noun inside the adjunct', () => {
    const [quote] = quotesOf('She said in a video message posted online that she would run.');
    expect(quote).toMatchObject({ source: 'She', cue: 'said', content: 'that she would run' });
  });
});

describe('a cue inside a relative clause with no relative word', () => {
  it('gives no content when a finite verb follows the cue\'s occasion', () => {
    expect(quotesOf('The names the mayor read out at the rally were those of the missing.')).toEqual([]);
  });

  it('gives no content to a participle whose occasion is followed by the main verb', () => {
    expect(quotesOf('The figures cited in the report are two years old.')).toEqual([]);
  });
});

describe('a medium after "on"', () => {
  it('skips "on its website" after another adjunct', () => {
    const [quote] = quotesOf('The bank said in a statement on its website the outage had been fixed.');
    expect(quote).toMatchObject({ source: 'The bank', cue: 'said', content: 'the outage had been fixed' });
  });

  it('keeps "on" after "calling" a particle, not a medium', () => {
    const [quote] = quotesOf('The union is calling on its members to strike.');
    expect(quote?.content).toMatch(/^on its members/u);
  });

  it('takes a name\'s possessive as the occasion\'s determiner', () => {
    const [quote] = quotesOf('She said during Tuesday\'s debate the levy would be scrapped.');
    expect(quote).toMatchObject({ source: 'She', cue: 'said', content: 'the levy would be scrapped' });
  });
});

describe('a relative clause on "who" right after an unnamed source\'s head', () => {
  it('leaves the source unnamed rather than naming the people the clause mentions', () => {
    const [quote] = quotesOf('A senior Velish official, who briefed reporters on condition of anonymity, said the talks had stalled.');
    expect(quote).toMatchObject({ cue: 'said', content: 'the talks had stalled', speaker: undefined });
  });

  it('still names the head when the clause gives its name', () => {
    const [quote] = quotesOf('Her neighbour, who gave his name only as Tomas, said he had not voted.');
    expect(quote).toMatchObject({ cue: 'said', speaker: 'Tomas' });
  });
});

describe('what stands between a cue and its "that"', () => {
  it('skips a participle aside naming whom the words came through', () => {
    const [quote] = quotesOf('The Courier also reported, citing two aides to the mayor, that the budget had been cut.');
    expect(quote).toMatchObject({ source: 'The Courier', cue: 'also reported', content: 'that the budget had been cut' });
  });

  it('finds the asker after an adverb before "by"', () => {
    const [question] = quotesOf('Asked afterward by reporters whether she would appeal, Ms Tamm said she had not decided.');
    expect(question).toMatchObject({ source: 'reporters', cue: 'Asked', content: 'whether she would appeal' });
  });
});

describe('a request not to be named as the terms of an interview', () => {
  it('gives no line to "briefed reporters on condition that he not be named"', () => {
    const quotes = quotesOf('A senior Velish official, who briefed reporters on condition that he not be named, said the list had been rejected.');
    expect(quotes.map((q) => q.cue)).toEqual(['said']);
  });
});

describe('an asker in apposition', () => {
  it('keeps the apposition with the asker and puts the question after it', () => {
    const [question] = quotesOf('Asked by Ana Ruiz, an analyst at Kell Securities, whether sales had slowed, Mr Tamm said they had not.');
    expect(question).toMatchObject({ source: 'Ana Ruiz, an analyst at Kell Securities', cue: 'Asked', content: 'whether sales had slowed' });
  });
});
