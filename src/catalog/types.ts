/** Shapes of the course catalog room. */
import type { Lang } from "../i18n/language";

/** One course of a tenant's catalog (validated on load, see catalog/validate). */
export interface Course {
  /** Unique within the catalog; URL-safe. */
  id: string;
  title: string;
  /** One-line (or short) description. */
  description: string;
  /** https URL of the course on the tenant's learning platform. */
  url: string;
  language: Lang;
  tags: string[];
  /** Duration in minutes, when known. */
  durationMinutes?: number;
  /** Shown when no query is given (tabs, message-extension initial run). */
  featured?: boolean;
  /** https URL of a thumbnail image, when the course has one. */
  thumbnailUrl?: string;
}

/** A page of search results. */
export interface CourseSearchResult {
  /** Total number of matches (before paging). */
  total: number;
  /** The requested page, best match first. */
  courses: Course[];
  /**
   * True when the query held no topic (empty, whitespace, or only request words such as "courses",
   * "je cherche une formation"): `courses` then pages through the catalog, featured courses first.
   */
  blank?: boolean;
}

/** Options of a course search. */
export interface CourseSearchOptions {
  /** Only courses in this language. */
  language?: Lang;
  /** Number of results to skip (paging). Default 0. */
  skip?: number;
  /** Page size. Default 5, at most 100. */
  limit?: number;
  /** Rank courses in this language a little higher (the reader's language); others still match. */
  preferLanguage?: Lang;
  /** Treat the last word as a prefix while the person types. Default true. */
  prefix?: boolean;
}

/**
 * The searchable catalog of one tenant, built once by `createCourseIndex` (catalog/course-index).
 * Every method is synchronous, in-memory, and never throws on any string input.
 */
export interface CourseIndex {
  /** Number of courses. */
  readonly size: number;
  /** All courses, in catalog order. */
  readonly courses: readonly Course[];
  /** Courses matching `query` (English or French), best first, paged by `skip`/`limit`. */
  search(query: string, options?: CourseSearchOptions): CourseSearchResult;
  /** Featured courses (catalog order; `language` ones first), else the first courses of the catalog. */
  featured(limit?: number, language?: Lang): Course[];
  /** The course with this id, if any (exact, case-sensitive). */
  byId(id: string): Course | undefined;
  /** The course at this URL, ignoring scheme, host case, trailing slash, query and fragment. */
  byUrl(url: string): Course | undefined;
  /** Up to `limit` (default 3) other courses sharing topics with course `id`, best first; `[]` for an unknown id. */
  similar(id: string, limit?: number): Course[];
}
