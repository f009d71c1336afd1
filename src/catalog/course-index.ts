/**
 * The searchable catalog of one tenant: a MiniSearch index over course title (boosted), tags and
 * description, analyzed by catalog/terms, built once at start-up and queried per request.
 */
import MiniSearch from "minisearch";
import { LANGUAGES, type Lang } from "../i18n/language";
import { memoLookup, type Lookup } from "./lookups";
import { analyzeQuery, type QueryUnit } from "./query";
import { rank } from "./ranking";
import { documentTerms } from "./terms";
import type { Course, CourseIndex, CourseSearchOptions, CourseSearchResult } from "./types";
import { normalizeCourseUrl } from "./urls";

/** Field weights: a word in the title counts three times a word in the description. */
export const FIELD_BOOST = { title: 3, tags: 2, description: 1 } as const;
/** Page size when `limit` is not given, and the largest page served. */
export const DEFAULT_LIMIT = 5;
export const MAX_LIMIT = 100;
/** Number of similar courses when `limit` is not given. */
export const DEFAULT_SIMILAR = 3;

type Field = keyof typeof FIELD_BOOST;
/** A course as indexed: its position and its fields as space-separated analyzed terms. */
type IndexedCourse = { index: number } & Record<Field, string>;

function indexed(course: Course, index: number): IndexedCourse {
  const lang = course.language;
  return {
    index,
    title: documentTerms(course.title, lang).join(" "),
    tags: course.tags.flatMap((tag) => documentTerms(tag, lang)).join(" "),
    description: documentTerms(course.description, lang).join(" "),
  };
}

function newEngine(): MiniSearch<IndexedCourse> {
  return new MiniSearch<IndexedCourse>({
    idField: "index",
    fields: Object.keys(FIELD_BOOST),
    // Fields hold terms already analyzed by catalog/terms; queries pass one analyzed term at a time.
    tokenize: (text) => text.split(" ").filter((t) => t !== ""),
    processTerm: (term) => term,
    searchOptions: { boost: { ...FIELD_BOOST } },
  });
}

/** A whole number in [min, max], or `fallback` for anything else (NaN, strings, undefined). */
export function clampInt(value: unknown, fallback: number, min: number, max: number): number {
  if (typeof value !== "number" || !Number.isFinite(value)) return fallback;
  return Math.min(max, Math.max(min, Math.floor(value)));
}

/** Featured courses first, then the others (each group in catalog order, `language` first within it). */
function browseOrder(courses: readonly Course[], language?: Lang): Course[] {
  const group = (c: Course) => (c.featured ? 0 : 2) + (language === undefined || c.language === language ? 0 : 1);
  return courses.map((c, i) => ({ c, i })).sort((a, b) => group(a.c) - group(b.c) || a.i - b.i).map((x) => x.c);
}

/** What the query functions share: the courses, the engine's memoized lookups and the lookup tables. */
interface State {
  list: readonly Course[];
  lookup: Lookup;
  positionById: Map<string, number>;
  byUrl: Map<string, Course>;
  languageOf: (index: number) => Lang;
  browse: (language?: Lang, preferLanguage?: Lang) => Course[];
}

function buildState(courses: readonly Course[]): State {
  const list: readonly Course[] = [...courses];
  const engine = newEngine();
  engine.addAll(list.map(indexed));
  const positionById = new Map<string, number>();
  const byUrl = new Map<string, Course>();
  list.forEach((c, i) => {
    if (!positionById.has(c.id)) positionById.set(c.id, i);
    const key = normalizeCourseUrl(c.url);
    if (key && !byUrl.has(key)) byUrl.set(key, c);
  });
  const browseCache = new Map<string, Course[]>();
  const browse = (language?: Lang, preferLanguage?: Lang) => {
    const key = `${language ?? ""}|${preferLanguage ?? ""}`;
    let ordered = browseCache.get(key);
    if (!ordered) {
      ordered = browseOrder(language === undefined ? list : list.filter((c) => c.language === language), preferLanguage);
      browseCache.set(key, ordered);
    }
    return ordered;
  };
  // Course languages packed by position: ranking asks for the language of every match, and reading it
  // from thousands of course objects spread over the heap cost more than the scoring itself under load.
  const languageCodes = Uint8Array.from(list, (c) => {
    const code = LANGUAGES.indexOf(c.language);
    if (code < 0) throw new Error(`course "${c.id}": language must be one of ${LANGUAGES.join(", ")} (validate the catalog first)`);
    return code;
  });
  return { list, lookup: memoLookup(engine), positionById, byUrl, languageOf: (i) => LANGUAGES[languageCodes[i]], browse };
}

function searchCourses(state: State, query: string, options: CourseSearchOptions): CourseSearchResult {
  const skip = clampInt(options.skip, 0, 0, Number.MAX_SAFE_INTEGER);
  const limit = clampInt(options.limit, DEFAULT_LIMIT, 0, MAX_LIMIT);
  const units = analyzeQuery(typeof query === "string" ? query : "", { prefix: options.prefix ?? true });
  if (units.length === 0) {
    const all = state.browse(options.language, options.preferLanguage);
    return { total: all.length, courses: all.slice(skip, skip + limit), blank: true };
  }
  const ranked = rank(state.lookup, units, state.languageOf, { language: options.language, preferLanguage: options.preferLanguage }, skip + limit);
  return { total: ranked.total, courses: ranked.best.slice(skip, skip + limit).map((r) => state.list[r.index]), blank: false };
}

function featuredCourses(state: State, limit: number, language?: Lang): Course[] {
  const ordered = state.browse(undefined, language);
  const picks = ordered.filter((c) => c.featured);
  return (picks.length > 0 ? picks : ordered).slice(0, clampInt(limit, DEFAULT_LIMIT, 0, MAX_LIMIT));
}

/**
 * Topics of a course for "similar courses": its tags and the vocabulary concepts of its title.
 * Other title words ("basics", "au travail") only count when the course has no such topic.
 */
function courseTopics(course: Course): QueryUnit[] {
  const exact = { prefix: false, fuzzy: false };
  const titleUnits = analyzeQuery(course.title, exact);
  const topics = [...analyzeQuery(course.tags.join(". "), exact), ...titleUnits.filter((u) => u.concept)];
  const unique = [...new Map(topics.map((u) => [u.key, u])).values()];
  return unique.length > 0 ? unique : titleUnits;
}

/** Courses sharing topics with the course at `index`, best first, same language preferred. */
function similarCourses(state: State, index: number, limit: number): Course[] {
  const course = state.list[index];
  const units = courseTopics(course);
  const count = clampInt(limit, DEFAULT_SIMILAR, 0, MAX_LIMIT);
  const ranked = rank(state.lookup, units, state.languageOf, { preferLanguage: course.language, exclude: new Set([index]) }, count);
  return ranked.best.map((r) => state.list[r.index]);
}

/**
 * Builds the index once (about 0.1 ms per course; see bench/catalog-search.bench.ts).
 * @param courses validated courses (catalog/validate). Ids and URLs should be unique; with repeats, lookups return the first.
 * @returns a {@link CourseIndex}; its methods accept any input without throwing.
 * @example
 * const catalog = createCourseIndex(loadCatalogFile("catalog.json"));
 * catalog.search("rgpd", { limit: 5 }) // {total: 2, courses: [Impacts of GDPR, Impacts du RGPD], blank: false}
 */
export function createCourseIndex(courses: Course[]): CourseIndex {
  const state = buildState(courses);
  const position = (id: unknown) => (typeof id === "string" ? state.positionById.get(id) : undefined);
  return {
    size: state.list.length,
    courses: state.list,
    search: (query, options = {}) => searchCourses(state, query, options ?? {}),
    featured: (limit = DEFAULT_LIMIT, language) => featuredCourses(state, limit, language),
    byId: (id) => {
      const i = position(id);
      return i === undefined ? undefined : state.list[i];
    },
    byUrl: (url) => {
      const key = typeof url === "string" ? normalizeCourseUrl(url) : undefined;
      return key === undefined ? undefined : state.byUrl.get(key);
    },
    similar: (id, limit = DEFAULT_SIMILAR) => {
      const i = position(id);
      return i === undefined ? [] : similarCourses(state, i, limit);
    },
  };
}
