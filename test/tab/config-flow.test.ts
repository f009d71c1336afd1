/**
 * The configurable tab inside a Teams stand-in (test/tab/host.html): teams-js initialize and context,
 * Save enabled only once a course or topic is chosen, the first Save saves the right settings and
 * reports success, theme changes from the host, the pinned content page, and the frame-ancestors policy.
 */
import { rmSync } from "node:fs";
import type { BrowserContext, Frame, Locator, Page } from "playwright-core";
import { startTestApp, type TestApp } from "../helpers/app";
import { FIXTURE_TENANT } from "../helpers/paths";
import { buildTabBundle, describeInBrowser, launchBrowser, screenshot, seriousViolations, watchPage } from "./browser-harness";
import { FOREIGN_ORIGIN, hostRecord, openInHost, routeTeamsHost, TAB_ORIGIN, TEAMS_ORIGIN, type HostOptions } from "./teams-host";

/* Browser globals used inside page.evaluate callbacks (they run in the page, not in Node); declared
   here, module-scoped, instead of adding the DOM lib to every test file's program. */
declare const window: any;
declare const document: any;
declare function getComputedStyle(element: unknown, pseudo?: string): any;

jest.setTimeout(60_000);

describeInBrowser("configurable tab in a Teams host", () => {
  let tabDir: string;
  let app: TestApp;
  let browser: Awaited<ReturnType<typeof launchBrowser>>;
  let context: BrowserContext;

  beforeAll(async () => {
    tabDir = buildTabBundle();
    app = await startTestApp({}, { tab: { tabDir } });
    browser = await launchBrowser();
    context = browser.context;
    await routeTeamsHost(context, app.server.url);
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
    rmSync(tabDir, { recursive: true, force: true });
  });

  async function host(tabPath: string, options: HostOptions = {}, width = 1280): Promise<{ page: Page; frame: Frame; problems: string[] }> {
    const page = await context.newPage();
    await page.setViewportSize({ width, height: 860 });
    const { problems } = watchPage(page, [TEAMS_ORIGIN, TAB_ORIGIN]);
    const frame = await openInHost(page, tabPath, { tid: FIXTURE_TENANT, ...options });
    if (!frame) throw new Error(`the host never showed ${tabPath}`);
    await page.waitForFunction(() => (window as any).__host?.initialized === true);
    return { page, frame, problems };
  }

  /**
   * Activates a control in the tab frame from the keyboard (focus, then key), as a keyboard user does.
   * Mouse clicks are not used here: in this set-up, clicks inside the cross-origin tab frame kept retrying
   * their actionability checks until timeout under jest (the same clicks work from a plain node script).
   */
  const press = async (page: Page, locator: Locator, key: string) => {
    await locator.focus();
    await page.keyboard.press(key);
  };

  const until = (page: Page, predicate: string) => page.waitForFunction(predicate, undefined, { timeout: 10_000 });

  it("registers the save handler right after initialize and keeps Save disabled until a choice", async () => {
    const { page, frame, problems } = await host("/tab/config");
    await frame.getByRole("heading", { name: "Featured courses" }).waitFor();
    const record = await hostRecord(page);
    expect(record.messages.slice(0, 2)).toEqual(["initialize", "getContext"]);
    expect(record.handlers).toContain("save");
    expect(record.messages.indexOf("registerHandler")).toBeLessThan(record.messages.indexOf("settings.setValidityState"));
    expect(record.validity).toEqual([false]);
    await until(page, "window.__host.notifiedSuccess");
    expect(problems).toEqual([]);
    await page.close();
  });

  it("saves a chosen course on the first click on Save", async () => {
    const { page, frame, problems } = await host("/tab/config");
    await frame.getByRole("searchbox", { name: "Find a course" }).fill("phishing");
    await frame.getByRole("heading", { name: /for “phishing”/ }).waitFor();
    await press(page, frame.getByRole("button", { name: "Choose" }).first(), "Enter");
    await until(page, "window.__host.validity.at(-1) === true");
    await page.evaluate(() => (window as any).__hostSave());
    await until(page, "window.__host.saveResult !== undefined");
    const record = await hostRecord(page);
    expect(record.config).toEqual({
      entityId: "course:phishing-awareness",
      contentUrl: `${TAB_ORIGIN}/tab/pinned?course=phishing-awareness`,
      websiteUrl: `${TAB_ORIGIN}/tab/pinned?course=phishing-awareness`,
      suggestedDisplayName: "Spotting Phishing Emails",
    });
    expect(record.saveResult).toEqual({ ok: true });
    expect(record.messages.filter((m) => m === "settings.setSettings")).toHaveLength(1);
    await screenshot(page, "config-in-teams-light");
    expect(await seriousViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });

  it("saves a topic", async () => {
    const { page, frame } = await host("/tab/config");
    await press(page, frame.getByRole("radio", { name: /A topic/ }), "Space");
    await frame.getByRole("textbox", { name: "Topic" }).fill("leadership");
    await frame.getByText(/course(s)? match(es)? this topic today/).waitFor();
    await until(page, "window.__host.validity.at(-1) === true");
    await page.evaluate(() => (window as any).__hostSave());
    await until(page, "window.__host.saveResult !== undefined");
    const record = await hostRecord(page);
    expect(record.config?.entityId).toBe("topic:leadership");
    expect(new URL(record.config!.contentUrl).searchParams.get("topic")).toBe("leadership");
    expect(record.saveResult).toEqual({ ok: true });
    await page.close();
  });

  it("reports a failure with a reason when Save comes before any choice", async () => {
    const { page, frame } = await host("/tab/config");
    await frame.getByRole("heading", { name: "Featured courses" }).waitFor();
    await page.evaluate(() => (window as any).__hostSave());
    await until(page, "window.__host.saveResult !== undefined");
    expect((await hostRecord(page)).saveResult).toEqual({ ok: false, reason: "Choose a course or a topic first." });
    await page.close();
  });

  it("follows the Teams theme and its changes, and the Teams locale", async () => {
    const { page, frame } = await host("/tab/config", { theme: "dark", locale: "fr-FR" }, 360);
    await frame.getByRole("heading", { name: "Formations à la une" }).waitFor();
    const background = () => frame.evaluate(() => getComputedStyle(document.querySelector(".fui-FluentProvider")!).backgroundColor);
    const dark = await background();
    await screenshot(page, "config-in-teams-dark-fr-360");
    expect(await seriousViolations(page)).toEqual([]);
    await page.evaluate(() => (window as any).__hostTheme("default"));
    await frame.waitForFunction((before) => getComputedStyle(document.querySelector(".fui-FluentProvider")!).backgroundColor !== before, dark);
    await page.evaluate(() => (window as any).__hostTheme("contrast"));
    await frame.waitForFunction(() => getComputedStyle(document.querySelector(".fui-FluentProvider")!).backgroundColor === "rgb(0, 0, 0)");
    await page.close();
  });

  it("shows the pinned course as the content page, with the tenant from the Teams context", async () => {
    const { page, frame, problems } = await host("/tab/pinned?course=phishing-awareness", { frame: "content" });
    await frame.getByRole("heading", { name: "Spotting Phishing Emails", level: 1 }).waitFor();
    await until(page, "window.__host.notifiedSuccess");
    await screenshot(page, "pinned-in-teams-light");
    expect(problems).toEqual([]);
    await page.close();
  });

  it("reads the pinned topic from the entityId when the URL has none", async () => {
    const { page, frame } = await host("/tab/pinned", { frame: "content", entity: "topic:gdpr" });
    await frame.getByRole("heading", { name: "Courses on “gdpr”" }).waitFor();
    await page.close();
  });

  it("is refused by the browser when framed by a page outside Teams and Microsoft 365", async () => {
    const page = await context.newPage();
    expect(await openInHost(page, "/tab/config", { hostOrigin: FOREIGN_ORIGIN, tid: FIXTURE_TENANT, waitMs: 2000 })).toBeUndefined();
    const frame = page.frames().find((f) => f !== page.mainFrame());
    expect(frame?.url()).toMatch(/^chrome-error:/);
    expect((await hostRecord(page)).initialized).toBe(false);
    await page.close();
  });

  it("falls back to standalone mode within 3 s when the host never answers", async () => {
    const page = await context.newPage();
    await page.route(`${TEAMS_ORIGIN}/_test/silent.html`, (route) =>
      route.fulfill({ contentType: "text/html", body: `<!doctype html><title>silent host</title><iframe src="${TAB_ORIGIN}/tab/courses?tenant=${FIXTURE_TENANT}" style="width:100%;height:600px"></iframe>` }),
    );
    const started = Date.now();
    await page.goto(`${TEAMS_ORIGIN}/_test/silent.html`);
    await page.waitForSelector("iframe");
    let frame = page.frames().find((f) => f.url().startsWith(TAB_ORIGIN));
    for (let i = 0; !frame && i < 100; i++) {
      await page.waitForTimeout(50);
      frame = page.frames().find((f) => f.url().startsWith(TAB_ORIGIN));
    }
    await frame!.getByRole("heading", { name: "Featured courses" }).waitFor({ timeout: 10_000 });
    const elapsed = Date.now() - started;
    expect(elapsed).toBeGreaterThanOrEqual(3000);
    expect(elapsed).toBeLessThan(8000);
    await page.close();
  });
});
