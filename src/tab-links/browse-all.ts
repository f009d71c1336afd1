/**
 * The "Browse all courses" button of the bot's course list cards: an Action.OpenUrl with the Teams
 * deep link to the personal Courses tab. Plugged into the bot through `ReplyExtras.courseListActions`
 * by the composition root, only when `TEAMS_APP_ID` is set.
 */
import type { CardElement } from "../cards/card";
import { openUrl } from "../cards/card";
import type { Lang } from "../i18n/language";
import { TAB_ENTITY, tabDeepLink } from "./deep-link";

/** Button title per language. */
export const BROWSE_ALL_LABEL: Record<Lang, string> = {
  en: "Browse all courses",
  fr: "Parcourir toutes les formations",
};

/**
 * @param teamsAppId Teams app id (config `teamsAppId`); undefined: no button.
 * @returns the `courseListActions` extra for createBot, or undefined.
 * @example browseAllCoursesActions(config.teamsAppId)?.("fr") // [{type: "Action.OpenUrl", title: "Parcourir toutes les formations", url: "https://teams.microsoft.com/l/entity/…/courses"}]
 */
export function browseAllCoursesActions(teamsAppId: string | undefined): ((lang: Lang) => CardElement[]) | undefined {
  if (!teamsAppId) return undefined;
  const url = tabDeepLink(teamsAppId, TAB_ENTITY.courses);
  return (lang) => [openUrl(BROWSE_ALL_LABEL[lang], url)];
}
