/**
 * The search index of one policy document, built once when the policy is loaded: a MiniSearch
 * BM25 index whose documents are passages (fields: the section heading and the passage text, both
 * already analyzed into {@link indexTerms}), plus the passage frequency of every term and a
 * speller for misspelled question words ({@link buildSpeller}).
 */
import MiniSearch from "minisearch";
import type { Lang } from "../i18n/language";
import { type AnalyzedToken, memoizedStemmer } from "../text/analyzer";
import { vocabularyWords } from "./lexicon";
import { buildSpeller, type Speller } from "./spelling";
import { analyzeForIndex } from "./terms";
import type { PolicyDocument } from "./types";

/** Where a passage of the index comes from. */
export interface PassageRef {
  section: number;
  passage: number;
}

interface IndexedPassage {
  id: number;
  heading: string;
  body: string;
}

/** A passage's BM25 score for one term. */
export interface TermHit {
  id: number;
  score: number;
}

/** The built index; read-only once built. */
export interface PolicyIndex {
  search: MiniSearch<IndexedPassage>;
  /**
   * BM25 scores of one term over the passages that hold it (heading boost applied), empty for an
   * unknown term. The index never changes, so each term is searched in MiniSearch once and its
   * hits kept: an answer then allocates almost nothing (no garbage-collection pauses in the p99).
   * Only terms of the policy are kept, so the memory is bounded by its vocabulary.
   */
  hitsOf(term: string): readonly TermHit[];
  /** Passage refs by index document id. */
  refs: PassageRef[];
  /** Number of passages holding each term (heading or body). */
  df: Map<string, number>;
  /** Spelling correction per question language: the vocabulary's words, plus the policy's own words in its language. */
  spellers: Record<Lang, Speller>;
}

const splitTerms = (text: string) => (text ? text.split(" ") : []);

function speller(lang: Lang, docTokens: readonly AnalyzedToken[]): Speller {
  const words: [string, { stem: string; weight: number }][] = [];
  for (const [word, stem] of vocabularyWords(lang)) words.push([word, { stem, weight: 1 }]);
  for (const { token, stem } of docTokens) words.push([token, { stem, weight: 1 }]);
  return buildSpeller(words);
}

/**
 * Builds the index of `doc` (sections without passages are left out: there is nothing to quote).
 * @param headingBoost weight of the heading field relative to the passage text.
 * @returns the index; cost is linear in the document (a 20-section policy takes a few milliseconds).
 */
export function buildPolicyIndex(doc: PolicyDocument, headingBoost: number): PolicyIndex {
  const passages: IndexedPassage[] = [];
  const refs: PassageRef[] = [];
  const df = new Map<string, number>();
  const tokens: AnalyzedToken[] = [];
  const stemmer = memoizedStemmer();
  doc.sections.forEach((section, s) => {
    const heading = analyzeForIndex(section.heading, doc.language, true, stemmer);
    tokens.push(...heading.tokens);
    section.passages.forEach((text, p) => {
      const body = analyzeForIndex(text, doc.language, false, stemmer);
      tokens.push(...body.tokens);
      for (const term of new Set([...heading.terms, ...body.terms])) df.set(term, (df.get(term) ?? 0) + 1);
      passages.push({ id: refs.length, heading: heading.terms.join(" "), body: body.terms.join(" ") });
      refs.push({ section: s, passage: p });
    });
  });
  const search = new MiniSearch<IndexedPassage>({
    fields: ["heading", "body"],
    tokenize: splitTerms,
    processTerm: (term) => term,
  });
  search.addAll(passages);
  const cache = new Map<string, TermHit[]>();
  const hitsOf = (term: string): readonly TermHit[] => {
    if (!df.has(term)) return [];
    let hits = cache.get(term);
    if (!hits) {
      hits = search.search(term, { boost: { heading: headingBoost } }).map((r) => ({ id: r.id as number, score: r.score }));
      cache.set(term, hits);
    }
    return hits;
  };
  const spellers = {
    en: speller("en", doc.language === "en" ? tokens : []),
    fr: speller("fr", doc.language === "fr" ? tokens : []),
  };
  return { search, refs, df, hitsOf, spellers };
}
