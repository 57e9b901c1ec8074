import { describe, expect, it } from 'vitest';
import { findParagraphs } from '../paragraphs/paragraphs.js';
import { MAX_SENTENCE, splitParagraph } from './sentences.js';

function sentencesOf(text: string): string[] {
  return findParagraphs(text).flatMap((paragraph) => splitParagraph(text, paragraph).map((span) => text.slice(span.start, span.end)));
}

describe('sentence splitting', () => {
  it.each([
    ['a headline without a full stop is its own sentence', 'Minister to visit Kyiv\nThe minister will travel on Monday.', ['Minister to visit Kyiv', 'The minister will travel on Monday.']],
    ['"Mr" and "Dr" with full stops do not end a sentence', 'Mr. Smith met Dr. Jones. They talked.', ['Mr. Smith met Dr. Jones.', 'They talked.']],
    ['"U.S." inside a sentence does not end it', 'The U.S. Senate voted on Tuesday.', ['The U.S. Senate voted on Tuesday.']],
    ['"U.S." before a sentence opener ends the sentence', 'Troops returned to the U.S. The war was over.', ['Troops returned to the U.S.', 'The war was over.']],
    ['a glued sentence is split at the full stop', 'The tide turned fast.The keeper waved.', ['The tide turned fast.', 'The keeper waved.']],
    ['a closing quote mark stays with its sentence', 'He said: “We will win.” She agreed.', ['He said: “We will win.”', 'She agreed.']],
    ['an initial does not end a sentence', 'J. K. Rowling wrote it.', ['J. K. Rowling wrote it.']],
    ['a decimal number does not end a sentence', 'Growth was 3.5 per cent. Prices rose.', ['Growth was 3.5 per cent.', 'Prices rose.']],
    ['a month abbreviation before a day does not end a sentence', 'They met on Sept. 21 in New York.', ['They met on Sept. 21 in New York.']],
    ['"No." before a number does not end a sentence', 'She lives at No. 4 Mill Lane now.', ['She lives at No. 4 Mill Lane now.']],
    ['"No." before a word ends a sentence', '"No. The first I heard of it was today."', ['"No.', 'The first I heard of it was today."']],
    ['a question and an exclamation end sentences', 'Why now? Because it matters! Yes.', ['Why now?', 'Because it matters!', 'Yes.']],
    ['a web address does not hold its full stop as an abbreviation', 'She writes for Harbourview.net. Readers like her.', ['She writes for Harbourview.net.', 'Readers like her.']],
    ['a quotation opening after a dotted abbreviation starts a new sentence', 'The talks moved to the U.K. "We are ready," the envoy said.', ['The talks moved to the U.K.', '"We are ready," the envoy said.']],
    ['a quoted nickname after initials stays in the sentence', 'They cheered for Mayor T.J. "Rocky" Dunmore on Friday.', ['They cheered for Mayor T.J. "Rocky" Dunmore on Friday.']],
    ['a quoted title after a dotted abbreviation stays in the sentence', 'Farmers in the U.K. "Clean Rivers Act" row met today.', ['Farmers in the U.K. "Clean Rivers Act" row met today.']],
    ['a state code after a comma ends the sentence before a capitalised word', 'The plant closed in Dover, N.H. Workers lost their jobs.', ['The plant closed in Dover, N.H.', 'Workers lost their jobs.']],
    ['a party and state code ends the sentence before a quotation', '"It is over," said Rep. Mira Olsen, D-N.M. "We move on."', ['"It is over," said Rep. Mira Olsen, D-N.M.', '"We move on."']],
    ['a state code inside a name does not end the sentence', 'The N.J. Transit trains ran late.', ['The N.J. Transit trains ran late.']],
    ['a dateline keeps its agency mark after a state code', 'CONCORD, N.H. (AP) — Voters lined up early.', ['CONCORD, N.H. (AP) — Voters lined up early.']],
    ['a capital after a digit is not an initial', 'The award went to the charity K9X. Donors were pleased.', ['The award went to the charity K9X.', 'Donors were pleased.']],
    ['a decimal number before the full stop still ends the sentence', 'Turnout rose by 1.5. Officials cheered.', ['Turnout rose by 1.5.', 'Officials cheered.']],
    ['an ellipsis glued to a capitalised word ends a sentence', 'We waited for hours…Nobody came.', ['We waited for hours…', 'Nobody came.']],
    ['three full stops glued to a capitalised word end a sentence', 'It rose to 40%...Then it fell.', ['It rose to 40%...', 'Then it fell.']],
    ['a closing quote glued to an opening quote ends a sentence', '“The vote is close.”“We need every hand.”', ['“The vote is close.”', '“We need every hand.”']],
  ])('%s', (_name, text, expected) => {
    expect(sentencesOf(text)).toEqual(expected);
  });

  it('paragraphs are the non-blank lines, trimmed', () => {
    const text = '  First line \n\n Second line\n';
    expect(findParagraphs(text).map((span) => text.slice(span.start, span.end))).toEqual(['First line', 'Second line']);
  });

  it('cuts a run of words without a stop into pieces no longer than the limit, at white space', () => {
    const text = 'word '.repeat(3 * MAX_SENTENCE).trim();
    const pieces = sentencesOf(text);
    expect(pieces.length).toBeGreaterThan(3);
    expect(pieces.every((piece) => piece.length <= MAX_SENTENCE && /^word(?: word)*$/u.test(piece))).toBe(true);
    expect(pieces.join(' ')).toBe(text);
  });

  it('cuts a long run without white space at the limit', () => {
    const text = 'x'.repeat(2 * MAX_SENTENCE + 10);
    expect(sentencesOf(text).map((piece) => piece.length)).toEqual([MAX_SENTENCE, MAX_SENTENCE, 10]);
  });
});
