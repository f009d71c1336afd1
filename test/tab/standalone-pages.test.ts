/**
 * Every tab page in a real browser, standalone (outside Teams, local mode, `?tenant=`): content,
 * search as you type, states, 320 px layout, keyboard focus, accessibility (axe), page hygiene, and
 * screenshots in light, dark and at 360 px under test-output/screenshots/.
 */
import { rmSync } from "node:fs";
import type { BrowserContext, Page } from "playwright-core";
import { startTestApp, type TestApp } from "../helpers/app";
import { FIXTURE_TENANT, UNREGISTERED_TENANT } from "../helpers/paths";
import { buildTabBundle, describeInBrowser, launchBrowser, screenshot, scrollsHorizontally, seriousViolations, watchPage } from "./browser-harness";

/* Browser globals used inside page.evaluate callbacks (they run in the page, not in Node); declared
   here, module-scoped, instead of adding the DOM lib to every test file's program. */
declare const document: any;
declare function getComputedStyle(element: unknown, pseudo?: string): any;

jest.setTimeout(60_000);

const PAGES: [name: string, path: string, ready: RegExp][] = [
  ["courses", `/tab/courses?tenant=${FIXTURE_TENANT}`, /Featured courses/],
  ["privacy", `/tab/privacy?tenant=${FIXTURE_TENANT}`, /The whole policy/],
  ["config", `/tab/config?tenant=${FIXTURE_TENANT}`, /Featured courses/],
  ["pinned-course", `/tab/pinned?tenant=${FIXTURE_TENANT}&course=phishing-awareness`, /Spotting Phishing Emails/],
  ["pinned-topic", `/tab/pinned?tenant=${FIXTURE_TENANT}&topic=leadership`, /Courses on “leadership”/],
  ["no-tenant", "/tab/courses", /Which organization\?/],
];

describeInBrowser("tab pages in a browser, standalone", () => {
  let tabDir: string;
  let app: TestApp;
  let browser: Awaited<ReturnType<typeof launchBrowser>>;
  let context: BrowserContext;

  beforeAll(async () => {
    tabDir = buildTabBundle();
    app = await startTestApp({}, { tab: { tabDir } });
    browser = await launchBrowser();
    context = browser.context;
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
    rmSync(tabDir, { recursive: true, force: true });
  });

  /** Opens `path` and waits for `ready`; fails the test on any page problem. */
  async function open(path: string, ready: RegExp, options: { width?: number; colorScheme?: "light" | "dark" } = {}): Promise<{ page: Page; problems: string[] }> {
    const page = await context.newPage();
    await page.setViewportSize({ width: options.width ?? 1280, height: 860 });
    if (options.colorScheme) await page.emulateMedia({ colorScheme: options.colorScheme });
    const { problems } = watchPage(page, [app.server.url]);
    await page.goto(`${app.server.url}${path}`);
    await page.getByText(ready).first().waitFor({ timeout: 10_000 });
    return { page, problems };
  }

  it.each(PAGES)("%s renders, is accessible, fits 320 px, and has screenshots in light, dark and at 360 px", async (name, path, ready) => {
    for (const variant of ["light", "dark", "360"] as const) {
      const { page, problems } = await open(path, ready, variant === "360" ? { width: 360 } : { colorScheme: variant });
      await page.waitForLoadState("networkidle");
      await screenshot(page, `${name}-${variant}`);
      if (variant === "360") {
        await page.setViewportSize({ width: 320, height: 860 });
        expect(await scrollsHorizontally(page)).toBe(false);
      } else {
        expect(await seriousViolations(page)).toEqual([]);
      }
      expect(problems).toEqual([]);
      await page.close();
    }
  });

  it("follows the browser's dark colour scheme and ?theme=", async () => {
    const background = async (page: Page) => page.evaluate(() => getComputedStyle(document.querySelector(".fui-FluentProvider")!).backgroundColor);
    const dark = await open(`/tab/courses?tenant=${FIXTURE_TENANT}`, /Featured/, { colorScheme: "dark" });
    const light = await open(`/tab/courses?tenant=${FIXTURE_TENANT}&theme=light`, /Featured/, { colorScheme: "dark" });
    const contrast = await open(`/tab/courses?tenant=${FIXTURE_TENANT}&theme=contrast`, /Featured/);
    const [d, l, c] = [await background(dark.page), await background(light.page), await background(contrast.page)];
    expect(new Set([d, l, c]).size).toBe(3);
    expect(c).toBe("rgb(0, 0, 0)");
    for (const p of [dark, light, contrast]) await p.page.close();
  });

  describe("Courses tab", () => {
    it("shows featured courses, each with an Open button to the tenant's platform (through the counting redirect)", async () => {
      const { page } = await open(`/tab/courses?tenant=${FIXTURE_TENANT}`, /Featured courses/);
      const open_ = page.getByRole("link", { name: /^Open “.+” on the learning platform/ });
      expect(await open_.count()).toBeGreaterThan(0);
      for (const href of await open_.evaluateAll((links) => links.map((a) => (a as { href: string }).href))) {
        const { pathname } = new URL(href);
        expect(pathname.startsWith(`/go/${FIXTURE_TENANT}/`)).toBe(true);
        const hop = await fetch(`${app.server.url}${pathname}`, { redirect: "manual" });
        expect(hop.status).toBe(302);
        expect(hop.headers.get("location")!.startsWith("https://example.learning.test/")).toBe(true);
      }
      expect(await open_.first().getAttribute("target")).toBe("_blank");
      await page.close();
    });

    it("searches as the person types, filters by language, and says when nothing matches", async () => {
      const { page } = await open(`/tab/courses?tenant=${FIXTURE_TENANT}`, /Featured courses/);
      const requests: string[] = [];
      page.on("request", (r) => r.url().includes("/api/courses?") && requests.push(new URL(r.url()).searchParams.get("q") ?? ""));
      await page.getByRole("searchbox", { name: "Search courses" }).pressSequentially("phish", { delay: 40 });
      await page.getByRole("heading", { name: /course(s)? for “phish”/ }).waitFor();
      expect(await page.getByRole("heading", { name: "Spotting Phishing Emails" }).isVisible()).toBe(true);
      expect(requests.filter((q) => q !== "")).toEqual(["phish"]); // debounced: one request for the whole word
      await page.getByRole("searchbox", { name: "Search courses" }).fill("gdpr");
      await page.getByRole("combobox", { name: "Language" }).selectOption("fr");
      await page.getByRole("heading", { name: /for “gdpr”/ }).waitFor();
      await page.waitForLoadState("networkidle");
      const facts = await page.locator(".fui-Card .fui-Caption1").allTextContents();
      expect(facts.length).toBeGreaterThan(0);
      expect(facts.every((f) => f.startsWith("French"))).toBe(true);
      await page.getByRole("searchbox", { name: "Search courses" }).fill("quantum basketweaving");
      await page.getByText(/No course matches “quantum basketweaving”/).waitFor();
      await page.close();
    });

    it("shows an error state with Try again when the server fails, and recovers", async () => {
      const page = await context.newPage();
      let fail = true;
      await page.route("**/api/courses?**", (route) => (fail ? route.fulfill({ status: 500, contentType: "application/json", body: '{"error":"boom"}' }) : route.continue()));
      await page.goto(`${app.server.url}/tab/courses?tenant=${FIXTURE_TENANT}`);
      await page.getByText("The server could not answer. Try again in a moment.").waitFor();
      fail = false;
      await page.getByRole("button", { name: "Try again" }).click();
      await page.getByRole("heading", { name: "Featured courses" }).waitFor();
      await page.close();
    });

    it("tells an organization that is not registered to ask its admin", async () => {
      const { page } = await open(`/tab/courses?tenant=${UNREGISTERED_TENANT}`, /not enabled for your organization/);
      await page.close();
    });

    it("is in French for a French reader", async () => {
      const { page } = await open(`/tab/courses?tenant=${FIXTURE_TENANT}&lang=fr`, /Formations à la une/);
      expect(await page.getByRole("searchbox", { name: "Rechercher des formations" }).isVisible()).toBe(true);
      await page.close();
    });

    it("can be used with the keyboard alone, with a visible focus indicator", async () => {
      const { page } = await open(`/tab/courses?tenant=${FIXTURE_TENANT}`, /Featured courses/);
      await page.keyboard.press("Tab");
      expect(await page.evaluate(() => document.activeElement?.getAttribute("type"))).toBe("search");
      await page.keyboard.type("leadership");
      await page.getByRole("heading", { name: /for “leadership”/ }).waitFor();
      let focused = "";
      for (let i = 0; i < 6 && !focused.startsWith("Open"); i++) {
        await page.keyboard.press("Tab");
        focused = await page.evaluate(() => document.activeElement?.textContent ?? "");
      }
      expect(focused).toBe("Open");
      const indicator = await page.evaluate(() => {
        const el = document.activeElement;
        const after = getComputedStyle(el, "::after");
        return { attr: el.hasAttribute("data-fui-focus-visible"), border: after.borderTopWidth, outline: getComputedStyle(el).outlineStyle };
      });
      expect(indicator.attr || indicator.outline !== "none").toBe(true);
      expect(indicator.border === "0px" && indicator.outline === "none").toBe(false);
      await page.close();
    });
  });

  describe("Privacy tab", () => {
    it("answers a question with the quoted passage and shows the whole policy with its revision date and link", async () => {
      const { page } = await open(`/tab/privacy?tenant=${FIXTURE_TENANT}`, /The whole policy/);
      const policy = (await (await fetch(`${app.server.url}/api/privacy/policy?lang=en`, { headers: { "X-Tenant-Id": FIXTURE_TENANT } })).json()) as any;
      expect(await page.locator("section[id^='section-'] h3").count()).toBe(policy.sections.length);
      expect(await page.getByText(`Policy revised: ${policy.revisionDate}`).first().isVisible()).toBe(true);
      expect(await page.getByRole("link", { name: "Read the published policy" }).getAttribute("href")).toBe("https://example.learning.test/privacy");
      expect(await page.getByRole("heading", { name: "What this app stores" }).isVisible()).toBe(true);
      expect(await page.getByText(/Only your organization's tenant ID/).isVisible()).toBe(true);

      await page.getByRole("textbox", { name: "Ask a question about the privacy policy" }).fill("How long do you keep my data?");
      await page.keyboard.press("Enter");
      const answer = (await (await fetch(`${app.server.url}/api/privacy/answer?q=${encodeURIComponent("How long do you keep my data?")}&lang=en`, { headers: { "X-Tenant-Id": FIXTURE_TENANT } })).json()) as any;
      expect(answer.answered).toBe(true);
      await page.getByRole("heading", { name: `From the section “${answer.heading}”` }).waitFor();
      expect(await page.locator("blockquote").textContent()).toBe(answer.passage);
      await page.close();
    });

    it("declines honestly and links the closest sections", async () => {
      const { page } = await open(`/tab/privacy?tenant=${FIXTURE_TENANT}`, /The whole policy/);
      await page.getByRole("textbox", { name: "Ask a question about the privacy policy" }).fill("What is the capital of Peru?");
      await page.getByRole("button", { name: "Ask" }).click();
      await page.getByRole("heading", { name: "The policy doesn't seem to answer this" }).waitFor();
      await page.close();
    });
  });

  describe("configuration and pinned pages outside Teams", () => {
    it("lets one pick a course and says what the tab will show", async () => {
      const { page } = await open(`/tab/config?tenant=${FIXTURE_TENANT}`, /Featured courses/);
      await page.getByRole("searchbox", { name: "Find a course" }).fill("phishing");
      await page.getByRole("heading", { name: /for “phishing”/ }).waitFor();
      await page.getByRole("button", { name: "Choose" }).first().click();
      await page.getByText("This tab will show “Spotting Phishing Emails”.").waitFor();
      await page.close();
    });

    it("says a pinned course has left the catalog, and that nothing is pinned", async () => {
      const gone = await open(`/tab/pinned?tenant=${FIXTURE_TENANT}&course=retired-course`, /no longer in your organization's catalog/);
      const none = await open(`/tab/pinned?tenant=${FIXTURE_TENANT}`, /Nothing pinned yet/);
      await gone.page.close();
      await none.page.close();
    });
  });
});
