/**
 * Interface strings of the tab in English and French (i18next; resources are bundled, nothing is
 * fetched). The language comes from the Teams context locale, or from `?lang=` / the browser outside Teams.
 */
import i18next, { type TFunction } from "i18next";
import { createContext, useContext } from "react";
import { en } from "./strings-en";
import { fr } from "./strings-fr";

/** Languages of the interface (same as the server's src/i18n/language). */
export type TabLang = "en" | "fr";

const instance = i18next.createInstance();
void instance.init({
  resources: { en: { translation: en }, fr: { translation: fr } },
  lng: "en",
  fallbackLng: "en",
  initAsync: false,
  // React escapes text itself.
  interpolation: { escapeValue: false },
});

/** @returns "fr" for any `fr*` locale, else "en". @example langFromLocale("fr-CA") // "fr" */
export function langFromLocale(locale: string | null | undefined): TabLang {
  return typeof locale === "string" && /^fr\b/i.test(locale.trim()) ? "fr" : "en";
}

/** @returns the translate function of `lang`. */
export function translator(lang: TabLang): TFunction {
  return instance.getFixedT(lang);
}

/** The interface language and its translate function, for every component below the shell. */
export const LangContext = createContext<{ lang: TabLang; t: TFunction }>({ lang: "en", t: translator("en") });

/** @returns `{lang, t}` of the current page. */
export function useStrings(): { lang: TabLang; t: TFunction } {
  return useContext(LangContext);
}
