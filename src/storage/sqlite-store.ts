/**
 * {@link CounterStore} on SQLite through better-sqlite3 (the embedded default, one instance).
 *
 * - One file `usage.sqlite` in the data folder (config `DATA_DIR`, default `.data/`), created with
 *   its folder on first use; WAL journal mode (readers never block the writer; `-wal`/`-shm` files
 *   live beside it) and a 5 s busy timeout, so `npm run usage` can read while the app writes.
 * - One table `usage_counts`, primary key (tenant_id, day, event, key); an increment is an upsert
 *   (`INSERT … ON CONFLICT DO UPDATE SET count = count + excluded.count`) and a batch is one transaction,
 *   so concurrent writers (threads or processes) never lose an increment.
 * - better-sqlite3 is synchronous: a batch of a few hundred upserts takes about a millisecond, and
 *   it runs from the usage flush timer, never inside a turn.
 * Source: SQLite "Write-Ahead Logging" and "UPSERT" documentation; better-sqlite3 API docs.
 */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import Database from "better-sqlite3";
import { checkDay, checkRow, checkTenant, mergeRows, type CounterRow, type CounterStore } from "./counter-store";

/** File name of the counters database inside the data folder. */
export const SQLITE_FILE = "usage.sqlite";

const SCHEMA = `
CREATE TABLE IF NOT EXISTS usage_counts (
  tenant_id TEXT NOT NULL,
  day TEXT NOT NULL,
  event TEXT NOT NULL,
  key TEXT NOT NULL,
  count INTEGER NOT NULL,
  PRIMARY KEY (tenant_id, day, event, key)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS usage_counts_day ON usage_counts (day);
`;

/**
 * Opens (creating when needed) the counters database in `dataDir`.
 * @param dataDir folder for `usage.sqlite`; created recursively.
 * @throws the SQLite error when the folder or file cannot be opened (start-up stops with it).
 * @example
 *   const store = openSqliteStore(".data");
 *   await store.increment([{ tenantId, day: "2025-01-31", event: "privacy-answered", key: "cookies", count: 2 }]);
 */
export function openSqliteStore(dataDir: string): CounterStore {
  const db = openDatabase(dataDir);
  db.pragma("journal_mode = WAL");
  db.pragma("busy_timeout = 5000");
  db.exec(SCHEMA);
  const upsert = db.prepare(
    "INSERT INTO usage_counts (tenant_id, day, event, key, count) VALUES (@tenantId, @day, @event, @key, @count) " +
      "ON CONFLICT (tenant_id, day, event, key) DO UPDATE SET count = count + excluded.count",
  );
  const select = db.prepare(
    "SELECT tenant_id AS tenantId, day, event, key, count FROM usage_counts WHERE tenant_id = ? AND day >= ? AND day <= ?",
  );
  const prune = db.prepare("DELETE FROM usage_counts WHERE day < ?");
  const writeBatch = db.transaction((rows: CounterRow[]) => {
    for (const row of rows) upsert.run(row);
  });
  return {
    kind: "sqlite",
    async increment(rows) {
      rows.forEach(checkRow);
      writeBatch.immediate(mergeRows(rows));
    },
    async read(tenantId, fromDay, toDay) {
      return select.all(checkTenant(tenantId), checkDay(fromDay), checkDay(toDay)) as CounterRow[];
    },
    async deleteBefore(day) {
      return prune.run(checkDay(day)).changes;
    },
    async close() {
      if (db.open) db.close();
    },
  };
}

/** Creates `dataDir` and opens the database, or throws naming DATA_DIR and the fix (start-up stops). */
function openDatabase(dataDir: string): Database.Database {
  try {
    mkdirSync(dataDir, { recursive: true });
    return new Database(join(dataDir, SQLITE_FILE));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? (e as Error).name;
    throw new Error(`DATA_DIR ${dataDir} is not a writable folder (${code}): set DATA_DIR to a folder this process can create and write, or STORAGE=azure-tables`);
  }
}
