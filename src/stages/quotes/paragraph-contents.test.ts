// Contents that run over several sentences. Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { createReader } from '../../readout.js';
import { quotesOf } from '../../../test/helpers/quotes.js';

const reader = createReader();

describe('a paragraph set out after a cue and a colon closing the paragraph before', () => {
  it('reads the whole next paragraph, printed without quote marks, as what the source wrote', () => {
    const quotes = quotesOf('The harbour board met on Tuesday. Its chair, Mara Lind, wrote:\n\nThe ferry timetable cannot survive another winter of cuts. The boats are old and the crews are tired.\n\nThe council answered on Friday.');
    expect(quotes).toHaveLength(1);
    expect(quotes[0]).toMatchObject({ content: 'The ferry timetable cannot survive another winter of cuts. The boats are old and the crews are tired.', speaker: 'Mara Lind' });
  });

  it('reads a passage taken up from its middle, opening with an ellipsis', () => {
    const [quote] = quotesOf('The Valley Courier reports:\n\n…three of the ledgers were rewritten in pencil. One clerk left the office soon after.');
    expect(quote?.content).toBe('…three of the ledgers were rewritten in pencil. One clerk left the office soon after.');
    expect(quote?.source).toBe('The Valley Courier');
  });

  it('reads the passage as the source\'s own words, direct speech without marks', () => {
    const [quote] = reader.read({ text: 'Pell said:\n\nThe levy is fair. It will pay for the new pier.' }).quotes;
    expect(quote?.kind).toBe('direct');
  });

  it('stops at the end of that paragraph', () => {
    const [quote] = quotesOf('Pell said:\n\nThe levy is fair. It will pay for the new pier.\n\nThe vote is due in June.');
    expect(quote?.content).toBe('The levy is fair. It will pay for the new pier.');
  });

  it('keeps to its own sentence when no paragraph break follows the colon', () => {
    const quotes = quotesOf('Pell said: the levy is fair.');
    expect(quotes[0]?.content).toBe('the levy is fair');
  });

  it('reads no passage when the next paragraph opens with a list mark or a number', () => {
    expect(quotesOf('The union wrote:\n\n- higher pay for the night crews.').some((q) => q.content.includes('night crews'))).toBe(false);
    expect(quotesOf('The union wrote:\n\n1. Higher pay for the night crews.').some((q) => q.content.includes('night crews'))).toBe(false);
  });
});

describe('a cue that has said nothing yet before the colon closing its paragraph', () => {
  it('takes the passage after "argued that:" in place of the bare "that"', () => {
    const quotes = quotesOf('Mara Lind argued that:\n\nThe ferry timetable cannot survive another winter of cuts. The boats are old.');
    expect(quotes).toHaveLength(1);
    expect(quotes[0]).toMatchObject({ content: 'The ferry timetable cannot survive another winter of cuts. The boats are old.', speaker: 'Mara Lind' });
  });

  it('takes the passage after a topic phrase ("observing of the mayor:")', () => {
    const quote = quotesOf('Lind wrote a long post about the meeting, observing of the mayor:\n\nHe keeps a ledger of every pothole. He will fight for every vote in the valley.').find((q) => q.cue === 'observing');
    expect(quote?.content).toBe('He keeps a ledger of every pothole. He will fight for every vote in the valley.');
  });

  it('keeps a clause before the colon as the content, and leaves the paragraph after to the writer', () => {
    const quote = quotesOf('Lind pointed out that the night crews were never asked:\n\nThe board met twice in May. Neither meeting took a vote.').find((q) => q.cue?.includes('pointed'));
    expect(quote?.content.startsWith('that the night crews were never asked')).toBe(true);
    expect(quote?.content.includes('The board met twice')).toBe(false);
  });
});

describe('a quote opening in capitals after a cue sentence that ends on an abbreviation', () => {
  it('goes on with the direct quote before the cue, as the next sentence would', () => {
    const [quote] = quotesOf('"The fares are too high," said Sen. Ada Reed, D-N.H. "We will cut them in the spring and again in the fall."');
    expect(quote?.content.endsWith('"We will cut them in the spring and again in the fall."')).toBe(true);
    expect(quote?.speaker).toBe('Ada Reed');
  });

  it('reads no line in a title that follows an abbreviation inside a sentence', () => {
    expect(quotesOf('Lawmakers in the U.S. "Freedom to Fish and Farm Act" debate met on Monday.')).toHaveLength(0);
  });
});
