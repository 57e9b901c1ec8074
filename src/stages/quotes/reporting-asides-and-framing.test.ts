// The outer line around a line nested inside it: reporting asides, "has found" and framing verbs with "as". Sentences
// written for the test.
import { describe, expect, it } from 'vitest';
import { quotesOf } from '../../../test/helpers/quotes.js';

describe('a reporting aside with a bare noun for its subject', () => {
  it('reads ", police said," after an opening clause that holds a cue of its own', () => {
    const quotes = quotesOf('After she was told that she would be fined, police said, Nora Dale drove to the station on her own.');
    expect(quotes.find((quote) => quote.source === 'police')).toMatchObject({ cue: 'said', content: 'After she was told that she would be fined, police said, Nora Dale drove to the station on her own' });
  });

  it('reads a two-word bare subject ("harbour officials") the same way', () => {
    const quotes = quotesOf('Because the crane had failed twice, harbour officials said, the ferry was held in port.');
    expect(quotes.find((quote) => quote.source === 'harbour officials')).toMatchObject({ cue: 'said' });
  });

  it('leaves an aside right after "and" inside the clause it joins, so the main clause keeps its own line', () => {
    const quotes = quotesOf('While the old ferry might seem a strange pick for a mayor who lives by the sea and, records show, does not use the boat much, Mr. Lund has cited it as proof of his thrift.');
    expect(quotes.find((quote) => quote.source === 'Mr. Lund')).toMatchObject({ cue: 'has cited', content: 'it as proof of his thrift' });
  });

  it('leaves an aside inside an apposition ("a nod, traders said, to ...") to the apposition, so the main line keeps its source', () => {
    const [quote] = quotesOf('The memo says the board regrets the delays on some cargo routes, a nod, traders said, to the strike at the northern docks.');
    expect(quote).toMatchObject({ source: 'The memo', cue: 'says' });
  });
});

describe('a lone past cue form after "has"', () => {
  it('reads a poll that "has found" a clause', () => {
    const [quote] = quotesOf('A new poll has found that Ruth Vale leads in the northern wards.');
    expect(quote).toMatchObject({ source: 'A new poll', cue: 'has found', content: 'that Ruth Vale leads in the northern wards' });
  });

  it('gives a closing ", a new poll has found" the sentence before it, past a nested belief', () => {
    const quotes = quotesOf('Vale and Pike are tied in Oregon, a state that many thought was safe for Vale, a new poll has found.');
    expect(quotes.find((quote) => quote.source === 'a new poll')).toMatchObject({ cue: 'has found', content: 'Vale and Pike are tied in Oregon, a state that many thought was safe for Vale' });
  });

  it('reads no line where "has found" takes a noun object, the sense of coming upon a thing', () => {
    expect(quotesOf('The club has found a new coach for the spring season.')).toEqual([]);
  });
});

describe('a framing verb with "as" after its object', () => {
  it('reads "cast her rival as" a stance of the subject, the object and its "as" phrase the content', () => {
    const [quote] = quotesOf('Mayor Ruth Vale cast her rival as a friend of the developers.');
    expect(quote).toMatchObject({ source: 'Mayor Ruth Vale', cue: 'cast', content: 'her rival as a friend of the developers', speaker: 'Ruth Vale' });
  });

  it('reads the perfect "has positioned itself as"', () => {
    const [quote] = quotesOf('The Harbour Party has positioned itself as the only voice of the fishing towns.');
    expect(quote).toMatchObject({ source: 'The Harbour Party', cue: 'has positioned', content: 'itself as the only voice of the fishing towns' });
  });

  it('reads "presented the deal as" the same way, and no line for "presented a plan to the board"', () => {
    expect(quotesOf('Mayor Ruth Vale presented the ferry deal as a win for the fishing towns.')[0]).toMatchObject({ cue: 'presented', content: 'the ferry deal as a win for the fishing towns' });
    expect(quotesOf('Mayor Ruth Vale presented a ferry plan to the board on Monday.')).toEqual([]);
  });

  it('reads no line for the same verb with no "as" after its object', () => {
    expect(quotesOf('Nearly 40,000 people cast a ballot for Ruth Vale on Tuesday.')).toEqual([]);
  });
});
