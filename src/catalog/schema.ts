/**
 * The shape of one catalog entry (zod), with messages that say how to fix each field.
 * Limits keep every course card well under Teams' 25 KB Adaptive Card limit
 * (https://learn.microsoft.com/microsoftteams/platform/bots/how-to/format-your-bot-messages).
 */
import { z } from "zod";
import { LANGUAGES } from "../i18n/language";

/** Field limits (characters, items, minutes). */
export const LIMITS = {
  id: 100,
  title: 200,
  description: 2000,
  url: 2000,
  tags: 30,
  tag: 60,
  durationMinutes: 100_000,
} as const;

/** Allowed id characters: URL-safe, so ids can appear in card data and course URLs. */
const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._~-]*$/;

type Issue = { input?: unknown };
const need = (what: string) => (iss: Issue) => (iss.input === undefined ? `is required: ${what}` : `must be ${what}`);

function isHttpsUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === "https:" && url.hostname !== "";
  } catch {
    return false;
  }
}

const text = (what: string, max: number) =>
  z
    .string({ error: (iss: Issue) => (iss.input === undefined ? `is required: ${what}` : `must be a string: ${what}`) })
    .trim()
    .min(1, { error: `must not be empty: ${what}` })
    .max(max, { error: `is too long (at most ${max} characters)` });

const httpsUrl = (what: string, example: string) =>
  z
    .string({ error: need(`an https URL (${what})`) })
    .trim()
    .max(LIMITS.url, { error: `is too long (at most ${LIMITS.url} characters)` })
    .refine(isHttpsUrl, { error: `must be an https URL (${what}), e.g. "${example}"` });

/** One course as written in a catalog file (unknown fields are rejected, to catch typos). */
export const courseSchema = z.strictObject(
  {
    id: z
      .string({ error: need('a unique string such as "impacts-of-gdpr"') })
      .trim()
      .min(1, { error: 'must not be empty: give a unique id such as "impacts-of-gdpr"' })
      .max(LIMITS.id, { error: `is too long (at most ${LIMITS.id} characters)` })
      .regex(ID_PATTERN, { error: "must use only letters, digits, '-', '_', '.' and '~', starting with a letter or digit" }),
    title: text("the course title", LIMITS.title),
    description: text("a short description of the course", LIMITS.description),
    url: httpsUrl("the course page on the learning platform", "https://learning.example.com/courses/my-course"),
    language: z.enum(LANGUAGES, { error: need(`one of ${LANGUAGES.map((l) => `"${l}"`).join(", ")}`) }),
    tags: z
      .array(text("a tag word or phrase", LIMITS.tag), { error: need('a list of strings, e.g. ["gdpr", "privacy"]') })
      .max(LIMITS.tags, { error: `has too many tags (at most ${LIMITS.tags})` })
      .optional(),
    durationMinutes: z
      .number({ error: need("a whole number of minutes, e.g. 45") })
      .int({ error: "must be a whole number of minutes, e.g. 45" })
      .positive({ error: "must be a positive number of minutes" })
      .max(LIMITS.durationMinutes, { error: `must be at most ${LIMITS.durationMinutes} minutes` })
      .optional(),
    featured: z.boolean({ error: need("true or false") }).optional(),
    thumbnailUrl: httpsUrl("an image of the course", "https://learning.example.com/images/my-course.png").optional(),
  },
  { error: (iss) => (iss.code === "unrecognized_keys" ? undefined : "must be an object with the course fields") },
);

/** A course entry as parsed by {@link courseSchema}. */
export type CourseEntry = z.infer<typeof courseSchema>;

/** Field names accepted in an entry, for messages about unknown fields. */
export const COURSE_FIELDS = Object.keys(courseSchema.shape);
