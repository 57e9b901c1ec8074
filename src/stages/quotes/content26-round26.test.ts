// Twenty-sixth round: content and source spans a careful reader found wrong, and lines missed, in the fourteenth fresh
// set. Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { quotesOf } from '../../../test/helpers/quotes.js';

describe("a live blog's entry time", () => {
  it('is no part of the content before a trailing cue', () => {
    const quotes = quotesOf('09:40 - The regional governor is "deeply worried" by the floods, his deputy, Karl Ems, told reporters.');
    expect(quotes).toContainEqual(expect.objectContaining({ cue: 'told', content: 'The regional governor is "deeply worried" by the floods' }));
  });
});

describe('how an audience met the words', () => {
  it('ends the quote before ", she said, to laughter from ..."', () => {
    const quotes = quotesOf("'The gentleman will wait his turn,' she said, to laughter from the back rows.");
    expect(quotes).toEqual([expect.objectContaining({ source: 'she', cue: 'said', content: "'The gentleman will wait his turn,'" })]);
  });

  it('still carries the words on past the cue into an infinitive', () => {
    const quotes = quotesOf("'It is her duty,' she said, to brief the council.");
    expect(quotes).toEqual([expect.objectContaining({ cue: 'said', content: "'It is her duty,' she said, to brief the council" })]);
  });
});

describe('a message carried "with the message:" inside a reported clause', () => {
  it('leaves the reporter her own clause as the content', () => {
    const quotes = quotesOf('Ines Marr said she had first seen the photo on Sunday, when a cousin sent it to her with the message: "Is this you?"');
    expect(quotes).toContainEqual(expect.objectContaining({ cue: 'said', content: 'she had first seen the photo on Sunday, when a cousin sent it to her with the message: "Is this you?"' }));
  });

  it('still gives a posted photo its caption as the content, an adjective in "-ed" before it too', () => {
    const quotes = quotesOf("The brigade posted a photo of armed men outside the school with the caption: 'Cleared.'");
    expect(quotes).toContainEqual(expect.objectContaining({ cue: 'posted', content: "'Cleared.'" }));
  });
});

describe('a relative clause on the subject with a verb of its own', () => {
  it('does not cut the content of the main cue at a cue word inside it', () => {
    const quotes = quotesOf('The police moved in at noon, but several people who were there said the officers charged without warning.');
    expect(quotes).toContainEqual(expect.objectContaining({ source: 'several people who were there', cue: 'said', content: 'the officers charged without warning' }));
    expect(quotes).not.toContainEqual(expect.objectContaining({ cue: 'charged' }));
  });
});

describe('a subject described by a relative clause on "who" with a cue verb', () => {
  it('keeps the head and the whole relative clause as the source', () => {
    const quotes = quotesOf("Two former diplomats who read the cable at the Herald's request said the numbers matched what they had been told.");
    expect(quotes).toEqual([expect.objectContaining({ source: "Two former diplomats who read the cable at the Herald's request", cue: 'said' })]);
  });

  it('gives no speaker from a name inside that relative clause', () => {
    const quotes = quotesOf("The Herald Tribune asked for comment. Two former diplomats who read the cable at the Herald Tribune's request said the numbers matched.");
    expect(quotes).toContainEqual(expect.objectContaining({ cue: 'said', speaker: undefined }));
  });
});

describe('a subject too long to walk back over', () => {
  it('is named by its head before a relative clause', () => {
    const quotes = quotesOf('A medic who worked at a tent on the edge of the park, and who spoke on condition of anonymity because staff are forbidden to talk to the press, said most of the wounds were cuts.');
    expect(quotes).toEqual([expect.objectContaining({ source: 'A medic', cue: 'said', content: 'most of the wounds were cuts' })]);
  });

  it('is named by its head before a participle with an adjunct', () => {
    const quotes = quotesOf('A study published last week in the journal Cell Reports, led by researchers at the University of Tarn, reported that most samples were resistant.');
    expect(quotes).toEqual([expect.objectContaining({ source: 'A study', cue: 'reported', content: 'that most samples were resistant' })]);
  });

  it('leaves a source after an inverted cue as it is', () => {
    const quotes = quotesOf('The fund raising money for the new stadium is nine million dollars short of its goal, said former mayor Ed Tolan, who chairs the board.');
    expect(quotes).toContainEqual(expect.objectContaining({ source: 'former mayor Ed Tolan', cue: 'said' }));
  });
});

describe('an acronym spelled as a clause word', () => {
  it('is the name of the body opening a headline', () => {
    const quotes = quotesOf('WHO warns of drug-resistant malaria spreading beyond Tarn\n\nThe agency said on Monday that cases had doubled.');
    expect(quotes).toContainEqual(expect.objectContaining({ source: 'WHO', cue: 'warns', content: 'of drug-resistant malaria spreading beyond Tarn' }));
  });
});
