/**
 * Replies under Bot Connector throttling, through the real server: the loopback connector answers
 * 429 with Retry-After, then 201. The reply is retried after the delay and delivered exactly once;
 * one card per answer; connections to the connector are kept alive across turns.
 */
import { loadActivity } from "../helpers/activities";
import { cardsOf } from "../helpers/adaptive-cards";
import { startTestApp, type TestApp } from "../helpers/app";

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());
beforeEach(() => {
  app.connector.reset();
  app.connector.respond = undefined;
  app.logs.splice(0);
});

const privacyQuestion = () => loadActivity("message-personal-privacy-en", app.connector.serviceUrl);

describe("replies under throttling", () => {
  it("retries after Retry-After on 429 and delivers the answer card exactly once", async () => {
    let calls = 0;
    app.connector.respond = () => (calls++ === 0 ? { status: 429, body: { error: { code: "Throttled" } }, headers: { "Retry-After": "1" } } : undefined);
    const started = Date.now();
    const response = await app.post(privacyQuestion());
    expect(response.status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
    expect(app.connector.calls).toHaveLength(2);
    expect(app.connector.calls[1].body).toEqual(app.connector.calls[0].body);
    expect(cardsOf(app.connector.calls[1].body)).toHaveLength(1);
    const throttled = app.logs.map((l) => JSON.parse(l)).filter((l) => l.event === "connector-throttled");
    expect(throttled).toEqual([expect.objectContaining({ status: 429, outcome: "retry", latencyMs: 1000 })]);
  });

  it("does not hold the turn for a Retry-After beyond the ceiling, and sends nothing twice", async () => {
    app.connector.respond = () => ({ status: 429, headers: { "Retry-After": "120" } });
    const started = Date.now();
    const response = await app.post(privacyQuestion());
    expect(response.status).toBe(200);
    expect(Date.now() - started).toBeLessThan(2_000);
    const bodies = app.connector.calls.map((c) => JSON.stringify(c.body));
    expect(new Set(bodies).size).toBe(bodies.length); // the answer once (then, at most, the apology once)
  });

  it("reuses one kept-alive connection to the connector across turns", async () => {
    const before = app.connector.connections();
    for (let i = 0; i < 4; i++) expect((await app.post(privacyQuestion())).status).toBe(200);
    expect(app.connector.calls).toHaveLength(4);
    expect(app.connector.connections() - before).toBeLessThanOrEqual(1);
  });
});
