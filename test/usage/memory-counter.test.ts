import { createMemoryUsageCounter, type UsageEvent } from "../../src/usage";

const T1 = "5b7c9d2e-1f3a-4c6b-8d9e-0a1b2c3d4e5f";
const T2 = "0a1b2c3d-0000-4000-8000-000000000002";

describe("createMemoryUsageCounter", () => {
  it("starts empty", () => {
    expect(createMemoryUsageCounter().snapshot()).toEqual([]);
  });

  it("counts per tenant, event and key", () => {
    const usage = createMemoryUsageCounter();
    usage.record({ tenantId: T1, event: "answer-feedback-helpful", key: "retention" });
    usage.record({ tenantId: T1, event: "answer-feedback-helpful", key: "retention" });
    usage.record({ tenantId: T1, event: "answer-feedback-not-helpful", key: "retention" });
    usage.record({ tenantId: T1, event: "answer-feedback-helpful", key: "cookies" });
    usage.record({ tenantId: T2, event: "answer-feedback-helpful", key: "retention" });
    expect(usage.snapshot()).toEqual([
      { tenantId: T2, event: "answer-feedback-helpful", key: "retention", count: 1 },
      { tenantId: T1, event: "answer-feedback-helpful", key: "cookies", count: 1 },
      { tenantId: T1, event: "answer-feedback-helpful", key: "retention", count: 2 },
      { tenantId: T1, event: "answer-feedback-not-helpful", key: "retention", count: 1 },
    ]);
  });

  it("treats tenant ids case-insensitively", () => {
    const usage = createMemoryUsageCounter();
    usage.record({ tenantId: T1.toUpperCase(), event: "answer-feedback-helpful", key: "k" });
    usage.record({ tenantId: T1, event: "answer-feedback-helpful", key: "k" });
    expect(usage.snapshot()).toEqual([{ tenantId: T1, event: "answer-feedback-helpful", key: "k", count: 2 }]);
  });

  it("ignores events it does not know rather than storing arbitrary names", () => {
    const usage = createMemoryUsageCounter();
    usage.record({ tenantId: T1, event: "jordan.sample@example.org" as UsageEvent, key: "k" });
    expect(usage.snapshot()).toEqual([]);
  });

  it("returns copies: changing a snapshot changes no count", () => {
    const usage = createMemoryUsageCounter();
    usage.record({ tenantId: T1, event: "answer-feedback-helpful", key: "k" });
    usage.snapshot()[0].count = 99;
    expect(usage.snapshot()[0].count).toBe(1);
  });
});
