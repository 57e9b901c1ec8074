import { describe, expect, it } from 'vitest';
import type { Mention } from '../mentions/types.js';
import type { Entity } from '../entities/types.js';
import { SpeakerResolver } from './speaker.js';

/** An entity as the entities layer might have built it: every occurrence of each form is one of its mentions. */
interface EntitySketch {
  type: Entity['type'];
  name: string;
  kbId?: string;
  forms: Array<[string, Mention['kind']]>;
}

/**
 * The name of the speaker the resolver gives the last occurrence of `source` in `text`, with mentions and entities built
 * by hand, so that each test sets up the links (right or wrong) the layers before the quotes stage may hand over.
 */
function speakerOf(text: string, source: string, sketches: EntitySketch[]): string | null {
  const found: Array<{ mention: Mention; entity: number }> = [];
  sketches.forEach((sketch, entity) => {
    for (const [form, kind] of sketch.forms) {
      for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) {
        found.push({ mention: { start: at, end: at + form.length, type: sketch.type, kind }, entity });
      }
    }
  });
  found.sort((a, b) => a.mention.start - b.mention.start || b.mention.end - a.mention.end);
  const mentions = found.map((f) => f.mention);
  const entities: Entity[] = sketches.map((sketch, entity) => ({
    type: sketch.type,
    name: sketch.name,
    ...(sketch.kbId ? { kbId: sketch.kbId } : {}),
    mentions: found.flatMap((f, index) => (f.entity === entity ? [index] : [])),
  }));
  const start = text.lastIndexOf(source);
  const speaker = new SpeakerResolver(text, mentions, entities).resolve({ start, end: start + source.length });
  return speaker === null ? null : entities[speaker].name;
}

describe('a title of a place linked to someone the text never places there', () => {
  const florida: EntitySketch = { type: 'GPE', name: 'Florida', forms: [['Florida', 'name']] };

  it('stands for the one person whose full name is written after that place and an abbreviation of the role', () => {
    const text = 'Florida Sen. Ann Price and Florida Gov. Joe Reed met donors hosted by Bill Hoyt. The Florida senator said the tax plan was flawed.';
    expect(speakerOf(text, 'The Florida senator', [
      florida,
      { type: 'PERSON', name: 'Ann Price', forms: [['Ann Price', 'name']] },
      { type: 'PERSON', name: 'Joe Reed', forms: [['Joe Reed', 'name']] },
      { type: 'PERSON', name: 'Bill Hoyt', forms: [['Bill Hoyt', 'name'], ['The Florida senator', 'title']] },
    ])).toBe('Ann Price');
  });

  it('stands for the one person whose full name is followed by "of" and that place', () => {
    const text = 'Ann Price of Florida and Bill Hoyt toured the port. The Florida senator said the dredging must wait.';
    expect(speakerOf(text, 'The Florida senator', [
      florida,
      { type: 'PERSON', name: 'Ann Price', forms: [['Ann Price', 'name']] },
      { type: 'PERSON', name: 'Bill Hoyt', forms: [['Bill Hoyt', 'name'], ['The Florida senator', 'title']] },
    ])).toBe('Ann Price');
  });

  it('keeps the link when two people are written with that place and role', () => {
    const text = 'Florida Sen. Ann Price and Florida Sen. Joe Reed met Bill Hoyt. The Florida senator said the tax plan was flawed.';
    expect(speakerOf(text, 'The Florida senator', [
      florida,
      { type: 'PERSON', name: 'Ann Price', forms: [['Ann Price', 'name']] },
      { type: 'PERSON', name: 'Joe Reed', forms: [['Joe Reed', 'name']] },
      { type: 'PERSON', name: 'Bill Hoyt', forms: [['Bill Hoyt', 'name'], ['The Florida senator', 'title']] },
    ])).toBe('Bill Hoyt');
  });

  it('keeps the link when the person written with that place holds another role there', () => {
    const text = 'Florida Gov. Joe Reed met Bill Hoyt on Friday. The Florida senator said the tax plan was flawed.';
    expect(speakerOf(text, 'The Florida senator', [
      florida,
      { type: 'PERSON', name: 'Joe Reed', forms: [['Joe Reed', 'name']] },
      { type: 'PERSON', name: 'Bill Hoyt', forms: [['Bill Hoyt', 'name'], ['The Florida senator', 'title']] },
    ])).toBe('Bill Hoyt');
  });
});

describe('a nameless person entity made of a title standing right before a name', () => {
  it('stands for the person the title runs into through another title', () => {
    const text = 'Detective Inspector Rhona Keir led the search of the moor. She said the search would go on overnight.';
    expect(speakerOf(text, 'She', [
      { type: 'PERSON', name: 'Detective', forms: [['Detective', 'title'], ['She', 'pronoun']] },
      { type: 'PERSON', name: 'Rhona Keir', forms: [['Inspector', 'title'], ['Rhona Keir', 'name']] },
    ])).toBe('Rhona Keir');
  });

  it('stays itself when its title stands before no name', () => {
    const text = 'The Detective and Rhona Keir walked the moor. She said the search would go on overnight.';
    expect(speakerOf(text, 'She', [
      { type: 'PERSON', name: 'Detective', forms: [['Detective', 'title'], ['She', 'pronoun']] },
      { type: 'PERSON', name: 'Rhona Keir', forms: [['Rhona Keir', 'name']] },
    ])).toBe('Detective');
  });
});

describe('a surname linked to a knowledge-base person while the text names another holder of it', () => {
  it('stands for the holder the text names in full', () => {
    const text = 'Republican Curtis Vance won the county seat on Tuesday. Vance said the result was a mandate for lower rates.';
    expect(speakerOf(text, 'Vance', [
      { type: 'OTHER', name: 'Curtis Vance', forms: [['Curtis Vance', 'name']] },
      { type: 'PERSON', name: 'JD Vance', kbId: 'P:jd-vance', forms: [['Vance', 'name']] },
    ])).toBe('Curtis Vance');
  });

  it('keeps the link when the full name in the text ends in the linked name', () => {
    const text = 'Sen. Ted Cruz toured the border on Monday. Cruz said the fence was too short.';
    expect(speakerOf(text, 'Cruz', [
      { type: 'OTHER', name: 'Sen. Ted Cruz', forms: [['Sen. Ted Cruz', 'name']] },
      { type: 'PERSON', name: 'Ted Cruz', kbId: 'Q2036942', forms: [['Cruz', 'name']] },
    ])).toBe('Ted Cruz');
  });
});

describe('a person named in a comma-set phrase closing a source', () => {
  it('is the speaker after a describing phrase and before an age', () => {
    const text = 'One resident, Tom Ashby, 52, said the road was dangerous after dark.';
    expect(speakerOf(text, 'One resident, Tom Ashby, 52', [
      { type: 'PERSON', name: 'Tom Ashby', forms: [['Tom Ashby', 'name']] },
    ])).toBe('Tom Ashby');
  });

  it('is the speaker after an opening participle and a title with a possessor', () => {
    const text = "Speaking afterwards in the lobby, Mr Hart's press secretary, Tom Ashby, said the vote was lost.";
    expect(speakerOf(text, "Speaking afterwards in the lobby, Mr Hart's press secretary, Tom Ashby", [
      { type: 'PERSON', name: 'Mr Hart', forms: [['Mr Hart', 'name']] },
      { type: 'PERSON', name: 'Tom Ashby', forms: [['Tom Ashby', 'name']] },
    ])).toBe('Tom Ashby');
  });
});

describe('a source opening with a title that holds a preposition', () => {
  it('is headed by the name closing it, not cut at the title\'s "of"', () => {
    const text = 'Former Minister of Health and longtime fundraiser Ann Lowe said the levy would fail.';
    expect(speakerOf(text, 'Former Minister of Health and longtime fundraiser Ann Lowe', [
      { type: 'PERSON', name: 'Minister of Health', forms: [['Former Minister of Health', 'title']] },
      { type: 'PERSON', name: 'Ann Lowe', forms: [['Ann Lowe', 'name']] },
    ])).toBe('Ann Lowe');
  });

  it('still leaves a common-noun head before a preposition outside any title unresolved', () => {
    const text = 'A fundraiser for Ann Lowe said the levy would fail.';
    expect(speakerOf(text, 'A fundraiser for Ann Lowe', [
      { type: 'PERSON', name: 'Ann Lowe', forms: [['Ann Lowe', 'name']] },
    ])).toBeNull();
  });
});

describe('a "he" or "she" the entities layer linked to no one', () => {
  it('stands for the only person of its gender named in the stretch before it', () => {
    const text = 'Sam Cole, a welder from Leeds, lost his job in May. He said the yard had given no warning.';
    expect(speakerOf(text, 'He', [
      { type: 'PERSON', name: 'Sam Cole', forms: [['Sam Cole', 'name'], ['his', 'pronoun']] },
    ])).toBe('Sam Cole');
  });

  it('stays unresolved when two people are named before it', () => {
    const text = 'Sam Cole met Joe Reed at the gate in May. He said the yard had given no warning.';
    expect(speakerOf(text, 'He', [
      { type: 'PERSON', name: 'Sam Cole', forms: [['Sam Cole', 'name']] },
      { type: 'PERSON', name: 'Joe Reed', forms: [['Joe Reed', 'name']] },
    ])).toBeNull();
  });
});

describe('a source closing with a relative "who" after a comma', () => {
  it('stands for the person named right before the comma, whatever words lead to the name', () => {
    const text = 'The plan drew a sharp reply from Ana Ruiz, who said it would close the clinic.';
    expect(speakerOf(text, 'The plan drew a sharp reply from Ana Ruiz, who', [
      { type: 'PERSON', name: 'Ana Ruiz', forms: [['Ana Ruiz', 'name']] },
    ])).toBe('Ana Ruiz');
  });

  it('stays unresolved when the name follows an agent noun and a preposition', () => {
    const text = 'The plan lost a longtime backer of Ana Ruiz, who said it would close the clinic.';
    expect(speakerOf(text, 'The plan lost a longtime backer of Ana Ruiz, who', [
      { type: 'PERSON', name: 'Ana Ruiz', forms: [['Ana Ruiz', 'name']] },
    ])).toBeNull();
  });

  it('stays unresolved when the name is the second of two people joined by "and"', () => {
    const text = 'The plan drew replies from Tom Reed and Ana Ruiz, who said it would close the clinic.';
    expect(speakerOf(text, 'The plan drew replies from Tom Reed and Ana Ruiz, who', [
      { type: 'PERSON', name: 'Tom Reed', forms: [['Tom Reed', 'name']] },
      { type: 'PERSON', name: 'Ana Ruiz', forms: [['Ana Ruiz', 'name']] },
    ])).toBeNull();
  });
});
