import { activityFromBody, MAX_TEXT_CHARS } from "../../src/bot/activity-body";
import { AuthenticationError } from "botframework-connector";
import { authFailure } from "../../src/bot/auth-failure";

const SERVICE = "https://smba.trafficmanager.net/emea/";

describe("activityFromBody", () => {
  it("accepts an object with a string type and an http(s) serviceUrl", () => {
    const result = activityFromBody({ type: "message", serviceUrl: SERVICE, text: "hi" });
    expect(result).toMatchObject({ ok: true, activity: { type: "message", text: "hi" } });
  });

  it.each([null, [], "text", 42, true])("refuses %p as not an object", (body) => {
    expect(activityFromBody(body)).toEqual({ ok: false, reason: "not-an-object" });
  });

  it.each([undefined, "", 7, {}, ["message"]])("refuses type %p", (type) => {
    expect(activityFromBody({ type, serviceUrl: SERVICE })).toEqual({ ok: false, reason: "missing-type" });
  });

  it.each([undefined, 12, "", "not a url", "ftp://example.org/", `https://x.test/${"a".repeat(3000)}`])("refuses serviceUrl %p", (serviceUrl) => {
    expect(activityFromBody({ type: "message", serviceUrl })).toEqual({ ok: false, reason: "bad-service-url" });
  });

  it("keeps only the first MAX_TEXT_CHARS of a long text, never half a surrogate pair", () => {
    const long = activityFromBody({ type: "message", serviceUrl: SERVICE, text: "a".repeat(MAX_TEXT_CHARS + 50) });
    expect(long.ok && long.activity.text).toHaveLength(MAX_TEXT_CHARS);
    const emoji = activityFromBody({ type: "message", serviceUrl: SERVICE, text: `${"a".repeat(MAX_TEXT_CHARS - 1)}😀tail` });
    expect(emoji.ok && emoji.activity.text).toBe("a".repeat(MAX_TEXT_CHARS - 1));
    const short = activityFromBody({ type: "message", serviceUrl: SERVICE, text: "help" });
    expect(short.ok && short.activity.text).toBe("help");
  });

  it("turns ISO timestamps into Dates and keeps the raw text, as botbuilder does", () => {
    const result = activityFromBody({ type: "message", serviceUrl: SERVICE, timestamp: "2025-03-01T10:00:00.000Z" });
    if (!result.ok) throw new Error("expected ok");
    expect(result.activity.timestamp).toEqual(new Date("2025-03-01T10:00:00.000Z"));
    expect((result.activity as unknown as { rawTimestamp: string }).rawTimestamp).toBe("2025-03-01T10:00:00.000Z");
  });
});

describe("authFailure", () => {
  it("answers 401 with a fixed body for a token problem, whatever its message says", () => {
    const failure = authFailure(new AuthenticationError("Unauthorized. Invalid AppId passed on token: 1234-secret-aud", 401));
    expect(failure.status).toBe(401);
    expect(JSON.stringify(failure.body)).not.toContain("1234-secret-aud");
  });

  it("answers 401 for jsonwebtoken's errors (bad signature, expiry), which botbuilder lets through as 500", () => {
    for (const name of ["JsonWebTokenError", "TokenExpiredError", "NotBeforeError"]) {
      const err = new Error("invalid signature");
      err.name = name;
      expect(authFailure(err).status).toBe(401);
    }
  });

  it("answers 503 when the signing keys could not be loaded", () => {
    expect(authFailure(new AuthenticationError("Failed to load openID config: 404", 500)).status).toBe(503);
    expect(authFailure(new TypeError("fetch failed")).status).toBe(503);
  });
});
