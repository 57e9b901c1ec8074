import { describe, expect, it } from 'vitest';
import type { ReadoutResult } from '../result/types.js';
import { eventRecords, GDELT_COLUMNS, gdeltRows, READOUT_COLUMNS, toEventsJsonl, toGdeltTsv } from './gdelt.js';

const text = 'Russian troops attacked Kharkiv. Canada will impose sanctions on Iran.';

/** A small hand-built result with two events. */
function result(): ReadoutResult {
  return {
    schema: 'readout/1',
    id: 'doc1',
    meta: { title: null, published: '2022-09-21', url: 'https://example.org/a', site: null, authors: [] },
    text,
    removed: [],
    sentences: [{ start: 0, end: 32 }, { start: 33, end: text.length }],
    entities: [
      { id: 'e1', type: 'NORP', name: 'Russian', country: 'RUS', mentions: [{ start: 0, end: 7, text: 'Russian' }] },
      { id: 'e2', type: 'GPE', name: 'Kharkiv', country: 'UKR', mentions: [{ start: 24, end: 31, text: 'Kharkiv' }] },
    ],
    times: [],
    quotes: [],
    events: [
      {
        id: 'v1', type: 'ASSAULT', mode: null, cameo: '190', source: 'e1', target: 'e2',
        sourceText: { start: 0, end: 14, text: 'Russian troops' }, targetText: { start: 24, end: 31, text: 'Kharkiv' },
        trigger: { start: 15, end: 23, text: 'attacked' }, date: '2022-09-20', location: null, modality: 'asserted',
        evidence: { start: 0, end: 32 },
        sourceActor: { code: 'RUSMIL', country: 'RUS', sector: 'MIL' }, targetActor: { code: 'UKR', country: 'UKR', sector: null },
      },
      {
        id: 'v2', type: 'SANCTION', mode: null, cameo: '160', source: null, target: null,
        sourceText: { start: 33, end: 39, text: 'Canada' }, targetText: { start: 66, end: 70, text: 'Iran' },
        trigger: { start: 45, end: 61, text: 'impose sanctions' }, date: null, location: null, modality: 'planned',
        evidence: { start: 33, end: text.length },
        sourceActor: { code: 'CAN', country: 'CAN', sector: null }, targetActor: { code: 'IRN', country: 'IRN', sector: null },
      },
    ],
  };
}

const column = (row: string[], name: string) => row[GDELT_COLUMNS.indexOf(name)];

describe('GDELT export', () => {
  it('writes the 61 GDELT 2.0 event columns per event', () => {
    expect(GDELT_COLUMNS).toHaveLength(61);
    for (const row of gdeltRows(result())) expect(row).toHaveLength(61);
  });

  it('fills dates, actor codes, event codes, quad class and Goldstein scale', () => {
    const [row] = gdeltRows(result());
    expect(column(row, 'SQLDATE')).toBe('20220920');
    expect(column(row, 'Actor1Code')).toBe('RUSMIL');
    expect(column(row, 'Actor1Name')).toBe('RUSSIAN');
    expect(column(row, 'Actor1Type1Code')).toBe('MIL');
    expect(column(row, 'Actor2CountryCode')).toBe('UKR');
    expect(column(row, 'EventRootCode')).toBe('19');
    expect(column(row, 'QuadClass')).toBe('4');
    expect(column(row, 'GoldsteinScale')).toBe('-10.0');
    expect(column(row, 'IsRootEvent')).toBe('1');
    expect(column(row, 'SOURCEURL')).toBe('https://example.org/a');
  });

  it('dates an event without its own date by the publication date', () => {
    expect(column(gdeltRows(result())[1], 'SQLDATE')).toBe('20220921');
  });

  it('keeps only the modalities asked for', () => {
    expect(gdeltRows(result(), { modalities: ['asserted'] })).toHaveLength(1);
  });

  it('appends readout columns when extended, with a header line when asked', () => {
    const tsv = toGdeltTsv([result()], { extended: true, header: true });
    const [header, first] = tsv.trimEnd().split('\n').map((line) => line.split('\t'));
    expect(header).toHaveLength(GDELT_COLUMNS.length + READOUT_COLUMNS.length);
    expect(first.slice(61, 64)).toEqual(['ASSAULT', '', 'asserted']);
  });
});

describe('JSONL of events', () => {
  it('writes one self-contained record per event with names and evidence text', () => {
    const lines = toEventsJsonl([result()]).trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    const [first] = eventRecords(result());
    expect(first).toMatchObject({ doc: 'doc1', sourceName: 'Russian', targetName: 'Kharkiv', evidenceText: 'Russian troops attacked Kharkiv.', quadClass: 4 });
  });
});
