/**
 * The usage report of one organization over a period: counters summed per (event, key) over the
 * period's days, with every count below {@link K_THRESHOLD} shown as "fewer than 5", so a figure can
 * never single out a person in a small organization.
 *
 * No totals are printed (per event or overall): a total next to thresholded lines would let a reader
 * subtract the visible counts and recover a hidden one.
 */
import type { CounterRow } from "../storage";

/** Smallest count shown as a number. */
export const K_THRESHOLD = 5;
/** What a count below {@link K_THRESHOLD} shows. */
export const FEWER_THAN = `fewer than ${K_THRESHOLD}`;

/** One line of the report. */
export interface ReportLine {
  event: string;
  key: string;
  /** The count, or {@link FEWER_THAN}. */
  count: number | typeof FEWER_THAN;
}

/** The report of (tenant, period). */
export interface UsageReport {
  tenantId: string;
  /** First and last UTC day, inclusive. */
  fromDay: string;
  toDay: string;
  /** Sorted by event, then by count (largest first), then key. */
  lines: ReportLine[];
}

/**
 * @param rows counters as read from storage (other tenants and days outside the period are ignored).
 * @example buildReport(rows, { tenantId, fromDay: "2025-05-02", toDay: "2025-05-31" }).lines
 *   // [{ event: "privacy-answered", key: "cookies", count: 12 }, { event: "privacy-answered", key: "retention", count: "fewer than 5" }]
 */
export function buildReport(rows: CounterRow[], period: { tenantId: string; fromDay: string; toDay: string }): UsageReport {
  const sums = new Map<string, { event: string; key: string; count: number }>();
  for (const row of rows) {
    if (row.tenantId !== period.tenantId || row.day < period.fromDay || row.day > period.toDay) continue;
    const id = `${row.event}\u0000${row.key}`;
    const sum = sums.get(id) ?? { event: row.event, key: row.key, count: 0 };
    sum.count += row.count;
    sums.set(id, sum);
  }
  const lines = [...sums.values()]
    .sort((a, b) => a.event.localeCompare(b.event) || b.count - a.count || a.key.localeCompare(b.key))
    .map(({ event, key, count }): ReportLine => ({ event, key, count: count < K_THRESHOLD ? FEWER_THAN : count }));
  return { ...period, lines };
}

/** @returns the report as a plain-text table (header, one row per line, a note on the threshold). */
export function formatReport(report: UsageReport): string {
  const head = [`Usage of tenant ${report.tenantId}, ${report.fromDay} to ${report.toDay} (UTC days)`, ""];
  if (report.lines.length === 0) return [...head, "No usage counted in this period."].join("\n");
  const rows = [["Event", "Key", "Count"], ...report.lines.map((l) => [l.event, l.key === "" ? "-" : l.key, String(l.count)])];
  const widths = [0, 1, 2].map((i) => Math.max(...rows.map((r) => r[i].length)));
  const render = (r: string[]) => r.map((cell, i) => (i === 2 ? cell.padStart(widths[i]) : cell.padEnd(widths[i]))).join("  ").trimEnd();
  const rule = widths.map((w) => "-".repeat(w)).join("  ");
  return [...head, render(rows[0]), rule, ...rows.slice(1).map(render), "", `Counts below ${K_THRESHOLD} show as "${FEWER_THAN}".`].join("\n");
}
