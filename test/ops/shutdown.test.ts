import { EventEmitter } from "node:events";
import { createServer, request, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { createLogger } from "../../src/logging/logger";
import { trackInFlight } from "../../src/ops/in-flight";
import { createReadiness } from "../../src/ops/readiness";
import { drainAndClose, installSignalHandlers } from "../../src/ops/shutdown";

/** A server whose requests take `delayMs` to answer. */
async function slowServer(delayMs: number): Promise<{ server: Server; url: string }> {
  const server = createServer((_req, res) => setTimeout(() => res.end("done"), delayMs));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/` };
}

function get(url: string): Promise<{ status?: number; body: string }> {
  return new Promise((resolve, reject) => {
    request(url, { agent: false }, (res) => {
      let body = "";
      res.on("data", (c) => (body += c));
      res.on("end", () => resolve({ status: res.statusCode, body }));
    }).on("error", reject).end();
  });
}

const silent = createLogger("silent");

describe("drainAndClose", () => {
  it("stops accepting, lets the request in flight finish, then closes", async () => {
    const { server, url } = await slowServer(400);
    const inFlight = trackInFlight(server);
    const readiness = createReadiness([]);
    let closed = false;
    const pending = get(url);
    await new Promise((r) => setTimeout(r, 50));
    expect(inFlight.count()).toBe(1);
    const stopping = drainAndClose({ server, inFlight, readiness, close: async () => void (closed = true) }, 5_000);
    await expect(get(url)).rejects.toMatchObject({ code: "ECONNREFUSED" });
    expect((await readiness.report()).status).toBe("draining");
    expect(await pending).toEqual({ status: 200, body: "done" });
    expect(await stopping).toBe(true);
    expect(closed).toBe(true);
  });

  it("gives up waiting after the grace period", async () => {
    const { server, url } = await slowServer(3_000);
    const inFlight = trackInFlight(server);
    const pending = get(url).catch(() => "cut");
    await new Promise((r) => setTimeout(r, 50));
    const started = Date.now();
    const drained = await drainAndClose({ server, inFlight, readiness: createReadiness([]), close: async () => void server.closeAllConnections() }, 200);
    expect(drained).toBe(false);
    expect(Date.now() - started).toBeLessThan(1_500);
    expect(await pending).toBe("cut");
  });
});

describe("installSignalHandlers", () => {
  function setup(shutdown: () => Promise<boolean>) {
    const emitter = new EventEmitter();
    const exits: number[] = [];
    const reloads: number[] = [];
    const remove = installSignalHandlers({ shutdown, reload: () => reloads.push(1), log: silent, exit: (c) => exits.push(c), emitter });
    return { emitter, exits, reloads, remove };
  }

  it("exits 0 after a graceful stop on SIGTERM", async () => {
    const { emitter, exits } = setup(async () => true);
    emitter.emit("SIGTERM");
    await new Promise((r) => setImmediate(r));
    expect(exits).toEqual([0]);
  });

  it("exits 0 even when the grace period expired, and 1 on a second signal", async () => {
    let finish: (v: boolean) => void = () => undefined;
    const { emitter, exits } = setup(() => new Promise<boolean>((resolve) => (finish = resolve)));
    emitter.emit("SIGINT");
    emitter.emit("SIGTERM");
    expect(exits).toEqual([1]);
    finish(false);
    await new Promise((r) => setImmediate(r));
    expect(exits).toEqual([1, 0]);
  });

  it("reloads on SIGHUP and can be removed", () => {
    const { emitter, reloads, remove } = setup(async () => true);
    emitter.emit("SIGHUP");
    remove();
    emitter.emit("SIGHUP");
    expect(reloads).toHaveLength(1);
  });
});
