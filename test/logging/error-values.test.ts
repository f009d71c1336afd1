import { pickAllowed, serializeError } from "../../src/logging/logger";
import { captureLogger } from "../helpers/log-capture";

describe("allow-listed values", () => {
  it("replaces a tenantId that is not a GUID", () => {
    expect(pickAllowed({ tenantId: "jordan@example.org" })).toEqual({ tenantId: "invalid" });
    expect(pickAllowed({ tenantId: "5B7C9D2E-1F3A-4C6B-8D9E-0A1B2C3D4E5F" })).toEqual({ tenantId: "5B7C9D2E-1F3A-4C6B-8D9E-0A1B2C3D4E5F" });
  });

  it("replaces a token field holding free text", () => {
    expect(pickAllowed({ event: "reply", outcome: "Jordan Sample", intent: "a@b.example", route: "/go/:tenantId/:courseId" })).toEqual({
      event: "reply",
      outcome: "other",
      intent: "other",
      route: "/go/:tenantId/:courseId",
    });
  });

  it("keeps numbers only as numbers", () => {
    expect(pickAllowed({ count: "+33 6 12 34 56 78", latencyMs: 12, status: Number.NaN })).toEqual({ count: null, latencyMs: 12, status: null });
  });
});

describe("serializeError", () => {
  it("keeps no line of a multi-line message, even one shaped like a frame", () => {
    const err = new Error("question was:\n    at jordan.sample@example.org\n    at Jordan (/home/jordan:1:1)");
    const out = JSON.stringify(serializeError(err));
    expect(out).not.toMatch(/jordan/i);
    expect(serializeError(err).stack).toEqual(expect.arrayContaining([expect.stringMatching(/^at .*error-values\.test\.ts:\d+:\d+\)?$/)]));
  });

  it("drops the message even when it was changed after the error was created", () => {
    const err = new Error("first");
    err.message = "second, with +33 6 12 34 56 78\n    at 29:1abcDEF";
    expect(JSON.stringify(serializeError(err))).not.toMatch(/33 6|29:1abc/);
  });

  it("keeps a code or name only when it is an identifier", () => {
    const err = Object.assign(new Error("x"), { code: "jordan@example.org" });
    err.name = "Jordan Sample";
    expect(serializeError(err)).toEqual({ type: "Error", stack: expect.any(Array) });
    expect(serializeError(Object.assign(new Error("x"), { code: "ECONNREFUSED" }))).toMatchObject({ type: "Error", code: "ECONNREFUSED" });
  });

  it("writes errors through the logger without their message", () => {
    const { log, lines } = captureLogger();
    log.error({ event: "turn-failed", err: new TypeError("Cannot read properties of a@b.example") }, "failed");
    expect(lines[0].err).toEqual({ type: "TypeError", stack: expect.any(Array) });
    expect(JSON.stringify(lines)).not.toContain("a@b.example");
  });
});
