/**
 * `npm run usage -- --tenant <id> [--days 30]`: prints the usage report of one organization for the
 * last `days` UTC days (today included) as a table, counts below 5 shown as "fewer than 5".
 * Reads the same configuration as the app (`.env`, `STORAGE`, `DATA_DIR`, `AZURE_TABLES_*`), so it
 * reads the counters the app writes; with SQLite it can run while the app runs (WAL mode).
 *
 * Exit codes: 0 printed, 1 storage or configuration problem, 2 bad usage.
 */
import "dotenv/config";
import { parseArgs } from "node:util";
import { ConfigError, loadConfig } from "../src/config";
import { addDays, openCounterStore, utcDay } from "../src/storage";
import { buildReport, formatReport } from "../src/usage/report";

const USAGE = "Usage: npm run usage -- --tenant <tenant id> [--days 30]";
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Parsed command line, or the message explaining what is wrong. */
export function parseUsageArgs(argv: string[]): { tenantId: string; days: number } | { error: string } {
  let values: { tenant?: string; days?: string };
  try {
    values = parseArgs({ args: argv, options: { tenant: { type: "string" }, days: { type: "string" } } }).values;
  } catch (e) {
    return { error: `usage: ${(e as Error).message}. ${USAGE}` };
  }
  if (!values.tenant) return { error: `usage: --tenant is required. ${USAGE}` };
  if (!GUID.test(values.tenant)) return { error: `usage: --tenant must be an Entra tenant ID (a GUID). ${USAGE}` };
  const days = values.days === undefined ? 30 : Number(values.days);
  if (!Number.isInteger(days) || days < 1 || days > 3650) return { error: `usage: --days must be a whole number from 1 to 3650. ${USAGE}` };
  return { tenantId: values.tenant.toLowerCase(), days };
}

/** Runs the command; `now` is injectable for tests. @returns the exit code. */
export async function run(argv: string[], env: NodeJS.ProcessEnv, out = console.log, err = console.error, now = new Date()): Promise<number> {
  const args = parseUsageArgs(argv);
  if ("error" in args) {
    err(args.error);
    return 2;
  }
  let config;
  try {
    config = loadConfig(env);
  } catch (e) {
    err(e instanceof ConfigError ? e.message : `usage: ${(e as Error).name}`);
    return 1;
  }
  const toDay = utcDay(now);
  const fromDay = addDays(toDay, -(args.days - 1));
  const store = openCounterStore(config.storage);
  try {
    const rows = await store.read(args.tenantId, fromDay, toDay);
    out(formatReport(buildReport(rows, { tenantId: args.tenantId, fromDay, toDay })));
    return 0;
  } catch (e) {
    err(`usage: could not read the counters from ${store.kind} storage (${(e as Error).name}). Check STORAGE and its settings.`);
    return 1;
  } finally {
    await store.close();
  }
}

if (require.main === module) {
  void run(process.argv.slice(2), process.env).then((code) => {
    process.exitCode = code;
  });
}
