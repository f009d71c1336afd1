/**
 * Languages the app speaks, and how a Teams locale maps to one.
 *
 * Teams sends BCP 47 locales in `activity.locale` and in the `clientInfo` entity
 * (e.g. `en-US`, `fr-FR`, `fr-CA`). Any `fr*` locale is French, any `en*` is English;
 * anything else falls back to the tenant's default language, then English.
 */
export const LANGUAGES = ["en", "fr"] as const;

/** A supported interface/content language. */
export type Lang = (typeof LANGUAGES)[number];

/** True when `value` is one of {@link LANGUAGES}. */
export function isLang(value: unknown): value is Lang {
  return typeof value === "string" && (LANGUAGES as readonly string[]).includes(value);
}

/**
 * Picks the reply language.
 *
 * @param locale BCP 47 locale from the activity or client (may be missing or malformed).
 * @param fallback the tenant's default language, used when the locale names no supported language.
 * @returns `"fr"` for `fr`, `fr-FR`, `fr-CA`…; `"en"` for `en-*`; otherwise `fallback ?? "en"`.
 * @example languageFromLocale("fr-CA") // "fr"
 */
export function languageFromLocale(locale: string | undefined | null, fallback?: Lang): Lang {
  const primary = typeof locale === "string" ? locale.trim().toLowerCase().split(/[-_]/)[0] : "";
  if (isLang(primary)) return primary;
  return fallback ?? "en";
}
