/**
 * Everything a page needs before its first request: host connection, public settings, interface
 * language, theme, and an API client that proves the tenant — or the reason the page cannot serve.
 *
 * - auth `sso`: in Teams, SSO token; outside Teams, "open in Teams".
 * - auth `local`: tenant hint from the Teams context, or from `?tenant=` outside Teams; none: "no tenant".
 * - auth `off`: "not configured".
 */
import type { TabConfigDto } from "../../api/dto";
import { createApiClient, fetchPublic, type ApiClient } from "../api/api-client";
import { langFromLocale, type TabLang } from "../i18n/i18n";
import { registerConfigSave } from "./config-save";
import { bearerHeader } from "./sso-token";
import { connectToHost, type HostInfo, type ThemeName } from "./teams-host";

export type BlockedReason = "open-in-teams" | "no-tenant" | "not-configured";

export type Session = {
  lang: TabLang;
  theme: ThemeName;
  inTeams: boolean;
  host?: HostInfo;
  teamsAppId?: string;
} & ({ kind: "ready"; api: ApiClient } | { kind: "blocked"; reason: BlockedReason } | { kind: "error" });

/** Theme outside Teams: `?theme=dark|contrast|light`, else the browser's colour scheme. */
export function standaloneTheme(search: string, prefersDark: boolean): ThemeName {
  const asked = new URLSearchParams(search).get("theme");
  if (asked === "dark" || asked === "contrast") return asked;
  if (asked === "light" || asked === "default") return "default";
  return prefersDark ? "dark" : "default";
}

/** Language outside Teams: `?lang=`, else the browser's. */
function standaloneLang(search: string): TabLang {
  return langFromLocale(new URLSearchParams(search).get("lang") ?? navigator.language);
}

function client(config: TabConfigDto, inTeams: boolean, tenantHint: string | undefined): { api: ApiClient } | { reason: BlockedReason } {
  if (config.auth === "off") return { reason: "not-configured" };
  if (config.auth === "sso") return inTeams ? { api: createApiClient(bearerHeader) } : { reason: "open-in-teams" };
  const hint = tenantHint?.trim();
  if (!hint) return { reason: "no-tenant" };
  return { api: createApiClient(async () => ({ "X-Tenant-Id": hint })) };
}

/** @param page the page being shown (the configuration page registers its save handler at once). */
export async function openSession(page: string): Promise<Session> {
  const configRequest = fetchPublic<TabConfigDto>("/api/tab-config").catch(() => undefined);
  const connection = await connectToHost();
  if (connection.inTeams && page === "config") {
    try {
      registerConfigSave(window.location.origin);
    } catch {
      // The host does not offer pages.config here (not a settings frame): the page shows, Save stays with Teams.
    }
  }
  const search = window.location.search;
  const base = connection.inTeams
    ? { inTeams: true, host: connection.info, lang: langFromLocale(connection.info.locale), theme: connection.info.theme }
    : { inTeams: false, lang: standaloneLang(search), theme: standaloneTheme(search, window.matchMedia?.("(prefers-color-scheme: dark)").matches ?? false) };
  const config = await configRequest;
  if (!config) return { ...base, kind: "error" };
  const tenantHint = connection.inTeams ? connection.info.tenantHint : (new URLSearchParams(search).get("tenant") ?? undefined);
  const access = client(config, connection.inTeams, tenantHint);
  return "api" in access ? { ...base, teamsAppId: config.teamsAppId, kind: "ready", api: access.api } : { ...base, teamsAppId: config.teamsAppId, kind: "blocked", reason: access.reason };
}
