/**
 * Lookups in the bilingual privacy vocabulary ({@link CONCEPTS}): from a token or its stem to the
 * concept terms ("~delete", "~retain" …) that the index stores next to the words themselves.
 * Built once at module load from the word lists, stemmed with the same Snowball stemmers as the text.
 */
import type { Lang } from "../i18n/language";
import { foldAccents, stem, tokenize } from "../text/analyzer";
import { CONCEPTS } from "./lexicon-data";

/** Prefix that marks a concept term in the index, so it never collides with a word stem. */
export const CONCEPT_PREFIX = "~";

const key = (lang: Lang, value: string) => `${lang}|${value}`;

interface Tables {
  byStem: Map<string, string[]>;
  byToken: Map<string, string[]>;
  cues: Map<string, string[]>;
  words: Set<string>;
  vocabulary: Record<Lang, Map<string, string>>;
}

function add(map: Map<string, string[]>, k: string, term: string): void {
  const list = map.get(k) ?? [];
  if (!list.includes(term)) list.push(term);
  map.set(k, list);
}

const FRENCH_ENDINGS: Record<string, string[]> = {
  er: ["e", "es", "ent", "ons", "ez", "é", "ée", "és", "ées"],
  re: ["s", "", "ons", "ez", "ent", "u", "ue", "us", "ues"],
  ir: ["is", "it", "issons", "issez", "issent", "i", "ie", "ies"],
};

/**
 * A French verb of the vocabulary with its regular present-tense and participle forms
 * ("vendre" → "vends", "vendons", "vendu", "vendues" …): Snowball brings some of them together
 * ("conservez", "conservées" → "conserv") but not all ("vendues" → "vendu", "vendre" → "vendr").
 * Irregular verbs only get forms that never occur, which match nothing.
 */
export function withFrenchForms(word: string): string[] {
  const ending = /^=?[\p{L}]+(er|re|ir)$/u.exec(word)?.[1];
  if (!ending) return [word];
  const root = word.slice(0, -2);
  return [word, ...FRENCH_ENDINGS[ending].map((suffix) => root + suffix)];
}

function buildTables(): Tables {
  const tables: Tables = { byStem: new Map(), byToken: new Map(), cues: new Map(), words: new Set(), vocabulary: { en: new Map(), fr: new Map() } };
  for (const concept of CONCEPTS) {
    const term = CONCEPT_PREFIX + concept.id;
    for (const lang of ["en", "fr"] as const) {
      for (const word of concept[lang].flatMap((w) => (lang === "fr" ? withFrenchForms(w) : [w]))) {
        const exact = word.startsWith("=");
        for (const token of tokenize(word).filter((t) => t.length > 1)) {
          const s = stem(token, lang);
          add(exact ? tables.byToken : tables.byStem, key(lang, exact ? foldAccents(token) : s), term);
          tables.words.add(key(lang, token));
          tables.vocabulary[lang].set(foldAccents(token), s);
        }
      }
      for (const cue of concept.cues?.[lang] ?? []) add(tables.cues, key(lang, foldAccents(cue)), term);
    }
  }
  return tables;
}

const TABLES = buildTables();

/**
 * French verbs in the "nous" and "ils" forms ("vendons", "déposons", "quittent") keep their ending
 * under Snowball while the "vous" form and the participles lose it ("vendez" → "vend"); read them as
 * a first-group infinitive ("vendre"/"quitter" → "vend"/"quitt") so the forms meet. Nouns in -ions
 * ("informations") and adverbs in -ment are left alone.
 * @returns the extra stem, or undefined when the rule does not apply or gives the same stem.
 */
export function frenchVerbStem(token: string, tokenStem: string): string | undefined {
  if (token.length < 6 || !/(?:[^i]ons|[^m]ent)$/.test(token)) return undefined;
  const alt = stem(`${token.slice(0, -3)}er`, "fr");
  return alt !== tokenStem && alt.length >= 3 ? alt : undefined;
}

/**
 * Concept terms of a word.
 * @example conceptsOf("supprimez", "supprim", "fr") // ["~delete"]
 */
export function conceptsOf(token: string, wordStem: string, lang: Lang): readonly string[] {
  const exact = TABLES.byToken.get(key(lang, foldAccents(token)));
  const direct = TABLES.byStem.get(key(lang, wordStem));
  if (exact || direct) return [...(exact ?? []), ...(direct ?? [])];
  const verb = lang === "fr" ? frenchVerbStem(token, wordStem) : undefined;
  return (verb && TABLES.byStem.get(key(lang, verb))) || [];
}

/** Concept terms of a question word ("where", "pourquoi"); only questions and headings use them. */
export function cueConceptsOf(token: string, lang: Lang): readonly string[] {
  return TABLES.cues.get(key(lang, foldAccents(token))) ?? [];
}

/** True when `token` (lower case) is one of the vocabulary's words (so it is never a stopword). */
export function isVocabularyWord(token: string, lang: Lang): boolean {
  return TABLES.words.has(key(lang, token));
}

/** Every vocabulary word of `lang` (accents folded) with its stem: part of the spelling dictionary. */
export function vocabularyWords(lang: Lang): ReadonlyMap<string, string> {
  return TABLES.vocabulary[lang];
}
