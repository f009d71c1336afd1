/**
 * Hostile and broken input on `POST /api/messages`, through the real server: body size limit,
 * malformed JSON, bodies that are not activities, unknown activity types, and message text of any
 * length, Unicode and markup. Error bodies are fixed JSON that never quote the request; nothing the
 * user typed comes back unescaped in a card.
 */
import { request } from "node:http";
import { loadActivity } from "../helpers/activities";
import { cardProblems, cardsOf } from "../helpers/adaptive-cards";
import { startTestApp, type TestApp } from "../helpers/app";
import { MAX_BODY_BYTES } from "../../src/server";

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());
beforeEach(() => {
  app.connector.reset();
  app.logs.splice(0);
});

const MARKER = "zq-hostile-marker";
const message = (text: unknown) => ({ ...loadActivity("message-personal-help", app.connector.serviceUrl), text });

async function postRaw(body: string, contentType = "application/json") {
  const res = await fetch(`${app.server.url}/api/messages`, { method: "POST", headers: { "content-type": contentType }, body });
  return { status: res.status, text: await res.text(), type: res.headers.get("content-type") ?? "" };
}

/** Sends `body` in chunks without a Content-Length, as a streaming client would. */
function postChunked(body: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(`${app.server.url}/api/messages`, { method: "POST", headers: { "content-type": "application/json", "transfer-encoding": "chunked" } }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on("error", (err: NodeJS.ErrnoException) => (err.code === "ECONNRESET" || err.code === "EPIPE" ? resolve(413) : reject(err)));
    for (let i = 0; i < body.length; i += 64 * 1024) req.write(body.slice(i, i + 64 * 1024));
    req.end();
  });
}

describe("request body", () => {
  it("answers 413 above the body limit, with a fixed JSON error", async () => {
    const big = JSON.stringify(message(`${MARKER} ${"x".repeat(MAX_BODY_BYTES)}`));
    const res = await postRaw(big);
    expect(res.status).toBe(413);
    expect(res.type).toMatch(/application\/json/);
    expect(JSON.parse(res.text)).toEqual({ code: "PayloadTooLarge", message: "The request body is too large." });
    expect(app.connector.calls).toHaveLength(0);
  });

  it("refuses an oversized body sent in chunks without Content-Length", async () => {
    const status = await postChunked(JSON.stringify(message("y".repeat(MAX_BODY_BYTES + 1024))));
    expect(status).toBe(413);
    expect(app.connector.calls).toHaveLength(0);
  });

  it("answers 400 to malformed JSON without echoing any of it", async () => {
    const res = await postRaw(`{"type":"message","text":"<script>alert('${MARKER}')</script>`);
    expect(res.status).toBe(400);
    expect(JSON.parse(res.text)).toEqual({ code: "InvalidContent", message: "The request body is not valid JSON." });
    expect([res.text, ...app.logs].join("\n")).not.toMatch(new RegExp(`${MARKER}|script`));
  });

  it.each([
    ["an array", "[1,2,3]"],
    ["a string", JSON.stringify(MARKER)],
    ["null", "null"],
    ["an object without type", JSON.stringify({ text: MARKER, serviceUrl: "https://x.test/" })],
    ["a type that is not a string", JSON.stringify({ type: { nested: MARKER }, serviceUrl: "https://x.test/" })],
    ["an activity without serviceUrl", JSON.stringify({ type: "message", text: MARKER })],
  ])("answers 400 to %s, not 500", async (_label, body) => {
    const res = await postRaw(body);
    expect(res.status).toBe(400);
    expect(JSON.parse(res.text)).toEqual({ error: { code: "BadRequest", message: expect.any(String) } });
    expect(res.text).not.toContain(MARKER);
    expect(app.connector.calls).toHaveLength(0);
  });

  it("answers 400 to a body sent as text/plain (not parsed as an activity)", async () => {
    const res = await postRaw(JSON.stringify(message("help")), "text/plain");
    expect(res.status).toBe(400);
    expect(app.connector.calls).toHaveLength(0);
  });

  it("answers 405 with a JSON error to GET", async () => {
    const res = await fetch(`${app.server.url}/api/messages`);
    expect(res.status).toBe(405);
    expect(await res.json()).toEqual({ code: "MethodNotAllowed", message: "Method not allowed." });
  });
});

describe("unknown activity types", () => {
  it.each([
    ["typing", "typing"],
    ["messageReaction", "messageReaction"],
    ["endOfConversation", "endOfConversation"],
    ["handoff", "handoff"],
    ["a type no Teams version sends", "somethingNew"],
    ["a 5,000-character type", "x".repeat(5000)],
  ])("answers %s with 200 and sends nothing", async (_label, type) => {
    const activity = { ...message(undefined), type };
    const res = await app.post(activity);
    expect(res.status).toBe(200);
    expect(app.connector.calls).toHaveLength(0);
  });
});

describe("message text", () => {
  const texts: Array<[string, unknown]> = [
    ["empty", ""],
    ["whitespace and NBSPs only", " \u00a0\n\t "],
    ["200 KB of text (read up to its first 1,000 characters, in well under a second)", `help ${"lorem ipsum ".repeat(17_000)}`],
    ["emoji, RTL and zero-width characters", `courses 🧑‍🏫 ‏עברית‎ العربية \u200b\u200d\ufeff ${MARKER}`],
    ["a lone surrogate", `privacy \ud800 ${MARKER}`],
    ["control characters", `help \u0000\u0001\u001b[31m ${MARKER}`],
    ["script tags", `<script>alert("${MARKER}")</script> courses`],
    ["an HTML img with onerror", `<img src=x onerror="alert('${MARKER}')"> privacy`],
    ["Markdown and Adaptive Card template syntax", `[click](javascript:alert(1)) \${${MARKER}} {{${MARKER}}} **courses**`],
    ["HTML entities", `&lt;script&gt;${MARKER}&lt;/script&gt; &amp; help`],
    ["a non-string text", { html: `<b>${MARKER}</b>` }],
  ];

  it.each(texts)("answers %s with valid cards and echoes none of it", async (_label, text) => {
    const started = Date.now();
    const res = await app.post(message(text));
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(res.status).toBe(200);
    const sent = app.connector.sent();
    expect(sent.length).toBeLessThanOrEqual(1);
    for (const activity of sent) for (const card of cardsOf(activity)) expect(cardProblems(card)).toEqual([]);
    const output = JSON.stringify(sent);
    expect(output).not.toContain(MARKER);
    expect(output).not.toMatch(/<script|onerror=|javascript:/i);
  });
});
