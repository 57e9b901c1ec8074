// Where a content ends and false cues inside contents, from the families a reader found on the ninth fresh set
// (eval/quotes/fresh9), pinned with sentences written for the test.
import { describe, expect, it } from 'vitest';
import { quotesOf } from '../../../test/helpers/quotes.js';

describe('a refusal to say more after "but"', () => {
  it('ends the content before "but" when put with a modal', () => {
    const quotes = quotesOf('The harbour master said the pier was safe but would not comment on the repairs.');
    expect(quotes.map((quote) => quote.content)).toEqual(['the pier was safe']);
  });

  it('ends the content before a contracted negation too', () => {
    const quotes = quotesOf('Mr Dorran said he would stay on but won’t share details of the deal.');
    expect(quotes.map((quote) => quote.content)).toEqual(['he would stay on']);
  });

  it('keeps "did not say" as a negated report of its own', () => {
    const quotes = quotesOf('The harbour master said the pier was safe but did not say when it would reopen.');
    expect(quotes.map((quote) => [quote.cue, quote.content])).toEqual([['said', 'the pier was safe'], ['did not say', 'when it would reopen']]);
  });

  it('leaves another act the reported subject may do in the content', () => {
    const [quote] = quotesOf('The harbour master said he had no figure but would write to the council.');
    expect(quote?.content).toBe('he had no figure but would write to the council');
  });
});

describe('a past perfect after "and" in a reported clause in the past perfect', () => {
  it('goes on with the reported clause, whatever its verb', () => {
    const quotes = quotesOf('The coach said Ana Lott had been cleared to run in July and had posted the fastest time of the year.');
    expect(quotes.map((quote) => quote.content)).toEqual(['Ana Lott had been cleared to run in July and had posted the fastest time of the year']);
  });

  it('leaves a past form with no "had" to be the speaker\'s next act', () => {
    const quotes = quotesOf('The coach said Ana Lott had been cleared to run and urged the board to pick her.');
    expect(quotes.map((quote) => quote.cue)).toEqual(['said', 'urged']);
  });
});

describe('a connective after "according to X,"', () => {
  it('is left out of the content', () => {
    const [quote] = quotesOf('According to minutes seen by the paper, however, the board had already voted.');
    expect(quote).toMatchObject({ source: 'minutes seen by the paper', content: 'the board had already voted' });
  });
});

describe('a cue noun\'s to-infinitive in the sentence\'s subject', () => {
  it('ends before the main clause\'s finite verb', () => {
    const [quote] = quotesOf('The mayor\'s promise to cut fares was greeted with scepticism.');
    expect(quote).toMatchObject({ cue: 'promise', content: 'to cut fares' });
  });

  it('runs on after a finite verb before the noun', () => {
    const [quote] = quotesOf('The board has studied the mayor\'s promise to cut fares that are too high.');
    expect(quote).toMatchObject({ cue: 'promise', content: 'to cut fares that are too high' });
  });
});

describe('a question put by a named asker in the passive', () => {
  it('is the question alone, with the asker as its source', () => {
    const [quote] = quotesOf('The harbour master, Tom Reed, was asked by a fisherman at the meeting whether the pier would close.');
    expect(quote).toMatchObject({ source: 'a fisherman', cue: 'was asked', content: 'whether the pier would close' });
  });

  it('runs on over a relative clause inside the question', () => {
    const [quote] = quotesOf('Tom Reed was asked by reporters if the pier, which opened in 1890, would close.');
    expect(quote?.content).toBe('if the pier, which opened in 1890, would close');
  });

  it('leaves the asker\'s place out of an opening "Asked by"', () => {
    const [quote] = quotesOf('Asked by a reporter at the briefing whether the pier would close, Tom Reed shrugged.');
    expect(quote).toMatchObject({ source: 'a reporter', content: 'whether the pier would close' });
  });
});

describe('a second speaker after ", while" whose name carries a relative clause', () => {
  it('ends the first content before ", while"', () => {
    const [first] = quotesOf('The chair said the plan was sound, while Ann Lee, who teaches economics, insisted the real problem was the board.');
    expect(first?.content).toBe('the plan was sound');
  });

  it('gives the second line its own source after a quote closed by a comma', () => {
    const quotes = quotesOf('The chair, Tom Reed, said the plan was "a first step," while Ann Lee, who teaches economics, insisted the real problem was the board.');
    expect(quotes.map((quote) => [quote.source, quote.content])).toEqual([
      ['The chair, Tom Reed', 'the plan was "a first step,"'],
      ['Ann Lee, who teaches economics', 'the real problem was the board'],
    ]);
  });
});

describe('a cue in a reason given inside a relative clause', () => {
  it('ends its content at the comma where the main clause resumes', () => {
    const quotes = quotesOf('A nurse, who left the ward last year because she feared losing her job, said the ward was short of staff.');
    expect(quotes.map((quote) => [quote.cue, quote.content])).toEqual([['feared', 'losing her job'], ['said', 'the ward was short of staff']]);
  });

  it('leaves the main clause\'s cue the whole phrase as its source', () => {
    const quotes = quotesOf('A club official, who spoke on condition of anonymity because the board had not discussed the case, said several members were uneasy.');
    expect(quotes.find((quote) => quote.cue === 'said')).toMatchObject({ source: 'A club official, who spoke on condition of anonymity because the board had not discussed the case', content: 'several members were uneasy' });
  });
});

describe('an "as" clause in the simple past after a reported clause in the past perfect', () => {
  it('is the writer\'s time of the saying, left out of the content', () => {
    const [quote] = quotesOf("The family said on Tuesday that they had waited 'two years for an answer', as the watchdog opened its hearing into his death.");
    expect(quote?.content).toBe("that they had waited 'two years for an answer'");
  });

  it('stays in the content with no quote before it, where it may time the reported event', () => {
    const [quote] = quotesOf('The manager said the referee had missed a foul on the keeper, Tom Ames, as the striker rose.');
    expect(quote?.content).toBe('the referee had missed a foul on the keeper, Tom Ames, as the striker rose');
  });

  it('stays in a content in the simple past, where it may give the speaker\'s reason', () => {
    const [quote] = quotesOf('The owner said sales fell, as the customers stayed home.');
    expect(quote?.content).toBe('sales fell, as the customers stayed home');
  });

  it.each([
    ['had never once been', 'Ann Lee said the ferry had never once been "so full," as the crowd gathered on the quay.', 'the ferry had never once been "so full,"'],
    ['had not always been', 'Ann Lee said the crew had not always been "so careful," as the waves crashed on the quay.', 'the crew had not always been "so careful,"'],
  ])('is read after a negated past perfect with an adverb, "%s"', (_, text, content) => {
    expect(quotesOf(text).map((quote) => quote.content)).toEqual([content]);
  });
});

describe('a past verb of intent after "and" following a reported clause in the perfect', () => {
  it('is the speaker\'s next act after an irregular participle', () => {
    const quotes = quotesOf('The ferry line said it had written to all passengers and urged anyone who had not heard from it to call.');
    expect(quotes.map((quote) => [quote.cue, quote.content])).toEqual([['said', 'it had written to all passengers'], ['urged', 'anyone who had not heard from it to call']]);
  });

  it('is the speaker\'s next act over a relative clause with no relative word', () => {
    const quotes = quotesOf('The ferry line said it had written to everyone it had details for and urged anyone who had not heard from it to call.');
    expect(quotes.map((quote) => quote.cue)).toEqual(['said', 'urged']);
  });

  it('still goes on with a reported clause in the simple past', () => {
    const [quote] = quotesOf('She said she was tired and wanted a change.');
    expect(quote?.content).toBe('she was tired and wanted a change');
  });
});

describe('an apposition summing up the reported clause', () => {
  it('is the writer\'s, left out of the content', () => {
    const [quote] = quotesOf("The firm is expected to argue that the copying is 'transformative' and therefore fair use, a defense that has worked in earlier cases.");
    expect(quote?.content).toBe("that the copying is 'transformative' and therefore fair use");
  });

  it('leaves a list with a comma after the relative word in the content', () => {
    const [quote] = quotesOf('She said the town needs a ferry, a pier that works, and a bus.');
    expect(quote?.content).toBe('the town needs a ferry, a pier that works, and a bus');
  });
});

describe('a participle of letting happen after a comma', () => {
  it('stays in the reported clause, no next act of the speaker\'s', () => {
    const quotes = quotesOf('The inspectors said a signal had shown green when it should have shown red, allowing the train to run on.');
    expect(quotes.map((quote) => quote.content)).toEqual(['a signal had shown green when it should have shown red, allowing the train to run on']);
  });

  it.each(['letting the ferries run', 'enabling the ferries to run'])('keeps ", %s" in the reported clause', (participle) => {
    const quotes = quotesOf(`Ann Lee said the council had reopened the pier, ${participle} on time.`);
    expect(quotes.map((quote) => quote.content)).toEqual([`the council had reopened the pier, ${participle} on time`]);
  });

  it('leaves a participle of intent to end the content', () => {
    const quotes = quotesOf('The inspectors said the signal had failed, urging the operator to check every line.');
    expect(quotes.map((quote) => quote.cue)).toEqual(['said', 'urging']);
  });
});
