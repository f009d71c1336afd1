/**
 * Tenant isolation, table-driven, through the real server: every activity and invoke type the app
 * handles is sent from registered tenant A, from registered tenant B, from an unregistered tenant and
 * with the two tenant fields disagreeing. Tenant B's catalog reuses A's course ids with its own titles
 * and URLs, so a lookup by id or by URL in the wrong catalog would show. Whatever comes back (HTTP body
 * and every activity sent to the connector) must hold nothing of another organization, and nothing of
 * any organization when the tenant is unknown or contested.
 */
import { loadActivity } from "../helpers/activities";
import { startTestApp, type TestApp } from "../helpers/app";
import { FIXTURE_TENANT, UNREGISTERED_TENANT } from "../helpers/paths";
import { MARKERS, TENANT_B, writeTwoTenantRegistry } from "../helpers/two-tenants";

type Build = (serviceUrl: string) => any;
const fixture = (name: string, patch: (a: any) => void = () => undefined): Build => (serviceUrl) => {
  const activity = loadActivity(name, serviceUrl);
  patch(activity);
  return activity;
};
const cardAction = (verb: string, data: unknown): Build =>
  fixture("invoke-compose-extension-query", (a) => {
    a.name = "adaptiveCard/action";
    a.value = { action: { type: "Action.Execute", verb, data }, trigger: "manual" };
  });

/** Every activity and invoke type the app handles, from the shared fixtures. */
const ACTIVITIES: Array<[string, Build]> = [
  ["message: help in a channel", fixture("message-channel-mention-help")],
  ["message: privacy question", fixture("message-personal-privacy-en")],
  ["message: course search", fixture("message-personal-courses")],
  ["message: privacy command", fixture("message-personal-help", (a) => (a.text = "privacy"))],
  ["message: card submit without text", fixture("message-card-submit-without-text")],
  ["installationUpdate: add in personal scope", fixture("installation-update-add-personal")],
  ["conversationUpdate: bot added to a team", fixture("conversation-update-bot-added-to-team")],
  ["conversationUpdate: person joined", fixture("conversation-update-person-joined-team")],
  ["invoke composeExtension/query", fixture("invoke-compose-extension-query")],
  ["invoke composeExtension/query initialRun", fixture("invoke-compose-extension-initial-run")],
  ["invoke composeExtension/queryLink for A's URL", fixture("invoke-compose-extension-query-link")],
  ["invoke composeExtension/queryLink for B's URL", fixture("invoke-compose-extension-query-link", (a) => (a.value.url = "https://rival.learning.test/courses/impacts-of-gdpr"))],
  ["invoke adaptiveCard/action similarCourses", cardAction("similarCourses", { courseId: "impacts-of-gdpr" })],
  ["invoke adaptiveCard/action privacyFeedback", cardAction("privacyFeedback", { sectionId: "limit-storage-of-data", helpful: true })],
  ["invoke adaptiveCard/action unknown verb", cardAction("doSomethingElse", {})],
  ["invoke with an unknown name", fixture("invoke-compose-extension-query", (a) => (a.name = "task/fetch"))],
  ["messageReaction", fixture("message-personal-help", (a) => Object.assign(a, { type: "messageReaction", text: undefined, reactionsAdded: [{ type: "like" }] }))],
  ["event", fixture("message-personal-help", (a) => Object.assign(a, { type: "event", name: "application/vnd.microsoft.meetingStart", text: undefined }))],
];

/** Tenant fields of each variant: [conversation.tenantId, channelData.tenant.id]. */
const VARIANTS = {
  A: [FIXTURE_TENANT, FIXTURE_TENANT],
  B: [TENANT_B, TENANT_B.toUpperCase()],
  unregistered: [UNREGISTERED_TENANT, UNREGISTERED_TENANT],
  conflict: [FIXTURE_TENANT, TENANT_B],
} as const;
type Variant = keyof typeof VARIANTS;

let app: TestApp;
let sequence = 0;
beforeAll(async () => {
  app = await startTestApp({ TENANTS_FILE: writeTwoTenantRegistry() });
});
afterAll(() => app.close());
beforeEach(() => app.connector.reset());

async function send(build: Build, variant: Variant) {
  const activity = build(app.connector.serviceUrl);
  const [conversationTenant, channelDataTenant] = VARIANTS[variant];
  activity.conversation = { ...activity.conversation, tenantId: conversationTenant, id: `${activity.conversation.id}-${++sequence}` };
  activity.channelData = { ...activity.channelData, tenant: { id: channelDataTenant } };
  const response = await app.post(activity);
  const output = JSON.stringify({ body: response.body ?? null, sent: app.connector.sent() });
  return { activity, response, output, sent: app.connector.sent() };
}

/** A served message gets exactly one reply; a served invoke gets a body. */
function expectServed(activity: any, response: { status: number; body: unknown }, sent: unknown[]): void {
  expect(response.status).toBeLessThan(500);
  if (activity.type === "message") expect(sent).toHaveLength(1);
  if (activity.type === "invoke") expect(response.body).toBeDefined();
}

describe.each(ACTIVITIES)("%s", (_label, build) => {
  it("from tenant A: answered with nothing of tenant B", async () => {
    const { activity, response, output, sent } = await send(build, "A");
    expectServed(activity, response, sent);
    for (const marker of MARKERS.B) expect(output).not.toContain(marker);
  });

  it("from tenant B: answered with nothing of tenant A", async () => {
    const { activity, response, output, sent } = await send(build, "B");
    expectServed(activity, response, sent);
    for (const marker of MARKERS.A) expect(output).not.toContain(marker);
  });

  it.each(["unregistered", "conflict"] as const)("from a %s tenant: refused with nothing of any organization", async (variant) => {
    const { activity, response, output, sent } = await send(build, variant);
    expect(response.status).toBeLessThan(500);
    for (const marker of [...MARKERS.A, ...MARKERS.B]) expect(output).not.toContain(marker);
    if (activity.type === "message") {
      expect(sent).toHaveLength(1);
      expect(sent[0].attachments ?? []).toHaveLength(0);
      expect(sent[0].text).toMatch(variant === "unregistered" ? /not enabled for your organization/ : /can't tell which organization/);
    } else {
      expect(sent).toHaveLength(0);
    }
  });
});

describe("data of the right tenant", () => {
  it("unfurls A's link for A with A's course, and B's link for B with B's course", async () => {
    const forA = await send(fixture("invoke-compose-extension-query-link"), "A");
    expect(forA.output).toContain("Impacts of GDPR");
    const forB = await send(fixture("invoke-compose-extension-query-link", (a) => (a.value.url = "https://rival.learning.test/courses/impacts-of-gdpr")), "B");
    expect(forB.output).toContain("Rival GDPR Primer");
  });

  it("answers B's privacy question from B's policy", async () => {
    const { output } = await send(fixture("message-personal-help", (a) => (a.text = "how long do you keep my data?")), "B");
    expect(output).toContain("Rival retention schedule");
  });
});
