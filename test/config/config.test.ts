import { loadConfig } from "../../src/config";
import { problems } from "../helpers/config-problems";

const APP_ID = "11111111-2222-4333-8444-555555555555";
const TENANT = "5b7c9d2e-1f3a-4c6b-8d9e-0a1b2c3d4e5f";

describe("loadConfig", () => {
  it("defaults to local mode on port 3978 with the demo registry", () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ port: 3978, bot: { mode: "local" }, tenantsFile: undefined, logLevel: "info", nodeEnv: "development" });
  });

  it("reads a MultiTenant bot with its password", () => {
    expect(loadConfig({ BOT_ID: APP_ID, BOT_PASSWORD: "s3cret" }).bot).toEqual({ mode: "MultiTenant", appId: APP_ID, password: "s3cret" });
  });

  it("reads a UserAssignedMsi bot without a password", () => {
    expect(loadConfig({ BOT_ID: APP_ID, BOT_TYPE: "UserAssignedMsi", BOT_TENANT_ID: TENANT }).bot).toEqual({ mode: "UserAssignedMsi", appId: APP_ID, tenantId: TENANT });
  });

  it("treats empty strings as unset", () => {
    expect(loadConfig({ BOT_ID: "", TENANTS_FILE: " ", TAB_ENDPOINT: "" })).toMatchObject({ bot: { mode: "local" }, tenantsFile: undefined, tabEndpoint: undefined });
  });

  it("strips a trailing slash from TAB_ENDPOINT", () => {
    expect(loadConfig({ TAB_ENDPOINT: "https://bot.example.org/" }).tabEndpoint).toBe("https://bot.example.org");
  });

  it("treats an empty PORT as unset (3978), not as port 0", () => {
    expect(loadConfig({ PORT: "" }).port).toBe(3978);
  });

  it("listens on loopback only in local mode, on every interface with a bot identity, or on HOST", () => {
    expect(loadConfig({}).host).toBe("127.0.0.1");
    expect(loadConfig({ BOT_ID: APP_ID, BOT_PASSWORD: "p" }).host).toBe("0.0.0.0");
    expect(loadConfig({ HOST: "0.0.0.0" }).host).toBe("0.0.0.0");
  });

  it("rejects a HOST that is not an interface address", () => {
    expect(problems({ HOST: "http://localhost" })).toEqual([expect.stringMatching(/^HOST must be an interface address/)]);
  });

  it("rejects an unknown NODE_ENV with the allowed values", () => {
    expect(problems({ NODE_ENV: "prod" })).toEqual([expect.stringMatching(/^NODE_ENV must be development, production or test/)]);
  });

  it("rejects a PORT that is not a number, naming the variable", () => {
    expect(problems({ PORT: "abc" })).toEqual([expect.stringMatching(/^PORT must be a port number/)]);
  });

  it("rejects a PORT out of range", () => {
    expect(problems({ PORT: "70000" })).toEqual([expect.stringMatching(/^PORT must be between 0 and 65535/)]);
  });

  it("rejects an unknown BOT_TYPE and says which values are allowed", () => {
    expect(problems({ BOT_TYPE: "Single" })).toEqual([expect.stringMatching(/^BOT_TYPE must be MultiTenant, SingleTenant or UserAssignedMsi/)]);
  });

  it("rejects a BOT_ID that is not a GUID", () => {
    expect(problems({ BOT_ID: "my-bot" })).toEqual([expect.stringMatching(/^BOT_ID must be a GUID/)]);
  });

  it("rejects an unknown LOG_LEVEL", () => {
    expect(problems({ LOG_LEVEL: "verbose" })).toEqual([expect.stringMatching(/^LOG_LEVEL must be one of/)]);
  });

  it("rejects a TAB_ENDPOINT that is not a URL", () => {
    expect(problems({ TAB_ENDPOINT: "bot.example.org" })).toEqual([expect.stringMatching(/^TAB_ENDPOINT must be an absolute URL/)]);
  });

  it("refuses local mode in production", () => {
    expect(problems({ NODE_ENV: "production" })).toEqual([expect.stringMatching(/BOT_ID is empty while NODE_ENV=production/)]);
  });

  it("requires BOT_PASSWORD for MultiTenant", () => {
    expect(problems({ BOT_ID: APP_ID })).toEqual([expect.stringMatching(/^BOT_PASSWORD is required when BOT_TYPE=MultiTenant/)]);
  });

  it("requires BOT_PASSWORD and BOT_TENANT_ID for SingleTenant, listing both", () => {
    const found = problems({ BOT_ID: APP_ID, BOT_TYPE: "SingleTenant" });
    expect(found).toHaveLength(2);
    expect(found.join("\n")).toMatch(/BOT_PASSWORD is required/);
    expect(found.join("\n")).toMatch(/BOT_TENANT_ID is required when BOT_TYPE=SingleTenant/);
  });

  it("requires BOT_TENANT_ID for UserAssignedMsi", () => {
    expect(problems({ BOT_ID: APP_ID, BOT_TYPE: "UserAssignedMsi" })).toEqual([expect.stringMatching(/^BOT_TENANT_ID is required when BOT_TYPE=UserAssignedMsi/)]);
  });

  it("never puts a secret in its messages", () => {
    const message = (() => {
      try {
        loadConfig({ BOT_ID: APP_ID, BOT_PASSWORD: "hunter2-secret", BOT_TYPE: "SingleTenant" });
      } catch (e) {
        return (e as Error).message;
      }
      return "";
    })();
    expect(message).toMatch(/BOT_TENANT_ID/);
    expect(message).not.toContain("hunter2-secret");
  });
});
