/**
 * The storage interface of the anonymous usage counters: one row per (tenant, UTC day, event, key)
 * holding a count. Two implementations: SQLite (sqlite-store.ts, the embedded default) and Azure
 * Table Storage (azure-tables-store.ts, for several App Service instances).
 *
 * What a row may hold is the product's privacy rule: the Entra tenant ID, a UTC day, an event name
 * chosen by the app and a key taken from the app's own data (a policy section id, a course id) or "".
 * Never a user or conversation id, a name or text a person typed. {@link checkRow} enforces the shapes.
 */

/** Identity of one counter. */
export interface CounterKey {
  /** Entra tenant ID, lower-case GUID. */
  tenantId: string;
  /** UTC day, `YYYY-MM-DD`. */
  day: string;
  /** Event name, kebab-case (e.g. "privacy-answered"). */
  event: string;
  /** What the event is about (section id, course id), at most {@link MAX_KEY_LENGTH} characters; "" when nothing. */
  key: string;
}

/** A counter and its value (an increment when passed to {@link CounterStore.increment}). */
export interface CounterRow extends CounterKey {
  count: number;
}

/** Where counters live. Every method may reject when the storage is unreachable; callers decide what to do. */
export interface CounterStore {
  /** Which implementation ("sqlite", "azure-tables"), for start-up logs. */
  readonly kind: string;
  /**
   * Adds each row's `count` to the stored counter (creating it at 0 first). Safe against concurrent
   * callers, including other processes or instances using the same storage.
   * @throws StorageInputError for a row breaking {@link checkRow}; nothing of the batch is then written.
   */
  increment(rows: CounterRow[]): Promise<void>;
  /** Counters of one tenant with `fromDay <= day <= toDay` (UTC days, inclusive), in no particular order. */
  read(tenantId: string, fromDay: string, toDay: string): Promise<CounterRow[]>;
  /** Deletes every counter (all tenants) whose day is before `day`. @returns how many were deleted. */
  deleteBefore(day: string): Promise<number>;
  /** Releases files and connections; the store is unusable afterwards. */
  close(): Promise<void>;
}

/** Longest key kept, in characters (catalog ids are at most 100; section ids are slugs of headings). */
export const MAX_KEY_LENGTH = 200;

/** A row or argument that breaks the storage rules (a programming error, never user input). */
export class StorageInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "StorageInputError";
  }
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const EVENT = /^[a-z][a-z0-9-]{0,63}$/;

/** @throws StorageInputError unless `day` is a real `YYYY-MM-DD` date. */
export function checkDay(day: string): string {
  if (!DAY.test(day) || new Date(`${day}T00:00:00Z`).toISOString().slice(0, 10) !== day) {
    throw new StorageInputError(`usage storage: day must be a YYYY-MM-DD date`);
  }
  return day;
}

/** @throws StorageInputError unless `tenantId` is a lower-case GUID. */
export function checkTenant(tenantId: string): string {
  if (!GUID.test(tenantId)) throw new StorageInputError("usage storage: tenantId must be a lower-case GUID");
  return tenantId;
}

/**
 * Checks one increment: lower-case GUID tenant, real day, kebab-case event, key of at most
 * {@link MAX_KEY_LENGTH} characters without control characters, count a positive safe integer.
 * @throws StorageInputError naming the field (never its value).
 */
export function checkRow(row: CounterRow): CounterRow {
  checkTenant(row.tenantId);
  checkDay(row.day);
  if (!EVENT.test(row.event)) throw new StorageInputError("usage storage: event must be kebab-case");
  if (typeof row.key !== "string" || row.key.length > MAX_KEY_LENGTH || /[\u0000-\u001f\u007f]/.test(row.key)) {
    throw new StorageInputError(`usage storage: key must be at most ${MAX_KEY_LENGTH} characters without control characters`);
  }
  if (!Number.isSafeInteger(row.count) || row.count < 1) throw new StorageInputError("usage storage: count must be a positive integer");
  return row;
}

/** @returns the UTC day of `date`, `YYYY-MM-DD`. */
export function utcDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** @returns `day` plus `days` (may be negative), as a UTC day. */
export function addDays(day: string, days: number): string {
  const d = new Date(`${checkDay(day)}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return utcDay(d);
}

/** Sums rows with the same (tenant, day, event, key), so a batch writes each counter once. */
export function mergeRows(rows: CounterRow[]): CounterRow[] {
  const byId = new Map<string, CounterRow>();
  for (const row of rows) {
    const id = `${row.tenantId}\u0000${row.day}\u0000${row.event}\u0000${row.key}`;
    const seen = byId.get(id);
    if (seen) seen.count += row.count;
    else byId.set(id, { ...row });
  }
  return [...byId.values()];
}
