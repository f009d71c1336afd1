/**
 * Spelling correction of question words the policy and the vocabulary do not know ("acount",
 * "retian", "informaton"): candidates come from MiniSearch's SearchableMap fuzzy lookup
 * (Levenshtein, radix tree), then are checked with the optimal-string-alignment distance, which
 * also counts a swap of two neighbouring letters as one typo (Levenshtein counts it as two).
 */
import SearchableMap from "minisearch/SearchableMap";
import type { Lang } from "../i18n/language";
import { foldAccents, stopwords } from "../text/analyzer";

/** A known word that a misspelled one was read as. */
export interface Correction {
  token: string;
  stem: string;
}

/** Corrects one word; built once per policy and question language. */
export interface Speller {
  correct(token: string): Correction | undefined;
}

interface Entry {
  stem: string;
  /** How common the word is in the policy (ties go to the more common word). */
  weight: number;
}

/**
 * Optimal string alignment distance: insertions, deletions, substitutions and transpositions of
 * adjacent characters each cost 1. Why own code: MiniSearch only offers Levenshtein, and this is
 * the textbook dynamic programme (Damerau 1964), a dozen lines.
 * @example osaDistance("retian", "retain") // 1
 */
export function osaDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j += 1) d[0][j] = j;
  for (let i = 1; i <= a.length; i += 1) {
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}

/** Typos allowed for a word of this length: 1, or 2 from 9 letters. */
export const allowedTypos = (word: string) => (word.length >= 9 ? 2 : 1);

/**
 * A plausible correction keeps the first letter (typos rarely hit it) and is not a longer or
 * shorter form of the same word ("german" is not a typo of "germany").
 */
function plausible(word: string, candidate: string): boolean {
  return candidate[0] === word[0] && !candidate.startsWith(word) && !word.startsWith(candidate);
}

/**
 * Builds a speller over `words` (surface form → stem and weight).
 * @example buildSpeller([["account", { stem: "account", weight: 3 }]]).correct("acount") // { token: "account", stem: "account" }
 */
export function buildSpeller(words: Iterable<[string, Entry]>): Speller {
  // One radix tree per first letter (a correction keeps it): the fuzzy search only walks the
  // words that can qualify, which keeps a correction well under a tenth of a millisecond.
  const byInitial = new Map<string, SearchableMap<Entry>>();
  for (const [word, entry] of words) {
    const folded = foldAccents(word);
    if (!folded) continue;
    const tree = byInitial.get(folded[0]) ?? new SearchableMap<Entry>();
    byInitial.set(folded[0], tree);
    const current = tree.get(folded.slice(1));
    tree.set(folded.slice(1), current ? { stem: entry.stem, weight: current.weight + entry.weight } : entry);
  }
  return {
    correct(token: string): Correction | undefined {
      const word = foldAccents(token);
      const tree = byInitial.get(word[0]);
      if (!tree) return undefined;
      let best: { token: string; entry: Entry; distance: number } | undefined;
      // A swap costs 2 under Levenshtein and 1 under OSA: ask the radix tree for one more edit.
      for (const [rest, [entry]] of tree.fuzzyGet(word.slice(1), allowedTypos(word) + 1)) {
        const candidate = word[0] + rest;
        const distance = osaDistance(word, candidate);
        if (distance > allowedTypos(word) || !plausible(word, candidate)) continue;
        if (!best || distance < best.distance || (distance === best.distance && entry.weight > best.entry.weight)) {
          best = { token: candidate, entry, distance };
        }
      }
      return best && { token: best.token, stem: best.entry.stem };
    },
  };
}

/** Shortest word checked against the stopwords (shorter ones are too often a real word one edit away). */
const MIN_STOPWORD_TYPO_LENGTH = 4;

let stopwordSpellers: Record<Lang, Speller> | undefined;

/**
 * True when `token` is most likely a misspelled stopword ("wich", "waht", "abuot"), which must not
 * count as an unknown, heavy word of the question. Built on first use from the stopword lists.
 */
export function isMisspelledStopword(token: string, lang: Lang): boolean {
  if (token.length < MIN_STOPWORD_TYPO_LENGTH) return false;
  stopwordSpellers ??= {
    en: buildSpeller([...stopwords("en")].map((w): [string, Entry] => [w, { stem: w, weight: 1 }])),
    fr: buildSpeller([...stopwords("fr")].map((w): [string, Entry] => [w, { stem: w, weight: 1 }])),
  };
  return stopwordSpellers[lang].correct(token) !== undefined;
}
