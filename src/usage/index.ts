/** Anonymous usage counts behind one small interface (see usage-counter.ts). */
export { USAGE_EVENTS, type UsageCount, type UsageCounter, type UsageEvent, type UsageRecord } from "./usage-counter";
export { createMemoryUsageCounter } from "./memory-counter";
export { createBufferedUsageCounter, type BufferedCounterOptions, type BufferedUsageCounter } from "./buffered-counter";
export { retentionCutoff, startRetention, RETENTION_PERIOD_MS, type Retention } from "./retention";
export { startUsage, type UsageRuntime } from "./setup";
export { usageOfReply } from "./reply-usage";
