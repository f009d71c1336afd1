/**
 * Anonymous usage counting: the one interface every counter implements (in memory, and the
 * buffered counter that writes to SQLite or Azure Table Storage, see buffered-counter.ts).
 *
 * What a count may hold (the product's privacy rule): the tenant ID, an event name from
 * {@link USAGE_EVENTS}, and a key chosen by the app from its own data (a policy section id, a course
 * id), never a user or conversation id, a name or any text a person typed.
 */

/**
 * Events the app counts, and their key:
 * - `privacy-answered` (key: the answering section id), `privacy-declined` (key ""; the question is counted, never kept);
 * - `course-search-results` / `course-search-empty` (key ""): a course search in the bot with or without results;
 * - `course-opened` (key: course id): an Open button followed through the `/go` redirect;
 * - `me-search` (key: "search" or "featured"): a message-extension search;
 * - `answer-feedback-helpful` / `answer-feedback-not-helpful` (key: section id): "Was this helpful?" votes.
 */
export const USAGE_EVENTS = [
  "privacy-answered",
  "privacy-declined",
  "course-search-results",
  "course-search-empty",
  "course-opened",
  "me-search",
  "answer-feedback-helpful",
  "answer-feedback-not-helpful",
] as const;

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
  /**
   * Counts held in memory, sorted by tenant, event, key: every count so far for the in-memory
   * counter; the increments not yet written for the buffered counter.
   */
  snapshot(): UsageCount[];
}
