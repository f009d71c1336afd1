import { Writable } from "node:stream";
import { createLogger, pickAllowed, serializeError } from "../../src/logging/logger";

function capture() {
  const lines: any[] = [];
  const stream = new Writable({
    write(chunk, _e, cb) {
      chunk.toString().split("\n").filter(Boolean).forEach((l: string) => lines.push(JSON.parse(l)));
      cb();
    },
  });
  return { lines, stream };
}

describe("logger", () => {
  it("writes only allow-listed fields, with the module binding", () => {
    const { lines, stream } = capture();
    const log = createLogger("info", stream).child("bot");
    log.info({ event: "turn", tenantId: "t1", text: "my name is Jordan", from: { id: "29:abc" }, headers: { authorization: "Bearer x" } } as any, "turn done");
    expect(lines).toHaveLength(1);
    expect(Object.keys(lines[0]).sort()).toEqual(["event", "level", "module", "msg", "tenantId", "time"]);
    expect(JSON.stringify(lines[0])).not.toMatch(/Jordan|29:abc|Bearer/);
  });

  it("reduces errors to their class and stack frames, dropping the message", () => {
    const { lines, stream } = capture();
    createLogger("info", stream).error({ err: new TypeError("cannot read jordan.sample@example.com") }, "failed");
    expect(lines[0].err.type).toBe("TypeError");
    expect(Array.isArray(lines[0].err.stack)).toBe(true);
    expect(JSON.stringify(lines[0])).not.toContain("jordan.sample@example.com");
  });

  it("respects the level", () => {
    const { lines, stream } = capture();
    const log = createLogger("warn", stream);
    log.info({ event: "x" }, "hidden");
    log.warn({ event: "y" }, "shown");
    expect(lines.map((l) => l.event)).toEqual(["y"]);
  });

  it("pickAllowed drops unknown keys and undefined values", () => {
    expect(pickAllowed({ event: "a", name: "Jordan", tenantId: undefined, latencyMs: 3 })).toEqual({ event: "a", latencyMs: 3 });
  });

  it("serializeError handles non-errors without their value", () => {
    expect(serializeError("secret string")).toEqual({ type: "string" });
  });
});
