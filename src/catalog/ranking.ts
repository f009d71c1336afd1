/**
 * Ranking of courses for analyzed query units, on a MiniSearch index (BM25, prefix and fuzzy
 * matching come from MiniSearch). What is ours is how the units combine, because MiniSearch's
 * built-in OR would add up a word's English and French readings as if they were two words:
 * - a unit's score in a course is its best alternative's score (concept, stems, surface word);
 * - a course's score is the sum of its unit scores times the number of units it matches
 *   (MiniSearch's own "quality" factor, applied per unit instead of per term).
 */
import type { Lang } from "../i18n/language";
import type { Alternative, Lookup } from "./lookups";
import type { QueryUnit } from "./query";

/** A course position in the catalog array and its score. */
export interface Ranked {
  index: number;
  score: number;
}

/** Which courses may match and which are preferred. */
export interface RankOptions {
  /** Only courses in this language. */
  language?: Lang;
  /** Multiply the score of courses in this language by {@link PREFERRED_LANGUAGE_BOOST}. */
  preferLanguage?: Lang;
  /** Course positions never returned (e.g. the course itself, for similar courses). */
  exclude?: ReadonlySet<number>;
}

/** Score factor for courses in the reader's language: enough to break near-ties, not to bury a better match. */
export const PREFERRED_LANGUAGE_BOOST = 1.25;

/**
 * The exact lookups of a unit: its concept token (which stands for all its synonyms), or else each
 * stem and the surface word (as a prefix while typing). Typo tolerance is a separate fallback,
 * see {@link unitScores}.
 */
export function alternatives(unit: QueryUnit): Alternative[] {
  const out: Alternative[] = [];
  if (unit.concept) out.push({ term: unit.concept, prefix: false, fuzzy: 0 });
  for (const s of unit.stems) out.push({ term: s, prefix: false, fuzzy: 0 });
  const wordAddsForms = unit.prefix || !unit.stems.includes(unit.word);
  if (unit.word !== "" && !unit.concept && wordAddsForms) out.push({ term: unit.word, prefix: unit.prefix, fuzzy: 0 });
  return out;
}

function addBest(hits: ReturnType<Lookup>, accept: (index: number) => boolean, best: Map<number, number>): void {
  const { ids, scores } = hits;
  for (let k = 0; k < ids.length; k++) {
    const id = ids[k];
    if (scores[k] > (best.get(id) ?? 0) && accept(id)) best.set(id, scores[k]);
  }
}

/**
 * A unit's score per course: the best of its exact lookups. Only when none matches is the word
 * looked up again with typo tolerance, so "sales" never drifts to "scales" while "leadrship" still
 * finds "leadership".
 */
function unitScores(lookup: Lookup, unit: QueryUnit, accept: (index: number) => boolean): Map<number, number> {
  const best = new Map<number, number>();
  for (const alt of alternatives(unit)) addBest(lookup(alt), accept, best);
  if (best.size === 0 && unit.word !== "" && unit.fuzzy > 0) {
    addBest(lookup({ term: unit.word, prefix: unit.prefix, fuzzy: unit.fuzzy }), accept, best);
  }
  return best;
}

/** Better first: higher score, then earlier in the catalog (a total order, so any page is well defined). */
export function byRank(a: Ranked, b: Ranked): number {
  return b.score - a.score || a.index - b.index;
}

/** Largest `count` for which {@link best} keeps a sorted short list instead of sorting everything. */
const SHORT_LIST = 128;

/**
 * The first `count` of `ranked` in {@link byRank} order: the same as sorting and slicing, without
 * sorting thousands of matches when a page of 5 is shown. `ranked` may be reordered.
 */
export function best(ranked: Ranked[], count: number): Ranked[] {
  if (count >= ranked.length || count > SHORT_LIST) return ranked.sort(byRank).slice(0, Math.max(0, count));
  const top: Ranked[] = [];
  for (const r of ranked) {
    if (top.length === count && (count === 0 || byRank(r, top[count - 1]) >= 0)) continue;
    let lo = 0;
    let hi = top.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (byRank(top[mid], r) < 0) lo = mid + 1;
      else hi = mid;
    }
    top.splice(lo, 0, r);
    if (top.length > count) top.pop();
  }
  return top;
}

/** Ranking result: how many courses match, and the best of them in order. */
export interface RankedPage {
  total: number;
  best: Ranked[];
}

/**
 * Scores every course matching at least one unit.
 * @param lookup MiniSearch lookups (catalog/lookups, memoized per index).
 * @param languageOf language of the course at a position.
 * @param top how many of the best matches to return in order (a page's `skip + limit`; default all).
 * @returns the number of matches and the best `top` of them, best first (ties: catalog order).
 */
export function rank(lookup: Lookup, units: readonly QueryUnit[], languageOf: (index: number) => Lang, options: RankOptions = {}, top = Infinity): RankedPage {
  const accept = (i: number) => !options.exclude?.has(i) && (options.language === undefined || languageOf(i) === options.language);
  const boostOf = (index: number) => (options.preferLanguage !== undefined && languageOf(index) === options.preferLanguage ? PREFERRED_LANGUAGE_BOOST : 1);
  if (units.length === 1) {
    // Most queries are one topic ("gdpr", "leadership"): the unit's scores are the course scores.
    const ranked: Ranked[] = [];
    for (const [index, score] of unitScores(lookup, units[0], accept)) ranked.push({ index, score: score * boostOf(index) });
    return { total: ranked.length, best: best(ranked, top) };
  }
  const sums = new Map<number, { score: number; units: number }>();
  for (const unit of units) {
    for (const [index, score] of unitScores(lookup, unit, accept)) {
      const entry = sums.get(index);
      if (entry) {
        entry.score += score;
        entry.units += 1;
      } else sums.set(index, { score, units: 1 });
    }
  }
  const ranked: Ranked[] = [];
  for (const [index, { score, units: matched }] of sums) ranked.push({ index, score: score * matched * boostOf(index) });
  return { total: ranked.length, best: best(ranked, top) };
}
