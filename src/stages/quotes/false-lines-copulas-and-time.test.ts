// Lines the stage gave that are not quotes, from the fourteenth fresh set's judged lines (a copula's relative clause
// before the main verb, a second participle of a document's phrase, a time adjunct read as what was said), and the near
// forms that stay. Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { quotesOf } from '../../../test/helpers/quotes.js';

describe('a relative clause on "who" with a copula before the cue', () => {
  it('ends before the cue, so the reported clause stays whole: "shopkeepers who were nearby said the bailiffs charged ..."', () => {
    const quotes = quotesOf('Two shopkeepers who were nearby said the bailiffs charged into the market at noon.');
    expect(quotes).toEqual([expect.objectContaining({ cue: 'said', source: 'Two shopkeepers who were nearby', content: 'the bailiffs charged into the market at noon' })]);
  });

  it('ends before the cue with a noun as the predicate: "tenants who are members say ..."', () => {
    const quotes = quotesOf('Tenants who are members say the board charged them twice for the same repairs.');
    expect(quotes).toEqual([expect.objectContaining({ cue: 'say', content: 'the board charged them twice for the same repairs' })]);
  });

  it('still reads a relative clause whose own verb is the cue: "voters who backed the plan said ..."', () => {
    const quotes = quotesOf('Voters who backed the plan said it had failed them.');
    expect(quotes.map((q) => [q.cue, q.content])).toEqual([['backed', 'the plan'], ['said', 'it had failed them']]);
  });

  it('still reads a stance adjective after the copula as the relative clause\'s cue: "who were angry about"', () => {
    const quotes = quotesOf('Tenants who were angry about the rent rise told reporters it had come without notice.');
    expect(quotes.map((q) => q.cue)).toEqual(['were angry', 'told']);
  });
});

describe('a publishing participle joined by "and" to a participle describing a document', () => {
  it('is no cue, and the document\'s whole phrase is the next cue\'s source', () => {
    const quotes = quotesOf('A clip recorded on a phone near the docks and posted online on Tuesday shows trawlers leaving the quay.');
    expect(quotes).toEqual([expect.objectContaining({ cue: 'shows', source: 'A clip recorded on a phone near the docks and posted online', content: 'trawlers leaving the quay' })]);
  });

  it('is no cue after a document issued by someone: "A statement issued by the party and posted online said"', () => {
    const quotes = quotesOf('A statement issued by the farmers\' party and posted online said the vote had been rigged.');
    expect(quotes).toEqual([expect.objectContaining({ cue: 'said', source: 'A statement issued by the farmers\' party and posted online', content: 'the vote had been rigged' })]);
  });

  it('is still a cue when its subject did the posting: "The mayor wrote the letter and posted online that ..."', () => {
    const quotes = quotesOf('The mayor wrote the letter and posted online that the bridge would reopen in May.');
    expect(quotes.some((q) => q.cue === 'posted')).toBe(true);
  });
});

describe('a time adjunct after a cue ("for the first time", "early on Friday", "late Thursday")', () => {
  it('is no content: "has responded for the first time" gives no line', () => {
    expect(quotesOf('The rail operator has responded for the first time.')).toEqual([]);
  });

  it('leaves a trailing cue the clause before it: "..., the paper reported late Thursday."', () => {
    const quotes = quotesOf('The ferry line will close in March, the weekly paper reported late Thursday.');
    expect(quotes).toEqual([expect.objectContaining({ cue: 'reported', source: 'the weekly paper', content: 'The ferry line will close in March' })]);
  });

  it('leaves a trailing cue the clause before it: "..., the water board announced early on Monday."', () => {
    const quotes = quotesOf('The dam will stay shut until spring, the water board announced early on Monday.');
    expect(quotes).toEqual([expect.objectContaining({ cue: 'announced', content: 'The dam will stay shut until spring' })]);
  });

  it('is skipped before the words said: "said for the first time that ..."', () => {
    const quotes = quotesOf('The harbour master said for the first time that the pier would have to be rebuilt.');
    expect(quotes).toEqual([expect.objectContaining({ cue: 'said', content: 'that the pier would have to be rebuilt' })]);
  });
});

describe('a participle cue after a document a verb put out, over a time adjunct', () => {
  it('takes who put it out as source through "a stream of": "sent out a stream of posts late Sunday saying"', () => {
    const quotes = quotesOf('The mayor sent out a stream of posts late Sunday saying that the ferry would be cut.');
    expect(quotes).toEqual([expect.objectContaining({ cue: 'saying', source: 'The mayor', content: 'that the ferry would be cut' })]);
  });
});

