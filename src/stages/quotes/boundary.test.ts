// Where a content starts and ends: families of contents cut short or started late, pinned with invented sentences.
import { describe, expect, it } from 'vitest';
import { createReader } from '../../readout.js';

const reader = createReader();

/** The content of the quote whose cue is `cue` in `text`, as written. */
function contentOf(text: string, cue: string): string | undefined {
  const quote = reader.read({ text }).quotes.find((q) => q.cue?.text === cue);
  return quote ? text.slice(quote.start, quote.end) : undefined;
}

describe('a relative "that" after the cue\'s object', () => {
  it('keeps the object before the clause when a finite verb follows "that"', () => {
    expect(contentOf('She proposed breaking up the boards that have run the ports since 1990.', 'proposed')).toBe('breaking up the boards that have run the ports since 1990');
  });

  it('keeps an object opening with an adverb', () => {
    expect(contentOf('The audit found virtually nothing in the accounts that had not been reported.', 'found')).toBe('virtually nothing in the accounts that had not been reported');
  });

  it('still reads "that" after a time noun as the complement', () => {
    expect(contentOf('He said last week that would be the end of it.', 'said')).toBe('that would be the end of it');
  });
});

describe('a relative clause\'s content at a comma', () => {
  it('runs on over a list ending in "and"', () => {
    expect(contentOf('The vote went to Ann Lee, who has criticised the fees, the rents and the parking rules in every debate.', 'has criticised')).toBe('the fees, the rents and the parking rules in every debate');
  });

  it('runs on into examples after "including"', () => {
    expect(contentOf('The tale came from Bay Daily, which posts made-up stories, including one in May about a closed pier.', 'posts')).toBe('made-up stories, including one in May about a closed pier');
  });

  it('still ends at a comma before a clause with its own subject', () => {
    expect(contentOf('The vote went to Ann Lee, who has criticised the fees, and the board agreed.', 'has criticised')).toBe('the fees');
  });
});

describe('a "that" clause opening with a subordinate clause', () => {
  it('runs on past the opener\'s comma into the reported clause', () => {
    expect(contentOf('Ann Lee told the board that if the mill closed, she would advise selling the land.', 'told')).toBe('that if the mill closed, she would advise selling the land');
  });

  it('runs on past the comma of an opening adjunct of time', () => {
    expect(contentOf('Ann Lee reported that during the visit, he would advise selling the land.', 'reported')).toBe('that during the visit, he would advise selling the land');
  });

  it('still ends before a second speaker after a comma when no opener stands first', () => {
    expect(contentOf('Ann Lee said the mill would close, but the mayor said it would stay open.', 'said')).toBe('the mill would close');
  });
});

describe('an opener before a mid-sentence source and a quote after the cue', () => {
  it('opens the content with a subordinate clause', () => {
    expect(contentOf('If the bridge falls, the mayor said, "We will build another."', 'said')).toBe('If the bridge falls, the mayor said, "We will build another."');
  });

  it('opens the content with a topic after "Of"', () => {
    expect(contentOf('Of the new bridge, Ann Lee said, "It is a fine piece of work."', 'said')).toBe('Of the new bridge, Ann Lee said, "It is a fine piece of work."');
  });

  it('leaves a time adjunct out', () => {
    expect(contentOf('On Saturday, the mayor said, "We will try again."', 'said')).toBe('"We will try again."');
  });

  it('leaves out an opener holding a cue of its own', () => {
    expect(contentOf('When asked about the vote, the mayor said, "We will try again."', 'said')).toBe('"We will try again."');
  });
});

describe('a relative clause whose verb lacks its object', () => {
  it('opens the content with the antecedent when an adjunct follows the infinitive\'s verb', () => {
    expect(contentOf('The mayor vetoed any schemes she would not want to justify at a hustings.', 'would not want')).toBe('any schemes she would not want to justify at a hustings');
  });

  it('opens the antecedent with a determiner before its quantifier', () => {
    expect(contentOf('The board checked the few fees he reported receiving last year.', 'reported')).toBe('the few fees he reported receiving last year');
  });

  it('leaves an infinitive with its own object alone', () => {
    expect(contentOf('She wanted to write about dockers in Leeds.', 'wanted')).toBe('to write about dockers in Leeds');
  });
});

describe('the object of "tell"', () => {
  it('keeps a determiner phrase naming a thing told whole', () => {
    expect(contentOf('He told the story of the flood.', 'told')).toBe('the story of the flood');
  });

  it('keeps a determiner phrase going on past its second word whole', () => {
    expect(contentOf('He told a rather odd tale.', 'told')).toBe('a rather odd tale');
  });

  it('still skips an addressee before a complement', () => {
    expect(contentOf('He told the court in a filing that he was ill.', 'told')).toBe('that he was ill');
  });
});

describe('a "that" clause whose subject is joined by "and"', () => {
  it('runs on over the second subject to the verb', () => {
    expect(contentOf('Ms. Ray argued that ward boards and perhaps the tenants themselves should choose who receives a permit.', 'argued')).toBe('that ward boards and perhaps the tenants themselves should choose who receives a permit');
  });
});

describe('a plural cue form after "and"', () => {
  it('is a noun joined to a plural before it, not a second act', () => {
    expect(contentOf('She said the town is hungry for younger faces and voices on the council.', 'said')).toBe('the town is hungry for younger faces and voices on the council');
  });

  it('is a noun before "of", also after a comma that would close a trailing cue', () => {
    expect(contentOf('He said that nothing had changed, despite the call and claims of progress.', 'said')).toBe('that nothing had changed, despite the call and claims of progress');
  });

  it('is still a second act after a singular noun', () => {
    expect(contentOf('She criticised the plan and claims it would fail.', 'criticised')).toBe('the plan');
  });
});

describe('a quote before "according to"', () => {
  it('takes the writer\'s words it finishes when it opens in lower case', () => {
    expect(contentOf("The visit became ''the high point of the year,'' according to two aides.", 'according to')).toBe("The visit became ''the high point of the year,''");
  });

  it('stays alone when it is a whole sentence', () => {
    expect(contentOf('"We will win," according to the mayor.', 'according to')).toBe('"We will win,"');
  });
});
