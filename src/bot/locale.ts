/** The reply language of a turn: `activity.locale`, else the clientInfo entity's locale, else the tenant default. */
import type { Activity } from "botbuilder";
import { languageFromLocale, type Lang } from "../i18n/language";

/** @returns the locale Teams sent (activity.locale, then the `clientInfo` entity), or undefined. */
export function activityLocale(activity: Partial<Activity>): string | undefined {
  if (typeof activity.locale === "string" && activity.locale) return activity.locale;
  const info = Array.isArray(activity.entities) ? activity.entities.find((e) => e?.type === "clientInfo") : undefined;
  return typeof info?.locale === "string" ? info.locale : undefined;
}

/** @param fallback the tenant's default language (undefined when the tenant is unknown: English). */
export function replyLanguage(activity: Partial<Activity>, fallback?: Lang): Lang {
  return languageFromLocale(activityLocale(activity), fallback);
}
