/**
 * Which courses the search message extension shows: the domain half of `composeExtension/query`
 * (the bot half parses the invoke and builds the cards). Pure and synchronous.
 *
 * Rules (issue "Share courses anywhere in Teams"; Teams: "Respond to search command", which pages
 * with `queryOptions.skip` / `queryOptions.count`, count 25 by default):
 * - the initial run (`initialRun`), an empty or whitespace-only query: the tenant's featured courses;
 * - otherwise the catalog search, best first, courses in the reader's language ranked a little higher;
 * - a page starts at `skip` and holds at most `count` courses, `count` capped at {@link MAX_RESULTS}.
 */
import { MAX_LIMIT, type Course, type CourseIndex } from "../catalog";
import type { Lang } from "../i18n/language";

/** Largest page served (Teams asks for 25 and shows no more per page). */
export const MAX_RESULTS = 25;
/** Page size when Teams sends no usable count. */
export const DEFAULT_RESULTS = 25;
/** Longest query used, in characters (Teams' search box is a single short line; the rest is ignored). */
export const MAX_QUERY_LENGTH = 200;

/** A search request in domain terms. */
export interface ExtensionSearchRequest {
  /** Text typed in the search box ("" when none). */
  query: string;
  /** True on the initial run, when the flyout opens before anything is typed. */
  initialRun: boolean;
  /** Results to skip (any value: normalized by {@link pageOf}). */
  skip?: unknown;
  /** Results wanted (any value: normalized by {@link pageOf}). */
  count?: unknown;
  /** The reader's language, preferred in ranking and featured order. */
  lang: Lang;
}

/** One page of results. */
export interface ExtensionSearchPage {
  /** "featured" for the initial run or a blank query, "search" otherwise. */
  mode: "featured" | "search";
  /** The query as used (trimmed, at most {@link MAX_QUERY_LENGTH} characters; "" for featured). */
  query: string;
  /** Number of matches before paging. */
  total: number;
  courses: Course[];
}

/**
 * Paging from untrusted values: whole numbers, `skip` ≥ 0, `count` in 1…{@link MAX_RESULTS};
 * anything else (missing, NaN, strings, negative) falls back to 0 and {@link DEFAULT_RESULTS}.
 * @example pageOf(10, 100) // { skip: 10, count: 25 }
 */
export function pageOf(skip: unknown, count: unknown): { skip: number; count: number } {
  const whole = (v: unknown) => (typeof v === "number" && Number.isFinite(v) ? Math.floor(v) : undefined);
  const s = whole(skip);
  const c = whole(count);
  return {
    skip: s !== undefined && s > 0 ? Math.min(s, Number.MAX_SAFE_INTEGER) : 0,
    count: c !== undefined && c > 0 ? Math.min(c, MAX_RESULTS) : DEFAULT_RESULTS,
  };
}

/**
 * @param catalog the tenant's course index.
 * @returns the page of courses to show; never throws.
 * @example extensionSearch(catalog, { query: "gdpr", initialRun: false, skip: 0, count: 25, lang: "en" })
 *   // { mode: "search", query: "gdpr", total: 2, courses: [Impacts of GDPR, Les impacts du RGPD] }
 */
export function extensionSearch(catalog: Pick<CourseIndex, "search" | "featured">, request: ExtensionSearchRequest): ExtensionSearchPage {
  const { skip, count } = pageOf(request.skip, request.count);
  const query = (typeof request.query === "string" ? request.query : "").trim().slice(0, MAX_QUERY_LENGTH);
  if (request.initialRun || query === "") {
    const featured = catalog.featured(MAX_LIMIT, request.lang);
    return { mode: "featured", query: "", total: featured.length, courses: featured.slice(skip, skip + count) };
  }
  const result = catalog.search(query, { skip, limit: count, preferLanguage: request.lang });
  return { mode: "search", query, total: result.total, courses: result.courses };
}
