/**
 * Domain reply → the message activity the bot sends: one Adaptive Card per answer (or one short
 * text for the fallback), never a burst of messages.
 */
import { ActivityTypes, CardFactory, type Activity } from "botbuilder";
import type { AdaptiveCard, CardElement } from "../cards/card";
import { courseListCard, noCoursesCard } from "../cards/course-cards";
import { helpCard } from "../cards/help-card";
import { privacyAnswerCard, privacyDeclineCard, privacyOverviewCard } from "../cards/privacy-card";
import { t } from "../i18n";
import type { Lang } from "../i18n/language";
import type { Reply } from "../intents/route";
import type { Course } from "../catalog/types";
import type { TenantEntry } from "../tenants/types";

/** Extra card pieces the composition root provides (e.g. the "Browse all courses" deep link). */
export interface ReplyExtras {
  /** Actions appended to course list cards. */
  courseListActions?: (lang: Lang) => CardElement[];
  /** Open button target of a course (e.g. the counting `/go` redirect); none: the course URL itself. */
  courseOpenUrl?: (tenantId: string, course: Course) => string;
}

/** @returns the card for `reply`, or undefined when the reply is plain text. */
export function replyCard(reply: Reply, lang: Lang, entry: TenantEntry, extras: ReplyExtras = {}): AdaptiveCard | undefined {
  const links = { policyUrl: entry.policyUrl, assistanceUrl: entry.assistanceUrl };
  const openUrlOf = extras.courseOpenUrl && ((course: Course) => extras.courseOpenUrl!(entry.tenantId, course));
  switch (reply.kind) {
    case "help":
      return helpCard({ lang, organization: entry.name });
    case "privacy":
      return reply.answer.answered ? privacyAnswerCard(reply.answer, lang, links) : privacyDeclineCard(reply.answer, lang, links);
    case "privacy-overview":
      return privacyOverviewCard(reply.sections, reply.revisionDate, lang, links);
    case "courses":
      if (reply.result.total === 0) return noCoursesCard(lang, reply.query);
      return courseListCard({ lang, query: reply.query, courses: reply.result.courses, total: reply.result.total, extraActions: extras.courseListActions?.(lang), openUrlOf });
    case "featured-courses":
      if (reply.courses.length === 0) return noCoursesCard(lang, "", true);
      return courseListCard({ lang, courses: reply.courses, extraActions: extras.courseListActions?.(lang), openUrlOf });
    case "empty":
    case "fallback":
      return undefined;
  }
}

/** @returns the message activity for `reply`: one card attachment, or one text. */
export function replyActivity(reply: Reply, lang: Lang, entry: TenantEntry, extras?: ReplyExtras): Partial<Activity> {
  const adaptive = replyCard(reply, lang, entry, extras);
  if (adaptive) return { type: ActivityTypes.Message, attachments: [CardFactory.adaptiveCard(adaptive)] };
  return { type: ActivityTypes.Message, text: t(lang, reply.kind === "empty" ? "notices.emptyMessage" : "notices.fallback") };
}
