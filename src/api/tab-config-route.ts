/**
 * `GET /api/tab-config`: the public settings the tab needs before it knows its tenant:
 * `{auth: "sso" | "local" | "off", teamsAppId?}`. `auth` tells the tab whether to send an SSO token
 * (`authentication.getAuthToken()`) or, in local mode, the tenant hint; `teamsAppId` builds deep links.
 * Nothing about any tenant is in it.
 */
import type { Server } from "restify";
import type { AppConfig } from "../config";
import type { TabAuthMode, TabConfigDto } from "./dto";
import { setSecurityHeaders } from "./security-headers";

export function registerTabConfigRoute(server: Server, config: Pick<AppConfig, "teamsAppId">, auth: TabAuthMode): void {
  const body: TabConfigDto = { auth, ...(config.teamsAppId ? { teamsAppId: config.teamsAppId } : {}) };
  server.get("/api/tab-config", (_req, res, next) => {
    setSecurityHeaders(res);
    res.header("Cache-Control", "no-cache");
    res.send(200, body);
    next();
  });
}
