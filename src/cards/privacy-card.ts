/**
 * Privacy answer cards: an answer quoting the matched section, an honest decline offering the
 * closest sections, and the policy overview. Headings are shown exactly as written in the document.
 */
import { t } from "../i18n";
import type { Lang } from "../i18n/language";
import type { PrivacyAnswer, SectionSuggestion } from "../privacy/types";
import { card, heading, imBack, openUrl, plain, textBlock, type AdaptiveCard, type CardElement } from "./card";
import { feedbackElements } from "./feedback-card";

/** Links from the tenant registry. */
export interface PolicyLinks {
  policyUrl?: string;
  assistanceUrl?: string;
}

/** Maximum passage length quoted in a card, in characters (keeps cards small and to the point). */
const PASSAGE_MAX = 1200;

/**
 * Card for an answered question: section heading, the relevant passage, revision date, link to the
 * full policy, and "Was this helpful? Yes / No" (Action.Execute, see feedback-card) when the answer names its section.
 */
export function privacyAnswerCard(answer: PrivacyAnswer, lang: Lang, links: PolicyLinks): AdaptiveCard {
  const body: CardElement[] = [
    textBlock(t(lang, "privacy.answerTitle"), { isSubtle: true, size: "Small" }),
    heading(plain(answer.heading ?? "", 200)),
    textBlock(plain(answer.passage ?? "", PASSAGE_MAX)),
  ];
  if (answer.documentLanguage !== lang) {
    body.push(textBlock(t(lang, "privacy.otherLanguage", { language: t(lang, `language.${answer.documentLanguage}`) }), { isSubtle: true, size: "Small" }));
  }
  if (answer.revisionDate) body.push(textBlock(t(lang, "privacy.revised", { date: plain(answer.revisionDate, 40) }), { isSubtle: true, size: "Small" }));
  if (answer.sectionId) body.push(...feedbackElements(answer.sectionId, lang));
  const actions = links.policyUrl ? [openUrl(t(lang, "privacy.fullPolicy"), links.policyUrl)] : [];
  return card(body, actions);
}

/** Card for a question the policy does not answer: says so, offers up to 3 closest sections and the assistance link. */
export function privacyDeclineCard(answer: PrivacyAnswer, lang: Lang, links: PolicyLinks): AdaptiveCard {
  const suggestions = answer.suggestions.slice(0, 3);
  const body: CardElement[] = [
    heading(t(lang, "privacy.declinedTitle")),
    textBlock(t(lang, suggestions.length ? "privacy.declinedBody" : "privacy.declinedNoSuggestions")),
  ];
  if (suggestions.length) body.push(textBlock(bulletList(suggestions)));
  const actions = suggestions.map((s) => imBack(plain(s.heading, 60), `privacy ${s.heading}`));
  if (links.assistanceUrl) actions.push(openUrl(t(lang, "privacy.assistance"), links.assistanceUrl));
  if (links.policyUrl) actions.push(openUrl(t(lang, "privacy.fullPolicy"), links.policyUrl));
  return card(body, actions);
}

/** Card for "privacy" alone: how to ask, the section headings in one list, the link to the policy. */
export function privacyOverviewCard(sections: SectionSuggestion[], revisionDate: string | undefined, lang: Lang, links: PolicyLinks): AdaptiveCard {
  const body: CardElement[] = [heading(t(lang, "privacy.overviewTitle")), textBlock(t(lang, "privacy.overviewBody")), textBlock(bulletList(sections.slice(0, 30)))];
  if (revisionDate) body.push(textBlock(t(lang, "privacy.revised", { date: plain(revisionDate, 40) }), { isSubtle: true, size: "Small" }));
  const actions = [links.policyUrl && openUrl(t(lang, "privacy.fullPolicy"), links.policyUrl), links.assistanceUrl && openUrl(t(lang, "privacy.assistance"), links.assistanceUrl)];
  return card(body, actions.filter((a): a is CardElement => Boolean(a)));
}

/** One TextBlock markdown list (Teams renders "- " lines as bullets). */
function bulletList(items: SectionSuggestion[]): string {
  return items.map((s) => `- ${plain(s.heading, 120)}`).join("\n");
}
