import { describe, expect, it } from 'vitest';
import { scanCues, tenseAt } from './tense.js';

/** The tense of the clause around the first occurrence of `word` in `sentence`. */
function tenseOf(sentence: string, word: string): string | null {
  const start = sentence.indexOf(word);
  return tenseAt(scanCues(sentence), start, start + word.length);
}

describe('tense of the clause around an expression', () => {
  it.each([
    ['"will" looks ahead', 'The minister will face Lavrov on Thursday.', 'Thursday', 'future'],
    ['"is due to" looks ahead', 'Ministers are due to review the budget on Friday.', 'Friday', 'future'],
    ['a past-tense verb looks back', 'The leaders met on Tuesday.', 'Tuesday', 'past'],
    ['an irregular past form looks back', 'She said on Monday that talks had failed.', 'Monday', 'past'],
    ['the nearer verb decides between a report and what it reports', 'He said they would meet on Friday.', 'Friday', 'future'],
    ['"could" looks ahead of the report it stands in', 'Officials said the rules could apply by the end of July.', 'the end of July', 'future'],
    ['"could not" still looks back', 'The crew could not land on Monday.', 'Monday', 'past'],
    ['"could" with a verb of the senses looks back', 'Rescuers could hear voices on Monday.', 'Monday', 'past'],
    ['a clause boundary stops a cue', 'They met on Monday; the vote is on Friday.', 'Friday', 'present'],
    ['a participle after "to be" takes the tense of its auxiliary', 'The vote is to be held on Sunday.', 'Sunday', 'future'],
    ['a capitalised "May" is a month, not the verb', 'Thursday, May 7 On Tuesday, the government announced a plan.', 'Tuesday', 'past'],
    ['a present-tense clause with a past cue looks back', 'On Sunday the bank is shut and had agreed to a plan.', 'Sunday', 'past'],
    ['a relative clause keeps its tense to itself', 'The Senate passed the package early Tuesday that would send aid.', 'Tuesday', 'past'],
    ['a clause without a cue has no tense', 'Talks on Tuesday.', 'Tuesday', null],
    ['a verb joined by "and" after the expression tells nothing of it', 'Organisers said they would march on Tuesday and called for a strike.', 'Tuesday', 'future'],
    ['a word merely ending in "and" joins nothing', 'On Monday, Scotland will lift its lockdown.', 'Monday', 'future'],
    ['a "to"-verb after a directive and its object looks ahead of the order', 'The council ordered the mayor to reopen the library on Thursday.', 'Thursday', 'future'],
    ['so does a season after one', 'The charity urged the city to open more shelters during winter.', 'winter', 'future'],
    ['a directive\'s object stops at a subject pronoun that opens a clause', 'She told officers she had walked to school on Friday.', 'Friday', 'past'],
    ['a directive\'s object stops at a tense cue', 'The judge asked jurors who were driving to court on Monday.', 'Monday', 'past'],
    ['a capitalised name after "to" is a place, not a verb', 'The ministry told diplomats to Vilnius on Tuesday.', 'Tuesday', 'past'],
    ['a directive with no object before "to" does not', 'The coach declined when asked to comment on Sunday.', 'Sunday', 'past'],
    ['a progressive of something that has happened looks back', 'Detectives are investigating a robbery on Tuesday.', 'Tuesday', 'past'],
    ['a progressive of a plan stays present, the coming day', 'The unions are meeting on Thursday.', 'Thursday', 'present'],
  ])('%s', (_name, sentence, word, tense) => {
    expect(tenseOf(sentence, word)).toBe(tense);
  });
});
