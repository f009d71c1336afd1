/**
 * Anonymous usage counting: the one interface every counter store implements (in memory today;
 * SQLite and Azure Table Storage later, issue "Prove the promise").
 *
 * What a count may hold (the product's privacy rule): the tenant ID, an event name from
 * {@link USAGE_EVENTS}, and a key chosen by the app from its own data (a policy section id, a course
 * id), never a user or conversation id, a name or any text a person typed.
 */

/** Events the app counts. */
export const USAGE_EVENTS = ["answer-feedback-helpful", "answer-feedback-not-helpful"] as const;

export type UsageEvent = (typeof USAGE_EVENTS)[number];

/** One increment. */
export interface UsageRecord {
  /** Entra tenant ID (lower-case GUID), the only organization key. */
  tenantId: string;
  event: UsageEvent;
  /** What the event is about, from the app's own data (e.g. a policy section id); "" when nothing. */
  key: string;
}

/** A counted total. */
export interface UsageCount extends UsageRecord {
  count: number;
}

/**
 * Where increments go. `record` must never throw nor block a reply: implementations queue or
 * swallow storage failures themselves.
 */
export interface UsageCounter {
  /** Adds one to the count of (tenantId, event, key). */
  record(entry: UsageRecord): void;
  /** Every count so far, sorted by tenant, event, key. */
  snapshot(): UsageCount[];
}
