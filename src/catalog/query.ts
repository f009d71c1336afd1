/**
 * Query analysis for course search. A query's language is unknown (people mix "formation GDPR"),
 * so each word is read as English and as French at once. The query becomes a list of units, one
 * per topic word or vocabulary phrase; a course's score for a unit is its best score over the
 * unit's alternatives (concept token, English stem, French stem, surface word with prefix/typo
 * tolerance), so a word is never counted twice because two languages spell it alike.
 */
import { LANGUAGES } from "../i18n/language";
import { isContentWord, matchPhrase, QUERY_PHRASES, stem, words, type Word } from "./terms";
import { NEUTRAL_WORDS } from "./vocabulary";

/** One topic of a query. */
export interface QueryUnit {
  /** Identity used to drop repeated topics ("gdpr rgpd" is one unit). */
  key: string;
  /** Concept token (`~gdpr`) when the unit is a vocabulary phrase. */
  concept?: string;
  /** Distinct exact-match stems (English and French readings of the word). */
  stems: string[];
  /** Accent-folded surface word, searched with prefix and typo tolerance; "" for a multi-word phrase. */
  word: string;
  /** Match `word` as a prefix (the last word of an as-you-type query). */
  prefix: boolean;
  /** Maximum edit distance for typos on `word` (0: none). */
  fuzzy: number;
}

/** How to read a query. */
export interface AnalyzeOptions {
  /** Treat the last word as a prefix when the query does not end with a space or punctuation. Default true. */
  prefix?: boolean;
  /** Allow typos (edit distance 1 from 5 letters, 2 from 9 letters). Default true. */
  fuzzy?: boolean;
}

/** Longest query text read (characters); the rest is ignored, which keeps search time bounded. */
export const MAX_QUERY_CHARS = 300;
/** Most units kept from one query. */
export const MAX_UNITS = 12;

/** Edit distance tolerated for a word of `length` letters: short words must be exact. */
export function fuzzyDistance(length: number): number {
  if (length < 5) return 0;
  return length < 9 ? 1 : 2;
}

function isNeutral(w: Word): boolean {
  return NEUTRAL_WORDS.has(w.text) || NEUTRAL_WORDS.has(w.folded);
}

/** A word is a topic when it carries meaning in both languages (so "le", "the", "sur" are not). */
function isTopicWord(w: Word): boolean {
  return !isNeutral(w) && LANGUAGES.every((lang) => isContentWord(w.text, lang));
}

function wordUnit(w: Word, prefix: boolean, fuzzy: boolean): QueryUnit {
  const stems = [...new Set(LANGUAGES.map((lang) => stem(w.text, lang)))];
  const typo = fuzzy ? fuzzyDistance(w.folded.length) : 0;
  return { key: `${stems.join("|")}${prefix ? "*" : ""}`, stems, word: w.folded, prefix, fuzzy: typo };
}

/**
 * A vocabulary term is a whole word already, and its concept covers its variants: no stems and no
 * prefix (stems and prefixes would let "excel" match "excellence"), only the surface word for typos.
 */
function conceptUnit(concept: string, phrase: readonly Word[], fuzzy: boolean): QueryUnit {
  const word = phrase.length === 1 ? phrase[0].folded : "";
  return { key: concept, concept, stems: [], word, prefix: false, fuzzy: fuzzy ? fuzzyDistance(word.length) : 0 };
}

/**
 * Splits a query into topic units.
 * @param query free text in English or French (any length; only the first {@link MAX_QUERY_CHARS} are read).
 * @returns units in query order, without repeats; `[]` when the query holds no topic ("courses", "", "je cherche une formation").
 * @example analyzeQuery("je cherche une formation sur le RGPD") // [{key: "~gdpr", concept: "~gdpr", ...}]
 */
export function analyzeQuery(query: string, options: AnalyzeOptions = {}): QueryUnit[] {
  const text = query.slice(0, MAX_QUERY_CHARS);
  const ws = words(text);
  const folded = ws.map((w) => w.folded);
  const typing = (options.prefix ?? true) && /[\p{L}\p{N}]$/u.test(text);
  const fuzzy = options.fuzzy ?? true;
  const units = new Map<string, QueryUnit>();
  const add = (u: QueryUnit) => units.size < MAX_UNITS && !units.has(u.key) && units.set(u.key, u);
  for (let i = 0; i < ws.length; ) {
    const phrase = matchPhrase(QUERY_PHRASES, folded, i);
    const length = phrase?.tokens.length ?? 1;
    if (phrase?.concept) add(conceptUnit(phrase.concept, ws.slice(i, i + length), fuzzy));
    else if (!phrase && isTopicWord(ws[i])) add(wordUnit(ws[i], typing && i === ws.length - 1, fuzzy));
    i += length;
  }
  const last = ws[ws.length - 1];
  // A lone short or common word being typed ("s", "le") is still a prefix of the words to come.
  if (units.size === 0 && typing && last && !isNeutral(last)) {
    add({ key: `${last.folded}*`, stems: [], word: last.folded, prefix: true, fuzzy: 0 });
  }
  return [...units.values()];
}
