/**
 * Shared set-up of the tab's browser tests: Debian's Chromium (`/usr/bin/chromium`, installed by
 * scripts/test.sh in CI; never downloaded) driven by playwright-core, the bundle built into a temp folder,
 * the real server on loopback, and helpers for screenshots, accessibility (axe) and page hygiene.
 *
 * Skipped, with a message, only when Chromium is absent and CI is not set; in CI they always run.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { REPO_ROOT } from "../helpers/paths";

/* Browser globals used inside page.evaluate callbacks (they run in the page, not in Node); declared
   here, module-scoped, instead of adding the DOM lib to every test file's program. */
declare const document: any;

export const CHROMIUM = "/usr/bin/chromium";
/** Flags for a quiet, reproducible headless run (no sync, updates or background traffic). */
export const CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];
export const SCREENSHOTS = join(REPO_ROOT, "test-output", "screenshots");

/** `describe`, or `describe.skip` with a message when Chromium is missing outside CI. */
export function describeInBrowser(name: string, body: () => void): void {
  if (existsSync(CHROMIUM) || process.env.CI) {
    describe(name, body);
    return;
  }
  // eslint-disable-next-line no-console
  console.warn(`Skipping browser tests "${name}": ${CHROMIUM} not found (install Debian's chromium: apt-get install chromium). In CI they always run.`);
  describe.skip(name, body);
}

/** Builds the tab bundle into a fresh temp folder; @returns that folder (pass as `tab.tabDir`). */
export function buildTabBundle(): string {
  const outdir = mkdtempSync(join(tmpdir(), "tab-bundle-"));
  const build = spawnSync(process.execPath, [join(REPO_ROOT, "scripts", "build-tab.mjs"), "--outdir", outdir, "--no-typecheck"], { cwd: REPO_ROOT, encoding: "utf8" });
  if (build.status !== 0) throw new Error(`tab bundle build failed:\n${build.stderr}${build.stdout}`);
  return outdir;
}

/** Chromium with a fresh profile; `close()` also removes the profile. */
export async function launchBrowser(): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  const profile = mkdtempSync(join(tmpdir(), "tab-chromium-"));
  const context = await chromium.launchPersistentContext(profile, { headless: true, executablePath: CHROMIUM, args: CHROMIUM_ARGS, viewport: { width: 1280, height: 860 } });
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * teams-js fetches its list of trusted host origins from a Microsoft CDN when it loads; the tab's
 * `connect-src 'self'` blocks that on purpose (teams-js then uses its built-in list). That console
 * error is expected; every other one is a defect.
 */
const EXPECTED_CONSOLE = /res\.cdn\.office\.net\/teams-js\/validDomains/;

/** Records what must not happen on a page: errors, unhandled rejections, requests to other origins. */
export function watchPage(page: Page, allowedOrigins: string[]): { problems: string[] } {
  const problems: string[] = [];
  page.on("pageerror", (err) => problems.push(`page error: ${err.message}`));
  page.on("console", (msg) => {
    if (msg.type() === "error" && !EXPECTED_CONSOLE.test(msg.text())) problems.push(`console error: ${msg.text()}`);
  });
  page.on("request", (req) => {
    const url = req.url();
    if (url.startsWith("data:") || allowedOrigins.some((o) => url.startsWith(`${o}/`))) return;
    problems.push(`request to another origin: ${url}`);
  });
  return { problems };
}

/** Saves a viewport screenshot as `test-output/screenshots/<name>.png` (git-ignored, for review). */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: false });
}

/** @returns axe violations of impact serious or critical, as short lines. */
export async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.impact} ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")})`);
}

/** True when the page scrolls horizontally (content wider than the viewport). */
export async function scrollsHorizontally(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);
}
