/**
 * Per-tenant rate limiting through the real server: a tenant over `RATE_LIMIT_PER_TENANT` turns
 * gets the short busy reply (messages) or the error its invoke name requires, while another tenant
 * is still served.
 */
import { loadActivity } from "../helpers/activities";
import { startTestApp, type TestApp } from "../helpers/app";
import { FIXTURE_TENANT } from "../helpers/paths";
import { TENANT_B, writeTwoTenantRegistry } from "../helpers/two-tenants";

const LIMIT = 3;
let app: TestApp;

// One server for the file: tenant A uses up its limit first (window of 60 s), every test then sees it over.
beforeAll(async () => {
  app = await startTestApp({ TENANTS_FILE: writeTwoTenantRegistry(), RATE_LIMIT_PER_TENANT: String(LIMIT), RATE_LIMIT_WINDOW_SECONDS: "60" });
  await useUpLimit();
});
afterAll(() => app.close());
beforeEach(() => app.connector.reset());

function withTenant(activity: any, tenantId: string): any {
  activity.conversation.tenantId = tenantId;
  activity.channelData = { ...activity.channelData, tenant: { id: tenantId } };
  return activity;
}
const help = (tenantId = FIXTURE_TENANT) => withTenant(loadActivity("message-personal-help", app.connector.serviceUrl), tenantId);

async function useUpLimit(): Promise<void> {
  for (let i = 0; i < LIMIT; i++) expect((await app.post(help())).status).toBe(200);
  expect(app.connector.sent()).toHaveLength(LIMIT);
  expect(app.connector.sent().every((a) => a.attachments?.length === 1)).toBe(true);
}

describe("per-tenant rate limit", () => {
  it("answers a message over the limit with one short busy text, no card", async () => {
    const response = await app.post(help());
    expect(response.status).toBe(200);
    expect(app.connector.sent()).toEqual([expect.objectContaining({ type: "message", text: "I'm busy right now. Please try again shortly." })]);
    expect(app.connector.sent()[0].attachments).toBeUndefined();
  });

  it("answers in French when the message is in French", async () => {
    const message = help();
    message.locale = "fr-FR";
    await app.post(message);
    expect(app.connector.sent()[0].text).toMatch(/Veuillez réessayer dans un instant/);
  });

  it("answers a message-extension query over the limit with a message result", async () => {
    const response = await app.post(withTenant(loadActivity("invoke-compose-extension-query", app.connector.serviceUrl), FIXTURE_TENANT));
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ composeExtension: { type: "message", text: "I'm busy right now. Please try again shortly." } });
  });

  it("answers a card action over the limit with a 429 Universal Actions error", async () => {
    const invoke = withTenant(loadActivity("invoke-compose-extension-query", app.connector.serviceUrl), FIXTURE_TENANT);
    invoke.name = "adaptiveCard/action";
    invoke.value = { action: { type: "Action.Execute", verb: "similarCourses", data: { courseId: "impacts-of-gdpr" } } };
    const response = await app.post(invoke);
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ statusCode: 429, type: "application/vnd.microsoft.error", value: { code: "TooManyRequests" } });
  });

  it("answers another invoke over the limit with HTTP 429", async () => {
    const invoke = withTenant(loadActivity("invoke-compose-extension-query", app.connector.serviceUrl), FIXTURE_TENANT);
    invoke.name = "task/fetch";
    expect((await app.post(invoke)).status).toBe(429);
  });

  it("drops install events over the limit without sending anything", async () => {
    const install = withTenant(loadActivity("installation-update-add-personal", app.connector.serviceUrl), FIXTURE_TENANT);
    expect((await app.post(install)).status).toBe(200);
    expect(app.connector.sent()).toHaveLength(0);
  });

  it("keeps serving another organization while one is over its limit", async () => {
    await app.post(help());
    expect(app.connector.sent()[0].text).toMatch(/busy/);
    app.connector.reset();
    await app.post(help(TENANT_B));
    expect(app.connector.sent()).toHaveLength(1);
    expect(app.connector.sent()[0].attachments).toHaveLength(1);
  });

  it("logs the refusal with the tenant id only", async () => {
    await app.post(help());
    const line = app.logs.map((l) => JSON.parse(l)).find((l) => l.event === "rate-limited");
    expect(line).toMatchObject({ tenantId: FIXTURE_TENANT, activityType: "message" });
    expect(Object.keys(line).sort()).toEqual(["activityType", "channelId", "event", "latencyMs", "level", "module", "msg", "tenantId", "time"]);
  });
});
