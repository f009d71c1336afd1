/**
 * Course URLs: the key of link unfurling. Teams sends the URL exactly as pasted in the compose box
 * (`composeExtension/queryLink`, value.url), often with tracking parameters, a fragment or a trailing
 * slash; the catalog stores its canonical form.
 * Source: https://learn.microsoft.com/microsoftteams/platform/messaging-extensions/how-to/link-unfurling
 */
import type { Course } from "./types";

/**
 * Canonical form of a course URL: https scheme, lower-case host (WHATWG URL does this), no
 * default port, no credentials, query or fragment, no trailing slash on the path.
 * @returns the canonical string, or undefined when `url` is not an http(s) URL.
 * @example normalizeCourseUrl("http://Learning.Example.com/courses/x/?utm=1#top") // "https://learning.example.com/courses/x"
 */
export function normalizeCourseUrl(url: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return undefined;
  }
  if (parsed.protocol !== "https:" && parsed.protocol !== "http:") return undefined;
  if (parsed.hostname === "") return undefined;
  const port = parsed.port === "" || parsed.port === "80" || parsed.port === "443" ? "" : `:${parsed.port}`;
  const path = parsed.pathname.replace(/\/+$/, "");
  return `https://${parsed.hostname}${port}${path}`;
}

/**
 * True when `course.url` is on the tenant's learning platform: same host (any case, http or https)
 * and, when `platformUrl` has a path, under that path (whole segments: `/learn` does not cover `/learning`).
 * @param platformUrl the tenant's `platformUrl` from the registry, e.g. `https://example.learning.test`.
 */
export function courseOnPlatform(course: Pick<Course, "url">, platformUrl: string): boolean {
  const courseUrl = normalizeCourseUrl(course.url);
  const platform = normalizeCourseUrl(platformUrl);
  if (!courseUrl || !platform) return false;
  return courseUrl === platform || courseUrl.startsWith(`${platform}/`);
}
