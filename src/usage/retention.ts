/**
 * Retention of the usage counters: the app itself deletes counters older than `retentionDays`
 * (config `USAGE_RETENTION_DAYS`, default 400) once at start and then every 24 hours.
 * A counter of day D is kept while D >= today (UTC) − retentionDays.
 */
import type { Logger } from "../logging/logger";
import { addDays, utcDay, type CounterStore } from "../storage";

/** Period between two retention passes, in milliseconds. */
export const RETENTION_PERIOD_MS = 24 * 60 * 60 * 1000;

/** @returns the first UTC day that is kept on `today`. */
export function retentionCutoff(today: Date, retentionDays: number): string {
  return addDays(utcDay(today), -retentionDays);
}

/** A running retention schedule. */
export interface Retention {
  /** Runs one pass now; resolves with the number deleted (0 when the storage failed, which is logged). */
  runOnce(): Promise<number>;
  /** Stops the timer; resolves when a pass under way has finished. */
  stop(): Promise<void>;
}

/**
 * Starts the schedule: a first pass right away (in the background, start-up does not wait for it),
 * then one every {@link RETENTION_PERIOD_MS}. The timer does not keep the process alive.
 */
export function startRetention(store: Pick<CounterStore, "deleteBefore">, options: { retentionDays: number; log: Logger; now?: () => Date }): Retention {
  const { retentionDays, log, now = () => new Date() } = options;
  const runOnce = async (): Promise<number> => {
    try {
      const deleted = await store.deleteBefore(retentionCutoff(now(), retentionDays));
      log.info({ event: "usage-retention", count: deleted, outcome: "ok" }, "old usage counters deleted");
      return deleted;
    } catch (err) {
      log.warn({ event: "usage-retention", outcome: "failed", err }, "old usage counters could not be deleted; next pass in 24 h");
      return 0;
    }
  };
  let current: Promise<number> = runOnce();
  const timer = setInterval(() => void (current = runOnce()), RETENTION_PERIOD_MS);
  timer.unref();
  return {
    runOnce: () => (current = runOnce()),
    async stop() {
      clearInterval(timer);
      await current;
    },
  };
}
