// Speakers a held-out reader judged wrong or missing in fresh12: a company nominal given to a government agency, a
// named body before its apposition, an "it" in a relative clause, a body's shortened name, a possessive holder of
// someone's words, a person named only in the source's relative, a cataphoric lede's judge and a headline quote's
// name after its colon.
import { describe, expect, it } from 'vitest';
import { quotesOf } from '../../../test/helpers/quotes.js';

describe('"The company" after a company and a government administration', () => {
  it('is the company, not the administration named nearer', () => {
    const quotes = quotesOf('Halden recalls 9,000 vans over brake flaw\n\nDETROIT — Halden Motors is recalling about 9,000 of its Rova vans because a software error can cut power, according to documents posted Tuesday by the Federal Motor Safety Administration.\n\nThe company said in its filing that no one had been hurt.');
    expect(quotes).toContainEqual(expect.objectContaining({ source: 'The company', speaker: 'Halden Motors' }));
  });
});

describe('a body named with a preposition inside, before an apposition', () => {
  it('is the speaker of "The <name>, a <kind>, said"', () => {
    const quotes = quotesOf('The Centre for Road Safety, a campaign group, said the council had acted too late.');
    expect(quotes).toContainEqual(expect.objectContaining({ cue: 'said', speaker: 'Centre for Road Safety' }));
  });
});

describe('an "it" right after a relative word', () => {
  it('is the body that opens its sentence as the subject', () => {
    const quotes = quotesOf('The court ruled against the port.\n\nBrevik Airlines will refund every passenger through its website, which it said would take about a month.');
    expect(quotes).toContainEqual(expect.objectContaining({ source: 'it', speaker: 'Brevik Airlines' }));
  });

  it('is no one when another body is named before it', () => {
    const quotes = quotesOf('The court ruled against the port.\n\nBrevik Airlines will refund every passenger through Tolvo Bank, which it said would take about a month.');
    expect(quotes).not.toContainEqual(expect.objectContaining({ source: 'it', speaker: 'Brevik Airlines' }));
  });
});

describe('a definite description closing a body\'s name', () => {
  it('is the one body named before whose name ends in its words', () => {
    const quotes = quotesOf('The National Flood Service said the river would peak on Friday. There were warnings from the flood service that the bridge might close.');
    expect(quotes).toContainEqual(expect.objectContaining({ source: 'the flood service', speaker: 'National Flood Service' }));
  });

  it('leaves a nameless plural holder without a speaker', () => {
    const quotes = quotesOf('The National Flood Service said the river would peak on Friday. There were complaints from several farmers that the bridge had closed.');
    expect(quotes).toContainEqual(expect.objectContaining({ source: 'several farmers', speaker: undefined }));
  });
});

describe('a possessive holder of someone\'s words as the source', () => {
  it('gives the words to the person the possessive stands for', () => {
    const quotes = quotesOf("Mara Telling has kept bees on the moor for 40 years. Her advice to anyone starting out is short: 'Buy good gloves, and never rush a hive.'");
    expect(quotes).toContainEqual(expect.objectContaining({ source: 'Her advice', speaker: 'Mara Telling' }));
  });

  it('gives a person\'s lawyer nothing of hers', () => {
    const quotes = quotesOf('Mara Telling was fined on Friday. Her lawyer said she would appeal.');
    expect(quotes).not.toContainEqual(expect.objectContaining({ source: 'Her lawyer', speaker: 'Mara Telling' }));
  });
});

describe('a person named only in the source\'s relative clause', () => {
  it('is the speaker of "who gave his name only as <name>"', () => {
    const quotes = quotesOf('One driver, a baker from Hull who gave his name only as Derek, said he had waited six hours.');
    expect(quotes).toContainEqual(expect.objectContaining({ cue: 'said', speaker: 'Derek' }));
  });

  it('is the speaker of "identified only by her first name, <name>"', () => {
    const quotes = quotesOf('A nurse at the clinic, who asked to be identified only by her first name, Marta, said the ward was full.');
    expect(quotes).toContainEqual(expect.objectContaining({ cue: 'said', speaker: 'Marta' }));
  });
});

describe('a lede\'s passive agent opening a relative clause of speech', () => {
  it('is the agent without "by", the person introduced later with its role', () => {
    const quotes = quotesOf('Mill owner jailed\n\nLEEDS - Dennis Crabb, who ran the Harlow textile mill, was jailed on Monday for eight years, by a crown court judge who said his remorse was "far too late."\n\nCrabb, 58, was convicted of fraud in March.\n\nJudge Helen Amory said the losses were grave.');
    expect(quotes).toContainEqual(expect.objectContaining({ source: 'a crown court judge who', speaker: 'Helen Amory' }));
  });
});

describe('a headline quote with the speaker\'s name after its colon', () => {
  it('is the name\'s', () => {
    const quotes = quotesOf("'The sea is the only honest boss': Ana Ruiz on 30 years as a fisher\n\nAna Ruiz has fished off Whitby since she was 16.");
    expect(quotes).toContainEqual(expect.objectContaining({ source: 'Ana Ruiz', speaker: 'Ana Ruiz' }));
  });
});

describe('a headline\'s bare kind noun that no name holds', () => {
  it('is the one body whose name shows that kind', () => {
    const quotes = quotesOf('Floods cut power to 20,000 homes; utility warns repairs may take days\n\nTARBERT — Floods cut power to 20,000 homes on Sunday, officials said.\n\nKelso Valley Electric Cooperative said it had sent 200 workers. The Tarbert Fire Service said two people were rescued.');
    expect(quotes).toContainEqual(expect.objectContaining({ cue: 'warns', speaker: 'Kelso Valley Electric Cooperative' }));
  });

  it('is no one when two bodies show that kind', () => {
    const quotes = quotesOf('Floods cut power to 20,000 homes; utility warns repairs may take days\n\nTARBERT — Floods cut power to 20,000 homes on Sunday, officials said.\n\nKelso Valley Electric Cooperative said it had sent 200 workers. Tarbert Water Authority said its pumps had failed.');
    expect(quotes).toContainEqual(expect.objectContaining({ cue: 'warns', speaker: undefined }));
  });
});

describe('"The council" past another council quoted paragraphs before', () => {
  it('stays with the council the story leads with', () => {
    const quotes = quotesOf('New bridge for the Kell\n\nTARBERT, 3 May - The Tarbert Regional Council voted 9-2 on Thursday to build a new bridge over the Kell.\n\nThe Kelso Residents Council said the vote came too late. Farmers said the old bridge had been shut for a year.\n\nThe council said work would start in June.');
    expect(quotes).toContainEqual(expect.objectContaining({ source: 'The council', speaker: 'Tarbert Regional Council' }));
  });

  it('goes on with a council quoted in the sentence just before', () => {
    const quotes = quotesOf('Regional Council backs new bridge\n\nTARBERT, 3 May - The Tarbert Regional Council voted 9-2 on Thursday to build a new bridge over the Kell.\n\nAccording to the Kelso Residents Council, the vote came too late. The council said the old bridge had been shut for a year.');
    expect(quotes).toContainEqual(expect.objectContaining({ source: 'The council', speaker: 'Kelso Residents Council' }));
  });
});
