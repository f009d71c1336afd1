/**
 * The storage test suite every {@link CounterStore} passes: SQLite in a temp folder
 * (sqlite-store.test.ts) and Azure Table Storage against Azurite (azure-tables-store.test.ts).
 */
import { StorageInputError, type CounterRow, type CounterStore } from "../../src/storage";

/** How a suite gets stores: `open()` returns a fresh client on the same storage (a second instance). */
export interface StoreHarness {
  open(): CounterStore;
}

export const T1 = "5b7c9d2e-1f3a-4c6b-8d9e-0a1b2c3d4e5f";
export const T2 = "0a0b0c0d-0000-4000-8000-000000000002";

const row = (over: Partial<CounterRow> = {}): CounterRow => ({ tenantId: T1, day: "2025-03-10", event: "privacy-answered", key: "cookies", count: 1, ...over });

const sorted = (rows: CounterRow[]) => [...rows].sort((a, b) => `${a.tenantId}${a.day}${a.event}${a.key}`.localeCompare(`${b.tenantId}${b.day}${b.event}${b.key}`));

/** Registers the contract tests; `harness()` is read lazily (the storage starts in beforeAll). */
export function describeCounterStore(name: string, harness: () => StoreHarness): void {
  describe(`${name} counter store`, () => {
    let store: CounterStore;
    let tenant: string;
    let counter = 0;
    beforeEach(() => {
      store = harness().open();
      // each test gets its own tenant, so tests sharing one database never see each other's rows
      tenant = `5b7c9d2e-1f3a-4c6b-8d9e-${String(++counter).padStart(12, "0")}`;
    });
    afterEach(() => store.close());

    it("creates a counter on first increment and adds to it afterwards", async () => {
      await store.increment([row({ tenantId: tenant, count: 2 })]);
      await store.increment([row({ tenantId: tenant, count: 3 })]);
      expect(await store.read(tenant, "2025-03-10", "2025-03-10")).toEqual([row({ tenantId: tenant, count: 5 })]);
    });

    it("sums repeated counters within one batch", async () => {
      await store.increment([row({ tenantId: tenant }), row({ tenantId: tenant, count: 4 }), row({ tenantId: tenant, key: "retention" })]);
      expect(sorted(await store.read(tenant, "2025-03-10", "2025-03-10"))).toEqual(sorted([row({ tenantId: tenant, count: 5 }), row({ tenantId: tenant, key: "retention" })]));
    });

    it("reads one tenant within an inclusive day range", async () => {
      const days = ["2025-02-28", "2025-03-01", "2025-03-31", "2025-04-01"];
      await store.increment([...days.map((day) => row({ tenantId: tenant, day })), row({ tenantId: T2, day: "2025-03-15" })]);
      const got = await store.read(tenant, "2025-03-01", "2025-03-31");
      expect(got.map((r) => r.day).sort()).toEqual(["2025-03-01", "2025-03-31"]);
    });

    it("keeps keys with reserved characters, unicode and the empty key apart", async () => {
      const keys = ["", "a/b", "c#d?e", "back\\slash", "50%", "données-personnelles", "|pipe|", "x".repeat(200)];
      await store.increment(keys.map((key) => row({ tenantId: tenant, event: "course-opened", key })));
      const got = await store.read(tenant, "2025-03-10", "2025-03-10");
      expect(got.map((r) => r.key).sort()).toEqual([...keys].sort());
      expect(got.every((r) => r.count === 1 && r.event === "course-opened")).toBe(true);
    });

    it("deletes counters older than a day, across tenants, and says how many", async () => {
      const other = tenant.replace(/.$/, "f");
      await store.increment([row({ tenantId: tenant, day: "2020-01-01" }), row({ tenantId: other, day: "2020-01-02" }), row({ tenantId: tenant, day: "2020-01-03" })]);
      expect(await store.deleteBefore("2020-01-03")).toBeGreaterThanOrEqual(2);
      expect(await store.read(tenant, "2020-01-01", "2020-12-31")).toEqual([row({ tenantId: tenant, day: "2020-01-03" })]);
      expect(await store.read(other, "2020-01-01", "2020-12-31")).toEqual([]);
    });

    it.each<[string, Partial<CounterRow>, RegExp]>([
      ["an upper-case tenant", { tenantId: T1.toUpperCase() }, /tenantId must be a lower-case GUID/],
      ["a tenant that is not a GUID", { tenantId: "contoso" }, /tenantId must be a lower-case GUID/],
      ["an impossible day", { day: "2025-02-30" }, /day must be a YYYY-MM-DD date/],
      ["a non-kebab event", { event: "Privacy Answered" }, /event must be kebab-case/],
      ["a key too long", { key: "k".repeat(201) }, /key must be at most 200 characters/],
      ["a key with a control character", { key: "a\nb" }, /without control characters/],
      ["a zero count", { count: 0 }, /count must be a positive integer/],
      ["a fractional count", { count: 1.5 }, /count must be a positive integer/],
    ])("refuses %s and writes nothing of the batch", async (_label, bad, message) => {
      const batch = [row({ tenantId: tenant, key: "good" }), row({ tenantId: tenant, ...bad })];
      await expect(store.increment(batch)).rejects.toThrow(StorageInputError);
      await expect(store.increment(batch)).rejects.toThrow(message);
      expect(await store.read(tenant, "2000-01-01", "2099-12-31")).toEqual([]);
    });

    it("loses no increment when two instances flush the same counters at the same time", async () => {
      const second = harness().open();
      const keys = ["a", "b", "c", "d"];
      const flushes = async (s: CounterStore) => {
        for (let i = 0; i < 15; i++) await s.increment(keys.map((key) => row({ tenantId: tenant, key, count: 1 + (i % 3) })));
      };
      try {
        await Promise.all([flushes(store), flushes(second), flushes(store), flushes(second)]);
      } finally {
        await second.close();
      }
      const perKey = 2 * 2 * (5 * 1 + 5 * 2 + 5 * 3); // 4 writers × 15 flushes, counts 1,2,3 repeating
      const got = await store.read(tenant, "2025-03-10", "2025-03-10");
      expect(sorted(got)).toEqual(keys.map((key) => row({ tenantId: tenant, key, count: perKey })));
    });
  });
}
