// Cues behind a raising or choice verb. Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { quotesOf } from '../../../test/helpers/quotes.js';

describe('a listed cue in the progressive after a raising verb', () => {
  it('reads "did not seem to be enjoying" as an impression of its subject', () => {
    const [quote] = quotesOf('Mr Hale did not seem to be enjoying the contest.');
    expect(quote).toMatchObject({ content: 'Mr Hale did not seem to be enjoying the contest', source: 'Mr Hale', modality: 'negated' });
  });

  it('keeps the plain infinitive after "seemed to" as the cue itself', () => {
    const [quote] = quotesOf('The senator seemed to suggest that taxes would rise.');
    expect(quote).toMatchObject({ cue: 'seemed to suggest', content: 'that taxes would rise', source: 'The senator' });
  });
});

describe('a choice verb before the cue', () => {
  it('gives the chooser alone as the source of "chose instead to insist"', () => {
    const [quote] = quotesOf('The minister chose instead to insist that the deal was fair.');
    expect(quote).toMatchObject({ cue: 'chose instead to insist', source: 'The minister', modality: 'asserted' });
  });

  it('gives the subject of the clause before the comma to "choosing instead to argue"', () => {
    const quotes = quotesOf('Vera Lind declined to comment, choosing instead to argue that the ferry plan was sound.');
    expect(quotes.find((quote) => quote.content === 'that the ferry plan was sound')).toMatchObject({ source: 'Vera Lind', speaker: 'Vera Lind' });
  });
});

describe('a lead in its "-ing" form after a comma', () => {
  it('shares the subject of the clause before it', () => {
    const quotes = quotesOf('Omar Castell rejected the report, continuing to insist that the dam was safe.');
    expect(quotes.find((quote) => quote.content === 'that the dam was safe')).toMatchObject({ source: 'Omar Castell' });
  });

  it('reports the act as done, not planned, after "going on to"', () => {
    const quotes = quotesOf('Omar Castell rejected the report, going on to insist that the dam was safe.');
    expect(quotes.find((quote) => quote.content === 'that the dam was safe')).toMatchObject({ cue: 'going on to insist', modality: 'asserted' });
  });

  it('still plans what "is going to" say', () => {
    const [quote] = quotesOf('Ms Ortega is going to say that the port is safe.');
    expect(quote).toMatchObject({ modality: 'planned' });
  });
});

describe('"yet" after an auxiliary', () => {
  it('reads "has yet to explain" as a negated cue with its subject', () => {
    const [quote] = quotesOf('The harbour master has yet to explain why the crane collapsed.');
    expect(quote).toMatchObject({ cue: 'has yet to explain', source: 'The harbour master', content: 'why the crane collapsed', modality: 'negated' });
  });

  it('keeps "yet" inside "has not yet said"', () => {
    const [quote] = quotesOf('The district council has not yet said whether it will appeal.');
    expect(quote).toMatchObject({ cue: 'has not yet said', source: 'The district council' });
  });

  it('takes no "yet" joining two clauses into a cue', () => {
    const quotes = quotesOf('Ines Mora lost the recount, yet insisted that the tally was wrong.');
    expect(quotes.some((quote) => quote.cue?.startsWith('yet'))).toBe(false);
  });
});

describe('a main clause whose subject holds an aside set off by dashes', () => {
  it('ends the opening clause\'s content at the comma before it', () => {
    const quotes = quotesOf('While the mayor has not endorsed the plan, her deputy — a former banker — has backed it.');
    expect(quotes[0]).toMatchObject({ cue: 'has not endorsed', content: 'the plan' });
  });
});
