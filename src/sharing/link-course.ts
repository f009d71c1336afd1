/**
 * Link unfurling, domain half of `composeExtension/queryLink`: which course, if any, a pasted URL
 * points to. Only URLs on the tenant's own learning platform (registry `platformUrl`) unfurl, so a
 * link never shows another organization's course.
 * Source: "Add link unfurling" (learn.microsoft.com/microsoftteams/platform/messaging-extensions/how-to/link-unfurling).
 */
import { courseOnPlatform, type Course, type CourseIndex } from "../catalog";

/** Longest URL considered, in characters (browsers and Teams cut far longer ones; catalog URLs are at most 2000). */
export const MAX_LINK_LENGTH = 2048;

/**
 * @param url the URL Teams sends in `value.url` (untrusted: any type).
 * @param platformUrl the tenant's learning platform, e.g. `https://example.learning.test`.
 * @returns the course at that URL when both the URL and the course are on the platform; otherwise undefined.
 * @example courseForLink(catalog, "https://example.learning.test", "https://example.learning.test/courses/impacts-of-gdpr?utm=x")
 *   // the "Impacts of GDPR" course
 */
export function courseForLink(catalog: Pick<CourseIndex, "byUrl">, platformUrl: string, url: unknown): Course | undefined {
  if (typeof url !== "string" || url.length > MAX_LINK_LENGTH) return undefined;
  if (!courseOnPlatform({ url }, platformUrl)) return undefined;
  const course = catalog.byUrl(url);
  return course && courseOnPlatform(course, platformUrl) ? course : undefined;
}
