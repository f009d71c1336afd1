import { startTestApp, type TestApp } from "../helpers/app";
import { FIXTURE_TENANT } from "../helpers/paths";

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ RATE_LIMIT_PER_TENANT: "3", RATE_LIMIT_WINDOW_SECONDS: "60" });
});
afterAll(() => app.close());

const get = (path: string) => fetch(`${app.server.url}${path}`, { headers: { "X-Tenant-Id": FIXTURE_TENANT } });

describe("tab API rate limit per tenant", () => {
  it("answers 429 with Retry-After and a JSON error once the tenant's allowance is spent", async () => {
    for (let i = 0; i < 3; i++) expect((await get("/api/courses?q=gdpr")).status).toBe(200);
    const over = await get("/api/privacy/answer?q=cookies");
    expect(over.status).toBe(429);
    expect(Number(over.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(await over.json()).toEqual({ error: expect.stringMatching(/try again/) });
  });

  it("does not count requests whose tenant is refused", async () => {
    const refused = await fetch(`${app.server.url}/api/courses`, { headers: { "X-Tenant-Id": "c0ffee00-1234-4abc-9def-00000000beef" } });
    expect(refused.status).toBe(403);
  });
});
