/**
 * Interface strings in English and French through i18next (one instance, initialized
 * synchronously at import; resources are bundled, nothing is fetched).
 *
 * @example t("fr", "courses.open") // "Ouvrir"
 */
import i18next, { type TOptions } from "i18next";
import type { Lang } from "./language";
import { en } from "./strings/en";
import { fr } from "./strings/fr";

export { languageFromLocale, isLang, LANGUAGES, type Lang } from "./language";

const instance = i18next.createInstance();
void instance.init({
  resources: { en: { translation: en }, fr: { translation: fr } },
  lng: "en",
  fallbackLng: "en",
  initAsync: false,
  // Cards are not HTML: values are escaped for Adaptive Card markdown by src/cards, not here.
  interpolation: { escapeValue: false },
});

/**
 * Strings without variables, by language and key, as i18next gave them. The resources are fixed at
 * import, so a string never changes; the map holds at most one entry per key and language (a few
 * hundred). i18next's lookup (key parsing, fallbacks, nesting, post-processing) cost about 5 % of a
 * turn's CPU under load (docs/performance.md); strings with variables still go through it each time.
 */
const fixed = { en: new Map<string, string>(), fr: new Map<string, string>() } satisfies Record<Lang, Map<string, string>>;

/** Translates `key` (dot path into strings/en.ts) into `lang`, with `{{var}}` interpolation. */
export function t(lang: Lang, key: string, vars?: TOptions): string {
  if (vars !== undefined) return instance.t(key, { ...vars, lng: lang });
  const memo = lang === "fr" ? fixed.fr : lang === "en" ? fixed.en : undefined;
  const kept = memo?.get(key);
  if (kept !== undefined) return kept;
  const value = instance.t(key, { lng: lang });
  memo?.set(key, value);
  return value;
}
