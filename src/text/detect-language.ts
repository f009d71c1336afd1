/**
 * Guesses whether a short text (a question, a policy) is English or French from its function words.
 *
 * Why own code: a language-identification library (franc, cld) would add megabytes of n-gram
 * models for a two-language decision that function words settle reliably; this list is small and
 * disjoint between the two languages on purpose (stopwords-iso's lists overlap: "a", "on", "est").
 *
 * @example detectLanguage("Combien de temps gardez-vous mes données ?") // "fr"
 * @example detectLanguage("cookies") // undefined (no evidence either way)
 */
import type { Lang } from "../i18n/language";
import { tokenize } from "./analyzer";

const FUNCTION_WORDS: Record<Lang, ReadonlySet<string>> = {
  en: new Set([
    "the", "and", "is", "are", "do", "does", "did", "you", "your", "my", "me", "what", "how", "can",
    "of", "to", "with", "will", "where", "who", "which", "when", "why", "this", "that", "it", "we",
    "our", "for", "from", "about", "have", "has", "be", "if", "any", "should", "would", "there",
  ]),
  fr: new Set([
    "le", "la", "les", "des", "du", "de", "et", "est", "sont", "vous", "votre", "vos", "mes", "mon",
    "ma", "je", "quel", "quels", "quelle", "quelles", "comment", "combien", "où", "pourquoi", "qui",
    "que", "puis", "avec", "pour", "sur", "une", "un", "nous", "notre", "nos", "ce", "cette", "ces",
    "au", "aux", "il", "elle", "dans", "pas", "peut", "peux", "faut",
  ]),
};

/** Counts function words of each language in `text`. */
export function functionWordCounts(text: string): Record<Lang, number> {
  const counts: Record<Lang, number> = { en: 0, fr: 0 };
  for (const token of tokenize(text)) {
    if (FUNCTION_WORDS.en.has(token)) counts.en += 1;
    if (FUNCTION_WORDS.fr.has(token)) counts.fr += 1;
  }
  return counts;
}

/**
 * @returns the language whose function words clearly dominate (at least 2 of them, and more than
 *   twice the other language's count), else `undefined` so the caller keeps its own hint.
 */
export function detectLanguage(text: string): Lang | undefined {
  const { en, fr } = functionWordCounts(text);
  if (fr >= 2 && fr > 2 * en) return "fr";
  if (en >= 2 && en > 2 * fr) return "en";
  return undefined;
}
