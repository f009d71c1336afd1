/**
 * The heap policy (src/ops/heap-policy) in real Node processes: a program with about 60 MB live and
 * a fast, promoting churn (what a bot under load does to V8) peaks far lower with the policy than
 * with V8's own heuristic, and the policy refuses values config validation would not pass.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { applyHeapPolicy } from "../../src/ops/heap-policy";
import { REPO_ROOT } from "../helpers/paths";

const MODULE = join(REPO_ROOT, "src/ops/heap-policy.ts");

/** Runs the churn in a fresh Node process with `percent` applied; @returns its peak heapTotal in MB. */
function peakHeapMb(percent: number): number {
  const script = join(mkdtempSync(join(tmpdir(), "cc-heap-")), "churn.ts");
  writeFileSync(script, `
    import { applyHeapPolicy } from ${JSON.stringify(MODULE)};
    applyHeapPolicy(${percent});
    const live: object[] = [];
    for (let i = 0; i < 600_000; i++) live.push({ a: i, b: "x" + i, c: [i] });
    const ring: object[] = new Array(400_000);
    let k = 0;
    let peak = 0;
    const end = Date.now() + 2500;
    while (Date.now() < end) {
      for (let j = 0; j < 1000; j++) ring[k++ % ring.length] = { v: k, s: "y" + k, arr: [k, k] };
      peak = Math.max(peak, process.memoryUsage().heapTotal);
    }
    process.stdout.write(JSON.stringify({ peak, live: live.length }));
  `);
  const run = spawnSync(process.execPath, ["--import", "tsx", script], { cwd: REPO_ROOT, encoding: "utf8", timeout: 60_000 });
  expect(run.status).toBe(0);
  return JSON.parse(run.stdout).peak / 2 ** 20;
}

describe("applyHeapPolicy", () => {
  it("keeps the heap near the live data under a promoting churn, where V8's heuristic lets it grow", () => {
    const heuristic = peakHeapMb(0);
    const policy = peakHeapMb(25);
    expect(policy).toBeLessThan(heuristic * 0.7);
    expect(policy).toBeGreaterThan(60); // the live data is still all there
  }, 60_000);

  it("rejects values outside 0–300 or not whole", () => {
    for (const bad of [-1, 301, 2.5, Number.NaN]) expect(() => applyHeapPolicy(bad)).toThrow(RangeError);
    expect(() => applyHeapPolicy(0)).not.toThrow();
  });
});
