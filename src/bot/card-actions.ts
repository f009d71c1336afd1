/**
 * Universal Action handlers (teamsfx `TeamsFxAdaptiveCardActionHandler`, matched by verb):
 * "Similar courses" on a course card and "Was this helpful? Yes / No" on a privacy answer card.
 *
 * Every `adaptiveCard/action` gets the response body Teams requires ("Universal Actions for Adaptive
 * Cards: work with Universal Actions"), in an HTTP 200:
 * - a refreshed card: `{statusCode: 200, type: "application/vnd.microsoft.card.adaptive", value: card}`
 *   (replaces the card for the person who acted; teamsfx `AdaptiveCardResponse.ReplaceForInteractor`);
 * - bad data (missing or unknown course or section, `helpful` not a boolean):
 *   `{statusCode: 400, type: "application/vnd.microsoft.error", value: {code, message}}` with a named code.
 * teamsfx answers a handler that throws with a 500 and rethrows, so handlers never throw: unexpected
 * failures are caught here, logged (class and stack only) and answered with a 500-coded error body.
 */
import type { InvokeResponse, TurnContext } from "botbuilder";
import { InvokeResponseFactory, type TeamsFxAdaptiveCardActionHandler } from "@microsoft/teamsfx";
import { similarCoursesCard, SIMILAR_COURSES_VERB, SIMILAR_SHOWN } from "../cards/course-card";
import { feedbackThanksCard, FEEDBACK_VERB } from "../cards/feedback-card";
import { t } from "../i18n";
import type { Lang } from "../i18n/language";
import type { Course } from "../catalog";
import type { Logger } from "../logging/logger";
import { feedbackData, knownSection, similarCoursesData } from "../sharing";
import type { Tenant } from "../tenants/registry";
import type { UsageCounter } from "../usage";
import { cardActionError, type CardActionResponse } from "./invoke-response";
import { turnInfo } from "./turn-state";

/** A verb's logic: tenant, language and the action data in; the response body out. */
type ActionLogic = (turn: { tenant: Tenant; lang: Lang }, data: unknown) => CardActionResponse;

/** Dependencies of the handlers. */
export interface CardActionDeps {
  log: Logger;
  /** Where answer-feedback votes are counted (tenant, event, section id; no user identifier). */
  usage: Pick<UsageCounter, "record">;
  /** Open button target of a course (the counting `/go` redirect); none: the course URL. */
  courseOpenUrl?: (tenantId: string, course: Course) => string;
}

/** The body as teamsfx expects it back (an InvokeResponse whose body is the card-action response). */
export function toInvokeResponse(body: CardActionResponse): InvokeResponse {
  if (body.type === "application/vnd.microsoft.card.adaptive") return InvokeResponseFactory.adaptiveCard(body.value);
  if (body.type === "application/vnd.microsoft.activity.message") return InvokeResponseFactory.textMessage(body.value);
  // InvokeResponseFactory.errorResponse would set `code` to the status number ("400"); the issue wants a named code.
  return InvokeResponseFactory.createInvokeResponse(200, body);
}

function cardBody(value: CardActionResponse["value"]): CardActionResponse {
  return { statusCode: 200, type: "application/vnd.microsoft.card.adaptive", value } as CardActionResponse;
}

/** Wraps `logic` as a teamsfx handler that never throws. */
function actionHandler(verb: string, log: Logger, logic: ActionLogic): TeamsFxAdaptiveCardActionHandler {
  return {
    triggerVerb: verb,
    async handleActionInvoked(context: TurnContext, data: unknown): Promise<InvokeResponse> {
      const { tenant, lang } = turnInfo(context);
      let body: CardActionResponse;
      try {
        body = logic({ tenant, lang }, data);
      } catch (err) {
        log.error({ event: "card-action", intent: verb, tenantId: tenant.entry.tenantId, outcome: "failed", err }, "card action failed");
        body = cardActionError(500, "InternalError", t(lang, "notices.error"));
      }
      const outcome = body.statusCode === 200 ? "ok" : String((body.value as { code: string }).code);
      log.info({ event: "card-action", intent: verb, tenantId: tenant.entry.tenantId, outcome, status: body.statusCode }, "card action");
      return toInvokeResponse(body);
    },
  };
}

/** "Similar courses": the course card refreshed with up to 3 similar courses of the same catalog. */
export function similarCoursesAction(courseOpenUrl?: CardActionDeps["courseOpenUrl"]): ActionLogic {
  return ({ tenant, lang }, data) => {
    const parsed = similarCoursesData(data);
    if (!parsed.ok) return cardActionError(400, "InvalidData", t(lang, "sharing.badData"));
    const course = tenant.catalog.byId(parsed.value.courseId);
    if (!course) return cardActionError(400, "UnknownCourse", t(lang, "sharing.courseGone"));
    const openUrlOf = courseOpenUrl && ((c: Course) => courseOpenUrl(tenant.entry.tenantId, c));
    return cardBody(similarCoursesCard(course, tenant.catalog.similar(course.id, SIMILAR_SHOWN + 1), lang, openUrlOf));
  };
}

/** "Similar courses" with Open buttons to the course URLs. */
export const similarCourses: ActionLogic = similarCoursesAction();

/** "Was this helpful?": counts the vote for (tenant, section) and thanks, with no user identifier. */
export function privacyFeedback(usage: CardActionDeps["usage"], log: Logger): ActionLogic {
  return ({ tenant, lang }, data) => {
    const parsed = feedbackData(data);
    if (!parsed.ok) return cardActionError(400, "InvalidData", t(lang, "sharing.badData"));
    const section = knownSection(tenant.policies, parsed.value.sectionId);
    if (!section) return cardActionError(400, "UnknownSection", t(lang, "sharing.badData"));
    const event = parsed.value.helpful ? "answer-feedback-helpful" : "answer-feedback-not-helpful";
    try {
      usage.record({ tenantId: tenant.entry.tenantId, event, key: section.sectionId });
    } catch (err) {
      log.warn({ event: "usage", tenantId: tenant.entry.tenantId, outcome: "not-counted", err }, "feedback vote not counted");
    }
    return cardBody(feedbackThanksCard({ lang, heading: section.heading, policyUrl: tenant.entry.policyUrl }));
  };
}

/** @returns the handlers to pass to createBot as `cardActions`. */
export function cardActionHandlers({ log, usage, courseOpenUrl }: CardActionDeps): TeamsFxAdaptiveCardActionHandler[] {
  return [actionHandler(SIMILAR_COURSES_VERB, log, similarCoursesAction(courseOpenUrl)), actionHandler(FEEDBACK_VERB, log, privacyFeedback(usage, log))];
}
