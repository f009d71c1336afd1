/**
 * The catalog's text analysis: a thin wrapper over the shared analyzer (src/text/analyzer) that adds
 * what course search needs and policy search does not:
 * - concept tokens (`~gdpr`) for the synonym groups of catalog/vocabulary, matched as phrases;
 * - the accent-folded surface word next to its stem, so as-you-type prefixes ("securi") and typos
 *   still meet "security" after Snowball has cut it to "secur";
 * - topic words that stopwords-iso treats as stopwords ({@link KEEP_WORDS}).
 */
import type { Lang } from "../i18n/language";
import { foldAccents, isStopword, stem as snowballStem, tokenize } from "../text/analyzer";
import { CONCEPTS, KEEP_WORDS, NEUTRAL_PHRASES, type Concept } from "./vocabulary";

/** A word of a text: `text` is lower case with accents, `folded` has accents removed. */
export interface Word {
  text: string;
  folded: string;
}

/** A phrase of the vocabulary, as folded tokens, and what it stands for. */
export interface Phrase {
  tokens: string[];
  /** Concept token (`~id`), or undefined for a neutral request phrase. */
  concept?: string;
}

/** Phrases by their first token, longest first. */
export type PhraseTable = ReadonlyMap<string, readonly Phrase[]>;

/** Prefix of concept tokens; cannot occur in a tokenized word, so it never collides with one. */
export const CONCEPT_PREFIX = "~";

/** Lower-cases and tokenizes `text` (letters and digits; apostrophes and hyphens split words). */
export function words(text: string): Word[] {
  return tokenize(text.replace(/[’‘`]/g, "'")).map((t) => ({ text: t, folded: foldAccents(t) }));
}

function phraseTokens(phrase: string): string[] {
  return words(phrase).map((w) => w.folded);
}

/** Builds a lookup table from phrases (longest first, so "project management" wins over "management"). */
export function buildPhraseTable(phrases: Phrase[]): PhraseTable {
  const table = new Map<string, Phrase[]>();
  for (const phrase of phrases) {
    if (phrase.tokens.length === 0) continue;
    const list = table.get(phrase.tokens[0]) ?? [];
    list.push(phrase);
    table.set(phrase.tokens[0], list);
  }
  for (const list of table.values()) list.sort((a, b) => b.tokens.length - a.tokens.length);
  return table;
}

/** The longest phrase of `table` starting at `folded[at]`, if any. */
export function matchPhrase(table: PhraseTable, folded: readonly string[], at: number): Phrase | undefined {
  const candidates = table.get(folded[at]);
  if (!candidates) return undefined;
  return candidates.find((p) => p.tokens.every((t, k) => folded[at + k] === t));
}

function conceptPhrases(concept: Concept, langs: readonly Lang[]): Phrase[] {
  const terms = [...(concept.any ?? []), ...langs.flatMap((l) => concept[l] ?? [])];
  return terms.map((t) => ({ tokens: phraseTokens(t), concept: CONCEPT_PREFIX + concept.id }));
}

/** Concept phrases of text written in one language (course text). */
export const DOCUMENT_PHRASES: Readonly<Record<Lang, PhraseTable>> = {
  en: buildPhraseTable(CONCEPTS.flatMap((c) => conceptPhrases(c, ["en"]))),
  fr: buildPhraseTable(CONCEPTS.flatMap((c) => conceptPhrases(c, ["fr"]))),
};

/** Concept phrases of both languages plus neutral request phrases (queries, whose language is unknown). */
export const QUERY_PHRASES: PhraseTable = buildPhraseTable([
  ...NEUTRAL_PHRASES.map((p) => ({ tokens: phraseTokens(p) })),
  ...CONCEPTS.flatMap((c) => conceptPhrases(c, ["en", "fr"])),
]);

/** Most memoized stems per language; the memo is emptied when full (catalogs reuse a small vocabulary). */
export const STEM_MEMO_SIZE = 50_000;
const stemMemo: Record<Lang, Map<string, string>> = { en: new Map(), fr: new Map() };

/**
 * Snowball stem of a lower-case word (shared analyzer), memoized: stemming costs about 9 µs a word,
 * and a 10,000-course catalog repeats the same few thousand words hundreds of thousands of times.
 */
export function stem(word: string, lang: Lang): string {
  const memo = stemMemo[lang];
  let stemmed = memo.get(word);
  if (stemmed === undefined) {
    if (memo.size >= STEM_MEMO_SIZE) memo.clear();
    stemmed = snowballStem(word, lang);
    memo.set(word, stemmed);
  }
  return stemmed;
}

/** True when `word` carries meaning in `lang`: two letters or more and not a stopword (unless kept). */
export function isContentWord(word: string, lang: Lang): boolean {
  return word.length >= 2 && (!isStopword(word, lang) || KEEP_WORDS[lang].has(word));
}

/**
 * Index terms of a course text written in `lang`: for each content word its stem and, when it
 * differs, its folded surface form; then one concept token per vocabulary phrase found.
 * @example documentTerms("Security basics", "en") // ["secur", "security", "basic", "basics", "~security"]
 */
export function documentTerms(text: string, lang: Lang): string[] {
  const ws = words(text);
  const out: string[] = [];
  for (const w of ws) {
    if (!isContentWord(w.text, lang)) continue;
    const s = stem(w.text, lang);
    out.push(s);
    if (w.folded !== s) out.push(w.folded);
  }
  return out.concat(concepts(ws.map((w) => w.folded), DOCUMENT_PHRASES[lang]));
}

/** Concept tokens of the phrases found in `folded` (non-overlapping, longest first). */
export function concepts(folded: readonly string[], table: PhraseTable): string[] {
  const out: string[] = [];
  for (let i = 0; i < folded.length; ) {
    const phrase = matchPhrase(table, folded, i);
    if (phrase?.concept) out.push(phrase.concept);
    i += phrase ? phrase.tokens.length : 1;
  }
  return out;
}
