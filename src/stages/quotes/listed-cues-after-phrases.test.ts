// Listed cues whose construction hid the line. Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { quotesOf } from '../../../test/helpers/quotes.js';

describe('a phrase or time clause between a speech cue and the reported clause', () => {
  it('reads the clause after the comma when a time clause follows the cue', () => {
    const [quote] = quotesOf('Ms Okafor explained after losing the county vote, she would need most of the remaining seats.');
    expect(quote).toMatchObject({ content: 'she would need most of the remaining seats', source: 'Ms Okafor', cue: 'explained' });
  });

  it('reads the clause after the comma when a prepositional phrase follows the cue', () => {
    const [quote] = quotesOf('The harbour master said after the storm, the ferry would run only twice a day.');
    expect(quote).toMatchObject({ content: 'the ferry would run only twice a day', source: 'The harbour master' });
  });

  it('reads no report after a verb of thought used for a protest', () => {
    const quotes = quotesOf('Hundreds of fishermen have demonstrated in the harbour for weeks, many waving red flags, outside the council offices.');
    expect(quotes.find((quote) => quote.cue?.endsWith('demonstrated'))).toBeUndefined();
  });

  it('reads nothing when no subject and verb follow the phrase', () => {
    expect(quotesOf('The harbour master said after the storm, in a short note to staff.')).toEqual([]);
  });
});

describe('an "as" clause with a verb of belief or fear', () => {
  it('attributes the clause before it to the believers', () => {
    const [quote] = quotesOf('Rents in the old town will double, as many tenants fear.');
    expect(quote).toMatchObject({ content: 'Rents in the old town will double', source: 'many tenants', cue: 'fear' });
  });

  it('leaves the main clause after an opening condition to the writer', () => {
    const [quote] = quotesOf('If the levy raises more money, as some economists hope, the county could hire more nurses.');
    expect(quote).toMatchObject({ source: 'some economists', cue: 'hope' });
    expect(quote?.content.startsWith('If the levy raises more money')).toBe(true);
  });
});

describe('an opening clause after "Even as" or "Just as"', () => {
  it('ends the content at the comma before the main clause', () => {
    const [quote] = quotesOf('Even as the governor has said that she opposes new tolls, her aides have drafted a toll plan.');
    expect(quote).toMatchObject({ content: 'that she opposes new tolls', source: 'the governor' });
  });

  it('gives the main clause no part of a finding in the opening clause', () => {
    const quotes = quotesOf('Even as some surveys show the mayor trailing, his staff remained calm.');
    expect(quotes.find((quote) => quote.cue === 'show')).toMatchObject({ content: 'the mayor trailing', source: 'some surveys' });
  });
});
