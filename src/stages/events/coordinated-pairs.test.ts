// A pair of actors: when its members act together or each on its own, and which pair "both", "the two" or "both sides"
// stand for. Found on eval/events/fresh3, fresh5 and fresh6.
import { describe, expect, it } from 'vitest';
import { createReader } from '../../readout.js';
import { eventsOf, read, sides } from './testing.js';

describe('a pair named again', () => {
  it('reads "the two countries" as the pair named in an earlier sentence', () => {
    expect(sides('Rwanda and Congo met in Doha. The two countries signed a peace agreement in June.')).toContain('SUPPORT Rwanda -> Congo');
  });

  it('reads "both sides" asked to act as the pair, not as the object of the asked act', () => {
    expect(sides('The army and the rebels clashed again. Britain urged both sides to protect civilians.')).toEqual(['ASSAULT army -> rebels', 'REQUEST Britain -> army', 'REQUEST Britain -> rebels']);
  });

  it('reads an agent noun after "the two" as the pair named before, not as an actor of no country', () => {
    expect(sides('Ghana and Togo held talks in Accra. The two leaders signed a border agreement.')).toContain('SUPPORT Ghana -> Togo');
  });

  it('reads "both armies" as each side of the pair named before', () => {
    expect(sides('Ghana and Togo held talks in Accra. Both armies withdrew from the border.').filter((l) => l.startsWith('RETREAT'))).toEqual(['RETREAT Ghana -> -', 'RETREAT Togo -> -']);
  });

  it('reads "both governments" as no one when the two sides before were not joined by "and"', () => {
    expect(sides('Kenya accused Uganda of shelling its villages. Both governments later agreed to a ceasefire.')).toEqual(['ACCUSE Kenya -> Uganda']);
  });
});

describe('"both" and "the two" with a noun', () => {
  it('stand for no one when the last group named has three members', () => {
    const text = 'Qatar, Egypt and Turkey will observe the talks. Both delegations agreed to study the proposal.';
    expect(eventsOf(text).filter((e) => text.slice(e.trigger.start, e.trigger.end).startsWith('agreed')).map((e) => e.line)).toEqual([]);
  });

  it('take "the two leaders" for no two companies', () => {
    const text = 'Samsung Electronics and Hyundai Motor signed a separate agreement. The two leaders also agreed to start negotiations.';
    const events = createReader().read({ id: 'test', text, published: '2026-11-16' }).events;
    expect(events.filter((e) => e.trigger.text.startsWith('agreed'))).toEqual([]);
  });

  it('take "the two sides" for no pair holding civilians', () => {
    const text = 'One Tajik border guard and two civilians were wounded. Russia called on the two sides to show restraint.';
    expect(eventsOf(text).filter((e) => e.type === 'REQUEST').map((e) => e.line)).toEqual(['REQUEST RUS - asserted']);
  });

  it('still take "the two leaders" for two states named before', () => {
    const text = 'Kenya and Japan held talks in Tokyo. The two leaders also agreed to start negotiations.';
    expect(eventsOf(text).filter((e) => text.slice(e.trigger.start, e.trigger.end).startsWith('agreed')).map((e) => e.line)).toEqual(['AGREE KEN JPN asserted']);
  });
});

describe('a coordinated subject acting each on its own', () => {
  it('reads "both" after the subject as two agreements, not one between its members', () => {
    expect(read('Austria and Ireland both said they would agree to the plan.')).toEqual(['AGREE Austria -> -', 'AGREE Ireland -> -']);
  });

  it('still reads "both" before a meeting with no other side as a meeting of the two', () => {
    expect(read('Austria and Ireland both praised the plan when they met in Vienna.')).toContain('CONSULT Austria -> Ireland');
  });

  it('still reads a coordinated subject agreeing with no "both" as agreeing with each other', () => {
    expect(read('Austria and Ireland agreed on a new treaty.')).toEqual(['AGREE Austria -> Ireland']);
  });
});
