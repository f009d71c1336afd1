/**
 * The server as `npm start` runs it (src/index.ts, here through tsx), in a child process:
 * SIGTERM stops accepting connections, lets the turn in flight finish and exits 0; SIGHUP reloads
 * tenant data and keeps the last good version of a broken file, naming it in the log.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { loadActivity } from "../helpers/activities";
import { REPO_ROOT, TEST_TENANTS_FILE } from "../helpers/paths";
import { writeTwoTenantRegistry } from "../helpers/two-tenants";

interface Child {
  process: ChildProcess;
  url: string;
  lines: Array<Record<string, any>>;
  exited: Promise<number | null>;
  waitFor(event: string, outcome?: string): Promise<Record<string, any>>;
}

async function startChild(env: Record<string, string>): Promise<Child> {
  const child = spawn(process.execPath, ["--import", "tsx", "src/index.ts"], {
    cwd: REPO_ROOT,
    env: { PATH: process.env.PATH, PORT: "0", LOG_LEVEL: "info", NODE_ENV: "test", DATA_DIR: mkdtempSync(join(tmpdir(), "cc-data-")), ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const lines: Array<Record<string, any>> = [];
  const waiters: Array<() => void> = [];
  let buffer = "";
  child.stdout!.on("data", (chunk: Buffer) => {
    buffer += chunk.toString("utf8");
    const parts = buffer.split("\n");
    buffer = parts.pop() ?? "";
    for (const part of parts) if (part.startsWith("{")) lines.push(JSON.parse(part));
    for (const wake of waiters.splice(0)) wake();
  });
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  const waitFor = async (event: string, outcome?: string) => {
    for (;;) {
      const found = lines.find((l) => l.event === event && (outcome === undefined || l.outcome === outcome));
      if (found) return found;
      await new Promise<void>((resolve, reject) => {
        waiters.push(resolve);
        void exited.then(() => reject(new Error(`process exited before logging ${event}`)));
      });
    }
  };
  const startup = await waitFor("startup");
  return { process: child, url: `http://127.0.0.1:${startup.port}`, lines, exited, waitFor };
}

/** A Bot Connector stand-in that answers every reply after `delayMs`. */
async function slowConnector(delayMs: number): Promise<{ server: Server; serviceUrl: string; received: unknown[] }> {
  const received: unknown[] = [];
  const server = createServer((req, res) => {
    let body = "";
    req.on("data", (c) => (body += c));
    req.on("end", () => setTimeout(() => {
      received.push(JSON.parse(body));
      res.writeHead(201, { "content-type": "application/json" });
      res.end(JSON.stringify({ id: `a-${received.length}` }));
    }, delayMs));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { server, serviceUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, received };
}

const post = (url: string, activity: unknown) =>
  fetch(`${url}/api/messages`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(activity) });

// Each test starts the server through tsx in a child process: allow for a slow, busy machine.
jest.setTimeout(90_000);

describe("process signals", () => {
  it("SIGTERM: stops accepting, lets the turn in flight finish, exits 0", async () => {
    const connector = await slowConnector(1_500);
    const child = await startChild({ TENANTS_FILE: TEST_TENANTS_FILE });
    try {
      // npm start applies the heap policy before anything else and says so (src/ops/heap-policy).
      expect(child.lines.find((l) => l.event === "heap-policy")).toMatchObject({ outcome: "fixed-factor", count: 25 });
      expect((await fetch(`${child.url}/readyz`)).status).toBe(200);
      const inFlight = post(child.url, loadActivity("message-channel-mention-help", connector.serviceUrl));
      await new Promise((r) => setTimeout(r, 400)); // the turn is now waiting on the connector
      const started = Date.now();
      child.process.kill("SIGTERM");
      await child.waitFor("shutdown", "SIGTERM");
      await expect(fetch(`${child.url}/healthz`)).rejects.toThrow();
      expect((await inFlight).status).toBe(200);
      expect(connector.received).toHaveLength(1);
      expect(await child.exited).toBe(0);
      expect(Date.now() - started).toBeLessThan(10_000);
      expect(child.lines.find((l) => l.event === "shutdown" && l.outcome === "drained")).toBeDefined();
    } finally {
      child.process.kill("SIGKILL");
      connector.server.close();
    }
  });

  it("SIGHUP: reloads tenant data, keeps the last good version of a broken file and names it", async () => {
    const registry = writeTwoTenantRegistry();
    const child = await startChild({ TENANTS_FILE: registry });
    try {
      writeFileSync(join(dirname(registry), "b-policy.md"), ""); // an empty policy has no sections: refused
      child.process.kill("SIGHUP");
      const failed = await child.waitFor("reload-failed");
      expect(failed.reason).toContain("b-policy.md");
      expect(await child.waitFor("registry-reloaded")).toMatchObject({ outcome: "partial", count: 2 });
      expect((await fetch(`${child.url}/readyz`)).status).toBe(200);
      child.process.kill("SIGTERM");
      expect(await child.exited).toBe(0);
    } finally {
      child.process.kill("SIGKILL");
    }
  });
});
