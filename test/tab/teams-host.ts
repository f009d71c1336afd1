/**
 * Puts the tab inside the test host page (test/tab/host.html, see README.md) as Teams would: the host is
 * served at https://teams.microsoft.com/... and the tab at https://tab.course-companion.test/..., both
 * through Playwright request interception; tab requests are forwarded to the real server on loopback,
 * response headers included, so Chromium applies the tab's real CSP (frame-ancestors).
 * (Chromium blocks an https page from framing http://127.0.0.1 directly: Private Network Access.)
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { BrowserContext, Frame, Page } from "playwright-core";

/* Browser globals used inside page.evaluate callbacks (they run in the page, not in Node); declared
   here, module-scoped, instead of adding the DOM lib to every test file's program. */
declare const window: any;

export const TEAMS_ORIGIN = "https://teams.microsoft.com";
export const TAB_ORIGIN = "https://tab.course-companion.test";
/** An origin Microsoft does not list for Teams: the tab must refuse to be framed there. */
export const FOREIGN_ORIGIN = "https://intranet.example.test";

const HOST_HTML = readFileSync(join(__dirname, "host.html"), "utf8");

/** Routes the host page (on the Teams and the foreign origin) and the tab origin → `serverUrl`. */
export async function routeTeamsHost(context: BrowserContext, serverUrl: string): Promise<void> {
  for (const origin of [TEAMS_ORIGIN, FOREIGN_ORIGIN]) {
    await context.route(`${origin}/**`, (route) => route.fulfill({ status: 200, contentType: "text/html; charset=utf-8", body: HOST_HTML }));
  }
  await context.route(`${TAB_ORIGIN}/**`, async (route) => {
    const url = new URL(route.request().url());
    const response = await route.fetch({ url: `${serverUrl}${url.pathname}${url.search}` });
    await route.fulfill({ response });
  });
}

/** What the host recorded (window.__host in host.html). */
export interface HostRecord {
  messages: string[];
  handlers: string[];
  validity: boolean[];
  config?: { entityId: string; contentUrl: string; websiteUrl: string; suggestedDisplayName: string };
  saveResult?: { ok: boolean; reason?: string };
  notifiedSuccess: boolean;
  initialized: boolean;
}

export interface HostOptions {
  frame?: "settings" | "content";
  theme?: "default" | "dark" | "contrast";
  locale?: string;
  tid?: string;
  entity?: string;
  hostOrigin?: string;
  /** How long to wait for the tab frame, in ms (default 10 000). */
  waitMs?: number;
}

/**
 * Opens the host page embedding `tabPath` (e.g. /tab/config).
 * @returns the tab's frame once it has navigated to the tab origin (the frame that first holds about:blank
 * is replaced by an out-of-process frame for the cross-origin tab, so it is looked up afterwards).
 */
export async function openInHost(page: Page, tabPath: string, options: HostOptions = {}): Promise<Frame | undefined> {
  const params = new URLSearchParams({ tab: `${TAB_ORIGIN}${tabPath}`, frame: options.frame ?? "settings" });
  for (const key of ["theme", "locale", "tid", "entity"] as const) if (options[key]) params.set(key, options[key]!);
  await page.goto(`${options.hostOrigin ?? TEAMS_ORIGIN}/_test/host.html?${params}`);
  for (let waited = 0; waited < (options.waitMs ?? 10_000); waited += 50) {
    const frame = page.frames().find((f) => f !== page.mainFrame() && f.url().startsWith(`${TAB_ORIGIN}/`));
    if (frame) return frame;
    await page.waitForTimeout(50);
  }
  return undefined;
}

export function hostRecord(page: Page): Promise<HostRecord> {
  return page.evaluate(() => (window as unknown as { __host: HostRecord }).__host);
}
