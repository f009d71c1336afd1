/** The counting redirect through the real server (SQLite usage storage in a temp folder). */
import Database from "better-sqlite3";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { SQLITE_FILE } from "../../src/storage";
import { loadActivity } from "../helpers/activities";
import { cardActions, cardsOf } from "../helpers/adaptive-cards";
import { startTestApp, type TestApp } from "../helpers/app";
import { FIXTURE_TENANT, UNREGISTERED_TENANT } from "../helpers/paths";

const PUBLIC_BASE = "https://course-companion.example";
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ TAB_ENDPOINT: PUBLIC_BASE });
});
afterAll(() => app.close());

const go = (path: string, headers: Record<string, string> = {}) => fetch(`${app.server.url}${path}`, { redirect: "manual", headers });

function openedCounts(dataDir: string): { key: string; count: number }[] {
  const db = new Database(join(dataDir, SQLITE_FILE), { readonly: true });
  try {
    return db.prepare("SELECT key, count FROM usage_counts WHERE event = 'course-opened' ORDER BY key").all() as { key: string; count: number }[];
  } finally {
    db.close();
  }
}

describe("GET /go/:tenantId/:courseId", () => {
  it("answers 302 to the course URL, uncached, without a referrer, and counts the open", async () => {
    const dataDir = mkdtempSync(join(tmpdir(), "cc-go-"));
    const own = await startTestApp({ TAB_ENDPOINT: PUBLIC_BASE, DATA_DIR: dataDir });
    try {
      const res = await fetch(`${own.server.url}/go/${FIXTURE_TENANT}/impacts-of-gdpr`, {
        redirect: "manual",
        headers: { "user-agent": "Jordan's browser", "x-forwarded-for": "203.0.113.9", cookie: "sid=jordan" },
      });
      expect(res.status).toBe(302);
      expect(res.headers.get("location")).toBe("https://example.learning.test/courses/impacts-of-gdpr");
      expect(res.headers.get("cache-control")).toBe("no-store");
      expect(res.headers.get("referrer-policy")).toBe("no-referrer");
      expect(res.headers.get("set-cookie")).toBeNull();
      await own.close(); // flushes the counters
      expect(openedCounts(dataDir)).toEqual([{ key: "impacts-of-gdpr", count: 1 }]);
      expect(own.logs.join("\n")).not.toMatch(/Jordan|203\.0\.113\.9|sid=/);
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it("accepts the tenant in any case", async () => {
    expect((await go(`/go/${FIXTURE_TENANT.toUpperCase()}/impacts-of-gdpr`)).status).toBe(302);
  });

  it.each([
    ["an unknown course", `/go/${FIXTURE_TENANT}/no-such-course`],
    ["a course URL instead of an id", `/go/${FIXTURE_TENANT}/${encodeURIComponent("https://evil.example/")}`],
    ["an unregistered tenant", `/go/${UNREGISTERED_TENANT}/impacts-of-gdpr`],
    ["a tenant that is not a GUID", "/go/contoso/impacts-of-gdpr"],
  ])("answers 404 JSON for %s, never redirecting", async (_label, path) => {
    const res = await go(path);
    expect(res.status).toBe(404);
    expect(res.headers.get("location")).toBeNull();
    expect(await res.json()).toEqual({ error: { code: "NotFound", message: expect.any(String) } });
  });
});

describe("Open buttons", () => {
  it("go through /go when the public base URL is https", async () => {
    app.connector.reset();
    await app.post(loadActivity("message-personal-courses", app.connector.serviceUrl));
    const urls = cardsOf(app.connector.sent()[0]).flatMap((c) => cardActions(c).map((a) => a.url)).filter(Boolean);
    expect(urls).toContain(`${PUBLIC_BASE}/go/${FIXTURE_TENANT}/impacts-of-gdpr`);
    expect(urls.filter((u: string) => u.startsWith("https://example.learning.test/courses/"))).toEqual([]);
  });

  it("go straight to the course without a public base URL", async () => {
    const local = await startTestApp();
    try {
      await local.post(loadActivity("message-personal-courses", local.connector.serviceUrl));
      const urls = cardsOf(local.connector.sent()[0]).flatMap((c) => cardActions(c).map((a) => a.url));
      expect(urls).toContain("https://example.learning.test/courses/impacts-of-gdpr");
    } finally {
      await local.close();
    }
  });

  it("go through /go on message-extension course cards", async () => {
    const res = await app.post(loadActivity("invoke-compose-extension-query", app.connector.serviceUrl));
    const open = res.body.composeExtension.attachments[0].content.actions.find((a: any) => a.type === "Action.OpenUrl");
    expect(open.url).toMatch(new RegExp(`^${PUBLIC_BASE}/go/${FIXTURE_TENANT}/`));
  });
});
