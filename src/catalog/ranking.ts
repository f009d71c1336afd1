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

/**
 * Per-course score arrays for one ranking, indexed by catalog position, and the lists of positions
 * touched. Why not Maps and arrays of matches: a broad query ("leadership" on 10,000 courses)
 * matches thousands of courses, and Map entries, growing arrays and one object per match were most
 * of the ranking's cost and garbage under load (docs/performance.md). Everything here is kept
 * between calls and cleared through the lists; `rank` is synchronous, so one call uses it at a time.
 */
class Scratch {
  /** Best score of the current unit per course (0: not matched by this unit yet). */
  unitBest = new Float64Array(0);
  /** Sum of unit scores per course. */
  sum = new Float64Array(0);
  /** Number of units matched per course (0: not matched yet). */
  units = new Uint32Array(0);
  /** Positions the current unit matched: the first `touchedCount`. */
  touched = new Int32Array(0);
  touchedCount = 0;
  /** Positions any unit matched: the first `matchedCount`. */
  matched = new Int32Array(0);
  matchedCount = 0;

  /** True while a ranking uses the arrays (a nested call would corrupt them). */
  busy = false;

  /**
   * Makes room for positions below `size`, keeping what the current ranking has added so far.
   * All five arrays are allocated before any is replaced, so a failed allocation leaves them consistent.
   */
  fit(size: number): void {
    if (size <= this.sum.length) return;
    const length = Math.max(size, this.sum.length * 2);
    const unitBest = new Float64Array(length);
    const sum = new Float64Array(length);
    const units = new Uint32Array(length);
    const touched = new Int32Array(length);
    const matched = new Int32Array(length);
    unitBest.set(this.unitBest);
    sum.set(this.sum);
    units.set(this.units);
    touched.set(this.touched);
    matched.set(this.matched);
    Object.assign(this, { unitBest, sum, units, touched, matched });
  }

  /** Back to all zeros (after a ranking that did not finish). */
  clear(): void {
    this.unitBest.fill(0);
    this.sum.fill(0);
    this.units.fill(0);
    this.touchedCount = 0;
    this.matchedCount = 0;
  }
}
const scratch = new Scratch();

/** Raises `unitBest` to each hit's score where higher and accepted; new positions join `touched`. */
function addBest(hits: ReturnType<Lookup>, accept: (index: number) => boolean): void {
  const { ids, scores } = hits;
  let top = 0;
  for (let k = 0; k < ids.length; k++) if (ids[k] >= top) top = ids[k] + 1;
  scratch.fit(top);
  const { unitBest, touched } = scratch;
  for (let k = 0; k < ids.length; k++) {
    const id = ids[k];
    const previous = unitBest[id];
    if (scores[k] > previous && accept(id)) {
      if (previous === 0) touched[scratch.touchedCount++] = id;
      unitBest[id] = scores[k];
    }
  }
}

/**
 * A unit's score per course: the best of its exact lookups, left in `scratch.unitBest` for the
 * positions in `scratch.touched`. Only when none matches is the word looked up again with typo
 * tolerance, so "sales" never drifts to "scales" while "leadrship" still finds "leadership".
 */
function unitScores(lookup: Lookup, unit: QueryUnit, accept: (index: number) => boolean): void {
  scratch.touchedCount = 0;
  for (const alt of alternatives(unit)) addBest(lookup(alt), accept);
  if (scratch.touchedCount === 0 && unit.word !== "" && unit.fuzzy > 0) {
    addBest(lookup({ term: unit.word, prefix: unit.prefix, fuzzy: unit.fuzzy }), accept);
  }
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
    insertInOrder(top, r, count);
  }
  return top;
}

/** Inserts `r` into `top` (sorted by {@link byRank}) at its place, keeping at most `count` entries. */
function insertInOrder(top: Ranked[], r: Ranked, count: number): void {
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
  if (scratch.busy) throw new Error("rank is not re-entrant: a lookup or language callback called rank");
  scratch.busy = true;
  try {
    return rankInto(lookup, units, accept, boostOf, top);
  } catch (err) {
    scratch.clear(); // never leave scores of an unfinished ranking for the next one
    throw err;
  } finally {
    scratch.busy = false;
  }
}

function rankInto(lookup: Lookup, units: readonly QueryUnit[], accept: (index: number) => boolean, boostOf: (index: number) => number, top: number): RankedPage {
  scratch.matchedCount = 0;
  for (const unit of units) {
    unitScores(lookup, unit, accept);
    const { unitBest, sum, units: count, touched, matched } = scratch;
    for (let t = 0; t < scratch.touchedCount; t++) {
      const index = touched[t];
      if (count[index] === 0) matched[scratch.matchedCount++] = index;
      sum[index] += unitBest[index];
      count[index] += 1;
      unitBest[index] = 0;
    }
  }
  const { sum, units: count, matched, matchedCount } = scratch;
  const keep = new TopList(top);
  for (let m = 0; m < matchedCount; m++) {
    const index = matched[m];
    keep.offer(index, sum[index] * count[index] * boostOf(index));
    sum[index] = 0;
    count[index] = 0;
  }
  scratch.touchedCount = 0;
  scratch.matchedCount = 0;
  return { total: matchedCount, best: keep.result() };
}

/**
 * The best `count` of the offered (position, score) pairs in {@link byRank} order, the same as
 * sorting all of them and slicing, with one object per kept match only (see {@link best}).
 */
class TopList {
  private readonly all: Ranked[] = [];
  private readonly top: Ranked[] = [];
  private readonly short: boolean;

  constructor(private readonly count: number) {
    this.short = count <= SHORT_LIST;
  }

  offer(index: number, score: number): void {
    if (!this.short) return void this.all.push({ index, score });
    const { top, count } = this;
    if (top.length === count) {
      const last = top[count - 1];
      if (count === 0 || score < last.score || (score === last.score && index > last.index)) return;
    }
    insertInOrder(top, { index, score }, count);
  }

  result(): Ranked[] {
    return this.short ? this.top : best(this.all, this.count);
  }
}
