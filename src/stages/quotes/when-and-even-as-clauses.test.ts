// A time or circumstance clause with its own subject and a listed cue inside another line's content. Sentences written
// for the test.
import { describe, expect, it } from 'vitest';
import { quotesOf } from '../../../test/helpers/quotes.js';

const contentOf = (text: string, cue: string): string | undefined => quotesOf(text).find((quote) => quote.cue === cue)?.content;

describe('a clause on "when" after a comma and a word naming a time', () => {
  it('ends the first content at the comma after a day, before a quoted phrase', () => {
    expect(contentOf('The union asked the mayor about his remarks on Friday, when he claimed the dockers at the north quay had been “too slow” to unload the grain ships.', 'asked')).toBe('the mayor about his remarks on Friday');
  });

  it('reads a cue of speech in it as its subject\'s own line', () => {
    const quote = quotesOf('The union asked the mayor about his remarks on Friday, when he claimed the dockers at the north quay had been “too slow” to unload the grain ships.').find((line) => line.cue === 'claimed');
    expect(quote).toMatchObject({ source: 'he', content: 'the dockers at the north quay had been “too slow” to unload the grain ships' });
  });

  it('reads an intent after a year as its subject\'s own line', () => {
    const quote = quotesOf('The union recalled the strike of 1998, when Ms Ito called for a general walkout.').find((line) => line.cue === 'called');
    expect(quote).toMatchObject({ source: 'Ms Ito', content: 'for a general walkout' });
  });

  it('ends the content before a refusal after a month, read as its subject\'s own line', () => {
    const text = 'The guild discussed the hearing in March, when the minister refused to admit that the plan for the harbour road had failed long before the vote.';
    expect(contentOf(text, 'discussed')).toBe('the hearing in March');
    expect(quotesOf(text).find((line) => line.cue === 'refused')).toMatchObject({ source: 'the minister', content: 'to admit that the plan for the harbour road had failed long before the vote' });
  });

  it('stays in the content after a word naming no time', () => {
    expect(contentOf('Sellers told reporters the break came lately, when she took aim at the harbour board.', 'told')).toBe('the break came lately, when she took aim at the harbour board');
  });

  it('stays in the content when its cue of speech has an indefinite object', () => {
    const text = 'Then she tells me about a supper in 2009, when a weary envoy, cold and a little cross, said something about the chef that she chose to forget. Nobody minded.';
    expect(contentOf(text, 'tells')).toBe('about a supper in 2009, when a weary envoy, cold and a little cross, said something about the chef that she chose to forget');
  });

  it('stays in the content when its cue has no complement', () => {
    expect(contentOf('The union recalled the vote last week, when she spoke.', 'recalled')).toBe('the vote last week, when she spoke');
  });
});

describe('an "as" clause led by "even" or "just" after a reported clause', () => {
  it('ends the content before "even as"', () => {
    expect(contentOf('The mayor said the ferry was safe even as the harbour pilots warned that its engines were failing.', 'said')).toBe('the ferry was safe');
  });

  it('reads the clause as its subject\'s own line', () => {
    const quote = quotesOf('The mayor said the ferry was safe just as Ms Okafor argued that its engines were failing.').find((line) => line.cue === 'argued');
    expect(quote).toMatchObject({ source: 'Ms Okafor', content: 'that its engines were failing' });
  });

  it('leaves a bare "as" clause after a reported clause in the content', () => {
    expect(contentOf('The mayor said the ferry was safe as the harbour pilots warned that its engines were failing.', 'said')).toBe('the ferry was safe as the harbour pilots warned that its engines were failing');
  });
});
