/**
 * The search message extension and link unfurling through the real server (restify, CloudAdapter,
 * tenant gate, teamsfx), with the shared invoke fixtures read in place.
 * Shapes: "Respond to search command" and "Add link unfurling" (learn.microsoft.com/microsoftteams/platform).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Course } from "../../src/catalog/types";
import { loadActivity } from "../helpers/activities";
import { cardProblems, cardText } from "../helpers/adaptive-cards";
import { startTestApp, type TestApp } from "../helpers/app";
import { REPO_ROOT, UNREGISTERED_TENANT } from "../helpers/paths";

const CATALOG: Course[] = JSON.parse(readFileSync(join(REPO_ROOT, "test", "fixtures", "example-catalog.json"), "utf8"));
const FEATURED_TITLES = CATALOG.filter((c) => c.featured).map((c) => c.title);

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app.close();
});
beforeEach(() => app.connector.reset());

/** The shared query fixture with its value replaced. */
function query(value: unknown, name = "invoke-compose-extension-query"): any {
  const activity = loadActivity(name, app.connector.serviceUrl);
  activity.value = value;
  return activity;
}

function search(text: string, queryOptions: unknown = { skip: 0, count: 25 }) {
  return query({ commandId: "searchCourses", parameters: [{ name: "query", value: text }], queryOptions });
}

/** Checks the documented `result` shape and every card; returns the attachments. */
function expectResult(body: any): any[] {
  expect(Object.keys(body)).toEqual(["composeExtension"]);
  const result = body.composeExtension;
  expect(result).toMatchObject({ type: "result", attachmentLayout: "list" });
  expect(Array.isArray(result.attachments)).toBe(true);
  for (const a of result.attachments) {
    expect(a.contentType).toBe("application/vnd.microsoft.card.adaptive");
    expect(cardProblems(a.content)).toEqual([]);
    expect(a.preview.contentType).toBe("application/vnd.microsoft.card.thumbnail");
    expect(typeof a.preview.content.title).toBe("string");
    expect(a.preview.content.title).not.toBe("");
  }
  return result.attachments;
}

/** Checks the documented `message` shape; returns its text. */
function expectMessage(body: any): string {
  expect(body).toEqual({ composeExtension: { type: "message", text: expect.any(String) } });
  expect(body.composeExtension.text.length).toBeGreaterThan(0);
  return body.composeExtension.text;
}

const titles = (attachments: any[]) => attachments.map((a) => a.preview.content.title);

describe("composeExtension/query", () => {
  it("answers the shared query fixture with course cards previewed as thumbnails, best match first", async () => {
    const res = await app.post(loadActivity("invoke-compose-extension-query", app.connector.serviceUrl));
    expect(res.status).toBe(200);
    const attachments = expectResult(res.body);
    expect(attachments.length).toBeGreaterThan(0);
    expect(attachments[0].preview.content.title).toBe("Impacts of GDPR");
    expect(cardText(attachments[0].content)).toContain("Impacts of GDPR");
    expect(attachments[0].preview.content.images).toEqual([{ url: "https://example.learning.test/images/impacts-of-gdpr.png", alt: "Impacts of GDPR" }]);
    expect(app.connector.calls).toEqual([]); // the answer is the invoke response, nothing is posted
  });

  it("answers the initial run with the tenant's featured courses", async () => {
    const res = await app.post(loadActivity("invoke-compose-extension-initial-run", app.connector.serviceUrl));
    expect(res.status).toBe(200);
    const attachments = expectResult(res.body);
    expect(titles(attachments).sort()).toEqual([...FEATURED_TITLES].sort());
  });

  it.each(["", "   ", "\u00a0\n"])("treats the empty or whitespace query %p like the initial run", async (text) => {
    const res = await app.post(search(text));
    expect(titles(expectResult(res.body)).sort()).toEqual([...FEATURED_TITLES].sort());
  });

  it("pages with skip and count", async () => {
    const all = titles(expectResult((await app.post(search("communication"))).body));
    expect(all.length).toBeGreaterThanOrEqual(2);
    const first = titles(expectResult((await app.post(search("communication", { skip: 0, count: 1 }))).body));
    const second = titles(expectResult((await app.post(search("communication", { skip: 1, count: 1 }))).body));
    expect([...first, ...second]).toEqual(all.slice(0, 2));
    const past = expectResult((await app.post(search("communication", { skip: all.length, count: 25 }))).body);
    expect(past).toEqual([]); // past the last page: an empty list, not a message
  });

  it("serves at most 25 results whatever count Teams asks for", async () => {
    const res = await app.post(query({ commandId: "searchCourses", parameters: [{ name: "initialRun", value: "true" }], queryOptions: { skip: 0, count: 1000 } }));
    expect(expectResult(res.body).length).toBeLessThanOrEqual(25);
  });

  it("says so in a message when no course matches, without repeating what was typed", async () => {
    const res = await app.post(search("zzqxv"));
    expect(res.status).toBe(200);
    const text = expectMessage(res.body);
    expect(text).toMatch(/^No course matches/);
    expect(text).not.toContain("zzqxv");
  });

  it("answers in French for a French locale", async () => {
    const activity = search("zzqxv");
    activity.locale = "fr-FR";
    expect(expectMessage((await app.post(activity)).body)).toContain("Aucune formation");
  });

  it("answers an unknown command with a message, not an error", async () => {
    const res = await app.post(query({ commandId: "somethingElse", parameters: [{ name: "query", value: "gdpr" }] }));
    expect(res.status).toBe(200);
    expectMessage(res.body);
  });

  it.each([[null], [{}], [{ parameters: "gdpr", queryOptions: { skip: "x", count: -3 } }], [{ parameters: [null, 3, { name: "query", value: 42 }] }]])(
    "answers a malformed value %p with a valid response",
    async (value) => {
      const res = await app.post(query(value));
      expect(res.status).toBe(200);
      expectResult(res.body);
    },
  );

  it("gives an organization that is not registered a short message and no course", async () => {
    const activity = loadActivity("invoke-compose-extension-query", app.connector.serviceUrl);
    activity.conversation.tenantId = UNREGISTERED_TENANT;
    activity.channelData.tenant.id = UNREGISTERED_TENANT;
    const res = await app.post(activity);
    expect(res.status).toBe(200);
    expect(expectMessage(res.body)).toMatch(/not enabled for your organization/);
  });

  it("gives an activity without a tenant a short message and no course", async () => {
    const activity = loadActivity("invoke-compose-extension-initial-run", app.connector.serviceUrl);
    delete activity.conversation.tenantId;
    delete activity.channelData;
    const res = await app.post(activity);
    expect(res.status).toBe(200);
    expectMessage(res.body);
  });
});

describe("composeExtension/queryLink", () => {
  it("unfurls the shared course link into the course card with its preview", async () => {
    const res = await app.post(loadActivity("invoke-compose-extension-query-link", app.connector.serviceUrl));
    expect(res.status).toBe(200);
    const attachments = expectResult(res.body);
    expect(attachments).toHaveLength(1);
    expect(attachments[0].preview.content.title).toBe("Impacts of GDPR");
    const actions = JSON.stringify(attachments[0].content.actions);
    expect(actions).toContain("https://example.learning.test/courses/impacts-of-gdpr");
    expect(actions).toContain("similarCourses");
  });

  it.each([
    "https://example.learning.test/courses/impacts-of-gdpr/?utm_source=teams#top",
    "https://EXAMPLE.learning.test/courses/impacts-of-gdpr",
  ])("unfurls the course link as pasted: %s", async (url) => {
    const res = await app.post(query({ url }, "invoke-compose-extension-query-link"));
    expect(titles(expectResult(res.body))).toEqual(["Impacts of GDPR"]);
  });

  it.each([
    "https://elsewhere.example/courses/impacts-of-gdpr",
    "https://example.learning.test/courses/no-such-course",
    "https://example.learning.test/",
    "not a url",
  ])("returns an empty result for %s", async (url) => {
    const res = await app.post(query({ url }, "invoke-compose-extension-query-link"));
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ composeExtension: { type: "result", attachmentLayout: "list", attachments: [] } });
  });

  it("returns an empty result without a url", async () => {
    const res = await app.post(query(null, "invoke-compose-extension-query-link"));
    expect(res.body).toEqual({ composeExtension: { type: "result", attachmentLayout: "list", attachments: [] } });
  });

  it("never unfurls for an organization that is not registered", async () => {
    const activity = loadActivity("invoke-compose-extension-query-link", app.connector.serviceUrl);
    activity.conversation.tenantId = UNREGISTERED_TENANT;
    activity.channelData.tenant.id = UNREGISTERED_TENANT;
    const res = await app.post(activity);
    expect(res.status).toBe(200);
    expect(JSON.stringify(res.body)).not.toContain("Impacts of GDPR");
  });
});

describe("logs", () => {
  it("hold nothing personal from the invokes", () => {
    const fixture = loadActivity("invoke-compose-extension-query", "http://x/");
    const all = app.logs.join("\n");
    for (const value of [fixture.from.id, fixture.from.name, fixture.from.aadObjectId, fixture.conversation.id, "zzqxv"]) {
      expect(all).not.toContain(value);
    }
    expect(all).toContain('"event":"message-extension"');
  });
});
