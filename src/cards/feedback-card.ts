/**
 * "Was this helpful? Yes / No" on a privacy answer card, and the thank-you card that replaces it.
 * The buttons are Action.Execute (verb {@link FEEDBACK_VERB}, data `{sectionId, helpful}`): the vote
 * carries the section only, never who voted.
 */
import { t } from "../i18n";
import type { Lang } from "../i18n/language";
import { card, heading, openUrl, plain, textBlock, type AdaptiveCard, type CardElement } from "./card";
import { execute } from "./execute";

/** Verb of the answer-feedback Universal Action. */
export const FEEDBACK_VERB = "privacyFeedback";

/** The question and its Yes / No buttons, for the body of an answer card (2 actions). */
export function feedbackElements(sectionId: string, lang: Lang): CardElement[] {
  return [
    textBlock(t(lang, "sharing.feedbackQuestion"), { weight: "Bolder", spacing: "Medium", separator: true }),
    {
      type: "ActionSet",
      actions: [
        execute(t(lang, "sharing.yes"), FEEDBACK_VERB, { sectionId, helpful: true }),
        execute(t(lang, "sharing.no"), FEEDBACK_VERB, { sectionId, helpful: false }),
      ],
    },
  ];
}

/** Input of {@link feedbackThanksCard}. */
export interface ThanksInput {
  lang: Lang;
  /** Heading of the section voted on, exactly as in the document. */
  heading?: string;
  /** The tenant's published policy. */
  policyUrl?: string;
}

/** The card that replaces the answer card for the person who voted. */
export function feedbackThanksCard({ lang, heading: sectionHeading, policyUrl }: ThanksInput): AdaptiveCard {
  const body: CardElement[] = [heading(t(lang, "sharing.thanksTitle"))];
  if (sectionHeading) body.push(textBlock(t(lang, "sharing.about", { heading: plain(sectionHeading, 200) }), { isSubtle: true }));
  body.push(textBlock(t(lang, "sharing.thanksBody")));
  return card(body, policyUrl ? [openUrl(t(lang, "privacy.fullPolicy"), policyUrl)] : []);
}
