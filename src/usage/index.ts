/** Anonymous usage counts behind one small interface (see usage-counter.ts). */
export { USAGE_EVENTS, type UsageCount, type UsageCounter, type UsageEvent, type UsageRecord } from "./usage-counter";
export { createMemoryUsageCounter } from "./memory-counter";
