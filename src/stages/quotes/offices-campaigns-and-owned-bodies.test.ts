// Speakers fresh14's reader judged wrong or missing: a state body owned by a bare name a headline typed a person, a
// pronoun after an anonymous source who names someone else, a definite description of someone the text brought in
// with "a", a person's office or campaign, a body owned by a name before a place or by "the city", an "It" after a
// sentence whose subject follows a fronted phrase, a company named "... Arms" and its chief "Jan ...", a document a
// newspaper saw, and a correspondent named after "Our correspondent in <town>".
import { describe, expect, it } from 'vitest';
import { quotesOf } from '../../../test/helpers/quotes.js';
import { createReader } from '../../readout.js';

const reader = createReader();

describe('a ministry owned by a bare name the knowledge base lacks', () => {
  const text = 'Morland says Tesk "will regret this"\n\nTesk launched the missiles at dawn. Tesk\'s defense ministry said the strikes were lawful. Posting on its channel an hour later, it said every target had been hit. Its spokesman will brief reporters on Monday, the ministry said.';

  it('is a body of its own even when the headline made the owner a person', () => {
    expect(quotesOf(text)).toContainEqual(expect.objectContaining({ source: 'the ministry', speaker: "Tesk's defense ministry" }));
  });

  it('is whom a lone "it" quoted after it stands for', () => {
    expect(quotesOf(text)).toContainEqual(expect.objectContaining({ source: 'it', speaker: "Tesk's defense ministry" }));
  });
});

describe('a pronoun after an anonymous source who names someone else', () => {
  it('is the anonymous source, not the person the source spoke of', () => {
    const quotes = quotesOf('Ships will patrol the strait from June.\n\nPrime Minister Tomas Vell of Norland left the talks early. A Norlandic envoy, who would not give a name because he was not cleared to speak, said Vell had rejected the clause. "A day\'s notice is merely polite," he said.');
    expect(quotes).toContainEqual(expect.objectContaining({ source: 'he', speaker: undefined }));
  });
});

describe('a definite description after someone brought in with "a"', () => {
  it('is that unnamed person, not the last person named', () => {
    const quotes = quotesOf('Transport Minister Karl Odell said the line was safe. That claim was rejected by a driver at the main depot, who would not give a name. "We stopped twice last week," the driver said.');
    expect(quotes).toContainEqual(expect.objectContaining({ source: 'the driver', speaker: undefined }));
  });

  it('is still the person named when "a" described that person in apposition', () => {
    const quotes = quotesOf('Karl Odell, a driver for thirty years, joined the strike on Monday. "We stopped twice last week," the driver said.');
    expect(quotes).toContainEqual(expect.objectContaining({ source: 'the driver', speaker: 'Karl Odell' }));
  });
});

describe('a person\'s office or campaign', () => {
  it('speaks for the person a possessive pronoun stands for', () => {
    const quotes = quotesOf('Governor Rhea Mallin left the summit early. Her office said on Tuesday that she would not sign the pact.');
    expect(quotes).toContainEqual(expect.objectContaining({ source: 'Her office', speaker: 'Rhea Mallin' }));
  });

  it('speaks for the person named as its owner', () => {
    const quotes = quotesOf("Senator Ivo Brandt lost the primary. Ivo Brandt's campaign said a recount would be requested.");
    expect(quotes).toContainEqual(expect.objectContaining({ source: "Ivo Brandt's campaign", speaker: 'Ivo Brandt' }));
  });
});

describe('a body owned by a named body, with a place after it', () => {
  it('is the owning body, read off the head before the place', () => {
    const quotes = quotesOf("The United Nations' delegation in Varro said on Monday that the law raised serious concerns.");
    expect(quotes).toContainEqual(expect.objectContaining({ speaker: 'United Nations', cue: 'said' }));
  });
});

describe('a body owned by "the city"', () => {
  it('speaks for the town "the city" stands for', () => {
    const quotes = quotesOf("Crowds clashed with police in the northern city of Dravik on Friday. At least 12 people were hurt, the city's health department reported.");
    expect(quotes).toContainEqual(expect.objectContaining({ source: "the city's health department", speaker: 'Dravik' }));
  });
});

describe('"It" after a sentence whose subject follows a fronted phrase', () => {
  it('is the body that subject names', () => {
    const quotes = quotesOf('The Pan-Coastal Health Agency warned of a new fever on Monday.\n\nIn a bulletin, the agency said 300 cases had been found. It added that many more were likely.');
    expect(quotes).toContainEqual(expect.objectContaining({ source: 'It', speaker: 'Pan-Coastal Health Agency' }));
  });
});

describe('a company whose name closes on "Arms", and its chief', () => {
  const text = 'Halden Arms reported that its factory was running day and night. Its chief executive, Jan Marisol, said output would double. He denied that the plant had missed any deliveries.';

  it('is an organisation, no person a "He" may stand for', () => {
    expect(reader.read({ text }).entities.find((entity) => entity.name === 'Halden Arms')?.type).toBe('ORG');
  });

  it('gives the chief\'s full name when the given name is also a month\'s short form', () => {
    expect(quotesOf(text)).toContainEqual(expect.objectContaining({ cue: 'said', speaker: 'Jan Marisol' }));
  });

  it('gives the "He" after the chief to the chief, whose surname, a woman\'s given name after one of either gender, marks none', () => {
    expect(quotesOf(text)).toContainEqual(expect.objectContaining({ source: 'He', speaker: 'Jan Marisol' }));
  });
});

describe('a document a newspaper saw', () => {
  it('is not the newspaper\'s words', () => {
    const quotes = quotesOf('The navy will run short of fuel by May, according to a leaked memo seen by the Herald.');
    expect(quotes).toContainEqual(expect.objectContaining({ cue: 'according to', speaker: undefined }));
  });
});

describe('"Our correspondent in <town>, <name>"', () => {
  it('is the correspondent named, not the town', () => {
    const quotes = quotesOf('Our correspondent in Velnik, Anna Brun, sends this report: "The streets are dark and the shops are shut."');
    expect(quotes).not.toContainEqual(expect.objectContaining({ speaker: 'Velnik' }));
    expect(quotes).toContainEqual(expect.objectContaining({ speaker: 'Anna Brun' }));
  });
});
