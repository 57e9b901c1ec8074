import { describe, expect, it } from 'vitest';
import { findMentions, mentionsStage } from './mentions.js';
import { CONTEXT, docThrough } from '../../../test/helpers/docs.js';
import type { Mention } from './types.js';

/** Mentions of an invented text, with the text each shows. */
function mentionsOf(text: string, published: string | null = null): Array<Mention & { text: string }> {
  return findMentions(docThrough('pos', text, published), CONTEXT).map((m) => ({ ...m, text: text.slice(m.start, m.end) }));
}

function find(text: string, surface: string, published: string | null = null): (Mention & { text: string }) | undefined {
  return mentionsOf(text, published).find((m) => m.text === surface);
}

describe('mentions', () => {
  it('runs after the part-of-speech stage', () => {
    expect(mentionsStage.requires).toContain('pos');
  });

  it('reads no name in a sentence-opening word the tagger takes for a verb or an adjective', () => {
    const names = mentionsOf('Exhausted, the climbers rested near the summit. Frantic, the organisers called the venue.').filter((m) => m.kind === 'name');
    expect(names).toEqual([]);
  });

  it.each([
    ["Norway's fisheries ministry said the quota would fall.", "Norway's fisheries ministry"],
    ['The Danish defence ministry said the ship had left.', 'The Danish defence ministry'],
  ])('reads a body of a state with its describing words as one organisation in "%s"', (text, body) => {
    expect(find(text, body)).toMatchObject({ type: 'ORG', kind: 'nominal', head: 'ministry' });
  });

  it('reads a city name after an article as another place of that name, not the city', () => {
    expect(find('Barges waited on the Dnipro for a week.', 'Dnipro')).toMatchObject({ type: 'LOC' });
    expect(find('Barges waited on the Dnipro for a week.', 'Dnipro')?.country).toBeUndefined();
  });

  it('still reads a city name describing the noun after its article as the city', () => {
    expect(find('Officials of the Dnipro city council resigned.', 'Dnipro')).toMatchObject({ type: 'GPE', country: 'UKR' });
  });

  it('reads an unknown word before a continent as an organisation branch, not a person', () => {
    expect(find('A spokesman for Metalworks Europe said the tariffs were overdue.', 'Metalworks Europe')).toMatchObject({ type: 'ORG' });
  });

  it('still reads an unknown word before a town as a person', () => {
    expect(find('Valeska Paris said the book was finished.', 'Valeska Paris')).toMatchObject({ type: 'PERSON' });
  });

  it.each(['Spokesman He Yadong said the talks would go on.', 'Prosecutors said that He Jiankui broke the law.'])(
    'reads a capitalised "He" inside a sentence before a name as the surname opening it in "%s"', (text) => {
      expect(mentionsOf(text).find((m) => m.text.startsWith('He '))).toMatchObject({ type: 'PERSON', kind: 'name' });
    });

  it('reads an unknown name an organisation noun describes across a comma as an organisation', () => {
    expect(find('The Tidewater Watch, a group that tracks spills, blamed the port.', 'Tidewater Watch')).toMatchObject({ type: 'ORG' });
  });

  it('keeps a sentence-opening common word as a name when an organisation noun describes it across a comma', () => {
    expect(find('Unison, the country\'s largest public sector union, warned of strikes.', 'Unison')).toMatchObject({ type: 'ORG' });
  });

  it.each(['Prices, the central bank said, will keep rising.', 'Zubair Ahmadzai, the ministry said, was arrested.'])(
    'reads no organisation apposition in an attribution between commas in "%s"', (text) => {
      expect(mentionsOf(text).filter((m) => m.type === 'ORG' && m.kind === 'name')).toEqual([]);
    });

  it('reads a part of a continent after a place preposition as no organisation', () => {
    expect(mentionsOf('Aid reached villages in Francophone Africa on Monday.').filter((m) => m.type === 'ORG')).toEqual([]);
  });

  it('ends a sentence at "Brig." when a sentence opener follows', () => {
    expect(find('The train left from Brig. It reached Milan at noon.', 'Brig. It')).toBeUndefined();
  });

  it('reads a brigadier\'s abbreviated rank as part of the name it leads', () => {
    expect(find("The army's spokesman, Brig. Omar Haddad, said the town was calm.", 'Brig. Omar Haddad')).toMatchObject({ type: 'PERSON', kind: 'name' });
  });

  it('reads no body after a possessive that names a person', () => {
    expect(mentionsOf("Mr Hale's campaign office said the rally was cancelled.").filter((m) => m.type === 'ORG')).toEqual([]);
  });

  it('reads the capital of a wire dateline as the place, not its government', () => {
    const all = mentionsOf('OSLO, 14 March 2023 - Norway and Denmark agreed to talk. Oslo said the talks would be frank.');
    expect(all.find((m) => m.text === 'OSLO')?.metonymFor).toBeUndefined();
    expect(all.find((m) => m.text === 'Oslo')?.metonymFor).toBe('NOR');
  });

  it('reads an unknown name after a town and a comma as a place', () => {
    expect(find('Fighting was reported in Tarsk, Zembla, on Monday.', 'Zembla')).toMatchObject({ type: 'GPE' });
  });

  it('reads an unknown name of several words after a country and a comma as no place', () => {
    expect(find('The envoy for Syria, Ansgar Tovmo, is due to brief the council.', 'Ansgar Tovmo')).toMatchObject({ type: 'PERSON' });
  });

  it('reads no name in a capitalised adverb inside a sentence', () => {
    expect(find('The council voted, Naturally, against the plan.', 'Naturally')).toBeUndefined();
  });

  it('reads no person in plain capitalised words when the tagger takes one for a common noun', () => {
    expect(find('Cheerful Shopkeepers share tips.', 'Cheerful Shopkeepers')).toMatchObject({ type: 'OTHER' });
  });

  it('keeps a sentence-opening word from the common-word list in a name the tagger reads as proper nouns', () => {
    expect(find('Will Ferrell starred in the film.', 'Will Ferrell')).toMatchObject({ type: 'PERSON', kind: 'name' });
  });

  it('keeps an honorific as part of the person name it opens', () => {
    const m = find('The talks ended when Mr Cleverly left the room.', 'Mr Cleverly');
    expect(m).toMatchObject({ type: 'PERSON', kind: 'name', agreement: 'male' });
  });

  it('reads a surname that looks like an adverb as a name when the document names the person', () => {
    expect(find('James Cleverly flew to Kyiv. Cleverly then met officials.', 'Cleverly')).toMatchObject({ type: 'PERSON' });
  });

  it('reads a maker with a model designator as a product, not an organisation', () => {
    const all = mentionsOf('The airline ordered ten Airbus A380 jets and twelve Boeing 787 aircraft.');
    expect(all.filter((m) => m.kind === 'name').map((m) => m.text)).toEqual([]);
  });

  it('types a given name that the text also uses as a common word by the cue word after it', () => {
    expect(find('The show brings modern art to town. The Art Society meets on Monday.', 'Art Society')).toMatchObject({ type: 'ORG' });
  });

  it('types what a person is "of" as an organisation', () => {
    expect(find('The seat went to Ivy Lam of Harbour Voice after a recount.', 'Harbour Voice')).toMatchObject({ type: 'ORG' });
  });

  it('lets a repetition typed by its context outvote repetitions typed by shape alone', () => {
    const text = 'Wong Lam of Civic Passion spoke. Members of Civic Passion cheered, and Civic Passion won two seats.';
    expect(mentionsOf(text).filter((m) => m.text === 'Civic Passion').map((m) => m.type)).toEqual(['ORG', 'ORG', 'ORG']);
  });

  it('keeps a place inside a longer place name from being a mention of its own', () => {
    const all = mentionsOf('The tour went on to New South Wales and Washington D.C. last year.');
    expect(all.map((m) => m.text)).toEqual(['New South Wales', 'Washington D.C.']);
  });

  it('reads a compass point after a known place as part of its name', () => {
    expect(find('Voters in Kowloon West backed him.', 'Kowloon West')).toMatchObject({ type: 'GPE' });
  });

  it('does not take a country code marking a currency for the country', () => {
    expect(mentionsOf('The flag vote cost NZ $ 26 million, about 17 US dollars a head.').filter((m) => m.kind === 'name')).toEqual([]);
  });

  it('reads a plural after an article as a product when the text also uses its singular', () => {
    const text = 'He shot a Polaroid every day. The Polaroids were later sold.';
    expect(find(text, 'Polaroids')?.type).not.toBe('ORG');
  });

  it('drops a lone cue word opening a sentence when the text also writes it in lower case', () => {
    expect(find('The university lent the prints. University exhibits draw crowds.', 'University')).toBeUndefined();
  });

  it('reads a given name after a noun for a person as a person, whatever its last word', () => {
    expect(find('The talk was given by professor Marc Lamont Hill on Friday.', 'Marc Lamont Hill')).toMatchObject({ type: 'PERSON' });
  });

  it('keeps no guessed names from a title-cased headline', () => {
    const text = 'Ferrovia Nova Signs Deal With Dutch Rail Giant Over Freight Links\n\nThe deal was signed in Lisbon on Monday.';
    expect(mentionsOf(text).filter((m) => m.kind === 'name').map((m) => m.text)).toEqual(['Lisbon']);
  });

  it('drops a sentence-opening adverb that names nothing', () => {
    expect(find('Quietly, the delegates left the hall.', 'Quietly')).toBeUndefined();
  });

  it('splits a lower-case title from the name it introduces', () => {
    const all = mentionsOf('She met prime minister Denys Shmyal in the capital.');
    expect(all.find((m) => m.text === 'prime minister')).toMatchObject({ kind: 'title', role: 'prime minister' });
    expect(all.find((m) => m.text === 'Denys Shmyal')).toMatchObject({ kind: 'name', type: 'PERSON' });
  });

  it('reads a cabinet portfolio before "secretary" as part of the title, not a name', () => {
    const all = mentionsOf('US Commerce Secretary Ann Zorbin said the talks were close.');
    expect(all.find((m) => m.text === 'US Commerce Secretary')).toMatchObject({ kind: 'title', of: 'USA' });
    expect(all.find((m) => m.text.includes('Commerce') && m.kind === 'name')).toBeUndefined();
  });

  it('reads capitalised words before "Minister" and a name as the portfolio of an office no list holds', () => {
    const all = mentionsOf('Fisheries and Harbours Minister Tomas Reinholt said the quotas would stay.');
    expect(all.find((m) => m.text === 'Harbours Minister')).toMatchObject({ kind: 'title', role: 'harbours minister' });
    expect(all.find((m) => m.text === 'Harbours' && m.kind === 'name')).toBeUndefined();
  });

  it('takes no sentence opener, acronym or organisation name before "Secretary" into the title', () => {
    const all = mentionsOf('While Secretary Ann Zorbin spoke, the NYPD Commissioner Tom Reyes and Harbour Office Secretary Li Wen listened.');
    expect(all.filter((m) => m.kind === 'title' && /While|NYPD|Office/.test(m.text))).toEqual([]);
  });

  it('reads "police" after "to" as a verb, not a group of people, when the tagger does', () => {
    expect(mentionsOf('The rules give regulators powers to police large platforms.').filter((m) => m.text === 'police')).toEqual([]);
  });

  it('reads a dateline place of two words in capitals as one place, and the word after the dateline as a sentence opener', () => {
    const all = mentionsOf('PORTO VELHO, Brazil (Wire) — Torrential rain flooded the river port.');
    expect(all.find((m) => m.text === 'PORTO VELHO')).toMatchObject({ type: 'GPE', kind: 'name' });
    expect(all.filter((m) => m.text === 'Torrential' || m.text === 'PORTO' || m.text === 'VELHO')).toEqual([]);
  });

  it('takes no abbreviated month for a name', () => {
    expect(mentionsOf('WASHINGTON, Sept. 19 (Wire) — The talks ended.').filter((m) => m.text === 'Sept.')).toEqual([]);
  });

  it('takes no weekday before "Minister" into the title', () => {
    const all = mentionsOf('On Tuesday Minister Tomas Reinholt said the quotas would stay.');
    expect(all.filter((m) => m.text.includes('Tuesday'))).toEqual([]);
  });

  it('gives a title the country its nationality word names, and the offices it may be', () => {
    const m = find('Earlier, the Russian president announced a mobilisation.', 'the Russian president');
    expect(m).toMatchObject({ kind: 'title', of: 'RUS' });
    expect(m?.offices).toContain('RUS.head_of_state');
  });

  it('marks the nationality inside a title as a mention of its own', () => {
    expect(find('Earlier, the Russian president spoke.', 'Russian')).toMatchObject({ type: 'NORP', kind: 'demonym', kbId: 'RUS' });
  });

  it('marks a capital used as an actor as standing for its government', () => {
    expect(find('Analysts say Moscow intends to rig the count.', 'Moscow')).toMatchObject({ type: 'GPE', metonymFor: 'RUS' });
  });

  it('keeps a capital after a place preposition a place', () => {
    expect(find('The delegates met in Moscow on Monday.', 'Moscow')?.metonymFor).toBeUndefined();
  });

  it('includes the article in a seat of government and marks what it stands for', () => {
    expect(find('Officials said the Kremlin rejected the plan.', 'the Kremlin')).toMatchObject({ type: 'ORG', metonymFor: 'RUS' });
  });

  it('does not take a capitalised sentence opener for a name', () => {
    const all = mentionsOf('However, Ukraine rejected the offer.');
    expect(all.map((m) => m.text)).toEqual(['Ukraine']);
  });

  it('types an unknown name by its organisation cue word', () => {
    expect(find('Officials of the Zorbian Fisheries Ministry declined to comment.', 'Zorbian Fisheries Ministry')).toMatchObject({ type: 'ORG' });
  });

  it('types an unknown name by its place cue word', () => {
    expect(find('Boats sailed up the Velka River at dawn.', 'Velka River')).toMatchObject({ type: 'LOC' });
  });

  it('types an unknown two-word name with a known given name as a person of that gender', () => {
    expect(find('The report was written by Olena Marchuk last year.', 'Olena Marchuk')).toMatchObject({ type: 'PERSON', agreement: 'female' });
  });

  it('marks third-person pronouns with their gender', () => {
    expect(find('The minister said she would resign.', 'she')).toMatchObject({ kind: 'pronoun', agreement: 'female' });
  });

  it('keeps only the nationality in front of a hyphenated modifier', () => {
    expect(find('Ballots were counted in Russian-held districts.', 'Russian')).toMatchObject({ type: 'NORP' });
  });

  it('leaves the possessive out of a name', () => {
    expect(find('Russia’s invasion continued.', 'Russia')).toMatchObject({ type: 'GPE', kbId: 'RUS' });
  });

  it('splits a capitalised title inside a run from the name after it', () => {
    // "House Speaker" is a knowledge-base title (the US House's Speaker), so the whole of it is the title.
    const all = mentionsOf('The bill passed before House Speaker Tom Zorbin spoke.');
    expect(all.find((m) => m.text === 'House Speaker')).toMatchObject({ kind: 'title' });
    expect(all.find((m) => m.text === 'Tom Zorbin')).toMatchObject({ type: 'PERSON' });
  });

  it('keeps a cue-typed organisation whole and marks the country inside it as a mention of its own', () => {
    const all = mentionsOf('Passengers flew with China Zorbian Airlines last week.');
    expect(all.find((m) => m.text === 'China Zorbian Airlines')).toMatchObject({ type: 'ORG' });
    expect(all.find((m) => m.text === 'China')).toMatchObject({ type: 'GPE', kbId: 'CHN' });
  });

  it('reads countries as teams in a sports report', () => {
    const text = 'Sweden beat Panama 2 – 0 in the match. Panama scored no goal; Sweden won 1 – 0 earlier. The goalkeeper saved a penalty after the referee checked.';
    expect(find(text, 'Sweden')).toMatchObject({ type: 'ORG' });
  });

  it('does not take a unit glued to a number for a name', () => {
    expect(find('The player holds 60GB of music.', 'GB')).toBeUndefined();
  });

  it('marks "this country" as a place nominal with its head noun', () => {
    expect(find('Floods hit the coast, and this country has no plan.', 'this country')).toMatchObject({ type: 'GPE', kind: 'nominal', head: 'country' });
  });

  it('marks "this town" as a place nominal with its head noun', () => {
    expect(find('Floods cut the roads, and this town has no clinic.', 'this town')).toMatchObject({ type: 'GPE', kind: 'nominal', head: 'town' });
  });

  it('marks no country nominal where the noun goes on into a longer phrase', () => {
    expect(find('The country music festival opened.', 'The country')).toBeUndefined();
  });

  it('marks a definite organisation nominal with its head noun', () => {
    expect(find('The council met on Tuesday and the council said nothing.', 'the council')).toMatchObject({ kind: 'nominal', head: 'council' });
  });
  it('reads an unknown name after "the town of" as a place', () => {
    expect(find('Shells fell near the town of Brelkova overnight.', 'Brelkova')).toMatchObject({ type: 'GPE' });
  });

  it('reads an unknown name after a place and a comma as a place', () => {
    expect(find('The school stands in Tarvena, Osmiria, on a hill.', 'Osmiria')).toMatchObject({ type: 'GPE' });
  });

  it('reads an unknown name before a comma and a known country as a place', () => {
    expect(find('The plant moved to Kellerby, Canada.', 'Kellerby')).toMatchObject({ type: 'GPE' });
  });

  it('does not read a name before a country that starts a clause as a place', () => {
    expect(find('The award went to Dario Velasquez, Panama coach, after the match.', 'Dario Velasquez')).toMatchObject({ kind: 'name' });
    expect(find('The award went to Dario Velasquez, Panama coach, after the match.', 'Dario Velasquez')?.type).not.toBe('GPE');
  });

  it('reads a lone unknown name right after "said" as the speaker', () => {
    expect(find('"We will rebuild," said Okafor.', 'Okafor')).toMatchObject({ type: 'PERSON' });
  });

  it('reads an unknown name after a media noun as an organisation', () => {
    expect(find('The weekly magazine Veltro printed the letter.', 'Veltro')).toMatchObject({ type: 'ORG' });
  });

  it('reads an unknown word and a country as one organisation, not the country', () => {
    const all = mentionsOf('Passengers flew with Garuda Indonesia last week.');
    expect(all.find((m) => m.text === 'Garuda Indonesia')).toMatchObject({ type: 'ORG' });
  });

  it('reads a known place and one unknown word as one organisation', () => {
    expect(find('The report ran in the Toronto Courier on Friday.', 'Toronto Courier')).toMatchObject({ type: 'ORG' });
  });

  it('drops a sentence-opening word the text also writes in lower case from the front of a name', () => {
    const all = mentionsOf('The parade was successful. Successful Zorbians cheered at the gate.');
    expect(all.find((m) => m.text.startsWith('Successful'))).toBeUndefined();
  });
  it('reads a name ending in "Center" or "Hospital" as a place, a facility, not an organisation', () => {
    expect(find('Delegates gathered at the Velmont Convention Center on Sunday.', 'Velmont Convention Center')).toMatchObject({ type: 'LOC' });
    expect(find('She was taken to Harwick General Hospital with burns.', 'Harwick General Hospital')).toMatchObject({ type: 'LOC' });
  });
  it('marks a plural noun for people with no article as a group, with its modifiers', () => {
    expect(find('After the vote, elderly local residents blocked the road.', 'elderly local residents')).toMatchObject({ kind: 'nominal', agreement: 'plural', head: 'residents' });
  });

  it('takes a nationality right before a plural noun for people into the group phrase', () => {
    expect(find('Estonian officials denied the claim.', 'Estonian officials')).toMatchObject({ kind: 'nominal', agreement: 'plural' });
  });

  it('does not take a participle before a plural noun for people into the group phrase', () => {
    expect(find('The law is encouraging citizens to vote.', 'citizens')).toMatchObject({ kind: 'nominal', agreement: 'plural' });
  });
  it('keeps a sentence-opening word in a name when the text capitalises it mid-sentence too', () => {
    const text = 'Space Shuttle Arion landed. Crowds saw the Space Shuttle Arion and space fans cheered.';
    expect(mentionsOf(text)[0]?.text).toBe('Space Shuttle Arion');
  });
  it('reads an unknown name followed by an age in commas as a person', () => {
    expect(find('The store owned by Taviri, 52, burned down.', 'Taviri')).toMatchObject({ type: 'PERSON' });
  });

  it('reads an unknown name followed by ", who" as a person', () => {
    expect(find('The award went to Bellamy Okoro, who thanked the jury.', 'Bellamy Okoro')).toMatchObject({ type: 'PERSON' });
  });
  it("reads a maker with a possessive before a model number as the maker", () => {
    expect(find("The order went to Zorbair's 737 rival.", 'Zorbair')).toBeDefined();
  });
  it('marks a person the text names inside a longer name of something else', () => {
    const all = mentionsOf('Mary Adebayo founded a charity. The Mary Adebayo Trust gives grants.');
    expect(all.filter((m) => m.text === 'Mary Adebayo').map((m) => m.type)).toEqual(['PERSON', 'PERSON']);
  });

  it('keeps a person whose given name the text uses alone a person', () => {
    expect(find('Ngozi Adebayo founded a charity. Ngozi said it grew.', 'Ngozi Adebayo')).toMatchObject({ type: 'PERSON' });
  });

  it('does not take a name typed by its shape alone for a person inside longer names', () => {
    const all = mentionsOf('Space Probe flew. The Space Probe Program ended.');
    expect(all.filter((m) => m.text === 'Space Probe' && m.start > 20)).toEqual([]);
  });
  it('reads initials before an unknown capitalised word as a person', () => {
    expect(find('The deal was signed by K.C. Maurby on Monday.', 'K.C. Maurby')).toMatchObject({ type: 'PERSON' });
  });

  it.each([
    ['Critics accused the ruling Harrow Spring party of stalling.', 'Harrow Spring'],
    ['Polls favour the far-right Freedom for Valdoria party.', 'Freedom for Valdoria'],
    ['Voters deserted the Order and Renewal movement.', 'Order and Renewal'],
    ['The Green Dawn party won four seats.', 'Green Dawn'],
  ])('reads the capitalised words before "party" or "movement" in "%s" as one organisation', (text, name) => {
    expect(find(text, name)).toMatchObject({ type: 'ORG', kind: 'name' });
  });

  it('reads a name whose word before "on" heads organisations as an organisation', () => {
    expect(find('The Regional Authority on Fisheries set new quotas.', 'Regional Authority on Fisheries')).toMatchObject({ type: 'ORG', kind: 'name' });
  });

  it('keeps a known country after "of the" inside an organisation name whose head ends such names', () => {
    expect(find('The Armed Forces of the Philippines said two boats were seized.', 'Armed Forces of the Philippines')).toMatchObject({ type: 'ORG', kind: 'name' });
  });

  it.each([
    ['Boats gathered near the Second Thomas Shoal.', 'Second Thomas Shoal'],
    ['Tourists visited Victoria Falls.', 'Victoria Falls'],
  ])('reads a run ending in a natural feature as a place, not a person, in "%s"', (text, name) => {
    expect(find(text, name)).toMatchObject({ type: 'LOC', kind: 'name' });
  });

  it('reads a hyphenated place name with capitals after the hyphens as one name', () => {
    expect(find('Cholera spread in Port-au-Prince.', 'Port-au-Prince')).toMatchObject({ kind: 'name' });
  });

  it('reads a known organisation opening a sentence with a word for people as the organisation', () => {
    expect(find('Doctors Without Borders said its clinic was hit.', 'Doctors Without Borders')).toMatchObject({ type: 'ORG', kind: 'name' });
  });
});


describe('mentions: names of fresh news', () => {
  it.each([
    ['Monitors from the Northern Forum for Trade and Energy in Asia (NFTEA) met on Friday.', 'Northern Forum for Trade and Energy in Asia', 'NFTEA'],
    ['Staff of the UN Bureau for Coastal Resilience (BCR) left the port.', 'UN Bureau for Coastal Resilience', 'BCR'],
  ])('reads the words an acronym in brackets spells as one organisation, and the acronym as the same, in "%s"', (text, long, acronym) => {
    expect(find(text, long)).toMatchObject({ type: 'ORG', kind: 'name' });
    expect(find(text, acronym)).toMatchObject({ type: 'ORG', kind: 'name' });
  });

  it.each([
    ['Shelling hit the Varkona region overnight.', 'Varkona', 'GPE'],
    ['Floods cut roads in Tamsar and Veloria provinces.', 'Tamsar', 'GPE'],
    ['Floods cut roads in Tamsar and Veloria provinces.', 'Veloria', 'GPE'],
    ['Lorries queued at the Belgrat crossing for days.', 'Belgrat', 'LOC'],
    ['Fields flooded after the Tarvo and Menek rivers rose.', 'Tarvo', 'LOC'],
    ['Talks stalled with the Osuna militias in the hills.', 'Osuna', 'ORG'],
    ['Officials quoted the Kerrowan news agency on Monday.', 'Kerrowan', 'ORG'],
  ])('types an unknown name by the kind noun after it in "%s"', (text, name, type) => {
    expect(find(text, name)).toMatchObject({ type, kind: 'name' });
  });

  it.each([
    ['The gang known as Los Vargueros took the prison.', 'Los Vargueros', 'ORG'],
    ['A former officer known as Gavilán led the revolt.', 'Gavilán', 'PERSON'],
    ['They fled to a village called Tarsk.', 'Tarsk', 'GPE'],
  ])('types a name after "known as" or "called" by the noun before it in "%s"', (text, name, type) => {
    expect(find(text, name)).toMatchObject({ type });
  });

  it.each([
    ['The naval drills, named Iron Meridian, ended on Monday.', 'Iron Meridian'],
    ['The raid, code-named Silver Harrow, began before dawn.', 'Silver Harrow'],
  ])('reads a name given after a comma to a noun for no person as no person in "%s"', (text, name) => {
    expect(find(text, name)).toMatchObject({ type: 'OTHER', kind: 'name' });
  });

  it('still reads a name given after a comma to a noun for a person as a person', () => {
    expect(find('Her younger brother, named Tobin Ardell, spoke to reporters.', 'Tobin Ardell')).toMatchObject({ type: 'PERSON' });
  });

  it('reads an unknown name before a noun for a body\'s people as an organisation', () => {
    expect(find('Several Zelvara lawmakers walked out of the chamber.', 'Zelvara')).toMatchObject({ type: 'ORG' });
  });

  it('reads no organisation in an adjective before a noun for a body\'s people', () => {
    expect(mentionsOf('Provincial lawmakers walked out of the chamber.').filter((m) => m.type === 'ORG' && m.kind === 'name')).toEqual([]);
  });

  it.each([
    ['Boats sank south of Kavrena on Monday.', 'Kavrena'],
    ['Thousands crossed the river into Khlong Rua overnight.', 'Khlong Rua'],
    ['Turnout was low among voters in Dasht Kavar this spring.', 'Dasht Kavar'],
    ['Elders in Marrowgate said the road was closed.', 'Marrowgate'],
  ])('reads an unknown name after "in", "into" or "south of" as a place, whatever follows it, in "%s"', (text, name) => {
    expect(find(text, name)).toMatchObject({ type: 'GPE' });
  });

  it.each([
    ['The Harbour Workers\' Union called a strike.', 'Harbour Workers\' Union'],
    ['Leaders of the Mountain People\'s Front met in secret.', 'Mountain People\'s Front'],
  ])('keeps a plural possessive inside an organisation\'s name in "%s"', (text, name) => {
    expect(find(text, name)).toMatchObject({ type: 'ORG', kind: 'name' });
  });

  it('reads a name opening with a glued particle in lower case', () => {
    expect(find('The raid was blamed on al-Shabaab by the police.', 'al-Shabaab')).toMatchObject({ type: 'ORG', kind: 'name' });
  });

  it('reads an organisation heading a name before "on" as one, whatever the name ends in', () => {
    expect(find('The Velland Commission on Human Rights published its report.', 'Velland Commission on Human Rights')).toMatchObject({ type: 'ORG' });
  });

  it.each([
    ['Missiles hit the bulk carrier Morning Lark on Monday.', 'Morning Lark'],
    ['Coastguards boarded the tanker Valmora at dawn.', 'Valmora'],
  ])('reads the name after a noun for a vessel as a thing in "%s"', (text, name) => {
    expect(find(text, name)).toMatchObject({ type: 'OTHER', kind: 'name' });
  });

  it.each(['Tropical Storm Imelda made landfall at night.', 'Hurricane Imelda made landfall at night.'])('reads a named storm as a thing, not a person, in "%s"', (text) => {
    expect(mentionsOf(text).find((m) => m.text.endsWith('Imelda'))).toMatchObject({ type: 'OTHER', kind: 'name' });
  });

  it('still reads the name after "the carrier" alone as an airline', () => {
    expect(find('Passengers flew with the carrier Zorbair last week.', 'Zorbair')).toMatchObject({ type: 'ORG' });
  });

  it('reads a ship\'s name after its navy\'s prefix as a thing', () => {
    expect(find('The frigate HMS Larkspur docked at dawn.', 'HMS Larkspur')).toMatchObject({ type: 'OTHER', kind: 'name' });
  });

  it('reads the body after a title\'s "of" as a mention of its own', () => {
    expect(find('A deputy leader of Hezbollah spoke on Sunday.', 'Hezbollah')).toMatchObject({ type: 'ORG', kind: 'name' });
  });

  it('reads a nationality opening a longer name after a title\'s "of" as part of that name', () => {
    expect(find('The chief of the Kenyan Wildlife Service resigned.', 'Kenyan Wildlife Service')).toMatchObject({ type: 'ORG', kind: 'name' });
  });

  it('reads a lone unknown name after a word of motion as a place', () => {
    expect(find('Convoys pressed on towards Marrakona overnight.', 'Marrakona')).toMatchObject({ type: 'GPE' });
  });

  it('reads no place in a lone unknown name after "to", which as often leads to a company', () => {
    expect(find('The bank sold its stake to Quillon last year.', 'Quillon')).toMatchObject({ kind: 'name' });
    expect(find('The bank sold its stake to Quillon last year.', 'Quillon')?.type).not.toBe('GPE');
  });

  it('reads an unknown name joined to a place by "and" as a place', () => {
    expect(find('Factories in Ohio and Brevania closed.', 'Brevania')).toMatchObject({ type: 'GPE' });
  });

  it('keeps a common word after the sentence\'s opening article inside a name', () => {
    expect(find('The All Farmers Union marched on the capital.', 'All Farmers Union')).toMatchObject({ type: 'ORG' });
  });

  it('reads a known name holding "for" as one name', () => {
    expect(find('Polls favour the Alternative for Germany this year.', 'Alternative for Germany')).toMatchObject({ type: 'ORG' });
  });

  it('reads a country\'s army named after it as an organisation', () => {
    expect(find('The Ghana Army sent engineers.', 'Ghana Army')).toMatchObject({ type: 'ORG', kind: 'name' });
  });

  it('keeps a word with a capitalised part after its hyphens inside the run it opens', () => {
    expect(find('The Harakat-e-Watan Front claimed the attack.', 'Harakat-e-Watan Front')).toMatchObject({ type: 'ORG', kind: 'name' });
  });

  it('reads a known name shaped like a model designator as a name', () => {
    expect(find('Envoys of the G20 met in Rio.', 'G20')).toMatchObject({ type: 'ORG', kind: 'name' });
  });

  it.each([
    ['Fidesz', 'Two Fidesz ministers resigned after Fidesz lost the vote.'],
    ['Eskom', 'Power cuts returned after Eskom shut two plants.'],
    ['Sejm', 'The bill now goes back to the Sejm for a second reading.'],
  ])('reads the well-known body %s as an organisation', (name, text) => {
    expect(find(text, name)).toMatchObject({ type: 'ORG', kind: 'name' });
  });

  it('reads a compass word before a known place as one place', () => {
    expect(find('Clashes spread into North Darfur overnight.', 'North Darfur')).toMatchObject({ type: 'GPE', kind: 'name' });
  });

  it('reads no place in a lower-case particle inside a person\'s name', () => {
    expect(find('The lawyer Hélène de la Croix wrote back.', 'Hélène de la Croix')).toMatchObject({ type: 'PERSON' });
  });

  it('reads the name after a title\'s place and a comma as the title\'s holder, not a place', () => {
    expect(find('The mayor of Zembla, Okun Adebayo, opened the bridge.', 'Okun Adebayo')).toMatchObject({ type: 'PERSON' });
  });

  it.each([
    ['The envoy flew to Tibuna with aides.', 'Tibuna'],
    ['Families fled from Marsk overnight.', 'Marsk'],
  ])('reads an unknown name after a word of travel and "to" or "from" as a place in "%s"', (text, name) => {
    expect(find(text, name)).toMatchObject({ type: 'GPE' });
  });

  it('reads an unknown name where an analyst works as an organisation', () => {
    expect(find('An analyst at Brevik Maritime Intelligence said rates would climb.', 'Brevik Maritime Intelligence')).toMatchObject({ type: 'ORG' });
  });

  it('reads a nationality before a model designator as a nationality', () => {
    expect(find('Officials said Thai F-16 jets struck the ridge.', 'Thai')).toMatchObject({ type: 'NORP', kind: 'demonym' });
  });

  it('reads "River" opening a name as a place', () => {
    expect(find('Boats sailed up the River Tay at dawn.', 'River Tay')).toMatchObject({ type: 'LOC' });
  });

  it.each([
    ['Kellmark, based in Lyon, cut 300 jobs.', 'Kellmark'],
    ['Rival Dunmore Telecoms, controlled by a tycoon, grew too.', 'Dunmore Telecoms'],
  ])('reads an unknown name that a comma and "based" or "controlled" follow as a company in "%s"', (text, name) => {
    expect(find(text, name)).toMatchObject({ type: 'ORG' });
  });

  it('reads an unknown name after "shares of" as a company', () => {
    expect(find('Investors sold shares of Kellmark after the warning.', 'Kellmark')).toMatchObject({ type: 'ORG' });
  });

  it('reads an unknown name before "shares" as a company', () => {
    expect(find('Analysts expect Kellmark shares to recover.', 'Kellmark')).toMatchObject({ type: 'ORG' });
  });

  it('reads an unknown name after "from" as a place when a word of travel stands a few words before', () => {
    expect(find('Rescuers evacuated 400 families from Tarvosa overnight.', 'Tarvosa')).toMatchObject({ type: 'GPE' });
  });

  it('joins every "of" of an organisation\'s name once its head has joined one', () => {
    expect(find('The Institute for the Study of Deserts said rains failed.', 'Institute for the Study of Deserts')).toMatchObject({ type: 'ORG' });
  });

  it('reads two plain words closing a run after a capitalised title as a person', () => {
    expect(find('Officials said Water Minister Ilse Vantongeren would visit.', 'Ilse Vantongeren')).toMatchObject({ type: 'PERSON', kind: 'name' });
  });

  it('keeps a modifier before a title inside a run with the title', () => {
    expect(find('Envoys met Vice Premier Tan Wending in the capital.', 'Vice Premier')).toMatchObject({ kind: 'title' });
  });

  it('reads an unknown name before a lower-case word for a river as a place, whatever the tagger makes of the next word', () => {
    expect(find('The Tarvo river burst its banks.', 'Tarvo')).toMatchObject({ type: 'LOC' });
  });

  it('reads "mine" after a name as a noun, not a pronoun', () => {
    expect(mentionsOf('Work stopped at the Karsk mine on Monday.').filter((m) => m.kind === 'pronoun')).toEqual([]);
  });

  it.each([
    ['Talks with the PKK resumed in the spring.', 'PKK', 'ORG:TURPKK'],
    ['A patrol of UNIFIL came under fire near the border.', 'UNIFIL', 'ORG:UNIFIL'],
    ['Fighters of the Allied Democratic Forces raided a village.', 'Allied Democratic Forces', 'ORG:CODADF'],
  ])('links the armed group or mission in "%s" to the knowledge base', (text, name, kbId) => {
    expect(find(text, name)).toMatchObject({ type: 'ORG', kbId });
  });

  it.each([
    ['The Kenyan-led mission has 900 officers.', 'Kenyan', 'NORP'],
    ['The Kremlin-backed party won the vote.', 'Kremlin', 'ORG'],
  ])('reads only the name before the hyphen of a modifier after the sentence\'s opening article in "%s"', (text, name, type) => {
    const names = mentionsOf(text).filter((m) => m.kind === 'name' || m.kind === 'demonym');
    expect(names.map((m) => m.text)).toEqual([name]);
    expect(names[0]).toMatchObject({ type });
  });

  it('reads an acronym of another language in brackets after a body\'s name as that body', () => {
    expect(find('The Brabant Farmers Union (BBV-N) called a strike.', 'BBV-N')).toMatchObject({ type: 'ORG', kind: 'name' });
  });

  it('reads the heads of Spanish and French bodies\' names as organisations', () => {
    expect(find('Officials of the Defensoría del Pueblo visited the camp.', 'Defensoría del Pueblo')).toMatchObject({ type: 'ORG' });
  });

  it('reads a known name holding "of" inside a longer run as one name', () => {
    expect(find('The South Korean Joint Chiefs of Staff said the launch failed.', 'Joint Chiefs of Staff')).toMatchObject({ type: 'ORG', kind: 'name' });
  });

  it('reads a patriarch\'s title as part of his name, as other honorifics', () => {
    expect(find('He met Patriarch Ilias Vardanyan on Sunday.', 'Patriarch Ilias Vardanyan')).toMatchObject({ type: 'PERSON', agreement: 'male' });
  });

  it('starts the long form of an acronym at a capitalised word, not at a small word with the same letter', () => {
    expect(find('Staff of the Office of Flood Readiness and Emergency Relief (OFRER) left.', 'Office of Flood Readiness and Emergency Relief')).toMatchObject({ type: 'ORG' });
  });

  it('reads an unknown name after "the parishes of" as a place', () => {
    expect(find('Rain flooded the parishes of Brackwater and Elmsford.', 'Brackwater')).toMatchObject({ type: 'GPE' });
  });

  it('reads an unknown name after "the highway to" as a place', () => {
    expect(find('Snow closed the highway to Tarvosa for a week.', 'Tarvosa')).toMatchObject({ type: 'GPE' });
  });

  it('drops a common word of the news that opens a sentence from the name after it', () => {
    expect(find('Rival Kellmark Holdings gained 3 percent.', 'Kellmark Holdings')).toMatchObject({ type: 'ORG' });
  });

  it.each(['Oil prices rose on Monday.', 'Convoys carrying grain left at dawn.'])('reads no name in a common word of the news opening "%s"', (text) => {
    expect(mentionsOf(text).filter((m) => m.kind === 'name')).toEqual([]);
  });

  it.each([
    ['Quarterly sales at BrightLoom rose sharply.', 'BrightLoom'],
    ['Internet services were cut, Telvacom said.', 'Telvacom'],
  ])('reads a lone unknown word shaped like a company\'s name as an organisation in "%s"', (text, name) => {
    expect(find(text, name)).toMatchObject({ type: 'ORG' });
  });

  it.each([
    ['The bill, McAllister said, was dead.', 'McAllister'],
    ['Reporters asked DeSantis about the budget.', 'DeSantis'],
    ['Talks resumed in KwaZulu-Natal on Friday.', 'KwaZulu-Natal'],
  ])('reads no company in a surname or a hyphenated place with a capital inside in "%s"', (text, name) => {
    expect(find(text, name)).toMatchObject({ kind: 'name' });
    expect(find(text, name)?.type).not.toBe('ORG');
  });

  it.each([
    ['A Sunak spokesman refused to comment on the report.', 'Sunak'],
    ['A Scholz spokeswoman said the trip was off.', 'Scholz'],
    ['An Ingrid spokesman wrote back within the hour.', 'Ingrid'],
  ])('reads a person\'s name before a noun for a body\'s people as the person in "%s"', (text, name) => {
    expect(find(text, name)).toMatchObject({ type: 'PERSON', kind: 'name' });
  });

  it.each([
    ['Officials blamed Hezbollah and Hamas militias for the strikes.', 'Hezbollah and Hamas'],
    ['Tensions grew between Shia and Sunni militias in the city.', 'Shia and Sunni'],
    ['Conservative and Labour party members voted against it.', 'Conservative and Labour'],
  ])('reads two names joined by "and" before a kind noun as no single organisation in "%s"', (text, joined) => {
    expect(find(text, joined)).toBeUndefined();
  });

  it('reads a party named with "and" inside before its kind noun as one organisation', () => {
    expect(find('Voters backed the Law and Justice party again.', 'Law and Justice')).toMatchObject({ type: 'ORG', kind: 'name' });
  });

  it('reads no organisation in an event named with a word ending events before "of"', () => {
    expect(find('Presidents gathered for the Summit of the Americas in Lima.', 'Summit of the Americas')?.type).not.toBe('ORG');
  });

  it.each([
    ['She returned the keys to Dalgaard after the audit.', 'Dalgaard'],
    ['The court transferred custody to Ostrander last week.', 'Ostrander'],
  ])('reads no place in the recipient of a verb that takes an object in "%s"', (text, name) => {
    expect(find(text, name)).toMatchObject({ kind: 'name' });
    expect(find(text, name)?.type).not.toBe('GPE');
  });

  it.each([
    ['The family travels to Marrakona each spring.', 'Marrakona'],
    ['The envoy returned to Brelkova on Sunday.', 'Brelkova'],
  ])('reads a lone unknown name after an inflected word of travel and "to" as a place in "%s"', (text, name) => {
    expect(find(text, name)).toMatchObject({ type: 'GPE' });
  });

  it('lets a repetition typed by its own context outvote a place read from a word of travel', () => {
    const text = 'The crew travelled to Velmora in May. Velmora lawmakers rejected the plan.';
    expect(mentionsOf(text).filter((m) => m.text === 'Velmora').map((m) => m.type)).toEqual(['ORG', 'ORG']);
  });

  it('links no Colombian group to a liberation army named in English, a name several countries\' groups share', () => {
    expect(find('Veterans of the National Liberation Army marched in La Paz.', 'National Liberation Army')).toMatchObject({ type: 'ORG', kind: 'name' });
    expect(find('Veterans of the National Liberation Army marched in La Paz.', 'National Liberation Army')?.kbId).toBeUndefined();
  });

  it('links the Colombian group by its Spanish name', () => {
    expect(find('Talks with the Ejército de Liberación Nacional resumed.', 'Ejército de Liberación Nacional')).toMatchObject({ type: 'ORG', kbId: 'ORG:COLELN' });
  });

  it.each([
    ['Two Sherpa guides reached the summit first.', 'Sherpa'],
    ['Catalan separatists walked out.', 'Catalan'],
  ])('reads a people named without a plural as a nationality in "%s"', (text, name) => {
    expect(find(text, name)).toMatchObject({ type: 'NORP' });
  });
});

describe('mentions: names of a fifth fresh set', () => {
  it('reads a body headed before "for" as one organisation, a country closing it included', () => {
    expect(find('The Patriotic Front for the Renewal of Gabon (FPRG) rejected the vote.', 'Patriotic Front for the Renewal of Gabon')).toMatchObject({ type: 'ORG', kind: 'name' });
  });

  it('reads a ministry named by a list of fields as one organisation', () => {
    expect(find('The Ministry of Fisheries, Forestry and Mines issued new permits.', 'Ministry of Fisheries, Forestry and Mines')).toMatchObject({ type: 'ORG' });
  });

  it('ends a ministry\'s name before a known name after "and"', () => {
    expect(find('The Ministry of Defence and Norway signed the lease.', 'Ministry of Defence')).toMatchObject({ type: 'ORG' });
  });

  it('ends a ministry\'s name before a list of names opened by a comma and "and"', () => {
    expect(find('Guests included the Society of Anglers, and Harbour Rowing Club.', 'Society of Anglers')).toMatchObject({ type: 'ORG' });
  });

  it('keeps a name after "called" whole though it opens with a people\'s name', () => {
    expect(find('The navy began an exercise called Nordic Lantern on Monday.', 'Nordic Lantern')).toMatchObject({ kind: 'name' });
  });

  it('reads a name after "called" and a noun for no person as no person', () => {
    expect(find('The navy began an exercise called Grey Lantern on Monday.', 'Grey Lantern')?.type).not.toBe('PERSON');
  });

  it('still reads a person named by someone as a person', () => {
    expect(find('The governor named Aurelia Montclair as her deputy.', 'Aurelia Montclair')).toMatchObject({ type: 'PERSON' });
  });

  it.each([
    ['On Friday officials named Corvin Aldermoor the new harbour master.', 'Corvin Aldermoor'],
    ['On Friday the bank named Corvin Aldermoor as its chairman.', 'Corvin Aldermoor'],
  ])('reads a person appointed or identified with "named" as a person in "%s"', (text, name) => {
    expect(find(text, name)).toMatchObject({ type: 'PERSON' });
  });

  it('reads a name after "named" and a noun for a thing as no person', () => {
    expect(find('A trawler named Silver Heron ran aground.', 'Silver Heron')?.type).not.toBe('PERSON');
  });

  it.each(['In Mato Grosso do Sul, the harvest came late.', 'Last spring Mato Grosso do Sul planted less soy.'])(
    'joins a known place with a small word inside though a capitalised word opens the run in "%s"',
    (text) => {
      expect(find(text, 'Mato Grosso do Sul')).toMatchObject({ type: 'GPE' });
    },
  );

  it('reads the name after "the island of" as a natural place', () => {
    expect(find('Fishermen were rescued off the island of Zembla.', 'Zembla')).toMatchObject({ type: 'LOC' });
  });

  it('still reads the name after "the town of" as a governed place', () => {
    expect(find('Fishermen were rescued near the town of Zembla.', 'Zembla')).toMatchObject({ type: 'GPE' });
  });

  it('reads a surname with a capital inside after a sentence-opening time as a name, though the tagger takes it for a verb', () => {
    expect(find('On Wednesday DeWitts said the bridge would reopen.', 'DeWitts')).toMatchObject({ type: 'PERSON' });
  });

  it('reads a surname with a capital inside opening a sentence as a name', () => {
    expect(find('DeLuca said the bridge would reopen.', 'DeLuca')).toMatchObject({ kind: 'name' });
  });
});

describe('mentions: names of a sixth fresh set', () => {
  it.each([
    ['The Fisheries and Wildlife Authority closed the lake.', 'Fisheries and Wildlife Authority'],
    ['The Veterans and Pensions Administration raised payments.', 'Veterans and Pensions Administration'],
  ])('reads two fields joined by "and" before a body\'s head as one organisation in "%s"', (text, body) => {
    expect(find(text, body)).toMatchObject({ type: 'ORG', kind: 'name' });
  });

  it('keeps a field after "and" in the name of a body headed before "for"', () => {
    expect(find('The Centres for Soil Research and Conservation opened a lab.', 'Centres for Soil Research and Conservation')).toMatchObject({ type: 'ORG' });
  });

  it('joins no item of a list of names to the body after "and"', () => {
    expect(find('It sold Harbour Systems, Harbour Services and Delta Freight Group last year.', 'Harbour Services and Delta Freight Group')).toBeUndefined();
  });

  it('joins no known place to the body after "and"', () => {
    expect(find('Norway and Coastal Safety Agency officials met.', 'Norway')).toMatchObject({ type: 'GPE' });
  });

  it.each([
    ['The film Copper Lanterns won the jury prize.', 'Copper Lanterns'],
    ['The band released its second album, Night Ferry Psalms.', 'Night Ferry Psalms'],
  ])('reads the title after a noun for a work as a work in "%s"', (text, title) => {
    expect(find(text, title)).toMatchObject({ type: 'OTHER', kind: 'name' });
  });

  it('reads a name after a noun for a work and a comma as the speaker when a verb follows', () => {
    expect(find('In the documentary, Marisol Quintero says little.', 'Marisol Quintero')).toMatchObject({ type: 'PERSON' });
  });

  it.each([
    ['Striker Tobias Wennerholm scored twice.', 'Tobias Wennerholm'],
    ['Singer Orla Brannigan thanked the crowd.', 'Orla Brannigan'],
  ])('leaves a job noun opening the sentence out of the person\'s name in "%s"', (text, name) => {
    expect(find(text, name)).toMatchObject({ type: 'PERSON', kind: 'name' });
  });

  it('keeps an honorific opening the sentence inside the person\'s name', () => {
    expect(find('Dr Orla Brannigan thanked the crowd.', 'Dr Orla Brannigan')).toMatchObject({ type: 'PERSON' });
  });
});

describe('mentions: clubs, companies, publications and boroughs of a sixth fresh set', () => {
  it('reads a town in a sentence giving a match result as its club', () => {
    expect(find('Derby County lost 2-0 to Sheffield on Saturday.', 'Sheffield')).toMatchObject({ type: 'ORG' });
  });

  it('reads a town named like a club with "City" in a match result as the club', () => {
    expect(find('Bristol City beat Swindon 3-1 at home.', 'Bristol City')).toMatchObject({ type: 'ORG' });
  });

  it('still reads a town after "in" in a match result as the town', () => {
    expect(find('Wigan won 2-1 in Sheffield on Saturday.', 'Sheffield')).toMatchObject({ type: 'GPE' });
  });

  it('reads a place as a place in a vote\'s tally with a word of defeat', () => {
    expect(find('The Senate voted 51-49 to defeat the bill backed by Sheffield.', 'Sheffield')).toMatchObject({ type: 'GPE' });
  });

  it('reads a town as a town in a sentence with a scoreline but no result', () => {
    expect(find('Sheffield council agreed 7-2 to close the pool.', 'Sheffield')).toMatchObject({ type: 'GPE' });
  });

  it('reads an unknown name before a noun for a club\'s people as the club', () => {
    expect(find('The Harbour Rovers coach praised the referee.', 'Harbour Rovers')).toMatchObject({ type: 'ORG' });
  });

  it('reads a name opening with "Liga" as a league, an organisation', () => {
    expect(find('The club left the Liga Norteña after one season.', 'Liga Norteña')).toMatchObject({ type: 'ORG' });
  });

  it('reads a name ending in "Research" as an organisation', () => {
    expect(find('The short seller Copper Ridge Research published a report.', 'Copper Ridge Research')).toMatchObject({ type: 'ORG' });
  });

  it('reads a name with an exchange and a ticker in brackets as a listed company', () => {
    expect(find('Brannigan Oakes (NYSE: BRO) fell 4% on Friday.', 'Brannigan Oakes')).toMatchObject({ type: 'ORG' });
  });

  it.each([
    ['The results were published in Coastal Pathology Letters last week.', 'Coastal Pathology Letters'],
    ['She argued in an editorial in the Harbour Review that fees must fall.', 'Harbour Review'],
  ])('reads the name after a word of publishing and "in" as a publication in "%s"', (text, name) => {
    expect(find(text, name)).toMatchObject({ type: 'ORG' });
  });

  it('reads no publication in a lone word after "written in", as often a language', () => {
    expect(find('The letter, written in Kirundi, reached the court.', 'Kirundi')?.type).not.toBe('ORG');
  });

  it('reads a place, its kind and "of" before a name as one governed place', () => {
    expect(find('The London Borough of Ealing raised rents.', 'London Borough of Ealing')).toMatchObject({ type: 'GPE' });
  });
});

describe('mentions: stock indexes', () => {
  it('reads a stock index with its number as one name, no organisation', () => {
    expect(find('The CAC 40 slipped 0.3% as bank shares fell.', 'CAC 40')).toMatchObject({ type: 'OTHER', kind: 'name' });
  });

  it('reads a stock index named without a number as no organisation', () => {
    expect(find('Exporters lifted the Sensex on Friday.', 'Sensex')).toMatchObject({ type: 'OTHER' });
  });

  it('reads an index opening the sentence after its article', () => {
    expect(find('The FTSE 250 fell 1% by noon.', 'FTSE 250')).toMatchObject({ type: 'OTHER' });
  });
});

describe('mentions: bodies named like events', () => {
  it('reads a forum whose leaders the text names as a body', () => {
    expect(find('Leaders of the Coral Sea Forum met in Honiara.', 'Coral Sea Forum')).toMatchObject({ type: 'ORG' });
  });

  it('reads a forum that speaks as a body', () => {
    expect(find('The Coral Sea Forum said it would send observers.', 'Coral Sea Forum')).toMatchObject({ type: 'ORG' });
  });

  it('reads every mention of a forum as the body once one acts', () => {
    const forums = mentionsOf('Ministers gathered at the Coral Sea Forum. The Coral Sea Forum said fishing must fall.').filter((m) => m.text === 'Coral Sea Forum');
    expect(forums.map((m) => m.type)).toEqual(['ORG', 'ORG']);
  });

  it('keeps a conference that only takes place an event', () => {
    expect(find('The Tallinn Cyber Conference opened on Friday.', 'Tallinn Cyber Conference')).toMatchObject({ type: 'OTHER' });
  });

  it('reads a conference of people in the plural as a body', () => {
    expect(find('The National Conference of Harbour Masters backed the plan.', 'National Conference of Harbour Masters')).toMatchObject({ type: 'ORG' });
  });

  it('reads a centre that researchers work at as a body', () => {
    expect(find('Researchers at the Halvard Climate Center said the drought would last.', 'Halvard Climate Center')).toMatchObject({ type: 'ORG' });
  });

  it('keeps a centre that people only queue outside a place', () => {
    expect(find('Tourists queued outside the Halvard Climate Center on Sunday.', 'Halvard Climate Center')).toMatchObject({ type: 'LOC' });
  });
});

describe('mentions: labels and compass points inside names', () => {
  it('reads an unknown name after a party word as a person', () => {
    expect(find('On Monday, Democrat Ines Farrow defeated Republican Osric Pellingham in the runoff.', 'Osric Pellingham')).toMatchObject({ type: 'PERSON' });
  });

  it('keeps words the text also writes in lower case after a group word out of a person', () => {
    expect(find('Crowds marked the Kurdish New Year in Erbil. Each year the square fills.', 'New Year')?.type).not.toBe('PERSON');
  });

  it('reads no place in a compass point and the word after it inside a university name', () => {
    const places = mentionsOf('Her brother taught for a decade at the University of the South Pacific in Suva.').filter((m) => m.type === 'LOC' || m.type === 'GPE');
    expect(places.map((m) => m.text)).toEqual(['Suva']);
  });

  it('keeps a known place that opens with a compass point inside a university name', () => {
    expect(find('He studied at the University of North Carolina.', 'North Carolina')).toMatchObject({ type: 'GPE' });
  });
});

describe('mentions: numbered places and units, branches in towns', () => {
  it.each([
    ['Alderman Tomas Reyes of the 14th Ward voted against.', '14th Ward', 'GPE'],
    ['She won the 3rd Congressional District by 40 votes.', '3rd Congressional District', 'GPE'],
    ['The 82nd Airborne Division arrived on Monday.', '82nd Airborne Division', 'ORG'],
  ])('reads an ordinal before a place\'s or a unit\'s last word as part of the name in "%s"', (text, name, type) => {
    expect(find(text, name)).toMatchObject({ type, kind: 'name' });
  });

  it('reads an unknown acronym before a known town as one organisation', () => {
    expect(find('Engineers at KTH Stockholm built the probe.', 'KTH Stockholm')).toMatchObject({ type: 'ORG' });
  });

  it('keeps a known acronym before a known town apart from the town', () => {
    expect(find('Engineers at NASA Houston built the probe.', 'NASA')).toMatchObject({ type: 'ORG' });
  });

  it('reads a name ending in "Meeting" as an event, not a person', () => {
    expect(find('Delegates left the Annual Harbour Meeting early.', 'Annual Harbour Meeting')).toMatchObject({ type: 'OTHER' });
  });
});

describe('mentions: clubs and communities', () => {
  it.each([
    ['Harbourside Athletic signed two players.', 'Harbourside Athletic'],
    ['Kelvingrove Rovers sacked their manager.', 'Kelvingrove Rovers'],
  ])('reads a name ending like a club\'s as an organisation in "%s"', (text, name) => {
    expect(find(text, name)).toMatchObject({ type: 'ORG' });
  });

  it('reads a name no list knows in a match result as a club', () => {
    expect(find('Oldfield Town drew 1-1 with Quarrybank on Saturday.', 'Quarrybank')).toMatchObject({ type: 'ORG' });
  });

  it('keeps the ground after "at the" in a match result no club', () => {
    const ground = find('Oldfield Town won 2-0 at the Quarrybank Stadium.', 'Quarrybank Stadium');
    expect(ground).toBeDefined();
    expect(ground?.type).not.toBe('ORG');
  });

  it('reads a community of states before "of" as one organisation', () => {
    expect(find('The Economic Community of Coastal States met in June.', 'Economic Community of Coastal States')).toMatchObject({ type: 'ORG' });
  });
});

describe('mentions: companies by their prices, places by their residents', () => {
  it('reads a name shaped like a person\'s whose price moves by a percentage as a company', () => {
    expect(find('Later, Ada Lindqvist gained 4% in Stockholm trading.', 'Ada Lindqvist')).toMatchObject({ type: 'ORG' });
  });

  it('reads every mention of that name as the company', () => {
    const names = mentionsOf('Ada Lindqvist fell 2.5 per cent as markets opened on Monday. Traders sold Ada Lindqvist all week.').filter((m) => m.text === 'Ada Lindqvist');
    expect(names.map((m) => m.type)).toEqual(['ORG', 'ORG']);
  });

  it('keeps a person who gains something other than a percentage a person', () => {
    expect(find('Ada Lindqvist gained 4 kilos before the race.', 'Ada Lindqvist')).toMatchObject({ type: 'PERSON' });
  });

  it('reads an unknown name after "residents of" as a place', () => {
    expect(find('Residents of Quarrymoor blocked the road.', 'Quarrymoor')).toMatchObject({ type: 'GPE' });
  });
});

describe('mentions: phrases and natural regions', () => {
  it('ends a group of people at "while" after a name', () => {
    expect(find('Barges waited at the Kiel Canal while troops slept.', 'troops')).toMatchObject({ kind: 'nominal' });
  });

  it('reads a region of a country that governs nothing as LOC, keeping its country', () => {
    expect(find('Wildfires spread across Siberia in July.', 'Siberia')).toMatchObject({ type: 'LOC', country: 'RUS' });
  });

  it('still reads a governed region of a country as GPE', () => {
    expect(find('Wildfires spread across Bavaria in July.', 'Bavaria')).toMatchObject({ type: 'GPE', country: 'DEU' });
  });
});

describe('mentions: long names of bodies and treaties', () => {
  it('keeps a capitalised word of a prefix and a hyphen inside a body\'s name', () => {
    expect(find('The Council for Economic Co-operation and Trade met.', 'Council for Economic Co-operation and Trade')).toMatchObject({ type: 'ORG' });
  });

  it('reads a conference named before "on" that speaks as a body', () => {
    expect(find('The Conference on Reef Fisheries and Trade said stocks fell.', 'Conference on Reef Fisheries and Trade')).toMatchObject({ type: 'ORG' });
  });

  it('joins "on" and "of" after a treaty\'s head into one name', () => {
    expect(find('The Treaty on the Protection of Coral Reefs took effect.', 'Treaty on the Protection of Coral Reefs')).toMatchObject({ type: 'OTHER' });
  });

  it('keeps a person whose surname is an event\'s word apart from the body after "of"', () => {
    expect(find('Nathan Law of Harbour Voice won a seat.', 'Nathan Law')).toMatchObject({ type: 'PERSON' });
  });
});

describe('mentions: works, foreign heads and residents', () => {
  it('reads a title after a noun for a work as a work though its last word names a place\'s kind', () => {
    expect(find('Her film Quiet Harbour won the jury prize.', 'Quiet Harbour')).toMatchObject({ type: 'OTHER' });
  });

  it('keeps a field after "and" in a body headed by a word that opens bodies\' names', () => {
    expect(find('The Centre for Reef Protection and Control opened a lab.', 'Centre for Reef Protection and Control')).toMatchObject({ type: 'ORG' });
  });

  it('reads a name ending in a foreign word for an institute as an organisation', () => {
    expect(find('Scientists at the Lindholm Institutet found the gene.', 'Lindholm Institutet')).toMatchObject({ type: 'ORG' });
  });

  it.each([
    ['Quarrymoor residents objected to the plan.', 'Quarrymoor'],
    ['The Quarrymoor mayor said no.', 'Quarrymoor'],
  ])('reads an unknown name before a noun for a place\'s people or its mayor as a place in "%s"', (text, name) => {
    expect(find(text, name)).toMatchObject({ type: 'GPE' });
  });
});

describe('mentions: seats', () => {
  it.each([
    ['The MP for Quarrymoor East, Dana Otieno, voted no.', 'Quarrymoor East'],
    ['Ines Varga, councillor for Lowfield, resigned.', 'Lowfield'],
  ])('reads the seat after a representative and "for" as a place in "%s"', (text, seat) => {
    expect(find(text, seat)).toMatchObject({ type: 'GPE' });
  });
});

describe('mentions: heads opening names', () => {
  it('reads a body headed by a word that opens bodies\' names before "for" as one organisation, a demonym first', () => {
    expect(find('The Nordic Institute for Reef Studies said stocks fell.', 'Nordic Institute for Reef Studies')).toMatchObject({ type: 'ORG' });
  });

  it('keeps a person\'s name inside a stadium named head first', () => {
    expect(find('They lost at the Estadio Ramón Quiroga on Sunday.', 'Estadio Ramón Quiroga')).toMatchObject({ type: 'LOC' });
  });
});

describe('mentions: shares of a poll', () => {
  it('keeps a person whose share of a poll moves by a percentage a person', () => {
    expect(find('Ada Lindqvist gained 3.5% in the latest poll.', 'Ada Lindqvist')).toMatchObject({ type: 'PERSON' });
  });
});

describe('mentions: 0.5.31 review mends', () => {
  it.each([
    ["Portugal won't reach its target for 18-25 year olds, Lisbon said.", 'Portugal'],
    ['Austria lost 3-4 weeks of output after the storm, Vienna said.', 'Austria'],
    ['Ohio lost 5-10% of its corn harvest in the heat.', 'Ohio'],
  ])('keeps a place a place in a sentence whose numbers are a range, not a score, in "%s"', (text, place) => {
    expect(find(text, place)).toMatchObject({ type: 'GPE' });
  });

  it('keeps a country the lists know a country in a match result outside a sports report', () => {
    expect(find('Norway beat Finland 2-1 in a friendly before the budget talks.', 'Norway')).toMatchObject({ type: 'GPE' });
  });

  it.each([
    ['A representative for Morgan Hale said the tour would go on.', 'Morgan Hale'],
    ['She joined as a board member for Kestrel Dynamics last year.', 'Kestrel Dynamics'],
  ])('reads no seat after "for" and a word for someone who speaks or sits for anybody in "%s"', (text, name) => {
    expect(find(text, name)?.type).not.toBe('GPE');
  });

  it('keeps a person who loses a percentage of something in no sentence about markets a person', () => {
    expect(find('Maria Okonkwo lost 15% of her body weight during the trial.', 'Maria Okonkwo')).toMatchObject({ type: 'PERSON' });
  });

  it('reads no market move in a gain of percentage points', () => {
    expect(find('Tomasz Wierzba gained 3 percentage points among independents.', 'Tomasz Wierzba')).toMatchObject({ type: 'PERSON' });
  });

  it('reads a run of forty fields joined by "and" before a body\'s head in bounded work', () => {
    const fields = 'Alder Birch Cedar Damson Elm Fir Gorse Hazel Ivy Juniper Kelp Larch Maple Nettle Oak Pine Quince Rowan Sorrel Teasel Umber Vetch Willow Yarrow Yew Aspen Bramble Sedge Thistle Elder Sedum Reed Moss Lichen Bracken Kale Hemlock Mint Nutmeg Sage'.split(' ');
    const text = `The ${fields.join(' and ')} Authority closed the lake.`;
    const doc = docThrough('pos', text);
    const tokens = doc.layers.tokens!;
    // Reads of the tokens' kinds count the work: reading each field's rest again for every "and" before it, as the
    // run's reader once did, takes about 2^40 of them; the budget stops such a run long before.
    let reads = 0;
    const kinds = new Proxy(tokens.kinds, {
      get(target, key) {
        if (++reads > 50_000) throw new Error('the run is read again and again');
        return Reflect.get(target, key);
      },
    });
    const counted = { ...doc, layers: { ...doc.layers, tokens: { ...tokens, kinds } } };
    expect(() => findMentions(counted, CONTEXT)).not.toThrow();
  });
});

describe('mentions: bodies named by a nation', () => {
  it.each([
    ['Lifeboat UK said the crews would go out.', 'Lifeboat UK'],
    ['A grant from Heritage Council Scotland paid for the roof.', 'Heritage Council Scotland'],
    ['Later, Bird Rescue England took in the swans.', 'Bird Rescue England'],
  ])('reads nouns before a country or a nation of one as a body in "%s"', (text, body) => {
    expect(find(text, body)).toMatchObject({ type: 'ORG' });
  });

  it('leaves a describing word before a nation out of the nation\'s name', () => {
    expect(find('Farming in Edwardian England was hard.', 'England')).toMatchObject({ type: 'GPE' });
  });
});

describe('mentions: trade heads of companies', () => {
  it.each([
    ['Tallowby Foods cut its forecast.', 'Tallowby Foods'],
    ['Shares in Brackenridge Minerals fell.', 'Brackenridge Minerals'],
  ])('reads an unknown word before a trade in the plural as a company in "%s"', (text, company) => {
    expect(find(text, company)).toMatchObject({ type: 'ORG' });
  });
});

describe('mentions: honorifics after a modifier', () => {
  it('reads a modifier of titles, an abbreviated honorific and a name as one person', () => {
    expect(find('State Sen. Sarah Fenwick voted against the bill.', 'State Sen. Sarah Fenwick')).toMatchObject({ type: 'PERSON', agreement: 'female' });
  });
});

describe('mentions: gender of given names', () => {
  it('reads "Jean" as a woman\'s name', () => {
    expect(find('Jean Larkspur opened the gallery.', 'Jean Larkspur')).toMatchObject({ type: 'PERSON', agreement: 'female' });
  });

  it('reads a given name used for both genders as a person of no known gender', () => {
    const robin = find('Robin Ashcombe opened the gallery.', 'Robin Ashcombe');
    expect(robin).toMatchObject({ type: 'PERSON' });
    expect(robin?.agreement).toBeUndefined();
  });

  it('reads "Jo" as a given name of either gender, making a person of the two words after it', () => {
    const jo = find('Jo Pellow chaired the parish council.', 'Jo Pellow');
    expect(jo).toMatchObject({ type: 'PERSON' });
    expect(jo?.agreement).toBeUndefined();
  });

  it('gives no gender to a family name that opens a knowledge-base name', () => {
    const kang = find('Kang Mirae chaired the panel.', 'Kang Mirae');
    expect(kang?.agreement).toBeUndefined();
  });
});

describe('mentions: titles of police and courts', () => {
  it.each([
    ['The chief constable said crime fell.', 'The chief constable'],
    ['The police and crime commissioner said crime fell.', 'The police and crime commissioner'],
    ['The Lord Chief Justice said the courts were full.', 'The Lord Chief Justice'],
  ])('reads "%s" as one title', (text, title) => {
    expect(find(text, title)).toMatchObject({ type: 'PERSON', kind: 'title' });
  });
});

describe('mentions: names the audit of fresh quotes found', () => {
  it('reads a name before "union" as an organisation', () => {
    expect(find('The Allied Bakery Staff union said it would strike.', 'Allied Bakery Staff')).toMatchObject({ type: 'ORG' });
  });

  it('keeps a bracketed part inside the name of a bill', () => {
    expect(find('MPs debated the Harbour Dues (Amendment) Bill on Monday.', 'Harbour Dues (Amendment) Bill')).toMatchObject({ type: 'OTHER' });
  });

  it('reads a sentence-opening surname of a person named earlier as a person, though it is also a common word', () => {
    const text = 'Mila Baker set up the stall. Baker, who trained in Lyon, said every baker starts at dawn.';
    expect(mentionsOf(text).find((m) => m.start === text.indexOf('Baker,'))).toMatchObject({ type: 'PERSON' });
  });
});

describe('mentions: review mends of 0.5.33', () => {
  it('ends a title-cased headline\'s name before its verb of speech', () => {
    const text = 'Brackley Homes Says It Will Sell Its Land\n\nBrackley Homes said the sale would close in May.';
    expect(mentionsOf(text).find((m) => m.start === 0)).toMatchObject({ text: 'Brackley Homes', type: 'ORG' });
  });

  it('types no organisation by its last word after a title-cased headline\'s modal and verb', () => {
    const text = 'Mayor Says Town Will Build Four Hotels\n\nThe mayor said the town would pay for them.';
    expect(mentionsOf(text).filter((m) => m.type === 'ORG')).toEqual([]);
  });

  it.each([
    ['Neighbours Spain and Portugal signed the pact.', 'Spain'],
    ['Hosts Wales won the opening game.', 'Wales'],
  ])('leaves a noun for a nation\'s standing out of the country after it in "%s"', (text, place) => {
    expect(mentionsOf(text).find((m) => m.start === 0 || m.text.endsWith(place))).toMatchObject({ text: place, type: 'GPE' });
  });

  it('reads a sentence-opening surname the text also writes in lower case as a common word before another verb', () => {
    const text = 'Dana Hope chaired the talks. Hope remains that they will resume, though hope is thin.';
    expect(mentionsOf(text).find((m) => m.start === text.indexOf('Hope remains'))).toBeUndefined();
  });

  it('reads a sentence-opening surname the text also writes in lower case as the person before a verb of speech', () => {
    const text = 'Ada Frost ran the orchard. Frost said the frost killed half the crop.';
    expect(mentionsOf(text).find((m) => m.start === text.indexOf('Frost said'))).toMatchObject({ type: 'PERSON' });
  });
});

describe('mentions: titles owned by a name', () => {
  it('reads an article, an unknown name and a title in lower case as one title', () => {
    expect(find('The Harwick coach praised the defence.', 'The Harwick coach')).toMatchObject({ type: 'PERSON', kind: 'title' });
  });

  it('keeps the name inside such a title as a mention of its own', () => {
    expect(find('The Harwick coach praised the defence.', 'Harwick')).toBeDefined();
  });
});

describe('mentions: members of parties', () => {
  it.each([
    ['Liberal Democrat Rhona Gilchrist tabled the motion.', 'Liberal Democrat'],
    ['Republican Dale Wexley voted no.', 'Republican'],
  ])('reads a party member\'s word before a name as a group in "%s"', (text, group) => {
    expect(find(text, group)).toMatchObject({ type: 'NORP' });
  });

  it('reads no group of its own inside a group\'s name', () => {
    expect(find('Liberal Democrat Rhona Gilchrist tabled the motion.', 'Democrat')).toBeUndefined();
  });
});

describe('mentions: names of a seventh fresh set', () => {
  it.each([
    ['The imam preached in Arabic at the Friday prayers.', 'Arabic'],
    ['Notices at the clinic are printed in Somali.', 'Somali'],
    ['The nurse speaks Bengali with her patients.', 'Bengali'],
  ])('reads a listed language after "in" or a verb of speaking as a language, not a place, in "%s"', (text, language) => {
    expect(find(text, language)).toMatchObject({ type: 'OTHER', kind: 'name' });
  });

  it('reads a word naming a people before a noun for a language as the language', () => {
    expect(find('The Polish language has seven cases.', 'Polish')).toMatchObject({ type: 'OTHER' });
  });

  it('reads a word naming a people as its language after "in"', () => {
    expect(find('The radio station broadcasts its news in Hungarian.', 'Hungarian')).toMatchObject({ type: 'OTHER' });
  });

  it('still reads a word naming a people before a noun as the people', () => {
    expect(find('The trawler crossed into Hungarian waters.', 'Hungarian')?.type).toBe('NORP');
  });

  it('still reads the peoples\' words of a list before a noun as the peoples', () => {
    const names = mentionsOf('Sales fell in Hungarian and Czech shops.').filter((m) => m.kind === 'name' || m.kind === 'demonym');
    expect(names.map((m) => m.type)).toEqual(['NORP', 'NORP']);
  });

  it('reads an unknown lone word after "fluent in" as a language', () => {
    expect(find('The new envoy is fluent in Wendish and Czech.', 'Wendish')).toMatchObject({ type: 'OTHER' });
  });

  it('still reads an unknown lone word after "a speech in" as a place', () => {
    expect(find('The president gave a speech in Vallmora on Monday.', 'Vallmora')?.type).toBe('GPE');
  });

  it('reads every item of a list a language opens as a language', () => {
    const names = mentionsOf('The leaflets were printed in Pashto, Dari and Uzbek.').filter((m) => m.kind === 'name');
    expect(names.map((m) => [m.text, m.type])).toEqual([['Pashto', 'OTHER'], ['Dari', 'OTHER'], ['Uzbek', 'OTHER']]);
  });

  it('still reads an unknown word after "in" with no word of speaking before it as a place', () => {
    expect(find('The clinic opened in Wendor last spring.', 'Wendor')?.type).toBe('GPE');
  });

  it.each([
    ['A study in The Marlow Review questioned the figures.', 'Marlow Review'],
    ['Her team has published twice in Cellula this year.', 'Cellula'],
    ['The minister told the Evening Courier that talks had stalled.', 'Evening Courier'],
    ['Critics at The Lantern called the album thin.', 'Lantern'],
  ])('reads the outlet after a word of publishing or reporting, "told the" or "at The" as an organisation in "%s"', (text, outlet) => {
    expect(find(text, outlet)).toMatchObject({ type: 'ORG' });
  });

  it('reads the name after "reported in The" as a publication, and not after "reported in the"', () => {
    expect(find('The results, reported in The Hollis Quarterly, surprised no one.', 'Hollis Quarterly')).toMatchObject({ type: 'ORG' });
    expect(find('Clashes were reported in the Varnava on Sunday.', 'Varnava')?.type).not.toBe('ORG');
  });

  it('reads a known place\'s name after a capital "The" and a word of publishing as a publication', () => {
    expect(find('Her column in The Pacific drew angry letters.', 'Pacific')).toMatchObject({ type: 'ORG' });
  });

  it('still reads a known sea after a lower-case "the" as the sea', () => {
    expect(find('The yacht crossed the Pacific in a month.', 'Pacific')?.type).toBe('LOC');
  });

  it('reads an unknown lone word after "written in" as a language, not a publication', () => {
    expect(find('The diary, written in Wendish, was found in an attic.', 'Wendish')).toMatchObject({ type: 'OTHER' });
  });
});

describe('mentions: ships, national societies, makers and standings', () => {
  it('reads a vessel\'s name after a noun for a vessel as one name, a people\'s word inside it', () => {
    expect(find('Customs officers boarded the freighter Baltic Heron at dawn.', 'Baltic Heron')).toMatchObject({ type: 'OTHER', kind: 'name' });
  });

  it('reads a nationality before a known movement\'s name as that nation\'s society, one organisation', () => {
    const society = find('Volunteers of the Maltese Red Cross handed out blankets.', 'Maltese Red Cross');
    expect(society).toMatchObject({ type: 'ORG' });
    expect(society?.kbId).toBeUndefined();
  });

  it('reads a name ending in "Devices" as a company', () => {
    expect(find('Orrin Devices recalled its chargers.', 'Orrin Devices')).toMatchObject({ type: 'ORG' });
  });

  it.each(['Visitors Portugal scored twice before the break.', 'Co-hosts Mexico opened the tournament.'])(
    'keeps a noun for a side\'s standing out of the country\'s name in "%s"', (text) => {
      const names = mentionsOf(text).filter((m) => m.kind === 'name');
      expect(names.map((m) => m.type)).toEqual(['GPE']);
    });
});

describe('mentions: possessive plurals and lists of islands', () => {
  it.each([
    ['The Pacific Fishermen\'s Association opposed the quota.', 'Pacific Fishermen\'s Association'],
    ['The Northern Children\'s Trust opened a clinic.', 'Northern Children\'s Trust'],
  ])('keeps a plural not in -s and its apostrophe inside a body\'s name in "%s"', (text, body) => {
    expect(find(text, body)).toMatchObject({ type: 'ORG' });
  });

  it('reads every name of a list after "the islands of" as a natural feature', () => {
    const names = mentionsOf('Ferries to the islands of Maio and Santa Luzia were cancelled.').filter((m) => m.kind === 'name');
    expect(names.map((m) => [m.text, m.type])).toEqual([['Maio', 'LOC'], ['Santa Luzia', 'LOC']]);
  });

  it('still reads a country after "the islands of" as the country', () => {
    expect(find('Aid reached the islands of Tonga within a day.', 'Tonga')).toMatchObject({ type: 'GPE', kbId: 'TON' });
  });
});

describe('mentions: job nouns opening a sentence', () => {
  it.each([['Volunteer Ines Marchetti handed out water.', 'Ines Marchetti'], ['Ranger Tomasz Wrobel found the tracks.', 'Tomasz Wrobel']])(
    'keeps a job noun opening the sentence out of the person\'s name in "%s"', (text, person) => {
      expect(find(text, person)).toMatchObject({ type: 'PERSON', kind: 'name' });
    });
});

describe('mentions: places of diverted journeys', () => {
  it('reads an unknown name after "diverted to" as a place', () => {
    expect(find('The ferry was diverted to Vallmora because of the storm.', 'Vallmora')).toMatchObject({ type: 'GPE' });
  });

  it('reads an unknown name after "docked at" as a place', () => {
    expect(find('The freighter docked at Vallmora on Tuesday.', 'Vallmora')).toMatchObject({ type: 'GPE' });
  });
});

describe('mentions: products launched', () => {
  it('reads a product\'s name after a word of launching as one name with its model number', () => {
    expect(find('Tarn Audio launched the Halcyon Buds 2 in Oslo on Monday.', 'Halcyon Buds 2')).toMatchObject({ type: 'OTHER', kind: 'name' });
  });

  it('leaves a number after a name with no word of launching before it out of the name', () => {
    expect(find('The Halcyon Buds 2 weeks ago sold out.', 'Halcyon Buds 2')).toBeUndefined();
  });
});

describe('mentions: centres that speak', () => {
  it('reads a centre the text makes speak, its seat between, as an organisation', () => {
    expect(find('The Coastal Flood Warning Centre in Hull said the river would peak.', 'Coastal Flood Warning Centre')).toMatchObject({ type: 'ORG' });
  });

  it('still reads a centre where things happen as a place', () => {
    expect(find('Fans queued outside the Harbourside Centre for hours.', 'Harbourside Centre')).toMatchObject({ type: 'LOC' });
  });
});

describe('mentions: bodies named with their town', () => {
  it('reads a body\'s head and a known town closing the run as one organisation', () => {
    expect(find('Engineers at Harwood College Dublin built the probe.', 'Harwood College Dublin')).toMatchObject({ type: 'ORG' });
  });
});

describe('mentions: church bodies', () => {
  it.each([
    ['The Diocese of Penrith sold the vicarage.', 'Diocese of Penrith'],
    ['Bishops told the General Synod that the roof would be mended.', 'General Synod'],
  ])('reads a church body\'s name as an organisation in "%s"', (text, body) => {
    expect(find(text, body)).toMatchObject({ type: 'ORG' });
  });
});

describe('mentions: a place named like another country', () => {
  it.each([
    ['Peach growers in Georgia and South Carolina expect a short season.'],
    ['The plant outside Atlanta, Georgia, will close.'],
  ])('reads "Georgia" beside a US place as the US state in "%s"', (text) => {
    const georgia = find(text, 'Georgia');
    expect(georgia).toMatchObject({ type: 'GPE', country: 'USA' });
    expect(georgia?.kbId).toBeUndefined();
  });

  it('reads "Georgia" after "the state of" as the US state', () => {
    expect(find('The state of Georgia sued the carmaker.', 'Georgia')).toMatchObject({ country: 'USA' });
  });

  it('still reads "Georgia" as the country where the text names something of that country', () => {
    expect(find('Georgia and Texas traded wine. The Georgian minister was pleased.', 'Georgia')).toMatchObject({ kbId: 'GEO' });
  });

  it('still reads "Georgia" as the country with no US place beside it', () => {
    expect(find('Georgia and Armenia signed a pipeline deal in Texas.', 'Georgia')).toMatchObject({ kbId: 'GEO' });
  });
});

describe('mentions: a text of one sentence of prose', () => {
  it('reads a person the stage is unsure of in a lone sentence of prose ending in a full stop', () => {
    expect(find('She met Curtis Vance on Tuesday.', 'Curtis Vance')).toMatchObject({ type: 'PERSON', kind: 'name' });
  });

  it('still reads a lone title-cased line with no full stop as a headline, where an unsure name is dropped', () => {
    expect(find('Curtis Vance Joins Harbour Board Today', 'Curtis Vance')).toBeUndefined();
  });

  it('still reads a title-cased line ending in a full stop as a headline when no verb in it is in lower case', () => {
    expect(find('Curtis Vance Joins Harbour Board Today.', 'Curtis Vance')).toBeUndefined();
  });
});

describe('mentions: plain words of a trade', () => {
  it.each([
    ['Dunmore Mills cut 200 jobs last year.', 'Dunmore Mills'],
    ['Ashby Freight said its profits fell.', 'Ashby Freight'],
    ["Kestrel Textiles's new plant opened in March.", 'Kestrel Textiles'],
  ])('reads an unknown word and a noun of a trade as a company in "%s"', (text, company) => {
    expect(find(text, company)).toMatchObject({ type: 'ORG', kind: 'name' });
  });

  it('reads the words on both sides of an ampersand as one name, typed by its last word', () => {
    expect(find('Models went to the Kestrel Aviation & Space Museum in May.', 'Kestrel Aviation & Space Museum')).toMatchObject({ type: 'ORG', kind: 'name' });
  });

  it('still reads a given name before a noun of a trade that is a surname too as a person', () => {
    expect(find('Heather Mills said she would appeal.', 'Heather Mills')).toMatchObject({ type: 'PERSON' });
  });
});

describe('mentions: British party words', () => {
  it('reads "Conservative" as a group word like "Republican"', () => {
    expect(find('The Conservative candidate lost the seat.', 'Conservative')).toMatchObject({ type: 'NORP' });
  });

  it('reads "Conservative" before a name as a label of the person, not part of the name', () => {
    const mentions = mentionsOf('Conservative Gareth Holm said the vote would fail.');
    expect(mentions.find((m) => m.text === 'Conservative')).toMatchObject({ type: 'NORP' });
    expect(mentions.find((m) => m.text === 'Gareth Holm')).toMatchObject({ type: 'PERSON' });
  });

  it('reads no party in "Conservative" opening a sentence before a lower-case word for no people', () => {
    expect(find('Conservative estimates put the cost at two billion pounds.', 'Conservative')).toBeUndefined();
  });

  it('still reads "Conservative" opening a sentence before a word for people as the party\'s', () => {
    expect(find('Conservative voters stayed at home.', 'Conservative')).toMatchObject({ type: 'NORP' });
  });
});

describe('mentions: a place before an abbreviated title', () => {
  it.each([
    ['Oregon Sen. Marla Voss said the bill would pass.', 'Sen. Marla Voss'],
    ['Ohio Gov. Dale Brenner signed the order on Friday.', 'Gov. Dale Brenner'],
    ['Georgia Rep. Luis Ortega voted against it.', 'Rep. Luis Ortega'],
  ])('reads the titled name after a known place as a person in "%s"', (text, name) => {
    expect(find(text, name)).toMatchObject({ type: 'PERSON', kind: 'name' });
  });

  it('keeps the place before the title a place of its own', () => {
    expect(find('Oregon Sen. Marla Voss said the bill would pass.', 'Oregon')).toMatchObject({ type: 'GPE' });
  });
});

describe('mentions: names joined by an ampersand', () => {
  it('reads a firm named by two trades joined by an ampersand as one organisation', () => {
    expect(find('Drivers at Hollin Freight & Logistics went on strike.', 'Hollin Freight & Logistics')).toMatchObject({ type: 'ORG', kind: 'name' });
  });

  it('reads two names an ampersand joins apart when no word of a trade or a body ends them', () => {
    const names = mentionsOf('The photographs are by Tarrant & Blythe.').map((m) => m.text);
    expect(names).toEqual(['Tarrant', 'Blythe']);
  });

  it('joins no given name across an ampersand, as in the names of two people', () => {
    expect(find('The gift came from the Nadia & Corin Vell Foundation.', 'Nadia')).toMatchObject({ type: 'PERSON' });
  });

  it('keeps two known places joined by an ampersand apart', () => {
    const names = mentionsOf('Talks between Russia & Ukraine stalled again.').map((m) => m.text);
    expect(names).toEqual(['Russia', 'Ukraine']);
  });
});

describe('mentions: a verb after a person in a title-cased headline', () => {
  it('ends a given name and a surname before a word that is usually a verb', () => {
    const text = 'Marta Quill Wins Award For Debut Novel\n\nMarta Quill thanked her publisher.';
    expect(mentionsOf(text).find((m) => m.start === 0)).toMatchObject({ text: 'Marta Quill', type: 'PERSON' });
  });

  it('ends the headline\'s first two words before a verb when no list knows the given name', () => {
    const text = 'Dace Ombry Warns Council Over Budget\n\nDace Ombry, a councillor, said the budget was short.';
    expect(mentionsOf(text).find((m) => m.start === 0)?.text).toBe('Dace Ombry');
  });
});

describe('mentions: an abbreviated honorific inside a run', () => {
  it('opens a person\'s name after words no list knows', () => {
    expect(find('Retired Navy Adm. Tomas Weyl said the fleet was ready.', 'Adm. Tomas Weyl')).toMatchObject({ type: 'PERSON', kind: 'name' });
  });

  it('keeps a known name inside the titled name after a place', () => {
    expect(find('U.S. Rep. Sam Jordan voted against the bill.', 'Rep. Sam Jordan')).toMatchObject({ type: 'PERSON', kind: 'name' });
  });

  it('reads the rest of a run after a known place and a written-out honorific as a person', () => {
    expect(find('Kent Lady Imogen Thwaite opened the fete.', 'Lady Imogen Thwaite')).toMatchObject({ type: 'PERSON', kind: 'name' });
  });
});
