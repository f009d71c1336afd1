/**
 * The heap policy (src/ops/heap-policy) on the running Node: applied at run time, V8 uses the fixed
 * growing factor when it recomputes the heap limit after a full collection, as its own
 * `--trace-gc-verbose` lines show ("[HeapController] Limit: old size: … KB, new limit: … KB (1.5)");
 * with 0 it keeps its own factor; `settleHeap` makes that happen at once, after start-up. Also: values
 * config validation would refuse are refused here too.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { applyHeapPolicy } from "../../src/ops/heap-policy";
import { REPO_ROOT } from "../helpers/paths";

const MODULE = join(REPO_ROOT, "src/ops/heap-policy.ts");

/** Applies `percent` in a fresh Node process, keeps some data and forces two full collections; @returns V8's limit factors. */
function limitFactors(percent: number): string[] {
  const dir = mkdtempSync(join(tmpdir(), "cc-heap-"));
  try {
    const script = join(dir, "collect.ts");
    writeFileSync(script, `
      import { applyHeapPolicy } from ${JSON.stringify(MODULE)};
      applyHeapPolicy(${percent});
      const kept: object[] = [];
      for (let i = 0; i < 200_000; i++) kept.push({ i, s: "x" + i });
      (globalThis as { gc?: () => void }).gc?.();
      for (let i = 0; i < 200_000; i++) kept.push({ i });
      (globalThis as { gc?: () => void }).gc?.();
      process.stdout.write(String(kept.length));
    `);
    const { NODE_OPTIONS: _ignored, ...env } = process.env;
    const run = spawnSync(process.execPath, ["--expose-gc", "--trace-gc-verbose", "--import", "tsx", script], { cwd: REPO_ROOT, env, encoding: "utf8", timeout: 60_000 });
    if (run.status !== 0) throw new Error(`child failed (${run.status}): ${run.stderr.slice(0, 2000)}`);
    return [...run.stdout.matchAll(/\[HeapController\] Limit: old size: \d+ KB, new limit: \d+ KB \(([\d.]+)\)/g)].map((m) => m[1]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe("applyHeapPolicy", () => {
  it("makes V8 use 1 + percent/100 as its growing factor after every full collection", () => {
    for (const [percent, factor] of [[50, "1.5"], [80, "1.8"]] as const) {
      const factors = limitFactors(percent);
      expect(factors.length).toBeGreaterThanOrEqual(2);
      expect(new Set(factors)).toEqual(new Set([factor]));
    }
  }, 60_000);

  it("leaves V8's own factor with 0", () => {
    const factors = limitFactors(0);
    expect(factors.length).toBeGreaterThanOrEqual(2);
    expect(factors.every((f) => Number(f) >= 1.1 && Number(f) <= 4)).toBe(true);
  }, 60_000);

  it("settleHeap runs one full collection at once under the policy, without giving the app a global gc", () => {
    const dir = mkdtempSync(join(tmpdir(), "cc-heap-"));
    try {
      const script = join(dir, "settle.ts");
      writeFileSync(script, `
        import { applyHeapPolicy, settleHeap } from ${JSON.stringify(MODULE)};
        applyHeapPolicy(50);
        const kept: object[] = [];
        for (let i = 0; i < 200_000; i++) kept.push({ i, s: "x" + i });
        process.stdout.write("SETTLE\\n");
        settleHeap();
        process.stdout.write("DONE " + typeof (globalThis as { gc?: unknown }).gc + " " + kept.length + "\\n");
      `);
      const { NODE_OPTIONS: _ignored, ...env } = process.env;
      const run = spawnSync(process.execPath, ["--trace-gc-verbose", "--import", "tsx", script], { cwd: REPO_ROOT, env, encoding: "utf8", timeout: 60_000 });
      expect(run.status).toBe(0);
      const between = run.stdout.slice(run.stdout.indexOf("SETTLE"), run.stdout.indexOf("DONE"));
      expect(between).toMatch(/\[HeapController\] Limit: old size: \d+ KB, new limit: \d+ KB \(1\.5\)/);
      expect(run.stdout).toContain("DONE undefined 200000");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);

  it("returns the factor in force, and rejects what config validation refuses", () => {
    expect(applyHeapPolicy(0)).toBeUndefined();
    for (const bad of [-1, 5, 9, 101, 300, 2.5, Number.NaN]) expect(() => applyHeapPolicy(bad)).toThrow(RangeError);
  });
});
