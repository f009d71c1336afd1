import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openSqliteStore, type CounterRow } from "../../src/storage";
import { createBufferedUsageCounter, type UsageEvent } from "../../src/usage";
import { captureLogger } from "../helpers/log-capture";

const T1 = "5b7c9d2e-1f3a-4c6b-8d9e-0a1b2c3d4e5f";
const T2 = "0a1b2c3d-0000-4000-8000-000000000002";
const day = (iso: string) => () => new Date(iso);

function recordingStore() {
  const batches: CounterRow[][] = [];
  let fail: Error | undefined;
  return {
    batches,
    failWith(err: Error | undefined) {
      fail = err;
    },
    async increment(rows: CounterRow[]) {
      if (fail) throw fail;
      batches.push(rows);
    },
  };
}

describe("createBufferedUsageCounter", () => {
  const counters: { close(): Promise<void> }[] = [];
  afterEach(async () => {
    await Promise.all(counters.splice(0).map((c) => c.close()));
  });
  const make = (store: ReturnType<typeof recordingStore>, now = day("2025-06-01T23:59:00Z")) => {
    const { log, lines } = captureLogger();
    const usage = createBufferedUsageCounter({ store, log, flushSeconds: 3600, now });
    counters.push(usage);
    return { usage, lines };
  };

  it("aggregates increments in memory and writes one row per counter on flush", async () => {
    const store = recordingStore();
    const { usage } = make(store);
    usage.record({ tenantId: T1, event: "privacy-answered", key: "cookies" });
    usage.record({ tenantId: T1.toUpperCase(), event: "privacy-answered", key: "cookies" });
    usage.record({ tenantId: T2, event: "course-search-empty", key: "" });
    expect(store.batches).toEqual([]);
    expect(usage.snapshot()).toEqual([
      { tenantId: T2, event: "course-search-empty", key: "", count: 1 },
      { tenantId: T1, event: "privacy-answered", key: "cookies", count: 2 },
    ]);
    await usage.flush();
    expect(store.batches).toEqual([
      [
        { tenantId: T1, day: "2025-06-01", event: "privacy-answered", key: "cookies", count: 2 },
        { tenantId: T2, day: "2025-06-01", event: "course-search-empty", key: "", count: 1 },
      ],
    ]);
    expect(usage.snapshot()).toEqual([]);
  });

  it("files each increment under the UTC day it happened", async () => {
    const store = recordingStore();
    let now = new Date("2025-06-01T23:59:59Z");
    const { usage } = make(store, () => now);
    usage.record({ tenantId: T1, event: "me-search", key: "search" });
    now = new Date("2025-06-02T00:00:01Z");
    usage.record({ tenantId: T1, event: "me-search", key: "search" });
    await usage.flush();
    expect(store.batches[0].map((r) => r.day)).toEqual(["2025-06-01", "2025-06-02"]);
  });

  it("writes nothing when nothing was recorded", async () => {
    const store = recordingStore();
    const { usage } = make(store);
    await usage.flush();
    expect(store.batches).toEqual([]);
  });

  it("ignores unknown events and keys the storage refuses, never throwing", () => {
    const { usage } = make(recordingStore());
    expect(() => usage.record({ tenantId: T1, event: "jordan@example.org" as UsageEvent, key: "" })).not.toThrow();
    usage.record({ tenantId: "contoso", event: "privacy-declined", key: "" });
    usage.record({ tenantId: T1, event: "course-opened", key: "k".repeat(201) });
    expect(usage.snapshot()).toEqual([]);
  });

  it("drops a failed batch, warns once, and reports the lost increments once when storage is back", async () => {
    const store = recordingStore();
    const { usage, lines } = make(store);
    store.failWith(new Error("ECONNREFUSED 10.0.0.4 jordan@example.org"));
    for (let i = 0; i < 3; i++) usage.record({ tenantId: T1, event: "privacy-declined", key: "" });
    await usage.flush();
    usage.record({ tenantId: T1, event: "privacy-declined", key: "" });
    await usage.flush();
    expect(usage.lost).toBe(4);
    expect(lines.filter((l) => l.event === "usage-storage-down")).toHaveLength(1);
    store.failWith(undefined);
    usage.record({ tenantId: T1, event: "privacy-declined", key: "" });
    await usage.flush();
    expect(store.batches).toEqual([[{ tenantId: T1, day: "2025-06-01", event: "privacy-declined", key: "", count: 1 }]]);
    expect(lines.filter((l) => l.event === "usage-storage-recovered")).toEqual([expect.objectContaining({ count: 4 })]);
    expect(usage.lost).toBe(0);
    expect(JSON.stringify(lines)).not.toMatch(/jordan|10\.0\.0\.4/);
  });

  it("reports increments lost at shutdown while storage is still down", async () => {
    const store = recordingStore();
    const { usage, lines } = make(store);
    store.failWith(new Error("down"));
    usage.record({ tenantId: T1, event: "course-opened", key: "gdpr-basics" });
    usage.record({ tenantId: T1, event: "course-opened", key: "gdpr-basics" });
    await usage.close();
    expect(lines.filter((l) => l.event === "usage-increments-lost")).toEqual([expect.objectContaining({ count: 2, level: 40 })]);
  });

  it("counts a write that never settles as failed after the timeout", async () => {
    const { log, lines } = captureLogger();
    const usage = createBufferedUsageCounter({ store: { increment: () => new Promise<void>(() => undefined) }, log, flushSeconds: 3600, timeoutMs: 30 });
    counters.push(usage);
    usage.record({ tenantId: T1, event: "me-search", key: "featured" });
    await usage.flush();
    expect(usage.lost).toBe(1);
    expect(lines).toEqual([expect.objectContaining({ event: "usage-storage-down", err: expect.objectContaining({ type: "UsageFlushTimeout" }) })]);
  });

  it("shares one write between concurrent flushes", async () => {
    let calls = 0;
    const { log } = captureLogger();
    const usage = createBufferedUsageCounter({ store: { increment: async () => void calls++ }, log, flushSeconds: 3600 });
    counters.push(usage);
    usage.record({ tenantId: T1, event: "me-search", key: "search" });
    await Promise.all([usage.flush(), usage.flush(), usage.flush()]);
    expect(calls).toBe(1);
  });

  it("flushes on its own every flushSeconds", async () => {
    jest.useFakeTimers({ doNotFake: ["nextTick", "setImmediate"] });
    try {
      const store = recordingStore();
      const { log } = captureLogger();
      const usage = createBufferedUsageCounter({ store, log, flushSeconds: 5 });
      usage.record({ tenantId: T1, event: "me-search", key: "search" });
      await jest.advanceTimersByTimeAsync(4_999);
      expect(store.batches).toHaveLength(0);
      await jest.advanceTimersByTimeAsync(1);
      expect(store.batches).toHaveLength(1);
      await usage.close();
    } finally {
      jest.useRealTimers();
    }
  });

  it("writes through to a real SQLite store and flushes what is left on close", async () => {
    const dir = mkdtempSync(join(tmpdir(), "cc-usage-"));
    const store = openSqliteStore(dir);
    try {
      const { log } = captureLogger();
      const usage = createBufferedUsageCounter({ store, log, flushSeconds: 3600, now: day("2025-06-03T10:00:00Z") });
      usage.record({ tenantId: T1, event: "answer-feedback-helpful", key: "cookies" });
      usage.record({ tenantId: T1, event: "answer-feedback-helpful", key: "cookies" });
      await usage.close();
      expect(await store.read(T1, "2025-06-03", "2025-06-03")).toEqual([{ tenantId: T1, day: "2025-06-03", event: "answer-feedback-helpful", key: "cookies", count: 2 }]);
    } finally {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
