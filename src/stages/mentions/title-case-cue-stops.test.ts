// In a title-case line, a run of capitals stops at a listed cue verb's present form. Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { findMentions } from './mentions.js';
import { CONTEXT, docThrough } from '../../../test/helpers/docs.js';

/** The texts of the mentions of an invented text. */
function mentionTexts(text: string): string[] {
  return findMentions(docThrough('pos', text, null), CONTEXT).map((m) => text.slice(m.start, m.end));
}

describe('a title-case line with a listed cue verb in its run of capitals', () => {
  it('ends the name before the cue verb and takes no name holding it, in a title-case line after the headline', () => {
    const texts = mentionTexts('The vote came late on Monday.\n\nMarta Quill Warns Harbour Council Over Ferry Fees\n\nThe councillor spoke after the vote.');
    expect(texts).toContain('Marta Quill');
    expect(texts.filter((text) => text.includes('Warns'))).toEqual([]);
  });

  it('reads the words after the cue verb as a name of their own', () => {
    // After the verb a guessed name ("Harbour Council Over Ferry Fees") stands only if typed elsewhere
    // (title-case-line-stops.test.ts).
    const texts = mentionTexts('The vote came late on Monday.\n\nMarta Quill Warns Harbour Council\n\nThe councillor spoke after the vote.');
    expect(texts.some((text) => text.startsWith('Harbour Council'))).toBe(true);
  });

  it('takes no name across the cue verb of the text\'s title-case headline', () => {
    const texts = mentionTexts('Ortiz Tells Council To Reopen Ferry\n\nThe mayor spoke on Friday.');
    expect(texts.filter((text) => text.includes('Tells'))).toEqual([]);
  });
});

describe('the same words outside a title-case line, and title-case lines with no cue verb', () => {
  it('keeps a firm named with a cue word in running text as one name', () => {
    expect(mentionTexts('Kim Lo joined Ortiz Tells Media, a public relations firm, in May.')).toContain('Ortiz Tells Media');
  });

  it('keeps a cue form that closes a name before a comma in a title-case list of names', () => {
    const texts = mentionTexts('The board met on Monday.\n\nMembers: Jo Rants, Kim Reem, Tova Lindqvist, Abel Marsh, Petra Holm.');
    expect(texts).toContain('Jo Rants');
  });

  it('joins a cue form right after "&" into its name, leaving no name that ends in "&"', () => {
    const texts = mentionTexts('The talk ran long.\n\nCosts & Challenges Facing Harbour Ferries\n\nThe speaker took questions.');
    expect(texts.filter((text) => text.trim() === '' || text.trim().endsWith('&'))).toEqual([]);
  });

  it('moves no stop back over an adverb to a word right after "&"', () => {
    const texts = mentionTexts('The talk ran long.\n\nCosts & Finally Warns Harbour Board\n\nThe speaker took questions.');
    expect(texts.filter((text) => text.trim() === '' || text.trim().endsWith('&'))).toEqual([]);
  });

  it('keeps the name of a title-case headline with no cue verb in it', () => {
    expect(mentionTexts('Harbour Board Approves New Ferry Timetable\n\nThe board met on Monday.')).toContain('Harbour Board');
  });

  it('keeps a title-case line\'s run of capitals whole when it holds no cue verb', () => {
    const texts = mentionTexts('The vote came late on Monday.\n\nKelso Rowing Club Annual Regatta Results\n\nThe club met after the race.');
    expect(texts).toContain('Kelso Rowing Club Annual Regatta Results');
  });
});
