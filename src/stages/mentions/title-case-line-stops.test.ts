// A title-case line's pronoun, modal, auxiliary and verb stops act outside the headline too; an adverb before a stop
// goes with the verb; guesses after the verb stand only if typed elsewhere. Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { findMentions } from './mentions.js';
import { CONTEXT, docThrough } from '../../../test/helpers/docs.js';

/** The texts of the mentions of an invented text. */
function mentionTexts(text: string): string[] {
  return findMentions(docThrough('pos', text, null), CONTEXT).map((m) => text.slice(m.start, m.end));
}

/** An invented text whose second paragraph is the title-case line `line`, so the line is not the headline. */
function withLine(line: string): string[] {
  return mentionTexts(`The vote came late on Monday.\n\n${line}\n\nThe councillor spoke after the vote.`);
}

describe('stops in a title-case line that is not the headline', () => {
  it('takes no name after a cue verb from a pronoun and a modal', () => {
    expect(withLine('Council Says She Will Not Resign').filter((text) => text.includes('Resign'))).toEqual([]);
  });

  it('ends a person\'s name before a past-tense verb', () => {
    const texts = withLine('Tova Lindqvist Explained Why Ferry Fees Rose');
    expect(texts).toContain('Tova Lindqvist');
    expect(texts.filter((text) => text.includes('Explained'))).toEqual([]);
  });

  it('ends a name before an auxiliary', () => {
    expect(withLine('Abel Marsh Was A Quiet Harbour Master')).toContain('Abel Marsh');
  });

  it('keeps a sure name after the verb', () => {
    expect(withLine('Marta Quill Warns Harbour Council')).toContain('Harbour Council');
  });
});

describe('an adverb between a name and its verb', () => {
  it('stays out of the name in a title-case line after the headline', () => {
    const texts = withLine('Ada Brill Finally Backs Harbour Plan');
    expect(texts).toContain('Ada Brill');
    expect(texts.filter((text) => text.includes('Finally'))).toEqual([]);
  });

  it('stays out of the name in the headline', () => {
    const texts = mentionTexts('Jo Pellam Again Warns Port Board\n\nJo Pellam spoke on Friday.');
    expect(texts.filter((text) => text.includes('Again'))).toEqual([]);
  });
});

describe('title-case lists of names', () => {
  it('keeps a surname spelled like a modal that closes a listed name', () => {
    expect(withLine('Guests: Kim Reem, Nora Will, Petra Holm')).toContain('Nora Will');
  });
});
