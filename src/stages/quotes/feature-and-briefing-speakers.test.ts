// Speakers a feature, a briefing and a headline leave unnamed or misnamed: a subject called by the given name, a
// question naming someone, a description of someone else, a body after "of" or in apposition, an owned role named
// later, an infinitive after a verb's adjuncts, an answer joined to a question, a place before "who".
import { describe, expect, it } from 'vitest';
import { quotesOf } from '../../../test/helpers/quotes.js';

describe('a feature calling its subject by the given name', () => {
  const text = 'Last run of the Gannet\n\nBefore dawn the slipway at Kilbride is empty, and Ealasaid Munro is already aboard the Gannet with a flask beside the wheel. She has done this run for thirty years.\n\nEalasaid laughs at the idea of a party.\n\n"I would rather sail," she says.';

  it('ties the present-tense "she says" to the woman it is about', () => {
    expect(quotesOf(text)).toContainEqual(expect.objectContaining({ source: 'she', speaker: 'Ealasaid Munro' }));
  });
});

describe('an answer after a question naming someone', () => {
  it('is the one who spoke before the question, not the person the question names', () => {
    const quotes = quotesOf('The spokeswoman, Ana Ruiz, said the inquiry would go on. Asked by a reporter whether Jane Hale would be charged, she said that was "for the courts."');
    expect(quotes).toContainEqual(expect.objectContaining({ source: 'she', speaker: 'Ana Ruiz' }));
  });
});

describe('a definite description of a person', () => {
  it('is not the named person who answered, never described by its noun', () => {
    const quotes = quotesOf('A reporter from the Tarn Gazette asked whether the talks had failed. The spokeswoman, Ana Ruiz, said they had not. "Then why leave early?" the reporter asked.');
    expect(quotes).toContainEqual(expect.objectContaining({ source: 'the reporter', speaker: undefined }));
  });
});

describe('a body named in its source', () => {
  it('speaks for the place named after "of", as the owner before "\'s" does', () => {
    const quotes = quotesOf('The foreign ministry of Kestria said on Monday that the pilot was safe.');
    expect(quotes).toContainEqual(expect.objectContaining({ source: 'The foreign ministry of Kestria', speaker: 'Kestria' }));
  });

  it('is the company whose name is apposed to a description', () => {
    const quotes = quotesOf("The ship's owners, Harrow Freight Ltd, said in a statement that the crew were safe.");
    expect(quotes).toContainEqual(expect.objectContaining({ source: "The ship's owners, Harrow Freight Ltd", speaker: 'Harrow Freight Ltd' }));
  });
});

describe("a headline's and a lede's owned role", () => {
  const text = 'Kell\'s lawyer says club "has its answer"\n\nSam Kell will not sign a new deal, his lawyer said on Monday.\n\n"Sam has been clear for months," the lawyer, Ana Ruiz, told the Tarn Gazette.';

  it('is the person the story introduces with that role, in the headline', () => {
    expect(quotesOf(text)).toContainEqual(expect.objectContaining({ source: "Kell's lawyer", speaker: 'Ana Ruiz' }));
  });

  it('is the person the story introduces with that role, in the lede', () => {
    expect(quotesOf(text)).toContainEqual(expect.objectContaining({ source: 'his lawyer', speaker: 'Ana Ruiz' }));
  });
});

describe('an infinitive of speech after a past verb and its adjuncts', () => {
  it("has that verb's subject as its source", () => {
    const quotes = quotesOf('Ann Cole, who has run the bakery for years, wrote to the council in June to say that the road should stay open.');
    expect(quotes).toContainEqual(expect.objectContaining({ cue: 'to say', speaker: 'Ann Cole' }));
  });
});

describe('a subject asked about a topic who answers with "and said"', () => {
  const quotes = quotesOf('Tom Reed was asked about the deal at a meeting on Monday and said he would not discuss money.');

  it('is the source of the answer', () => {
    expect(quotes).toContainEqual(expect.objectContaining({ source: 'Tom Reed', cue: 'said', content: 'he would not discuss money' }));
  });

  it('gives no line to the asking', () => {
    expect(quotes.map((quote) => quote.cue)).not.toContain('was asked');
  });
});

describe('a place after "in" before a relative "who"', () => {
  it('is not taken for the person the relative describes', () => {
    const quotes = quotesOf('A diplomat in Varnholm, who asked not to be named, said the talks had stalled. "We can only wait," he said.');
    expect(quotes).toContainEqual(expect.objectContaining({ source: 'he', speaker: undefined }));
  });
});
