// Who did what to whom: the sides a reader would check, on sentences where the nearest actor is the wrong one.
import { describe, expect, it } from 'vitest';
import { eventsOf, sides } from './testing.js';

describe('the subject of a verb', () => {
  it('takes the subject of a relative clause from the actor the clause follows', () => {
    expect(sides('Kenya welcomed a message from the Ugandan army, which attacked Congolese rebels.')).toContain('ASSAULT Ugandan army -> Congolese rebels');
  });

  it('leaves the source empty when a relative clause follows a noun that names no actor', () => {
    expect(sides('The Kenyan president said the men who attacked police officers would be caught.')).toEqual(['ASSAULT - -> police officers']);
  });

  it('leaves the source empty when a noun that names no actor stands before the verb', () => {
    expect(sides('After the vote in Kenya, the smaller parties condemned Uganda.')).toEqual(['ACCUSE - -> Uganda']);
  });

  it('leaves the source of a participle after a noun that opens a clause empty, but not after a verb\'s object', () => {
    expect(sides('Kenya argued that a country waging a war should be expelled.').filter((l) => l.startsWith('ASSAULT'))).toEqual([]);
    expect(sides('Kenyan students issued a statement demanding that Uganda release the activists.')).toContain('REQUEST Kenyan students -> Uganda');
  });

  it('keeps an actor that describes the subject noun as the source', () => {
    expect(sides('Some EU governments condemned the coup in Gabon.')).toContain('ACCUSE EU -> Gabon');
  });

  it('reads a noun after a preposition as a description of the subject, not the subject', () => {
    expect(sides('Teachers in the capital will walk out on Monday.')).toContain('PROTEST Teachers -> -');
  });

  it('reads a pronoun opening what a speaker says as the speaker', () => {
    expect(sides('Tanzania lifted its curbs, and Kenya said it would withdraw its complaint against Uganda.')).toContain('RETREAT Kenya -> Uganda');
  });

  it('gives the "to"-verb of a noun to the noun\'s possessor, not to a possessor further back', () => {
    expect(sides('Kenya rejected the Ugandan army\'s objections to Tanzania\'s plan to expel Somali refugees.')).toContain('SANCTION Tanzania\'s -> Somali refugees');
  });

  it('leaves the "to"-verb of a noun without a source when the noun\'s possessor names no actor', () => {
    expect(sides('Kenya rejected the Ugandan army\'s objections to the council\'s decision to expel Somali refugees.').filter((l) => l.startsWith('SANCTION'))).toEqual([]);
  });

  it('gives a verb after a comma and "and" the subject of the last finite verb, not of a "to"-verb', () => {
    expect(sides('The African Union voted to condemn Sudan\'s attempt to annex two regions of Chad, and demanded that Sudan withdraw.')).toContain('REQUEST African Union -> Sudan');
  });

  it('reads a participle after a noun with "by" as a passive whose agent is the source', () => {
    expect(sides('The ceasefire agreed by Kenya and Uganda came into force on Monday.')).toEqual(['AGREE Kenya -> Uganda']);
  });

  it('reads an accusation right before "of" as a passive: the noun before it is accused', () => {
    expect(sides('The Somali militias accused of abuses in Kismayo were disbanded.')).toEqual(['ACCUSE - -> Somali militias']);
  });

  it('gives a participle after a comma the subject of the nearest verb before it, though that verb is no event', () => {
    expect(sides('Kenya sent troops after Somali militants crossed the border on Monday, killing 12 Kenyan soldiers.')).toContain('ASSAULT Somali militants -> Kenyan soldiers');
  });

  it('reads a pronoun after a speaker that names no actor as no actor, not as the last one named', () => {
    expect(sides('Kenyan police condemned the rally. Organisers said they would march again on Friday.')).toEqual(['ACCUSE Kenyan police -> -']);
  });

  it('steps over a phrase set off by commas after the subject', () => {
    expect(sides('Kenya, a member of the African Union, vetoed the proposal.')).toEqual(['REJECT Kenya -> -']);
  });

  it('gives a verb after ", and" the subject of the main clause, not of a relative clause between', () => {
    expect(sides('The Kenyan army said it had ended drills near the border, in which Ugandan troops took part, and warned Somali militants.')).toEqual(['THREATEN Kenyan army -> Somali militants']);
  });

  it('never reads "it" as a coordinated group of the sentence before', () => {
    expect(sides('Kenya, Uganda and Tanzania signed the pact. Several smaller states declined to put their names to it.').filter((l) => l.startsWith('REJECT'))).toEqual([]);
  });

  it('gives a verb after "and" the subject of the verb before it, though that verb is no event', () => {
    expect(sides('The Kenyan president will call the Ugandan and Tanzanian leaders on Monday and urge them to reopen the border.')).toEqual(['REQUEST Kenyan president -> -']);
  });
});

describe('the sides of a noun', () => {
  it('takes the actor right after a noun pattern ending in a preposition as its other side', () => {
    expect(sides('Uganda\'s war against Somali rebels continued.')).toEqual(['ASSAULT Uganda\'s -> Somali rebels']);
  });

  it('ends the search for a noun\'s other side at a new clause or a verb', () => {
    expect(sides('Kenyan police made 20 arrests as protesters clashed with Ugandan officers.')).toContain('COERCE Kenyan police -> -');
    expect(sides('The withdrawal ends a decade of Kenyan operations in Somalia.')).toEqual([]);
  });

  it('takes no agent from a "by" past a comma or another verb', () => {
    expect(sides('The deal, brokered by Tanzania, will cover Kenyan prisoners.').filter((l) => l.startsWith('AGREE'))).toEqual([]);
  });

  it('takes no agent across words that do not describe the noun', () => {
    expect(sides('The package includes money for Kenya, Uganda and Tanzania as House fight looms.')).toEqual([]);
  });

  it('borrows the target only of a purpose clause, not of a later noun or finite verb', () => {
    expect(sides('The minister said Kenyan threats would not weaken allies\' support for Tanzania.')).toContain('THREATEN Kenyan -> -');
    expect(sides('The Kenyan president welcomed the agreement and thanked the Ugandan leader.')).toEqual(['SUPPORT Kenyan president -> -', 'SUPPORT Kenyan president -> Ugandan leader']);
    expect(sides('Students rallied in Nairobi to demand that Uganda release the activists.')).toContain('PROTEST Students -> Uganda');
  });

  it('reads the place of a meeting as its setting, not its other side', () => {
    expect(sides('Talks in Nairobi between Kenya and Uganda resumed.')).toEqual(['CONSULT Kenya -> Uganda']);
  });

  it('gives an act named by the object of a verb of performing to the subject', () => {
    expect(sides('The Kenyan president ordered a partial mobilisation.')).toEqual(['MOBILIZE Kenyan president -> -']);
  });

  it('gives an act named by the object of another verb to no one', () => {
    expect(sides('The Ugandan president described the student demonstrations as dangerous.')).toEqual([]);
  });
});

describe('noun and verb senses', () => {
  it('reads a bare "strike" noun as a labour strike only with its strikers written', () => {
    expect(sides('Kenya said the strikes were retaliation for an attack by Somali militants.').filter((l) => l.startsWith('PROTEST'))).toEqual([]);
    expect(sides('The strike by Kenyan teachers entered its third week.')).toEqual(['PROTEST Kenyan teachers -> -']);
  });

  it('reads a past participle describing a noun as no act', () => {
    expect(sides('The bridge linking Kenya to occupied Somali territory was closed.')).toEqual([]);
    expect(sides('Ugandan officials in three occupied districts of Congo met Kenyan envoys.')).toEqual(['CONSULT Ugandan officials -> Kenyan envoys']);
  });

  it('reads no word of a date as an act', () => {
    const text = 'NAIROBI, March 3 - Kenya and Uganda signed a trade pact.';
    const times = [{ start: text.indexOf('March'), end: text.indexOf(' -'), type: 'DATE' as const, value: '2023-03-03' }];
    expect(eventsOf(text, { layers: { times } }).map((e) => e.type)).toEqual(['SUPPORT']);
  });

  it('reads a reporter\'s request for comment and its refusal as no event', () => {
    expect(sides('A spokesman for the Kenyan ministry did not respond to requests for comment.')).toEqual([]);
    expect(sides('Uganda declined a request for comment on Monday.')).toEqual([]);
    expect(sides('Uganda declined to comment.')).toEqual([]);
  });

  it('still reads an act on comments, or a request to comment, as an act', () => {
    expect(sides('Kenya rejected comments by the Ugandan president on Monday.')).toContain('REJECT Kenya -> Ugandan president');
    expect(sides('Kenya criticised Uganda for comments about the border.')).toContain('ACCUSE Kenya -> Uganda');
    expect(sides('The Kenyan president asked Uganda to comment on the allegations.')).toContain('REQUEST Kenyan president -> Uganda');
  });

  it('reads "meet" with a thing as its object as no meeting', () => {
    expect(sides('The Kenyan government would meet its target, officials said.')).toEqual([]);
    expect(sides('The Kenyan plan met with fierce resistance in Uganda.')).toEqual([]);
    expect(sides('The Kenyan and Ugandan presidents met on Tuesday.')).toEqual(['CONSULT Kenyan -> Ugandan presidents']);
    expect(sides('The Kenyan and Ugandan presidents met several times last year.')).toEqual(['CONSULT Kenyan -> Ugandan presidents']);
  });

  it('reads "insisted" with a statement as no demand, and "insisted on" as one', () => {
    expect(sides('A Kenyan government spokesman insisted the president had full confidence in the minister.')).toEqual([]);
    expect(sides('Kenya insisted on the release of the detained Ugandan journalists.').filter((l) => l.startsWith('REQUEST'))).toHaveLength(1);
  });

  it('reads "face" with an actor as its object as a meeting', () => {
    expect(sides('The Kenyan foreign minister will face the Ugandan president in Arusha on Friday.')).toContain('CONSULT Kenyan foreign minister -> Ugandan president');
  });

  it('reads "face" with no actor as its object as no event', () => {
    expect(sides('The Kenyan foreign minister faces an uncertain future after the vote.')).toEqual([]);
  });
});

describe('the target of a verb', () => {
  it('takes no target from a phrase of circumstance that names no place', () => {
    expect(sides('The Kenyan president criticised Ugandan officials in a newspaper interview.')).toEqual(['ACCUSE Kenyan president -> Ugandan officials']);
    expect(sides('The Kenyan president criticised the plan in a newspaper article.')).toEqual(['ACCUSE Kenyan president -> -']);
  });

  it('reads a name after "of" inside a phrase of place as the setting, not the other side', () => {
    expect(sides('The Kenyan and Ugandan presidents met on the sidelines of the African Union summit.')).toEqual(['CONSULT Kenyan -> Ugandan presidents']);
  });

  it('keeps a name after "of" in the object itself', () => {
    expect(sides('Kenya vetoed a revision of the Ugandan budget.')).toContain('REJECT Kenya -> Ugandan');
  });

  it('ends the object at a comma and a coordinator that begin a new clause', () => {
    expect(sides('Kenya condemned the decision, and Uganda protested.')).toContain('ACCUSE Kenya -> -');
  });

  it('takes of a "that" clause only its subject as the other side', () => {
    expect(sides('Kenyan officials warned that their troops would soon run short of Ugandan fuel.')).toEqual(['THREATEN Kenyan officials -> -']);
    expect(sides('Kenyan officials warned that Ugandan troops would be expelled.')).toContain('THREATEN Kenyan officials -> Ugandan troops');
  });

  it('reads a "that" after a noun as a relative clause, not the verb\'s content', () => {
    expect(sides('Kenya lifted a curfew in Nairobi that police imposed in May.')).toContain('CONCEDE Kenya -> Nairobi');
  });

  it('ends the object at a comma and "as" that begin a new clause', () => {
    expect(sides('Kenya lifted the curfew in Nairobi, as police in Uganda arrested Kenyan traders.')).toContain('CONCEDE Kenya -> Nairobi');
  });

  it('pairs the members of a coordinated subject of a symmetric act rather than taking its object as a side', () => {
    expect(sides('Kenya and Uganda agreed a truce and the release of 20 prisoners.')).toEqual(['AGREE Kenya -> Uganda']);
  });

  it('reads a comma and a coordinator that end a list as part of the object', () => {
    expect(sides('Kenyan troops launched artillery, tank, and mortar fire against Somali gunmen.')).toContain('ASSAULT Kenyan troops -> Somali gunmen');
  });

  it('borrows no target from a relative clause that tells of another act', () => {
    expect(sides('Kenya backed a resolution that condemns Sudan.')).toContain('SUPPORT Kenya -> -');
  });
});

describe('verb phrases', () => {
  it('ends a phrase of readout\'s patterns at a verb between its words', () => {
    expect(sides('Kenya has long opposed opening talks with Uganda.').filter((l) => l.startsWith('CONSULT'))).toEqual([]);
    expect(sides('Kenya has held talks with Uganda.')).toEqual(['CONSULT Kenya -> Uganda']);
  });
});

describe('what a reader checks on fresh articles (events 1.9.0)', () => {
  it('keeps an agent noun before a verb the tagger knows as the subject, though the verb codes nothing', () => {
    expect(sides('Kenyan police used batons to disperse the protesters.')).toContain('COERCE Kenyan police -> protesters');
  });

  it('gives a "to"-verb after a verb\'s object the subject of that verb, not of the object noun', () => {
    expect(sides('Ugandan troops crossed the river to attack Somali militants.')).toEqual(['ASSAULT Ugandan troops -> Somali militants']);
  });

  it('reads officials clashing over a topic as a quarrel, not a fight', () => {
    expect(sides('Kenyan lawmakers clashed over the budget on Tuesday.')).toEqual([]);
  });

  it('still reads armed groups clashing over a prize as a fight', () => {
    expect(sides('Somali militants clashed over the control of a market.')).toEqual(['ASSAULT Somali militants -> -']);
  });

  it('reads a meeting for which no date has been set as negated, not asserted', () => {
    expect(eventsOf('No date has been agreed, and neither capital has set a date for talks between Kenya and Uganda.').map((e) => `${e.type} ${e.modality}`)).toEqual(['CONSULT negated']);
  });

  it('reads a meeting for which a date has been set as planned', () => {
    expect(eventsOf('The two capitals have set a date for talks between Kenya and Uganda.').map((e) => `${e.type} ${e.modality}`)).toContain('CONSULT planned');
  });

  it('drops a government\'s own country as the other side of its act, but not its forces', () => {
    expect(sides('The Kenyan government urged Kenya to stay calm.')).toEqual(['REQUEST Kenyan government -> -']);
    expect(sides('The Kenyan government thanked Kenya\'s armed forces.')).toEqual(['SUPPORT Kenyan government -> Kenya\'s armed forces']);
  });

  it('drops a government\'s own seat as the other side of its act', () => {
    expect(sides('The Kenyan government demanded that aid pass through Nairobi.')).toEqual(['REQUEST Kenyan government -> -']);
  });

  it('keeps a government\'s own seat as the target of its attack', () => {
    expect(sides('The Kenyan government bombed Nairobi.')).toEqual(['ASSAULT Kenyan government -> Nairobi']);
  });

  it('keeps a country named as the place of its government\'s act as the other side', () => {
    expect(sides('The Kenyan government imposed a curfew in western Kenya.')).toContain('COERCE Kenyan government -> Kenya');
  });

  it('reads a strike by armed forces as no labour strike', () => {
    expect(sides('Somali militants fled after Kenyan helicopter strikes.')).toEqual([]);
  });

  it('gives a "to"-verb the subject of the finite verb right before it, not of an earlier trigger', () => {
    expect(sides('Kenyan lawmakers protested as the cabinet moved to recognise Uganda.')).toContain('SUPPORT cabinet -> Uganda');
  });

  it('ends the object at a comma and a noun phrase that comments on the clause', () => {
    expect(sides('The rebels said they had seized the airport, a claim the Kenyan army denied.')).toContain('COERCE rebels -> -');
  });

  it('reads a lone agent word the tagger calls an adjective as a description of the act, whose agent is the subject of the verb of performing', () => {
    expect(sides('Uganda declared a general mobilisation.')).toEqual(['MOBILIZE Uganda -> -']);
  });

  it('reads a participle with "by X" set off by a comma after a noun as a passive whose agent is the source', () => {
    expect(sides('The truce, brokered by Kenya, held.')).toEqual(['CONSULT Kenya -> -']);
  });

  it('reads troops after a possessive and a number as the source\'s own, never the other side', () => {
    expect(sides('Kenya pulled out its roughly 900 troops.')).toEqual(['RETREAT Kenya -> -']);
  });

  it('ends the object at "what" after a preposition: the clause comments on the act', () => {
    expect(sides('Somali militants stormed a hotel on Sunday in what the Kenyan government called a massacre.')).toEqual(['ASSAULT Somali militants -> -']);
  });

  it('reads an arrest or a release right after a noun, with no object after it, as a passive on that noun', () => {
    expect(sides('Kenya raised the cases of Ugandan citizens detained in Somalia.')).toEqual(['COERCE - -> Ugandan citizens']);
    expect(sides('Kenyan police detained 20 protesters on Monday.')).toEqual(['COERCE Kenyan police -> protesters']);
  });

  it('reads a release followed by a number of people as active, its subject the source', () => {
    expect(sides('Ugandan rebels released about 30 prisoners near the lake.')).toEqual(['CONCEDE Ugandan rebels -> prisoners']);
  });

  it('reads a release followed by "at least" and a number as active', () => {
    expect(sides('Somali pirates released at least 12 sailors.')).toEqual(['CONCEDE Somali pirates -> sailors']);
  });

  it('reads a release after a noun followed only by a time as a passive on that noun', () => {
    expect(sides('Hostages released on Friday were flown to Nairobi.')).toEqual(['CONCEDE - -> Hostages']);
  });

  it('reads a country\'s bare name before an aid noun as its recipient, not its giver', () => {
    expect(sides('The bill brings Uganda aid to a vote.')).toEqual(['AID - -> Uganda']);
  });

  it('reads a country\'s bare name before an aid noun as its giver when a recipient follows', () => {
    expect(sides('Kenya aid to Somalia reached Mogadishu on Monday.')).toEqual(['AID Kenya -> Somalia']);
  });

  it('reads a clash over a topic with a side that does not debate as a fight', () => {
    expect(sides('Ugandan opposition activists clashed over the election with police in Kampala.')).toEqual(['ASSAULT Ugandan opposition activists -> police in Kampala']);
  });

  it('reads a clash over a topic with a side that debates too as a quarrel, no event', () => {
    expect(sides('Ugandan lawmakers clashed over the budget with the Kenyan government.')).toEqual([]);
  });

  it('reads a warning that tells of a state of affairs as no threat', () => {
    expect(sides('Kenyan officials warned that the refugee camps are running out of water.')).toEqual([]);
  });

  it('keeps a warning of what will follow as a threat', () => {
    expect(sides('Kenya warned that it was ready to fight Uganda.')).toEqual(['THREATEN Kenya -> Uganda']);
  });

  it('keeps a warning with a contracted negative modal as a threat', () => {
    expect(sides('Kenya warned that it won\'t tolerate raids by Uganda.')).toEqual(['THREATEN Kenya -> -']);
  });

  it('keeps a warning with a modal contracted onto its subject as a threat', () => {
    expect(sides('Kenya warned Uganda that it\'d retaliate.')).toEqual(['THREATEN Kenya -> Uganda']);
  });

  it('reads a warning that the warned actor faces a reprisal as a threat', () => {
    expect(sides('Kenya warned that Somali militants face a heavy price.')).toEqual(['THREATEN Kenya -> Somali militants']);
  });

  it('reads a warning that names a reprisal with no actor as its subject as no threat', () => {
    expect(sides('Kenyan officials warned that the drought carries a heavy price.')).toEqual([]);
  });

  it('ends the object at "as" before a noun phrase that describes it', () => {
    expect(sides('Kenya condemned the ruling as an insult to Uganda.')).toEqual(['ACCUSE Kenya -> -']);
  });
});

describe('stated intents and labour strikes', () => {
  it('adds no stated intent when no one is named to hold it', () => {
    expect(eventsOf('The mission is due to hand over the airport to Somali forces.').map((e) => e.type)).toEqual(['COOPERATE']);
  });

  it('reads workers a pronoun stands for, striking at no one, as a labour strike', () => {
    expect(eventsOf('The unions said they would strike again.').map((e) => e.type)).toContain('PROTEST');
    expect(eventsOf('The unions said they would strike again.').map((e) => e.type)).not.toContain('ASSAULT');
  });
});

describe('the date of a statement', () => {
  const text = 'The African Union called on both sides to show restraint and said its envoy would travel there next week.';
  const at = (words: string) => ({ start: text.indexOf(words), end: text.indexOf(words) + words.length });
  const quote = (content: string, cue: string) => ({ ...at(content), kind: 'indirect' as const, source: at('The African Union'), cue: at(cue), speaker: null, modality: 'asserted' as const });

  it('is not taken from a time inside another statement of the same speaker', () => {
    const layers = {
      times: [{ ...at('next week'), type: 'DATE' as const, value: '2022-W39' }],
      quotes: [quote('both sides to show restraint', 'called on'), quote('its envoy would travel there next week', 'said')],
    };
    const request = eventsOf(text, { layers }).find((e) => e.type === 'REQUEST');
    expect(request?.date).toBe('2022-09-21');
  });
});

describe('one-sided intents', () => {
  it('reads two countries offering together as two offers, neither to the other', () => {
    expect(sides('Uruguay and Argentina offered to send rescue teams.')).toEqual(['AGREE Uruguay -> -', 'AGREE Argentina -> -']);
  });
});

describe('acts of nature', () => {
  it('reads a weather hazard heading the subject, before a place, as no one\'s act', () => {
    expect(sides('Torrential rain in the north of Kenya has killed at least 40 people.')).toEqual([]);
  });

  it('keeps the act of a subject that only a hazard word measures', () => {
    expect(sides('A storm of Russian missiles killed 12 civilians.')).toContain('ASSAULT Russian missiles -> civilians');
  });
});

describe('a quoted "I"', () => {
  it('is the speaker of the quotation it stands in', () => {
    expect(sides('"I will not meet Macron," Putin said.')).toEqual(['CONSULT Putin -> Macron']);
  });

  it('stands for no one when the sentence names no speaker', () => {
    expect(sides('I think Russia attacked Ukraine.')).toEqual(['ASSAULT Russia -> Ukraine']);
  });
});
