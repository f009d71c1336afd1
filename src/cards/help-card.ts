/** The help card (also the welcome card): what the bot does, example questions, commands. */
import { t } from "../i18n";
import type { Lang } from "../i18n/language";
import { card, heading, imBack, plain, textBlock, type AdaptiveCard } from "./card";

/** Input of {@link helpCard}. */
export interface HelpCardInput {
  lang: Lang;
  /** Organization name from the tenant registry. */
  organization: string;
  /** Welcome variant (sent once on install) instead of help. */
  welcome?: boolean;
}

/**
 * @returns a card with an intro, example questions and commands (each list in one TextBlock),
 *   what the app stores, and two imBack buttons that ask an example question.
 */
export function helpCard({ lang, organization, welcome = false }: HelpCardInput): AdaptiveCard {
  return card(
    [
      heading(t(lang, welcome ? "welcome.title" : "help.title")),
      textBlock(t(lang, "help.intro", { org: plain(organization, 80) })),
      textBlock(t(lang, "help.examplesTitle"), { weight: "Bolder", spacing: "Medium" }),
      textBlock(t(lang, "help.examples")),
      textBlock(t(lang, "help.commandsTitle"), { weight: "Bolder", spacing: "Medium" }),
      textBlock(t(lang, "help.commands")),
      textBlock(`${t(lang, "help.storesTitle")}: ${t(lang, "help.stores")}`, { isSubtle: true, size: "Small", spacing: "Medium" }),
    ],
    [imBack(t(lang, "help.tryPrivacy"), t(lang, "help.tryPrivacy")), imBack(t(lang, "help.tryCourses"), t(lang, "help.tryCourses"))],
  );
}
