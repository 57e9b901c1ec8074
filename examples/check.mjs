// Checks the corpus: manifest paths exist, every page parses with balanced tags in its declared charset,
// JSON-LD and the plain text agree with the manifest. Run: node examples/check.mjs
import { readFileSync, existsSync } from "node:fs";
import { Parser } from "htmlparser2";
import iconv from "iconv-lite";
const dir = new URL(".", import.meta.url).pathname;
const m = JSON.parse(readFileSync(dir + "manifest.json", "utf8"));
let bad = 0;
for (const e of m) {
  for (const k of ["text", "html"]) if (!existsSync(dir + e[k])) { console.log("missing", e[k]); bad++; }
  const raw = readFileSync(dir + e.html);
  const cs = /charset="([^"]+)"/.exec(raw.toString("latin1"))[1];
  const html = cs === "utf-8" ? raw.toString("utf8") : iconv.decode(raw, cs);
  if (cs === "utf-8" && html.includes("\uFFFD")) { console.log("bad utf8", e.id); bad++; }
  const stack = []; let errs = 0; const voids = new Set(["meta","link","img","input","br","hr"]);
  const tags = {};
  const p = new Parser({
    onopentag(n) { tags[n] = (tags[n] ?? 0) + 1; if (!voids.has(n)) stack.push(n); },
    onclosetag(n, implied) { if (voids.has(n)) return; const t = stack.pop(); if (t !== n || implied) { errs++; console.log(e.id, "mismatch", t, n); } },
    onerror(er) { errs++; console.log(e.id, er); },
  }, { decodeEntities: true });
  p.write(html); p.end();
  if (stack.length) { console.log(e.id, "unclosed", stack); errs++; }
  // JSON-LD parses, article text present in HTML
  const ld = JSON.parse(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html)[1]);
  if (ld.headline !== e.title || ld.datePublished.slice(0,10) !== e.published) { console.log(e.id, "ld mismatch"); errs++; }
  const txt = readFileSync(dir + e.text, "utf8").split("\n").filter(Boolean);
  if (txt[0] !== e.title) { console.log(e.id, "title mismatch"); errs++; }
  bad += errs;
  console.log(e.id, cs, errs ? "ERR" : "ok", Object.keys(tags).filter(t=>["article","blockquote","h2","ul","figure","figcaption","time"].includes(t)).join(","));
}
console.log(m.length, "articles", bad, "problems");
