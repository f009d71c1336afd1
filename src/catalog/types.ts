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
}

/** Options of a course search. */
export interface CourseSearchOptions {
  /** Only courses in this language. */
  language?: Lang;
  /** Number of results to skip (paging). Default 0. */
  skip?: number;
  /** Page size. Default 5. */
  limit?: number;
}
