/**
 * Which organization a tab API request belongs to. The tab's own idea (Teams context
 * `user.tenant.id`, or `?tenant=` on the page) is only a hint: the server decides.
 *
 * - `sso` (AAD_APP_CLIENT_ID set): `Authorization: Bearer <token>` from `authentication.getAuthToken()`,
 *   validated by api/sso-token; the tenant is the token's `tid`. Any `X-Tenant-Id` header is ignored.
 * - `local` (no SSO and NODE_ENV is not production): the `X-Tenant-Id` header (a GUID) is accepted.
 * - `off` (production without SSO): every request is refused, since nothing proves the tenant.
 *
 * Missing or invalid proof: ApiError 401. A tenant that is not in the registry: ApiError 403.
 */
import type { Request } from "restify";
import type { AppConfig } from "../config";
import type { TabAuthMode } from "./dto";
import type { Logger } from "../logging/logger";
import type { Tenant, TenantRegistry } from "../tenants/registry";
import { isGuid } from "../tenants/resolve";
import { ApiError } from "./http-errors";
import { TokenError, type TokenValidator } from "./sso-token";

export type { TabAuthMode };

/** Header carrying the tenant hint in local mode. */
export const TENANT_HEADER = "x-tenant-id";

/**
 * @returns the mode the configuration allows: SSO when configured; the `X-Tenant-Id` hint only in local
 * mode (no BOT_ID, not production), because a tenant id is no secret; otherwise no tab API is served.
 */
export function tabAuthMode(config: Pick<AppConfig, "sso" | "nodeEnv"> & { bot: Pick<AppConfig["bot"], "mode"> }): TabAuthMode {
  if (config.sso) return "sso";
  return config.nodeEnv !== "production" && config.bot.mode === "local" ? "local" : "off";
}

/** Resolves the tenant of a request. */
export interface TabTenantResolver {
  readonly mode: TabAuthMode;
  /** @throws ApiError 401 (no or bad proof), 403 (not registered), 503 (sign-in keys unavailable). */
  tenantOf(req: Request): Promise<Tenant>;
}

/** What the resolver needs. */
export interface TabTenantDeps {
  config: Pick<AppConfig, "sso" | "nodeEnv" | "tabEndpoint" | "bot">;
  registry: Pick<TenantRegistry, "get">;
  /** Required in `sso` mode. */
  validator?: Pick<TokenValidator, "tenantOf">;
  log: Logger;
}

export function createTabTenantResolver(deps: TabTenantDeps): TabTenantResolver {
  const mode = tabAuthMode(deps.config);
  if (mode === "sso" && !deps.validator) throw new Error("tab tenant resolver: SSO is configured but no token validator was given");
  const audienceHost = deps.config.tabEndpoint ? new URL(deps.config.tabEndpoint).host : undefined;
  return {
    mode,
    async tenantOf(req) {
      const tenantId = mode === "sso" ? await fromToken(req, deps.validator!, audienceHost, deps.log) : fromHint(req, mode);
      const tenant = deps.registry.get(tenantId);
      if (!tenant) {
        deps.log.info({ event: "tab-tenant-refused", outcome: "not-registered", tenantId }, "tab request not served");
        throw new ApiError(403, "Course Companion is not enabled for this organization. Ask your Teams admin or your learning platform manager.");
      }
      return tenant;
    },
  };
}

async function fromToken(req: Request, validator: Pick<TokenValidator, "tenantOf">, audienceHost: string | undefined, log: Logger): Promise<string> {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(req.header("authorization") ?? "");
  if (!match) throw new ApiError(401, "Sign-in required: send the Teams SSO token as \"Authorization: Bearer <token>\".");
  try {
    // Without TAB_ENDPOINT the App ID URI host is the host the tab was loaded from.
    return await validator.tenantOf(match[1], audienceHost ?? req.header("host") ?? undefined);
  } catch (e) {
    if (!(e instanceof TokenError)) throw e;
    log.info({ event: "tab-token-refused", outcome: e.reason }, "tab token refused");
    if (e.reason === "unavailable") throw new ApiError(503, `Sign-in cannot be checked right now (${e.message}); try again in a moment.`);
    throw new ApiError(401, `Sign-in token refused: ${e.message}.`);
  }
}

function fromHint(req: Request, mode: TabAuthMode): string {
  if (mode === "off") {
    throw new ApiError(401, "Tab sign-in is not configured on this server: set AAD_APP_CLIENT_ID (tab SSO) to serve the tabs in production.");
  }
  const hint = (req.header(TENANT_HEADER) ?? "").trim();
  if (hint === "") throw new ApiError(401, "Local mode: send the organization's tenant ID in the X-Tenant-Id header (the tab does this from ?tenant=).");
  if (!isGuid(hint)) throw new ApiError(401, "Local mode: the X-Tenant-Id header must be a tenant ID (a GUID).");
  return hint.toLowerCase();
}
