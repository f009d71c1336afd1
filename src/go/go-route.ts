/**
 * `GET /go/:tenantId/:courseId`: counts one `course-opened` for (tenant, course) and answers
 * `302 Location: <course URL>`. Only courses of that tenant's catalog are targets (no open
 * redirect): an unknown tenant or course gets `404 {"error": {"code": "NotFound", "message"}}`.
 *
 * Privacy: nothing about the requester is read, logged or kept (no IP address, user agent, referrer
 * or cookie); the count has no user identifier. `Referrer-Policy: no-referrer` keeps the /go URL out
 * of the learning platform's logs, and `Cache-Control: no-store` keeps each open counted.
 */
import type { Request, Response, Server } from "restify";
import type { Logger } from "../logging/logger";
import type { TenantRegistry } from "../tenants/registry";
import type { UsageCounter } from "../usage";
import { GO_ROUTE } from "./go-link";

/** What the route needs. */
export interface GoRouteDeps {
  registry: Pick<TenantRegistry, "get">;
  usage: Pick<UsageCounter, "record">;
  log: Logger;
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** @returns the course URL to redirect to, or undefined when (tenant, course) is not in a registered catalog. */
export function redirectTarget(registry: GoRouteDeps["registry"], tenantId: string, courseId: string): { tenantId: string; courseId: string; url: string } | undefined {
  if (!GUID.test(tenantId)) return undefined;
  const tenant = registry.get(tenantId);
  const course = tenant?.catalog.byId(courseId);
  if (!tenant || !course) return undefined;
  return { tenantId: tenant.entry.tenantId.toLowerCase(), courseId: course.id, url: course.url };
}

/** Registers {@link GO_ROUTE} on `server`. */
export function registerGoRoute(server: Server, deps: GoRouteDeps): void {
  server.get(GO_ROUTE, (req: Request, res: Response, next) => {
    const target = redirectTarget(deps.registry, String(req.params?.tenantId ?? ""), String(req.params?.courseId ?? ""));
    res.header("Cache-Control", "no-store");
    res.header("Referrer-Policy", "no-referrer");
    if (!target) {
      deps.log.debug({ event: "go", route: GO_ROUTE, status: 404, outcome: "not-found" }, "redirect refused");
      res.send(404, { error: { code: "NotFound", message: "This course link is not valid for any registered organization." } });
      return next();
    }
    try {
      deps.usage.record({ tenantId: target.tenantId, event: "course-opened", key: target.courseId });
    } catch (err) {
      deps.log.warn({ event: "usage", tenantId: target.tenantId, outcome: "not-counted", err }, "course open not counted");
    }
    deps.log.debug({ event: "go", route: GO_ROUTE, tenantId: target.tenantId, status: 302, outcome: "redirect" }, "redirect");
    res.redirect(302, target.url, next);
  });
}
