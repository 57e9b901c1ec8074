// Builds the example corpus: every article source in src/ becomes a scraped-looking plain-text file
// (text/), a saved web page (html/) and an entry in manifest.json. The sources are the single truth so
// that the two forms of one article never drift apart. Run: node examples/build.mjs
import { readdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));

/** Escapes text for HTML element content; quote marks stay raw there, as on real pages. */
const esc = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** Escapes text for a double-quoted attribute value. */
const attr = (s) => esc(s).replace(/"/g, "&quot;");

/** Turns "Jane Doe" into a byline that lists several names the way wire copy does. */
const joinNames = (names) => (names.length < 2 ? names.join("") : `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`);

/** Encodes a string as windows-1252 bytes: Latin-1 code points map to themselves, the 0x80-0x9F block
 * holds typographic characters (curly quotes, dashes, euro) that pages in this charset use. */
function toWindows1252(str) {
  const extra = { "\u20AC": 0x80, "\u201A": 0x82, "\u0192": 0x83, "\u201E": 0x84, "\u2026": 0x85, "\u2020": 0x86,
    "\u2021": 0x87, "\u02C6": 0x88, "\u2030": 0x89, "\u0160": 0x8a, "\u2039": 0x8b, "\u0152": 0x8c, "\u017D": 0x8e,
    "\u2018": 0x91, "\u2019": 0x92, "\u201C": 0x93, "\u201D": 0x94, "\u2022": 0x95, "\u2013": 0x96, "\u2014": 0x97,
    "\u02DC": 0x98, "\u2122": 0x99, "\u0161": 0x9a, "\u203A": 0x9b, "\u0153": 0x9c, "\u017E": 0x9e, "\u0178": 0x9f };
  let latin1 = "";
  for (const ch of str) {
    if (extra[ch] !== undefined) latin1 += String.fromCharCode(extra[ch]);
    else if (ch.codePointAt(0) < 0x80 || (ch.codePointAt(0) >= 0xa0 && ch.codePointAt(0) <= 0xff)) latin1 += ch;
    else throw new Error(`character ${ch} (U+${ch.codePointAt(0).toString(16)}) has no windows-1252 byte`);
  }
  return Buffer.from(latin1, "latin1");
}

// ---------------------------------------------------------------- plain text (as a scraper leaves it)

/** Renders the plain-text form: headline, standfirst, then one paragraph a line, junk left in place. */
function renderText(a) {
  const lines = [a.headline, a.standfirst];
  let glue = "";
  for (const b of a.body) {
    if (typeof b === "string") { lines.push(glue + b); glue = ""; }
    else if (b.glue) glue += b.glue;
    else if (b.junk) lines.push(b.junk);
    else if (b.p) lines.push(b.p + (b.tail ?? ""));
    else if (b.h2) lines.push(b.h2);
    else if (b.blockquote) lines.push(...b.blockquote);
    else if (b.list) lines.push(...(b.intro ? [b.intro] : []), ...b.list);
    else if (b.figure) { if (a.textKeepsCaptions) lines.push(`${b.figure.caption} Photograph: ${b.figure.credit}`); }
  }
  return lines.join(a.blankLines ? "\n\n" : "\n") + "\n";
}

// ---------------------------------------------------------------- HTML pieces shared by every site

/** Renders the article body blocks as HTML; junk becomes page furniture next to the story, as on real sites. */
function bodyHtml(a, ind = "      ") {
  const out = [];
  // Every page shows a photo; articles whose body places none get a lead image above the first paragraph.
  if (!a.body.some((b) => b.figure)) {
    if (!a.image) throw new Error(`${a.id}: needs an image or a figure block`);
    out.push(figureHtml(a.image));
  }
  for (const b of a.body) {
    if (typeof b === "string") out.push(`<p>${esc(b)}</p>`);
    else if (b.glue) out.push(`<aside class="support-appeal"><p>${esc(b.glue)}</p><a class="btn" href="/support">Support us</a></aside>`);
    else if (b.junk) out.push(junkHtml(b));
    else if (b.p) out.push(`<p>${esc(b.p)}</p>`, `<div class="inline-promo"><p>${esc(b.tail.trim())}</p></div>`);
    else if (b.h2) out.push(`<h2>${esc(b.h2)}</h2>`);
    else if (b.blockquote) out.push(`<blockquote class="pull-quote">\n${b.blockquote.map((q) => `${ind}  <p>${esc(q)}</p>`).join("\n")}\n${ind}</blockquote>`);
    else if (b.list) out.push(...(b.intro ? [`<p>${esc(b.intro)}</p>`] : []), `<ul class="key-points">\n${b.list.map((i) => `${ind}  <li>${esc(i)}</li>`).join("\n")}\n${ind}</ul>`);
    else if (b.figure) out.push(figureHtml(b.figure));
  }
  return out.map((l) => ind + l).join("\n");
}

/** Renders one piece of boilerplate the way sites embed it between paragraphs. */
function junkHtml(b) {
  const t = esc(b.junk);
  switch (b.kind) {
    case "readmore": case "related": return `<p class="related-inline"><strong>${t.split(":")[0]}:</strong><a href="/news/related-story">${t.split(":").slice(1).join(":").trim()}</a></p>`;
    case "share": return `<div class="share-prompt">${t}</div>`;
    case "newsletter": return `<div class="newsletter-inline"><p>${t}</p><form action="/newsletters/subscribe"><input type="email" name="email" placeholder="Email address"><button>Sign up</button></form></div>`;
    case "app": return `<div class="app-promo"><p>${t}</p></div>`;
    case "cookie": return `<div class="consent-note">${t}</div>`;
    case "credit": return `<p class="photo-credit">${t}</p>`;
    case "signoff": return `<p class="reporting-credit">${t}</p>`;
    case "copyright": return `<p class="copyright-inline">${t}</p>`;
    default: return `<div class="donate-box"><p>${t}</p><a href="/donate">Donate</a></div>`;
  }
}

/** Renders a photo with caption and credit. */
function figureHtml(f) {
  return `<figure class="lead-image">
        <img src="https://images.example/${f.file ?? "photo"}.jpg" alt="${attr(f.alt ?? f.caption)}" width="1200" height="800" loading="lazy">
        <figcaption>${esc(f.caption)} <span class="credit">Photograph: ${esc(f.credit)}</span></figcaption>
      </figure>`;
}

/** Builds the head shared by all templates: title, Open Graph, canonical link and JSON-LD NewsArticle. */
function headHtml(a, site, charset = "utf-8") {
  const ld = { "@context": "https://schema.org", "@type": "NewsArticle", headline: a.headline, description: a.standfirst,
    datePublished: a.published, dateModified: a.modified ?? a.published, mainEntityOfPage: a.url,
    author: a.authors.map((n) => ({ "@type": "Person", name: n })),
    publisher: { "@type": "Organization", name: site.name, logo: { "@type": "ImageObject", url: `https://${site.host}/logo.png` } } };
  return `<head>
  <meta charset="${charset}">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>${esc(a.headline)} | ${esc(site.name)}</title>
  <meta name="description" content="${attr(a.standfirst)}">
  <link rel="canonical" href="${a.url}">
  <meta property="og:type" content="article">
  <meta property="og:title" content="${attr(a.headline)}">
  <meta property="og:description" content="${attr(a.standfirst)}">
  <meta property="og:site_name" content="${attr(site.name)}">
  <meta property="og:url" content="${a.url}">
  <meta property="og:image" content="https://images.example/${a.id}-og.jpg">
  <meta property="article:published_time" content="${a.published}">
  <meta property="article:modified_time" content="${a.modified ?? a.published}">
  <meta property="article:section" content="${attr(a.section)}">
  <meta name="twitter:card" content="summary_large_image">
  <link rel="stylesheet" href="/static/css/main.${site.key}.css">
  <script type="application/ld+json">${JSON.stringify(ld, null, 2).replace(/</g, "\\u003c")}</script>
  <script async src="/static/js/analytics.js"></script>
</head>`;
}

/** Formats an ISO timestamp as a reader-facing date, e.g. "20 September 2023, 14:32 BST" style. */
function humanDate(iso, us = false) {
  const d = new Date(iso);
  const months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
  const hh = String(d.getUTCHours()).padStart(2, "0"), mm = String(d.getUTCMinutes()).padStart(2, "0");
  return us ? `${months[d.getUTCMonth()]} ${d.getUTCDate()}, ${d.getUTCFullYear()} ${hh}:${mm} GMT`
    : `${d.getUTCDate()} ${months[d.getUTCMonth()]} ${d.getUTCFullYear()} ${hh}.${mm} GMT`;
}

const shareButtons = `<ul class="share">
        <li><a href="https://facebook.example/share" aria-label="Share on Facebook">Facebook</a></li>
        <li><a href="https://x.example/intent" aria-label="Share on X">X</a></li>
        <li><a href="mailto:?subject=Shared%20article" aria-label="Share by email">Email</a></li>
        <li><button class="copy-link">Copy link</button></li>
      </ul>`;

/** Renders the related-links aside. */
const relatedHtml = (a, heading = "Related") => `<aside class="related">
      <h3>${heading}</h3>
      <ul>
${(a.related ?? []).map((r, i) => `        <li><a href="/news/${a.id}-related-${i + 1}">${esc(r)}</a></li>`).join("\n")}
      </ul>
    </aside>`;

// ---------------------------------------------------------------- site templates

/** Each site has its own page structure; some keep the story out of <article> to make extraction harder. */
const sites = {
  ledger: { name: "The Daily Ledger", host: "www.dailyledger.example", key: "ledger", render(a) {
    return `<!DOCTYPE html>
<html lang="en-GB">
${headHtml(a, this)}
<body class="article-page">
  <div id="cookie-banner" class="cookie-banner" role="dialog">
    <p>We use cookies to personalise content and ads and to analyse our traffic. By clicking “Accept all” you agree to the use of cookies.</p>
    <button>Accept all</button> <button>Manage preferences</button>
  </div>
  <header class="masthead">
    <a class="logo" href="/">The Daily Ledger</a>
    <nav class="main-nav"><ul><li><a href="/news">News</a></li><li><a href="/politics">Politics</a></li><li><a href="/world">World</a></li><li><a href="/business">Business</a></li><li><a href="/opinion">Opinion</a></li><li><a href="/sport">Sport</a></li></ul></nav>
    <a class="subscribe" href="/subscribe">Subscribe</a>
  </header>
  <main id="content">
    <nav class="breadcrumbs"><a href="/">Home</a> › <a href="/${a.section.toLowerCase()}">${esc(a.section)}</a></nav>
    <article class="story">
      <header class="story-header">
        <h1>${esc(a.headline)}</h1>
        <p class="standfirst">${esc(a.standfirst)}</p>
        <div class="byline">By <a rel="author" href="/profile/${a.authors[0].toLowerCase().replace(/\W+/g, "-")}">${esc(a.authors[0])}</a>, ${esc(a.bylineRole ?? "Political Correspondent")}</div>
        <time class="pubdate" datetime="${a.published}">${humanDate(a.published)}</time>
      </header>
      ${shareButtons}
      <div class="story-body">
${bodyHtml(a, "        ")}
      </div>
      <div class="newsletter-signup">
        <h3>Morning Ledger</h3>
        <p>Sign up for the day's essential political news, delivered free before breakfast.</p>
        <form><input type="email" placeholder="Your email"><button>Sign up</button></form>
      </div>
    </article>
    ${relatedHtml(a, "More on this story")}
  </main>
  <footer class="site-footer">
    <ul><li><a href="/about">About us</a></li><li><a href="/privacy">Privacy policy</a></li><li><a href="/cookies">Cookie policy</a></li><li><a href="/contact">Contact</a></li></ul>
    <p>© ${a.published.slice(0, 4)} Daily Ledger Media Ltd. All rights reserved.</p>
  </footer>
</body>
</html>
`; } },

  meridian: { name: "Meridian Wire", host: "www.meridianwire.example", key: "meridian", render(a) {
    return `<!DOCTYPE html>
<html lang="en">
${headHtml(a, this)}
<body>
  <div class="gdpr-consent" id="consent"><span>This site uses cookies. Continued use means you accept our cookie policy.</span> <a href="#" class="consent-ok">OK</a></div>
  <div class="top-bar"><div class="brand"><a href="/">MERIDIAN WIRE</a></div>
    <ul class="menu"><li><a href="/world">World</a></li><li><a href="/markets">Markets</a></li><li><a href="/business">Business</a></li><li><a href="/legal">Legal</a></li><li><a href="/breakingviews">Analysis</a></li></ul>
  </div>
  <div class="page-wrap">
    <div class="col-main">
      <div class="story-headline"><h1 class="headline__text">${esc(a.headline)}</h1></div>
      <div class="story-meta">
        <div class="author-line">By ${joinNames(a.authors.map((n) => `<a href="/authors/${n.toLowerCase().replace(/\W+/g, "-")}">${esc(n)}</a>`))}</div>
        <div class="dateline"><time datetime="${a.published}">${humanDate(a.published, true)}</time> · Updated <time datetime="${a.modified ?? a.published}">${humanDate(a.modified ?? a.published, true)}</time></div>
      </div>
      <div class="share-row">${shareButtons}</div>
      <div class="story-content">
        <div class="summary"><p>${esc(a.standfirst)}</p></div>
        <div class="text-block">
${bodyHtml(a, "          ")}
        </div>
        <div class="trust-line">Our Standards: The Meridian Wire Trust Principles.</div>
      </div>
    </div>
    <div class="col-side">
      ${relatedHtml(a, "Read next")}
      <div class="newsletter"><h4>The Daily Briefing</h4><p>Top stories from Meridian Wire, every weekday morning.</p><a href="/newsletters">Sign up</a></div>
    </div>
  </div>
  <div class="footer"><p>All quotes delayed a minimum of 15 minutes.</p><p>© ${a.published.slice(0, 4)} Meridian Wire. All rights reserved.</p></div>
</body>
</html>
`; } },

  capitol: { name: "Capitol Dispatch", host: "www.capitoldispatch.example", key: "capitol", render(a) {
    return `<!doctype html>
<html lang="en-US">
${headHtml(a, this)}
<body class="template-story">
  <header id="site-header">
    <div class="logo"><a href="/">Capitol Dispatch</a></div>
    <nav aria-label="Sections"><a href="/congress">Congress</a> <a href="/white-house">White House</a> <a href="/policy">Policy</a> <a href="/national-security">National Security</a> <a href="/elections">Elections</a></nav>
    <button class="menu-toggle">Menu</button>
  </header>
  <div class="cookie-consent" data-consent="pending"><p>We and our partners use cookies to improve your experience. <a href="/privacy">Learn more</a></p><button>Got it</button></div>
  <main>
    <article class="story" itemscope itemtype="https://schema.org/NewsArticle">
      <span class="kicker">${esc(a.section)}</span>
      <h1 itemprop="headline">${esc(a.headline)}</h1>
      <h2 class="dek">${esc(a.standfirst)}</h2>
      <div class="story-byline">
        <span class="by">By ${joinNames(a.authors.map(esc))}</span>
        <span class="timestamp">Published <time datetime="${a.published}" itemprop="datePublished">${humanDate(a.published, true)}</time></span>
      </div>
      <div class="social">${shareButtons}</div>
      <section class="story-text" itemprop="articleBody">
${bodyHtml(a, "        ")}
      </section>
      <div class="tags"><a href="/tag/congress">Congress</a> <a href="/tag/foreign-policy">Foreign policy</a></div>
    </article>
    ${relatedHtml(a, "Related coverage")}
    <section class="signup"><h3>Get the Dispatch</h3><p>The must-read newsletter on Washington, free every afternoon.</p><form><input type="email"><button>Subscribe</button></form></section>
  </main>
  <footer><p>Capitol Dispatch is an independent news organization.</p><small>© ${a.published.slice(0, 4)} Capitol Dispatch LLC</small></footer>
</body>
</html>
`; } },

  herald: { name: "Northern Herald", host: "www.northernherald.example", key: "herald", render(a) {
    return `<!DOCTYPE html>
<html lang="en-GB">
${headHtml(a, this)}
<body>
  <div class="wrapper">
    <div class="hdr">
      <div class="hdr__logo"><a href="/">Northern Herald</a></div>
      <div class="hdr__nav"><a href="/news">News</a> | <a href="/politics">Politics</a> | <a href="/world">World</a> | <a href="/north">The North</a> | <a href="/comment">Comment</a></div>
      <div class="hdr__login"><a href="/login">Sign in</a></div>
    </div>
    <div class="cookie-notice">Our site uses cookies. <a href="/cookies">Read our policy</a>. <span class="close">×</span></div>
    <div class="content-area">
      <div class="content-main">
        <article class="post">
          <div class="post__title"><h1>${esc(a.headline)}</h1></div>
          <div class="post__intro">${esc(a.standfirst)}</div>
          <div class="post__byline">By <span class="author">${esc(a.authors[0])}</span><span class="role">, ${esc(a.bylineRole ?? "Political Correspondent")}</span> · <time datetime="${a.published}">${humanDate(a.published)}</time></div>
          <div class="post__share">${shareButtons}</div>
          <div class="post__body">
${bodyHtml(a, "            ")}
          </div>
          <div class="post__signup"><strong>Herald Daily:</strong> Sign up for our free newsletter and never miss a story from the region. <a href="/newsletter">Sign up</a></div>
        </article>
      </div>
      <div class="content-sidebar">
        ${relatedHtml(a, "Most read")}
        <div class="ad-slot">Advertisement</div>
      </div>
    </div>
    <div class="ftr"><p>© ${a.published.slice(0, 4)} Northern Herald Newspapers Ltd. Registered in England.</p></div>
  </div>
</body>
</html>
`; } },

  atlas: { name: "Atlas Post", host: "www.atlaspost.example", key: "atlas", render(a) {
    return `<!DOCTYPE html>
<html lang="en">
${headHtml(a, this)}
<body>
  <header class="site">
    <a href="/" class="site-name">The Atlas Post</a>
    <nav><ul><li><a href="/world">World</a></li><li><a href="/africa">Africa</a></li><li><a href="/middle-east">Middle East</a></li><li><a href="/asia">Asia</a></li><li><a href="/europe">Europe</a></li><li><a href="/americas">Americas</a></li></ul></nav>
  </header>
  <div id="privacy-banner"><p>We value your privacy. We use cookies to improve your experience on our site.</p><button>Accept</button><button>Reject</button></div>
  <main class="layout">
    <article>
      <h1>${esc(a.headline)}</h1>
      <p class="lede-summary"><em>${esc(a.standfirst)}</em></p>
      <p class="meta">By ${joinNames(a.authors.map(esc))}, ${esc(a.bylineRole ?? "Atlas Post")} — <time datetime="${a.published}">${humanDate(a.published)}</time></p>
${bodyHtml(a, "      ")}
      <footer class="article-footer">${shareButtons}</footer>
    </article>
    ${relatedHtml(a, "Related")}
    <div class="newsletter-box"><h3>Atlas Weekly</h3><p>Our correspondents' best reporting from around the world, every Sunday.</p><input type="email"><button>Join</button></div>
  </main>
  <footer class="site"><p>© ${a.published.slice(0, 4)} Atlas Post Media. All rights reserved.</p><p><a href="/terms">Terms</a> · <a href="/privacy">Privacy</a></p></footer>
</body>
</html>
`; } },

  alpine: { name: "The Alpine Observer", host: "www.alpineobserver.example", key: "alpine", charset: "windows-1252", render(a) {
    return `<!DOCTYPE html>
<html lang="en">
${headHtml(a, this, "windows-1252")}
<body>
<table class="layout" width="100%"><tr><td>
  <div id="masthead"><a href="/"><b>The Alpine Observer</b></a> <span class="tagline">News from Switzerland and beyond</span></div>
  <div id="menu"><a href="/">Home</a> · <a href="/switzerland">Switzerland</a> · <a href="/europe">Europe</a> · <a href="/economy">Economy</a> · <a href="/culture">Culture</a></div>
  <div id="cookies" class="cookiebar">This website uses cookies. <a href="/datenschutz">Privacy</a> <a href="#" class="ok">Close</a></div>
  <div id="main">
    <div class="storyhead">
      <h1>${esc(a.headline)}</h1>
      <div class="lead"><strong>${esc(a.standfirst)}</strong></div>
      <div class="autor">By ${joinNames(a.authors.map(esc))}, ${esc(a.bylineRole ?? "Geneva")} | <time datetime="${a.published}">${humanDate(a.published)}</time></div>
    </div>
    <div class="sharebar">${shareButtons}</div>
    <div class="storytext">
${bodyHtml(a, "      ")}
    </div>
    <div class="newsletterbox">Get the Observer Briefing in your inbox every Friday. <a href="/newsletter">Subscribe</a></div>
    ${relatedHtml(a, "More from Switzerland")}
  </div>
  <div id="footer">© ${a.published.slice(0, 4)} Alpine Observer AG, Zürich. All rights reserved.</div>
</td></tr></table>
</body>
</html>
`; } },
};

// ---------------------------------------------------------------- build

const files = readdirSync(join(here, "src")).filter((f) => /^\d\d-.*\.mjs$/.test(f)).sort();
const manifest = [];
for (const f of files) {
  const a = (await import(pathToFileURL(join(here, "src", f)).href)).default;
  a.id = f.replace(/\.mjs$/, "");
  const site = sites[a.site];
  writeFileSync(join(here, "text", `${a.id}.txt`), renderText(a), "utf8");
  const html = site.render(a);
  writeFileSync(join(here, "html", `${a.id}.html`), site.charset === "windows-1252" ? toWindows1252(html) : Buffer.from(html, "utf8"));
  manifest.push({ id: a.id, published: a.published.slice(0, 10), url: a.url, title: a.headline,
    text: `text/${a.id}.txt`, html: `html/${a.id}.html`, covers: a.covers });
}
writeFileSync(join(here, "manifest.json"), JSON.stringify(manifest, null, 2) + "\n");
console.log(`built ${manifest.length} articles`);
