import { describe, expect, it } from 'vitest';
import { eventsOf } from './testing.js';

const lines = (text: string) => eventsOf(text).map((e) => e.line);

describe('event types from verb and noun patterns', () => {
  it.each([
    ['Russian troops attacked the Ukrainian village of Hroza.', 'ASSAULT RUSMIL UKR asserted'],
    ['Police arrested dozens of protesters.', 'COERCE ---COP ---CVL asserted'],
    ['France condemned the coup in Niger.', 'ACCUSE FRA NER asserted'],
    ['Japan imposed new sanctions on North Korea.', 'SANCTION JPN PRK asserted'],
    ['Germany urged Iran to release the detained journalists.', 'REQUEST DEU IRN asserted'],
    ['Kenya rejected the proposal from Somalia.', 'REJECT KEN SOM asserted'],
    ['Turkey withdrew its troops from Syria.', 'RETREAT TUR SYR asserted'],
  ])('codes "%s" as %s', (text, line) => {
    expect(lines(text)).toContain(line);
  });
});

describe('parts of speech decide between the verb and the noun reading', () => {
  it('reads a word tagged a verb after a run of describing words as the verb, its object as the target', () => {
    expect(lines('The rival groups attacked Ugandan police in Kampala.')).toEqual(['ASSAULT - UGACOP asserted']);
  });

  it('reads a word tagged a noun as a noun though no determiner marks it', () => {
    expect(lines('Rebels who attacked a Kenyan base in May face charges in Nairobi.').filter((l) => l.startsWith('ACCUSE'))).toEqual([]);
  });
});

describe('precision', () => {
  it('drops a one-sided detail beside a complete event of the sentence', () => {
    expect(lines('Kenya complained to the United Nations about cattle raids in which 9 herders were killed.')).toEqual(['ACCUSE KEN UNO asserted']);
  });

  it('reads the stated demand of a protest as its content, not a second event', () => {
    expect(lines('Thousands of Kenyan students rallied to demand lower fees.')).toEqual(['PROTEST KENEDU - asserted']);
  });

  it('codes an act reported by two verbs of the same type once', () => {
    expect(lines('Canadian doctors donated and delivered medicines to Haiti.')).toEqual(['AID CANHLH HTI asserted']);
  });

  it('folds an outcome participle of the same type into the act', () => {
    expect(lines('Rebels shelled the Malian town of Gao, killing ten people.').filter((l) => l.startsWith('ASSAULT'))).toHaveLength(1);
  });

  it('reads a "that" clause after a demand as its content, not an act that happened', () => {
    expect(lines('Kenya demanded that Uganda release the detained journalists.')).toEqual(['REQUEST KEN UGA asserted']);
  });

  it('reads a relative clause after the object as an act of its own', () => {
    expect(lines('Kenya backed a resolution that imposes sanctions on Sudan.').some((l) => l.startsWith('SANCTION'))).toBe(true);
  });

  it('ends the content of a demand at its first verb', () => {
    expect(lines('Students demanded that the government resign and clashed with police.')).toContain('ASSAULT ---EDU ---COP asserted');
  });

  it('reads the aim of a deployment as its content: the attack has not happened', () => {
    expect(lines('Ethiopia sent troops to Somalia to fight the rebels.')).toEqual(['MOBILIZE ETH SOM asserted']);
  });

  it('keeps a one-sided event that leads its sentence', () => {
    expect(lines('The minister has resigned, Kenya said.')).toEqual(['RETREAT ---GOV - reported']);
  });
});

describe('actors', () => {
  it('lets nationality words before the last conjunct share its head noun', () => {
    expect(lines('Chinese and Russian officials met in Beijing.')).toEqual(['CONSULT CHNGOV RUSGOV asserted']);
  });

  it('codes former office holders as elites', () => {
    expect(lines('Former Kenyan ministers condemned Uganda.')).toEqual(['ACCUSE KENELI UGA asserted']);
  });

  it.each([
    ['Householders demanded a public inquiry into the floods.', 'REQUEST ---CVL'],
    ['Consumer groups praised the ruling.', 'SUPPORT ---NGO'],
    ['Shareholders rejected the merger.', 'REJECT ---BUS'],
    ['Several MEPs condemned the decision.', 'ACCUSE ---LEG'],
  ])('makes an actor of the everyday group in "%s"', (text, line) => {
    expect(lines(text).map((l) => l.split(' ').slice(0, 2).join(' '))).toContain(line);
  });
});

describe('statements after a participle', () => {
  it('keeps an act after ", according to ..." asserted and the act before it reported', () => {
    const found = lines('Kenya attacked the base, according to officials, and Somalia denied it.').map((l) => `${l.split(' ')[0]} ${l.split(' ').at(-1)}`);
    expect(found).toContain('ASSAULT reported');
    expect(found).toContain('REJECT asserted');
  });

  it('keeps an act before ", saying ..." asserted: the participle\'s words follow it', () => {
    expect(lines('France condemned Mali, saying the junta had broken its word.').filter((l) => l.startsWith('ACCUSE'))).toEqual(['ACCUSE FRA MLI asserted']);
  });
});

describe('a coordinated speech verb', () => {
  it('keeps an act before "and said" asserted', () => {
    expect(lines('Kenya, the host, accused Somalia of raids on its border and said talks would go on.').filter((l) => l.startsWith('ACCUSE'))).toEqual(['ACCUSE KEN SOM asserted']);
  });
});

describe('words reported by a participle', () => {
  it('takes the phrase after "saying" as the subject of the act reported', () => {
    expect(lines('Kenya condemned the raid, saying Somalia had attacked the border post.').filter((l) => l.startsWith('ASSAULT'))).toEqual(['ASSAULT SOM - reported']);
  });
});

describe('absolute clauses', () => {
  it('takes no side of the act from a "with" clause after a comma', () => {
    expect(lines('France condemned the pact, with Italy and Spain voting against it.')).toEqual(['ACCUSE FRA - asserted']);
  });
});

describe('fighting between two sides', () => {
  it('reads an "-ing" word opening "between X and Y" as the act of the two', () => {
    expect(lines('Fighting between the army and the rebels intensified.')).toEqual(['ASSAULT ---MIL ---REB asserted']);
  });

  it('keeps a mediator the side of its mediation between two parties', () => {
    expect(lines('Qatar, mediating between Israel and Hamas, hosted talks.').every((l) => l.split(' ')[1] === 'QAT')).toBe(true);
  });
});

describe('conditions', () => {
  it('reads a condition with an article before its subject as possible', () => {
    expect(lines('Talks will resume unless the EU imposes sanctions.')).toEqual(['SANCTION EEC - possible']);
  });

  it('keeps an act told in a relative clause inside a condition asserted', () => {
    expect(lines('If Russia, which attacked Ukraine on Monday, refuses to talk, sanctions will follow.').filter((l) => l.startsWith('ASSAULT'))).toEqual(['ASSAULT RUS UKR asserted']);
  });

  it('reads an act set as a condition as possible, also inside a statement', () => {
    expect(lines('Kenya said it would leave unless Somalia agreed to the plan.').filter((l) => l.startsWith('AGREE'))).toEqual(['AGREE SOM - possible']);
  });
});

describe('labour strikes and penalties', () => {
  it('reads working people striking at no one as a labour strike', () => {
    expect(lines('Nurses struck on Monday over pay.')).toEqual(['PROTEST ---HLH - asserted']);
  });

  it('keeps armed groups striking as an attack', () => {
    expect(lines('Rebels struck on Monday near the border.')).toEqual(['ASSAULT ---REB - asserted']);
  });

  it.each(['Dock workers walked off the job on Monday.', 'The union called a 48-hour strike.', 'Bus drivers have been on strike for two weeks.'])(
    'codes the stoppage in "%s" as a protest', (text) => {
      expect(lines(text).map((l) => l.split(' ')[0])).toEqual(['PROTEST']);
    });

  it.each(['The chancellor struck a more cautious tone on Monday.', 'The minister struck a balance between trade and security.'])(
    'reads "%s" as an idiom, no attack', (text) => {
      expect(lines(text)).toEqual([]);
    });

  it.each(['Ukraine struck an oil refinery in Russia on Sunday.', 'Militants attacked an oil pipeline near Basra.', 'Doctors struck a patient in the ward.'])(
    'keeps "%s" an attack: the idiom or the stoppage needs its own object', (text) => {
      expect(lines(text).map((l) => l.split(' ')[0])).toEqual(['ASSAULT']);
    });

  it('reads working people striking somewhere as a labour strike, the place no target', () => {
    expect(lines('Teachers struck in Chicago on Monday.')).toEqual(['PROTEST ---EDU - asserted']);
  });

  it('keeps an attack by a state as violence', () => {
    expect(lines('Russia attacked Ukraine in February.').map((l) => l.split(' ')[0])).toEqual(['ASSAULT']);
  });

  it('codes a fine imposed by a regulator as coercion of the fined', () => {
    expect(lines('The regulator fined the bank on Friday.')).toEqual(['COERCE ---GOV ---BUS asserted']);
  });
});

describe('clause analysis', () => {
  it('does not take the object of a participle before the verb for its subject', () => {
    expect(lines('Kenyan troops using newly bought missiles attacked Somali militants.')).toEqual(['ASSAULT KENMIL SOMREB asserted']);
  });

  it('reads intelligence given to another actor as the means, not the other side', () => {
    expect(lines('France is providing military intelligence to Chad.')).toEqual(['AID FRA TCD asserted']);
  });

  it('takes the agent of a passive as the source', () => {
    expect(lines('The convoy of Sudanese refugees was attacked by Chadian soldiers.')).toContain('ASSAULT TCDMIL SDNREF asserted');
  });

  it('pairs coordinated actors of a symmetric verb once per pair', () => {
    const events = eventsOf('Egypt and Jordan met in Cairo.').filter((e) => e.type === 'CONSULT');
    expect(events.map((e) => e.line)).toEqual(['CONSULT EGY JOR asserted']);
  });

  it('reads "talks between X and Y" as a meeting of the two', () => {
    expect(lines('The talks between Armenia and Azerbaijan resumed.')).toContain('CONSULT ARM AZE asserted');
  });

  it('gives one event per target of a compound target', () => {
    expect(lines('Canada imposed sanctions on Russia and Belarus.')).toEqual(expect.arrayContaining(['SANCTION CAN RUS asserted', 'SANCTION CAN BLR asserted']));
  });

  it('caps the events of one trigger so an attendee list does not explode', () => {
    const text = 'France, Germany, Italy, Spain, Poland, Austria, Belgium and Portugal met in Brussels.';
    expect(eventsOf(text).filter((e) => e.type === 'CONSULT').length).toBeLessThanOrEqual(12);
  });

  it('lets a governing verb take its "to" complement as content, not as a second event', () => {
    expect(lines('Iran threatened to halt gas exports to Armenia.')).toEqual(['THREATEN IRN ARM asserted']);
  });

  it('codes an obligation put on another actor in a statement as a request', () => {
    expect(lines('Britain said Libya must hand over the suspects.')).toContain('REQUEST GBR LBY asserted');
  });

  it('does not take an agent word that only describes a noun as an actor', () => {
    expect(lines('Jordan and Britain agreed to hold joint military exercises.')).toContain('AGREE JOR GBR asserted');
  });
});

describe('clause analysis regressions', () => {
  it('takes the subject after an introductory "according to" phrase, not the source it cites', () => {
    expect(lines('According to the UN, Sudanese paramilitaries attacked a camp.')[0]).toMatch(/^ASSAULT SDNMIL /);
  });

  it('steps over an appositive closed by commas to find the subject', () => {
    expect(lines('Pakistan, a close partner of Britain, has refused to send troops to Yemen.')[0]).toMatch(/^REJECT PAK /);
  });

  it('gives a purpose clause the subject of the verb before it', () => {
    expect(lines('Kenya recalled its ambassador to protest against the Ugandan decision.')).toContain('PROTEST KEN UGA asserted');
  });

  it('folds a noun that is the subject of a verb of the same type into that verb', () => {
    expect(eventsOf('Israeli airstrikes killed 20 people.').map((e) => e.trigger)).toHaveLength(1);
  });

  it('resolves a sentence-opening pronoun to the previous sentence\'s topic, with that phrase as evidence', () => {
    const text = 'Ukrainian officials said Russian drones attacked Odesa. They accused Moscow of targeting civilians.';
    const accuse = eventsOf(text).find((e) => e.type === 'ACCUSE')!;
    expect(text.slice(accuse.sourceText!.start, accuse.sourceText!.end)).toBe('Ukrainian officials');
  });

  it('links an event inside a quote to the quote and marks it reported', () => {
    const text = 'The minister said: "Russia attacked our villages."';
    const quote = { start: 20, end: text.length - 1, kind: 'direct' as const, source: { start: 4, end: 12 }, cue: { start: 13, end: 17 }, speaker: null, modality: 'asserted' as const };
    const [event] = eventsOf(text, { layers: { quotes: [quote] } });
    expect(event).toMatchObject({ type: 'ASSAULT', modality: 'reported', quote: 0 });
  });

  it('keeps an event inside a forecast no one is named as making the writer\'s expectation, not a report', () => {
    const text = 'The foreign minister is expected to meet her Irish counterpart on Friday.';
    const quote = { start: 4, end: text.length - 1, kind: 'indirect' as const, source: null, cue: { start: 21, end: 32 }, speaker: null, modality: 'expected' as const };
    const [event] = eventsOf(text, { layers: { quotes: [quote] } });
    expect(event).toMatchObject({ type: 'CONSULT', modality: 'expected' });
  });
});

describe('actor codes', () => {
  it('codes a title through the knowledge base office and its holder on the date', () => {
    const [event] = eventsOf('The Foreign Secretary condemned Russia.');
    expect(event.sourceActor).toEqual({ code: 'GBRGOV', country: 'GBR', sector: 'GOV' });
  });

  it('codes an agent after "in" with the country that follows', () => {
    expect(lines('Security forces in Guinea tortured refugees.')[0]).toMatch(/^ASSAULT GINCOP /);
  });
});

describe('modality', () => {
  it.each([
    ['Russia did not attack Ukraine.', 'negated'],
    ['Russia denied attacking the convoy.', 'negated'],
    ['Canada will impose sanctions on Iran.', 'planned'],
    ['The minister is to condemn Russia.', 'planned'],
    ['The EU is expected to impose sanctions on Iran.', 'expected'],
    ['The EU could impose sanctions on Iran.', 'possible'],
    ['Officials said Russia had attacked Ukraine.', 'reported'],
    ['Russia attacked Ukraine, the ministry said.', 'reported'],
  ])('reads "%s" as %s', (text, modality) => {
    expect(eventsOf(text)[0]?.modality).toBe(modality);
  });

  it('codes a planned cooperative act also as an intent to agree', () => {
    const types = eventsOf('Greece will send aid to Turkey.').map((e) => `${e.type} ${e.cameo}`);
    expect(types).toEqual(['AID 070', 'AGREE 033']);
  });

  it('codes an intent to do harm as a threat', () => {
    expect(eventsOf('Israel said it would impose a curfew on Hebron.').map((e) => e.type)).toContain('THREATEN');
  });
});

describe('evidence, date and place', () => {
  it('gives the trigger and the sentence as evidence', () => {
    const text = 'Peru expelled the Venezuelan ambassador.';
    const [event] = eventsOf(text);
    expect(text.slice(event.trigger.start, event.trigger.end)).toBe('expelled');
    expect(event.evidence).toEqual({ start: 0, end: text.length });
  });

  it('dates each event by the time expression nearest its trigger', () => {
    const text = 'Chile met Peru on Tuesday and will meet Bolivia on Thursday.';
    const times = [
      { start: 18, end: 25, type: 'DATE' as const, value: '2022-09-20' },
      { start: 51, end: 59, type: 'DATE' as const, value: '2022-09-22' },
    ];
    const dates = eventsOf(text, { layers: { times } }).filter((e) => e.type === 'CONSULT').map((e) => `${text.slice(e.targetText!.start, e.targetText!.end)} ${e.date}`);
    expect(dates).toEqual(['Peru 2022-09-20', 'Bolivia 2022-09-22']);
  });

  it('dates an event by a time expression of its sentence, else by the publication date', () => {
    const text = 'Chile and Peru met on Tuesday.';
    const dated = eventsOf(text, { layers: { times: [{ start: 19, end: 29, type: 'DATE', value: '2022-09-20' }] } });
    expect(dated[0].date).toBe('2022-09-20');
    expect(eventsOf(text)[0].date).toBe('2022-09-21');
  });
});

describe('exchanges, mediation and announced measures', () => {
  it('codes an exchange of prisoners as a release by both sides', () => {
    expect(lines('Ukraine and Russia exchanged 300 prisoners of war on Tuesday.')).toContain('CONCEDE UKR RUS asserted');
  });

  it('reads two mediators joined by "and" as mediating together, not as sides', () => {
    expect(lines('The talks were mediated by Turkey and Qatar.')).toEqual(['CONSULT TUR - asserted', 'CONSULT QAT - asserted']);
  });

  it('gives the source of "a deal brokered by X" to the brokering, not to the deal', () => {
    const events = eventsOf('Ukraine and Russia signed a deal brokered by Turkey.');
    expect(new Set(events.filter((e) => e.sourceActor?.code === 'TUR').map((e) => e.type))).toEqual(new Set(['CONSULT']));
  });

  it('makes the announcer of a package of sanctions its source', () => {
    expect(lines('The European Union is expected to announce a new package of sanctions against Russia.')).toEqual(['SANCTION EEC RUS expected']);
  });

  it('does not read a "that" clause after an announcement as its object', () => {
    const text = 'The minister announced that sanctions on Iran would be eased.';
    expect(eventsOf(text).map((e) => text.slice(e.trigger.start, e.trigger.end))).not.toContain('announced that sanctions');
  });

  it('marks an actor\'s own account of its attack as reported', () => {
    expect(lines('The army said it had shot down 58 drones.').map((line) => line.split(' ').pop())).toEqual(['reported']);
  });

  it.each([
    ['Iran vowed to retaliate against Israel.', 'THREATEN IRN ISR asserted'],
    ['Rebels vowed to fight on.', 'THREATEN ---REB - asserted'],
  ])('reads a vow of a hostile act as a threat in "%s"', (text, line) => {
    expect(lines(text)).toContain(line);
  });

  it.each([
    ['Iran vowed to quickly hit back at Israel.', 'THREATEN IRN ISR asserted'],
    ['Egypt vowed to severely punish Sudan.', 'THREATEN EGY SDN asserted'],
  ])('steps over an adverb after "to" to find the vowed retaliation in "%s"', (text, line) => {
    expect(lines(text)).toContain(line);
  });

  it.each([
    ['The militia vowed to keep shelling the town.', 'THREATEN'],
    ['The rebels vowed to step up raids on the garrison.', 'THREATEN'],
    ['The pirates vowed to continue attacks on tankers.', 'THREATEN'],
  ])('finds the vowed act further inside the "to" clause, verb or noun, in "%s"', (text, type) => {
    expect(lines(text).map((line) => line.split(' ')[0])).toContain(type);
  });

  it('reads no threat in a vow whose hostile noun stands after a preposition', () => {
    expect(lines('The firm vowed to appeal the ruling on the attacks.')).toEqual([]);
  });

  it.each(['The company vowed to appeal the fine.', 'The mayor vowed to rebuild the city.'])('reads no threat in a vow of anything else: "%s"', (text) => {
    expect(lines(text)).toEqual([]);
  });

  it('reads appealing a court decision as no request', () => {
    expect(lines('Kenya said it would appeal the ruling.')).toEqual([]);
  });

  it('keeps an act asserted when the same subject\'s "but said" follows it', () => {
    expect(lines("Russia's foreign minister, Sergei Lavrov, welcomed the decision but said it came too late.")).toEqual(['SUPPORT RUSGOV - asserted']);
  });

  it('does not read a headline "strikes pact with X on" as strikes on someone', () => {
    expect(lines('Kenya strikes pact with Ethiopia on border').filter((line) => line.startsWith('ASSAULT'))).toEqual([]);
  });

  it('codes tariffs imposed on a country\'s goods as a sanction against that country', () => {
    expect(lines('The EU imposed tariffs on Chinese electric vehicles.')).toEqual(['SANCTION EEC CHN asserted']);
  });

  it.each([
    ['Colombia and the rebels signed a ceasefire.', 'RETREAT'],
    ['The court sentenced the opposition leader to five years in prison.', 'COERCE'],
    ['Ukraine destroyed a Russian landing ship.', 'ASSAULT'],
    ['Ukraine sank a Russian patrol boat.', 'ASSAULT'],
  ])('codes "%s" as %s', (text, type) => {
    expect(eventsOf(text).map((e) => e.type)).toContain(type);
  });

  it('reads no act in a sentence served', () => {
    expect(lines('He is serving a five-year sentence.')).toEqual([]);
  });
});

