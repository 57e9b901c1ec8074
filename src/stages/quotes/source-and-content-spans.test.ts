// Content and source spans a careful reader found wrong, and lines missed, in the fourteenth fresh set. Sentences
// written for the test.
import { describe, expect, it } from 'vitest';
import { quotesOf } from '../../../test/helpers/quotes.js';

describe("a live blog's entry time", () => {
  it('is no part of the content before a trailing cue', () => {
    const quotes = quotesOf('09:40 - Rail services will resume by noon, a spokeswoman for the operator, Lena Holt, told reporters.');
    expect(quotes).toContainEqual(expect.objectContaining({ cue: 'told', content: 'Rail services will resume by noon' }));
  });
});

describe('how an audience met the words', () => {
  it('ends the quote before ", she said, to laughter from ..."', () => {
    const quotes = quotesOf("'We will vote when the clerk is ready,' the chairwoman said, to laughter from the public gallery.");
    expect(quotes).toEqual([expect.objectContaining({ source: 'the chairwoman', cue: 'said', content: "'We will vote when the clerk is ready,'" })]);
  });

  it('still carries the words on past the cue into an infinitive', () => {
    const quotes = quotesOf("'The budget stands,' she said, to fund the new clinic.");
    expect(quotes).toEqual([expect.objectContaining({ cue: 'said', content: "'The budget stands,' she said, to fund the new clinic" })]);
  });
});

describe('words carried "with a note:" inside a reported clause', () => {
  it('leave the reporter her own clause as the content', () => {
    const quotes = quotesOf('Ines Marr said the clip reached her after her brother forwarded it with a note: "Is that our street?"');
    expect(quotes).toContainEqual(expect.objectContaining({ cue: 'said', content: 'the clip reached her after her brother forwarded it with a note: "Is that our street?"' }));
  });

  it('still give a posted photo its caption as the content, an adjective in "-ed" before it too', () => {
    const quotes = quotesOf("The brigade posted a photo of armed men outside the school with the caption: 'Cleared.'");
    expect(quotes).toContainEqual(expect.objectContaining({ cue: 'posted', content: "'Cleared.'" }));
  });
});

describe('a relative clause on the subject with a verb of its own', () => {
  it('does not cut the content of the main cue at a cue word inside it', () => {
    const quotes = quotesOf('Shoppers who were nearby said the guards charged a crowd of pensioners.');
    expect(quotes).toEqual([expect.objectContaining({ source: 'Shoppers who were nearby', cue: 'said', content: 'the guards charged a crowd of pensioners' })]);
  });
});

describe('a subject described by a relative clause on "who" with a cue verb', () => {
  it('keeps the head and the whole relative clause as the source', () => {
    const quotes = quotesOf('Three auditors who read the ledger for the Tarn Gazette said the totals did not add up.');
    expect(quotes).toEqual([expect.objectContaining({ source: 'Three auditors who read the ledger for the Tarn Gazette', cue: 'said' })]);
  });

  it('gives no speaker from a name inside that relative clause', () => {
    const quotes = quotesOf('The Tarn Gazette asked for comment. Three auditors who read the ledger for the Tarn Gazette said the totals did not add up.');
    expect(quotes).toContainEqual(expect.objectContaining({ cue: 'said', speaker: undefined }));
  });
});

describe('a subject too long to walk back over', () => {
  it('is named by its head before a relative clause', () => {
    const quotes = quotesOf('A nurse who volunteered at the shelter behind the station for three nights, and who asked not to be named because her employer bans interviews, said most of the children had colds.');
    expect(quotes).toEqual([expect.objectContaining({ source: 'A nurse', cue: 'said', content: 'most of the children had colds' })]);
  });

  it('is named by its head before a participle with an adjunct', () => {
    const quotes = quotesOf('A survey released on Tuesday by the Tarn Institute, which polled 4,000 farmers in eleven provinces last spring, found that most had cut their herds.');
    expect(quotes).toEqual([expect.objectContaining({ source: 'A survey', cue: 'found', content: 'that most had cut their herds' })]);
  });

  it('leaves a source after an inverted cue as it is', () => {
    const quotes = quotesOf('The harbour trust that runs the ferries across the bay to the islands every summer is still two boats short, said Ed Tolan, who chairs the board.');
    expect(quotes).toContainEqual(expect.objectContaining({ source: 'Ed Tolan', cue: 'said' }));
  });
});

describe('a name with an age in apposition to a counted noun after a quote', () => {
  it('keeps the noun in the source and out of the content', () => {
    const quotes = quotesOf('"The bridge swayed," one farmer, Tomas Hale, 61, told us by phone.');
    expect(quotes).toEqual([expect.objectContaining({ source: 'one farmer, Tomas Hale, 61', cue: 'told', content: '"The bridge swayed,"' })]);
  });

  it('leaves an opening phrase of the sentence out of the source', () => {
    const quotes = quotesOf('As part of his plea, Tom Hale, 44, said he was sorry.');
    expect(quotes).toEqual([expect.objectContaining({ source: 'Tom Hale, 44', cue: 'said' })]);
  });
});

describe('an acronym spelled as a clause word', () => {
  it('is the name of the body opening a headline', () => {
    const quotes = quotesOf('WHO warns of measles surge in Tarn\n\nThe agency said on Monday that cases had doubled.');
    expect(quotes).toContainEqual(expect.objectContaining({ source: 'WHO', cue: 'warns', content: 'of measles surge in Tarn' }));
  });
});
