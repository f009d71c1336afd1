/**
 * Text → index terms, and question → term groups, for the policy index.
 * Terms are Snowball stems of content words (accents folded) plus concept terms from the privacy
 * vocabulary ("~delete"); question words that the vocabulary knows as cues ("where", "pourquoi")
 * become concept terms in questions and headings only.
 */
import type { Lang } from "../i18n/language";
import { type AnalyzedToken, analyzeTokens, stem as stemOf } from "../text/analyzer";
import { conceptsOf, cueConceptsOf, frenchVerbStem, isVocabularyWord } from "./lexicon";
import type { Correction } from "./spelling";

/** Relative weights of the kinds of query terms (a plain stem weighs 1). */
export interface TermBoosts {
  /** A concept term from the vocabulary. */
  concept: number;
  /** The stem of a question word under the document language's stemmer (cognates: "application"). */
  cross: number;
  /** A term that replaced a misspelled word. */
  corrected: number;
}

/** The terms one question word stands for, with their boosts. */
export interface TermGroup {
  token: string;
  terms: Map<string, number>;
  /** True when the word was unknown and replaced by the closest known one. */
  corrected: boolean;
}

/** What the query side needs to know about the index. */
export interface QueryContext {
  docLang: Lang;
  /** Number of passages holding `term` (0 when unknown). */
  df(term: string): number;
  /** The known word a misspelled one most likely is, or undefined. */
  correct(token: string, lang: Lang): Correction | undefined;
  /** True when an unknown word is most likely a misspelled stopword (dropped from the question). */
  misspelledStopword(token: string, lang: Lang): boolean;
}

const COMPOUND = /[\p{L}\p{N}]+(?:[-\u2010\u2011][\p{L}\p{N}]+)+/gu;

/** Hyphenated words of a text, joined and lower-cased: "sub-contractors" → "subcontractors", "e-mail" → "email". */
export function joinedCompounds(text: string): string[] {
  return [...text.matchAll(COMPOUND)].map((m) => m[0].toLowerCase().replace(/[-\u2010\u2011]/g, ""));
}

/** The stem of a token, plus the infinitive stem of a French verb form Snowball leaves apart. */
function stemsOf(token: string, stem: string, lang: Lang): string[] {
  const verb = lang === "fr" ? frenchVerbStem(token, stem) : undefined;
  return verb ? [stem, verb] : [stem];
}

/** Index terms of a text, and the words they come from (for the spelling dictionary). */
export interface AnalyzedText {
  terms: string[];
  tokens: AnalyzedToken[];
}

/**
 * Index terms of a text, in order (duplicates kept, as term frequency counts), with its words.
 * @param withCues true for headings, which are often phrased as questions ("Who we are").
 * @param stemmer the stemmer to use (indexing passes a memoized one).
 */
export function analyzeForIndex(text: string, lang: Lang, withCues: boolean, stemmer = stemOf): AnalyzedText {
  const cuesOf = (token: string) => (withCues ? cueConceptsOf(token, lang) : []);
  const keep = (token: string) => isVocabularyWord(token, lang) || cuesOf(token).length > 0;
  const terms: string[] = [];
  const tokens = analyzeTokens(text, lang, keep, stemmer);
  for (const { token, stem } of tokens) {
    const cues = cuesOf(token);
    if (cues.length > 0) terms.push(...cues);
    else terms.push(...stemsOf(token, stem, lang), ...conceptsOf(token, stem, lang));
  }
  // A hyphenated word is also indexed whole, so "subcontractors" finds "sub-contractors".
  for (const joined of joinedCompounds(text)) {
    const stem = stemmer(joined, lang);
    terms.push(stem, ...conceptsOf(joined, stem, lang));
  }
  return { terms, tokens };
}

/** Index terms of a text ({@link analyzeForIndex} without the words). */
export function indexTerms(text: string, lang: Lang, withCues: boolean): string[] {
  return analyzeForIndex(text, lang, withCues).terms;
}

/** Words shorter than this are never corrected (too many real words lie one edit apart). */
const MIN_CORRECTED_LENGTH = 5;

function setMax(terms: Map<string, number>, term: string, boost: number): void {
  terms.set(term, Math.max(boost, terms.get(term) ?? 0));
}

/** The group of one question word; undefined for a misspelled stopword. */
function wordGroup(token: string, stem: string, lang: Lang, ctx: QueryContext, boosts: TermBoosts): TermGroup | undefined {
  const terms = new Map<string, number>(stemsOf(token, stem, lang).map((s) => [s, 1]));
  const concepts = conceptsOf(token, stem, lang);
  for (const concept of concepts) setMax(terms, concept, boosts.concept);
  if (lang !== ctx.docLang) {
    const cross = stemOf(token, ctx.docLang);
    if (cross !== stem) setMax(terms, cross, boosts.cross);
  }
  const known = concepts.length > 0 || [...terms.keys()].some((t) => ctx.df(t) > 0);
  if (known || /\d/.test(token)) return { token, terms, corrected: false };
  if (token.length < MIN_CORRECTED_LENGTH) return ctx.misspelledStopword(token, lang) ? undefined : { token, terms, corrected: false };
  const fixed = ctx.correct(token, lang);
  if (fixed === undefined) return ctx.misspelledStopword(token, lang) ? undefined : { token, terms, corrected: false };
  setMax(terms, fixed.stem, boosts.corrected);
  for (const concept of conceptsOf(fixed.token, fixed.stem, lang)) setMax(terms, concept, boosts.concept * boosts.corrected);
  return { token, terms, corrected: true };
}

/**
 * Splits a question into term groups, one per content word (repeated words once).
 * @example queryGroups("Où sont hébergées mes données ?", "fr", ctx, boosts).map((g) => g.token) // ["où", "hébergées", "données"]
 */
export function queryGroups(question: string, lang: Lang, ctx: QueryContext, boosts: TermBoosts): TermGroup[] {
  // A hyphenated word the policy knows whole ("e-mail", "anti-csrf") is one word; others
  // ("collectez-vous", "utilise-t-elle") stay split.
  const text = question.replace(COMPOUND, (compound) => {
    const joined = compound.toLowerCase().replace(/[-\u2010\u2011]/g, "");
    return ctx.df(stemOf(joined, ctx.docLang)) > 0 || isVocabularyWord(joined, lang) ? joined : compound;
  });
  const keep = (token: string) => isVocabularyWord(token, lang) || cueConceptsOf(token, lang).length > 0;
  const groups = new Map<string, TermGroup>();
  for (const { token, stem } of analyzeTokens(text, lang, keep)) {
    if (groups.has(token)) continue;
    // A question word has no stem of its own in the index: its concept weighs what a word and its
    // concept weigh together, so "who"/"où" count as much as any other word of the question.
    const cues = cueConceptsOf(token, lang);
    const group = cues.length > 0
      ? { token, terms: new Map(cues.map((c): [string, number] => [c, 1 + boosts.concept])), corrected: false }
      : wordGroup(token, stem, lang, ctx, boosts);
    if (group) groups.set(token, group);
  }
  return [...groups.values()];
}
