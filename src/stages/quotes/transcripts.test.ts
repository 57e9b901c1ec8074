// Transcripts pasted into a story: each turn set off by a lone straight mark ('"SMITH: ...'), and the same mark that
// must reopen a quote running over paragraphs. Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { createReader } from '../../readout.js';
import { findParagraphs } from '../paragraphs/paragraphs.js';
import { quotesOf } from '../../../test/helpers/quotes.js';
import { findBlockMarkers, findQuoteRegions } from './quote-marks.js';

const reader = createReader();

const INTERVIEW = [
  'Gov. Tom Morland spoke to the radio host Ann Reyes on Sunday about the harbour.',
  'A partial transcript follows:',
  '"REYES: Governor, will the “harbour fees” rise, yes or no?',
  '"MORLAND: They will not rise this year. We made that promise to every trader in town.',
  '"REYES: And next year?',
  '"MORLAND: Next year is another matter."',
].join('\n\n');

/** The quoted stretches of a text, as the text they show. */
function quoted(text: string): string[] {
  return findQuoteRegions(text, findParagraphs(text)).map((region) => text.slice(region.start, region.end));
}

describe('a transcript whose turns each open with a lone straight mark', () => {
  it('reads each turn as its labelled speaker\'s words, not one quote running over the turns', () => {
    expect(quotesOf(INTERVIEW).map((quote) => [quote.source, quote.content])).toEqual([
      ['REYES', 'Governor, will the “harbour fees” rise, yes or no'],
      ['MORLAND', 'They will not rise this year. We made that promise to every trader in town'],
      ['REYES', 'And next year'],
      ['MORLAND', 'Next year is another matter'],
    ]);
  });

  it('links a label in capitals to the one person named in full with that surname', () => {
    expect(quotesOf(INTERVIEW).map((quote) => quote.speaker)).toEqual(['Ann Reyes', 'Tom Morland', 'Ann Reyes', 'Tom Morland']);
  });

  it('links a label of several words in capitals, or one typed with another apostrophe, by its surname', () => {
    const text = 'Gov. Tom Morland met the host Kay O’Neill on Sunday.\n\n"O\'NEILL: Will the fees rise?\n\n"GOV. MORLAND: They will not rise.';
    expect(quotesOf(text).map((quote) => quote.speaker)).toEqual(['Kay O’Neill', 'Tom Morland']);
  });

  it('links no one when two people share the surname', () => {
    const text = 'Ann Reyes and her brother Carl Reyes run the ferry.\n\n"REYES: We will not sell it, whatever the council offers.';
    expect(quotesOf(text)[0]).toMatchObject({ source: 'REYES', speaker: undefined });
  });

  it('gives each turn as direct speech, though no mark encloses it', () => {
    const kinds = reader.read({ text: INTERVIEW }).quotes.map((quote) => quote.kind);
    expect(kinds).toEqual(['direct', 'direct', 'direct', 'direct']);
  });

  it('runs a turn labelled by a name in title case to its paragraph\'s end', () => {
    const text = 'The exchange went on.\n\n"Ann Reyes: Seriously, tell me about the fees. Traders say they cannot pay them.';
    expect(quotesOf(text)[0]).toMatchObject({ source: 'Ann Reyes', content: 'Seriously, tell me about the fees. Traders say they cannot pay them' });
  });

  it('reads a turn holding a phrase in straight marks as a turn', () => {
    const [quote] = quotesOf('Later:\n\n"SMITH: He called it "a disgrace" and walked out of the hall.');
    expect(quote).toMatchObject({ source: 'SMITH', content: 'He called it "a disgrace" and walked out of the hall' });
  });

  it('takes a short turn after a statement', () => {
    const text = 'Later:\n\n"JONES: The pier will close in May.\n\n"SMITH: Right.';
    expect(quotesOf(text).map((quote) => [quote.source, quote.content])).toEqual([['JONES', 'The pier will close in May'], ['SMITH', 'Right']]);
  });
});

describe('the mark setting off a transcript\'s turn', () => {
  it('is found before a speaker label with nothing closing it', () => {
    const text = 'Intro.\n\n"SMITH: Will you resign?\n\n"JONES: I will not."';
    expect([...findBlockMarkers(text, findParagraphs(text))].map((offset) => text.slice(offset, offset + 6))).toEqual(['"SMITH', '"JONES']);
  });

  it('is found before a single capitalised word and a colon beside another turn', () => {
    const text = 'Later:\n\n"Reyes: Will the fees rise?\n\n"Morland: No.';
    expect(findBlockMarkers(text, findParagraphs(text)).size).toBe(2);
  });

  it('is no turn\'s mark before a capitalised word and a colon with no other turn beside it', () => {
    const text = 'She wrote to the board:\n\n"Remember: the fees are due on Friday.\n\n"We need the money," she added.';
    expect(findBlockMarkers(text, findParagraphs(text)).size).toBe(0);
  });

  it('is not a mark opening a quoted title that a colon splits', () => {
    const text = 'Intro.\n\n"Salt Roads: A History" is her third book.';
    expect(findBlockMarkers(text, findParagraphs(text)).size).toBe(0);
    expect(quoted(text)).toEqual(['"Salt Roads: A History"']);
  });
});

describe('a quote running over paragraphs', () => {
  it('goes on only into a paragraph that reopens the same mark', () => {
    const text = 'She wrote:\n\n"The ferry was late again.\n\n“Here it is,” she said. “Right on time.”';
    expect(quoted(text)).toEqual(['"The ferry was late again.', '“Here it is,”', '“Right on time.”']);
  });

  it('still runs over paragraphs that each reopen a straight mark, a region a paragraph going on with the one before', () => {
    const text = 'She wrote:\n\n"The ferry was late again.\n\n"It came at noon, and nobody minded."';
    expect(findQuoteRegions(text, findParagraphs(text)).map((region) => [text.slice(region.start, region.end), region.continues])).toEqual([['"The ferry was late again.', false], ['"It came at noon, and nobody minded."', true]]);
  });
});
