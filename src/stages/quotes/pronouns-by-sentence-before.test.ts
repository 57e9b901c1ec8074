// Speakers by the sentence before: a "he" or "she" whose content, run back over the sentence before, holds the
// attribution of the person it stands for.
import { describe, expect, it } from 'vitest';
import { quotesOf } from '../../../test/helpers/quotes.js';

describe('a pronoun whose content takes in the attribution before it', () => {
  it('is the person that attribution names after its verb', () => {
    const quotes = quotesOf('The count will take a week, said Tom Beal, editor of Ledger.com. "We have never seen a race like it," he said.');
    expect(quotes).toContainEqual(expect.objectContaining({ source: 'he', speaker: 'Tom Beal' }));
  });

  it('is the person that attribution names before its verb', () => {
    const quotes = quotesOf('Rivas aide Tom Beal said that the team would push hard, "because we can win," he said.');
    expect(quotes).toContainEqual(expect.objectContaining({ source: 'he', speaker: 'Tom Beal' }));
  });

  it('is the person speaking in it when the pronoun was linked to someone the words are about', () => {
    const quotes = quotesOf('Campaign aide Tom Beal said that the team would draw contrasts with Karl Lund, "because Lund has no plan," he said.');
    expect(quotes).toContainEqual(expect.objectContaining({ source: 'he', speaker: 'Tom Beal' }));
  });

  it('is still no one named inside the quote marks', () => {
    const quotes = quotesOf('"It was a good day for Tom Beal and his team," he said.');
    expect(quotes).toContainEqual(expect.objectContaining({ source: 'he', speaker: undefined }));
  });
});

describe('a pronoun after a fronted participle clause that names someone', () => {
  const text = 'Coach Rory Vance said the club would appeal. He would not discuss the foul that Sam Bray had missed. Pressed on whether Tim Abel should say sorry, he paused. "That\'s for Tim," he said.';

  it('is the subject of the sentence before, not the person named inside the clause', () => {
    expect(quotesOf(text)).toContainEqual(expect.objectContaining({ source: 'he', speaker: 'Rory Vance' }));
  });
});

describe('a pronoun after a fronted clause of being asked by someone', () => {
  const text = 'Ann Rowe\'s lawyer, Dina Oko, said the email had been written by an assistant. Called as the first witness, Rowe spoke quietly. Asked by Oko whether she had ever seen the note before, she said: "No. The first time I saw it was in court."';

  it('is the one asked, not the asker named inside the clause', () => {
    expect(quotesOf(text)).toContainEqual(expect.objectContaining({ source: 'she', speaker: 'Ann Rowe' }));
  });
});
