/**
 * The privacy audit against Azure Table Storage (Azurite, started by the test on loopback): a smaller
 * run of the same generated inputs, then every generated value is searched in the log output, printed
 * output, outgoing HTTP requests (the table writes included), the app's responses, every entity of
 * every table of the account, and Azurite's own output (its access log shows each request it served).
 *
 * Runs: AUDIT_AZURE_RUNS (default 400); AUDIT_SEED replays a run.
 */
import { TableClient, TableServiceClient } from "@azure/data-tables";
import { startTestApp, type TestApp } from "../helpers/app";
import { startAzurite, type Azurite } from "../helpers/azurite";
import { createCapture } from "./capture";
import { appIds, report } from "./audit-helpers";
import { runAudit, type Sink } from "./run-audit";

const RUNS = Number(process.env.AUDIT_AZURE_RUNS ?? 400);
const SEED = process.env.AUDIT_SEED ? Number(process.env.AUDIT_SEED) : undefined;

/** Every entity of every table of the account, as JSON. */
async function tableSinks(connectionString: string): Promise<Sink[]> {
  const service = TableServiceClient.fromConnectionString(connectionString, { allowInsecureConnection: true });
  const sinks: Sink[] = [];
  for await (const table of service.listTables()) {
    const client = TableClient.fromConnectionString(connectionString, table.name!, { allowInsecureConnection: true });
    const entities = [];
    for await (const entity of client.listEntities()) entities.push(entity);
    sinks.push({ label: `table ${table.name}`, text: JSON.stringify(entities) });
  }
  return sinks;
}

describe("privacy audit (Azure Tables on Azurite)", () => {
  const capture = createCapture();
  let azurite: Azurite;
  let app: TestApp;
  let closed = false;

  beforeAll(async () => {
    azurite = await startAzurite();
    app = await startTestApp({
      STORAGE: "azure-tables",
      AZURE_TABLES_CONNECTION_STRING: azurite.connectionString,
      USAGE_FLUSH_SECONDS: "1",
      RATE_LIMIT_PER_TENANT: "1000000",
      TAB_ENDPOINT: "https://course-companion.example",
    });
    capture.install((url) => url.startsWith(app.server.url));
  }, 60_000);
  afterAll(async () => {
    capture.uninstall();
    if (app && !closed) await app.close();
    await azurite?.stop();
  });

  it(`finds no generated personal data in the tables or anywhere else after ${RUNS} generated inputs`, async () => {
    const started = performance.now();
    const result = await runAudit({
      app,
      capture,
      runs: RUNS,
      seed: SEED,
      ids: await appIds(app),
      finish: async () => {
        closed = true;
        await app.close();
      },
      storedSinks: async () => [...(await tableSinks(azurite.connectionString)), { label: "Azurite output", text: azurite.output.join("\n") }],
    });
    capture.uninstall();
    process.stdout.write(`${report(result, performance.now() - started)}\n`);
    expect(result.hits.map((h) => `"${h.value}" (from ${h.owner}) in ${h.where}`)).toEqual([]);
    expect(result.casesWithoutPersonalInput).toBe(0);
    // the tables were really written through the app's HTTP requests, which the audit searched
    const tables = await tableSinks(azurite.connectionString);
    expect(tables.map((t) => t.label)).toContain("table usagecounts");
    expect(tables.find((t) => t.label === "table usagecounts")!.text).toMatch(/"count":\d+/);
    expect(capture.requests.some((r) => r.url.includes("/usagecounts"))).toBe(true);
  }, 900_000);
});
