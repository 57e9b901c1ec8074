// Belief, stance and reporting words the cue data lacked. Sentences written for the test.
import { describe } from 'vitest';
import { readsWithSourceAndContent } from '../../../test/helpers/quote-cases.js';

describe('words of speech, belief, feeling and stance the cue data lacked', () => {
  readsWithSourceAndContent([
    // Verbs and phrasal verbs.
    { name: 'reads "is leaning toward" as a view its subject is forming', sentence: 'The committee is leaning toward a delay.', source: 'The committee', content: 'a delay' },
    { name: 'reads "paraphrased" with the words retold as content', sentence: "Ms Tovar paraphrased the treaty's opening clause.", source: 'Ms Tovar', content: "the treaty's opening clause" },
    { name: 'reads "parroted" with the lines repeated as content', sentence: "The candidate parroted his party's lines on taxes.", source: 'The candidate', content: "his party's lines on taxes" },
    { name: 'reads "dwelt on" as speech lingering on a topic', sentence: "The speaker dwelt on the harbour's long history.", source: 'The speaker', content: "the harbour's long history" },
    { name: 'reads "heralded" as a judgement announcing what is coming', sentence: 'The bank heralded a new era of cheap loans.', source: 'The bank', content: 'a new era of cheap loans' },
    { name: 'reads "laughed off" as a dismissal of its object', sentence: 'The senator laughed off the rumours about her health.', source: 'The senator', content: 'the rumours about her health' },
    { name: 'reads "reassured" with its addressee left out of the content', sentence: 'The minister reassured farmers that the subsidy would stay.', source: 'The minister', content: 'that the subsidy would stay' },
    // Adjectives of feeling and stance after a linking verb.
    { name: 'reads "is passionate about" as a stance on its topic', sentence: 'The coach is passionate about youth football.', source: 'The coach', content: 'youth football' },
    { name: 'reads "is intrigued by" as a view of what intrigues', sentence: 'The chef is intrigued by the new market.', source: 'The chef', content: 'the new market' },
    { name: 'reads "was miffed over" as a grievance', sentence: 'The captain was miffed over the late kickoff.', source: 'The captain', content: 'the late kickoff' },
    { name: 'reads "is not rattled about" as a negated stance', sentence: 'Mayor Ruth Kell is not rattled about the poor turnout.', source: 'Mayor Ruth Kell', content: 'the poor turnout', modality: 'negated' },
    { name: 'reads "were never fond of" as a negated stance', sentence: 'The rangers were never fond of the new fence.', source: 'The rangers', content: 'the new fence', modality: 'negated' },
    { name: 'reads "are appreciative of" as a stance on what is appreciated', sentence: "The growers are appreciative of the council's help with irrigation.", source: 'The growers', content: "the council's help with irrigation" },
    // Cue nouns with an owner or a light verb.
    { name: 'reads an "assessment of" performed by a light verb', sentence: 'The inspector gave a grim assessment of the bridge.', source: 'The inspector', content: 'the bridge' },
    { name: 'reads an owned "reluctance" with its infinitive as content', sentence: "The governor's reluctance to raise taxes is well known.", source: "The governor's", content: 'to raise taxes' },
    { name: 'reads owned "attitudes about" with the topic as content', sentence: 'Their attitudes about public transport have shifted.', source: 'Their', content: 'public transport' },
    { name: 'reads an owned "passion for" with what is loved as content', sentence: 'Dr Ama Osei never lost her passion for sailing.', source: 'her', content: 'sailing' },
  ]);
});

