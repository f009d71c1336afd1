/**
 * Text analysis shared by the privacy and catalog indexes: tokenization, accent folding,
 * stopwords (stopwords-iso) and Snowball stemming (snowball-stemmers), for English and French.
 *
 * @example analyze("Combien de temps conservez-vous mes données ?", "fr") // ["combien", "temp", "conserv", "don"]
 */
import * as snowball from "snowball-stemmers";
import * as stopwordsIso from "stopwords-iso";
import type { Lang } from "../i18n/language";

type Stemmer = { stem(word: string): string };

const STEMMERS: Record<Lang, Stemmer> = {
  en: snowball.newStemmer("english"),
  fr: snowball.newStemmer("french"),
};

/**
 * stopwords-iso's English and French lists are long (about 1,300 and 700 words) and include
 * words that carry meaning in questions about data ("keep", "long", "delete" is kept by it but
 * "keep" is not). These words are removed from the stopword sets so they stay searchable.
 */
const KEEP_WORDS = new Set([
  "keep", "kept", "long", "use", "used", "using", "share", "shared", "sell", "delete", "remove", "see",
  "get", "give", "move", "change", "changes", "changed", "information", "name", "names", "old", "new", "right", "rights",
  "where", "located", "place", "home", "work", "world", "copy", "sent", "send", "follow", "know", "contact",
  "personnel", "personnelles", "garder", "droit", "droits", "utiliser", "partager",
  // Content words stopwords-iso also lists; they carry meaning in questions and policies.
  "year", "years", "today", "site", "web", "help", "first", "open", "order", "problem", "state",
  "group", "case", "room", "number", "end", "show", "point", "place", "full", "part", "time",
  "personne", "personnes", "fin", "suite", "aide",
]);

const STOPWORDS: Record<Lang, Set<string>> = {
  en: new Set(stopwordsIso.en.filter((w) => !KEEP_WORDS.has(w))),
  fr: new Set(stopwordsIso.fr.filter((w) => !KEEP_WORDS.has(w))),
};

/** Removes diacritics (é → e, ç → c) after Unicode NFD decomposition. */
export function foldAccents(text: string): string {
  return text.normalize("NFD").replace(/\p{M}+/gu, "");
}

/**
 * Splits text into lower-case word tokens (letters and digits, apostrophes and hyphens split words:
 * "l'application" → ["l", "application"]). Accents are kept; see {@link foldAccents}.
 */
export function tokenize(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** The stopwords of `lang` (stopwords-iso minus the content words kept above). */
export function stopwords(lang: Lang): ReadonlySet<string> {
  return STOPWORDS[lang];
}

/** True when `token` (lower case) is a stopword of `lang`. */
export function isStopword(token: string, lang: Lang): boolean {
  return STOPWORDS[lang].has(token);
}

/** Snowball stem of a lower-case token, accents folded afterwards. */
export function stem(token: string, lang: Lang): string {
  return foldAccents(STEMMERS[lang].stem(token));
}

/** A kept token and its stem (see {@link analyzeTokens}). */
export interface AnalyzedToken {
  /** Lower-case token as it appears in the text (accents kept). */
  token: string;
  /** Snowball stem, accents folded. */
  stem: string;
}

/**
 * Like {@link analyze}, but keeps each token next to its stem.
 *
 * @param keep optional override: a token for which it returns true is kept even when it is a
 *   stopword (the privacy engine keeps question words its vocabulary knows, e.g. "why", "où").
 * @param stemmer the stemmer (default {@link stem}; indexing passes a {@link memoizedStemmer}).
 * @example analyzeTokens("Où sont mes données ?", "fr", (t) => t === "où")
 * // [{ token: "où", stem: "ou" }, { token: "données", stem: "don" }]
 */
export function analyzeTokens(
  text: string,
  lang: Lang,
  keep?: (token: string) => boolean,
  stemmer: (token: string, lang: Lang) => string = stem,
): AnalyzedToken[] {
  const out: AnalyzedToken[] = [];
  for (const token of tokenize(text)) {
    if (token.length < 2) continue;
    if (isStopword(token, lang) && !keep?.(token)) continue;
    out.push({ token, stem: stemmer(token, lang) });
  }
  return out;
}

/**
 * A {@link stem} that remembers its results, for indexing a whole document (its words repeat);
 * drop it after use, as it keeps every word it has seen.
 */
export function memoizedStemmer(): (token: string, lang: Lang) => string {
  const memo = new Map<string, string>();
  return (token, lang) => {
    const key = `${lang}|${token}`;
    let value = memo.get(key);
    if (value === undefined) {
      value = stem(token, lang);
      memo.set(key, value);
    }
    return value;
  };
}

/**
 * Full pipeline: tokenize → drop stopwords and one-letter tokens → stem → fold accents.
 * @returns terms in text order (duplicates kept).
 */
export function analyze(text: string, lang: Lang): string[] {
  return analyzeTokens(text, lang).map((t) => t.stem);
}
