// Speakers a careful reader judged wrong: a given name that is also an office's word, a shop's name in the
// possessive before a relative clause, a nationality noun for the person named before, and a "she" after a sentence
// opening with a person it does not name.
import { describe, expect, it } from 'vitest';
import { quotesOf } from '../../../test/helpers/quotes.js';

describe('a given name that is also an office\'s word', () => {
  it('gives the words to the person named in apposition, not to another holder of the title', () => {
    const quotes = quotesOf('Transport bill faces revolt\n\nThe transport secretary, Amir Hollis, said he had met 40 MPs.\n\nShadow transport secretary Dana Price said the party was divided.');
    expect(quotes).toContainEqual(expect.objectContaining({ cue: 'said', content: 'he had met 40 MPs', speaker: 'Amir Hollis' }));
  });
});

describe('a shop\'s name in the possessive', () => {
  it('is the speaker before a relative clause naming a market', () => {
    const quotes = quotesOf('Brantley Foods agreed to buy the smaller snack maker Tolliver\'s for £90 million.\n\nTolliver\'s, which is listed on AIM, said its shareholders would receive new shares.');
    expect(quotes).toContainEqual(expect.objectContaining({ cue: 'said', speaker: 'Tolliver' }));
  });
});

describe('a nationality noun after "the"', () => {
  it('stands for the person named before: "The Scot said"', () => {
    const quotes = quotesOf('Harbour City manager Fergus Baird named a young squad.\n\nThe Scot said winger Tom Reilly had earned his chance.');
    expect(quotes).toContainEqual(expect.objectContaining({ source: 'The Scot', speaker: 'Fergus Baird' }));
  });

  it('stands for the person named before: "The Briton said"', () => {
    const quotes = quotesOf('Harbour City manager Fergus Baird named a young squad.\n\nThe Briton said winger Tom Reilly had earned his chance.');
    expect(quotes).toContainEqual(expect.objectContaining({ source: 'The Briton', speaker: 'Fergus Baird' }));
  });
});

describe('a pronoun after a sentence opening with a person it does not name', () => {
  it('is not given to the person named before that sentence', () => {
    const quotes = quotesOf('Nadia Fenwick, a spokeswoman for the company, said it did not recognise the claims.\n\nA former call centre supervisor, who asked not to be named, said she had seen a culture of fear. \'They told us to stop writing things down,\' she said.');
    expect(quotes).toContainEqual(expect.objectContaining({ source: 'she', speaker: undefined }));
  });

  it('is not given to the person named before "The ... who" opening a sentence', () => {
    const quotes = quotesOf('His daughter, Karen Ashdown, said she had called four times.\n\nThe call handler who took the first call said she had followed the rules. She told the coroner there had been no free crew.');
    expect(quotes).toContainEqual(expect.objectContaining({ source: 'She', speaker: undefined }));
  });

  it('goes on with the person named before when the sentence does not hold the pronoun', () => {
    const quotes = quotesOf('The chef Rosa Ventura opened her first cafe in 2009.\n\nA critic at the Harbour Courier wrote that the food was confused. She has the review framed.\n\n"It was fair," she says.');
    expect(quotes).toContainEqual(expect.objectContaining({ source: 'she', speaker: 'Rosa Ventura' }));
  });

  it('still goes on with the person named after that sentence', () => {
    const quotes = quotesOf('A former call centre supervisor described a culture of fear. Nadia Fenwick, a spokeswoman for the company, rejected the claims. She said the company was proud of its staff.');
    expect(quotes).toContainEqual(expect.objectContaining({ source: 'She', speaker: 'Nadia Fenwick' }));
  });
});

describe('"the company" after a body named as a person\'s affiliation', () => {
  it('stays the company the story is about, not the questioner\'s firm', () => {
    const quotes = quotesOf('Nimbus Systems posts strong quarter\n\nNimbus Systems said on Tuesday that revenue rose 14%.\n\nAsked by Jonah Feld of Carrow Securities whether hiring would slow, the chief executive said the plan was funded.\n\nIn a letter to shareholders, the company said its assistant now had 40,000 customers.');
    expect(quotes).toContainEqual(expect.objectContaining({ source: 'the company', speaker: 'Nimbus Systems' }));
  });
});

describe('"the head of" a body, with no name of its own', () => {
  it('stands for the one person introduced in apposition to a role the body owns', () => {
    const quotes = quotesOf('Licensing office chief says backlog will clear\n\nThe head of the National Licensing Office has told MPs that a backlog of forms will be cleared by June.\n\nGiving evidence on Tuesday, the office\'s chief executive, Corinne Vasquez, said staff were working weekends.');
    expect(quotes).toContainEqual(expect.objectContaining({ cue: 'has told', speaker: 'Corinne Vasquez' }));
  });
});
