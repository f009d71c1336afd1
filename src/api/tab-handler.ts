/**
 * The one wrapper every tab API route goes through: security headers, tenant resolution, JSON answer,
 * and the single place where an {@link ApiError} becomes its status and an unexpected throw becomes a
 * logged 500 (logged as its class and stack only, never the request).
 */
import type { Request, RequestHandler } from "restify";
import type { Logger } from "../logging/logger";
import type { Tenant } from "../tenants/registry";
import { ApiError, sendError } from "./http-errors";
import { setSecurityHeaders } from "./security-headers";
import type { TabRateLimiter } from "./tab-rate-limit";
import type { TabTenantResolver } from "./tab-tenant";

/** A route body: gets the request and the caller's tenant, returns the JSON body (status 200). */
export type TenantRoute = (req: Request, tenant: Tenant) => Promise<unknown>;

/** Turns a {@link TenantRoute} into a restify handler; `name` is the route's log label. */
export type TabHandler = (name: string, route: TenantRoute) => RequestHandler;

/**
 * @param limit per-tenant allowance (api/tab-rate-limit), taken after the tenant is known; omit for no limit.
 */
export function createTabHandler(resolver: Pick<TabTenantResolver, "tenantOf">, log: Logger, limit?: TabRateLimiter): TabHandler {
  return (name, route) => async (req, res) => {
    const started = performance.now();
    setSecurityHeaders(res);
    res.header("Vary", "Authorization, X-Tenant-Id");
    let status = 200;
    let tenantId: string | undefined;
    try {
      const tenant = await resolver.tenantOf(req);
      tenantId = tenant.entry.tenantId;
      await limit?.(tenantId);
      const body = await route(req, tenant);
      res.header("Cache-Control", "private, no-store");
      res.send(200, body);
    } catch (e) {
      status = e instanceof ApiError ? e.status : 500;
      if (e instanceof ApiError && e.retryAfterSeconds !== undefined) res.header("Retry-After", String(e.retryAfterSeconds));
      if (!(e instanceof ApiError)) log.error({ event: "tab-api-error", route: name, err: e }, "tab API request failed");
      sendError(res, status, e instanceof ApiError ? e.message : "Something went wrong on the server; try again in a moment.");
    }
    log.debug({ event: "tab-api", route: name, status, tenantId, latencyMs: Math.round(performance.now() - started) }, "tab API request");
  };
}
