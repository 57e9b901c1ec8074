// Families left on the fifth fresh set (eval/quotes/fresh5), pinned with sentences written for the test.
import { describe, expect, it } from 'vitest';
import { quotesOf } from '../../../test/helpers/quotes.js';

describe('a source before a participle cue that follows a predicate', () => {
  it('stops at the subject, leaving out the verb phrase before ", saying"', () => {
    const quotes = quotesOf('The mayor of Dunholm, Ada Finch, praised the plan, saying it would cut traffic.');
    expect(quotes.find((quote) => quote.cue === 'saying')?.source).toBe('The mayor of Dunholm, Ada Finch');
  });

  it('stops at the subject when the verb before ", noting" is no cue', () => {
    const quotes = quotesOf('A senior engineer, Tom Reyes, pushed the board on costs, noting that two suppliers had pulled out.');
    expect(quotes.find((quote) => quote.cue === 'noting')?.source).toBe('A senior engineer, Tom Reyes');
  });
});

describe('a participle phrase opening the sentence before the source', () => {
  it('is left out of the source after "Also"', () => {
    const quotes = quotesOf("Also speaking at the hearing, the council's chief planner, Owen Marsh, told councillors that the budget was spent.");
    expect(quotes.find((quote) => quote.cue === 'told')?.source).toBe("the council's chief planner, Owen Marsh");
  });

  it('is left out of the source when it opens with a capitalised participle', () => {
    const quotes = quotesOf("Speaking after the vote, the party's leader, Jo Kent, said the result was fair.");
    expect(quotes.find((quote) => quote.cue === 'said')?.source).toBe("the party's leader, Jo Kent");
  });
});

describe('a name closing a source before "of" and a body', () => {
  it('is the speaker of the source', () => {
    const quotes = quotesOf('Another analyst on the call, Priya Nandy of Colter Bank, questioned the forecast, noting that costs had risen.');
    expect(quotes.find((quote) => quote.cue === 'noting')?.speaker).toBe('Priya Nandy');
  });
});

describe('two people each named with "of" and a place closing a source', () => {
  it('gives the source neither of them', () => {
    const quotes = quotesOf('Two of his rivals, Ann Lee of Ohio and Tom Bell of Utah, attacked the bill, saying it would fail.');
    expect(quotes.find((quote) => quote.cue === 'saying')?.speaker).toBeUndefined();
  });
});

describe('a body whose name holds a preposition', () => {
  it('is the speaker of a source that is that name after "the"', () => {
    const quotes = quotesOf('The Department of Rural Affairs said it would pay the farmers by March.');
    expect(quotes.find((quote) => quote.cue === 'said')?.speaker).toBe('Department of Rural Affairs');
  });

  it('does not take the source from a person named before "of" and the body', () => {
    const quotes = quotesOf('Ann Lee of the Institute for Coastal Studies said the sea wall would fail.');
    expect(quotes.find((quote) => quote.cue === 'said')?.speaker).toBe('Ann Lee');
  });
});

describe('a pronoun linked to the first word of a title that a capitalised word splits', () => {
  it('stands for the person the whole title runs into', () => {
    const quotes = quotesOf('Chief Operating Officer Dana Price told staff the depot would close. That was below hopes. She said the firm would hire again in spring.');
    expect(quotes.find((quote) => quote.source === 'She')?.speaker).toBe('Dana Price');
  });

  it('stands for that person when the word splitting the title is read as a name of its own', () => {
    const quotes = quotesOf('Chief Financial Officer Ann Roe told staff the depot would close. That was below hopes. She said the firm would hire again in spring.');
    expect(quotes.find((quote) => quote.source === 'She')?.speaker).toBe('Ann Roe');
  });
});

describe('a person named between the first two commas of a source', () => {
  it('is the speaker after a describing phrase and before another', () => {
    const quotes = quotesOf('The newcomer, Dr Helen Acre, a vet who runs a clinic in the town, said the plan was rushed.');
    expect(quotes.find((quote) => quote.cue === 'said')?.speaker).toBe('Helen Acre');
  });
});
