/**
 * Starts the real server (real restify, CloudAdapter, teamsfx) in local mode on loopback with the
 * test tenant registry, plus a loopback connector; captures log lines for assertions.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Writable } from "node:stream";
import { loadConfig } from "../../src/config";
import { createLogger } from "../../src/logging/logger";
import { startServer, type RunningServer, type ServerOptions } from "../../src/server";
import { readResponse } from "./http";
import { startFakeConnector, type FakeConnector } from "./connector";
import { TEST_TENANTS_FILE } from "./paths";

export interface TestApp {
  server: RunningServer;
  connector: FakeConnector;
  /** Raw JSON log lines written so far. */
  logs: string[];
  /** Data folder of this app (a temp folder removed on close, unless the test passed DATA_DIR). */
  dataDir: string;
  /** POSTs `activity` to /api/messages; resolves with status and parsed body (if any). */
  post(activity: unknown, headers?: Record<string, string>): Promise<{ status: number; body: any; text: string }>;
  close(): Promise<void>;
}

export async function startTestApp(env: NodeJS.ProcessEnv = {}, options: ServerOptions = {}): Promise<TestApp> {
  const logs: string[] = [];
  const sink = new Writable({
    write(chunk, _enc, cb) {
      logs.push(...chunk.toString("utf8").split("\n").filter(Boolean));
      cb();
    },
  });
  const ownDataDir = env.DATA_DIR ? undefined : mkdtempSync(join(tmpdir(), "cc-app-data-"));
  const config = loadConfig({ TENANTS_FILE: TEST_TENANTS_FILE, PORT: "0", LOG_LEVEL: "debug", NODE_ENV: "test", DATA_DIR: ownDataDir, ...env });
  const connector = await startFakeConnector();
  const server = await startServer(config, { logger: createLogger("debug", sink), host: "127.0.0.1", ...options });
  return {
    server,
    connector,
    logs,
    dataDir: config.storage.kind === "sqlite" ? config.storage.dataDir : "",
    async post(activity, headers = {}) {
      const res = await fetch(`${server.url}/api/messages`, {
        method: "POST",
        headers: { "content-type": "application/json", ...headers },
        body: typeof activity === "string" ? activity : JSON.stringify(activity),
      });
      const { status, body, text } = await readResponse(res);
      return { status, body, text };
    },
    async close() {
      await server.close();
      await connector.close();
      if (ownDataDir) rmSync(ownDataDir, { recursive: true, force: true });
    },
  };
}
