/**
 * Tab APIs through the real server with SSO configured (AAD_APP_CLIENT_ID): the tenant comes only from
 * a valid Entra token (signed by a key generated here and published on a loopback JWKS endpoint).
 */
import { startTestApp, type TestApp } from "../helpers/app";
import { FIXTURE_TENANT, UNREGISTERED_TENANT } from "../helpers/paths";
import { CLIENT_ID, startJwks, type JwksFixture } from "./jwks-fixture";
import { tabGet } from "./tab-client";
import { CONTOSO_PLATFORM, CONTOSO_TENANT, FIXTURE_PLATFORM, writeTwoTenantRegistry, type TwoTenants } from "./two-tenants";

const TAB_HOST = "tabs.course-companion.test";

let tenants: TwoTenants;
let jwks: JwksFixture;
let app: TestApp;
const bearer = (token: string, extra: Record<string, string> = {}) => ({ Authorization: `Bearer ${token}`, ...extra });
const get = (path: string, headers: Record<string, string> = {}) => tabGet(app.server.url, path, headers);

beforeAll(async () => {
  tenants = writeTwoTenantRegistry();
  jwks = await startJwks();
  app = await startTestApp(
    { TENANTS_FILE: tenants.registryFile, AAD_APP_CLIENT_ID: CLIENT_ID, TAB_ENDPOINT: `https://${TAB_HOST}`, TEAMS_APP_ID: "00000000-0000-4000-8000-000000000011" },
    { tab: { jwksUrl: jwks.jwksUrl } },
  );
});
afterAll(async () => {
  await app.close();
  await jwks.close();
  tenants.remove();
});

describe("tab APIs with SSO", () => {
  it("tells the tab to use SSO and gives the app id for deep links", async () => {
    expect((await get("/api/tab-config")).body).toEqual({ auth: "sso", teamsAppId: "00000000-0000-4000-8000-000000000011" });
  });

  it("serves the tenant named by the token's tid", async () => {
    const res = await get("/api/courses", bearer(await jwks.sign({ tid: CONTOSO_TENANT })));
    expect(res.status).toBe(200);
    expect(res.body.courses.length).toBeGreaterThan(0);
    expect(res.body.courses.every((c: { url: string }) => c.url.startsWith(CONTOSO_PLATFORM))).toBe(true);
  });

  it("ignores an X-Tenant-Id hint naming another tenant", async () => {
    const res = await get("/api/courses?q=gdpr", bearer(await jwks.sign({ tid: FIXTURE_TENANT }), { "X-Tenant-Id": CONTOSO_TENANT }));
    expect(res.status).toBe(200);
    expect(res.body.courses.every((c: { url: string }) => c.url.startsWith(FIXTURE_PLATFORM))).toBe(true);
  });

  it("refuses the local-mode hint alone: 401", async () => {
    const res = await get("/api/courses", { "X-Tenant-Id": FIXTURE_TENANT });
    expect(res.status).toBe(401);
    expect(res.body.error).toMatch(/Bearer/);
  });

  it("accepts the Application ID URI of the configured tab host as audience", async () => {
    const res = await get("/api/courses", bearer(await jwks.sign({ tid: FIXTURE_TENANT, aud: `api://${TAB_HOST}/${CLIENT_ID}` })));
    expect(res.status).toBe(200);
  });

  it.each([
    ["expired", { exp: Math.floor(Date.now() / 1000) - 600, iat: Math.floor(Date.now() / 1000) - 4000, nbf: Math.floor(Date.now() / 1000) - 4000 }, /expired/],
    ["for another app", { aud: "99999999-2222-4333-8444-555555555555" }, /another application/],
    ["for another host's App ID URI", { aud: `api://evil.example/${CLIENT_ID}` }, /another application/],
    ["from a non-Entra issuer", { iss: `https://issuer.example/${FIXTURE_TENANT}/v2.0` }, /Entra/],
  ])("answers 401 JSON for a token %s", async (_name, claims, message) => {
    const res = await get("/api/courses", bearer(await jwks.sign({ tid: FIXTURE_TENANT, ...claims })));
    expect(res.status).toBe(401);
    expect(res.body.error).toMatch(message);
  });

  it("answers 401 for a token signed by an unknown key and for a malformed header", async () => {
    expect((await get("/api/courses", bearer(await jwks.sign({ tid: FIXTURE_TENANT }, { key: "unpublished" })))).status).toBe(401);
    expect((await get("/api/courses", { Authorization: "Basic dXNlcjpwYXNz" })).status).toBe(401);
    expect((await get("/api/courses", { Authorization: "Bearer" })).status).toBe(401);
  });

  it("answers 403 for a valid token of an organization that is not registered", async () => {
    const res = await get("/api/privacy/answer?q=cookies", bearer(await jwks.sign({ tid: UNREGISTERED_TENANT })));
    expect(res.status).toBe(403);
  });

  it("logs neither the token nor its other claims", async () => {
    const token = await jwks.sign({ tid: UNREGISTERED_TENANT, name: "Quinn Placeholder", preferred_username: "quinn@example.test", oid: "8d1f0c9e-0000-4000-8000-00000000abcd" });
    await get("/api/courses", bearer(token));
    await get("/api/courses", bearer(`${token}x`));
    const logs = app.logs.join("\n");
    expect(logs).not.toContain(token.slice(-40));
    expect(logs).not.toMatch(/Quinn|quinn@|8d1f0c9e/);
  });
});
