/**
 * Course catalog room: validation and loading of a tenant's catalog file, and the in-memory
 * search index behind course requests, the search message extension, link unfurling and
 * "similar courses". Plain data in and out; nothing here knows about Teams.
 *
 * @example
 * import { createCourseIndex, loadCatalogFile } from "../catalog";
 * const catalog = createCourseIndex(loadCatalogFile(path));
 * catalog.search("je cherche une formation sur le RGPD").courses[0].url
 */
export type { Course, CourseIndex, CourseSearchOptions, CourseSearchResult } from "./types";
export { CatalogError, formatProblem, type CatalogProblem } from "./errors";
export { assertCoursesOnPlatform, validateCatalog } from "./validate";
export { loadCatalogFile } from "./load";
export { courseSchema, COURSE_FIELDS, LIMITS } from "./schema";
export { courseOnPlatform, normalizeCourseUrl } from "./urls";
export { createCourseIndex, DEFAULT_LIMIT, DEFAULT_SIMILAR, FIELD_BOOST, MAX_LIMIT } from "./course-index";
export { analyzeQuery, type QueryUnit } from "./query";
export { CONCEPTS, NEUTRAL_WORDS, type Concept } from "./vocabulary";
