// Bodies wire copy on conflict, diplomacy, humanitarian crises, courts and elections cites: national Red Cross and Red
// Crescent societies, UN funds and missions, courts, regional bodies, NGOs and monitors, armed groups and news
// agencies.
import { describe, expect, it } from 'vitest';
import { defaultKnowledgeBase } from './knowledge-base.js';

const kb = defaultKnowledgeBase();

describe('national Red Cross and Red Crescent societies', () => {
  it.each([
    ['American Red Cross', 'USA'],
    ['British Red Cross', 'GBR'],
    ['Turkish Red Crescent', 'TUR'],
    ['Palestinian Red Crescent', 'PSE'],
    ['Syrian Arab Red Crescent', 'SYR'],
    ['Magen David Adom', 'ISR'],
  ])('"%s" is a society of its own, of %s', (name, country) => {
    const org = kb.organisationByName(name);
    expect(org?.kind).toBe('NGO');
    expect(org?.country).toBe(country);
    expect(org?.code).not.toBe('ICRC');
  });

  it('leaves "the Red Cross" alone to the International Committee', () => {
    expect(kb.organisationByName('the Red Cross')?.code).toBe('ICRC');
  });
});

describe('UN bodies, missions and courts', () => {
  it.each([
    ['UNFPA', 'UNFPA'],
    ['UNDOF', 'UNDOF'],
    ['MINUSCA', 'MINUSCA'],
    ['UN Peacekeeping Force in Cyprus', 'UNFICYP'],
    ['International Criminal Tribunal for the former Yugoslavia', 'ICTY'],
  ])('"%s" is a body of the United Nations (%s)', (name, code) => {
    const org = kb.organisationByName(name);
    expect(org?.code).toBe(code);
    expect(kb.organisation(org!.parent!)?.code).toBe('UNO');
  });

  it('reads "ECHR" as the European Court of Human Rights, a body of the Council of Europe', () => {
    const court = kb.organisationByName('ECHR')!;
    expect(court.name).toBe('European Court of Human Rights');
    expect(kb.organisation(court.parent!)?.code).toBe('COE');
  });

  it('reads "the European Court of Justice" as the EU\'s court', () => {
    expect(kb.organisationByName('the European Court of Justice')?.code).toBe('CJEU');
  });

  it('reads "CAS" as the Court of Arbitration for Sport, a court', () => {
    expect(kb.organisationByName('CAS')?.sector).toBe('JUD');
  });

  it('reads the OSCE\'s election observers\' office as a body of the OSCE', () => {
    expect(kb.organisation(kb.organisationByName('ODIHR')!.parent!)?.code).toBe('OSCE');
  });
});

describe('NGOs, monitors and armed groups', () => {
  it.each([
    ['International Rescue Committee', 'IRC'],
    ['Norwegian Refugee Council', 'NRC'],
    ['ACLED', 'ACLED'],
    ['Bellingcat', 'BELLINGCAT'],
    ['Crisis Group', 'ICG'],
    ['Syrian Observatory for Human Rights', 'SOHR'],
    ['Institute for the Study of War', 'ISW'],
  ])('"%s" is the organisation %s', (name, code) => {
    expect(kb.organisationByName(name)?.code).toBe(code);
  });

  it('gives "RSF" both bodies in the lexicon, Reporters Without Borders and the Rapid Support Forces', () => {
    const ids = (kb.lexicon().get('rsf') ?? []).map((e) => e.id).sort();
    expect(ids).toEqual(['ORG:RSF', 'ORG:SDNRSF']);
  });

  it('makes Hamas\'s armed wing a body of Hamas', () => {
    expect(kb.organisationByName('Qassam Brigades')?.parent).toBe('ORG:PSEHMS');
  });

  it('makes Islamic State Khorasan Province a branch of the Islamic State', () => {
    expect(kb.organisation(kb.organisationByName('ISIS-K')!.parent!)?.code).toBe('ISIS');
  });
});

describe('news agencies', () => {
  it.each([
    ['Anadolu', 'TUR'],
    ['IRNA', 'IRN'],
    ['KCNA', 'PRK'],
    ['Yonhap', 'KOR'],
    ['Kyodo', 'JPN'],
    ['ANSA', 'ITA'],
    ['dpa', 'DEU'],
    ['EFE', 'ESP'],
    ['Press Trust of India', 'IND'],
  ])('"%s" is a news agency of %s', (name, country) => {
    const agency = kb.organisationByName(name);
    expect(agency?.kind).toBe('MEDIA');
    expect(agency?.country).toBe(country);
  });

  it('reads "DPA" in capitals as the German agency too', () => {
    expect(kb.organisationByName('DPA')?.name).toBe('Deutsche Presse-Agentur');
  });
});
