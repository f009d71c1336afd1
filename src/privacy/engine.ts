/**
 * The privacy answering engine for one policy document: built once (index at start-up, nothing
 * re-parsed per message), then `answer(question, language)` in well under a millisecond.
 *
 * Method: question → content words (stopwords out, Snowball stems, accents folded, vocabulary
 * concepts, misspellings corrected against the policy's words) → MiniSearch BM25 over passages,
 * heading weighted above body → sections ranked by their best passage → confidence = share of the
 * question the best section covers ({@link coverage}); below the calibrated threshold the engine
 * declines honestly and offers the closest sections.
 *
 * @example
 * const engine = createPolicyEngine(loadPolicyFile("policy.txt", "en"));
 * engine.answer("Combien de temps gardez-vous mes données ?", "fr").heading // "How long will you keep my data?"
 */
import type { Lang } from "../i18n/language";
import { detectLanguage } from "../text/detect-language";
import { buildPolicyIndex, type PolicyIndex } from "./policy-index";
import { coverage, matchedWords, type PassageHit, rankSections, type SectionHit } from "./rank";
import { isMisspelledStopword } from "./spelling";
import { queryGroups, type QueryContext, type TermBoosts, type TermGroup } from "./terms";
import type { PolicyDocument, PolicySection, PrivacyAnswer, SectionSuggestion } from "./types";

/** Tuning of the engine; defaults calibrated on the development set (see docs/privacy-eval.md). */
export interface EngineOptions {
  /** Weight of the heading field relative to the passage text. */
  headingBoost: number;
  boosts: TermBoosts;
  /** Least coverage (0–1) of the question by the best section for the engine to answer. */
  minCoverage: number;
}

export const DEFAULT_ENGINE_OPTIONS: EngineOptions = {
  headingBoost: 2,
  boosts: { concept: 0.7, cross: 0.5, corrected: 0.8 },
  minCoverage: 0.5,
};

/** Answers questions from one policy document. */
export interface PolicyEngine {
  readonly document: PolicyDocument;
  /** All sections in document order (for the tabs' whole-policy view), empty ones included. */
  readonly sections: readonly PolicySection[];
  /**
   * @param question free text as the user wrote it (already stripped of the bot mention).
   * @param questionLanguage the user's language; a question clearly written in the other language is read as such.
   */
  answer(question: string, questionLanguage: Lang): PrivacyAnswer;
}

const MAX_SUGGESTIONS = 3;
/** Longer messages are read up to this many characters (a question is short; this bounds the work). */
export const MAX_QUESTION_CHARS = 1000;

/** The best-ranked sections, completed with the first sections that have text (always 3 when the policy has them). */
function suggestions(doc: PolicyDocument, ranked: SectionHit[]): SectionSuggestion[] {
  const picked = ranked.slice(0, MAX_SUGGESTIONS).map((hit) => hit.section);
  for (let s = 0; picked.length < MAX_SUGGESTIONS && s < doc.sections.length; s += 1) {
    if (doc.sections[s].passages.length > 0 && !picked.includes(s)) picked.push(s);
  }
  return picked.map((s) => ({ heading: doc.sections[s].heading, sectionId: doc.sections[s].id }));
}

/**
 * Scores passages: the sum of the BM25 scores of the question's terms, each times its boost, then
 * times the number of question *words* matched by distinct terms ({@link matchedWords}; one word
 * yields several terms here, stem, concepts, cognate, so counting terms would reward synonyms).
 * This is MiniSearch's own OR scoring with its per-term "quality" factor replaced by a per-word one.
 */
function search(index: PolicyIndex, groups: TermGroup[]): SectionHit[] {
  // A term several question words point at ("fix a mistake" → ~rectify twice) weighs their sum,
  // as query term frequency does in BM25.
  const boosts = new Map<string, number>();
  for (const group of groups) for (const [term, boost] of group.terms) boosts.set(term, boost + (boosts.get(term) ?? 0));
  const byPassage = new Map<number, PassageHit>();
  for (const [term, boost] of boosts) {
    for (const { id, score } of index.hitsOf(term)) {
      let hit = byPassage.get(id);
      if (!hit) {
        hit = { id, score: 0, queryTerms: [] };
        byPassage.set(id, hit);
      }
      hit.score += boost * score;
      hit.queryTerms.push(term);
    }
  }
  // Many passages match the same terms (in the same order, terms being visited in one order):
  // their word count is worked out once per list of terms.
  const wordsOf = new Map<string, number>();
  const hits: PassageHit[] = [];
  for (const hit of byPassage.values()) {
    const key = hit.queryTerms.join("\n");
    let words = wordsOf.get(key);
    if (words === undefined) {
      words = matchedWords(hit.queryTerms, groups);
      wordsOf.set(key, words);
    }
    hit.score *= words;
    hits.push(hit);
  }
  return rankSections(hits, index.refs);
}

/**
 * Builds the engine for `doc` (index built here, once).
 * @param overrides partial {@link EngineOptions} (evaluation and tests); production uses the defaults.
 */
export function createPolicyEngine(doc: PolicyDocument, overrides: Partial<EngineOptions> = {}): PolicyEngine {
  const options = { ...DEFAULT_ENGINE_OPTIONS, ...overrides };
  const index = buildPolicyIndex(doc, options.headingBoost);
  const df = (term: string) => index.df.get(term) ?? 0;
  const context: QueryContext = {
    docLang: doc.language, df, correct: (token, lang) => index.spellers[lang].correct(token), misspelledStopword: isMisspelledStopword,
  };
  const base = { documentLanguage: doc.language, ...(doc.revisionDate ? { revisionDate: doc.revisionDate } : {}) };
  return {
    document: doc,
    sections: doc.sections,
    answer(question: string, questionLanguage: Lang): PrivacyAnswer {
      const text = question.slice(0, MAX_QUESTION_CHARS);
      const lang = detectLanguage(text) ?? questionLanguage;
      const groups = queryGroups(text, lang, context, options.boosts);
      const ranked = search(index, groups);
      const top = ranked[0];
      const score = top ? coverage(groups, top.matched, df, index.refs.length) : 0;
      if (!top || score < options.minCoverage) return { ...base, answered: false, suggestions: suggestions(doc, ranked), score };
      const section = doc.sections[top.section];
      return {
        ...base, answered: true, heading: section.heading, passage: section.passages[top.passage],
        sectionId: section.id, suggestions: [], score,
      };
    },
  };
}
