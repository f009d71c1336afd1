/**
 * `GET /api/courses?q=&lang=&skip=&limit=` and `GET /api/courses/:id`: the caller's tenant's catalog
 * (tenant decided by api/tab-tenant, never by a parameter).
 *
 * List answer: `{total, courses: CourseDto[], featured}`; `featured` is true when the query holds no
 * topic (empty, or only words such as "courses"): the tenant's featured courses are returned then
 * (every course, featured first, when none is marked featured).
 */
import { goUrl } from "../go/go-link";
import type { Server } from "restify";
import type { Course, CourseIndex } from "../catalog/types";
import type { Lang } from "../i18n/language";
import type { CourseDto, CourseListDto } from "./dto";
import { ApiError } from "./http-errors";
import { courseIdParam, coursesQuery, parseQuery } from "./query";
import type { TabHandler } from "./tab-handler";

/** Browsing reads at most this many courses to pick the featured ones. */
const BROWSE_WINDOW = 100;

/** @param tenantId the caller's tenant, for the counting Open link (`/go/<tenant>/<course>`, same origin as the tab). */
export function toCourseDto(c: Course, tenantId: string): CourseDto {
  return { id: c.id, title: c.title, description: c.description, url: c.url, openUrl: goUrl("", tenantId, c.id), language: c.language, durationMinutes: c.durationMinutes, tags: c.tags };
}

/** @returns the requested page of `catalog` for `q` (featured courses when `q` holds no topic). */
export function listCourses(catalog: Pick<CourseIndex, "search">, tenantId: string, q: string, lang: Lang | undefined, skip: number, limit: number): CourseListDto {
  const dto = (c: Course) => toCourseDto(c, tenantId);
  const result = catalog.search(q, { language: lang, skip, limit });
  if (!result.blank) return { total: result.total, courses: result.courses.map(dto), featured: false };
  const browse = catalog.search("", { language: lang, limit: BROWSE_WINDOW }).courses;
  const featured = browse.filter((c) => c.featured);
  const list = featured.length > 0 ? featured : browse;
  return { total: list.length, courses: list.slice(skip, skip + limit).map(dto), featured: true };
}

export function registerCourseRoutes(server: Server, handle: TabHandler): void {
  server.get("/api/courses", handle("courses", async (req, tenant) => {
    const query = parseQuery(coursesQuery, req.query);
    return listCourses(tenant.catalog, tenant.entry.tenantId, query.q, query.lang, query.skip, query.limit);
  }));
  server.get("/api/courses/:id", handle("course", async (req, tenant) => {
    const id = courseIdParam.safeParse(req.params?.id);
    if (!id.success) throw new ApiError(400, `Course id ${id.error.issues[0].message}`);
    const course = tenant.catalog.byId(id.data);
    if (!course) throw new ApiError(404, "No course with this id in your organization's catalog. It may have been removed: pick another course.");
    return toCourseDto(course, tenant.entry.tenantId);
  }));
}
