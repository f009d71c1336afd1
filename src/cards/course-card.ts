/**
 * One course as an Adaptive Card (schema 1.4): what the search message extension inserts in a
 * message, what link unfurling shows, and what "Similar courses" refreshes in place.
 *
 * Actions: Action.OpenUrl "Open" to the course on the tenant's platform, and Action.Execute
 * "Similar courses" (verb {@link SIMILAR_COURSES_VERB}, data `{courseId}`) answered by the bot with
 * {@link similarCoursesCard}.
 */
import type { Course } from "../catalog/types";
import { t } from "../i18n";
import type { Lang } from "../i18n/language";
import { card, heading, openUrl, plain, textBlock, type AdaptiveCard, type CardElement } from "./card";
import { courseItems, directUrl, type OpenUrlOf } from "./course-cards";
import { execute } from "./execute";

/** Verb of the "Similar courses" Universal Action. */
export const SIMILAR_COURSES_VERB = "similarCourses";
/** Similar courses listed in the refreshed card (each has an Open button; the card keeps to 6 actions). */
export const SIMILAR_SHOWN = 3;
/** Longest description shown on a single-course card, in characters. */
const DESCRIPTION_MAX = 600;
/** Topics (tags) shown in the facts. */
const TOPICS_SHOWN = 6;

/** Title, description and facts (language, duration when known, topics when tagged). */
function courseBody(course: Course, lang: Lang): CardElement[] {
  const facts = [{ title: t(lang, "sharing.factLanguage"), value: t(lang, `language.${course.language}`) }];
  if (course.durationMinutes) facts.push({ title: t(lang, "sharing.factDuration"), value: t(lang, "courses.duration", { minutes: course.durationMinutes }) });
  if (course.tags.length) facts.push({ title: t(lang, "sharing.factTopics"), value: plain(course.tags.slice(0, TOPICS_SHOWN).join(", "), 200) });
  return [heading(plain(course.title, 200)), textBlock(plain(course.description, DESCRIPTION_MAX)), { type: "FactSet", facts }];
}

/**
 * @param course a validated course (https URL).
 * @param openUrlOf Open button target (default: the course URL; the bot passes its counting redirect).
 * @returns the card with Open and Similar courses.
 * @throws Error when the Open URL is not https (catalog validation prevents it).
 */
export function courseCard(course: Course, lang: Lang, openUrlOf: OpenUrlOf = directUrl): AdaptiveCard {
  return card(courseBody(course, lang), [
    openUrl(t(lang, "courses.open"), openUrlOf(course)),
    execute(t(lang, "sharing.similar"), SIMILAR_COURSES_VERB, { courseId: course.id }),
  ]);
}

/**
 * The course card refreshed by "Similar courses": the same course, then up to {@link SIMILAR_SHOWN}
 * similar courses each with its Open button, or a line saying there is none yet.
 */
export function similarCoursesCard(course: Course, similar: Course[], lang: Lang, openUrlOf: OpenUrlOf = directUrl): AdaptiveCard {
  const shown = similar.filter((c) => c.id !== course.id).slice(0, SIMILAR_SHOWN);
  const section: CardElement[] = shown.length ? courseItems(shown, lang, openUrlOf) : [textBlock(t(lang, "sharing.similarNone"), { isSubtle: true })];
  const similarBlock = { type: "Container", separator: true, spacing: "Large", items: [textBlock(t(lang, "sharing.similar"), { weight: "Bolder" }), ...section] };
  return card([...courseBody(course, lang), similarBlock], [openUrl(t(lang, "courses.open"), openUrlOf(course))]);
}
