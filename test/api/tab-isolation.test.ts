/**
 * Tenant isolation of the tab APIs through the real server (local mode): two registered organizations,
 * and one never sees the other's courses or policy, whatever the hint, the query or the course id says.
 */
import { readFileSync } from "node:fs";
import { startTestApp, type TestApp } from "../helpers/app";
import { FIXTURE_TENANT } from "../helpers/paths";
import { tabGet } from "./tab-client";
import { CONTOSO_COURSES, CONTOSO_PLATFORM, CONTOSO_TENANT, FIXTURE_CATALOG, FIXTURE_PLATFORM, writeTwoTenantRegistry, type TwoTenants } from "./two-tenants";

const FIXTURE_IDS = new Set<string>((JSON.parse(readFileSync(FIXTURE_CATALOG, "utf8")) as { id: string }[]).map((c) => c.id));
const CONTOSO_IDS = new Set(CONTOSO_COURSES.map((c) => c.id));

let tenants: TwoTenants;
let app: TestApp;
const get = (path: string, tenant: string) => tabGet(app.server.url, path, { "X-Tenant-Id": tenant });

beforeAll(async () => {
  tenants = writeTwoTenantRegistry();
  app = await startTestApp({ TENANTS_FILE: tenants.registryFile });
});
afterAll(async () => {
  await app.close();
  tenants.remove();
});

describe("tenant isolation", () => {
  const cases: [string, string, Set<string>, string][] = [
    ["fixture tenant", FIXTURE_TENANT, FIXTURE_IDS, FIXTURE_PLATFORM],
    ["Contoso tenant", CONTOSO_TENANT, CONTOSO_IDS, CONTOSO_PLATFORM],
  ];
  const paths = [
    "/api/courses",
    "/api/courses?q=gdpr",
    "/api/courses?q=leadership&limit=50",
    "/api/courses?q=Contoso%20Agile%20Ways%20of%20Working",
    "/api/courses?q=Spotting%20Phishing%20Emails",
    "/api/courses?q=rgpd&lang=fr",
    `/api/courses?tenant=${CONTOSO_TENANT}&tenantId=${FIXTURE_TENANT}`,
    "/api/courses?limit=50&skip=0",
  ];

  it.each(cases)("the %s only ever sees its own courses, whatever the query asks", async (_name, tenant, own, platform) => {
    for (const path of paths) {
      const res = await get(path, tenant);
      expect(res.status).toBe(200);
      for (const course of res.body.courses) {
        expect(own.has(course.id)).toBe(true);
        expect(course.url.startsWith(`${platform}/`)).toBe(true);
        expect(course.openUrl).toBe(`/go/${tenant}/${encodeURIComponent(course.id)}`);
      }
    }
  });

  it("the Open link of a course redirects to that course on the caller's platform", async () => {
    const list = await get("/api/courses?q=gdpr", FIXTURE_TENANT);
    const course = list.body.courses[0];
    const res = await fetch(`${app.server.url}${course.openUrl}`, { redirect: "manual" });
    expect(res.status).toBe(302);
    expect(res.headers.get("location")).toBe(course.url);
  });

  it("a course id present in both catalogs resolves in the caller's catalog only", async () => {
    const fromFixture = await get("/api/courses/agile-fundamentals", FIXTURE_TENANT);
    const fromContoso = await get("/api/courses/agile-fundamentals", CONTOSO_TENANT);
    expect(fromFixture.body.url.startsWith(FIXTURE_PLATFORM)).toBe(true);
    expect(fromContoso.body.title).toBe("Contoso Agile Ways of Working");
  });

  it("another tenant's course id is not found", async () => {
    const res = await get("/api/courses/contoso-gdpr-engineers", FIXTURE_TENANT);
    expect(res.status).toBe(404);
    expect(res.body.error).toMatch(/catalog/);
    expect((await get("/api/courses/impacts-of-gdpr", CONTOSO_TENANT)).status).toBe(404);
  });

  it("privacy answers quote the caller's own policy", async () => {
    const fixture = await get("/api/privacy/policy", FIXTURE_TENANT);
    const contoso = await get("/api/privacy/policy", CONTOSO_TENANT);
    const fixtureHeadings = new Set(fixture.body.sections.map((s: { heading: string }) => s.heading));
    const contosoHeadings = new Set(contoso.body.sections.map((s: { heading: string }) => s.heading));
    for (const tenant of [FIXTURE_TENANT, CONTOSO_TENANT]) {
      const res = await get("/api/privacy/answer?q=how%20long%20do%20you%20keep%20my%20data", tenant);
      const [own, other] = tenant === FIXTURE_TENANT ? [fixtureHeadings, contosoHeadings] : [contosoHeadings, fixtureHeadings];
      const headings = [res.body.heading, ...res.body.suggestions.map((s: { heading: string }) => s.heading)].filter(Boolean);
      expect(headings.length).toBeGreaterThan(0);
      for (const h of headings) expect(own.has(h)).toBe(true);
      expect(headings.some((h) => !other.has(h))).toBe(true);
      expect(res.body.policyUrl).toBe(tenant === FIXTURE_TENANT ? `${FIXTURE_PLATFORM}/privacy` : `${CONTOSO_PLATFORM}/privacy`);
    }
  });
});
