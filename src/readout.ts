import { toErrorInfo } from './errors.js';
import { cleanDocument } from './clean/clean.js';
import type { SiteSentences } from './clean/boilerplate/site-boilerplate.js';
import { DEFAULT_MAX_BYTES } from './input/decode.js';
import { rawDocument, type ArticleInput } from './input/article-input.js';
import { buildPipeline, type Pipeline } from './pipeline/pipeline.js';
import { STAGES } from './stages/index.js';
import { toResult } from './result/to-result.js';
import { defaultKnowledgeBase, loadKnowledgeBase } from './kb/knowledge-base.js';
import type { KnowledgeBase } from './kb/types.js';
import type { ReadoutOutput, ReadoutResult } from './result/types.js';
import { loadEventDictionary, type EventDictionaryFiles } from './stages/events/tabari.js';

export type { ArticleInput };

/** Settings of a reader. */
export interface ReaderOptions {
  /** Take the input as the finished body text: no cleaning, so `text` equals the input. */
  asIs?: boolean;
  /** Cap on one document's size in bytes (characters for strings). */
  maxBytes?: number;
  /** User dictionary files (JSON or YAML) added to the bundled knowledge base. */
  dictionaries?: string[];
  /** A knowledge base to use instead of the bundled one. */
  kb?: KnowledgeBase;
  /** Event dictionaries: PETRARCH/TABARI files (verbs, actors, agents, discards) replacing readout's own, or readout-format files added to them. */
  eventDictionaries?: EventDictionaryFiles;
  /** Sentences a batch found repeated on each site (see `SiteBoilerplate`), taken out of that site's documents. */
  siteSentences?: SiteSentences;
}

/** A configured, reusable reader: build once, read many documents. */
export interface Reader {
  readonly pipeline: Pipeline;
  /** Reads one article; throws a `ReadoutError` (errors.ts) for bad input. */
  read(input: ArticleInput): ReadoutResult;
  /** Reads one article; bad input gives an error line instead of throwing. */
  readSafe(input: ArticleInput): ReadoutOutput;
}

/** The rule versions stored with every result the pipeline reads (`rules` of readout/1). */
function rulesOf(pipeline: Pipeline): Record<string, string> {
  return { ...pipeline.versions };
}

/** The rule versions of the standard pipeline: a stored result read by other rules differs from them. */
export function standardRules(): Record<string, string> {
  return rulesOf(buildPipeline(STAGES));
}

/** Builds a reader with the standard pipeline. */
export function createReader(options: ReaderOptions = {}): Reader {
  const pipeline = buildPipeline(STAGES);
  const kb = options.kb ?? (options.dictionaries?.length ? loadKnowledgeBase(options.dictionaries) : defaultKnowledgeBase());
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const eventDictionary = options.eventDictionaries ? loadEventDictionary(options.eventDictionaries, kb) : undefined;
  const context = Object.freeze(eventDictionary ? { kb, eventDictionary } : { kb });
  const rules = rulesOf(pipeline);

  function read(input: ArticleInput): ReadoutResult {
    const doc = cleanDocument(rawDocument(input, maxBytes), { asIs: options.asIs, siteSentences: options.siteSentences });
    return toResult(pipeline.run(doc, context), rules);
  }

  return Object.freeze({
    pipeline,
    read,
    readSafe(input: ArticleInput): ReadoutOutput {
      try {
        return read(input);
      } catch (error) {
        return { id: input.id ?? '', error: toErrorInfo(error) };
      }
    },
  });
}
