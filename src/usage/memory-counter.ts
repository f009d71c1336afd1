/**
 * In-memory {@link UsageCounter}: counts live in the process and are lost on restart
 * (enough until the storage issue lands). Memory stays bounded because keys come from the app's
 * own data (registered tenants × fixed events × policy sections), never from free input.
 */
import { USAGE_EVENTS, type UsageCount, type UsageCounter, type UsageRecord } from "./usage-counter";

const SEPARATOR = "\u0000";

/**
 * @example
 * const usage = createMemoryUsageCounter();
 * usage.record({ tenantId: "5b7c…", event: "answer-feedback-helpful", key: "retention" });
 * usage.snapshot() // [{ tenantId: "5b7c…", event: "answer-feedback-helpful", key: "retention", count: 1 }]
 */
export function createMemoryUsageCounter(): UsageCounter {
  const counts = new Map<string, number>();
  return {
    record({ tenantId, event, key }: UsageRecord) {
      if (!(USAGE_EVENTS as readonly string[]).includes(event)) return; // not a known event: nothing to count
      const id = [tenantId.toLowerCase(), event, key].join(SEPARATOR);
      counts.set(id, (counts.get(id) ?? 0) + 1);
    },
    snapshot() {
      return [...counts.entries()]
        .map(([id, count]): UsageCount => {
          const [tenantId, event, key] = id.split(SEPARATOR);
          return { tenantId, event: event as UsageCount["event"], key, count };
        })
        .sort((a, b) => a.tenantId.localeCompare(b.tenantId) || a.event.localeCompare(b.event) || a.key.localeCompare(b.key));
    },
  };
}
