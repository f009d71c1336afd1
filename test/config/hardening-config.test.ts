/**
 * Configuration rules of the production-hardening issue: per-tenant rate limit settings, and
 * start-up refusing an incomplete Bot Framework identity with a message naming what is missing
 * (never the secret).
 */
import { loadConfig } from "../../src/config";
import { problems } from "../helpers/config-problems";

const APP_ID = "11111111-2222-4333-8444-555555555555";
const TENANT = "5b7c9d2e-1f3a-4c6b-8d9e-0a1b2c3d4e5f";

describe("rate limit configuration", () => {
  it("defaults to 500 turns per tenant every 10 seconds", () => {
    expect(loadConfig({}).rateLimit).toEqual({ perTenant: 500, windowSeconds: 10 });
  });

  it("reads RATE_LIMIT_PER_TENANT and RATE_LIMIT_WINDOW_SECONDS", () => {
    expect(loadConfig({ RATE_LIMIT_PER_TENANT: "20", RATE_LIMIT_WINDOW_SECONDS: "60" }).rateLimit).toEqual({ perTenant: 20, windowSeconds: 60 });
  });

  it("rejects a RATE_LIMIT_PER_TENANT that is not a number", () => {
    expect(problems({ RATE_LIMIT_PER_TENANT: "lots" })).toEqual([expect.stringMatching(/^RATE_LIMIT_PER_TENANT must be a number of turns/)]);
  });

  it("rejects a fractional RATE_LIMIT_PER_TENANT", () => {
    expect(problems({ RATE_LIMIT_PER_TENANT: "2.5" })).toEqual([expect.stringMatching(/^RATE_LIMIT_PER_TENANT must be a whole number/)]);
  });

  it("rejects a RATE_LIMIT_PER_TENANT of zero (the limiter cannot be switched off by accident)", () => {
    expect(problems({ RATE_LIMIT_PER_TENANT: "0" })).toEqual([expect.stringMatching(/^RATE_LIMIT_PER_TENANT must be between 1 and 1000000/)]);
  });

  it("rejects a RATE_LIMIT_PER_TENANT above the maximum", () => {
    expect(problems({ RATE_LIMIT_PER_TENANT: "1000001" })).toEqual([expect.stringMatching(/^RATE_LIMIT_PER_TENANT must be between 1 and 1000000/)]);
  });

  it("rejects a RATE_LIMIT_WINDOW_SECONDS that is not a number", () => {
    expect(problems({ RATE_LIMIT_WINDOW_SECONDS: "a minute" })).toEqual([expect.stringMatching(/^RATE_LIMIT_WINDOW_SECONDS must be a number of seconds/)]);
  });

  it("rejects a fractional RATE_LIMIT_WINDOW_SECONDS", () => {
    expect(problems({ RATE_LIMIT_WINDOW_SECONDS: "0.5" })).toEqual([expect.stringMatching(/^RATE_LIMIT_WINDOW_SECONDS must be a whole number/)]);
  });

  it("rejects a RATE_LIMIT_WINDOW_SECONDS out of range", () => {
    expect(problems({ RATE_LIMIT_WINDOW_SECONDS: "0" })).toEqual([expect.stringMatching(/^RATE_LIMIT_WINDOW_SECONDS must be between 1 and 3600/)]);
    expect(problems({ RATE_LIMIT_WINDOW_SECONDS: "3601" })).toEqual([expect.stringMatching(/^RATE_LIMIT_WINDOW_SECONDS must be between 1 and 3600/)]);
  });
});

describe("heap policy configuration", () => {
  it("defaults HEAP_GROWTH_PERCENT to 25, also when empty, and reads it, 0 included (V8's own heap sizing)", () => {
    expect(loadConfig({}).heapGrowthPercent).toBe(25);
    expect(loadConfig({ HEAP_GROWTH_PERCENT: "" }).heapGrowthPercent).toBe(25);
    expect(loadConfig({ HEAP_GROWTH_PERCENT: " " }).heapGrowthPercent).toBe(25);
    expect(loadConfig({ HEAP_GROWTH_PERCENT: "100" }).heapGrowthPercent).toBe(100);
    expect(loadConfig({ HEAP_GROWTH_PERCENT: "10" }).heapGrowthPercent).toBe(10);
    expect(loadConfig({ HEAP_GROWTH_PERCENT: "0" }).heapGrowthPercent).toBe(0);
  });

  it("rejects a HEAP_GROWTH_PERCENT that is not 0 or a whole percentage from 10 to 100, naming the fix", () => {
    expect(problems({ HEAP_GROWTH_PERCENT: "half" })).toEqual([expect.stringMatching(/^HEAP_GROWTH_PERCENT must be a percentage, e\.g\. 25/)]);
    expect(problems({ HEAP_GROWTH_PERCENT: "12.5" })).toEqual([expect.stringMatching(/^HEAP_GROWTH_PERCENT must be a whole percentage/)]);
    for (const bad of ["-5", "5", "9", "101", "400"]) {
      expect(problems({ HEAP_GROWTH_PERCENT: bad })).toEqual([expect.stringMatching(/^HEAP_GROWTH_PERCENT must be 0 \(V8's own heap sizing\) or a percentage from 10 to 100/)]);
    }
  });
});

describe("incomplete Bot Framework identity", () => {
  it.each([
    ["SingleTenant without BOT_TENANT_ID", { BOT_TYPE: "SingleTenant", BOT_PASSWORD: "pw-one" }, /BOT_TENANT_ID is required when BOT_TYPE=SingleTenant/],
    ["UserAssignedMsi without BOT_TENANT_ID", { BOT_TYPE: "UserAssignedMsi" }, /BOT_TENANT_ID is required when BOT_TYPE=UserAssignedMsi/],
    ["MultiTenant without a password", { BOT_TYPE: "MultiTenant" }, /BOT_PASSWORD is required when BOT_TYPE=MultiTenant/],
    ["SingleTenant without a password", { BOT_TYPE: "SingleTenant", BOT_TENANT_ID: TENANT }, /BOT_PASSWORD is required when BOT_TYPE=SingleTenant/],
  ])("refuses %s, naming the missing variable", (_label, env, expected) => {
    const found = problems({ BOT_ID: APP_ID, ...env });
    expect(found).toEqual([expect.stringMatching(expected)]);
  });

  it("refuses local mode (empty BOT_ID) with NODE_ENV=production", () => {
    expect(problems({ BOT_ID: "", NODE_ENV: "production" })).toEqual([expect.stringMatching(/BOT_ID is empty while NODE_ENV=production/)]);
  });
});
