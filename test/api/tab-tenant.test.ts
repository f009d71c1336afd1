import type { Request } from "restify";
import { ApiError } from "../../src/api/http-errors";
import { createTabTenantResolver, tabAuthMode } from "../../src/api/tab-tenant";
import { TokenError } from "../../src/api/sso-token";
import { createLogger } from "../../src/logging/logger";
import type { Tenant } from "../../src/tenants/registry";

const TENANT = "5b7c9d2e-1f3a-4c6b-8d9e-0a1b2c3d4e5f";
const tenant = { entry: { tenantId: TENANT } } as unknown as Tenant;
const registry = { get: (id: string) => (id === TENANT ? tenant : undefined) };
const log = createLogger("silent");
const request = (headers: Record<string, string>) => ({ header: (name: string) => headers[name.toLowerCase()] }) as unknown as Request;

async function status(promise: Promise<unknown>): Promise<number> {
  const err = await promise.then(() => undefined, (e: unknown) => e);
  expect(err).toBeInstanceOf(ApiError);
  return (err as ApiError).status;
}

describe("tabAuthMode", () => {
  it("is sso with a client id, local without one outside production, off in production", () => {
    const local = { mode: "local" } as const;
    expect(tabAuthMode({ sso: { clientId: "x" }, nodeEnv: "production", bot: { mode: "UserAssignedMsi" } })).toBe("sso");
    expect(tabAuthMode({ nodeEnv: "development", bot: local })).toBe("local");
    expect(tabAuthMode({ nodeEnv: "test", bot: local })).toBe("local");
    expect(tabAuthMode({ nodeEnv: "production", bot: local })).toBe("off");
    // A real bot identity means a real deployment: the tenant hint (no secret) is never trusted there.
    expect(tabAuthMode({ nodeEnv: "development", bot: { mode: "MultiTenant" } })).toBe("off");
  });
});

describe("createTabTenantResolver", () => {
  it("refuses every request in production without SSO, hint or not", async () => {
    const resolver = createTabTenantResolver({ config: { nodeEnv: "production", bot: { mode: "local" } }, registry, log });
    expect(resolver.mode).toBe("off");
    expect(await status(resolver.tenantOf(request({ "x-tenant-id": TENANT })))).toBe(401);
  });

  it("refuses the tenant hint when the bot has a real identity, even outside production", async () => {
    const resolver = createTabTenantResolver({ config: { nodeEnv: "development", bot: { mode: "MultiTenant", appId: "a", password: "p" } }, registry, log });
    expect(resolver.mode).toBe("off");
    expect(await status(resolver.tenantOf(request({ "x-tenant-id": TENANT })))).toBe(401);
  });

  it("needs a token validator when SSO is configured", () => {
    expect(() => createTabTenantResolver({ config: { nodeEnv: "test", sso: { clientId: "c" }, bot: { mode: "local" } }, registry, log })).toThrow(/validator/);
  });

  it("passes the configured tab host as audience host, else the request's Host", async () => {
    const hosts: (string | undefined)[] = [];
    const validator = { tenantOf: async (_t: string, host: string | undefined) => (hosts.push(host), TENANT) };
    const withEndpoint = createTabTenantResolver({ config: { nodeEnv: "test", sso: { clientId: "c" }, tabEndpoint: "https://tabs.example.test:8443", bot: { mode: "local" } }, registry, validator, log });
    const without = createTabTenantResolver({ config: { nodeEnv: "test", sso: { clientId: "c" }, bot: { mode: "local" } }, registry, validator, log });
    await withEndpoint.tenantOf(request({ authorization: "Bearer a.b.c", host: "other.example" }));
    await without.tenantOf(request({ authorization: "Bearer a.b.c", host: "localhost:3978" }));
    expect(hosts).toEqual(["tabs.example.test:8443", "localhost:3978"]);
  });

  it("answers 503 when the sign-in keys cannot be fetched", async () => {
    const validator = { tenantOf: async () => Promise.reject(new TokenError("unavailable", "keys down")) };
    const resolver = createTabTenantResolver({ config: { nodeEnv: "test", sso: { clientId: "c" }, bot: { mode: "local" } }, registry, validator, log });
    expect(await status(resolver.tenantOf(request({ authorization: "Bearer a.b.c" })))).toBe(503);
  });
});
