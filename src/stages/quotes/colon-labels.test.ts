// A label before a colon that names no speaker, told from a speaker's name. Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { quotesOf } from '../../../test/helpers/quotes.js';

const colonLines = (text: string): { source: string | undefined; content: string }[] =>
  quotesOf(text).filter((quote) => quote.cue === ':').map(({ source, content }) => ({ source, content }));

describe('a list of names after a label', () => {
  it('is no line of the place that heads it', () => {
    expect(colonLines('The panel met twice. Kelso: Ada Finch, Gus Pellow, Ida Marr and Tom Vance.')).toEqual([]);
  });

  it('is no line when its names carry initials', () => {
    expect(colonLines('The panel met twice. Upper Vale: D.J. Finch, Gus Pellow, R. Tamsin Marr.')).toEqual([]);
  });

  it('leaves a name whose words are a clause', () => {
    expect(colonLines('The panel met twice. Ada Finch: Gus Pellow, the chair, will resign.')).toHaveLength(1);
  });
});

describe('a short subhead under a name in the body', () => {
  it('is no line when it has no clause of its own', () => {
    expect(colonLines('Each rower has a task this week. Reyes: Win the heat. She has led every race since June.')).toEqual([]);
  });

  it('is no line when it is a bare noun phrase', () => {
    expect(colonLines('Each rower has a task this week. Ostrow: A strong finish. He trails by a length.')).toEqual([]);
  });

  it('stays a line when its few words hold a subject and verb', () => {
    expect(colonLines('The vote is close. Reyes: I back the levy. She spoke at noon.')).toEqual([{ source: 'Reyes', content: 'I back the levy' }]);
  });

  it('stays a line in the headline', () => {
    expect(colonLines('Mayor Reyes: Stay off the pier\n\nThe storm reached the coast on Monday.')).toHaveLength(1);
  });

  it('stays a line when it is quoted', () => {
    expect(colonLines("The vote is close. Reyes: 'Win the heat.' She spoke at noon.")).toHaveLength(1);
  });
});

describe('a label naming a feature or a digest item', () => {
  it('is no speaker when it ends in "of the" and a time noun', () => {
    expect(colonLines('The ferry lost money. Figure of the Week: 43 percent of riders pay no fare at all.')).toEqual([]);
  });

  it('is no speaker in capitals either', () => {
    expect(colonLines('The ferry lost money.\n\nSTAT OF THE DAY: 43 percent of riders pay no fare at all.')).toEqual([]);
  });

  it('is no speaker when it is "Plus"', () => {
    expect(colonLines("The ferry lost money. Plus: what the town's losses mean for the school budget.")).toEqual([]);
  });
});

describe('a cue setting out a quote after its colon', () => {
  it('takes the quote after the colon, not a phrase quoted before it with no comma', () => {
    const quote = quotesOf('The pier would reopen “in due course” she warned: “It will not happen this year.”').find((line) => line.cue === 'warned');
    expect(quote?.content).toBe('“It will not happen this year.”');
  });

  it('still takes a quote before it that a comma closes', () => {
    const quote = quotesOf('“We will reopen the pier,” she said: “Then we rest.”').find((line) => line.cue === 'said');
    expect(quote?.content).toBe('“We will reopen the pier,”');
  });
});

describe('a lawmaker named before a colon with a party tag', () => {
  it('is the source of the quote after the colon, without the tag', () => {
    expect(colonLines('The fees rose again. Sen. Ada Moss (D-Ore.): "I have not heard that figure before."')).toEqual([{ source: 'Sen. Ada Moss', content: '"I have not heard that figure before."' }]);
  });

  it('is the source of unquoted words after the colon too', () => {
    expect(colonLines('The fees rose again. Rep. Tom Vance (R-Idaho): The fees are a tax on the poor.')).toEqual([{ source: 'Rep. Tom Vance', content: 'The fees are a tax on the poor' }]);
  });

  it('is no name when the brackets hold something else', () => {
    expect(colonLines('The fees rose again. Harbour Board (2019 figures): The fees are a tax on the poor.')).toEqual([]);
  });
});

describe('a name and a document noun before a colon', () => {
  it('is the source of what the document says', () => {
    expect(colonLines('The pier was sold. Harbour Times editorial: "Keep the pier." The paper lost.')).toEqual([{ source: 'Harbour Times editorial', content: '"Keep the pier."' }]);
  });

  it('is no source when the noun is a caption or credit label', () => {
    expect(colonLines('The pier was sold. Harbour Times photo: A ferry at the dock at dawn.')).toEqual([]);
  });
});
