import { describe, expect, it } from 'vitest';
import { parseTree } from './tree.js';
import { explainMetadata, parseByline, readMetadata, stripSite } from './metadata.js';

const NOW = new Date('2024-06-01T12:00:00Z');
const meta = (head: string, body = '', url: string | null = null) => readMetadata(`<html><head>${head}</head><body>${body}</body></html>`, parseTree(`<html><head>${head}</head><body>${body}</body></html>`), url, NOW);
const ld = (value: object): string => `<script type="application/ld+json">${JSON.stringify(value)}</script>`;

describe('titles', () => {
  it('drops a site name glued to the title by a separator', () => {
    expect(stripSite('Minister resigns over leak | The Daily Ledger', 'The Daily Ledger', null)).toBe('Minister resigns over leak');
    expect(stripSite('The Daily Ledger - Minister resigns over leak', 'The Daily Ledger', null)).toBe('Minister resigns over leak');
    expect(stripSite('Minister resigns over leak – Ledger', null, 'ledger.example')).toBe('Minister resigns over leak');
    expect(stripSite('Spring sale opens - Harbourshop.com', null, 'offers.harbourshop.com')).toBe('Spring sale opens');
    expect(stripSite('Minister resigns over leak | Ledger', null, 'news.ledger.co.uk')).toBe('Minister resigns over leak');
  });

  it('drops the page\'s domain name written before the title without a separator', () => {
    expect(stripSite('riverlog.example Tides of the estuary', null, 'riverlog.example')).toBe('Tides of the estuary');
  });

  it('knows the page\'s domain name from its address once "www." is dropped', () => {
    expect(meta('<title>Harbourlog.example Ferry timetable changes in spring</title>', '', 'https://WWW.harbourlog.example/ferries').title).toBe('Ferry timetable changes in spring');
  });

  it('drops a site name whose initials the host spells', () => {
    expect(stripSite('Saving for a first home | Harbour Valley Credit Union', null, 'hvcu.example')).toBe('Saving for a first home');
  });

  it('prefers the visible heading when a meta title confirms it', () => {
    expect(meta('<title>Minister resigns | Ledger</title>', '<h1>Minister resigns</h1>').title).toBe('Minister resigns');
  });

  it('explains that a title cut from the <title> with its site name dropped was read from part of it', () => {
    const html = '<html><head><title>Tide tables move online | Harbour Gazette</title></head><body><p>Text.</p></body></html>';
    expect(explainMetadata(html, parseTree(html), null, NOW).titleSource).toBe('<title>, part');
  });

  it('takes a reworded heading over a search-engine title that shares its words', () => {
    expect(meta('<meta property="og:title" content="Best trains 2025 | Top 19 routes">', '<h1>The best trains of 2025</h1>').title).toBe('The best trains of 2025');
  });

  it('takes the meta title a heading wraps in a date or a label', () => {
    expect(meta('<meta property="og:title" content="Mending a garden wall">', '<h1>Mar 4 2024 Mending a garden wall</h1>').title).toBe('Mending a garden wall');
    expect(meta('<meta property="og:title" content="Mending a garden wall">', '<h1>Notes: Mending a garden wall</h1>').title).toBe('Mending a garden wall');
    expect(meta('<meta property="og:title" content="Mending a garden wall">', '<h1>Mending a garden wall March 4, 2024</h1>').title).toBe('Mending a garden wall');
  });

  it('keeps a subtitle the heading adds after a colon', () => {
    expect(meta('<meta property="og:title" content="Mending a garden wall">', '<h1>Mending a garden wall: stone by stone</h1>').title).toBe('Mending a garden wall: stone by stone');
  });

  it('drops a section name the heading repeats from the meta title', () => {
    expect(meta('<meta property="og:title" content="Why rivers flood in spring | Analysis">', '<h1>Why rivers flood in spring | Analysis</h1>').title).toBe('Why rivers flood in spring');
  });

  it('passes over a heading that covers only a corner of the meta title', () => {
    expect(meta('<meta property="og:title" content="How we rebuilt the harbour crane after the storm">', '<h1>Crane</h1>').title).toBe('How we rebuilt the harbour crane after the storm');
  });

  it('does not count shared function words as a heading rewording the meta title', () => {
    expect(meta('<meta property="og:title" content="Where to swim in Oslo">', '<h1>Next in the guide to the Oslo fjords</h1>').title).toBe('Where to swim in Oslo');
  });

  it('drops a tagline a pipe sets off in the heading', () => {
    expect(meta('<meta property="og:title" content="Best night trains of 2025 | Top 12 routes | Railnotes">', '<h1>Best night trains of 2025 | Top 12 routes</h1>').title).toBe('Best night trains of 2025');
  });

  it('passes over a heading that is only the blog name a meta title puts before a colon', () => {
    expect(meta('<title>Harbour Notes: Mending nets by hand</title><meta property="og:title" content="Mending nets by hand">', '<h1>Harbour Notes</h1>').title).toBe('Mending nets by hand');
  });

  it('ignores a heading that is only the site logo or a section name', () => {
    expect(meta('<meta property="og:site_name" content="Ledger"><title>Minister resigns over leak | Ledger</title>', '<h1>Ledger</h1>').title).toBe('Minister resigns over leak');
    expect(meta('<title>Minister resigns over leak</title>', '<h1>Our blog</h1>').title).toBe('Minister resigns over leak');
  });
});

describe('authors', () => {
  it('reads JSON-LD authors, leaving out organisations', () => {
    const head = ld({ '@type': 'NewsArticle', author: [{ '@type': 'Person', name: 'Jane Doe' }, { '@type': 'Organization', name: 'Reuters' }] });
    expect(meta(head).authors).toEqual(['Jane Doe']);
  });

  it('reads the author of a JSON-LD WebPage that carries a headline when no article object is given', () => {
    const head = ld({ '@type': 'WebPage', headline: 'Weekly notes #4', author: { '@type': 'Person', name: 'Ilir Berisha' } });
    expect(meta(head).authors).toEqual(['Ilir Berisha']);
  });

  it.each([
    ['By Jane Doe and John Roe', ['Jane Doe', 'John Roe']],
    ['Jane Doe, Political Correspondent', ['Jane Doe']],
    ['By Jane Doe | Reuters', ['Jane Doe']],
    ['Jane Doe, Reuters', ['Jane Doe']],
    ['By Jane Doe Updated 3 May 2024, 10:00', ['Jane Doe']],
    ['Jane Doe, MS, RDN', ['Jane Doe']],
    ['Jane Doe Former Senior Editor', ['Jane Doe']],
    ['Associated Press', []],
    ['Jane Doe (JDoeWrites)', ['Jane Doe']],
    ['Jane Doe (Senior Editor', ['Jane Doe']],
    ['Jane Doe on 3 May 2024', ['Jane Doe']],
    ['Kitchen On', ['Kitchen On']],
  ])('cleans the byline "%s"', (byline, expected) => {
    expect(parseByline(byline)).toEqual(expected);
  });

  it('finds a byline written in the page after "Written by"', () => {
    expect(meta('', '<h1>A title here</h1><div><p>Written by</p><p>Jane Doe</p></div>').authors).toEqual(['Jane Doe']);
  });

  it('reads a byline that follows a publication date in the same line', () => {
    expect(parseByline('Published March 3, 2024 by Tomas Lindqvist')).toEqual(['Tomas Lindqvist']);
  });

  it('reads the name an author box gives in a sentence ("This post was written by ...")', () => {
    expect(parseByline('This post was written by Ines Moreau, Head of Community')).toEqual(['Ines Moreau']);
  });

  it('drops a job title that follows the name after a comma, whatever its words', () => {
    expect(parseByline('By Amira Haddad, Gardening and Outdoor Living Editor')).toEqual(['Amira Haddad']);
  });

  it('drops a date written day first after the name', () => {
    expect(parseByline('Oskar Brandt 12 October 2023')).toEqual(['Oskar Brandt']);
  });

  it('reads a written-out byline whose name carries a long role', () => {
    const body = '<h1>A title here</h1><p>By Ines Duarte, Elected Member Representative to the Northern Harbour Fisheries Liaison Committee</p>';
    expect(meta('', body).authors).toEqual(['Ines Duarte']);
  });

  it('reads a byline whose lead and name share one element', () => {
    expect(meta('', '<h1>A title here</h1><p>Written by Priya Nair</p>').authors).toEqual(['Priya Nair']);
    expect(meta('', '<h1>A title here</h1><p>by: <!-- x -->Priya Nair<!-- -->, Mar 2, 2024</p>').authors).toEqual(['Priya Nair']);
  });

  it('finds the name after a lone "by" in its own element', () => {
    expect(meta('', '<h1>A title here</h1><div><span>by </span><p><a href="/a/pn">Priya Nair</a></p></div>').authors).toEqual(['Priya Nair']);
  });

  it('stops a byline element at the first piece that is not a name', () => {
    const body = '<h1>A title here</h1><div class="post-author"><span>Priya Nair</span><span>Founder</span><span>Gardening</span></div>';
    expect(meta('', body).authors).toEqual(['Priya Nair']);
  });

  it('ignores "By ..." headings inside a site menu', () => {
    expect(meta('', '<nav><ul class="menu"><li><a href="/v">By Region</a></li></ul></nav><h1>A title here</h1>').authors).toEqual([]);
  });

  it('reads the author from the labelled meta pairs of link previews', () => {
    expect(meta('<meta name="twitter:label1" content="Written by"><meta name="twitter:data1" content="Priya Nair">').authors).toEqual(['Priya Nair']);
  });

  it('prefers a person to the publisher credited beside them', () => {
    const head = ld({ '@type': 'BlogPosting', author: [{ name: 'Priya Nair' }, { name: 'Harbour Ledger' }], publisher: { '@type': 'Organization', name: 'Harbour Ledger' } });
    expect(meta(head).authors).toEqual(['Priya Nair']);
  });

  it('takes a name opening with "The" for an institution, not a person', () => {
    const head = ld({ '@type': 'NewsArticle', author: { name: 'The Harbour Ledger' } });
    expect(meta(head, '<h1>A title here</h1><p>By Priya Nair</p>').authors).toEqual(['Priya Nair']);
  });

  it('keeps an institution credit when no person is named anywhere', () => {
    expect(meta('<meta name="author" content="Harbour Ledger Editorial Team">').authors).toEqual(['Harbour Ledger Editorial Team']);
  });

  it('reads a byline element that gives the date before the name', () => {
    expect(meta('', '<h1>A title here</h1><div class="date-author"><span>Feb 9, 2024</span><span>Priya Nair</span></div>').authors).toEqual(['Priya Nair']);
    expect(parseByline('Feb. 9, 2024 · Priya Nair')).toEqual(['Priya Nair']);
  });

  it('prefers a person named in the page to a user name in the metadata', () => {
    expect(meta('<meta name="author" content="pnair">', '<h1>A title here</h1><p>By Priya Nair</p>').authors).toEqual(['Priya Nair']);
  });

  it('keeps a user name when no person is named', () => {
    expect(meta('<meta name="author" content="pnair">').authors).toEqual(['pnair']);
  });

  it('prefers a full name to a single word from a byline element', () => {
    const body = '<h1>A title here</h1><div class="author-links"><a href="/c/lifestyle">Lifestyle</a></div><p>By Priya Nair</p>';
    expect(meta('', body).authors).toEqual(['Priya Nair']);
  });

  it('reads the name under an "Author" heading but not an "Author Bio" link', () => {
    expect(meta('', '<h1>A title here</h1><div><h3>Author</h3><p>Priya Nair</p></div>').authors).toEqual(['Priya Nair']);
    expect(meta('', '<h1>A title here</h1><p>Author Bio</p>').authors).toEqual([]);
  });

  it('reads a contributors line', () => {
    expect(meta('', '<h1>A title here</h1><div><strong>Contributors:</strong> Priya Nair</div>').authors).toEqual(['Priya Nair']);
  });

  it('reads the name at the head of an author box with a bio', () => {
    const bio = 'Priya writes about coastal towns, harbours and the people who keep them running, after ten years as a ferry engineer on the northern routes.';
    expect(meta('', `<h1>A title here</h1><div class="author-box"><p>Priya Nair</p><p>${bio}</p></div>`).authors).toEqual(['Priya Nair']);
  });

  it('does not take an abbreviated weekday in a byline element for a name', () => {
    expect(meta('', '<h1>A title here</h1><div class="byline">Sat, 9 Mar, 2024 - 08:15</div>').authors).toEqual([]);
  });

  it('does not read the bio or the job line of an author box as names', () => {
    expect(meta('', '<h1>A title here</h1><div class="author-description">Certified Tea Sommelier, Harbour Guild</div>').authors).toEqual([]);
  });

  it('prefers a byline written under the headline to the meta author', () => {
    expect(meta('<meta name="author" content="Site Uploader">', '<h1>A title here</h1><p>By Ines Duarte</p>').authors).toEqual(['Ines Duarte']);
  });

  it('measures the header byline from the heading that holds the title, not from a logo heading', () => {
    const head = '<meta property="og:title" content="Nets mended by hand"><meta name="author" content="Marta Kowalska">';
    const body = `<h1>Harbour Daily</h1><div class="teaser"><p>By Teaser Writer</p></div><p>${'Other stories, '.repeat(200)}</p><h1>Nets mended by hand</h1>`;
    expect(meta(head, body).authors).toEqual(['Marta Kowalska']);
  });

  it('keeps the meta author over a byline far below the headline', () => {
    const body = `<h1>A title here</h1><p>${'Story text, '.repeat(200)}</p><p>By Ines Duarte</p>`;
    expect(meta('<meta name="author" content="Marta Kowalska">', body).authors).toEqual(['Marta Kowalska']);
  });

  it('takes a site account credited as the author for no person', () => {
    const body = `<h1>A title here</h1><p>${'Story text, '.repeat(200)}</p><div class="post-author">Ines Duarte</div>`;
    expect(meta('<meta name="author" content="Harbour Admin">', body).authors).toEqual(['Ines Duarte']);
  });

  it('finds a byline element by its class', () => {
    expect(meta('', '<h1>A title here</h1><div class="article-byline">By <a href="/jane">Jane Doe</a></div>').authors).toEqual(['Jane Doe']);
  });

  it('reads the name of a link to an author page whose address spells it', () => {
    expect(meta('', '<h1>A title here</h1><a href="/blog/authors/tomas-nunez"><img src="t.png"> Tomás Núñez</a>').authors).toEqual(['Tomás Núñez']);
  });

  it('reads the name of a link to an author page that shows only a photo from the photo\'s label', () => {
    expect(meta('', '<h1>A title here</h1><a href="/author/lena-berg"><img src="l.jpg" alt="Lena Berg"></a>').authors).toEqual(['Lena Berg']);
  });

  it('reads the author from the label of a photo in a byline element that shows no text', () => {
    expect(meta('', '<h1>A title here</h1><span class="author-photo"><img src="p.jpg" alt="Headshot of Ines Duarte, a garden designer"></span>').authors).toEqual(['Ines Duarte']);
  });

  it('does not read a picture label deep inside a teaser marked as having an author', () => {
    const teaser = '<div class="summary-item-has-author"><div><div><a href="/x"><img alt="Spring Planting Planner"></a></div></div></div>';
    expect(meta('', `<h1>A title here</h1>${teaser}`).authors).toEqual([]);
  });

  it('does not take a single word or an institution from a photo label for a name', () => {
    expect(meta('', '<h1>A title here</h1><span class="author-photo"><img alt="Vineyard"></span>').authors).toEqual([]);
    expect(meta('', '<h1>A title here</h1><span class="author-photo"><img alt="Harbour Valley University logo"></span>').authors).toEqual([]);
  });

  it('reads an author page address with malformed percent escapes without failing', () => {
    expect(meta('', '<h1>A title here</h1><a href="/author/%E2%80">Read more stories</a>').authors).toEqual([]);
  });

  it('reads an author page address that ends in the site\'s id for the author', () => {
    expect(meta('', '<h1>A title here</h1><a href="/author/lena-berg-4412/">Lena Berg</a>').authors).toEqual(['Lena Berg']);
  });

  it('reads a link to a listing filtered by author whose query spells the name', () => {
    expect(meta('', '<h1>A title here</h1><ul><li><a href="/library/?author=Lena%20M.%20Berg">Lena M. Berg</a></li></ul>').authors).toEqual(['Lena M. Berg']);
  });

  it('passes over a link to an author page whose text names someone else', () => {
    expect(meta('', '<h1>A title here</h1><a href="/author/tomas-nunez">Read more stories</a>').authors).toEqual([]);
  });

  it('credits the person a site is named after when the page names no author', () => {
    expect(meta('<meta property="og:site_name" content="Marta Kowalska’s blog">', '<h1>A title here</h1>').authors).toEqual(['Marta Kowalska']);
    expect(meta('<title>On sourdough | Marta Kowalska\'s Notes</title>', '<h1>On sourdough</h1>').authors).toEqual(['Marta Kowalska']);
  });

  it('does not take a site named like a person for its author', () => {
    expect(meta('<meta property="og:site_name" content="Harbour Bread">', '<h1>A title here</h1>').authors).toEqual([]);
  });

  it('prefers the byline to the person a site is named after', () => {
    expect(meta('<meta property="og:site_name" content="Marta Kowalska’s blog">', '<h1>A title here</h1><p>By Jan Nowak</p>').authors).toEqual(['Jan Nowak']);
  });

  it('reads a name that opens a dated line under the headline', () => {
    expect(meta('', '<h1>A title here</h1><p>Ruth Okafor | Senior Writer | July 2, 2023</p>').authors).toEqual(['Ruth Okafor']);
    expect(meta('', '<h1>A title here</h1><p>Dec 6, 2023 • Ruth Okafor in <a href="/c">Gardening</a></p>').authors).toEqual(['Ruth Okafor']);
  });

  it('reads the name beside a date that sits in an element of its own', () => {
    expect(meta('', '<h1>A title here</h1><div><span>2024-02-14</span><span>·</span><a>Ines Duarte</a></div>').authors).toEqual(['Ines Duarte']);
  });

  it('does not read a dated notice under the headline as a name', () => {
    expect(meta('', '<h1>A title here</h1><p>Last Modified: July 2, 2023</p>').authors).toEqual([]);
  });

  it('reads a byline element whose class splits the word with a hyphen ("by-line")', () => {
    expect(meta('', '<h1>A title here</h1><div class="story__by-line">Ines Duarte</div>').authors).toEqual(['Ines Duarte']);
  });

  it('reads a written-out byline whose lead is preceded by an entity or spelled with one', () => {
    expect(meta('', '<h1>A title here</h1><p>&nbsp;By Ines Duarte</p>').authors).toEqual(['Ines Duarte']);
    expect(meta('', '<h1>A title here</h1><p>&#66;y Ines Duarte</p>').authors).toEqual(['Ines Duarte']);
  });

  it('does not read the text of a script as a byline', () => {
    expect(meta('', '<h1>Nets</h1><script type="text/template">By Ferris Wheel</script><p>Mended nets.</p>').authors).toEqual([]);
  });

  it('takes only the first confirmed author link, not the editor credited after it', () => {
    expect(meta('', '<h1>A title here</h1><p><a href="/author/ana-lima">Ana Lima</a></p><p>Fact-checked: <a href="/author/rui-costa">Rui Costa</a></p>').authors).toEqual(['Ana Lima']);
  });
});

describe('dates', () => {
  it('takes JSON-LD datePublished before meta tags and keeps the modified date apart', () => {
    const head = ld({ '@type': 'NewsArticle', datePublished: '2024-05-02T08:00:00+01:00', dateModified: '2024-05-03T09:00:00Z' }) + '<meta property="article:published_time" content="2024-05-01">';
    const result = meta(head);
    expect(result.published).toBe('2024-05-02T08:00:00+01:00');
    expect(result.modified).toBe('2024-05-03T09:00:00Z');
  });

  it('falls back to Open Graph, then <time>, then the URL, then visible text', () => {
    expect(meta('<meta property="article:published_time" content="2024-04-01T10:00:00Z">').published).toBe('2024-04-01T10:00:00Z');
    expect(meta('', '<time datetime="2024-03-05">5 March</time>').published).toBe('2024-03-05');
    expect(meta('', '', 'https://news.example/world/2024/02/07/story').published).toBe('2024-02-07');
    expect(meta('', '<h1>A title here</h1><p>Published January 9, 2024</p>').published).toBe('2024-01-09');
  });

  it('reads a microdata publication date written as the element text', () => {
    expect(meta('', '<h1>A title here</h1><span itemprop="datePublished">October 17, 2019</span>').published).toBe('2019-10-17');
  });

  it('reads a publication-date meta tag whatever its prefix', () => {
    expect(meta('<meta name="x-site-published-date" content="2022-02-14">').published).toBe('2022-02-14');
  });

  it('keeps the day spelled in the URL when a timestamp lands one day off it', () => {
    const head = '<meta property="article:published_time" content="2024-03-09T02:30:00+00:00">';
    expect(meta(head, '', 'https://blog.example/2024/03/08/late-night-post').published).toBe('2024-03-08');
  });

  it('reads the visible date nearest the headline before dates of related posts', () => {
    const body = '<div class="teaser-date">Jan 3, 2024</div><p>More stories from the coast, the valley and the city, with the weekly weather and the tide tables for the harbour and the northern beaches.</p><h1>Harbour reopens after storm</h1><p>April 2, 2024</p><p>Story text</p>';
    expect(meta('<title>Harbour reopens after storm</title>', body).published).toBe('2024-04-02');
  });

  it('passes over a publication date later than the modification date', () => {
    const head = ld({ '@type': 'Article', datePublished: '2024-05-20', dateModified: '2021-03-02' }) + '<meta property="article:published_time" content="2021-02-27">';
    expect(meta(head).published).toBe('2021-02-27');
  });

  it('takes the date shown under the headline over a JSON-LD publication time equal to the modification time', () => {
    const head = ld({ '@type': 'BlogPosting', datePublished: '2024-05-20T10:00:00Z', dateModified: '2024-05-20T10:00:00Z' });
    expect(meta(head, '<h1>Ten ways to mend a net</h1><div class="post-date">March 3, 2023</div><p>Text</p>').published).toBe('2023-03-03');
  });

  it('keeps a publication time that the date under the headline shows in another time zone', () => {
    const head = ld({ '@type': 'BlogPosting', datePublished: '2024-05-20T01:30:00Z', dateModified: '2024-05-20T01:30:00Z' });
    expect(meta(head, '<h1>Ten ways to mend a net</h1><div class="post-date">May 19, 2024</div><p>Text</p>').published).toBe('2024-05-20T01:30:00Z');
  });

  it('keeps a publication time earlier than the modification time over an older date under the headline', () => {
    const head = ld({ '@type': 'BlogPosting', datePublished: '2024-05-20T10:00:00Z', dateModified: '2024-05-22T10:00:00Z' });
    expect(meta(head, '<h1>Ten ways to mend a net</h1><div class="post-date">March 3, 2023</div><p>Text</p>').published).toBe('2024-05-20T10:00:00Z');
  });

  it('reads JSON-LD that a framework rendered into a meta tag', () => {
    const record = JSON.stringify({ '@type': 'Article', datePublished: '2024-02-11T09:00:00-05:00' }).replace(/"/gu, '&quot;');
    expect(meta(`<meta name="script:ld+json" content="${record}">`).published).toBe('2024-02-11T09:00:00-05:00');
  });

  it('does not read dates inside scripts as visible dates', () => {
    const body = '<h1>Ten ways to mend a net</h1><script>document.cookie = "x=; expires=Thu, 01 Jan 1970 00:00:00 UTC"</script><p>Posted 4 February 2024</p>';
    expect(meta('', body).published).toBe('2024-02-04');
  });

  it('keeps a publication date later than the modification date when the page shows that day', () => {
    const head = '<meta itemprop="dateModified" content="2024-03-02T10:00:00Z">';
    const body = '<h1>Ten ways to mend a net</h1><div class="meta"><time itemprop="datePublished" datetime="2024-03-11T08:00:00Z">11 March 2024</time></div>';
    expect(meta(head, body).published).toBe('2024-03-11T08:00:00Z');
  });

  it('reads a date written as bare text beside the article in one long element', () => {
    const body = `<h1>Notes from the harbour</h1><fieldset><legend>Mending week</legend> 14 February 2024 <div>${'We mended nets all week. '.repeat(20)}</div></fieldset>`;
    expect(meta('', body).published).toBe('2024-02-14');
  });

  it('keeps a visible "Updated" date as the modification date, not the publication date', () => {
    const result = meta('', '<h1>A title here</h1><p>Updated May 2, 2024</p>');
    expect(result.published).toBeNull();
    expect(result.modified).toBe('2024-05-02');
  });

  it('reads a URL date whose month is spelled out', () => {
    expect(meta('', '', 'https://news.example/blog/2023/october/03/wine-styles/').published).toBe('2023-10-03');
  });

  it('does not take an Open Graph update time for the publication date', () => {
    const result = meta('<meta property="og:updated_time" content="2024-01-05T10:00:00Z">');
    expect(result.published).toBeNull();
    expect(result.modified).toBe('2024-01-05T10:00:00Z');
  });

  it('refuses a publication date in the future', () => {
    expect(meta('<meta property="article:published_time" content="2031-01-01">').published).toBeNull();
  });

  it('reads the canonical URL, site name and language', () => {
    const result = meta('<link rel="canonical" href="/world/story"><meta property="og:site_name" content="Ledger">', '', 'https://news.example/x?utm=1');
    expect(result.url).toBe('https://news.example/world/story');
    expect(result.site).toBe('Ledger');
    expect(meta('<meta property="og:locale" content="en_GB">').language).toBe('en-GB');
  });
});
