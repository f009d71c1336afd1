/**
 * Headers of the tab pages, the bundle and the tab APIs, through the real server: no X-Frame-Options,
 * CSP frame-ancestors with the hosts Microsoft documents, nosniff, Referrer-Policy; a fresh style nonce
 * per page; nothing loaded from another origin.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { contentSecurityPolicy, FRAME_ANCESTORS } from "../../src/api";
import { startTestApp, type TestApp } from "../helpers/app";
import { FIXTURE_TENANT } from "../helpers/paths";

/** Hosts listed in "Tab requirements" (learn.microsoft.com/microsoftteams/platform/tabs/how-to/tab-requirements). */
const DOCUMENTED_HOSTS = [
  "teams.microsoft.com", "*.teams.microsoft.com", "*.cloud.microsoft", "*.microsoft365.com", "*.office.com",
  "outlook.office.com", "outlook.office365.com", "outlook-sdf.office.com", "outlook-sdf.office365.com",
];
const BUNDLE = "console.log('tab bundle stand-in');\n".repeat(50);

let tabDir: string;
let app: TestApp;
let missingApp: TestApp;

beforeAll(async () => {
  tabDir = mkdtempSync(join(tmpdir(), "tab-headers-"));
  mkdirSync(join(tabDir, "assets"));
  writeFileSync(join(tabDir, "assets", "main.js"), BUNDLE);
  writeFileSync(join(tabDir, "assets", "secret.txt"), "not an asset");
  app = await startTestApp({}, { tab: { tabDir } });
  missingApp = await startTestApp({}, { tab: { tabDir: join(tabDir, "nothing-here") } });
});
afterAll(async () => {
  await app.close();
  await missingApp.close();
  rmSync(tabDir, { recursive: true, force: true });
});

function frameAncestors(csp: string | null): string[] {
  const directive = (csp ?? "").split(";").map((d) => d.trim()).find((d) => d.startsWith("frame-ancestors "));
  return directive ? directive.split(/\s+/).slice(1) : [];
}

function expectTabHeaders(res: Response): void {
  expect(res.headers.get("x-frame-options")).toBeNull();
  expect(frameAncestors(res.headers.get("content-security-policy")).sort()).toEqual([...DOCUMENTED_HOSTS].sort());
  expect(res.headers.get("x-content-type-options")).toBe("nosniff");
  expect(res.headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
}

describe("tab pages", () => {
  it.each(["courses", "privacy", "config", "pinned"])("/tab/%s is HTML with the tab headers", async (page) => {
    const res = await fetch(`${app.server.url}/tab/${page}`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^text\/html/);
    expectTabHeaders(res);
    const html = await res.text();
    expect(html).toContain(`data-page="${page}"`);
  });

  it("gives each page a fresh style nonce, the same in the CSP and in the page", async () => {
    const nonces = [];
    for (let i = 0; i < 2; i++) {
      const res = await fetch(`${app.server.url}/tab/courses`);
      const csp = res.headers.get("content-security-policy")!;
      const fromCsp = /style-src 'self' 'nonce-([^']+)'/.exec(csp)?.[1];
      const fromPage = /<meta name="csp-nonce" content="([^"]+)">/.exec(await res.text())?.[1];
      expect(fromCsp).toBeDefined();
      expect(fromPage).toBe(fromCsp);
      nonces.push(fromCsp);
    }
    expect(nonces[0]).not.toBe(nonces[1]);
  });

  it("loads scripts only from its own origin and allows no inline script", async () => {
    const res = await fetch(`${app.server.url}/tab/privacy`);
    const csp = res.headers.get("content-security-policy")!;
    expect(csp).toMatch(/(^|; )script-src 'self'(;|$)/);
    expect(csp).toMatch(/(^|; )connect-src 'self'(;|$)/);
    expect(csp).toMatch(/(^|; )font-src 'self'(;|$)/);
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval/);
    const html = await res.text();
    expect(html.match(/(?:src|href)="([^"]+)"/g)).toEqual(['href="data:,"', 'src="/tab/assets/main.js"']);
    expect(html.match(/<script[^>]*>/g)).toEqual(['<script type="module" src="/tab/assets/main.js">']);
  });

  it("says how to build the bundle when it is missing (503)", async () => {
    const res = await fetch(`${missingApp.server.url}/tab/courses`);
    expect(res.status).toBe(503);
    expectTabHeaders(res);
    expect(await res.text()).toMatch(/npm run build/);
  });
});

describe("tab bundle", () => {
  it("is served with the tab headers, gzip when accepted, and revalidated by ETag", async () => {
    const plain = await fetch(`${app.server.url}/tab/assets/main.js`, { headers: { "accept-encoding": "identity" } });
    expect(plain.status).toBe(200);
    expect(plain.headers.get("content-type")).toMatch(/^text\/javascript/);
    expectTabHeaders(plain);
    expect(await plain.text()).toBe(BUNDLE);
    const etag = plain.headers.get("etag")!;
    const again = await fetch(`${app.server.url}/tab/assets/main.js`, { headers: { "if-none-match": etag } });
    expect(again.status).toBe(304);
  });

  it("sends the gzip copy to a client that accepts it", async () => {
    const { request } = await import("node:http");
    const body = await new Promise<{ encoding?: string; data: Buffer }>((resolve, reject) => {
      const req = request(`${app.server.url}/tab/assets/main.js`, { headers: { "accept-encoding": "gzip" } }, (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () => resolve({ encoding: res.headers["content-encoding"], data: Buffer.concat(chunks) }));
      });
      req.on("error", reject);
      req.end();
    });
    expect(body.encoding).toBe("gzip");
    expect(gunzipSync(body.data).toString("utf8")).toBe(BUNDLE);
  });

  it.each(["secret.txt", "..%2F..%2Fpackage.json", "missing.js"])("answers 404 for %s", async (name) => {
    const res = await fetch(`${app.server.url}/tab/assets/${name}`);
    expect(res.status).toBe(404);
  });
});

describe("tab APIs", () => {
  it.each([
    ["/api/tab-config", {}, 200],
    ["/api/courses", { "X-Tenant-Id": FIXTURE_TENANT }, 200],
    ["/api/courses", {}, 401],
    ["/api/privacy/answer", { "X-Tenant-Id": FIXTURE_TENANT }, 400],
    ["/api/courses/nope", { "X-Tenant-Id": FIXTURE_TENANT }, 404],
  ] as [string, Record<string, string>, number][])("%s (%j) carries the tab headers on status %d", async (path, headers, status) => {
    const res = await fetch(`${app.server.url}${path}`, { headers });
    expect(res.status).toBe(status);
    expectTabHeaders(res);
    expect(res.headers.get("content-type")).toMatch(/application\/json/);
  });
});

describe("contentSecurityPolicy", () => {
  it("lists exactly the documented frame ancestors", () => {
    expect([...FRAME_ANCESTORS].sort()).toEqual([...DOCUMENTED_HOSTS].sort());
    expect(frameAncestors(contentSecurityPolicy())).toEqual([...FRAME_ANCESTORS]);
  });
});
