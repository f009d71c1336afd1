/**
 * Usage counting as the composition root starts it: the configured {@link CounterStore}, the
 * buffered counter in front of it and the retention schedule; `close()` stops all three in order
 * (last flush before the store closes).
 */
import type { AppConfig } from "../config";
import type { Logger } from "../logging/logger";
import { openCounterStore, type CounterStore } from "../storage";
import { createBufferedUsageCounter, type BufferedUsageCounter } from "./buffered-counter";
import { startRetention } from "./retention";

/** Running usage counting. */
export interface UsageRuntime {
  counter: BufferedUsageCounter;
  store: CounterStore;
  close(): Promise<void>;
}

/**
 * @param store use this store instead of opening the configured one (tests: a failing store).
 * @throws the SQLite error when `DATA_DIR` cannot be written (start-up stops with it).
 */
export function startUsage(config: Pick<AppConfig, "storage" | "usage">, log: Logger, store: CounterStore = openCounterStore(config.storage)): UsageRuntime {
  const usageLog = log.child("usage");
  const counter = createBufferedUsageCounter({ store, log: usageLog, flushSeconds: config.usage.flushSeconds });
  const retention = startRetention(store, { retentionDays: config.usage.retentionDays, log: usageLog });
  usageLog.info({ event: "usage-storage", outcome: store.kind }, "usage counters storage ready");
  return {
    counter,
    store,
    async close() {
      await retention.stop();
      await counter.close();
      await store.close();
    },
  };
}
