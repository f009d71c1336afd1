/**
 * Tab APIs through the real server in local mode (no SSO, NODE_ENV=test): the tenant comes from the
 * X-Tenant-Id header; a registry of two organizations (isolation itself: tab-isolation.test.ts).
 */
import { loadRegistry } from "../../src/tenants/load";
import { createLogger } from "../../src/logging/logger";
import { startTestApp, type TestApp } from "../helpers/app";
import { FIXTURE_TENANT, UNREGISTERED_TENANT } from "../helpers/paths";
import { tabGet } from "./tab-client";
import { CONTOSO_COURSES, CONTOSO_TENANT, FIXTURE_PLATFORM, writeTwoTenantRegistry, type TwoTenants } from "./two-tenants";

const CONTOSO_IDS = new Set(CONTOSO_COURSES.map((c) => c.id));

let tenants: TwoTenants;
let app: TestApp;
const get = (path: string, tenant?: string, headers: Record<string, string> = {}) => tabGet(app.server.url, path, tenant ? { "X-Tenant-Id": tenant, ...headers } : headers);

beforeAll(async () => {
  tenants = writeTwoTenantRegistry();
  app = await startTestApp({ TENANTS_FILE: tenants.registryFile });
});
afterAll(async () => {
  await app.close();
  tenants.remove();
});

describe("GET /api/tab-config", () => {
  it("tells the tab to send the tenant hint in local mode, without an app id when none is configured", async () => {
    const res = await get("/api/tab-config");
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ auth: "local" });
  });
});

describe("tenant of a tab request (local mode)", () => {
  it("answers 401 JSON without the X-Tenant-Id header", async () => {
    const res = await get("/api/courses");
    expect(res.status).toBe(401);
    expect(res.headers.get("content-type")).toMatch(/application\/json/);
    expect(res.body.error).toMatch(/X-Tenant-Id/);
  });

  it.each(["not-a-guid", `${FIXTURE_TENANT}, ${CONTOSO_TENANT}`, " "])("answers 401 for the hint %j", async (hint) => {
    const res = await get("/api/courses", hint);
    expect(res.status).toBe(401);
    expect(typeof res.body.error).toBe("string");
  });

  it("answers 403 JSON for an organization that is not registered", async () => {
    const res = await get("/api/courses", UNREGISTERED_TENANT);
    expect(res.status).toBe(403);
    expect(res.body.error).toMatch(/not enabled/);
  });

  it("accepts the tenant id in any case", async () => {
    const res = await get("/api/courses", CONTOSO_TENANT.toUpperCase());
    expect(res.status).toBe(200);
    expect(res.body.courses.every((c: { id: string }) => CONTOSO_IDS.has(c.id))).toBe(true);
  });
});

describe("GET /api/courses", () => {
  it("returns the featured courses when the query is empty", async () => {
    const res = await get("/api/courses", CONTOSO_TENANT);
    expect(res.body.featured).toBe(true);
    expect(res.body.courses.map((c: { id: string }) => c.id)).toEqual(["contoso-gdpr-engineers", "contoso-rgpd"]);
    expect(res.body.total).toBe(2);
  });

  it("filters featured courses by language", async () => {
    const res = await get("/api/courses?lang=fr", CONTOSO_TENANT);
    expect(res.body.courses.map((c: { id: string }) => c.id)).toEqual(["contoso-rgpd"]);
  });

  it("searches, best match first, with the course fields the tab shows", async () => {
    const res = await get("/api/courses?q=phishing", FIXTURE_TENANT);
    expect(res.body.featured).toBe(false);
    expect(res.body.courses[0]).toEqual(
      expect.objectContaining({ id: "phishing-awareness", title: expect.any(String), description: expect.any(String), language: "en", url: expect.stringMatching(/^https:\/\//) }),
    );
  });

  it("finds results as the last word is being typed", async () => {
    const res = await get("/api/courses?q=leaders", FIXTURE_TENANT);
    expect(res.body.courses.map((c: { id: string }) => c.id)).toContain("leadership-essentials");
  });

  it("restricts a search to one language", async () => {
    const res = await get("/api/courses?q=gdpr&lang=fr", FIXTURE_TENANT);
    expect(res.body.courses.length).toBeGreaterThan(0);
    expect(res.body.courses.every((c: { language: string }) => c.language === "fr")).toBe(true);
  });

  it("pages with skip and limit", async () => {
    const all = await get("/api/courses?q=leadership%20management%20gdpr%20security&limit=50", FIXTURE_TENANT);
    const second = await get("/api/courses?q=leadership%20management%20gdpr%20security&skip=1&limit=1", FIXTURE_TENANT);
    expect(all.body.total).toBeGreaterThan(1);
    expect(second.body.courses).toEqual([all.body.courses[1]]);
    expect(second.body.total).toBe(all.body.total);
  });

  it("says no course matches with total 0", async () => {
    const res = await get("/api/courses?q=quantum%20underwater%20basketweaving", FIXTURE_TENANT);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ total: 0, courses: [], featured: false });
  });

  it.each(["lang=de", "limit=500", "skip=-3", "limit=abc"])("answers 400 JSON naming the parameter for %s", async (query) => {
    const res = await get(`/api/courses?${query}`, FIXTURE_TENANT);
    expect(res.status).toBe(400);
    expect(res.body.error).toContain(`"${query.split("=")[0]}"`);
  });

  it("is private to the caller and never cached", async () => {
    const res = await get("/api/courses", FIXTURE_TENANT);
    expect(res.headers.get("cache-control")).toBe("private, no-store");
    expect(res.headers.get("vary")).toMatch(/X-Tenant-Id/);
  });
});

describe("GET /api/courses/:id", () => {
  it("returns one course", async () => {
    const res = await get("/api/courses/leadership-essentials", FIXTURE_TENANT);
    expect(res.status).toBe(200);
    expect(res.body).toEqual(expect.objectContaining({ id: "leadership-essentials", language: "en", tags: expect.any(Array) }));
  });

  it("answers 404 JSON for an unknown id", async () => {
    const res = await get("/api/courses/no-such-course", FIXTURE_TENANT);
    expect(res.status).toBe(404);
    expect(typeof res.body.error).toBe("string");
  });
});

describe("GET /api/privacy/answer", () => {
  it("answers 400 JSON without a question", async () => {
    for (const path of ["/api/privacy/answer", "/api/privacy/answer?q=", "/api/privacy/answer?q=%20%20"]) {
      const res = await get(path, FIXTURE_TENANT);
      expect(res.status).toBe(400);
      expect(res.body.error).toMatch(/"q" is required/);
    }
  });

  it("answers 400 for a bad language", async () => {
    expect((await get("/api/privacy/answer?q=cookies&lang=xx", FIXTURE_TENANT)).status).toBe(400);
  });

  it("gives the contract's fields and the same answer as the engine the bot uses", async () => {
    const registry = loadRegistry(tenants.registryFile, createLogger("silent"));
    const questions: [string, "en" | "fr"][] = [
      ["How long do you keep my data?", "en"],
      ["Puis-je supprimer mon compte ?", "fr"],
      ["What is the capital of Peru?", "en"],
    ];
    for (const [q, lang] of questions) {
      const res = await get(`/api/privacy/answer?q=${encodeURIComponent(q)}&lang=${lang}`, FIXTURE_TENANT);
      expect(res.status).toBe(200);
      const engine = registry.get(FIXTURE_TENANT)!.policies.answer(q, lang);
      expect(res.body).toEqual({
        answered: engine.answered,
        heading: engine.heading,
        passage: engine.passage,
        sectionId: engine.sectionId,
        revisionDate: engine.revisionDate,
        policyUrl: `${FIXTURE_PLATFORM}/privacy`,
        suggestions: engine.suggestions,
        documentLanguage: engine.documentLanguage,
      });
      expect(Object.keys(res.body)).toEqual(expect.arrayContaining(["answered", "suggestions", "policyUrl"]));
    }
  });

  it("declines honestly with suggestions when the policy does not say", async () => {
    const res = await get(`/api/privacy/answer?q=${encodeURIComponent("What is the capital of Peru?")}`, FIXTURE_TENANT);
    expect(res.body.answered).toBe(false);
    expect(res.body.heading).toBeUndefined();
    expect(Array.isArray(res.body.suggestions)).toBe(true);
  });

  it("never writes the question into the logs", async () => {
    const question = "Does my manager zebracorn see my quiz results?";
    await get(`/api/privacy/answer?q=${encodeURIComponent(question)}`, FIXTURE_TENANT);
    expect(app.logs.join("\n")).not.toMatch(/zebracorn/);
  });
});

describe("GET /api/privacy/policy", () => {
  it("returns every section with heading, level and passages, the revision date and the policy link", async () => {
    const res = await get("/api/privacy/policy?lang=en", FIXTURE_TENANT);
    expect(res.status).toBe(200);
    expect(res.body.documentLanguage).toBe("en");
    expect(res.body.policyUrl).toBe(`${FIXTURE_PLATFORM}/privacy`);
    expect(typeof res.body.revisionDate).toBe("string");
    expect(res.body.sections.length).toBeGreaterThan(5);
    for (const s of res.body.sections) {
      expect(s).toEqual({ id: expect.any(String), heading: expect.any(String), level: expect.any(Number), passages: expect.any(Array) });
    }
    expect(new Set(res.body.sections.map((s: { id: string }) => s.id)).size).toBe(res.body.sections.length);
  });

  it("serves the tenant's default-language document to a reader of a language it lacks", async () => {
    const res = await get("/api/privacy/policy?lang=fr", FIXTURE_TENANT);
    expect(res.body.documentLanguage).toBe("en");
  });
});
