// Defect families found on the fifth fresh set (eval/quotes/fresh5), each pinned with sentences written for the test.
import { describe, expect, it } from 'vitest';
import { createReader } from '../../readout.js';

const reader = createReader();
const quotesOf = (text: string) => reader.read({ text }).quotes;

describe('polls as sources, quotes carried over paragraphs, "according to" and "put it to"', () => {
  it('reads no poll as a source in a description apposed to a name', () => {
    const quotes = quotesOf("Labour's Ann Bell, the favourite in most polls, opened by promising to cut bus fares.");
    expect(quotes.some((quote) => quote.cue?.text === 'in')).toBe(false);
  });

  it('finds the promise after a description that ranks the speaker by the polls', () => {
    const quotes = quotesOf("Labour's Ann Bell, the favourite in most polls, opened by promising to cut bus fares.");
    expect(quotes.find((quote) => quote.cue?.text === 'promising')?.text).toBe('to cut bus fares');
  });

  it('still gives a clause to the poll an "in" phrase reports it from', () => {
    const quotes = quotesOf('Support for the new bridge fell sharply in the latest poll.');
    expect(quotes.find((quote) => quote.cue?.text === 'in')?.source?.text).toBe('the latest poll');
  });

  it('gives no statement to the one a question asks whether they would do something', () => {
    const quotes = quotesOf('The chair, Tom Reed, pressed Ms Bell on whether she would rule out a rise in council tax.');
    expect(quotes.some((quote) => quote.source?.text === 'she')).toBe(false);
  });

  it('does not let a sentence opening the next paragraph take the quote that ended the one before', () => {
    const quotes = quotesOf('"It was tight," one aide said, speaking on condition of anonymity. "Nobody slept."\n\nThe statement does not mention the fire.');
    expect(quotes.find((quote) => quote.source?.text === 'The statement')?.text).toBe('the fire');
  });

  it('keeps the second quoted sentence with the speaker of the first when the next paragraph has a cue of its own', () => {
    const quotes = quotesOf('"It was tight," one aide said, speaking on condition of anonymity. "Nobody slept."\n\nThe statement does not mention the fire.');
    expect(quotes.find((quote) => quote.source?.text === 'one aide')?.text).toContain('Nobody slept.');
  });

  it('does not let a short cue with an object of its own take the quote before it', () => {
    const quotes = quotesOf('"Nobody slept." The report mentions the fire.');
    expect(quotes.find((quote) => quote.source?.text === 'The report')?.text).toBe('the fire');
  });

  it('still lets a short question cue take the quote just before it', () => {
    const quotes = quotesOf('"Why now?" Ms Bell asked him.');
    expect(quotes.find((quote) => quote.source?.text === 'Ms Bell')?.text).toBe('"Why now?"');
  });

  it('attributes a commitment to act to the document that reports it after "according to"', () => {
    const quotes = quotesOf('Two rival clubs agreed on Friday to share the stadium, according to a joint statement.');
    expect(quotes.find((quote) => quote.cue?.text === 'according to')?.text).toBe('Two rival clubs agreed on Friday to share the stadium');
  });

  it('keeps the time of a participle inside the source after "according to"', () => {
    const quotes = quotesOf('Ferry fares will rise by a fifth, according to a report published after the board met.');
    expect(quotes.find((quote) => quote.cue?.text === 'according to')?.source?.text).toBe('a report published after the board met');
  });

  it('gives the reported clause alone as content when the source after "according to" has a participle time', () => {
    const quotes = quotesOf('Ferry fares will rise by a fifth, according to a report published after the board met.');
    expect(quotes.find((quote) => quote.cue?.text === 'according to')?.text).toBe('Ferry fares will rise by a fifth');
  });

  it('reads "put it to" someone with a that-clause as a statement put to them', () => {
    const quotes = quotesOf('The councillor Jo Hart put it to him that the depot had lost 50 jobs.');
    expect(quotes.find((quote) => quote.cue?.text === 'put it to')?.text).toBe('that the depot had lost 50 jobs');
  });

  it('reads no statement in "put it to" with no clause after it', () => {
    const quotes = quotesOf('The council put it to a vote in May.');
    expect(quotes).toHaveLength(0);
  });

  it("ends reported words at the writer's which-clause on what the quote drew", () => {
    const quotes = quotesOf("The minister said the plan was 'as safe as houses', which drew jeers from the gallery.");
    expect(quotes.find((quote) => quote.cue?.text === 'said')?.text).toBe("the plan was 'as safe as houses'");
  });

  it('keeps a backshifted which-clause after a quote in the reported words', () => {
    const quotes = quotesOf("The minister said the cuts were 'reckless', which would cost jobs.");
    expect(quotes.find((quote) => quote.cue?.text === 'said')?.text).toBe("the cuts were 'reckless', which would cost jobs");
  });
});
