/**
 * The `data` of the app's Universal Actions (Action.Execute), checked before use: Teams posts back
 * whatever the card held, and a forged or stale card can hold anything.
 * Problems are fixed strings naming the field, never the received value (they may be logged).
 */

/** A parsed value, or the reason it was refused. */
export type Parsed<T> = { ok: true; value: T } | { ok: false; problem: string };

/** Longest id accepted (catalog ids are at most 100 characters; section ids are slugs of headings). */
export const MAX_ID_LENGTH = 200;

/** Data of verb `similarCourses`: `{courseId}`. */
export interface SimilarCoursesData {
  courseId: string;
}

/** Data of verb `privacyFeedback`: `{sectionId, helpful}`. */
export interface FeedbackData {
  sectionId: string;
  helpful: boolean;
}

function objectOf(data: unknown): Record<string, unknown> | undefined {
  return data !== null && typeof data === "object" && !Array.isArray(data) ? (data as Record<string, unknown>) : undefined;
}

function idProblem(value: unknown, field: string): string | undefined {
  if (typeof value !== "string" || value.trim() === "") return `${field} is required (a non-empty string)`;
  if (value.length > MAX_ID_LENGTH) return `${field} is too long (at most ${MAX_ID_LENGTH} characters)`;
  return undefined;
}

/** @example similarCoursesData({ courseId: "impacts-of-gdpr" }) // { ok: true, value: { courseId: "impacts-of-gdpr" } } */
export function similarCoursesData(data: unknown): Parsed<SimilarCoursesData> {
  const obj = objectOf(data);
  if (!obj) return { ok: false, problem: "data must be an object" };
  const problem = idProblem(obj.courseId, "courseId");
  return problem ? { ok: false, problem } : { ok: true, value: { courseId: obj.courseId as string } };
}

/** @example feedbackData({ sectionId: "retention", helpful: false }) // { ok: true, value: { sectionId: "retention", helpful: false } } */
export function feedbackData(data: unknown): Parsed<FeedbackData> {
  const obj = objectOf(data);
  if (!obj) return { ok: false, problem: "data must be an object" };
  const problem = idProblem(obj.sectionId, "sectionId");
  if (problem) return { ok: false, problem };
  if (typeof obj.helpful !== "boolean") return { ok: false, problem: "helpful must be true or false" };
  return { ok: true, value: { sectionId: obj.sectionId as string, helpful: obj.helpful } };
}
