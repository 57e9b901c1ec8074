// Speakers a reader finds wrong or missing on eval/quotes/fresh9, pinned with sentences written for the test.
import { describe, expect, it } from 'vitest';
import { quotesOf } from '../../../test/helpers/quotes.js';

describe('a source headed by a common noun', () => {
  it('does not take the place named in its relative clause', () => {
    const [quote] = quotesOf('Parents who waited outside a school in Harlow said the buses had been late all week.');
    expect(quote).toMatchObject({ source: 'Parents who waited outside a school in Harlow' });
    expect(quote?.speaker).toBeUndefined();
  });

  it('does not take the place named in an apposed description after "Another"', () => {
    const [quote] = quotesOf('Another shopper, a nurse who had brought her son in from Leeds, said the queue was an hour long.');
    expect(quote?.source).toBe('Another shopper, a nurse who had brought her son in from Leeds');
    expect(quote?.speaker).toBeUndefined();
  });

  it('still takes the person a name heads before a preposition', () => {
    const [quote] = quotesOf('Ana Ruiz of the Harlow Tenants Union said the rents were too high.');
    expect(quote?.speaker).toBe('Ana Ruiz');
  });
});

describe('a name after an apposed title', () => {
  it('is the speaker of a describing phrase before the comma', () => {
    const [quote] = quotesOf('Judge Ines Varga ruled on Monday. The main witness, the painter Tomas Brandt, said he was relieved.');
    expect(quote).toMatchObject({ source: 'The main witness, the painter Tomas Brandt', speaker: 'Tomas Brandt' });
  });
});

describe("a name ending in 'No.' before a number", () => {
  it('is no person a pronoun may stand for', () => {
    const quotes = quotesOf('The fire started at the Hollin No. 2 pit. A welder who worked at Hollin No. 2 last month said the fans were off. He said no one checked them.');
    expect(quotes.find((quote) => quote.source === 'He')?.speaker).toBeUndefined();
  });
});

describe('a pronoun after a sentence opening with a person it does not name', () => {
  it('does not go on with the speaker before', () => {
    const quotes = quotesOf('"It was chaos," said Dana Holm. A miner who asked not to be named said the lamps had failed twice. He said the crew was told to carry on.');
    expect(quotes.find((quote) => quote.source === 'He')?.speaker).toBeUndefined();
  });

  it('still goes on with the speaker when the unnamed person opens its own sentence', () => {
    const quotes = quotesOf('"We lost the vote," said Pavel Orlik. A new manager, he said, could turn things around.');
    expect(quotes.find((quote) => quote.source === 'he')?.speaker).toBe('Pavel Orlik');
  });
});

describe('a pronoun in an opening clause of being asked', () => {
  it('is the person named after the clause, whom the next pronoun goes on with', () => {
    const quotes = quotesOf('Judge Ines Varga set the trial for May. She also urged both sides to settle. Asked whether she would take the offer, Lena Oduya smiled. "Not yet," she said.');
    expect(quotes.find((quote) => quote.source === 'she')?.speaker).toBe('Lena Oduya');
  });

  it('is not a person named inside the clause after a comma', () => {
    const quotes = quotesOf('Omar Sadiq spoke on Friday. Asked whether he feared that Carl Dunne, the favourite, would win, Sadiq shrugged. "We will see," he said.');
    expect(quotes.find((quote) => quote.source === 'he')?.speaker).toBe('Omar Sadiq');
  });
});

describe('a definite body noun as the whole source', () => {
  it('is the one body named before whose name it heads', () => {
    const [quote] = quotesOf('The statue has stood in the Harwell Gallery of Modern Art since 1950. The gallery said it would stay there.');
    expect(quote).toMatchObject({ source: 'The gallery', speaker: 'Harwell Gallery of Modern Art' });
  });

  it('is no body whose name holds the noun mid-name', () => {
    const [quote] = quotesOf('Fans came from Brenmoor State University on Friday. The state said the roads would reopen.');
    expect(quote?.speaker).toBeUndefined();
  });

  it('is no one when two bodies named before have names it heads', () => {
    const [quote] = quotesOf('The Harwell Gallery of Modern Art and the Tamsin Gallery of Prints share a roof. The gallery said the lease ran out.');
    expect(quote?.speaker).toBeUndefined();
  });
});

describe('a bare body noun in a headline', () => {
  it('stands for the body the opening paragraph\'s "the <noun>" stands for when no name is introduced with it', () => {
    const [quote] = quotesOf('Drone falls on farm; company says no one was hurt\n\nA Skylark Drone Systems craft broke apart over a farm near the company\'s test field on Tuesday.\n\nThe cause is not known.');
    expect(quote).toMatchObject({ source: 'company', speaker: 'Skylark Drone Systems' });
  });

  it('stands for the body the story introduces by an apposition that noun ends', () => {
    const [quote] = quotesOf('Fares to rise in spring, operator says\n\nNorlink Rail, the region\'s busiest train operator, said on Monday that fares would rise.');
    expect(quote).toMatchObject({ source: 'operator', speaker: 'Norlink Rail' });
  });
});

describe('a given name and a word for a natural feature', () => {
  it('is a person set off by commas before a verb of speech, whom a pronoun after may stand for', () => {
    const quotes = quotesOf('His lawyer, Victor Hill, said the club had broken the rules. The appeal, he said, will be filed on Monday.');
    expect(quotes.find((quote) => quote.source === 'he')?.speaker).toBe('Victor Hill');
  });
});

describe('a role with no name closing the opening paragraph', () => {
  it('is no one when the role closes a later paragraph', () => {
    const quotes = quotesOf('Ferry fares to rise\n\nFares on the island ferry will rise by a tenth in May.\n\nThe rise was needed, the port\'s director said Monday.\n\nIn a letter to islanders, Director Hanne Solberg wrote that fuel costs had doubled.');
    expect(quotes.find((quote) => quote.source === "the port's director")?.speaker).toBeUndefined();
  });

  it('is the person the story names next with that role', () => {
    const quotes = quotesOf('Ferry fares to rise\n\nFares on the island ferry will rise by a tenth in May, the port\'s director said Monday.\n\nIn a letter to islanders, Director Hanne Solberg wrote that fuel costs had doubled.');
    expect(quotes[0]).toMatchObject({ source: "the port's director", speaker: 'Hanne Solberg' });
  });

  it('is read so in a text whose paragraphs a single line break parts', () => {
    const text = 'Ferry fares to rise\nFares on the island ferry will rise by a tenth in May, the port\'s director said Monday.\nIn a letter to islanders, Director Hanne Solberg wrote that fuel costs had doubled.';
    expect(quotesOf(text)[0]).toMatchObject({ source: "the port's director", speaker: 'Hanne Solberg' });
    const later = 'Ferry fares to rise\nFares on the island ferry will rise by a tenth in May.\nThe rise was needed, the port\'s director said Monday.\nIn a letter to islanders, Director Hanne Solberg wrote that fuel costs had doubled.';
    expect(quotesOf(later).find((quote) => quote.source === "the port's director")?.speaker).toBeUndefined();
  });

  it('is no one when the person named next is not introduced with that role', () => {
    const quotes = quotesOf('Ferry fares to rise\n\nFares on the island ferry will rise by a tenth in May, the port\'s director said Monday.\n\nIslander Ruth Obi said the rise was unfair.');
    expect(quotes[0]?.source).toBe("the port's director");
    expect(quotes[0]?.speaker).toBeUndefined();
  });
});

describe('"The federation" after a body spoke', () => {
  it('is that body, whose name an ampersand joins', () => {
    const [, quote] = quotesOf('Ostrava Track & Field announced the squad on Monday. The federation said form had counted most.');
    expect(quote).toMatchObject({ source: 'The federation', speaker: 'Ostrava Track & Field' });
  });
});

