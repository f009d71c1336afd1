/**
 * The {@link UsageCounter} the app runs with: `record` adds to an in-memory map keyed by
 * (tenant, UTC day, event, key) and returns at once; a timer writes the map to the
 * {@link CounterStore} every `flushSeconds` (and `close()` writes what is left on shutdown).
 * So a reply never waits for storage, and storage sees one upsert per counter per period.
 *
 * Storage down: the batch of that flush is dropped (not retried, so memory stays bounded and an
 * outage never replays stale increments twice), its increments are added to a lost count, one warning
 * says the storage is unavailable, and one line reports how many increments were lost when a write
 * succeeds again (or at shutdown). A write that takes longer than `timeoutMs` counts as failed.
 *
 * Memory stays bounded because keys come from the app's own data (registered tenants × fixed events
 * × section or course ids), never from free input; a record breaking the storage rules is ignored.
 */
import type { Logger } from "../logging/logger";
import { checkRow, utcDay, type CounterRow, type CounterStore } from "../storage";
import { USAGE_EVENTS, type UsageCount, type UsageCounter, type UsageEvent, type UsageRecord } from "./usage-counter";

/** Options of {@link createBufferedUsageCounter}. */
export interface BufferedCounterOptions {
  store: Pick<CounterStore, "increment">;
  log: Logger;
  /** Period of the background flush, in seconds (config `USAGE_FLUSH_SECONDS`). */
  flushSeconds: number;
  /** A write not settled after this many milliseconds counts as failed (default 20 000). */
  timeoutMs?: number;
  /** Clock, for the UTC day of each increment (tests pass a fixed one). */
  now?: () => Date;
}

/** A counter writing to storage in the background. */
export interface BufferedUsageCounter extends UsageCounter {
  /** Writes pending increments now; resolves when done or failed (never rejects). Concurrent calls share one write. */
  flush(): Promise<void>;
  /** Stops the timer, flushes, reports lost increments if any. Does not close the store. */
  close(): Promise<void>;
  /** Increments lost since the last report (storage down). */
  readonly lost: number;
}

const SEP = "\u0000";
const KNOWN = new Set<string>(USAGE_EVENTS);

/** @example const usage = createBufferedUsageCounter({ store: openSqliteStore(".data"), log, flushSeconds: 30 }); */
export function createBufferedUsageCounter({ store, log, flushSeconds, timeoutMs = 20_000, now = () => new Date() }: BufferedCounterOptions): BufferedUsageCounter {
  let pending = new Map<string, number>();
  let lost = 0;
  let down = false;
  let inFlight: Promise<void> | undefined;

  const write = async (): Promise<void> => {
    const rows = toRows(pending);
    pending = new Map();
    if (rows.length === 0) return;
    try {
      await withTimeout(store.increment(rows), timeoutMs);
      if (down) log.info({ event: "usage-storage-recovered", count: lost, outcome: "lost" }, "usage storage is back; increments lost while it was down");
      down = false;
      lost = 0;
    } catch (err) {
      lost += rows.reduce((n, r) => n + r.count, 0);
      if (!down) log.warn({ event: "usage-storage-down", err }, "usage storage unavailable: increments are dropped until it is back");
      down = true;
    }
  };
  const flush = () => (inFlight ??= write().finally(() => (inFlight = undefined)));
  const timer = setInterval(() => void flush(), flushSeconds * 1000);
  timer.unref();

  return {
    record(entry: UsageRecord) {
      const row = { tenantId: entry.tenantId.toLowerCase(), day: utcDay(now()), event: entry.event, key: entry.key, count: 1 };
      if (!KNOWN.has(row.event) || !isValid(row)) return;
      const id = [row.tenantId, row.day, row.event, row.key].join(SEP);
      pending.set(id, (pending.get(id) ?? 0) + 1);
    },
    snapshot: () => snapshotOf(pending),
    flush,
    async close() {
      clearInterval(timer);
      await flush();
      if (inFlight) await inFlight;
      if (down && lost > 0) log.warn({ event: "usage-increments-lost", count: lost }, "usage increments lost while storage was down");
      lost = 0;
    },
    get lost() {
      return lost;
    },
  };
}

function isValid(row: CounterRow): boolean {
  try {
    checkRow(row);
    return true;
  } catch {
    return false; // a programming error upstream (e.g. a non-GUID tenant); never worth breaking a reply
  }
}

function toRows(pending: Map<string, number>): CounterRow[] {
  return [...pending].map(([id, count]) => {
    const [tenantId, day, event, key] = id.split(SEP);
    return { tenantId, day, event, key, count };
  });
}

function snapshotOf(pending: Map<string, number>): UsageCount[] {
  const totals = new Map<string, number>();
  for (const row of toRows(pending)) {
    const id = [row.tenantId, row.event, row.key].join(SEP);
    totals.set(id, (totals.get(id) ?? 0) + row.count);
  }
  return [...totals]
    .map(([id, count]) => {
      const [tenantId, event, key] = id.split(SEP);
      return { tenantId, event: event as UsageEvent, key, count };
    })
    .sort((a, b) => a.tenantId.localeCompare(b.tenantId) || a.event.localeCompare(b.event) || a.key.localeCompare(b.key));
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new UsageFlushTimeout()), ms);
    timer.unref();
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** A write that did not settle in time. */
class UsageFlushTimeout extends Error {
  constructor() {
    super("usage storage write timed out");
    this.name = "UsageFlushTimeout";
  }
}
