// Which act a verb or noun names: acts the patterns lacked (a border closed, a boat rammed), and a type read from the
// object or the sides ("banned exports" a sanction, "banned a party" coercion). Found on eval/events/fresh3 .. fresh6.
import { describe, expect, it } from 'vitest';
import { eventsOf, read, sides } from './testing.js';

describe('a type read from the object', () => {
  it('reads a ban on a country\'s exports as a sanction against it', () => {
    expect(sides('Japan banned exports of microchips to Korea.')).toEqual(['SANCTION Japan -> Korea']);
  });

  it('reads a ban on imports from a country as a sanction against it', () => {
    expect(sides('Japan banned imports of seafood from China.')).toEqual(['SANCTION Japan -> China']);
  });

  it('keeps a ban on a party as coercion', () => {
    expect(sides('The government banned the opposition party.')).toEqual(['COERCE government -> opposition party']);
  });

  it('reads blocking a highway as a protest, blocking a bill as a rejection', () => {
    expect(sides('Farmers blocked motorways on Monday.')).toEqual(['PROTEST Farmers -> -']);
    expect(sides('The senators blocked the bill.')).toEqual(['REJECT senators -> -']);
  });

  it('reads a release of money as aid, a release of people as a concession', () => {
    expect(sides('The World Bank released $2 billion in loans to Kenya.')).toEqual(['AID World Bank -> Kenya']);
    expect(sides('Police released two journalists on Friday.')).toEqual(['CONCEDE Police -> journalists']);
  });

  it('reads medical teams and relief sent to a place as aid', () => {
    expect(sides('Tanzania sent medical teams to the flooded districts.')).toEqual(['AID Tanzania -> -']);
    expect(sides('Egypt dispatched 50 trucks of food to the refugees.')).toEqual(['AID Egypt -> refugees']);
  });
});

describe('acts at sea and in the street', () => {
  it('reads a boat blocked by ships as coerced, not vetoed', () => {
    expect(sides('The fishing boat was heading home when it was blocked by three Chinese ships.').map((l) => l.split(' ')[0])).toEqual(['COERCE']);
  });

  it('reads police blocking a march as coercion, a country blocking a bill as a rejection', () => {
    expect(sides('Police blocked the march.')).toEqual(['COERCE Police -> -']);
    expect(sides('Kenya blocked the resolution.')).toEqual(['REJECT Kenya -> -']);
  });

  it('reads an expelled boat as driven off, an expelled ambassador as a sanction', () => {
    expect(sides('The coast guard of Malaysia expelled the Vietnamese boat.').map((l) => l.split(' ')[0])).toEqual(['COERCE']);
    expect(sides('Kenya expelled the Ugandan ambassador.').map((l) => l.split(' ')[0])).toEqual(['SANCTION']);
  });

  it('reads an expelled attaché for air matters as a diplomat sent home, not a craft driven off', () => {
    expect(sides('Kenya expelled the Ugandan air attaché.').map((l) => l.split(' ')[0])).toEqual(['SANCTION']);
  });

  it('reads an expelled tanker as driven off', () => {
    expect(sides('The navy of Oman expelled the Iranian tanker.').map((l) => l.split(' ')[0])).toEqual(['COERCE']);
  });

  it('reads a ship boarded by armed men as coercion by them, with the ship\'s country as target', () => {
    expect(sides('Iranian commandos boarded a British tanker in the Gulf.')).toEqual(['COERCE Iranian -> British']);
  });

  it('does not read boarding a plane as an act', () => {
    expect(sides('The minister boarded a plane to Paris.')).toEqual([]);
  });
});

describe('a phrase around its object', () => {
  it('reads diplomats declared persona non grata as expelled, the object standing inside the phrase', () => {
    expect(sides('Chile declared three officials of the Peruvian embassy in Santiago persona non grata.').map((l) => l.split(' -> ')[0])).toEqual(['SANCTION Chile']);
  });
});

describe('acts the patterns lacked', () => {
  it('reads closing a border with a neighbour as a sanction on it', () => {
    expect(sides('Kenya closed its border with Somalia on Monday.')).toEqual(['SANCTION Kenya -> Somalia']);
  });

  it('reads an order to close the crossings as the same sanction', () => {
    expect(sides('The minister ordered the border crossings closed.')).toEqual(['SANCTION minister -> -']);
  });

  it('reads returning fire as gunfire', () => {
    expect(sides('Ugandan troops returned fire.')).toEqual(['ASSAULT Ugandan troops -> -']);
  });

  it('reads repelling an attack as force', () => {
    expect(sides('Soldiers repelled an attack on Monday.')).toEqual(['ASSAULT Soldiers -> -']);
  });

  it('reads water cannon used on a crowd as violent repression, with its purpose as content', () => {
    expect(sides('Police used water cannon to disperse the students.')).toEqual(['ASSAULT Police -> students']);
  });

  it('reads freeing captives as a release, the captives being the other side', () => {
    expect(sides('Hamas freed three hostages on Sunday.')).toEqual(['CONCEDE Hamas -> hostages']);
  });

  it('reads freeing people from no captivity as no release', () => {
    expect(sides('Firefighters freed three people trapped in the car.')).toEqual([]);
  });
});

describe('words of maritime incidents', () => {
  it('reads ramming a boat as an assault', () => {
    expect(sides('A Chinese coast guard ship rammed a Japanese patrol boat.')).toEqual(['ASSAULT Chinese coast guard -> Japanese']);
  });

  it('reads freeing a ship\'s crew as a release', () => {
    expect(eventsOf('The rebels freed the crew of the cargo ship on Tuesday.').map((e) => e.type)).toEqual(['CONCEDE']);
  });
});

describe('a baton charge', () => {
  it('reads police charging a crowd with truncheons as force', () => {
    expect(read('Riot police charged the demonstrators with truncheons near the square.')).toEqual(['ASSAULT Riot police -> demonstrators']);
  });

  it('still reads a charge with a crime as an accusation', () => {
    expect(read('Prosecutors charged the mayor with fraud.')).toEqual(['ACCUSE Prosecutors -> mayor']);
  });
});

describe('a way blocked by a state\'s forces', () => {
  it('reads warships blocking a port as a restriction of movement', () => {
    expect(read('Two warships blocked the port on Friday.')).toEqual(['COERCE warships -> -']);
  });

  it('still reads farmers blocking roads as a protest', () => {
    expect(read('Farmers blocked roads near the border.')).toEqual(['PROTEST Farmers -> -']);
  });
});

describe('easing a measure against someone', () => {
  it('reads suspending arrest warrants as a concession', () => {
    expect(read('Bogota said it would suspend arrest warrants against ten rebel commanders.')).toEqual(['CONCEDE Bogota -> rebel commanders', 'AGREE Bogota -> rebel commanders']);
  });

  it('still reads suspending broadcasts as a sanction', () => {
    expect(read('The regulator suspended the broadcasts of two stations.')).toEqual(['SANCTION regulator -> -']);
  });
});
