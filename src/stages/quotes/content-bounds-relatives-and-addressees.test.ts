// Content boundaries and attributions a careful reader found wrong or missing in the twelfth fresh set. Sentences
// written for the test.
import { describe, expect, it } from 'vitest';
import { quotesOf } from '../../../test/helpers/quotes.js';

describe('an addressee of "told" with a number, a possessive or a programme', () => {
  it('reads a station with a number and a possessive programme whole up to "that"', () => {
    const quotes = quotesOf('The ferry captain, Ola Brekke, told Radio 3’s Morning Tide programme that the crossing was unsafe.');
    expect(quotes).toEqual([expect.objectContaining({ cue: 'told', content: 'that the crossing was unsafe' })]);
  });

  it('reads a programme named after a possessive up to "that"', () => {
    const quotes = quotesOf("Brekke told Coast FM's breakfast show that the crossing was unsafe.");
    expect(quotes).toEqual([expect.objectContaining({ cue: 'told', content: 'that the crossing was unsafe' })]);
  });

  it('leaves a number that opens the reported clause in the content', () => {
    const quotes = quotesOf('Brekke told Reuters 12 boats had turned back.');
    expect(quotes).toEqual([expect.objectContaining({ cue: 'told', content: '12 boats had turned back' })]);
  });
});

describe('a second attribution opened by ", and according to"', () => {
  it('ends the first content before ", and" and gives the words after the source their own line', () => {
    const quotes = quotesOf('The growers’ union says orchards in the valley cannot find pickers, and according to the union, half the crop may rot.');
    expect(quotes).toEqual([
      expect.objectContaining({ source: 'The growers’ union', cue: 'says', content: 'orchards in the valley cannot find pickers' }),
      expect.objectContaining({ source: 'the union', cue: 'according to', content: 'half the crop may rot' }),
    ]);
  });

  it('does the same after ", but"', () => {
    const quotes = quotesOf('Rents have fallen, but according to the housing office, waiting lists grew.');
    expect(quotes).toEqual([expect.objectContaining({ source: 'the housing office', content: 'waiting lists grew' })]);
  });
});

describe('a relative clause on "whose" inside the source', () => {
  it('ends the clause\'s content at its comma and gives the main verb to the person', () => {
    const quotes = quotesOf('The forecaster Ivo Rask, whose last model showed the river cresting on Friday, said on his blog that he had misjudged the rain.');
    expect(quotes).toEqual([
      expect.objectContaining({ cue: 'showed', content: 'the river cresting on Friday' }),
      expect.objectContaining({ cue: 'said', content: 'that he had misjudged the rain', speaker: 'Ivo Rask' }),
    ]);
  });
});

describe('a contrast with other people after a mid-sentence cue', () => {
  it('ends the content before ", but some experts ..."', () => {
    const quotes = quotesOf('Bronze hoard in Danish bog is older than thought, survey says, but some historians are sceptical');
    expect(quotes).toEqual([expect.objectContaining({ cue: 'says', content: 'Bronze hoard in Danish bog is older than thought' })]);
  });

  it('keeps a joined clause with another subject in the content', () => {
    const quotes = quotesOf('The pier is sound, the engineer said, but the railings need paint.');
    expect(quotes).toEqual([expect.objectContaining({ content: 'The pier is sound, the engineer said, but the railings need paint' })]);
  });
});

describe('a negated concession with "it" as subject', () => {
  it('ends the content before ", though it does not ..." when "it" cannot stand for the reported subject', () => {
    const quotes = quotesOf('The report says the timbers are "almost certainly" from a Viking ship, though it does not exclude a later trading vessel.');
    expect(quotes[0]).toEqual(expect.objectContaining({ source: 'The report', content: 'the timbers are "almost certainly" from a Viking ship' }));
  });

  it('keeps an empty "it" with "be" or "appear" in the content', () => {
    const quotes = quotesOf('Inspectors noted that the seals had been broken, although it did not appear that anything was taken.');
    expect(quotes).toEqual([expect.objectContaining({ content: 'that the seals had been broken, although it did not appear that anything was taken' })]);
  });
});

describe('a headline calling a bare object by a quoted word', () => {
  it('reads "<noun> calls <noun> \'<word>\'" as a cue with the quoted label', () => {
    const quotes = quotesOf('Ferry fares rise again as regulator calls increase "unjustified"\n\nFares on the island route rose for the third time this year.');
    expect(quotes).toEqual([expect.objectContaining({ source: 'regulator', cue: 'calls', content: 'increase "unjustified"' })]);
  });
});

describe('a relative clause giving a quoted label to the noun before it', () => {
  it('ends the content before "that <subject> called" and gives the label its own line', () => {
    const quotes = quotesOf('The trustees voted to sell the mill, ending a meeting that Councillor Ruth Abney called "the saddest evening in years."');
    expect(quotes).toEqual([
      expect.objectContaining({ cue: 'voted', content: 'to sell the mill, ending a meeting' }),
      expect.objectContaining({ source: 'Councillor Ruth Abney', cue: 'called', content: '"the saddest evening in years."' }),
    ]);
  });

  it('reads a contact relative with "described as" before a quote', () => {
    const quotes = quotesOf('The union said the rota would cut rest days, a claim the operator described as "plainly false".');
    expect(quotes).toEqual([
      expect.objectContaining({ cue: 'said', content: 'the rota would cut rest days' }),
      expect.objectContaining({ source: 'the operator', cue: 'described', content: 'as "plainly false"' }),
    ]);
  });
});

describe('"called" after a relative clause\'s subject', () => {
  it('is the relative clause\'s verb after "that" and a determiner phrase', () => {
    const quotes = quotesOf('The vote closed a hearing that the chairman called "a shambles".');
    expect(quotes).toEqual([expect.objectContaining({ source: 'the chairman', cue: 'called', content: '"a shambles"' })]);
  });

  it('stays a naming participle after a plain noun', () => {
    const quotes = quotesOf('The sisters opened a bakery called "Crumbs" in May.');
    expect(quotes).toEqual([]);
  });
});

describe('a second verb of a relative clause set off after the source', () => {
  it('ends its content at the clause\'s comma and gives the main verb its own line', () => {
    const quotes = quotesOf('The former treasurer, Ida Voss, who resigned in May and testified against him, told the court on Monday that he had kept two ledgers.');
    expect(quotes).toEqual([
      expect.objectContaining({ cue: 'testified', content: 'against him' }),
      expect.objectContaining({ cue: 'told', content: 'that he had kept two ledgers', speaker: 'Ida Voss' }),
    ]);
  });
});

describe('a name\'s possessive opening a cue verb\'s object', () => {
  it('keeps the possessive noun phrase in the content', () => {
    const quotes = quotesOf('The board rejected Okafor’s argument that the fine had been fair.');
    expect(quotes).toEqual([expect.objectContaining({ source: 'The board', cue: 'rejected', content: 'Okafor’s argument that the fine had been fair' })]);
  });
});

describe('an amount opening with "up to"', () => {
  it('is the start of the reported clause', () => {
    const quotes = quotesOf('The coastguard said up to a dozen boats had been swamped overnight.');
    expect(quotes).toEqual([expect.objectContaining({ cue: 'said', content: 'up to a dozen boats had been swamped overnight' })]);
  });
});
