/**
 * Pure scoring helpers of the engine: passages → sections, and how much of a question a section
 * covers (the confidence used to decide between answering and declining).
 */
import type { PassageRef } from "./policy-index";
import type { TermGroup } from "./terms";

/** One search hit on a passage, as MiniSearch returns it. */
export interface PassageHit {
  id: number;
  score: number;
  /** Query terms that matched this passage. */
  queryTerms: string[];
}

/** A section's aggregated hits. */
export interface SectionHit {
  section: number;
  /** Score of its best passage (BM25, MiniSearch scale). */
  score: number;
  /** Index of its best passage within the section. */
  passage: number;
  /** Query terms matched anywhere in the section. */
  matched: Set<string>;
}

/**
 * Groups passage hits by section: a section scores as its best passage and has matched every
 * term any of its passages matched. Ties keep the earlier passage.
 * @returns sections by descending score.
 */
export function rankSections(hits: readonly PassageHit[], refs: readonly PassageRef[]): SectionHit[] {
  const bySection = new Map<number, SectionHit>();
  for (const hit of hits) {
    const ref = refs[hit.id];
    const current = bySection.get(ref.section);
    if (!current) {
      bySection.set(ref.section, { section: ref.section, score: hit.score, passage: ref.passage, matched: new Set(hit.queryTerms) });
      continue;
    }
    for (const term of hit.queryTerms) current.matched.add(term);
    if (hit.score > current.score || (hit.score === current.score && ref.passage < current.passage)) {
      current.score = hit.score;
      current.passage = ref.passage;
    }
  }
  return [...bySection.values()].sort((a, b) => b.score - a.score || a.section - b.section);
}

/** BM25 inverse document frequency of a term found in `df` of `n` passages. */
export function idf(df: number, n: number): number {
  return Math.log(1 + (n - df + 0.5) / (df + 0.5));
}

/**
 * Share of the question's information a section covers, from 0 to 1: each question word weighs
 * the idf of its rarest known term (a word the policy never uses weighs the most, as a term
 * found in no passage), and counts as covered when any of its terms matched the section.
 * A bare number ("15", "2023") counts only when the section has it: policies rarely repeat the
 * numbers people ask about. A question about the weather scores near 0 on any policy; one whose
 * every word the section answers scores 1.
 */
export function coverage(groups: readonly TermGroup[], matched: ReadonlySet<string>, df: (term: string) => number, n: number): number {
  let total = 0;
  let covered = 0;
  for (const group of groups) {
    const known = [...group.terms.keys()].map(df).filter((count) => count > 0);
    const weight = known.length > 0 ? idf(Math.min(...known), n) : idf(0, n);
    const hit = [...group.terms.keys()].some((term) => matched.has(term));
    if (hit) covered += weight;
    if (hit || !/^\d+$/.test(group.token)) total += weight;
  }
  return total > 0 ? covered / total : 0;
}

/**
 * Number of question words matched by distinct terms: two words that only meet the passage
 * through the same concept ("obtenir", "copie" → ~access) count once. Greedy matching, words with
 * the fewest options first (optimal for the small sets involved).
 */
export function matchedWords(matched: readonly string[], groups: readonly TermGroup[]): number {
  const options = groups
    .map((g) => matched.filter((t) => g.terms.has(t)))
    .filter((terms) => terms.length > 0)
    .sort((a, b) => a.length - b.length);
  const used = new Set<string>();
  let count = 0;
  for (const terms of options) {
    const free = terms.find((t) => !used.has(t));
    if (free === undefined) continue;
    used.add(free);
    count += 1;
  }
  return count;
}
