// Event sides name the entities the entities layer found, so the store can merge one event reported twice and draw
// who acted on whom; read through the whole pipeline, as the sides come from its mentions.
import { describe, expect, it } from 'vitest';
import { createReader } from '../../readout.js';
import type { ReadoutResult } from '../../result/types.js';

const reader = createReader();
const read = (text: string): ReadoutResult => reader.read({ id: 'test', text, published: '2023-03-14' });

/** The id of the entity holding a mention written `written`. */
function entityWritten(result: ReadoutResult, written: string): string | undefined {
  return result.entities.find((e) => e.mentions.some((m) => result.text.slice(m.start, m.end) === written))?.id;
}

describe('event sides as entities', () => {
  it('links a capital standing for its government to the entity its mention belongs to', () => {
    const result = read('Athens accused Ankara of violating Greek airspace on Monday.');
    const accusation = result.events.find((e) => e.type === 'ACCUSE');
    expect(accusation?.source).toBe(entityWritten(result, 'Athens'));
    expect(accusation?.target).toBe(entityWritten(result, 'Ankara'));
    expect(accusation?.source).not.toBeNull();
  });

  it('keeps a city of a government\'s own country as the target of its attack', () => {
    const result = read('The Kenyan government shelled Mombasa on Friday.');
    expect(result.events.map((e) => `${e.type} ${e.sourceText?.text ?? '-'} -> ${e.targetText?.text ?? '-'}`)).toEqual(['ASSAULT Kenyan government -> Mombasa']);
  });

  it('links a country written as a possessor before an act to its entity', () => {
    const result = read("China's invasion of the island was condemned on Tuesday.");
    expect(result.events.find((e) => e.type === 'ASSAULT')?.source).toBe(entityWritten(result, 'China'));
  });

  it('takes the body a country owns, not the country, for the body', () => {
    const result = read("China's foreign ministry condemned the raid on Tuesday.");
    const source = result.entities.find((e) => e.id === result.events.find((e) => e.type === 'ACCUSE')?.source);
    expect(source).toMatchObject({ type: 'ORG', name: "China's foreign ministry", country: 'CHN' });
  });

  it('takes an organisation named after a country as the side, not the country inside its name', () => {
    const result = read("Moscow's Georgia Liaison Office warned Tbilisi not to hold the vote.");
    const threat = result.events.find((e) => e.type === 'THREATEN');
    expect(threat?.sourceText?.text).toBe("Moscow's Georgia Liaison Office");
    expect(threat?.sourceActor?.country).toBe('RUS');
  });

  it('takes a country for its government named by a nationality', () => {
    const result = read('The Chinese government rejected the plan on Tuesday.');
    expect(result.entities.find((e) => e.id === result.events[0]?.source)).toMatchObject({ type: 'GPE', name: 'China' });
  });

  it('does not take a nationality for the person it describes', () => {
    const result = read('Mr Rowe met his Russian counterpart in Geneva on Tuesday.');
    const meeting = result.events.find((e) => e.type === 'CONSULT');
    expect(meeting?.targetText?.text).toBe('Russian counterpart');
    expect(meeting?.target).not.toBe(entityWritten(result, 'Russian'));
  });

  it('reads a "he" opening a sentence as the last person named, though the knowledge base lacks that person', () => {
    const text = "Soldiers detained President Aleksandar Vucic on Monday.\n\nThe main opposition candidate, Marko Dren, said in a video that he had gone into hiding. He accused the president's allies of staging the coup.";
    const accusation = read(text).events.find((e) => e.type === 'ACCUSE');
    expect(accusation?.sourceText?.text).toBe('Marko Dren');
  });

  it('follows a pronoun to the person the entities layer reads it as, across sentences', () => {
    const result = read('Ann Rowe flew to Oslo on Monday. Peter Moll described the talks as frank on Tuesday. She accused Russia of stalling the negotiations.');
    expect(result.events.find((e) => e.type === 'ACCUSE')?.source).toBe(entityWritten(result, 'Ann Rowe'));
  });

  it('does not code a name the entities layer gave to someone else as the known person sharing it', () => {
    const meeting = read('Kenyan officials met Ms Putin in Nairobi on Monday.').events.find((e) => e.type === 'CONSULT');
    expect(meeting?.targetText?.text).toBe('Ms Putin');
    expect(meeting?.targetActor?.country ?? null).not.toBe('RUS');
  });

  it('links a title the entities layer read as part of a person\'s name to that person', () => {
    const result = read('President Ama Mensah, who has broken with the ruling party, said she would veto the law.');
    expect(result.events.find((e) => e.type === 'REJECT')?.source).toBe(entityWritten(result, 'President Ama Mensah'));
  });

  it('keeps an attack by a head of government on a country as violence', () => {
    expect(read('Netanyahu attacked Iran in June.').events.map((e) => e.type)).toEqual(['ASSAULT']);
  });

  it('reads an attack by a politician as criticism', () => {
    expect(read('The senator attacked the minister over the border on Monday.').events.map((e) => e.type)).toEqual(['ACCUSE']);
  });

  it('takes the person the entities layer gave a title to, not the office holder, for "the shadow chancellor"', () => {
    const result = read('The Chancellor, Rachel Reeves, set out cuts. The shadow chancellor, Mel Stride, accused her of breaking promises.');
    expect(result.events.find((e) => e.type === 'ACCUSE')?.source).toBe(entityWritten(result, 'Mel Stride'));
  });

  it('gives an unnamed shadow minister\'s act to no office holder', () => {
    const result = read('The Chancellor, Jeremy Hunt, presented his budget on Wednesday. The shadow chancellor accused him of ignoring families.');
    expect(result.events.find((e) => e.type === 'ACCUSE')?.source).toBe(entityWritten(result, 'The shadow chancellor'));
  });

  it('reads a subject after a clause-opening "as" despite an "-ing" word before it', () => {
    expect(read('Chancellor unveils spending cuts as unions threaten strikes').events.find((e) => e.type === 'THREATEN')?.sourceActor?.code).toBe('---LAB');
  });

  it('gives the forces a nationality names to that country\'s entity', () => {
    const result = read('Israel said on Monday that Israeli warplanes struck Hezbollah positions in Lebanon overnight.');
    expect(result.events.find((e) => e.type === 'ASSAULT')?.source).toBe(entityWritten(result, 'Israel'));
  });

  it.each(['Israel said on Monday that Israeli civilians protested in Tel Aviv.', 'Israel said on Monday that thousands of Israelis protested in Tel Aviv.'])(
    'keeps the people of a nation apart from its state in "%s"', (text) => {
      const result = read(text);
      expect(result.events.find((e) => e.type === 'PROTEST')?.source ?? null).not.toBe(entityWritten(result, 'Israel'));
    });

  it.each(['India strikes trade deal with Britain.', 'Belgium strikes over pension reform.', 'Poland strikes blow to Russian gas supplier', 'Greece struck an accord with Turkey over the islands.'])('reads no attack in "%s"', (text) => {
    expect(read(text).events.map((e) => e.type)).not.toContain('ASSAULT');
  });

  it('reads a headline strike by a state on a thing an idiom word describes as an attack', () => {
    expect(read('Ukraine strikes oil refinery in southern Russia').events.map((e) => e.type)).toEqual(['ASSAULT']);
  });

  it('reads a headline strike by a state as an attack', () => {
    expect(read('Israel strikes Hezbollah targets after rocket fire from Lebanon').events[0]).toMatchObject({ type: 'ASSAULT' });
  });
});
