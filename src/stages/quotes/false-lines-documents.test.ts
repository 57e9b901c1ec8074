// Lines the stage gave that are not quotes (a document's publishing participle, an "according to" phrase taken as a
// cue's content), from the thirteenth fresh set's judged lines, and the near speech forms that stay. Sentences written
// for the test.
import { describe, expect, it } from 'vitest';
import { quotesOf } from '../../../test/helpers/quotes.js';

describe('a publishing verb\'s past form right after a document', () => {
  it('is no cue inside a source\'s aside: "in a statement posted on its website"', () => {
    const quotes = quotesOf('The dockers\' union, in a statement posted on its website, accused the port of cutting night-shift pay.');
    expect(quotes).toEqual([expect.objectContaining({ cue: 'accused', content: 'the port of cutting night-shift pay' })]);
  });

  it('is no cue in a list of what a report draws on: "videos posted on local forums"', () => {
    expect(quotesOf('The council\'s plan draws on surveys of residents, videos posted on local forums and a letter from a charity that runs the food bank.')).toEqual([]);
  });

  it('stays in the document\'s phrase when the document is the source of a cue after it', () => {
    const quotes = quotesOf('A statement posted on the club\'s website said the match would be replayed in March.');
    expect(quotes).toEqual([expect.objectContaining({ cue: 'said', source: 'A statement posted on the club\'s website', content: 'the match would be replayed in March' })]);
  });

  it('still reports what someone posted: "The club posted on its website that ..."', () => {
    const quotes = quotesOf('The club posted on its website that the match would be replayed in March.');
    expect(quotes).toEqual([expect.objectContaining({ cue: 'posted', source: 'The club', content: 'that the match would be replayed in March' })]);
  });
});

describe('an "according to" phrase after a cue with no words of its own', () => {
  it('is no content of the cue; "according to" attributes the clause before it', () => {
    const quotes = quotesOf('The port authority has not replied, according to the dockers\' union.');
    expect(quotes).toEqual([expect.objectContaining({ cue: 'according to', source: 'the dockers\' union', content: 'The port authority has not replied' })]);
  });

  it('leaves a cue whose words follow the phrase its own line', () => {
    const quotes = quotesOf('The paper reported, according to two aides, that the mayor had resigned.');
    expect(quotes).toEqual([expect.objectContaining({ cue: 'reported', source: 'The paper' })]);
  });
});

describe('a refusal to speak, which PolNeAR counts', () => {
  it('stays a line, typed negated: "did not say when"', () => {
    const quotes = quotesOf('The ferry company did not say when the crossings would resume.');
    expect(quotes).toEqual([expect.objectContaining({ cue: 'did not say', content: 'when the crossings would resume', modality: 'negated' })]);
  });

  it('stays a line, typed negated: "declined to comment"', () => {
    const quotes = quotesOf('A spokeswoman for the ferry company declined to comment on the timetable.');
    expect(quotes).toEqual([expect.objectContaining({ cue: 'declined', modality: 'negated' })]);
  });
});

describe('a relative asking that the speaker\'s own name be kept out', () => {
  it('is no line of its own: "who asked that her name be withheld because ..."', () => {
    const quotes = quotesOf('A nurse at the clinic, who asked that her name be withheld because her brother still works there, said the ward had been closed for a week.');
    expect(quotes.map((q) => q.cue)).toEqual(['said']);
  });

  it('is no line of its own with "not be used"', () => {
    const quotes = quotesOf('A farmer near the border, who asked that his name not be used, said the patrols had stopped in May.');
    expect(quotes.map((q) => q.cue)).toEqual(['said']);
  });

  it('still reports a request about a name that is not the speaker\'s own', () => {
    const quotes = quotesOf('The family asked that the boy\'s name be withheld from the court list.');
    expect(quotes).toEqual([expect.objectContaining({ cue: 'asked', content: 'that the boy\'s name be withheld from the court list' })]);
  });
});

describe('a publishing verb in the passive, with no agent', () => {
  it('says where a thing went, no judgement of it: "was shared with reporters"', () => {
    expect(quotesOf('The council\'s plan, which runs to 30 pages and was shared with reporters before the vote, draws on surveys of residents.')).toEqual([]);
  });

  it('still reads a view shared by someone named as theirs', () => {
    const quotes = quotesOf('Her doubts about the bypass are shared by many farmers in the valley.');
    expect(quotes).toEqual([expect.objectContaining({ cue: 'are shared', content: 'Her doubts about the bypass' })]);
  });
});
