// Another party's stance on the reported words, set off after them. Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { quotesOf } from '../../../test/helpers/quotes.js';

describe('a noun of assertion set off after the reported words', () => {
  it('ends the content before "a claim" with a passive participle and its agent', () => {
    const [quote] = quotesOf('The army said its forces had left the town, a claim disputed by residents.');
    expect(quote).toMatchObject({ source: 'The army', cue: 'said', content: 'its forces had left the town' });
  });

  it('gives a stance with no relative word the noun alone as content, not the first speaker\'s words', () => {
    const quotes = quotesOf('The rebels said the army shelled the market, a claim the defence ministry denied.');
    expect(quotes).toMatchObject([
      { source: 'The rebels', cue: 'said', content: 'the army shelled the market' },
      { source: 'the defence ministry', cue: 'denied', content: 'a claim' },
    ]);
  });

  it('reads "a charge that the ministry denied" as the ministry\'s stance, with no content clause of the noun', () => {
    const quotes = quotesOf('The rebels said the army shelled the market, a charge that the ministry denied.');
    expect(quotes).toMatchObject([
      { source: 'The rebels', cue: 'said', content: 'the army shelled the market' },
      { source: 'the ministry', cue: 'denied', content: 'a charge' },
    ]);
  });

  it('keeps the content clause of a noun whose "that" clause is whole', () => {
    const [quote] = quotesOf('He repeated the charge that the ministry lied.');
    expect(quote).toMatchObject({ source: 'He', cue: 'repeated', content: 'the charge that the ministry lied' });
  });
});

describe('a participle describing the document a cue names', () => {
  it('leaves the reported words before a trailing cue whole after "in a report published on Thursday"', () => {
    const [quote] = quotesOf('Monitors have recorded 40 breaches of the truce, the mission said in a report published on Thursday.');
    expect(quote).toMatchObject({ source: 'the mission', cue: 'said', content: 'Monitors have recorded 40 breaches of the truce' });
  });

  it('skips a day named straight after the participle', () => {
    const [quote] = quotesOf('Monitors have recorded 40 breaches of the truce, the mission said in a report released Friday.');
    expect(quote).toMatchObject({ source: 'the mission', cue: 'said', content: 'Monitors have recorded 40 breaches of the truce' });
  });

  it('skips the document\'s agent after "by" up to the reported clause\'s subject', () => {
    const [quote] = quotesOf('The senator said in a statement issued by her office the inquiry should be reopened.');
    expect(quote).toMatchObject({ source: 'The senator', cue: 'said', content: 'the inquiry should be reopened' });
  });

  it('skips "posted online" before a "that" clause', () => {
    const [quote] = quotesOf('Her brother said in a video posted online that he had not heard from her in weeks.');
    expect(quote).toMatchObject({ source: 'Her brother', cue: 'said', content: 'that he had not heard from her in weeks' });
  });
});

describe('a relative clause on the one a verb acts on', () => {
  it('has the agent of a passive as its source', () => {
    const quotes = quotesOf('The budget was criticised by opposition lawmakers, who accused the minister of hiding the deficit.');
    expect(quotes[1]).toMatchObject({ source: 'opposition lawmakers, who', cue: 'accused', content: 'the minister of hiding the deficit' });
  });

  it('has the giver of a judgement received as its source', () => {
    const quotes = quotesOf('The remarks drew criticism from union leaders, who said the minister had misled parliament.');
    expect(quotes[1]).toMatchObject({ source: 'union leaders, who', cue: 'said', content: 'the minister had misled parliament' });
  });

  it('has a bare plural object as its source', () => {
    const [quote] = quotesOf('The envoy met farmers, who said the dam had ruined their fields.');
    expect(quote).toMatchObject({ source: 'farmers, who', cue: 'said' });
  });

  it('keeps a noun described by a past form whole', () => {
    const [quote] = quotesOf('Reporters spoke to a retired nurse, who said she had voted early.');
    expect(quote).toMatchObject({ source: 'a retired nurse, who', cue: 'said' });
  });

  it('still reads a stance in a relative clause describing a quoted speaker as no attribution', () => {
    const quotes = quotesOf('"We are ready," said Jo Vance, a farmer who backs the plan.');
    expect(quotes).toHaveLength(1);
  });
});

describe('a document described by a participle as source', () => {
  it('keeps a time phrase after the participle in the source', () => {
    const [quote] = quotesOf('A joint statement issued after the summit said both sides would reopen their embassies.');
    expect(quote).toMatchObject({ source: 'A joint statement issued after the summit', cue: 'said' });
  });

  it('keeps a participle that is no publishing verb in the source', () => {
    const [quote] = quotesOf('A report compiled before the floods said the levees were failing.');
    expect(quote).toMatchObject({ source: 'A report compiled before the floods', cue: 'said' });
  });
});

describe('the terms of an interview', () => {
  it('give no line when "on condition of anonymity" is all that follows a cue', () => {
    const quotes = quotesOf('A senior official, briefing reporters on condition of anonymity, said the convoy had turned back.');
    expect(quotes).toMatchObject([{ source: 'A senior official', cue: 'said', content: 'the convoy had turned back' }]);
  });
});

describe('a raising verb before an infinitive cue', () => {
  it('belongs to the cue, so the subject alone is the source and nothing is planned', () => {
    const [quote] = quotesOf('The minister appeared to suggest that the border would reopen.');
    expect(quote).toMatchObject({ source: 'The minister', cue: 'appeared to suggest', modality: 'asserted' });
  });

  it('reads "appears to show" after footage described by a participle', () => {
    const [quote] = quotesOf('Footage shared on Telegram appears to show the convoy near the bridge.');
    expect(quote).toMatchObject({ source: 'Footage shared on Telegram', cue: 'appears to show', content: 'the convoy near the bridge' });
  });

  it('leaves a day after "on" with the source', () => {
    const [quote] = quotesOf('The governor on Tuesday seemed to concede that the count was flawed.');
    expect(quote).toMatchObject({ cue: 'seemed to concede', content: 'that the count was flawed' });
  });
});

describe('a question set off between a subject and its cue', () => {
  it('ends at its comma, and the subject keeps its own line', () => {
    const quotes = quotesOf('The spokesman, asked whether the leaders would meet, said no date had been set.');
    expect(quotes).toMatchObject([
      { source: undefined, cue: 'asked', content: 'whether the leaders would meet' },
      { cue: 'said', content: 'no date had been set' },
    ]);
  });
});
