// Probes in diplomacy, conflict and statecraft copy: briefings, joint statements, council debates, claims and denials,
// military and state media statements, call readouts, hedged sourcing, interpreters and posts. Sentences written for
// the test.
import { describe, expect, it } from 'vitest';
import { quotesOf } from '../../../test/helpers/quotes.js';

describe('an infinitive after a participle aside granting anonymity', () => {
  it('leaves the main cue after the aside its own line', () => {
    const quotes = quotesOf('A senior Velish official, speaking on condition of anonymity to discuss the plans, said the convoy had turned back.');
    expect(quotes).toContainEqual(expect.objectContaining({ source: 'A senior Velish official', cue: 'said', content: 'the convoy had turned back' }));
  });

  it('ends the infinitive\'s content with the aside', () => {
    const quotes = quotesOf('A senior Velish official, speaking on condition of anonymity to discuss the plans, said the convoy had turned back.');
    expect(quotes).toContainEqual(expect.objectContaining({ cue: 'to discuss', content: 'the plans' }));
  });

  it('gives the infinitive the subject before the aside as its source', () => {
    const quotes = quotesOf('An aide, speaking anonymously to describe the talks, said the mood was grim.');
    expect(quotes.find((q) => q.cue?.endsWith('to describe'))?.source).toBe('An aide');
  });

  it('gives the infinitive after a trailing cue that cue\'s source', () => {
    const quotes = quotesOf('"It is not a retreat," one aide said, speaking on condition of anonymity to discuss the plans.');
    expect(quotes.find((q) => q.cue === 'to discuss')?.source).toBe('one aide');
  });
});

describe('a relative clause closing on a request for anonymity', () => {
  it('stays with the phrase it describes in the source', () => {
    const [quote] = quotesOf('A Western diplomat who asked not to be named said the sticking point was the order of releases.');
    expect(quote).toMatchObject({ source: 'A Western diplomat who asked not to be named', cue: 'said', content: 'the sticking point was the order of releases' });
  });

  it('stays with it after "declined to be identified"', () => {
    const [quote] = quotesOf('An envoy who declined to be identified said the draft would be withdrawn.');
    expect(quote?.source).toBe('An envoy who declined to be identified');
  });
});

describe('a number joined to its noun in an addressee', () => {
  it('is skipped with the addressee of "told" before "that"', () => {
    const [quote] = quotesOf('The envoy told the 15-member council that nearly 300,000 people had no clean water.');
    expect(quote).toMatchObject({ source: 'The envoy', cue: 'told', content: 'that nearly 300,000 people had no clean water' });
  });

  it('is skipped before a named body', () => {
    const [quote] = quotesOf('She told the 193-member General Assembly that the vote was a turning point.');
    expect(quote?.content).toBe('that the vote was a turning point');
  });

  it('is skipped before a reported clause with no "that"', () => {
    const [quote] = quotesOf('The governor told a 40-strong crowd the bridge would reopen.');
    expect(quote?.content).toBe('the bridge would reopen');
  });
});

describe('a definite title whose words before the head differ from a named holder\'s', () => {
  it('does not make "the foreign minister" the defence minister named before', () => {
    const quotes = quotesOf('Defence Minister Oren Talvik said the front was holding.\n\nThe foreign minister said talks could resume within weeks.');
    expect(quotes.find((q) => q.source === 'The foreign minister')?.speaker).not.toBe('Oren Talvik');
  });

  it('still makes a bare "the minister" the minister named before', () => {
    const quotes = quotesOf('Defence Minister Oren Talvik said the front was holding.\n\nThe minister said reinforcements had arrived.');
    expect(quotes.find((q) => q.source === 'The minister')?.speaker).toBe('Oren Talvik');
  });
});

describe('a body named before the kind noun closing a source', () => {
  it('makes "the state-run Xinhua news agency" Xinhua', () => {
    const [quote] = quotesOf('The state-run Xinhua news agency reported that the two sides had signed a trade deal.');
    expect(quote).toMatchObject({ source: 'The state-run Xinhua news agency', speaker: 'Xinhua' });
  });

  it('makes "According to the official IRNA news agency" IRNA\'s line', () => {
    const [quote] = quotesOf('According to the official IRNA news agency, the foreign minister will travel to Muscat next week.');
    expect(quote).toMatchObject({ cue: 'According to', speaker: 'IRNA' });
  });
});

describe('diplomatic and military sourcing already read right', () => {
  it('reads a spokesperson who told a regular briefing', () => {
    const [quote] = quotesOf('Foreign ministry spokesperson Wen Tao told a regular news briefing in the capital that a formal protest had been lodged.');
    expect(quote).toMatchObject({ source: 'Foreign ministry spokesperson Wen Tao', cue: 'told', content: 'that a formal protest had been lodged', speaker: 'Wen Tao' });
  });

  it('reads speech through an interpreter', () => {
    const [quote] = quotesOf('"We will not give up a single village," Defence Minister Oren Talvik said through an interpreter.');
    expect(quote).toMatchObject({ source: 'Defence Minister Oren Talvik', cue: 'said', speaker: 'Oren Talvik' });
  });

  it('reads a post on X, formerly Twitter', () => {
    const [quote] = quotesOf('Foreign Minister Ilse Varga wrote on X, formerly Twitter, that the sanctions were "an act of economic war".');
    expect(quote).toMatchObject({ cue: 'wrote', content: 'that the sanctions were "an act of economic war"', speaker: 'Ilse Varga' });
  });

  it('reads a minister quoted by an agency as saying', () => {
    const [quote] = quotesOf('Deputy Foreign Minister Pavel Rusin was quoted by the Interfax agency as saying the proposal was unacceptable.');
    expect(quote).toMatchObject({ cue: 'was quoted by the Interfax agency as saying', content: 'the proposal was unacceptable', speaker: 'Pavel Rusin' });
  });

  it('reads a council envoy\'s counterpart who countered', () => {
    const [quote] = quotesOf('Her Estonian counterpart, Mari Kask, countered that the text had been negotiated for weeks.');
    expect(quote).toMatchObject({ source: 'Her Estonian counterpart, Mari Kask', cue: 'countered', content: 'that the text had been negotiated for weeks', speaker: 'Mari Kask' });
  });

  it('reads a joint statement\'s leaders', () => {
    const [quote] = quotesOf('The two leaders said in a joint statement that they would hold annual summits.');
    expect(quote).toMatchObject({ source: 'The two leaders', cue: 'said', content: 'that they would hold annual summits' });
  });

  it('reads a claim of responsibility', () => {
    const [quote] = quotesOf('A group calling itself the Northern Brigade claimed responsibility for the attack on the checkpoint.');
    expect(quote).toMatchObject({ cue: 'claimed', content: 'responsibility for the attack on the checkpoint' });
  });
});
