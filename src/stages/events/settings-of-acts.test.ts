// Where an act happens is none of its sides: a meeting named as the setting of another act, and a place's bare name
// before a noun ("Ukraine funding", "Khartoum fighting"). Found on the example corpus and eval/events/fresh5, fresh7.
import { describe, expect, it } from 'vitest';
import { read } from './testing.js';

describe('a meeting named as the setting of another act', () => {
  it('codes no meeting for a meeting after "at"', () => {
    expect(read('At a meeting of the Arab League on Monday, the foreign minister condemned the raids by Israel.')).toEqual(['ACCUSE foreign minister -> Israel']);
  });

  it('codes no meeting for a summit after "during"', () => {
    expect(read('During an emergency summit of the African Union, Kenya accused Ethiopia of arming rebels.')).toEqual(['ACCUSE Kenya -> Ethiopia']);
  });

  it('codes no meeting for a summit named as the time since which another act went on', () => {
    expect(read('The allies have stepped up their drills since the last summit of the Quad.')).toEqual([]);
  });

  it('still codes talks with someone named after "after"', () => {
    expect(read('He said the taxes had been softened after talks with the International Monetary Fund.')).toEqual(['CONSULT - -> International Monetary Fund']);
  });

  it('still codes one side meeting another at a summit', () => {
    expect(read('Britain met France at a summit in Rome.')).toEqual(['CONSULT Britain -> France']);
  });
});

describe('a place\'s bare name before a noun', () => {
  it('reads an "-ing" word after a place\'s name as a noun, the name as who receives the funds', () => {
    expect(read('Senators argued over Moldova funding as Gaza fighting flared again.')).toEqual(['AID - -> Moldova']);
  });

  it('ends a body\'s phrase at its verb before a place\'s name, the name being who receives the funds', () => {
    expect(read('Parliament debated Moldova funding on Tuesday.')).toEqual(['AID - -> Moldova']);
  });

  it('reads a city before a mutual act\'s noun as its place, no side', () => {
    expect(read('Mogadishu fighting enters its second week.')).toEqual([]);
  });

  it('still reads a possessor of clashes as a side', () => {
    expect(read('Armenia\'s clashes with Azerbaijan continued.')).toEqual(['ASSAULT Armenia\'s -> Azerbaijan']);
  });

  it('still reads two coordinated names before talks as the pair who talk', () => {
    expect(read('Peru and Chile talks ended on Monday.')).toEqual(['CONSULT Peru -> Chile']);
  });

  it('still reads a headline\'s name before a verb read as a noun as its subject', () => {
    expect(read('Turkey signs arms deal after Berlin lifts its veto.')).toEqual(['SUPPORT Turkey -> -']);
  });
});
