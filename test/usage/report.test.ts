import fc from "fast-check";
import type { CounterRow } from "../../src/storage";
import { buildReport, FEWER_THAN, formatReport, K_THRESHOLD } from "../../src/usage/report";

const T1 = "5b7c9d2e-1f3a-4c6b-8d9e-0a1b2c3d4e5f";
const T2 = "0a1b2c3d-0000-4000-8000-000000000002";
const period = { tenantId: T1, fromDay: "2025-05-02", toDay: "2025-05-31" };
const row = (over: Partial<CounterRow>): CounterRow => ({ tenantId: T1, day: "2025-05-10", event: "privacy-answered", key: "cookies", count: 1, ...over });

describe("buildReport", () => {
  it("sums a key over the days of the period", () => {
    const report = buildReport([row({ day: "2025-05-02", count: 3 }), row({ day: "2025-05-31", count: 4 })], period);
    expect(report.lines).toEqual([{ event: "privacy-answered", key: "cookies", count: 7 }]);
  });

  it("shows counts below 5 as 'fewer than 5' and 5 itself as a number", () => {
    const report = buildReport([row({ key: "a", count: 4 }), row({ key: "b", count: 5 }), row({ key: "c", count: 1 })], period);
    expect(report.lines).toEqual([
      { event: "privacy-answered", key: "b", count: 5 },
      { event: "privacy-answered", key: "a", count: FEWER_THAN },
      { event: "privacy-answered", key: "c", count: FEWER_THAN },
    ]);
  });

  it("applies the threshold to the period's sum, not to each day", () => {
    const days = ["2025-05-03", "2025-05-04", "2025-05-05"];
    expect(buildReport(days.map((day) => row({ day, count: 2 })), period).lines[0].count).toBe(6);
  });

  it("leaves out other tenants and days outside the period", () => {
    const report = buildReport([row({ tenantId: T2, count: 50 }), row({ day: "2025-05-01", count: 50 }), row({ day: "2025-06-01", count: 50 })], period);
    expect(report.lines).toEqual([]);
  });

  it("orders by event, then largest count", () => {
    const report = buildReport([row({ event: "privacy-declined", key: "", count: 9 }), row({ key: "x", count: 6 }), row({ key: "y", count: 8 })], period);
    expect(report.lines.map((l) => `${l.event}/${l.key}`)).toEqual(["privacy-answered/y", "privacy-answered/x", "privacy-declined/"]);
  });

  it("never shows a number below the threshold, whatever the rows (property)", () => {
    const arbRow = fc.record({
      tenantId: fc.constantFrom(T1, T2),
      day: fc.constantFrom("2025-05-01", "2025-05-02", "2025-05-20", "2025-05-31", "2025-06-01"),
      event: fc.constantFrom("privacy-answered", "course-opened", "me-search"),
      key: fc.constantFrom("", "a", "b"),
      count: fc.integer({ min: 1, max: 9 }),
    });
    fc.assert(
      fc.property(fc.array(arbRow, { maxLength: 40 }), (rows) => {
        const report = buildReport(rows, period);
        for (const line of report.lines) {
          const sum = rows.filter((r) => r.tenantId === T1 && r.day >= period.fromDay && r.day <= period.toDay && r.event === line.event && r.key === line.key).reduce((n, r) => n + r.count, 0);
          expect(line.count).toEqual(sum < K_THRESHOLD ? FEWER_THAN : sum);
        }
      }),
    );
  });
});

describe("formatReport", () => {
  it("prints a table with a header, aligned columns and the threshold note", () => {
    const text = formatReport(buildReport([row({ count: 12 }), row({ event: "privacy-declined", key: "", count: 2 })], period));
    expect(text.split("\n")).toEqual([
      `Usage of tenant ${T1}, 2025-05-02 to 2025-05-31 (UTC days)`,
      "",
      "Event             Key             Count",
      "----------------  -------  ------------",
      "privacy-answered  cookies            12",
      "privacy-declined  -        fewer than 5",
      "",
      'Counts below 5 show as "fewer than 5".',
    ]);
  });

  it("says when nothing was counted", () => {
    expect(formatReport(buildReport([], period))).toMatch(/No usage counted in this period\.$/);
  });
});
