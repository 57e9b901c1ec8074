import fc from 'fast-check';

/** Hostile inputs that have broken text tools: each is built, never stored, so the suite stays small. */
export const NASTY_INPUTS: Array<{ name: string; make: () => string }> = [
  { name: '10,000 nested tags', make: () => `<html><body>${'<div>'.repeat(10_000)}Deep text here.${'</div>'.repeat(10_000)}</body></html>` },
  { name: '10,000 unclosed tags', make: () => `<html><body>${'<p><span><b>'.repeat(3_400)}Never closed.` },
  { name: 'a 5 MB single line', make: () => 'The envoy met the minister. '.repeat(180_000) },
  { name: '100,000 quote marks', make: () => `He said ${'"'.repeat(100_000)} then left.` },
  { name: '100,000 curly quote marks', make: () => `She said ${'“'.repeat(50_000)}${'”'.repeat(50_000)} and went.` },
  { name: 'right-to-left text', make: () => 'قال الوزير إن المحادثات ستستمر يوم الخميس. ‏He said "yes" on Thursday.' },
  { name: 'emoji and joiners', make: () => 'The President 👩🏽‍⚖️ met 🇺🇦 envoys on Tuesday 🙂. "Great," he said 👍.' },
  { name: 'unpaired surrogates', make: () => `Mr Smith\ud800 said "\udc00fine" on Monday\ud83d.` },
  { name: 'NUL and control characters', make: () => 'Text\u0000with\u0001controls\u0007and\u001b[31m escapes.' },
  { name: 'only punctuation', make: () => '.,;:!?'.repeat(20_000) },
  { name: 'a long word', make: () => `${'A'.repeat(1_000_000)}.` },
  { name: 'script and style only', make: () => '<html><head><script>var a = "<p>not text</p>";</script><style>p{}</style></head><body></body></html>' },
  { name: 'broken entities', make: () => '<p>Tom &amp Jerry &#xZZ; &#99999999; &unknown; &#0; &</p>' },
  { name: 'mojibake everywhere', make: () => 'â€œDonâ€™t,â€ he said. Ã©tÃ© Â£5 â€” done.'.repeat(5_000) },
  { name: 'many capitalised words', make: () => 'Alpha Beta Gamma Delta Epsilon Zeta Eta Theta '.repeat(30_000) },
  { name: 'many weekdays', make: () => 'on Monday on Tuesday last Friday next Sunday this week '.repeat(20_000) },
];

/** Arbitrary text: any code units, including lone surrogates and control characters. */
export const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 400 }),
  fc.string({ unit: 'grapheme', maxLength: 400 }),
  fc.string({ unit: fc.constantFrom('"', '“', '”', '‘', '’', "'", '.', ' ', '\n', 'Mr', 'said', 'The', 'U.S.', '<p>', '</p>', '&amp;', 'Thursday'), maxLength: 200 }),
);

const TAGS = ['p', 'div', 'article', 'span', 'a', 'script', 'style', 'h1', 'li', 'table', 'td', 'br', 'img', 'meta', 'title', 'nav'];

/** HTML built from random tags, attributes and text, sometimes left unbalanced. */
export const randomHtml = fc
  .array(
    fc.oneof(
      fc.constantFrom(...TAGS).map((tag) => `<${tag}>`),
      fc.constantFrom(...TAGS).map((tag) => `</${tag}>`),
      fc.tuple(fc.constantFrom(...TAGS), fc.string({ maxLength: 20 })).map(([tag, value]) => `<${tag} class="${value}" content='${value}'>`),
      fc.string({ maxLength: 60 }),
      fc.constantFrom('<!--', '-->', '<![CDATA[', ']]>', '<!doctype html>', '&nbsp;', '&#8217;', '<'),
    ),
    { maxLength: 80 },
  )
  .map((parts) => `<html><body>${parts.join('')}`);

/** Random bytes, as a scraper might hand over a binary file by mistake. */
export const randomBytes = fc.uint8Array({ maxLength: 2_000 });
