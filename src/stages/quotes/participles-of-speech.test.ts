// Speech cues the stage missed: a participle after a manner adverb, and after "upon".
import { describe, expect, it } from 'vitest';
import { quotesOf } from '../../../test/helpers/quotes.js';

describe('a participle of speech after a manner adverb', () => {
  it('is a cue after an auxiliary and the adverb, with no "that" after it', () => {
    const quotes = quotesOf('Some members are quietly saying the chair should step down.');
    expect(quotes).toHaveLength(1);
    expect(quotes[0]).toMatchObject({ source: 'Some members', cue: 'are quietly saying', content: 'the chair should step down' });
  });

  it('is the same speaker\'s next attribution after a subordinator and the adverb', () => {
    const quotes = quotesOf('Ann Reyes praised the council before publicly saying that the budget was too small.');
    expect(quotes).toHaveLength(2);
    expect(quotes[0]).toMatchObject({ source: 'Ann Reyes', cue: 'praised', content: 'the council' });
    expect(quotes[1]).toMatchObject({ source: 'Ann Reyes', cue: 'publicly saying', content: 'that the budget was too small' });
  });

  it('is no cue after an adverb that follows no joining word or auxiliary', () => {
    // A participle describing its noun reports nothing.
    expect(quotesOf('The quietly insisting voice of the clerk carried.')).toHaveLength(0);
    // After a bare noun the participle would take the main clause's verb into its content.
    const quotes = quotesOf('Residents loudly insisting the pier was unsafe blocked the road.');
    expect(quotes.some((quote) => quote.content.includes('blocked the road'))).toBe(false);
  });
});

describe('a participle of speech after "upon"', () => {
  it('takes the quote after it, spoken by the clause\'s subject', () => {
    const quotes = quotesOf('Tom Farrow left the stage upon saying, “The vote was fair.”');
    expect(quotes).toHaveLength(1);
    expect(quotes[0]).toMatchObject({ source: 'Tom Farrow', cue: 'saying', content: '“The vote was fair.”' });
  });

  it('ends the content of an act before it', () => {
    const quotes = quotesOf('Ann Reyes thanked the crew upon announcing that the ferry would run again.');
    expect(quotes).toHaveLength(2);
    expect(quotes[0]).toMatchObject({ source: 'Ann Reyes', cue: 'thanked', content: 'the crew' });
    expect(quotes[1]).toMatchObject({ source: 'Ann Reyes', cue: 'announcing', content: 'that the ferry would run again' });
  });
});

describe('a counted subject before a past cue and a subject pronoun', () => {
  it('is the source of "said" after "several"', () => {
    const quotes = quotesOf('The survey asked farmers about the levy. Several said they could wait a year.');
    expect(quotes.at(-1)).toMatchObject({ source: 'Several', cue: 'said', content: 'they could wait a year' });
  });

  it('is the source of "said" after a share in words', () => {
    const quotes = quotesOf('The survey asked farmers about the levy. Four in ten said they would pay it; six in ten said they were angry.');
    expect(quotes.slice(-2)).toMatchObject([
      { source: 'Four in ten', cue: 'said', content: 'they would pay it' },
      { source: 'six in ten', cue: 'said', content: 'they were angry' },
    ]);
  });

  it('leaves a past participle before a noun a describing word', () => {
    expect(quotesOf('The survey asked farmers about the levy. Three reported cases were closed.')).toHaveLength(1);
  });
});

describe('a digest\'s kicker headline before a dash and a name with a colon', () => {
  it('leaves the kicker out: the name after the dash labels the quote', () => {
    const quotes = quotesOf('Here is the weekly digest. SIGNS OF A LATE SHIFT - Ann Reyes: “Turnout rose in the final days.”');
    expect(quotes.at(-1)).toMatchObject({ source: 'Ann Reyes', cue: ':', content: '“Turnout rose in the final days.”' });
  });

  it('takes two names joined by "and" as the label', () => {
    const quotes = quotesOf('Here is the weekly digest. Rural turnout held up - Ann Reyes and Tom Farrow: “The villages voted as they always do.”');
    expect(quotes.at(-1)).toMatchObject({ source: 'Ann Reyes and Tom Farrow', cue: ':' });
  });
});

describe('a verb of speech after the object of a relative clause on "who"', () => {
  it('is the main verb, whose subject the relative clause describes', () => {
    const quotes = quotesOf('The survey was small. Farmers who backed the levy said it had failed.');
    expect(quotes.slice(-2)).toMatchObject([
      { source: 'Farmers who', cue: 'backed', content: 'the levy' },
      { source: 'Farmers who backed the levy', cue: 'said', content: 'it had failed' },
    ]);
  });

  it('ends the relative clause\'s content before "told"', () => {
    const quotes = quotesOf('The survey was small. Residents who criticized the harbour master told reporters the pier was unsafe.');
    expect(quotes.slice(-2)).toMatchObject([
      { source: 'Residents who', cue: 'criticized', content: 'the harbour master' },
      { source: 'Residents who criticized the harbour master', cue: 'told', content: 'the pier was unsafe' },
    ]);
  });

  it('leaves a verb after another clause word in the relative clause\'s content', () => {
    const quotes = quotesOf('Anglers who hailed the warden as fair at a time when bailiffs warned of floods told us the river was clean.');
    expect(quotes.some((q) => q.cue === 'warned')).toBe(false);
  });
});
