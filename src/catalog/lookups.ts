/**
 * MiniSearch lookups for ranking (catalog/ranking), memoized per course index.
 *
 * A lookup is one term searched alone (exact, as a prefix or with typos). Its scores do not depend
 * on the query it comes from nor on who asks: the language filter and the excluded course only drop
 * courses (MiniSearch's `boostDocument` returning 0 or 1 multiplies the score by 1 or drops it), so
 * the lookup is run once over the whole catalog and filtered afterwards, with identical scores.
 * Our own code because MiniSearch keeps no result cache, and its `search` builds a result object
 * with match details per course and sorts them, which we do not need: on a 10,000-course catalog,
 * common words and short prefixes match thousands of courses, and that work was the largest part
 * of a course search (measured with bench/catalog-search.bench.ts).
 */
import type MiniSearch from "minisearch";

/** One MiniSearch lookup: a term, as a prefix or not, with a maximum edit distance (0: exact). */
export interface Alternative {
  term: string;
  prefix: boolean;
  fuzzy: number;
}

/** The courses a lookup matches in the whole catalog: positions and scores, index k of each array together. */
export interface Hits {
  ids: Int32Array;
  scores: Float64Array;
}

/** Runs a lookup (memoized or not). */
export type Lookup = (alt: Alternative) => Hits;

/**
 * A prefix shorter than this many letters ("s", "le") is looked up in titles and tags only: while
 * the person has typed one or two letters, a description word starting with them says little, and
 * expanding such a prefix over every description term is what makes one-letter queries slow
 * (measured with bench/catalog-search.bench.ts).
 */
export const SHORT_PREFIX = 3;
const SHORT_PREFIX_FIELDS = ["title", "tags"];

/** Most matches (course, score pairs) kept by one index's memo: 12 bytes each, so about 3 MB. */
export const LOOKUP_MEMO_MATCHES = 250_000;
/** Most lookups kept by one index's memo, whatever their size (lookups matching nothing still take room). */
export const LOOKUP_MEMO_ENTRIES = 10_000;

/** Runs `alt` on `engine` without any filter (ids are the course positions used as MiniSearch ids). */
export function runLookup(engine: MiniSearch, alt: Alternative): Hits {
  const fields = alt.prefix && alt.term.length < SHORT_PREFIX ? SHORT_PREFIX_FIELDS : undefined;
  const results = engine.search(alt.term, { prefix: alt.prefix, fuzzy: alt.fuzzy, fields });
  const ids = new Int32Array(results.length);
  const scores = new Float64Array(results.length);
  results.forEach((r, k) => {
    ids[k] = r.id as number;
    scores[k] = r.score;
  });
  return { ids, scores };
}

/**
 * Memoized {@link runLookup} for one engine, least recently used first out once more than
 * `maxMatches` matches or `maxEntries` lookups are kept (each lookup counts as its matches plus one;
 * a lookup larger than `maxMatches` is not kept). The engine must not change afterwards (a course
 * index is built once; a catalog reload builds a new index and a new memo).
 */
export function memoLookup(engine: MiniSearch, maxMatches = LOOKUP_MEMO_MATCHES, maxEntries = LOOKUP_MEMO_ENTRIES): Lookup {
  const memo = new Map<string, Hits>();
  let kept = 0;
  return (alt) => {
    const key = `${alt.prefix ? "*" : "="}${alt.fuzzy}:${alt.term}`;
    const hit = memo.get(key);
    if (hit) {
      memo.delete(key); // re-inserted last: Map order is the recency order
      memo.set(key, hit);
      return hit;
    }
    const hits = runLookup(engine, alt);
    const cost = hits.ids.length + 1;
    if (cost > maxMatches || maxEntries < 1) return hits;
    for (const [oldKey, old] of memo) {
      if (kept + cost <= maxMatches && memo.size < maxEntries) break;
      memo.delete(oldKey);
      kept -= old.ids.length + 1;
    }
    memo.set(key, hits);
    kept += cost;
    return hits;
  };
}
