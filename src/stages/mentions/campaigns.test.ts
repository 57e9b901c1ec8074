import { describe, expect, it } from 'vitest';
import { findMentions } from './mentions.js';
import { CONTEXT, docThrough } from '../../../test/helpers/docs.js';

/** The names found in an invented text, as "TYPE:text". */
function namesOf(text: string): string[] {
  return findMentions(docThrough('pos', text, null), CONTEXT)
    .filter((m) => m.kind === 'name')
    .map((m) => `${m.type}:${text.slice(m.start, m.end)}`);
}

describe('a campaign named for a person', () => {
  it.each([
    ['Friends for Doralin Vesk, a residents group, said the park must stay.', 'ORG:Friends for Doralin Vesk'],
    ['Mothers for Maya said the inquiry had failed.', 'ORG:Mothers for Maya'],
    ['Outside the court, the campaign Truth for Ossian handed out leaflets.', 'ORG:Truth for Ossian'],
  ])('is one body in "%s"', (text, body) => {
    expect(namesOf(text)).toContain(body);
  });

  it.each([
    'Ann Lee, Minister for Equalities, said the bill would pass.',
    'The bill will pass, said Minister for Equalities, Ann Lee.',
    'Tom Reed, Secretary for Brexit, said talks would go on.',
  ])('is no body where an office is named for an unlisted field in "%s"', (text) => {
    expect(namesOf(text).filter((name) => name.startsWith('ORG:'))).toEqual([]);
  });

  it('is no body in a title-case headline', () => {
    const names = namesOf('Pier Plan Passes in Victory for Ann Lee\nThe council voted on Monday.');
    expect(names).not.toContain('ORG:Victory for Ann Lee');
    expect(names).toContain('PERSON:Ann Lee');
  });
});
