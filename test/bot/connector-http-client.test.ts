/**
 * Outgoing Bot Connector calls through botbuilder's real ConnectorClient (its @azure/core-rest-pipeline
 * pipeline and retry policy) with the app's HTTP client, against a loopback connector that throttles.
 */
import { createHttpHeaders } from "@azure/core-rest-pipeline";
import { ConnectorClient } from "botframework-connector";
import { createConnectorHttpClient, retryAfterMs, type ThrottleEvent } from "../../src/bot/connector-http-client";
import { startFakeConnector, type FakeConnector } from "../helpers/connector";

const credentials = { signRequest: async <T>(request: T) => request };
const reply = { type: "message", text: "one card per answer" };

let connector: FakeConnector;
let events: ThrottleEvent[];

beforeEach(async () => {
  connector = await startFakeConnector();
  events = [];
});
afterEach(() => connector.close());

function client(maxRetryAfterMs?: number): ConnectorClient {
  const httpClient = createConnectorHttpClient({ maxRetryAfterMs, onThrottled: (e) => events.push(e) });
  return new ConnectorClient(credentials, { baseUri: connector.serviceUrl, httpClient });
}

/** Answers the first `times` calls with 429 and `headers`, then the default 201. */
function throttleFirst(times: number, headers: Record<string, string>): void {
  let seen = 0;
  connector.respond = () => (seen++ < times ? { status: 429, body: { error: { code: "TooManyRequests" } }, headers } : undefined);
}

describe("retryAfterMs", () => {
  it("reads Retry-After in seconds", () => {
    expect(retryAfterMs(createHttpHeaders({ "Retry-After": "2" }))).toBe(2000);
  });

  it("reads retry-after-ms before Retry-After", () => {
    expect(retryAfterMs(createHttpHeaders({ "retry-after-ms": "250", "Retry-After": "9" }))).toBe(250);
  });

  it("reads an HTTP date", () => {
    const now = Date.parse("2025-01-01T00:00:00Z");
    expect(retryAfterMs(createHttpHeaders({ "Retry-After": "Wed, 01 Jan 2025 00:00:05 GMT" }), now)).toBe(5000);
  });

  it("returns undefined without a usable header", () => {
    expect(retryAfterMs(createHttpHeaders({}))).toBeUndefined();
    expect(retryAfterMs(createHttpHeaders({ "Retry-After": "soon" }))).toBeUndefined();
  });
});

describe("outgoing calls under throttling", () => {
  it("waits for Retry-After after a 429, then sends once: no duplicate message", async () => {
    throttleFirst(1, { "Retry-After": "1" });
    const started = Date.now();
    const result = await client().conversations.sendToConversation("conv-1", reply);
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
    expect(result.id).toBeDefined();
    expect(connector.calls).toHaveLength(2);
    expect(connector.calls[1].body).toEqual(connector.calls[0].body);
    expect(events).toEqual([{ status: 429, retryAfterMs: 1000, outcome: "retry" }]);
  });

  // botframework-connector's operation specs accept any status ("default" response), so a final 429
  // resolves without an id: the message was not delivered and the throttle event says why.
  it("gives up at once when Retry-After exceeds the ceiling, instead of holding the turn", async () => {
    throttleFirst(10, { "Retry-After": "3600" });
    const started = Date.now();
    const result = await client(2000).conversations.sendToConversation("conv-1", reply);
    expect(result.id).toBeUndefined();
    expect(Date.now() - started).toBeLessThan(1500);
    expect(connector.calls).toHaveLength(1);
    expect(events).toEqual([{ status: 429, retryAfterMs: 3_600_000, outcome: "capped" }]);
  });

  it("retries at most 3 times when the connector keeps throttling", async () => {
    throttleFirst(100, { "Retry-After": "0" });
    const result = await client().conversations.sendToConversation("conv-1", reply);
    expect(result.id).toBeUndefined();
    expect(connector.calls).toHaveLength(4);
    expect(events.map((e) => e.outcome)).toEqual(["retry", "retry", "retry", "retry"]);
  });

  it("retries a 429 without Retry-After after a default delay", async () => {
    throttleFirst(1, {});
    const result = await client().conversations.replyToActivity("conv-1", "act-9", reply);
    expect(result.id).toBeDefined();
    expect(connector.calls).toHaveLength(2);
    expect(events).toEqual([{ status: 429, retryAfterMs: 1000, outcome: "default-delay" }]);
  });

  it("reuses one kept-alive connection for successive calls", async () => {
    const c = client();
    for (let i = 0; i < 5; i++) await c.conversations.sendToConversation("conv-1", reply);
    expect(connector.calls).toHaveLength(5);
    expect(connector.connections()).toBe(1);
  });
});
