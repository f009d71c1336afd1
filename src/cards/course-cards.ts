/**
 * Course cards: a list of courses (search results or featured), and the no-match card.
 * Each course shows title, one-line description, language and duration, with an Open button
 * to the course on the tenant's learning platform (directly, or through the app's counting
 * redirect when the caller passes an {@link OpenUrlOf}).
 *
 * Privacy: the cards never echo the query. A reply in a channel is seen by every member, and a
 * query can hold a name, an e-mail address or a phone number the person typed (docs/privacy.md).
 */
import { Template } from "adaptivecards-templating";
import type { Course } from "../catalog/types";
import { t } from "../i18n";
import type { Lang } from "../i18n/language";
import { card, heading, imBack, plain, textBlock, type AdaptiveCard, type CardElement } from "./card";

/** The URL an Open button goes to for a course (must be https). */
export type OpenUrlOf = (course: Course) => string;

/** Open goes straight to the course on the tenant's platform. */
export const directUrl: OpenUrlOf = (course) => course.url;

/** Input of {@link courseListCard}. */
export interface CourseListInput {
  lang: Lang;
  /** The query as typed (never shown, see above), or undefined for featured courses. */
  query?: string;
  /** Open button target (default {@link directUrl}). */
  openUrlOf?: OpenUrlOf;
  courses: Course[];
  /** Total matches, to say how many more exist beyond the card. */
  total?: number;
  /** Extra actions after the courses (e.g. "Browse all courses"); the card keeps to 6 actions in all. */
  extraActions?: CardElement[];
}

/** At most this many courses fit with one extra action under the 6-action limit. */
export const MAX_COURSES_IN_CARD = 5;

/** A line such as "English · 45 min". */
export function courseFacts(course: Course, lang: Lang): string {
  const parts = [t(lang, `language.${course.language}`)];
  if (course.durationMinutes) parts.push(t(lang, "courses.duration", { minutes: course.durationMinutes }));
  return parts.join(" · ");
}

/**
 * Template of one course (adaptivecards-templating): `$data` repeats the Container for each
 * course of `${courses}`; values are escaped before expansion (see {@link courseItems}).
 */
const COURSE_ITEMS_TEMPLATE = {
  type: "Container",
  $data: "${courses}",
  separator: true,
  spacing: "Medium",
  items: [
    { type: "TextBlock", text: "${title}", weight: "Bolder", wrap: true },
    { type: "TextBlock", text: "${description}", wrap: true, spacing: "Small" },
    { type: "TextBlock", text: "${facts}", isSubtle: true, size: "Small", wrap: true, spacing: "Small" },
    { type: "ActionSet", actions: [{ type: "Action.OpenUrl", title: "${open}", url: "${url}" }] },
  ],
};

/** The Open URL of a course, checked (an Adaptive Card OpenUrl to anything but https is refused). */
function checkedUrl(course: Course, openUrlOf: OpenUrlOf): string {
  const url = openUrlOf(course);
  if (!url.startsWith("https://")) throw new Error(`course ${course.id}: Open needs an https URL`);
  return url;
}

function templateData(course: Course, lang: Lang, url: string) {
  return { title: plain(course.title, 120), description: plain(course.description, 240), facts: courseFacts(course, lang), open: t(lang, "courses.open"), url };
}

/**
 * Expands {@link COURSE_ITEMS_TEMPLATE} for `courses` every time (no cache): one Container per
 * course, Open button to `openUrlOf(course)` (https). {@link courseItems} gives the same output.
 */
export function expandCourseItems(courses: Course[], lang: Lang, openUrlOf: OpenUrlOf = directUrl): CardElement[] {
  if (courses.length === 0) return [];
  const data = courses.map((c) => templateData(c, lang, checkedUrl(c, openUrlOf)));
  const expanded = new Template({ type: "AdaptiveCard", body: [COURSE_ITEMS_TEMPLATE] }).expand({ $root: { courses: data } }) as { body: CardElement[] };
  return expanded.body;
}

/**
 * Expanded Containers by course object, then by language and Open URL. Expanding the template
 * (adaptive-expressions parsing every `${...}`) cost about 1 ms per reply, most of a course reply's
 * card time (docs/performance.md); a course's Container depends only on the course, the language
 * and its Open URL, so each is expanded once. Keyed by the course object: courses are never changed
 * in place, and a catalog reload makes new objects, so a reloaded course is expanded afresh and the
 * old entries go with the old objects. Keyed by the URL rather than the URL builder, which callers
 * create per request. Kept as JSON text (about 0.6 KB a Container, half the size of the objects),
 * parsed into a new copy for each card.
 */
const expandedByCourse = new WeakMap<Course, Map<string, string>>();
/** Most (language, Open URL) pairs kept per course; more (an unusual URL builder) start the course's entries over. */
export const EXPANDED_PER_COURSE = 8;

function expandedItem(course: Course, lang: Lang, url: string): string {
  const key = `${lang} ${url}`;
  let byKey = expandedByCourse.get(course);
  const kept = byKey?.get(key);
  if (kept) return kept;
  const item = JSON.stringify(expandCourseItems([course], lang, () => url)[0]);
  if (!byKey) expandedByCourse.set(course, (byKey = new Map()));
  if (byKey.size >= EXPANDED_PER_COURSE) byKey.clear();
  byKey.set(key, item);
  return item;
}

/**
 * One Container per course from {@link COURSE_ITEMS_TEMPLATE} (title, description, facts, Open to
 * `openUrlOf(course)`), expanded once per course, language and URL and copied for each card, so a
 * caller changing its card cannot change the next one.
 * @throws Error when an Open URL is not https (catalog validation prevents it).
 */
export function courseItems(courses: Course[], lang: Lang, openUrlOf: OpenUrlOf = directUrl): CardElement[] {
  return courses.map((c) => JSON.parse(expandedItem(c, lang, checkedUrl(c, openUrlOf))) as CardElement);
}

/** @returns a card listing up to {@link MAX_COURSES_IN_CARD} courses, best first. */
export function courseListCard({ lang, query, courses, total, extraActions = [], openUrlOf }: CourseListInput): AdaptiveCard {
  const shown = courses.slice(0, MAX_COURSES_IN_CARD);
  const title = query === undefined ? t(lang, "courses.featuredTitle") : t(lang, "courses.resultsTitle");
  const body: CardElement[] = [heading(title), ...courseItems(shown, lang, openUrlOf)];
  const more = (total ?? shown.length) - shown.length;
  if (more > 0) body.push(textBlock(t(lang, "courses.more", { count: more }), { isSubtle: true, size: "Small" }));
  return card(body, extraActions.slice(0, 6 - shown.length));
}

/** @returns the card saying no course matched (without repeating the query), with what to try next. */
export function noCoursesCard(lang: Lang, _query: string, catalogEmpty = false): AdaptiveCard {
  if (catalogEmpty) return card([heading(t(lang, "courses.featuredTitle")), textBlock(t(lang, "courses.emptyCatalog"))]);
  return card(
    [heading(t(lang, "courses.noMatchTitle")), textBlock(t(lang, "courses.noMatchBody"))],
    [imBack(lang === "fr" ? "formations" : "courses", lang === "fr" ? "formations" : "courses")],
  );
}
