/**
 * Links of the counting redirect: `<TAB_ENDPOINT>/go/<tenantId>/<courseId>`.
 *
 * Plain (not signed) on purpose: the link names only the organization (tenant ID, already the app's
 * one key) and a course of that organization's catalog; the redirect goes nowhere else, so a forged
 * link can at most add to the organization's own course-opened count, exactly like clicking twice.
 * Nothing in the link identifies the person who follows it.
 */
import type { Course } from "../catalog/types";

/** Route pattern of the redirect (restify). */
export const GO_ROUTE = "/go/:tenantId/:courseId";

/** @returns `${base}/go/${tenantId}/${courseId}` with both path segments encoded. */
export function goUrl(base: string, tenantId: string, courseId: string): string {
  return `${base.replace(/\/+$/, "")}/go/${encodeURIComponent(tenantId.toLowerCase())}/${encodeURIComponent(courseId)}`;
}

/**
 * The Open URL builder the bot's cards use, when the app has a public https base URL.
 * @param publicBase config `TAB_ENDPOINT` (e.g. https://course-companion.azurewebsites.net).
 * @returns undefined when there is no https base (local runs): Open then goes straight to the course.
 * @example goLinks("https://cc.example")!("5b7c…", course) // "https://cc.example/go/5b7c…/gdpr-basics"
 */
export function goLinks(publicBase: string | undefined): ((tenantId: string, course: Course) => string) | undefined {
  if (!publicBase || !/^https:\/\//i.test(publicBase)) return undefined;
  return (tenantId, course) => goUrl(publicBase, tenantId, course.id);
}
