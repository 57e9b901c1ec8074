// "raise" voicing a worry or a doubt about something, with a person as its subject. Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { quotesOf } from '../../../test/helpers/quotes.js';

describe('"raise" voicing a worry or a doubt', () => {
  it('reads concerns a named person raised about a topic', () => {
    const quote = quotesOf("Tunnel row.\n\nSenator Ruth Kale raised concerns about the tunnel's cost.").find((seen) => seen.cue?.endsWith('concerns'));
    expect(quote).toMatchObject({ source: 'Senator Ruth Kale', cue: 'raised concerns', content: "the tunnel's cost" });
  });

  it('reads questions a pronoun subject has raised', () => {
    const quote = quotesOf('Tunnel row.\n\nAsked about the budget, she has raised questions about the contractor.').find((seen) => seen.cue?.endsWith('questions'));
    expect(quote).toMatchObject({ cue: 'has raised questions', content: 'the contractor' });
  });

  it('gives no line when a thing raises the questions', () => {
    const quotes = quotesOf("Tunnel row.\n\nThe audit raised questions about the tunnel's cost.");
    expect(quotes.find((seen) => seen.cue?.includes('questions'))).toBeUndefined();
  });

  it('gives no line when the phrase before a participle opens with a preposition', () => {
    const quotes = quotesOf('Tunnel row.\n\nThe heritage trust had written to the council in March raising concerns about the view.');
    expect(quotes.find((seen) => seen.cue?.includes('concerns'))).toBeUndefined();
  });

  it('gives no line when "it" raises the doubts', () => {
    const quotes = quotesOf('Tunnel row.\n\nThe budget is late. It raises doubts about the plan.');
    expect(quotes.find((seen) => seen.cue?.includes('doubts'))).toBeUndefined();
  });
});
