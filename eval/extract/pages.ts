// Loads the two extraction benchmarks from ../shared/bench: the Zyte article-extraction pages and WCXB's
// article pages (dev split). Both are read at run time; nothing from them is copied into the repository.
import { readdirSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { requireBench } from '../lib/readout.js';

/** One Zyte page with its gold article body. */
export interface ZytePage {
  id: string;
  url: string;
  html: string;
  body: string;
}

/** One WCXB article page with its gold body and metadata. */
export interface WcxbPage {
  id: string;
  url: string;
  html: string;
  body: string;
  title: string | null;
  author: string | null;
  date: string | null;
}

/** The 181 pages of the Zyte benchmark, in id order. */
export function loadZyte(): ZytePage[] {
  const root = requireBench('article-extraction');
  const truth = JSON.parse(readFileSync(`${root}/ground-truth.json`, 'utf8')) as Record<string, { articleBody: string; url: string }>;
  return Object.keys(truth)
    .sort()
    .map((id) => ({ id, url: truth[id].url, body: truth[id].articleBody, html: gunzipSync(readFileSync(`${root}/html/${id}.html.gz`)).toString('utf8') }));
}

/** WCXB's article pages (dev split), in id order. */
export function loadWcxb(): WcxbPage[] {
  const root = requireBench('wcxb');
  return readdirSync(`${root}/dev/ground-truth`)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => {
      const id = name.slice(0, -5);
      const gold = JSON.parse(readFileSync(`${root}/dev/ground-truth/${name}`, 'utf8')) as {
        url: string;
        ground_truth: { title: string | null; author: string | null; publish_date: string | null; main_content: string };
      };
      const truth = gold.ground_truth;
      return {
        id,
        url: gold.url,
        html: gunzipSync(readFileSync(`${root}/dev/html/${id}.html.gz`)).toString('utf8'),
        body: truth.main_content ?? '',
        title: truth.title,
        author: truth.author,
        date: truth.publish_date,
      };
    });
}

/** Published predictions of another system on the Zyte pages (`output/<name>.json`), by id. */
export function loadZyteOutput(name: string): Map<string, string> {
  const root = requireBench('article-extraction');
  const raw = JSON.parse(readFileSync(`${root}/output/${name}.json`, 'utf8')) as Record<string, unknown>;
  const items = (typeof raw.output === 'object' && raw.output !== null ? raw.output : raw) as Record<string, { articleBody?: string }>;
  return new Map(Object.entries(items).map(([id, item]) => [id, item?.articleBody ?? '']));
}
