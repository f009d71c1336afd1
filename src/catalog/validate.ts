/**
 * Catalog validation: a JSON value in, courses out, or one {@link CatalogError} naming the source,
 * the entry (0-based index and id) and the field, with the fix.
 */
import type { z } from "zod";
import { CatalogError, type CatalogProblem } from "./errors";
import { COURSE_FIELDS, courseSchema, type CourseEntry } from "./schema";
import type { Course } from "./types";
import { courseOnPlatform, normalizeCourseUrl } from "./urls";

function readableId(entry: unknown): string | undefined {
  const id = (entry as { id?: unknown } | null)?.id;
  return typeof id === "string" && id.trim() !== "" ? id.trim() : undefined;
}

function issueProblems(issue: z.core.$ZodIssue, entry: number, id: string | undefined): CatalogProblem[] {
  if (issue.code === "unrecognized_keys") {
    const allowed = COURSE_FIELDS.join(", ");
    return issue.keys.map((field) => ({ entry, id, field, message: `is not a course field (allowed: ${allowed}): check its spelling or remove it` }));
  }
  const field = issue.path.length > 0 ? String(issue.path[0]) : undefined;
  const message = issue.path.length > 1 ? `item ${String(issue.path[1])} ${issue.message}` : issue.message;
  return [{ entry, id, field, message }];
}

function toCourse(e: CourseEntry): Course {
  const course: Course = { id: e.id, title: e.title, description: e.description, url: e.url, language: e.language, tags: e.tags ?? [] };
  if (e.durationMinutes !== undefined) course.durationMinutes = e.durationMinutes;
  if (e.featured !== undefined) course.featured = e.featured;
  if (e.thumbnailUrl !== undefined) course.thumbnailUrl = e.thumbnailUrl;
  return course;
}

/** Problems of ids or URLs used by an earlier entry (URLs compared in canonical form, see catalog/urls). */
function duplicateProblems(courses: { course: Course; entry: number }[]): CatalogProblem[] {
  const problems: CatalogProblem[] = [];
  const ids = new Map<string, number>();
  const urls = new Map<string, number>();
  for (const { course, entry } of courses) {
    const firstId = ids.get(course.id);
    if (firstId !== undefined) {
      problems.push({ entry, id: course.id, field: "id", message: `duplicates the id of entry ${firstId}: every course needs its own id` });
    } else ids.set(course.id, entry);
    const key = normalizeCourseUrl(course.url) ?? course.url;
    const firstUrl = urls.get(key);
    if (firstUrl !== undefined) {
      problems.push({ entry, id: course.id, field: "url", message: `is the same course page as entry ${firstUrl}: each course needs its own URL` });
    } else urls.set(key, entry);
  }
  return problems;
}

/**
 * Validates a parsed catalog.
 * @param data the parsed JSON: an array of course objects `{id, title, description, url, language, tags?, durationMinutes?, featured?, thumbnailUrl?}`.
 * @param source label for messages, usually the file name (e.g. `catalog.json`).
 * @returns the courses, strings trimmed, `tags` defaulting to `[]`.
 * @throws {CatalogError} when `data` is not a non-empty array, an entry is invalid, or an id or URL is repeated.
 * @example validateCatalog(JSON.parse(text), "catalog.json")
 */
export function validateCatalog(data: unknown, source: string): Course[] {
  if (!Array.isArray(data)) {
    const got = data === null ? "null" : typeof data;
    throw new CatalogError(source, [{ message: `must be a JSON array of courses ([{"id": …, "title": …}, …]), not ${got === "object" ? "an object" : got}` }]);
  }
  if (data.length === 0) throw new CatalogError(source, [{ message: "is an empty list: add at least one course" }]);
  const problems: CatalogProblem[] = [];
  const valid: { course: Course; entry: number }[] = [];
  data.forEach((raw: unknown, entry) => {
    const parsed = courseSchema.safeParse(raw);
    if (parsed.success) valid.push({ course: toCourse(parsed.data), entry });
    else problems.push(...parsed.error.issues.flatMap((issue) => issueProblems(issue, entry, readableId(raw))));
  });
  problems.push(...duplicateProblems(valid));
  problems.sort((a, b) => (a.entry ?? -1) - (b.entry ?? -1));
  if (problems.length > 0) throw new CatalogError(source, problems);
  return valid.map((v) => v.course);
}

/**
 * Checks that every course lives on the tenant's learning platform (see {@link courseOnPlatform}),
 * so link unfurling and Open buttons never lead elsewhere.
 * @param source label for messages, usually the catalog file name.
 * @throws {CatalogError} naming each entry whose `url` is not under `platformUrl`.
 */
export function assertCoursesOnPlatform(courses: readonly Course[], platformUrl: string, source: string): void {
  const problems: CatalogProblem[] = [];
  courses.forEach((course, entry) => {
    if (!courseOnPlatform(course, platformUrl)) {
      problems.push({ entry, id: course.id, field: "url", message: `must be on the organization's platform ${platformUrl}` });
    }
  });
  if (problems.length > 0) throw new CatalogError(source, problems);
}
