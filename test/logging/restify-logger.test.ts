import restify from "restify";
import { restifyLogger } from "../../src/logging/restify-logger";
import { captureLogger } from "../helpers/log-capture";

describe("restifyLogger", () => {
  it("turns a warning into one allow-listed line without what restify passed", () => {
    const { log, lines } = captureLogger();
    const r = restifyLogger(log);
    r.child().warn({ req: { headers: { authorization: "Bearer abc" }, remoteAddress: "203.0.113.9" } }, "Discarded returned value %s", "jordan@example.org");
    expect(lines).toEqual([expect.objectContaining({ event: "http-server-warning", level: 40 })]);
    expect(JSON.stringify(lines)).not.toMatch(/Bearer|203\.0\.113\.9|jordan/);
  });

  it("drops trace, debug and info, and answers 'not enabled' to trace()", () => {
    const { log, lines } = captureLogger();
    const r = restifyLogger(log);
    expect(r.trace()).toBe(false);
    r.debug({ x: 1 }, "d");
    r.info({ x: 1 }, "i");
    expect(lines).toEqual([]);
  });

  it("keeps a discarded handler return value out of the logs of a real restify server", async () => {
    const { log, lines } = captureLogger();
    const server = restify.createServer({ log: restifyLogger(log) as never, handleUncaughtExceptions: false });
    server.get("/x", async (_req: restify.Request, res: restify.Response) => {
      res.send(200, { ok: true });
      return { person: "jordan@example.org" };
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    try {
      const res = await fetch(`http://127.0.0.1:${server.address().port}/x`);
      expect(res.status).toBe(200);
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(lines).toEqual([expect.objectContaining({ event: "http-server-warning" })]);
      expect(JSON.stringify(lines)).not.toContain("jordan");
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });
});
