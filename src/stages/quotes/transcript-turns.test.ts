// Interviews printed as transcripts: turns under "Q:" / "A:", "Question:" / "Answer:", or speakers' names, each its
// speaker's words, with the introduction naming the two sides. Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { createReader } from '../../readout.js';
import { layer } from '../../doc/document.js';
import { docThrough } from '../../../test/helpers/docs.js';
import { quotesOf } from '../../../test/helpers/quotes.js';
import { findTurns } from './interviews.js';
import { findBlockMarkers } from './quote-marks.js';

const reader = createReader();

const FERRY = [
  'Ferry fares to rise in spring',
  'Ana Ruiz, who has run the island ferry company since 2009, spoke to our reporter Tom Ash at the harbour. This interview has been edited for length.',
  'Q: Why are the fares going up?',
  'A: Fuel costs twice what it did two years ago. We held the fares for as long as we could.',
  'Nobody on the board wanted this, and we looked at every other way first.',
  'Q: Will the winter timetable change?',
  'A: No. The two morning boats stay.',
  'The company will publish the new fares on Monday.',
].join('\n\n');

/** The turns `findTurns` gives a text, as their labels and words. */
function turnsOf(text: string): [string, string][] {
  const doc = docThrough('mentions', text);
  const paragraphs = layer(doc, 'paragraphs');
  return findTurns(text, paragraphs, findBlockMarkers(text, paragraphs), layer(doc, 'mentions')).map((turn) => [text.slice(turn.label.start, turn.label.end), text.slice(turn.words.start, turn.words.end)]);
}

describe('an interview printed under "Q:" and "A:"', () => {
  it('reads each question and answer as a direct statement with its label as source and its colon as cue', () => {
    const turns = quotesOf(FERRY).filter((quote) => quote.cue === ':');
    expect(turns.map((quote) => [quote.source, quote.content, quote.modality])).toEqual([
      ['Q', 'Why are the fares going up', 'asserted'],
      ['A', 'Fuel costs twice what it did two years ago. We held the fares for as long as we could.\nNobody on the board wanted this, and we looked at every other way first', 'asserted'],
      ['Q', 'Will the winter timetable change', 'asserted'],
      ['A', 'No. The two morning boats stay', 'asserted'],
    ]);
    expect(reader.read({ text: FERRY }).quotes.filter((quote) => quote.cue?.text === ':').map((quote) => quote.kind)).toEqual(['direct', 'direct', 'direct', 'direct']);
  });

  it('gives the answers to the person who spoke to the reporter and the questions to the reporter', () => {
    expect(quotesOf(FERRY).filter((quote) => quote.cue === ':').map((quote) => quote.speaker)).toEqual(['Tom Ash', 'Ana Ruiz', 'Tom Ash', 'Ana Ruiz']);
  });

  it('ends the last turn with its paragraph, leaving the writer\'s closing words out', () => {
    expect(turnsOf(FERRY).at(-1)).toEqual(['A', 'No. The two morning boats stay.']);
  });

  it('still reads an attribution nested in an answer as its own line', () => {
    const text = 'Ana Ruiz spoke to Tom Ash on Monday.\n\nQ: Did the council help?\n\nA: My deputy told me that the council would pay half of the repairs.';
    expect(quotesOf(text)).toContainEqual(expect.objectContaining({ source: 'My deputy', cue: 'told', content: 'that the council would pay half of the repairs' }));
  });

  it('keeps a question whose first sentence holds a cue of its own', () => {
    const text = 'Ana Ruiz spoke to Tom Ash on Monday.\n\nQ: You have been accused of cutting the winter boats.\n\nA: That is simply not true.';
    expect(quotesOf(text)).toContainEqual(expect.objectContaining({ source: 'Q', content: 'You have been accused of cutting the winter boats', speaker: 'Tom Ash' }));
  });
});

describe('the sides of an interview', () => {
  it('reads the interviewer first after "interviewed", with labels closed by a stop', () => {
    const text = 'The editor Jo Reid interviewed the harbour master, Pia Lund, last week.\n\nQ. How busy was the summer?\n\nA. Busier than any summer since 1990.';
    expect(quotesOf(text).map((quote) => [quote.source, quote.cue, quote.speaker])).toEqual([['Q', '.', 'Jo Reid'], ['A', '.', 'Pia Lund']]);
  });

  it('leaves the questions\' speaker unresolved when no interviewer is named', () => {
    const text = 'Pia Lund sat down with us at the harbour office.\n\nQuestion: How busy was the summer?\n\nAnswer: Busier than any summer since 1990.';
    expect(quotesOf(text).map((quote) => [quote.source, quote.speaker])).toEqual([['Question', undefined], ['Answer', 'Pia Lund']]);
  });

  it('gives "Interviewer:" to the interviewer and a surname label to the person of that name', () => {
    const text = 'Pia Lund talked to Jo Reid about the harbour.\n\nInterviewer: How busy was the summer?\n\nLund: Busier than any summer since 1990.\n\nInterviewer: And the winter?\n\nLund: Quiet, as it always is.';
    expect(quotesOf(text).filter((quote) => quote.cue === ':').map((quote) => [quote.source, quote.speaker])).toEqual([['Interviewer', 'Jo Reid'], ['Lund', 'Pia Lund'], ['Interviewer', 'Jo Reid'], ['Lund', 'Pia Lund']]);
  });

  it('reads a full name\'s label and its surname\'s later as the same person', () => {
    const text = 'Pia Lund spoke to Jo Reid in May.\n\nJo Reid: What changed this year?\n\nPia Lund: The cruise ships stopped coming.\n\nReid: Why?\n\nLund: The new quay is too short for them.';
    expect(quotesOf(text).map((quote) => quote.speaker)).toEqual(['Jo Reid', 'Pia Lund', 'Jo Reid', 'Pia Lund']);
  });
});

describe('when a text is a transcript', () => {
  it.each([
    ['a lone question', 'Tom Ash met the mayor.\n\nQ: Will the pier close?\n\nThe mayor did not answer.'],
    ['labels that are no speakers', 'Editor\'s note: This story was corrected.\n\nUpdate: The pier reopened on Friday.\n\nPhoto: The pier at dusk.\n\nRelated: Ferry fares rise.\n\nRead more: Harbour news.\n\nCorrection: An earlier version misspelt a name.\n\nSource: Harbour office.'],
    ['a dateline and a headline\'s label', 'Exclusive: The pier will close\n\nWASHINGTON: The harbour board voted on Tuesday to close the pier.\n\nThe vote was close.'],
    ['a tally under names', 'The count so far:\n\nPia Lund: 1,769.\n\nJo Reid: 1,501.'],
    ['one speaker\'s label twice', 'REYES: The pier will close.\n\nREYES: It will not reopen.'],
    ['lists under places', 'The panel this week:\n\nIowa: Pia Lund, Jo Reid and Tom Ash.\n\nNevada: Ana Ruiz and Kay Bell.'],
  ])('is not one for %s', (_, text) => {
    expect(turnsOf(text)).toEqual([]);
  });

  it('is one for two labels of names in capitals, one after the other', () => {
    expect(turnsOf('The exchange on air:\n\nASH: Will the pier close?\n\nLUND: Not this year.')).toEqual([['ASH', 'Will the pier close?'], ['LUND', 'Not this year.']]);
  });

  it('asks a question to the interviewee, not the reader, under "Q:"', () => {
    const text = 'Pia Lund spoke to Jo Reid in May.\n\nQ: Do you expect the ships back?\n\nA: Not before the quay is longer.';
    expect(quotesOf(text).map((quote) => quote.content)).toEqual(['Do you expect the ships back', 'Not before the quay is longer']);
  });
});
