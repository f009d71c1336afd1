/**
 * Bot Framework authentication for real: BOT_ID set, channel tokens minted with jose by a loopback
 * issuer whose OpenID metadata and JWKS botbuilder fetches, through the real server (restify +
 * CloudAdapter + teamsfx). Replies get their credentials from a loopback factory, not Entra ID.
 */
import { SignJWT } from "jose";
import { loadActivity } from "../helpers/activities";
import { startTestApp, type TestApp } from "../helpers/app";
import { loopbackAuth, OUTGOING_TOKEN, startOpenIdServer, type OpenIdServer } from "../helpers/openid";

const APP_ID = "9a8b7c6d-0000-4000-8000-00000000b075";
const PASSWORD = "never-logged-secret-Qx7";
const OTHER_APP = "11111111-2222-4333-8444-555555555555";

let openid: OpenIdServer;
let app: TestApp;
let consoleOutput: string[];

beforeAll(async () => {
  openid = await startOpenIdServer();
  app = await startTestApp({ BOT_ID: APP_ID, BOT_PASSWORD: PASSWORD, BOT_TYPE: "MultiTenant" }, { adapterOverrides: loopbackAuth(openid, APP_ID) });
});
afterAll(async () => {
  await app.close();
  await openid.close();
});
beforeEach(() => {
  app.connector.reset();
  app.logs.splice(0);
  consoleOutput = [];
  for (const method of ["log", "info", "warn", "error", "debug"] as const) {
    jest.spyOn(console, method).mockImplementation((...args: unknown[]) => void consoleOutput.push(args.map((a) => (a instanceof Error ? `${a.stack}` : String(a))).join(" ")));
  }
});
afterEach(() => jest.restoreAllMocks());

function helpActivity(): any {
  return loadActivity("message-channel-mention-help", app.connector.serviceUrl);
}

/** Everything of the request that must never reach a log line, the console or the response. */
function requestSecrets(activity: any, token: string): string[] {
  return [token, ...token.split("."), activity.from.id, activity.from.name, activity.from.aadObjectId, activity.conversation.id, "Course Companion</at> help", activity.serviceUrl, PASSWORD, OTHER_APP].filter((s) => s && s.length >= 6);
}

async function expectRejected(activity: any, authorization: string | undefined, status = 401): Promise<void> {
  const response = await app.post(activity, authorization === undefined ? {} : { authorization });
  expect(response.status).toBe(status);
  expect(response.body).toEqual({ error: { code: status === 401 ? "Unauthorized" : "AuthenticationUnavailable", message: expect.any(String) } });
  expect(app.connector.calls).toHaveLength(0);
  const seen = [response.text, ...app.logs, ...consoleOutput].join("\n");
  for (const secret of requestSecrets(activity, authorization ?? "")) expect(seen).not.toContain(secret);
  expect(app.logs.some((l) => JSON.parse(l).event === "auth-rejected")).toBe(true);
}

describe("POST /api/messages with BOT_ID set", () => {
  it("serves a request carrying a valid channel token, and replies with the outgoing credentials", async () => {
    const activity = helpActivity();
    const token = await openid.mint(APP_ID, activity.serviceUrl);
    const response = await app.post(activity, { authorization: `Bearer ${token}` });
    expect(response.status).toBe(200);
    expect(app.connector.calls).toHaveLength(1);
    expect(app.connector.calls[0].authorization).toBe(`Bearer ${OUTGOING_TOKEN}`);
    expect(openid.hits).toEqual(expect.arrayContaining(["/.well-known/openidconfiguration", "/keys"]));
  });

  it("answers an invoke with a valid token with its invoke response", async () => {
    const activity = loadActivity("invoke-compose-extension-query", app.connector.serviceUrl);
    const response = await app.post(activity, { authorization: `Bearer ${await openid.mint(APP_ID, activity.serviceUrl)}` });
    expect(response.status).toBe(200);
    expect(response.body.composeExtension).toBeDefined();
  });

  it("refuses a request without an Authorization header with 401", async () => {
    await expectRejected(helpActivity(), undefined);
  });

  it.each([
    ["a malformed token", "Bearer not.a.jwt"],
    ["a token without the Bearer scheme", "Basic dXNlcjpwYXNz"],
    ["an empty bearer", "Bearer "],
  ])("refuses %s with 401", async (_label, header) => {
    await expectRejected(helpActivity(), header);
  });

  it("refuses an expired token with 401 (beyond the 5 minutes of clock skew botbuilder allows)", async () => {
    const activity = helpActivity();
    const token = await openid.mint(APP_ID, activity.serviceUrl, { claims: { exp: Math.floor(Date.now() / 1000) - 3600, nbf: Math.floor(Date.now() / 1000) - 7200 } });
    await expectRejected(activity, `Bearer ${token}`);
  });

  it("refuses a token signed with another key under the published kid with 401, not 500", async () => {
    const activity = helpActivity();
    const token = await openid.mint(APP_ID, activity.serviceUrl, { key: await openid.otherKey() });
    await expectRejected(activity, `Bearer ${token}`);
  });

  it("refuses a token signed with an unknown key id with 401", async () => {
    const activity = helpActivity();
    await expectRejected(activity, `Bearer ${await openid.mint(APP_ID, activity.serviceUrl, { kid: "unknown-key" })}`);
  });

  it("refuses an HMAC-signed token (algorithm confusion) with 401", async () => {
    const activity = helpActivity();
    const token = await new SignJWT({ serviceurl: activity.serviceUrl })
      .setProtectedHeader({ alg: "HS256", kid: "loopback-key-1" })
      .setIssuer("https://api.botframework.com")
      .setAudience(APP_ID)
      .setExpirationTime("10m")
      .sign(new TextEncoder().encode("a-shared-secret-of-32-bytes-long!!"));
    await expectRejected(activity, `Bearer ${token}`);
  });

  it("refuses a token for another bot (wrong audience) with 401, without naming the audience", async () => {
    const activity = helpActivity();
    await expectRejected(activity, `Bearer ${await openid.mint(OTHER_APP, activity.serviceUrl)}`);
  });

  it("refuses a token from another issuer with 401", async () => {
    const activity = helpActivity();
    await expectRejected(activity, `Bearer ${await openid.mint(APP_ID, activity.serviceUrl, { issuer: "https://issuer.invalid" })}`);
  });

  it("refuses a token whose serviceurl claim differs from the activity's serviceUrl with 401", async () => {
    const activity = helpActivity();
    const token = await openid.mint(APP_ID, "https://smba.trafficmanager.net/emea/");
    await expectRejected(activity, `Bearer ${token}`);
  });
});

describe("channel signing keys unavailable", () => {
  it("answers 503 (not the caller's fault, nothing of the request logged)", async () => {
    const down = await startOpenIdServer();
    const overrides = loopbackAuth(down, APP_ID);
    await down.close();
    const other = await startTestApp({ BOT_ID: APP_ID, BOT_PASSWORD: PASSWORD }, { adapterOverrides: overrides });
    try {
      const activity = loadActivity("message-channel-mention-help", other.connector.serviceUrl);
      const token = await openid.mint(APP_ID, activity.serviceUrl);
      const response = await other.post(activity, { authorization: `Bearer ${token}` });
      expect(response.status).toBe(503);
      expect(other.connector.calls).toHaveLength(0);
      for (const secret of requestSecrets(activity, token)) expect([response.text, ...other.logs].join("\n")).not.toContain(secret);
    } finally {
      await other.close();
    }
  });
});
