import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cleanDocument } from '../clean.js';
import { classifySentence, removeBoilerplate } from './boilerplate.js';

const SEED = new URL('../../../../shared/examples/seed-article.txt', import.meta.url);

describe('classifySentence', () => {
  it.each([
    ['Read more: Minister defends plan to cut visas', 'read more link'],
    ['Related: What the treaty says', 'related link'],
    ['Share this article on Facebook or WhatsApp', 'share prompt'],
    ['Sign up to our free morning newsletter for the day’s top stories.', 'newsletter prompt'],
    ['By signing up, you agree to receive text messages from Example Deals and to our terms.', 'sign-up consent'],
    ['Download the Example News app for breaking news alerts.', 'app prompt'],
    ['Advert', 'advertisement'],
    ['This gallery requires JavaScript.', 'script notice'],
    ['[cta url="https://example.org/plans" style="wide"] See our plans[/cta]', 'unrendered shortcode'],
    ['[video-player id="x1" autoplay="no"]', 'unrendered shortcode'],
    ['We use cookies to improve your experience on our site.', 'cookie notice'],
    ['© 2024 Example Media Ltd. All rights reserved.', 'copyright notice'],
    ['Photograph: Jane Doe/Agency', 'photo credit'],
    ['Reporting by Jane Doe; Editing by John Roe', 'credit line'],
    ['By Jane Doe and John Roe', 'byline'],
    ['Independent journalism costs money, and every pound our readers give keeps our reporters in the field.', 'donation or subscription appeal'],
    ['Please consider a contribution today.', 'donation or subscription appeal'],
  ])('names "%s" as %s', (sentence, reason) => {
    expect(classifySentence(sentence)).toBe(reason);
  });

  it.each([
    'The minister said the plan would cost money the Treasury did not have.',
    '“We rely on our readers,” the editor told the committee, “and we will keep reporting.”',
    'Shares in the company fell 4% after the announcement.',
    'You can withdraw your contributions from the fund tax-free after five years.',
    'Residents were urged to donate blankets to the shelter.',
    'By Tuesday the talks had collapsed.',
    'By signing the treaty, both countries agreed to halve their tariffs.',
    '[Editor’s note: this story was updated on Friday.]',
    '[Methods]',
  ])('keeps the article sentence "%s"', (sentence) => {
    expect(classifySentence(sentence)).toBeNull();
  });
});

describe('removeBoilerplate', () => {
  it('lists each removal with its reason and where it was', () => {
    const text = 'The talks ended on Friday.\nRead more: Why the talks failed\nBoth sides will meet again in May.';
    const result = removeBoilerplate(text);
    expect(result.text).toBe('The talks ended on Friday.\nBoth sides will meet again in May.');
    expect(result.removed).toEqual([{ reason: 'read more link', start: 27, end: 58, text: 'Read more: Why the talks failed' }]);
  });

  it('keeps the article text of a paragraph that opens with an appeal', () => {
    const text = 'Please consider a donation today, your support keeps our reporters working. It really does make a difference. The minister resigned on Monday after a week of pressure.';
    const result = removeBoilerplate(text);
    expect(result.text).toBe('The minister resigned on Monday after a week of pressure.');
  });

  it('keeps the article text of a paragraph that closes with an appeal', () => {
    const text = 'The minister resigned on Monday after a week of pressure. If you value what we do, please support us today.';
    expect(removeBoilerplate(text).text).toBe('The minister resigned on Monday after a week of pressure.');
  });

  it('maps the kept text back to where it stood in the input', () => {
    const text = 'Share this article on Facebook\nThe vote passed by 312 to 280.';
    const result = removeBoilerplate(text);
    const at = result.text.indexOf('312');
    expect(text.slice(result.map.toSource({ start: at, end: at + 3 }).start, result.map.toSource({ start: at, end: at + 3 }).end)).toBe('312');
  });

  it.runIf(existsSync(SEED))('takes the whole appeal out of the seed article and repairs the glued sentence', () => {
    const source = readFileSync(SEED, 'utf8');
    const doc = cleanDocument({ id: 'seed', source, format: 'text' });
    expect(doc.text).not.toContain('Musk');
    expect(doc.text).not.toMatch(/[a-z]\.[A-Z]/u);
    expect(doc.removed.map((removal) => removal.reason)).toContain('donation or subscription appeal');
    // The story's first sentence, once glued to the appeal, survives.
    const story = source.slice(source.indexOf('difference.') + 'difference.'.length, source.indexOf('.', source.indexOf('difference.') + 12) + 1);
    expect(doc.text).toContain(story);
  });
});
