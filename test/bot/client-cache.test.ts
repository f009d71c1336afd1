/**
 * The kept outgoing clients (src/bot/client-cache) around botbuilder's real
 * ConfigurationBotFrameworkAuthentication: one ConnectorClient per (app id, service URL, audience),
 * one UserTokenClient per app id, a failed creation retried, and replies still sent through the
 * kept client by the real server.
 */
import { ConfigurationBotFrameworkAuthentication } from "botbuilder";
import { AuthenticationConstants, ClaimsIdentity, ServiceClientCredentialsFactory } from "botframework-connector";
import { CachingBotFrameworkAuthentication } from "../../src/bot/client-cache";
import { loadActivity } from "../helpers/activities";
import { startTestApp } from "../helpers/app";
import { startFakeConnector } from "../helpers/connector";

/** Local-mode credentials (no app id), failing the first `failures` creations. */
class FlakyCredentials extends ServiceClientCredentialsFactory {
  created = 0;
  constructor(private failures = 0) {
    super();
  }
  async isValidAppId(): Promise<boolean> {
    return true;
  }
  async isAuthenticationDisabled(): Promise<boolean> {
    return true;
  }
  async createCredentials() {
    this.created++;
    if (this.failures-- > 0) throw new Error("credentials unavailable");
    return { signRequest: async <T>(request: T) => request };
  }
}

function auth(credentials = new FlakyCredentials()): CachingBotFrameworkAuthentication {
  return new CachingBotFrameworkAuthentication(new ConfigurationBotFrameworkAuthentication({}, credentials));
}

const activity = (serviceUrl: string) => ({ type: "message", channelId: "msteams", serviceUrl }) as never;
const identity = (appId: string) => new ClaimsIdentity([{ type: AuthenticationConstants.AudienceClaim, value: appId }], true);

describe("CachingBotFrameworkAuthentication", () => {
  it("hands out the same ConnectorClient for the same service URL and audience, turn after turn", async () => {
    const bot = auth();
    const first = await bot.authenticateRequest(activity("https://smba.example/emea/"), "");
    const second = await bot.authenticateRequest(activity("https://smba.example/emea/"), "");
    const a = await first.connectorFactory!.create("https://smba.example/emea/", first.audience);
    const b = await second.connectorFactory!.create("https://smba.example/emea/", second.audience);
    expect(b).toBe(a);
  });

  it("keeps separate clients per service URL, audience and app id", async () => {
    const bot = auth();
    const factory = bot.createConnectorFactory(identity("app-1"));
    const emea = await factory.create("https://smba.example/emea/", "https://api.botframework.com");
    const amer = await factory.create("https://smba.example/amer/", "https://api.botframework.com");
    const otherAudience = await factory.create("https://smba.example/emea/", "https://api.botframework.us");
    const otherApp = await bot.createConnectorFactory(identity("app-2")).create("https://smba.example/emea/", "https://api.botframework.com");
    expect(new Set([emea, amer, otherAudience, otherApp]).size).toBe(4);
    expect(await bot.createConnectorFactory(identity("app-1")).create("https://smba.example/amer/", "https://api.botframework.com")).toBe(amer);
  });

  it("keeps one UserTokenClient per app id", async () => {
    const bot = auth();
    const a = await bot.createUserTokenClient(identity("app-1"));
    expect(await bot.createUserTokenClient(identity("app-1"))).toBe(a);
    expect(await bot.createUserTokenClient(identity("app-2"))).not.toBe(a);
  });

  it("does not keep a failed creation: the next turn tries again", async () => {
    const credentials = new FlakyCredentials(1);
    const bot = auth(credentials);
    const factory = bot.createConnectorFactory(identity("app-1"));
    await expect(factory.create("https://smba.example/emea/")).rejects.toThrow("credentials unavailable");
    const client = await factory.create("https://smba.example/emea/");
    expect(client).toBeDefined();
    expect(await factory.create("https://smba.example/emea/")).toBe(client);
    expect(credentials.created).toBe(2);
  });
});

describe("replies through kept clients (real server, loopback connectors)", () => {
  it("sends each turn's reply to its own service URL, building one client per service URL", async () => {
    const credentials = new FlakyCredentials();
    const app = await startTestApp({}, { adapterOverrides: { credentialsFactory: credentials } });
    const second = await startFakeConnector();
    try {
      for (let i = 0; i < 3; i++) {
        expect((await app.post(loadActivity("message-personal-help", app.connector.serviceUrl))).status).toBe(200);
        expect((await app.post(loadActivity("message-channel-mention-help", second.serviceUrl))).status).toBe(200);
      }
      expect(app.connector.sent()).toHaveLength(3);
      expect(second.sent()).toHaveLength(3);
      expect(app.connector.sent().every((a: any) => a.conversation.conversationType === "personal")).toBe(true);
      expect(second.sent().every((a: any) => a.conversation.conversationType === "channel")).toBe(true);
      // One connector client per service URL and one user-token client: three credentials in all, not one per turn.
      expect(credentials.created).toBe(3);
    } finally {
      await second.close();
      await app.close();
    }
  });
});
