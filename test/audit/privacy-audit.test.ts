/**
 * The privacy audit (issue "Prove the promise"): thousands of generated activities and tab calls
 * carrying generated personal data go through the real server (local mode, SQLite usage storage in a
 * temp folder, counters flushed every second); then every generated value is searched in the log
 * output, printed output, outgoing HTTP requests, the app's HTTP responses, every file of the data
 * folder (SQLite database, WAL and shared-memory files) and the counter rows. Any hit fails with the
 * value and where it was found. docs/privacy.md describes the same data map.
 *
 * Runs: AUDIT_RUNS (default 2000); AUDIT_SEED replays a run.
 */
import Database from "better-sqlite3";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { SQLITE_FILE } from "../../src/storage";
import { startTestApp, type TestApp } from "../helpers/app";
import { createCapture } from "./capture";
import { runAudit, type Sink } from "./run-audit";
import { appIds, dataFolderSinks, report } from "./audit-helpers";

const RUNS = Number(process.env.AUDIT_RUNS ?? 2000);
const SEED = process.env.AUDIT_SEED ? Number(process.env.AUDIT_SEED) : undefined;

function counterRows(dir: string): Sink {
  const db = new Database(join(dir, SQLITE_FILE), { readonly: true });
  try {
    return { label: "usage_counts rows", text: JSON.stringify(db.prepare("SELECT * FROM usage_counts").all()) };
  } finally {
    db.close();
  }
}

describe("privacy audit (SQLite)", () => {
  const capture = createCapture();
  const dataDir = mkdtempSync(join(tmpdir(), "cc-audit-"));
  let app: TestApp;
  let closed = false;

  beforeAll(async () => {
    app = await startTestApp({ DATA_DIR: dataDir, USAGE_FLUSH_SECONDS: "1", RATE_LIMIT_PER_TENANT: "1000000", TAB_ENDPOINT: "https://course-companion.example" });
    capture.install((url) => url.startsWith(app.server.url));
  });
  afterAll(async () => {
    capture.uninstall();
    if (!closed) await app.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it(`finds no generated personal data anywhere after ${RUNS} generated inputs`, async () => {
    const started = performance.now();
    const ids = await appIds(app);
    const result = await runAudit({
      app,
      capture,
      runs: RUNS,
      seed: SEED,
      ids,
      finish: async () => {
        closed = true;
        await app.close();
      },
      storedSinks: async () => [...dataFolderSinks(dataDir), counterRows(dataDir)],
    });
    capture.uninstall();
    process.stdout.write(`${report(result, performance.now() - started)}\n`);
    expect(result.hits.map((h) => `"${h.value}" (from ${h.owner}) in ${h.where}`)).toEqual([]);
    // the audit looked at something real: every case sent personal data, the app replied, counted and logged
    expect(result.casesWithoutPersonalInput).toBe(0);
    expect(result.outgoing).toBeGreaterThanOrEqual(app.connector.calls.length);
    expect(app.connector.calls.length).toBeGreaterThan(RUNS / 10);
    expect(counterRows(dataDir).text).toMatch(/privacy-answered|course-search|me-search|course-opened/);
    expect(result.logLines).toBeGreaterThan(RUNS);
  }, 900_000);
});
