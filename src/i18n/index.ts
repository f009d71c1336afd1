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
 * Strings as i18next resolves them (fallback language included), by language and key, before any
 * interpolation. The resources are fixed at import, so a string never changes; the map holds at
 * most one entry per key and language (a few hundred). i18next's full `t` (key parsing, fallbacks,
 * plural and context suffixes, nesting, post-processing) cost about 10 µs a call and, with one or
 * two calls per card, about 4 % of a turn's CPU under load (docs/performance.md). With
 * `skipOnVariables` (i18next's default) a `{{var}}` left without a value stays as written, so the
 * kept string is the template.
 */
const resolved = { en: new Map<string, string>(), fr: new Map<string, string>() } satisfies Record<Lang, Map<string, string>>;

/**
 * Names i18next reads from a `t` call's options (plurals, context, defaults, formatting…): a call
 * that passes any of them goes through i18next's full `t`.
 */
const I18NEXT_OPTIONS = new Set([
  "count", "context", "ordinal", "defaultValue", "lng", "lngs", "fallbackLng", "ns", "replace", "returnObjects",
  "returnDetails", "joinArrays", "postProcess", "interpolation", "nsSeparator", "keySeparator", "skipInterpolation", "nest",
]);

function template(lang: Lang, key: string): string {
  const memo = lang === "fr" ? resolved.fr : lang === "en" ? resolved.en : undefined;
  const kept = memo?.get(key);
  if (kept !== undefined) return kept;
  const value = instance.t(key, { lng: lang });
  memo?.set(key, value);
  return value;
}

/**
 * Translates `key` (dot path into strings/en.ts) into `lang`, with `{{var}}` interpolation by
 * i18next's own interpolator (same escaping and formats as `t`); calls with i18next options
 * (e.g. `count`) take i18next's full `t`.
 */
export function t(lang: Lang, key: string, vars?: TOptions): string {
  if (vars === undefined) return template(lang, key);
  if (Object.keys(vars).some((name) => I18NEXT_OPTIONS.has(name))) return instance.t(key, { ...vars, lng: lang });
  return instance.services.interpolator.interpolate(template(lang, key), vars, lang, {});
}
