/**
 * Reloading the tenant registry, catalogs and policies without a restart (what SIGHUP triggers),
 * through the real server: new files are served after a reload; a broken file keeps the last good
 * version and the log names the file.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { loadActivity } from "../helpers/activities";
import { startTestApp, type TestApp } from "../helpers/app";
import { TENANT_B, writeTwoTenantRegistry } from "../helpers/two-tenants";

let app: TestApp;
let registryFile: string;
let catalogFile: string;
let originalCatalog: string;

beforeAll(async () => {
  registryFile = writeTwoTenantRegistry();
  catalogFile = join(dirname(registryFile), "b-catalog.json");
  originalCatalog = readFileSync(catalogFile, "utf8");
  app = await startTestApp({ TENANTS_FILE: registryFile });
});
afterAll(() => app.close());
beforeEach(() => {
  app.connector.reset();
  app.logs.splice(0);
});

async function searchAsB(): Promise<string> {
  const activity = loadActivity("message-personal-courses", app.connector.serviceUrl);
  activity.text = "courses gdpr";
  activity.conversation.tenantId = TENANT_B;
  activity.channelData = { tenant: { id: TENANT_B } };
  await app.post(activity);
  return JSON.stringify(app.connector.sent());
}

const reloadLogs = () => app.logs.map((l) => JSON.parse(l)).filter((l) => l.event === "reload-failed" || l.event === "registry-reloaded");

describe("reload of tenant data", () => {
  it("serves a changed catalog after a reload, not before", async () => {
    writeFileSync(catalogFile, originalCatalog.replace("Rival GDPR Primer", "Rival GDPR Primer, second edition"));
    expect(await searchAsB()).not.toContain("second edition");
    expect(app.server.reload()).toEqual({ outcome: "reloaded", count: 2, problems: [] });
    expect(await searchAsB()).toContain("Rival GDPR Primer, second edition");
  });

  it("keeps the last good catalog of a tenant whose new file is broken, and logs why", async () => {
    writeFileSync(catalogFile, "[{ this is not json");
    const report = app.server.reload();
    expect(report.outcome).toBe("partial");
    expect(report.count).toBe(2);
    expect(report.problems).toEqual([expect.stringContaining("b-catalog.json")]);
    expect(await searchAsB()).toContain("Rival GDPR Primer, second edition");
    expect(reloadLogs()).toEqual([
      expect.objectContaining({ event: "reload-failed", level: 50, reason: expect.stringContaining("b-catalog.json") }),
      expect.objectContaining({ event: "registry-reloaded", outcome: "partial", count: 2 }),
    ]);
  });

  it("keeps everything when the registry file itself is broken", async () => {
    const registry = readFileSync(registryFile, "utf8");
    writeFileSync(registryFile, registry.replace(`"${TENANT_B}"`, '"not-a-guid"'));
    try {
      const report = app.server.reload();
      expect(report.outcome).toBe("kept");
      expect(report.problems[0]).toContain("tenants.json");
      expect(await searchAsB()).toContain("second edition");
    } finally {
      writeFileSync(registryFile, registry);
    }
  });

  it("serves the fixed file at the next reload", async () => {
    writeFileSync(catalogFile, originalCatalog);
    expect(app.server.reload().outcome).toBe("reloaded");
    const out = await searchAsB();
    expect(out).toContain("Rival GDPR Primer");
    expect(out).not.toContain("second edition");
  });

  it("answers /readyz with the tenants check", async () => {
    const res = await fetch(`${app.server.url}/readyz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: "ready", checks: { tenants: "ok", storage: "ok" } });
  });
});
