// Cue lexicon gaps mined on the PolNeAR train split, each family pinned with sentences written for the test.
import { describe, expect, it } from 'vitest';
import { createReader } from '../../readout.js';
import { quotesOf } from '../../../test/helpers/quotes.js';

const reader = createReader();

describe('a participle of view in the passive', () => {
  it('attributes the subject and what it is known for to no one', () => {
    const quotes = quotesOf('The old mill town is best known for its pear cider.');
    expect(quotes).toMatchObject([{ source: undefined, cue: 'is best known', content: 'The old mill town is best known for its pear cider' }]);
  });

  it('takes a linking verb other than "be" into the cue', () => {
    const quotes = quotesOf('The long march became known as the Salt Walk.');
    expect(quotes.map((quote) => quote.cue)).toEqual(['became known']);
  });

  it('is no cue in the active', () => {
    expect(quotesOf('The ferryman had known the widow for thirty years.')).toEqual([]);
  });

  it('is no cue without "as" or "for" after it', () => {
    expect(quotesOf('Little is known about the second driver.')).toEqual([]);
  });
});

describe('phrasal cues of stance and speech', () => {
  it('reads "spoke out against" as a stance on its object', () => {
    const quotes = quotesOf('The harbour master spoke out against the new mooring fees.');
    expect(quotes).toMatchObject([{ source: 'The harbour master', cue: 'spoke out against', content: 'the new mooring fees' }]);
  });

  it('reads "pushed back on" as a stance on its object', () => {
    const quotes = quotesOf('The head teacher has pushed back on those rumours.');
    expect(quotes.map((quote) => [quote.cue, quote.content])).toEqual([['has pushed back on', 'those rumours']]);
  });

  it('reads "sided with" as a stance on whom it names', () => {
    const quotes = quotesOf('The tribunal sided with the night porters.');
    expect(quotes.map((quote) => [quote.source, quote.content])).toEqual([['The tribunal', 'the night porters']]);
  });

  it('reads "laid out" as speech about its object', () => {
    const quotes = quotesOf('Ms Okafor laid out her plan for the quayside.');
    expect(quotes.map((quote) => [quote.cue, quote.content])).toEqual([['laid out', 'her plan for the quayside']]);
  });

  it('reads "pleaded guilty" with the charge after "to"', () => {
    const quotes = quotesOf('The clerk pleaded guilty to forging the ledgers.');
    expect(quotes.map((quote) => [quote.source, quote.content])).toEqual([['The clerk', 'to forging the ledgers']]);
  });

  it('reads "voted in favor of" as a stance on its object', () => {
    const quotes = quotesOf('Most of the crew voted in favor of the new contract.');
    expect(quotes.map((quote) => [quote.cue, quote.content])).toEqual([['voted in favor of', 'the new contract']]);
  });

  it('leaves "laid" with another particle alone', () => {
    expect(quotesOf('The mill laid off forty weavers.')).toEqual([]);
  });
});

describe('an impression by how someone sounded', () => {
  it('gives the subject and how they sounded to the subject', () => {
    const quotes = quotesOf('The skipper sounded weary after the race.');
    expect(quotes.map((quote) => [quote.source, quote.cue])).toEqual([['The skipper', 'sounded']]);
  });

  it('leaves the present "sounds like", the writer\'s own comparison, alone', () => {
    expect(quotesOf('That sounds like a fair trade.')).toEqual([]);
  });
});

describe('naming as a stance', () => {
  it('gives the one named and what they are named as to the subject', () => {
    const quotes = quotesOf('The regional paper named the ferry captain its rescuer of the season.');
    expect(quotes.map((quote) => [quote.source, quote.cue, quote.content])).toEqual([['The regional paper', 'named', 'the ferry captain its rescuer of the season']]);
  });

  it('is no cue in a reduced relative before a name', () => {
    expect(quotesOf('A fisherman named Col Bryce pulled the buoy ashore.')).toEqual([]);
  });

  it('leaves the plural noun "names" alone', () => {
    expect(quotesOf('The names of the winners were read out at noon.')).toEqual([]);
  });
});

describe('a quoted title after "titled"', () => {
  it('is the content, with who ran the work as the source', () => {
    const quotes = quotesOf('The dairy board ran a radio ad titled "Fresh Every Morning" across the county.');
    expect(quotes.map((quote) => [quote.source, quote.cue, quote.content])).toEqual([['The dairy board', 'titled', '"Fresh Every Morning"']]);
  });

  it('takes the subject into the content in the passive, with no source', () => {
    const quotes = quotesOf('Her second novel is titled "Salt and Iron."');
    expect(quotes.map((quote) => [quote.source, quote.content])).toEqual([[undefined, 'Her second novel is titled "Salt and Iron."']]);
  });

  it('is not continued by a quote opening the next sentence', () => {
    const text = 'The pamphlet, titled "Plain Facts," went to every house. "We want every family to read it before the vote."';
    expect(quotesOf(text).find((quote) => quote.cue === 'titled')?.content).toBe('"Plain Facts,"');
  });
});

describe('"seen as" in the passive', () => {
  it('attributes the subject and what it is seen as to no one', () => {
    const quotes = quotesOf('The harbour toll is widely seen as a tax on fishermen.');
    expect(quotes).toMatchObject([{ source: undefined, cue: 'is widely seen', content: 'The harbour toll is widely seen as a tax on fishermen' }]);
  });

  it('is no cue in "have seen"', () => {
    expect(quotesOf('The islanders have seen worse storms.')).toEqual([]);
  });
});

describe('cue nouns of doubt, praise and guesswork', () => {
  it('read a possessor\'s praise with its object', () => {
    const quotes = quotesOf("The coach's praise for the goalkeeper was warm.");
    expect(quotes.map((quote) => [quote.source, quote.cue, quote.content])).toEqual([["The coach's", 'praise', 'the goalkeeper']]);
  });
});

describe('"continue to" before a cue', () => {
  it('opens the cue, and its subject is the source', () => {
    const quotes = quotesOf('The ferry company continued to defend the new timetable.');
    expect(quotes.map((quote) => [quote.source, quote.cue, quote.content])).toEqual([['The ferry company', 'continued to defend', 'the new timetable']]);
  });

  it('keeps the speech asserted, not planned', () => {
    const document = reader.read({ text: 'The skipper continues to insist that the hull is sound.' });
    expect(document.quotes.map((quote) => quote.modality)).toEqual(['asserted']);
  });
});

describe('a document the subject issued', () => {
  it('attributes a "that" clause after it to the subject', () => {
    const quotes = quotesOf('The ferry line sent out a statement that the crossing would resume.');
    expect(quotes.map((quote) => [quote.source, quote.cue, quote.content])).toEqual([['The ferry line', 'sent out a statement', 'that the crossing would resume']]);
  });

  it('attributes its topic after "on" to the subject', () => {
    const quotes = quotesOf('The guild released a short statement on the strike.');
    expect(quotes.map((quote) => [quote.source, quote.content])).toEqual([['The guild', 'the strike']]);
  });

  it('takes a quote after a comma', () => {
    const quotes = quotesOf('The harbour board issued a statement, "Every berth will be open by spring."');
    expect(quotes.map((quote) => [quote.source, quote.content])).toEqual([['The harbour board', '"Every berth will be open by spring."']]);
  });

  it('reads a "that" before a verb as a relative clause, no content', () => {
    const quotes = quotesOf('The guild issued a statement that surprised its members.');
    expect(quotes.filter((quote) => quote.cue?.includes('statement'))).toEqual([]);
  });
});

describe('a speech verb that is also a view in the passive', () => {
  it('attributes the subject and its description to no one in the passive', () => {
    const quotes = quotesOf('The old pier was described as a hazard.');
    expect(quotes).toMatchObject([{ source: undefined, cue: 'was described', content: 'The old pier was described as a hazard' }]);
  });

  it('stays a speech verb in the active', () => {
    const quotes = quotesOf('The diver described the wreck.');
    expect(quotes.map((quote) => [quote.source, quote.cue, quote.content])).toEqual([['The diver', 'described', 'the wreck']]);
  });
});
