/**
 * Query-string schemas of the tab APIs (zod). Values arrive as strings from restify's queryParser;
 * a repeated parameter arrives as an array and is refused like any other bad value.
 *
 * @example parseQuery(coursesQuery, {q: "gdpr", limit: "5"}) // {q: "gdpr", skip: 0, limit: 5}
 */
import { z } from "zod";
import { LANGUAGES } from "../i18n/language";
import { ApiError } from "./http-errors";

/** Longest search text accepted, in characters (a title or a sentence). */
export const MAX_QUERY_CHARS = 200;
/** Longest privacy question accepted, in characters. */
export const MAX_QUESTION_CHARS = 500;
/** Largest page of courses one request returns. */
export const MAX_PAGE = 50;
/** Page size when `limit` is not given. */
export const DEFAULT_PAGE = 12;

/** `lang`: en or fr; empty means "not given". */
const lang = z
  .string({ message: `must be one of ${LANGUAGES.join(", ")}` })
  .trim()
  .transform((v) => (v === "" ? undefined : v))
  .pipe(z.enum(LANGUAGES, { message: `must be one of ${LANGUAGES.join(", ")}` }).optional())
  .optional();

const wholeNumber = (min: number, max: number, fallback: number) =>
  z
    .string({ message: `must be a whole number from ${min} to ${max}` })
    .regex(/^\d{1,6}$/, `must be a whole number from ${min} to ${max}`)
    .transform(Number)
    .pipe(z.number().min(min, `must be a whole number from ${min} to ${max}`).max(max, `must be a whole number from ${min} to ${max}`))
    .optional()
    .transform((v) => v ?? fallback);

/** `GET /api/courses?q=&lang=&skip=&limit=`. */
export const coursesQuery = z.object({
  q: z.string({ message: "must be text" }).max(MAX_QUERY_CHARS, `must be at most ${MAX_QUERY_CHARS} characters`).optional().transform((v) => v?.trim() ?? ""),
  lang,
  skip: wholeNumber(0, 10_000, 0),
  limit: wholeNumber(1, MAX_PAGE, DEFAULT_PAGE),
});

/** `GET /api/privacy/answer?q=&lang=`: `q` is required. */
export const answerQuery = z.object({
  q: z
    .string({ message: "is required: the question to answer, e.g. ?q=how long is my data kept" })
    .trim()
    .min(1, "is required: the question to answer, e.g. ?q=how long is my data kept")
    .max(MAX_QUESTION_CHARS, `must be at most ${MAX_QUESTION_CHARS} characters`),
  lang,
});

/** `GET /api/privacy/policy?lang=`. */
export const policyQuery = z.object({ lang });

/** `:id` of `GET /api/courses/:id`. */
export const courseIdParam = z.string().trim().min(1, "must name a course").max(200, "must be at most 200 characters");

/**
 * Validates `raw` (restify `req.query`) against `schema`.
 * @throws ApiError 400 naming the first bad parameter, e.g. `Query parameter "lang" must be one of en, fr`.
 */
export function parseQuery<T extends z.ZodTypeAny>(schema: T, raw: unknown): z.output<T> {
  const parsed = schema.safeParse(raw ?? {});
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  throw new ApiError(400, `Query parameter "${String(issue.path[0] ?? "?")}" ${issue.message}`);
}
