/**
 * Connection to the Teams (or Microsoft 365) host through teams-js v2.
 *
 * `app.initialize()` is raced against {@link INIT_TIMEOUT_MS}: outside Teams it rejects at once (no
 * parent window) or never answers (framed by another page); either way the page goes on in standalone
 * mode. No other teams-js call is made before initialize has resolved, and every teams-js promise is
 * settled here or by its caller.
 */
import { app } from "@microsoft/teams-js";
import { withTimeout } from "./with-timeout";

/** Longest wait for the host, in milliseconds. */
export const INIT_TIMEOUT_MS = 3000;

/** Teams theme names (`context.app.theme`, `registerOnThemeChangeHandler`). */
export type ThemeName = "default" | "dark" | "contrast";

/** What the host told the tab. Only these fields are read from the context. */
export interface HostInfo {
  locale?: string;
  theme: ThemeName;
  /** Tenant hint (`context.user.tenant.id`): used only in local mode; the server decides the tenant. */
  tenantHint?: string;
  /** `context.page.id`: the configurable tab's entityId. */
  pageId?: string;
}

export type HostConnection = { inTeams: true; info: HostInfo } | { inTeams: false; reason: "timeout" | "failed" };

export function themeName(value: unknown): ThemeName {
  return value === "dark" || value === "contrast" ? value : "default";
}

/** Initializes teams-js and reads the context; never rejects. */
export async function connectToHost(timeoutMs = INIT_TIMEOUT_MS): Promise<HostConnection> {
  const init = await withTimeout(app.initialize(), timeoutMs);
  if (!init.ok) return { inTeams: false, reason: init.reason };
  const context = await withTimeout(app.getContext(), timeoutMs);
  if (!context.ok) return { inTeams: false, reason: context.reason };
  const c = context.value;
  return { inTeams: true, info: { locale: c.app.locale, theme: themeName(c.app.theme), tenantHint: c.user?.tenant?.id, pageId: c.page?.id } };
}

/** Tells Teams the first view is ready (hides its loading indicator). Call after a successful connection only. */
export function notifyReady(): void {
  app.notifySuccess().catch(() => undefined); // older hosts answer nothing; the call is fire-and-forget
}

/** Follows theme changes made in Teams. Call after a successful connection only. */
export function onThemeChange(handler: (theme: ThemeName) => void): void {
  app.registerOnThemeChangeHandler((theme) => handler(themeName(theme)));
}
