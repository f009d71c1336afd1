/**
 * Universal Actions (`adaptiveCard/action`) through the real server: "Similar courses" on a course
 * card, answer feedback on a privacy answer card, and every refusal in the shape Teams requires
 * ("Universal Actions for Adaptive Cards": `{statusCode, type, value}` in an HTTP 200).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { createCourseIndex } from "../../src/catalog";
import type { Course } from "../../src/catalog/types";
import { createMemoryUsageCounter, type UsageCounter } from "../../src/usage";
import { loadActivity } from "../helpers/activities";
import { cardActions, cardProblems, cardsOf, cardText } from "../helpers/adaptive-cards";
import { startTestApp, type TestApp } from "../helpers/app";
import { FIXTURE_TENANT, REPO_ROOT, UNREGISTERED_TENANT } from "../helpers/paths";

const CATALOG: Course[] = JSON.parse(readFileSync(join(REPO_ROOT, "test", "fixtures", "example-catalog.json"), "utf8"));

let app: TestApp;
let usage: UsageCounter;
beforeAll(async () => {
  usage = createMemoryUsageCounter();
  app = await startTestApp({}, { usage });
});
afterAll(async () => {
  await app.close();
});
beforeEach(() => app.connector.reset());

/** An `adaptiveCard/action` invoke from the fixture user, conversation and tenant of the shared invokes. */
function cardAction(value: unknown, tenantId = FIXTURE_TENANT): any {
  const activity = loadActivity("invoke-compose-extension-query", app.connector.serviceUrl);
  activity.name = "adaptiveCard/action";
  activity.value = value;
  activity.conversation.tenantId = tenantId;
  activity.channelData.tenant.id = tenantId;
  return activity;
}

const execute = (verb: unknown, data?: unknown) => cardAction({ action: { type: "Action.Execute", verb, data }, trigger: "manual" });

function expectError(res: { status: number; body: any }, statusCode: number, code: string): void {
  expect(res.status).toBe(200);
  expect(res.body).toEqual({ statusCode, type: "application/vnd.microsoft.error", value: { code, message: expect.any(String) } });
  expect(res.body.value.message.length).toBeGreaterThan(0);
}

function expectCard(res: { status: number; body: any }): any {
  expect(res.status).toBe(200);
  expect(res.body).toEqual({ statusCode: 200, type: "application/vnd.microsoft.card.adaptive", value: expect.any(Object) });
  expect(cardProblems(res.body.value)).toEqual([]);
  return res.body.value;
}

/** The course card Teams would show after the link fixture, and its "Similar courses" action. */
async function similarActionOfUnfurledCard(): Promise<any> {
  const res = await app.post(loadActivity("invoke-compose-extension-query-link", app.connector.serviceUrl));
  return cardActions(res.body.composeExtension.attachments[0].content).find((a) => a.type === "Action.Execute");
}

describe("Similar courses", () => {
  it("refreshes the unfurled course card with similar courses of the same catalog", async () => {
    const action = await similarActionOfUnfurledCard();
    expect(action).toMatchObject({ verb: "similarCourses", data: { courseId: "impacts-of-gdpr" } });
    const card = expectCard(await app.post(execute(action.verb, action.data)));
    const text = cardText(card);
    expect(text).toContain("Impacts of GDPR");
    expect(text).toContain("Similar courses");
    const expected = createCourseIndex(CATALOG).similar("impacts-of-gdpr", 3);
    expect(expected.length).toBeGreaterThan(0);
    for (const c of expected) expect(text).toContain(c.title);
    expect(cardActions(card).every((a) => a.type === "Action.OpenUrl" && a.url.startsWith("https://example.learning.test/"))).toBe(true);
    expect(app.connector.calls).toEqual([]); // refreshed through the invoke response only
  });

  it("matches the verb case-insensitively, as teamsfx does", async () => {
    expectCard(await app.post(execute("SIMILARCOURSES", { courseId: "impacts-of-gdpr" })));
  });

  it.each([[undefined], [{}], [{ courseId: "" }], [{ courseId: 7 }], ["impacts-of-gdpr"]])("refuses bad data %p with 400 InvalidData", async (data) => {
    expectError(await app.post(execute("similarCourses", data)), 400, "InvalidData");
  });

  it("refuses a course that is not in the tenant's catalog with 400 UnknownCourse", async () => {
    expectError(await app.post(execute("similarCourses", { courseId: "no-such-course" })), 400, "UnknownCourse");
  });
});

describe("answer feedback", () => {
  /** Asks the shared English privacy question and returns the answer card's Yes and No actions. */
  async function feedbackActions(): Promise<any[]> {
    await app.post(loadActivity("message-personal-privacy-en", app.connector.serviceUrl));
    const [card] = app.connector.sent().flatMap(cardsOf);
    app.connector.reset();
    expect(cardProblems(card)).toEqual([]);
    return cardActions(card).filter((a) => a.verb === "privacyFeedback");
  }

  it("counts a Yes per tenant and section and thanks, keeping no user identifier", async () => {
    const [yes, no] = await feedbackActions();
    expect(yes.data).toMatchObject({ helpful: true });
    expect(no.data).toMatchObject({ helpful: false, sectionId: yes.data.sectionId });
    const before = usage.snapshot();
    const card = expectCard(await app.post(execute(yes.verb, yes.data)));
    expect(cardText(card)).toContain("Thank you for your feedback");
    const counted = usage.snapshot().find((c) => c.event === "answer-feedback-helpful" && c.key === yes.data.sectionId);
    const previous = before.find((c) => c.event === "answer-feedback-helpful" && c.key === yes.data.sectionId)?.count ?? 0;
    expect(counted).toEqual({ tenantId: FIXTURE_TENANT, event: "answer-feedback-helpful", key: yes.data.sectionId, count: previous + 1 });
    const fixture = loadActivity("message-personal-privacy-en", "http://x/");
    const stored = JSON.stringify(usage.snapshot());
    for (const value of [fixture.from.id, fixture.from.name, fixture.from.aadObjectId, fixture.conversation.id]) expect(stored).not.toContain(value);
  });

  it("counts a No separately", async () => {
    const [, no] = await feedbackActions();
    await app.post(execute(no.verb, no.data));
    await app.post(execute(no.verb, no.data));
    expect(usage.snapshot().find((c) => c.event === "answer-feedback-not-helpful" && c.key === no.data.sectionId)?.count).toBe(2);
  });

  it.each([[{ sectionId: "x", helpful: "yes" }], [{ helpful: true }], [null], [{ sectionId: "x", helpful: 1 }]])("refuses bad data %p with 400 InvalidData and counts nothing", async (data) => {
    const before = JSON.stringify(usage.snapshot());
    expectError(await app.post(execute("privacyFeedback", data)), 400, "InvalidData");
    expect(JSON.stringify(usage.snapshot())).toBe(before);
  });

  it("refuses a section the tenant's policy does not have with 400 UnknownSection and counts nothing", async () => {
    const before = JSON.stringify(usage.snapshot());
    expectError(await app.post(execute("privacyFeedback", { sectionId: "jordan.sample@example.org", helpful: true })), 400, "UnknownSection");
    expect(JSON.stringify(usage.snapshot())).toBe(before);
    expect(JSON.stringify(usage.snapshot())).not.toContain("jordan.sample");
  });
});

describe("verbs and refusals", () => {
  it("answers an unknown verb with 400 UnknownVerb", async () => {
    expectError(await app.post(execute("launchRockets", {})), 400, "UnknownVerb");
  });

  it.each([
    ["a missing verb", { action: { type: "Action.Execute", data: {} } }],
    ["an empty verb", { action: { type: "Action.Execute", verb: "", data: {} } }],
    ["a verb that is not a string", { action: { type: "Action.Execute", verb: 42 } }],
    ["a missing action", { trigger: "manual" }],
    ["a null action", { action: null }],
    ["a null value", null],
  ])("answers %s with 400 MissingVerb", async (_label, value) => {
    expectError(await app.post(cardAction(value)), 400, "MissingVerb");
  });

  it("refuses an organization that is not registered, in the card-action error shape", async () => {
    const res = await app.post(cardAction({ action: { type: "Action.Execute", verb: "similarCourses", data: { courseId: "impacts-of-gdpr" } } }, UNREGISTERED_TENANT));
    expectError(res, 403, "TenantNotEnabled");
    expect(JSON.stringify(res.body)).not.toContain("Impacts of GDPR");
  });

  it("never answered with a 500 and never logged anything personal", () => {
    const logs = app.logs.join("\n");
    expect(logs).not.toMatch(/"status":500/);
    expect(logs).not.toContain('"event":"turn-failed"');
    const fixture = loadActivity("invoke-compose-extension-query", "http://x/");
    for (const value of [fixture.from.id, fixture.from.name, fixture.from.aadObjectId, fixture.conversation.id, "jordan.sample"]) expect(logs).not.toContain(value);
  });
});
