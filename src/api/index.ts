/**
 * HTTP side of the tabs: pages and bundle under `/tab/`, and the tab APIs under `/api/`
 * (`/api/courses`, `/api/courses/:id`, `/api/privacy/answer`, `/api/privacy/policy`, `/api/tab-config`).
 * Every response carries the headers of api/security-headers; every tenant-scoped API decides the
 * tenant itself (api/tab-tenant).
 *
 * @example registerTabRoutes(server, { config, registry, log }); // from src/server.ts
 */
import type { Server } from "restify";
import type { AppConfig } from "../config";
import type { Logger } from "../logging/logger";
import type { TenantRegistry } from "../tenants/registry";
import { registerCourseRoutes } from "./course-routes";
import { registerPrivacyRoutes } from "./privacy-routes";
import { createTokenValidator, type TokenValidator } from "./sso-token";
import { defaultTabDir } from "./tab-assets";
import { registerTabConfigRoute } from "./tab-config-route";
import { createTabHandler } from "./tab-handler";
import { createTabRateLimiter } from "./tab-rate-limit";
import { registerTabPages } from "./tab-pages";
import { createTabTenantResolver } from "./tab-tenant";

/** Test and tool settings; production passes none. */
export interface TabRouteOptions {
  /** JWKS URL used to check SSO tokens (default: Microsoft Entra's common keys). Tests pass a loopback URL. */
  jwksUrl?: string;
  /** Token validator to use instead of one built from `config.sso` (tests). */
  validator?: TokenValidator;
  /** Folder holding the built bundle (`assets/`); default `<repo>/dist/tab`. */
  tabDir?: string;
}

/** What {@link registerTabRoutes} needs from the composition root. */
export interface TabRouteDeps {
  config: Pick<AppConfig, "sso" | "nodeEnv" | "tabEndpoint" | "teamsAppId" | "bot"> & Partial<Pick<AppConfig, "rateLimit">>;
  registry: Pick<TenantRegistry, "get">;
  log: Logger;
  options?: TabRouteOptions;
}

export function registerTabRoutes(server: Server, deps: TabRouteDeps): void {
  const { config, options = {} } = deps;
  const log = deps.log.child("tab-api");
  const validator = config.sso ? (options.validator ?? createTokenValidator({ clientId: config.sso.clientId, singleTenantId: config.sso.tenantId, jwksUrl: options.jwksUrl })) : undefined;
  const resolver = createTabTenantResolver({ config, registry: deps.registry, validator, log });
  const handle = createTabHandler(resolver, log, config.rateLimit && createTabRateLimiter(config.rateLimit));
  registerTabConfigRoute(server, config, resolver.mode);
  registerCourseRoutes(server, handle);
  registerPrivacyRoutes(server, handle);
  registerTabPages(server, options.tabDir ?? defaultTabDir(), deps.log.child("tab-pages"));
}

export { FRAME_ANCESTORS, contentSecurityPolicy } from "./security-headers";
export { TENANT_HEADER, tabAuthMode, type TabAuthMode } from "./tab-tenant";
