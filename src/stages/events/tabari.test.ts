import { describe, expect, it } from 'vitest';
import { ReadoutError } from '../../errors.js';
import { eventsOf } from './testing.js';
import { tabariDictionary } from './tabari.js';
import { PETRARCH_COMMA_DEFAULTS } from './comma-clauses.js';

// Small invented dictionaries in the TABARI/PETRARCH text format.
const ACTORS = `
<!-- invented actors -->
VALDORIA [VLD]
+VALDORIAN
KESTREL_ISLES [KST] # a comment
VALDORIA RADIO [VLDRAD]
THE_TWIN_DUCHIES [NRD/SRD]
NORTH_MARCHES [NMWGOV]
ORLAN_MAREK
\t[VLDREB < 20100101]
\t[VLDGOV 20100101 - 20151231]
\t[VLDELI > 20160101]
`;
const AGENTS = `
!PERSON! = MAN, MEN
POLICE {} [~COP]
SOLDIER [~MIL]
OFFICIAL [~GOV]
MEDIA {} [~MED]
GOVERNMENT [~GOV]
AID_GROUP [NGO~]
MILITIA!PERSON! [~MIL]
WORLD_COUNCIL [~WGO]
`;
const VERBS = `
&TIES
+RELATIONS
+TIES

--- CONDEMN [111] ---
CONDEMN
- * ATTACK [112]

--- RESTORE [064] ---
RESTORE
- * DIPLOMATIC &TIES [0641]

--- VISIT [042:043] ---
VISIT

&COINS
+CROWNS
+SILVER_MARKS
+NORTHERN GOLD MARKS

--- PLEDGE [070] ---
PLEDGE
- * &COINS [071]
- * FOR_SHELTER [174K]
- * SHELTER [174]
- QUIETLY_* [072]
- * GRAIN SHIPMENT [0711]

--- REGRET [111] ---
REGRET
- NOTED + * [115]

--- RELEASE [066] ---
RELEASE
- + * FROM $ [0661]

--- SAID [023] ---
SAID

--- EAVESDROP [1711] ---
WIRE_TAP {WIRE_TAPPED WIRE_TAPPING}

--- WELCOME [041] ---
WELCOME

--- AGREE [081] ---
AGREE
- % * [030:030]

--- SECURE [0712] ---
SECURE

--- OUGHT [101] ---
SHOULD
`;
const DISCARDS = `
FOOTBALL MATCH
`;

const dict = (options = {}) => tabariDictionary({ actors: ACTORS, agents: AGENTS, verbs: VERBS, discards: DISCARDS }, options);
const triples = (text: string, published = '2012-06-01', options = {}) =>
  eventsOf(text, { published, dictionary: dict(options) }).map((e) => `${e.sourceActor?.code ?? '-'} ${e.targetActor?.code ?? '-'} ${e.cameo}`);

// PETRARCH's comma settings with every kind of comma clause kept, to turn one kind on at a time.
const KEEP_CLAUSES = { min: 0, max: 0, bmin: 0, bmax: 0, emin: 0, emax: 0 };

describe('TABARI/PETRARCH dictionaries', () => {
  it('codes a verb with its block code and actors with their codes', () => {
    expect(triples('Valdoria condemned Kestrel Isles.')).toEqual(['VLD KST 111']);
  });

  it('prefers a longer verb pattern with its own code', () => {
    expect(triples('Valdoria condemned the attack by Kestrel Isles.')).toEqual(['VLD KST 112']);
  });

  it('expands synsets inside patterns', () => {
    expect(triples('Valdoria restored diplomatic relations with Kestrel Isles.')).toEqual(['VLD KST 0641']);
  });

  it('matches actor words as stems unless they end in an underscore', () => {
    expect(triples('Valdorian police condemned Kestrel Isles.')).toEqual(['VLDCOP KST 111']);
  });

  it('adds agent codes after the country, or before it for "CODE~" agents', () => {
    expect(triples('Valdoria aid group condemned Kestrel Isles.')).toEqual(['NGOVLD KST 111']);
  });

  it('expands agent macros and plurals', () => {
    expect(triples('Valdorian militiamen condemned Kestrel Isles.')).toEqual(['VLDMIL KST 111']);
  });

  it('picks the actor code valid on the article date', () => {
    expect(triples('Orlan Marek condemned Kestrel Isles.', '2009-05-01')).toEqual(['VLDREB KST 111']);
    expect(triples('Orlan Marek condemned Kestrel Isles.', '2012-05-01')).toEqual(['VLDGOV KST 111']);
    expect(triples('Orlan Marek condemned Kestrel Isles.', '2017-05-01')).toEqual(['VLDELI KST 111']);
  });

  it('requires words joined by an underscore to stand next to each other', () => {
    expect(triples('Valdoria pledged for shelter to Kestrel Isles.')).toEqual(['VLD KST 174K']);
    expect(triples('Valdoria pledged for winter shelter to Kestrel Isles.')).toEqual(['VLD KST 174']);
  });

  it('requires a word joined to the verb before it to stand right before the verb', () => {
    expect(triples('Valdoria quietly pledged help to Kestrel Isles.')).toEqual(['VLD KST 072']);
    expect(triples('Valdoria quietly did pledge help to Kestrel Isles.')).toEqual(['VLD KST 070']);
  });

  it('matches every word of a multi-word synset member, not its first word alone', () => {
    expect(triples('Valdoria pledged silver marks to Kestrel Isles.')).toEqual(['VLD KST 071']);
    expect(triples('Valdoria pledged silver bars to Kestrel Isles.')).toEqual(['VLD KST 070']);
    expect(triples('Valdoria pledged northern gold marks to Kestrel Isles.')).toEqual(['VLD KST 071']);
  });

  it('codes an actor with several codes as each of them, even when its name opens with "the"', () => {
    expect(triples('Valdoria condemned the Twin Duchies.')).toEqual(['VLD NRD 111', 'VLD SRD 111']);
  });

  it('lets several words stand between open pattern words, as far as the verb phrase goes', () => {
    expect(triples('Valdoria pledged a large new winter grain shipment to Kestrel Isles.')).toEqual(['VLD KST 0711']);
  });

  it('codes a verb phrase whose first word is a noun when a later word of it is a verb', () => {
    expect(triples('Valdorian soldiers wire tapped the embassy of Kestrel Isles.')).toEqual(['VLDMIL KST 1711']);
  });

  it('reads a bare word after a negated auxiliary as a verb, whatever its tag', () => {
    expect(triples("Valdoria didn't visit Kestrel Isles.")).toEqual(['VLD KST 042', 'KST VLD 043']);
  });

  it('does not take a modal before a verb for a verb of its own', () => {
    expect(triples('Valdoria and Kestrel Isles say the dispute should be settled.')).toEqual([]);
  });

  it('codes one event per verb phrase: a "to"-verb after a dictionary verb is its content', () => {
    expect(triples('Valdoria pledged to condemn Kestrel Isles.')).toEqual(['VLD KST 070']);
  });

  it('reads a "+" before the verb as where the target is written, the subject before the pattern being the source', () => {
    expect(triples('Valdoria noted that Kestrel Isles regretted the decision.')).toEqual(['VLD KST 115']);
  });

  it('fills the side slots of a pattern on a passive verb too', () => {
    expect(triples('Kestrel Isles was released from Valdoria.')).toEqual(['VLD KST 0661']);
  });

  it('reads the word after an agent noun as its verb, not as a noun the agent describes', () => {
    expect(triples('Valdoria condemned Kestrel Isles, a senior official said.', '2012-06-01', { requireDyad: false })).toContain('---GOV - 023');
  });

  it('reads a "be" + participle verb with no "by" after it as active, its subject the source', () => {
    expect(triples('Valdoria was condemned over its quarrel with Kestrel Isles.')).toEqual(['VLD KST 111']);
  });

  it('reads a "be" + participle verb with "by" after it as passive, the "by" actor the source', () => {
    expect(triples('Valdoria was condemned on Monday by Kestrel Isles.')).toEqual(['KST VLD 111']);
  });

  it('codes no second event from an adverbial clause inside a coded verb phrase', () => {
    expect(triples('Valdoria restored ties with Kestrel Isles, years after the Twin Duchies condemned Valdoria.')).toEqual(['VLD KST 064']);
  });

  it('codes the verb of an adverbial clause when the verb before it coded nothing', () => {
    expect(triples('Valdoria hesitated for years after the Twin Duchies condemned Kestrel Isles.').sort()).toEqual(['NRD KST 111', 'SRD KST 111']);
  });

  it('drops a short closing comma clause under PETRARCH\'s default comma settings', () => {
    const sentence = 'Valdoria condemned Kestrel Isles, a senior official said.';
    expect(triples(sentence, '2012-06-01', { requireDyad: false, commaClauses: PETRARCH_COMMA_DEFAULTS })).toEqual(['VLD KST 111']);
    expect(triples(sentence, '2012-06-01', { requireDyad: false })).toContain('---GOV - 023');
  });

  it('drops a short comma clause between two commas', () => {
    const middle = { ...KEEP_CLAUSES, min: 2, max: 8 };
    expect(triples('Kestrel Isles, Valdoria said, condemned the Twin Duchies.', '2012-06-01', { commaClauses: middle })).toEqual(['KST NRD 111', 'KST SRD 111']);
  });

  it('drops an opening comma clause only when its bounds allow one', () => {
    const sentence = 'Valdoria condemned Kestrel Isles, but North Marches welcomed the Twin Duchies.';
    expect(triples(sentence)).toContain('VLD KST 111');
    expect(triples(sentence, '2012-06-01', { commaClauses: { ...KEEP_CLAUSES, bmin: 1, bmax: 6 } })).not.toContain('VLD KST 111');
  });

  it('reads no clause between the commas of a list of actors', () => {
    expect(triples('Valdoria, Kestrel Isles, and North Marches condemned the Twin Duchies.', '2012-06-01', { commaClauses: PETRARCH_COMMA_DEFAULTS })).toContain('KST NRD 111');
  });

  it('reads no clause at a comma between describing words', () => {
    expect(triples('Valdoria restored complete, full diplomatic ties with Kestrel Isles.', '2012-06-01', { commaClauses: { ...KEEP_CLAUSES, bmin: 1, bmax: 6 } })).toEqual(['VLD KST 064']);
  });

  it('reads a relative clause after an actor as part of its noun phrase, not as a comma clause', () => {
    expect(triples('Kestrel Isles condemned Valdoria, which restored diplomatic ties with North Marches.', '2012-06-01', { commaClauses: PETRARCH_COMMA_DEFAULTS })).toContain('VLD NMWGOV 0641');
  });

  it('reads an underscore between two words of the text as joining them, as in the dictionaries', () => {
    expect(triples('Valdoria condemned Kestrel_Isles.')).toEqual(['VLD KST 111']);
  });

  it('takes no pronoun before a verb as the other side: it is the subject of its own clause', () => {
    expect(triples('Valdoria condemned, it seems, Kestrel Isles.')).toEqual(['VLD KST 111']);
  });

  it('spreads coordinated head nouns over the countries listed after the last one\'s "in"', () => {
    expect(triples('Soldiers and officials in Valdoria and Kestrel Isles condemned North Marches.').sort()).toEqual(['KSTGOV NMWGOV 111', 'KSTMIL NMWGOV 111', 'VLDGOV NMWGOV 111', 'VLDMIL NMWGOV 111']);
  });

  it('codes an uncoded noun phrase by its words when new actors of its length are allowed', () => {
    expect(triples('The harbour guild condemned Valdoria.')).toEqual([]);
    expect(triples('The harbour guild condemned Valdoria.', '2012-06-01', { newActorLength: 3 })).toEqual(['"THE HARBOUR GUILD" VLD 111']);
  });

  it('makes no new actor of a noun phrase longer than the allowed length', () => {
    expect(triples('The old harbour guild condemned Valdoria.', '2012-06-01', { newActorLength: 3 })).toEqual([]);
  });

  it('lets describing words stand between the space-separated words of an actor phrase, not the "_"-joined ones', () => {
    expect(triples('Valdoria state-run radio condemned Kestrel Isles.')).toEqual(['VLDRAD KST 111']);
    expect(triples('Kestrel Isles condemned Kestrel green Isles.')).toEqual([]);
  });

  it('never codes an actor acting on itself', () => {
    expect(triples('Valdoria welcomed ties between Kestrel Isles and Valdoria.')).toEqual(['VLD KST 041']);
  });

  it('lets a country before the first of coordinated nouns describe the others', () => {
    expect(triples('Valdorian media and government condemned Kestrel Isles.')).toEqual(['VLDMED KST 111', 'VLDGOV KST 111']);
  });

  it('reads a compound subject through a bracketed short form', () => {
    expect(triples('Valdoria and the Kestrel Isles (KI) agree.').sort()).toEqual(['KST VLD 030', 'VLD KST 030']);
  });

  it('codes former office holders as elites', () => {
    expect(triples('Former Valdorian officials condemned Kestrel Isles.')).toEqual(['VLDELI KST 111']);
  });

  it('repeats no agent code the actor code holds, reading codes in three-letter parts', () => {
    expect(triples('North Marches officials condemned Kestrel Isles.')).toEqual(['NMWGOV KST 111']);
    expect(triples('North Marches world council condemned Kestrel Isles.')).toEqual(['NMWGOVWGO KST 111']);
  });

  it('keeps describing words joined by "and" inside the noun phrase of a possessor', () => {
    expect(triples("Valdoria's old and weary soldiers condemned Kestrel Isles.")).toEqual(['VLDMIL KST 111']);
  });

  it('reads a word after "very" as a description, not a verb', () => {
    expect(triples('Valdoria felt very secure near Kestrel Isles.')).toEqual([]);
  });

  it('keeps the event a speech verb of the dictionary reports', () => {
    expect(triples('Valdoria said that Kestrel Isles condemned the Twin Duchies.')).toContain('KST NRD 111');
  });

  it('codes the reciprocal code for the other side of a "[042:043]" verb', () => {
    expect(triples('Valdoria visited Kestrel Isles.').sort()).toEqual(['KST VLD 043', 'VLD KST 042']);
  });

  it('codes a compound actor with no other side both ways', () => {
    expect(triples('Valdoria and Kestrel Isles restored diplomatic ties.').sort()).toEqual(['KST VLD 0641', 'VLD KST 0641']);
  });

  it('drops one-sided events when a dyad is required, and keeps them otherwise', () => {
    expect(triples('Valdoria condemned the decision.')).toEqual([]);
    expect(triples('Valdoria condemned the decision.', '2012-06-01', { requireDyad: false })).toEqual(['VLD - 111']);
  });

  it('discards sentences with a discard phrase', () => {
    expect(triples('Valdoria condemned Kestrel Isles after the football match.')).toEqual([]);
  });

  it('refuses a dictionary without verb patterns', () => {
    expect(() => tabariDictionary({ actors: ACTORS })).toThrow(ReadoutError);
  });
});
