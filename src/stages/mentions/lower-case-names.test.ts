import { describe, expect, it } from 'vitest';
import { findMentions } from './mentions.js';
import { CONTEXT, docThrough } from '../../../test/helpers/docs.js';

/** The name mentions of an invented text, with the text each shows. */
function namesIn(text: string): Array<{ text: string; type: string; kbId?: string }> {
  return findMentions(docThrough('pos', text, null), CONTEXT)
    .filter((m) => m.kind === 'name')
    .map((m) => ({ text: text.slice(m.start, m.end), type: m.type, ...(m.kbId ? { kbId: m.kbId } : {}) }));
}

describe('an organisation the knowledge base writes in lower case', () => {
  it('is found in lower case as the German news agency', () => {
    expect(namesIn('The harbour master told dpa on Monday that the ferries would run again.')).toContainEqual({ text: 'dpa', type: 'ORG', kbId: 'MEDIA:DPA' });
  });

  it('is found with a possessive', () => {
    expect(namesIn("A dpa reporter saw the convoy, and dpa's photographer filmed it.").filter((m) => m.text === 'dpa')).toHaveLength(2);
  });

  it('leaves a lower-case alias that only describes a body unread', () => {
    expect(namesIn('Inspectors from the chemical weapons watchdog arrived on Tuesday.').map((m) => m.text)).not.toContain('chemical weapons watchdog');
  });
});
