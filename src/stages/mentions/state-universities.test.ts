import { describe, expect, it } from 'vitest';
import { findMentions } from './mentions.js';
import { CONTEXT, docThrough } from '../../../test/helpers/docs.js';
import { defaultKnowledgeBase } from '../../kb/knowledge-base.js';

/** The mention of an invented text whose text is `surface`, with its type. */
function mentionOf(text: string, surface: string): { type: string } | undefined {
  return findMentions(docThrough('pos', text, null), CONTEXT).find((m) => text.slice(m.start, m.end) === surface);
}

// The knowledge base's states; "New York State" and "Washington State" are the states themselves, and the District of Columbia is none.
const STATES = defaultKnowledgeBase()
  .places.filter((p) => p.country === 'USA' && p.kind === 'region')
  .map((p) => p.name)
  .filter((name) => !['New York', 'Washington State', 'District of Columbia'].includes(name));

describe('a state of the knowledge base before "State"', () => {
  it('covers the forty-eight states besides New York and Washington', () => {
    expect(STATES).toHaveLength(48);
  });

  it.each(STATES)('names a university when the state is %s', (state) => {
    expect(mentionOf(`Fans of ${state} State cheered the new coach on Saturday.`, `${state} State`)?.type).toBe('ORG');
  });
});
