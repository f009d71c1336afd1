import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openSqliteStore } from "../../src/storage";
import { retentionCutoff, startRetention } from "../../src/usage";
import { captureLogger } from "../helpers/log-capture";

const T1 = "5b7c9d2e-1f3a-4c6b-8d9e-0a1b2c3d4e5f";

describe("retention", () => {
  it("keeps the last retentionDays days before today (UTC)", () => {
    expect(retentionCutoff(new Date("2025-03-01T23:30:00Z"), 400)).toBe("2024-01-26");
    expect(retentionCutoff(new Date("2025-03-01T00:00:00Z"), 1)).toBe("2025-02-28");
  });

  it("deletes old counters on start, logging only how many", async () => {
    const dir = mkdtempSync(join(tmpdir(), "cc-retention-"));
    const store = openSqliteStore(dir);
    try {
      const row = (day: string) => ({ tenantId: T1, day, event: "privacy-declined", key: "", count: 1 });
      await store.increment([row("2024-01-25"), row("2024-01-26"), row("2025-03-01")]);
      const { log, lines } = captureLogger();
      const retention = startRetention(store, { retentionDays: 400, log, now: () => new Date("2025-03-01T12:00:00Z") });
      await retention.stop();
      expect((await store.read(T1, "2000-01-01", "2099-01-01")).map((r) => r.day).sort()).toEqual(["2024-01-26", "2025-03-01"]);
      expect(lines).toEqual([expect.objectContaining({ event: "usage-retention", count: 1, outcome: "ok" })]);
    } finally {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("runs again every 24 hours", async () => {
    jest.useFakeTimers({ doNotFake: ["nextTick", "setImmediate"] });
    try {
      const cutoffs: string[] = [];
      let now = new Date("2025-03-01T12:00:00Z");
      const { log } = captureLogger();
      const retention = startRetention({ deleteBefore: async (day) => (cutoffs.push(day), 0) }, { retentionDays: 10, log, now: () => now });
      now = new Date("2025-03-02T12:00:00Z");
      await jest.advanceTimersByTimeAsync(24 * 60 * 60 * 1000);
      await retention.stop();
      expect(cutoffs).toEqual(["2025-02-19", "2025-02-20"]);
    } finally {
      jest.useRealTimers();
    }
  });

  it("logs a failed pass as a warning without the error message", async () => {
    const { log, lines } = captureLogger();
    const retention = startRetention({ deleteBefore: async () => { throw new Error("account key abc123 rejected"); } }, { retentionDays: 10, log });
    await retention.stop();
    expect(lines).toEqual([expect.objectContaining({ event: "usage-retention", outcome: "failed", level: 40 })]);
    expect(JSON.stringify(lines)).not.toContain("abc123");
  });
});
