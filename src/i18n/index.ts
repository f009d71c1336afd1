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

/** Translates `key` (dot path into strings/en.ts) into `lang`, with `{{var}}` interpolation. */
export function t(lang: Lang, key: string, vars?: TOptions): string {
  return instance.t(key, { ...vars, lng: lang });
}
