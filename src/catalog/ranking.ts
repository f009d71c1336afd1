/**
 * Ranking of courses for analyzed query units, on a MiniSearch index (BM25, prefix and fuzzy
 * matching come from MiniSearch). What is ours is how the units combine, because MiniSearch's
 * built-in OR would add up a word's English and French readings as if they were two words:
 * - a unit's score in a course is its best alternative's score (concept, stems, surface word);
 * - a course's score is the sum of its unit scores times the number of units it matches
 *   (MiniSearch's own "quality" factor, applied per unit instead of per term).
 */
import type MiniSearch from "minisearch";
import type { Lang } from "../i18n/language";
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

/** One MiniSearch lookup of a unit. */
interface Alternative {
  term: string;
  prefix: boolean;
  fuzzy: number;
}

/**
 * A prefix shorter than this many letters ("s", "le") is looked up in titles and tags only: while
 * the person has typed one or two letters, a description word starting with them says little, and
 * expanding such a prefix over every description term is what makes one-letter queries slow
 * (measured with bench/catalog-search.bench.ts).
 */
export const SHORT_PREFIX = 3;
const SHORT_PREFIX_FIELDS = ["title", "tags"];

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

function lookup(engine: MiniSearch, alt: Alternative, accept: (index: number) => boolean, best: Map<number, number>): void {
  const fields = alt.prefix && alt.term.length < SHORT_PREFIX ? SHORT_PREFIX_FIELDS : undefined;
  const boostDocument = (index: number) => (accept(index) ? 1 : 0);
  const results = engine.search(alt.term, { prefix: alt.prefix, fuzzy: alt.fuzzy, fields, boostDocument });
  for (const r of results) {
    const id = r.id as number;
    if (r.score > (best.get(id) ?? 0)) best.set(id, r.score);
  }
}

/**
 * A unit's score per course: the best of its exact lookups. Only when none matches is the word
 * looked up again with typo tolerance, so "sales" never drifts to "scales" while "leadrship" still
 * finds "leadership".
 */
function unitScores(engine: MiniSearch, unit: QueryUnit, accept: (index: number) => boolean): Map<number, number> {
  const best = new Map<number, number>();
  for (const alt of alternatives(unit)) lookup(engine, alt, accept, best);
  if (best.size === 0 && unit.word !== "" && unit.fuzzy > 0) {
    lookup(engine, { term: unit.word, prefix: unit.prefix, fuzzy: unit.fuzzy }, accept, best);
  }
  return best;
}

/**
 * Scores every course matching at least one unit.
 * @param languageOf language of the course at a position.
 * @returns matches sorted best first (ties: catalog order).
 */
export function rank(engine: MiniSearch, units: readonly QueryUnit[], languageOf: (index: number) => Lang, options: RankOptions = {}): Ranked[] {
  const accept = (i: number) => !options.exclude?.has(i) && (options.language === undefined || languageOf(i) === options.language);
  const sums = new Map<number, { score: number; units: number }>();
  for (const unit of units) {
    for (const [index, score] of unitScores(engine, unit, accept)) {
      const entry = sums.get(index) ?? { score: 0, units: 0 };
      entry.score += score;
      entry.units += 1;
      sums.set(index, entry);
    }
  }
  const ranked: Ranked[] = [];
  for (const [index, { score, units: matched }] of sums) {
    const boost = options.preferLanguage !== undefined && languageOf(index) === options.preferLanguage ? PREFERRED_LANGUAGE_BOOST : 1;
    ranked.push({ index, score: score * matched * boost });
  }
  return ranked.sort((a, b) => b.score - a.score || a.index - b.index);
}
