/**
 * The search message extension (`composeExtension/query`, command {@link SEARCH_COMMAND_ID}) and
 * link unfurling (`composeExtension/queryLink`) of the tenant's catalog. Each handler reads the invoke,
 * asks the sharing room which courses to show, and returns the response body (bot/invokes sends it).
 *
 * Response shapes (Teams: "Respond to search command", "Add link unfurling"):
 * - results: `{composeExtension: {type: "result", attachmentLayout: "list", attachments}}`, each attachment
 *   the Adaptive course card as content with a thumbnail-card `preview` (Teams requires a hero or
 *   thumbnail preview for an Adaptive Card result);
 * - nothing matched: `{composeExtension: {type: "message", text}}`, the documented plain-text message
 *   shown in the flyout in place of the (empty) list; a page past the last result is an empty `result`;
 * - a link that is not a course of the tenant's platform: an empty `result` (Teams shows the plain link).
 */
import type { TurnContext } from "botbuilder";
import type { Course } from "../catalog";
import { courseCard } from "../cards/course-card";
import type { OpenUrlOf } from "../cards/course-cards";
import { coursePreview } from "../cards/course-preview";
import { ADAPTIVE_CARD_CONTENT_TYPE } from "../cards/card";
import { t } from "../i18n";
import type { Lang } from "../i18n/language";
import type { Logger } from "../logging/logger";
import { courseForLink, extensionSearch } from "../sharing";
import { parseSearchInvoke } from "./compose-extension-value";
import { composeMessage, type ComposeExtensionResponse, type MessagingExtensionAttachment } from "./invoke-response";
import type { InvokeHandlers } from "./invokes";
import { turnInfo } from "./turn-state";
import type { UsageCounter } from "../usage";

/** Optional collaborators of the handlers (composition root). */
export interface MessageExtensionDeps {
  /** Counts each search (`me-search`, key "search" or "featured"); no query text is counted. */
  usage?: Pick<UsageCounter, "record">;
  /** Open button target of a course (the counting `/go` redirect); none: the course URL. */
  courseOpenUrl?: (tenantId: string, course: Course) => string;
}

function openUrlOf(deps: MessageExtensionDeps, tenantId: string): OpenUrlOf | undefined {
  const build = deps.courseOpenUrl;
  return build && ((course) => build(tenantId, course));
}

/** The manifest's search command id. */
export const SEARCH_COMMAND_ID = "searchCourses";

/** One result: the course card, previewed as a thumbnail card. */
export function courseAttachment(course: Course, lang: Lang, openUrl?: OpenUrlOf): MessagingExtensionAttachment {
  return { contentType: ADAPTIVE_CARD_CONTENT_TYPE, content: courseCard(course, lang, openUrl), preview: coursePreview(course) };
}

/** A `result` response with these attachments (possibly none). */
export function composeResult(attachments: MessagingExtensionAttachment[]): ComposeExtensionResponse {
  return { composeExtension: { type: "result", attachmentLayout: "list", attachments } };
}

/** `composeExtension/query`: featured courses on the initial run, else search results, paged. */
export function answerQuery(context: TurnContext, log: Logger, deps: MessageExtensionDeps = {}): ComposeExtensionResponse {
  const { tenant, lang } = turnInfo(context);
  const request = parseSearchInvoke(context.activity.value);
  const fields = { event: "message-extension", tenantId: tenant.entry.tenantId };
  if (request.commandId !== undefined && request.commandId !== SEARCH_COMMAND_ID) {
    log.info({ ...fields, intent: "search", outcome: "unknown-command" }, "message-extension command not known");
    return composeMessage(t(lang, "sharing.unknownCommand"));
  }
  const page = extensionSearch(tenant.catalog, { ...request, lang });
  log.info({ ...fields, intent: page.mode, outcome: page.courses.length ? "results" : "no-results", count: page.courses.length }, "message-extension search");
  deps.usage?.record({ tenantId: tenant.entry.tenantId, event: "me-search", key: page.mode });
  const openUrl = openUrlOf(deps, tenant.entry.tenantId);
  if (page.courses.length > 0 || page.total > 0) return composeResult(page.courses.map((c) => courseAttachment(c, lang, openUrl)));
  if (page.mode === "featured") return composeMessage(t(lang, "sharing.emptyCatalog"));
  return composeMessage(t(lang, "sharing.noMatch")); // never repeats the query (docs/privacy.md)
}

/** `composeExtension/queryLink`: the course card for a course URL of the tenant's platform, else nothing. */
export function answerQueryLink(context: TurnContext, log: Logger, deps: MessageExtensionDeps = {}): ComposeExtensionResponse {
  const { tenant, lang } = turnInfo(context);
  const url = (context.activity.value as { url?: unknown } | undefined)?.url;
  const course = courseForLink(tenant.catalog, tenant.entry.platformUrl, url);
  log.info({ event: "link-unfurl", tenantId: tenant.entry.tenantId, outcome: course ? "course" : "not-a-course" }, "link unfurling");
  return composeResult(course ? [courseAttachment(course, lang, openUrlOf(deps, tenant.entry.tenantId))] : []);
}

/**
 * @param log module logger.
 * @param deps usage counter and Open URL builder (both optional).
 * @returns the invoke handlers to pass to createBot as `invokeHandlers`.
 */
export function messageExtensionHandlers(log: Logger, deps: MessageExtensionDeps = {}): InvokeHandlers {
  return {
    "composeExtension/query": (context) => answerQuery(context, log, deps),
    "composeExtension/queryLink": (context) => answerQueryLink(context, log, deps),
  };
}
