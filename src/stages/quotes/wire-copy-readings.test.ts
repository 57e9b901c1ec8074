// Readings a demanding user would expect of wire copy. Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { quotesOf } from '../../../test/helpers/quotes.js';

describe('a source that names no one', () => {
  it('makes the speech negated when it opens on "No one"', () => {
    const [quote] = quotesOf('No one at the embassy commented on the arrests.');
    expect(quote).toMatchObject({ source: 'No one at the embassy', modality: 'negated' });
  });

  it('makes the speech negated when it opens on "Neither"', () => {
    const [quote] = quotesOf('Neither delegation responded to questions about the draft.');
    expect(quote).toMatchObject({ source: 'Neither delegation', modality: 'negated' });
  });

  it('keeps the speech asserted for "No 10", the Prime Minister\'s office', () => {
    const [quote] = quotesOf('No 10 said the review would be published in the spring.');
    expect(quote).toMatchObject({ source: 'No 10', modality: 'asserted' });
  });
});

describe('a "told" sentence after a quote that ends on its own mark', () => {
  it('takes the quote before it when only the addressee and a time follow the cue', () => {
    const [quote] = quotesOf('"We are not leaving!" Councillor Bryn Hale told reporters on Friday.');
    expect(quote).toMatchObject({ source: 'Councillor Bryn Hale', cue: 'told', content: '"We are not leaving!"' });
  });
});

describe('the writer\'s judgement of an act after the content', () => {
  it('ends a participle\'s content before ", in a move that ..."', () => {
    const [quote] = quotesOf('The regulator suspended the airline\'s licence, citing repeated safety lapses, in a move that grounded 40 flights.');
    expect(quote).toMatchObject({ source: 'The regulator', cue: 'citing', content: 'repeated safety lapses' });
  });

  it('ends a reported clause before ", in a decision that ..."', () => {
    const [quote] = quotesOf('The council said the library would close, in a decision that angered parents.');
    expect(quote).toMatchObject({ source: 'The council', cue: 'said', content: 'the library would close' });
  });

  it('keeps a place phrase on "in" that judges nothing', () => {
    const [quote] = quotesOf('She said the talks were held in Oslo, in a villa that overlooks the fjord.');
    expect(quote?.content).toBe('the talks were held in Oslo, in a villa that overlooks the fjord');
  });
});

describe('a noun of assertion summing up an accusation', () => {
  it('ends the accusation\'s content and reads the relative clause\'s cue apart', () => {
    const quotes = quotesOf('Auditors accused the port authority of hiding losses, a charge its director has called baseless.');
    expect(quotes.map((q) => [q.source, q.cue, q.content])).toEqual([
      ['Auditors', 'accused', 'the port authority of hiding losses'],
      ['its director', 'has called', 'baseless'],
    ]);
  });
});

describe('a summing noun whose relative clause goes on past its cue', () => {
  it('gives the relative clause\'s plural subject as the source, not the noun with it', () => {
    const quotes = quotesOf('The ministry said 80 homes were hit, a figure residents say is far too low.');
    expect(quotes.map((q) => [q.source, q.cue, q.content])).toEqual([
      ['The ministry', 'said', '80 homes were hit'],
      ['residents', 'say', 'is far too low'],
    ]);
  });
});

describe('a passive cue followed by how often it happened', () => {
  it('is no judgement of its subject, so the main clause\'s cue is read', () => {
    const quotes = quotesOf('The video, which has been viewed and shared more than 90,000 times, claims the dam burst overnight.');
    expect(quotes.map((q) => [q.cue, q.content])).toEqual([['claims', 'the dam burst overnight']]);
  });
});

describe('the month of May after a cue', () => {
  it('is no auxiliary, so "said in May that" keeps its reported clause', () => {
    const [quote] = quotesOf('The mayor said in May that the bridge would reopen by winter.');
    expect(quote).toMatchObject({ source: 'The mayor', cue: 'said', content: 'that the bridge would reopen by winter' });
  });

  it('is no auxiliary after an addressee either', () => {
    const [quote] = quotesOf('Ms Varga told reporters on May 12 that the vote would go ahead.');
    expect(quote).toMatchObject({ source: 'Ms Varga', cue: 'told', content: 'that the vote would go ahead' });
  });
});

describe('a past form joined to a passive participle', () => {
  it('shares its "be" when no object follows, so no line is read', () => {
    expect(quotesOf('The clip has been viewed and shared 90,000 times.')).toEqual([]);
  });

  it('is the subject\'s own act when an object follows', () => {
    const [quote] = quotesOf('The report was finalised on Friday and rejected the proposal.');
    expect(quote).toMatchObject({ cue: 'rejected', content: 'the proposal' });
  });
});

describe('a relative clause on the object of a verb that is no cue', () => {
  it('has the object, not the whole clause before the comma, as its source', () => {
    const [quote] = quotesOf('The envoy met Ana Duarte, who said the border would stay shut.');
    expect(quote).toMatchObject({ source: 'Ana Duarte, who', cue: 'said', speaker: 'Ana Duarte' });
  });

  it('skips the preposition after the verb', () => {
    const [quote] = quotesOf('The premier spoke with Tomas Ek, who said the offer stood.');
    expect(quote?.source).toBe('Tomas Ek, who');
  });
});

describe('a given name that is also a cue verb', () => {
  it('is a name after an honorific, not the cue', () => {
    const [quote] = quotesOf('Senator Hope Talley says the bill will pass.');
    expect(quote).toMatchObject({ source: 'Senator Hope Talley', cue: 'says', content: 'the bill will pass' });
  });
});

describe('a hyphened role before a name', () => {
  it('is one word, so "editor-in-chief" opens no phrase and the apposed name is the speaker', () => {
    const [quote] = quotesOf('Its editor-in-chief, Marta Oyen, told reporters that the paper would appeal.');
    expect(quote).toMatchObject({ source: 'Its editor-in-chief, Marta Oyen', speaker: 'Marta Oyen' });
  });
});

describe('a source with a relative clause on "which"', () => {
  it('never takes a name inside the clause as its speaker', () => {
    const [quote] = quotesOf('The ministry, which summoned Ambassador Rosa Ilves on Monday, said the talks were over.');
    expect(quote).toMatchObject({ source: 'The ministry, which summoned Ambassador Rosa Ilves on Monday', speaker: undefined });
  });

  it('still names the body before the clause', () => {
    const [quote] = quotesOf('Halden Bank, which hired Tom Reyes last year, said profits rose.');
    expect(quote?.speaker).toBe('Halden Bank');
  });
});

describe('a pronoun answering a question put by someone named', () => {
  it('goes on with the speaker before the question, not the asker', () => {
    const quotes = quotesOf('Ms Rowe told the panel that two flights had left. Asked by Councillor Jane Ivers whether fares would be charged, she said they would not.');
    expect(quotes.find((q) => q.source === 'she')?.speaker).toBe('Rowe');
  });
});
