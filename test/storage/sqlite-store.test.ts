import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { openSqliteStore, SQLITE_FILE } from "../../src/storage";
import { describeCounterStore, T1 } from "./store-contract";

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "cc-sqlite-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describeCounterStore("SQLite", () => ({ open: () => openSqliteStore(dir) }));

describe("SQLite counter store file", () => {
  it("creates the data folder and the database in WAL mode", async () => {
    const nested = join(dir, "nested", "data");
    const store = openSqliteStore(nested);
    await store.increment([{ tenantId: T1, day: "2025-01-01", event: "me-search", key: "", count: 1 }]);
    expect(existsSync(join(nested, SQLITE_FILE))).toBe(true);
    expect(existsSync(join(nested, `${SQLITE_FILE}-wal`))).toBe(true);
    const db = new Database(join(nested, SQLITE_FILE), { readonly: true });
    expect(db.pragma("journal_mode", { simple: true })).toBe("wal");
    db.close();
    await store.close();
  });

  it("keeps counters across a restart", async () => {
    const first = openSqliteStore(dir);
    await first.increment([{ tenantId: T1, day: "2025-01-02", event: "me-search", key: "", count: 7 }]);
    await first.close();
    const second = openSqliteStore(dir);
    expect(await second.read(T1, "2025-01-02", "2025-01-02")).toEqual([{ tenantId: T1, day: "2025-01-02", event: "me-search", key: "", count: 7 }]);
    await second.close();
  });

  it("stores nothing but the counter columns", async () => {
    const store = openSqliteStore(dir);
    await store.close();
    const db = new Database(join(dir, SQLITE_FILE), { readonly: true });
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all();
    const columns = db.prepare("SELECT name FROM pragma_table_info('usage_counts')").all();
    db.close();
    expect(tables).toEqual([{ name: "usage_counts" }]);
    expect(columns.map((c: any) => c.name)).toEqual(["tenant_id", "day", "event", "key", "count"]);
    expect(readFileSync(join(dir, SQLITE_FILE)).length).toBeGreaterThan(0);
  });
});

describe("openSqliteStore with a bad DATA_DIR", () => {
  it("names DATA_DIR and the fix when the folder cannot be created", () => {
    const { writeFileSync, mkdtempSync } = require("node:fs") as typeof import("node:fs");
    const { join } = require("node:path") as typeof import("node:path");
    const file = join(mkdtempSync(join(require("node:os").tmpdir(), "datadir-")), "a-file");
    writeFileSync(file, "x");
    expect(() => openSqliteStore(file)).toThrow(/^DATA_DIR .* is not a writable folder \(EEXIST\): set DATA_DIR to a folder/);
  });
});
